"""Saved views of the register: a named search, filters, columns and sort."""

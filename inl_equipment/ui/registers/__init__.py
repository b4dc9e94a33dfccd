"""Registers: new, open, recent, properties."""

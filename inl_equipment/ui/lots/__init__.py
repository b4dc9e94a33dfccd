"""Lots used up or distributed (Record use…) and the expiring lots report."""

"""A register on a database server: role, others' changes."""

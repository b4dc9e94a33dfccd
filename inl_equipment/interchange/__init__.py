"""Reading equipment lists from CSV and Excel into plain tables, without Qt or the database."""

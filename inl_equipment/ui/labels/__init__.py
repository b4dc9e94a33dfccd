"""labels feature."""

"""dashboard feature."""

"""safety feature."""

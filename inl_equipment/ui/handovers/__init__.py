"""handovers feature."""

"""Help: about the app, and the log folder."""

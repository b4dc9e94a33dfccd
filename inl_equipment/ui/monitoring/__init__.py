"""End-use monitoring in the desktop app: site checks, due checks, incidents."""

"""Preferences: the interface language."""

"""The thin Qt layer: widgets, models and dialogs over the services."""

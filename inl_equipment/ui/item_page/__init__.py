"""The item page: one item's whole life in one window."""

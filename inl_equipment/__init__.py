"""INL Equipment Tracker: a register of donated law-enforcement equipment."""

__version__ = "0.1.0"

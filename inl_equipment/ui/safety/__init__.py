"""The safety feature: backups, restore, the database check, and the questions at opening."""

"""The Backup Desk window (PySide6): views lay out widgets, controllers hold the logic."""

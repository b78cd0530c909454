"""Controllers part of the Backup Desk window."""

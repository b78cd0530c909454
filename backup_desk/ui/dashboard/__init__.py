"""Dashboard part of the Backup Desk window."""

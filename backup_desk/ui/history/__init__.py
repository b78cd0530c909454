"""History part of the Backup Desk window."""

"""Dialogs part of the Backup Desk window."""

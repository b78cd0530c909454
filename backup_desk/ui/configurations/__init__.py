"""Configurations part of the Backup Desk window."""

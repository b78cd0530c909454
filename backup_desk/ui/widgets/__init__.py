"""Widgets part of the Backup Desk window."""

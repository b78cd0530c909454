"""Backup Desk: encrypted, compressed backups of an application's database and folders."""

__version__ = "0.1.0"

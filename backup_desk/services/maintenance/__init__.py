"""Maintenance use-cases behind the specification's management commands (stuck rows, temporary files,
archive paths, health check, demo and sample data)."""

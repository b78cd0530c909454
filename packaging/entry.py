"""PyInstaller entry point: the same as the `backup-desk` console script."""

from backup_desk.launcher import main

raise SystemExit(main())

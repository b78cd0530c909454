from backup_desk.launcher import main

raise SystemExit(main())

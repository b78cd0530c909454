#!/usr/bin/env bash
# Start Backup Desk from this checkout: creates .venv on the first run, installs the project, opens the window.
# At first start the app creates its SQLite catalog and a demo source. Arguments go to `backup-desk`
# (e.g. `scripts/start.sh list`; `BACKUP_DESK_HOME=/tmp/bd scripts/start.sh` for a separate home).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/_venv.sh
. scripts/_venv.sh
ensure_venv ""
exec .venv/bin/backup-desk "$@"

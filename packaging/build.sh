#!/usr/bin/env bash
# Build the one-folder bundle dist/backup-desk/ with PyInstaller (not part of CI).
# Needs the project and its `package` extra installed: `pip install -e ".[package]"`.
# PYTHON selects the interpreter (default: .venv/bin/python, else python3); DISTPATH and WORKPATH the
# output and scratch folders (default: dist/ and build/pyinstaller/).
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-}"
if [ -z "$python" ]; then
    if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
dist="${DISTPATH:-dist}"
if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
    echo "error: PyInstaller is not installed for $python." >&2
    echo "hint: $python -m pip install -e '.[package]'" >&2
    exit 1
fi
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "${WORKPATH:-build/pyinstaller}" packaging/backup_desk.spec
echo "built: $dist/backup-desk ($(du -sh "$dist/backup-desk" | cut -f1))"

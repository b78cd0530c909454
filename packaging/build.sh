#!/usr/bin/env bash
# One command from a fresh clone: the one-folder bundle dist/backup-desk/ (PyInstaller, slimmed, stripped)
# (ICU data slimmed by packaging/icu_slim.py) and, from it, dist/backup-desk_<version>_<arch>.deb (packaging/build_deb.sh).
# Without PYTHON, it sets up .venv like scripts/start.sh does and adds PyInstaller through the project's
# `package` extra. Options: --bundle-only (no .deb; also the default where dpkg-deb is missing).
# PYTHON selects another interpreter (it must have the project and PyInstaller installed); DISTPATH and
# WORKPATH the output and scratch folders (default: dist/ and build/pyinstaller/).
set -euo pipefail
cd "$(dirname "$0")/.."
bundle_only=false
[ "${1:-}" = "--bundle-only" ] && bundle_only=true
python="${PYTHON:-}"
if [ -z "$python" ]; then
    # shellcheck source=scripts/_venv.sh
    . scripts/_venv.sh
    ensure_venv "dev"
    python=.venv/bin/python
    if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
        PIP_DISABLE_PIP_VERSION_CHECK=1 "$python" -m pip install --quiet -e ".[package]"
    fi
fi
dist="${DISTPATH:-dist}"
if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
    echo "error: PyInstaller is not installed for $python." >&2
    echo "hint: $python -m pip install -e '.[package]'" >&2
    exit 1
fi
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "${WORKPATH:-build/pyinstaller}" packaging/backup_desk.spec
# Qt's ICU data library is 31 MB of every language's names and code pages: keep English and French.
if command -v objcopy >/dev/null && command -v ld >/dev/null; then
    "$python" packaging/icu_slim.py "$dist/backup-desk"
else
    echo "warning: binutils (objcopy, ld) missing: ICU data not slimmed" >&2
fi
echo "built: $dist/backup-desk ($(du -sh "$dist/backup-desk" | cut -f1)) in $(( $(date +%s) - started ))s"
if ! $bundle_only && command -v dpkg-deb >/dev/null; then
    packaging/build_deb.sh "$dist/backup-desk" "$dist"
fi

#!/usr/bin/env bash
# Run the whole test suite: ruff, mypy, then pytest on 2 workers. Extra arguments go to pytest
# (e.g. `scripts/test.sh -k restore -x`, `scripts/test.sh -n 0 tests/test_cli.py`).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/_venv.sh
. scripts/_venv.sh
ensure_venv "dev"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
unset BACKUP_DESK_HOME BACKUP_DESK_PASSPHRASE

# All three steps run even when one fails, so one run shows every problem; any failure fails the script.
failed=()
echo "== ruff check"
.venv/bin/ruff check . || failed+=("ruff")
echo "== mypy"
{ .venv/bin/mypy && .venv/bin/mypy bench --exclude '^bench/(data|out)/'; } || failed+=("mypy")
echo "== pytest"
status=0
# --durations: the slowest tests (the CI budget is 30 minutes); -ra: why anything was skipped or failed.
.venv/bin/python -m pytest -n 2 --durations=10 -ra "$@" || status=$?
case "$status" in
    0) ;;
    5) failed+=("pytest (no tests collected: exit 5)") ;;
    *) failed+=("pytest (exit $status)") ;;
esac
if [ "${#failed[@]}" -gt 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    [ "$status" -ne 0 ] && exit "$status"
    exit 1
fi
echo "all checks passed"

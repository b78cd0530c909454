# Sourced by start.sh and test.sh: make sure .venv exists and holds the project (editable) with EXTRAS.
# Re-runs pip only when pyproject.toml, the extras or the Python version changed since the last install.
set -euo pipefail

ensure_venv() {
    local extras="$1" python="${PYTHON:-python3}" spec="." stamp want
    if [ ! -x .venv/bin/python ]; then
        if ! "$python" -m venv .venv; then
            echo "error: could not create .venv with '$python -m venv'." >&2
            echo "hint: on Debian/Ubuntu install it with: sudo apt-get install python3-venv" >&2
            rm -rf .venv
            exit 1
        fi
    fi
    [ -n "$extras" ] && spec=".[${extras}]"
    stamp=.venv/.backup-desk-install
    want="$(cat pyproject.toml; echo "$extras"; .venv/bin/python -V)"
    want="$(printf '%s' "$want" | sha256sum | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        export PIP_DISABLE_PIP_VERSION_CHECK=1
        .venv/bin/python -m pip install --quiet --upgrade pip
        .venv/bin/python -m pip install --quiet -e "$spec"
        echo "$want" > "$stamp"
    fi
}

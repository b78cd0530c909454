#!/usr/bin/env bash
# Backup Desk quick health check (the specification's backup_health_check.sh).
#
# Checks folders, permissions, disk space, stuck operations, temporary files, log sizes, system
# dependencies and the configurations (through `backup-desk check-backup-system --json`), then offers
# the safe fixes one by one, asking y/N before each.
#
# Usage: scripts/backup_health_check.sh [--yes] [--home DIR] [--deep]
#   --yes       apply every safe fix without asking (for cron / CI)
#   --home DIR  check the Backup Desk home DIR (else $BACKUP_DESK_HOME, else the user folders)
#   --deep      also verify every archive and try every source database (slower)
# Environment: BACKUP_DESK_CMD overrides how backup-desk is run (e.g. "python3 -m backup_desk").
# Exit status: the final check's: 0 healthy, 1 warnings remain, 2 errors remain; 3 the check could not run.
set -uo pipefail

ASSUME_YES=0
DEEP=()
HOME_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        -y|--yes) ASSUME_YES=1 ;;
        --deep) DEEP=(--deep) ;;
        --home) shift; [ $# -gt 0 ] || { echo "error: --home needs a folder." >&2; exit 3; }; HOME_ARGS=(--home "$1") ;;
        --home=*) HOME_ARGS=(--home "${1#--home=}") ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown option $1 (see --help)." >&2; exit 3 ;;
    esac
    shift
done

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
if [ -n "${BACKUP_DESK_CMD:-}" ]; then
    read -r -a BD <<< "$BACKUP_DESK_CMD"
elif [ -x "$REPO_ROOT/.venv/bin/python" ]; then
    BD=("$REPO_ROOT/.venv/bin/python" -m backup_desk); PY="$REPO_ROOT/.venv/bin/python"
elif command -v backup-desk > /dev/null 2>&1; then
    BD=(backup-desk)
else
    export PYTHONPATH="$REPO_ROOT${PYTHONPATH:+:$PYTHONPATH}"
    BD=("$PY" -m backup_desk)
fi

if [ -t 1 ]; then
    C_OK=$'\e[32m'; C_WARN=$'\e[33m'; C_ERR=$'\e[31m'; C_DIM=$'\e[2m'; C_OFF=$'\e[0m'
else
    C_OK=""; C_WARN=""; C_ERR=""; C_DIM=""; C_OFF=""
fi

bd() { "${BD[@]}" "$@" "${HOME_ARGS[@]}"; }

ask() {  # ask "question" -> 0 for yes; --yes says yes; no terminal / EOF / anything else says no
    if [ "$ASSUME_YES" = 1 ]; then
        echo "$1 [y/N] y (--yes)"
        return 0
    fi
    local answer=""
    printf '%s [y/N] ' "$1"
    if ! read -r answer; then
        echo "(no answer: skipped)"
        return 1
    fi
    [ -t 0 ] || echo "$answer"  # answers piped in: keep the transcript readable
    [[ "$answer" =~ ^[yYoO] ]]
}

# One line per check: name<TAB>level<TAB>count<TAB>message<TAB>hint, then "  detail" lines.
summarise() {
    "$PY" -c '
import json, sys
report = json.load(sys.stdin)
print("status\t%s\t%s" % (report["status"], report["exit_code"]))
for c in report["checks"]:
    print("\t".join([c["name"], c["level"], str(c["count"]), c["message"], c["hint"]]))
    for d in c["details"]:
        print("  " + d)
for d in report["dependencies"]:
    print("dep\t%s\t%s\t%s" % (d["name"], d["version"] or "missing", "required" if d["required"] else "optional"))
'
}

run_check() {
    local json rc
    json="$(bd check-backup-system --json "${DEEP[@]}")"
    rc=$?
    if [ -z "$json" ]; then
        echo "${C_ERR}error:${C_OFF} backup-desk check-backup-system gave no report (exit $rc)." >&2
        echo "hint: run '${BD[*]} check-backup-system' to see why." >&2
        exit 3
    fi
    REPORT="$(printf '%s' "$json" | summarise)" || { echo "error: unreadable report." >&2; exit 3; }
    return 0
}

level_of() { awk -F'\t' -v n="$1" '$1 == n { print $2 }' <<< "$REPORT"; }
count_of() { awk -F'\t' -v n="$1" '$1 == n { print $3 }' <<< "$REPORT"; }
details_of() {
    awk -v n="$1" 'BEGIN { FS = "\t" } /^  / { if (on) print; next } { on = ($1 == n) }' <<< "$REPORT"
}

show() {
    local name label level message hint mark colour
    while IFS=$'\t' read -r name label; do
        level="$(level_of "$name")"
        [ -n "$level" ] || continue
        message="$(awk -F'\t' -v n="$name" '$1 == n { print $4 }' <<< "$REPORT")"
        hint="$(awk -F'\t' -v n="$name" '$1 == n { print $5 }' <<< "$REPORT")"
        case "$level" in
            ok) mark=" OK "; colour="$C_OK" ;; info) mark="INFO"; colour="$C_DIM" ;;
            warning) mark="WARN"; colour="$C_WARN" ;; *) mark="FAIL"; colour="$C_ERR" ;;
        esac
        printf '%s[%s]%s %-26s %s\n' "$colour" "$mark" "$C_OFF" "$label" "$message"
        if [ "$level" = warning ] || [ "$level" = error ]; then
            details_of "$name" | head -n 10 | sed "s/^  /      /"
            [ -n "$hint" ] && echo "      -> $hint"
        fi
    done <<'EOF'
folders	Directories & permissions
disk_space	Disk space
catalog	Catalog
stuck_operations	Stuck operations
temp_files	Temporary files
logs	Log sizes
keyring	Keyring
dependencies	Dependencies
configurations	Configuration
archives	Archives
archive_verification	Archive verification
sources	Source databases
EOF
}

system_tools() {  # tools that open archives without Backup Desk (optional, informative)
    local tool found=()
    for tool in 7zz 7z bsdtar unzip zstd; do
        command -v "$tool" > /dev/null 2>&1 && found+=("$tool")
    done
    echo "${C_DIM}Python: $("$PY" -V 2>&1); tools able to open archives: ${found[*]:-none}${C_OFF}"
    awk -F'\t' '$1 == "dep" && $3 == "missing" { printf "      missing %s dependency: %s\n", $4, $2 }' <<< "$REPORT"
}

echo "== Backup Desk health check =="
run_check
show
system_tools
echo

FIXED=0
if [ "$(level_of folders)" = error ]; then
    missing="$(details_of folders | sed -n 's/^  \(.*\): missing$/\1/p')"
    if [ -n "$missing" ] && ask "Create the missing folders?"; then
        while IFS= read -r dir; do
            [ -n "$dir" ] && mkdir -p -- "$dir" && echo "  created $dir"
        done <<< "$missing"
        FIXED=1
    fi
fi
if [ "$(level_of stuck_operations)" = warning ] && ask "Close $(count_of stuck_operations) stuck operation(s) (marked failed)?"; then
    bd cleanup-stuck-operations && FIXED=1
fi
if [ "$(level_of temp_files)" = warning ] && ask "Remove $(count_of temp_files) leftover temporary file(s)?"; then
    bd cleanup-temp-files && FIXED=1
fi
if [ "$(level_of archives)" = error ]; then
    if [ "$ASSUME_YES" = 1 ]; then
        ask "Look for moved archives in the backups folders?" && bd rebuild-backup-paths && FIXED=1
    elif ask "Look for the $(count_of archives) missing archive(s) in another folder?"; then
        printf 'Folder to search (empty: the backups folders): '
        read -r scan || scan=""
        if [ -n "$scan" ]; then bd rebuild-backup-paths --scan-dir "$scan"; else bd rebuild-backup-paths; fi
        FIXED=1
    fi
fi
if [ "$(level_of logs)" = warning ]; then
    hint="$(awk -F'\t' '$1 == "logs" { print $5 }' <<< "$REPORT")"
    log_dir="$(sed -n 's/^Check \(.*\); old rotated.*/\1/p' <<< "$hint")"
    if [ -n "$log_dir" ] && [ -d "$log_dir" ] && ask "Delete the old rotated logs (*.log.N) in $log_dir?"; then
        find "$log_dir" -maxdepth 1 -type f -name '*.log.[0-9]*' -print -delete | sed 's/^/  removed /'
        FIXED=1
    fi
fi

if [ "$FIXED" = 1 ]; then
    echo
    echo "== After the fixes =="
    run_check
    show
fi
read -r _ status code <<< "$(awk -F'\t' '$1 == "status"' <<< "$REPORT" | tr '\t' ' ')"
case "$status" in
    ok) echo "${C_OK}Overall: healthy.${C_OFF}" ;;
    warning) echo "${C_WARN}Overall: warnings remain.${C_OFF}" ;;
    *) echo "${C_ERR}Overall: errors remain.${C_OFF}" ;;
esac
exit "$code"

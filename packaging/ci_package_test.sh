#!/usr/bin/env bash
# CI: build the bundle and the .deb from this clone, install the .deb with apt, run the installed
# `backup-desk --self-test` offscreen, then remove the package. Called by .ci/run (as root, on Debian).
# Prints the build time and sizes, and fails when the bundle or the .deb outgrow their budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
BUNDLE_LIMIT_MB=120
DEB_LIMIT_MB=60
out="$(mktemp -d "${TMPDIR:-/tmp}/backup-desk-package.XXXXXX")"
installed=false
cleanup() {
    if $installed; then apt-get -y -q remove --purge backup-desk >/dev/null || true; fi
    rm -rf "$out"
}
trap cleanup EXIT

echo "== package: build the bundle and the .deb"
started=$(date +%s)
DISTPATH="$out/dist" WORKPATH="$out/work" packaging/build.sh
echo "package build took $(( $(date +%s) - started ))s"
bundle_mb=$(( $(du -sk "$out/dist/backup-desk" | cut -f1) / 1024 ))
deb="$(ls "$out"/dist/backup-desk_*.deb)"
deb_mb=$(( $(stat -c %s "$deb") / 1024 / 1024 ))
echo "bundle: ${bundle_mb} MB (limit ${BUNDLE_LIMIT_MB}); .deb: ${deb_mb} MB (limit ${DEB_LIMIT_MB})"
[ "$bundle_mb" -le "$BUNDLE_LIMIT_MB" ] || { echo "error: the bundle is over its budget" >&2; exit 1; }
[ "$deb_mb" -le "$DEB_LIMIT_MB" ] || { echo "error: the .deb is over its budget" >&2; exit 1; }

echo "== package: install with apt"
# apt resolves the declared Depends (Qt's system libraries) from the archive, as on a user's machine.
installed=true
apt-get -y -q -o Dpkg::Use-Pty=0 -o APT::Install-Recommends=false install "$deb"
command -v backup-desk
test -f /usr/share/applications/backup-desk.desktop
test -f /usr/share/icons/hicolor/256x256/apps/backup-desk.png

echo "== package: the installed app's self-test"
# A home of its own: never the CI user's folders.
HOME="$out/home" backup-desk --self-test
echo "== package: remove"
apt-get -y -q -o Dpkg::Use-Pty=0 remove --purge backup-desk
installed=false
test ! -e /usr/bin/backup-desk
echo "package test passed"

#!/usr/bin/env bash
# Make a .deb for Debian/Ubuntu from the one-folder bundle (packaging/build.sh builds both; this is its
# second half). Layout: the bundle in /opt/backup-desk, a launcher /usr/bin/backup-desk, the menu entry,
# the icon in every hicolor size and the AppStream metadata. Depends lists the system libraries Qt needs
# that the bundle does not carry (OpenGL/EGL, X11/xcb for the desktop, GLib, D-Bus, fontconfig and a
# font): the spec leaves them out of the bundle on purpose.
# Usage: packaging/build_deb.sh [BUNDLE_DIR [OUT_DIR]]  (defaults: dist/backup-desk, dist)
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="${1:-dist/backup-desk}"
out="${2:-dist}"
if [ ! -x "$bundle/backup-desk" ]; then
    echo "error: no bundle at $bundle (expected $bundle/backup-desk)." >&2
    echo "hint: build it first with packaging/build.sh" >&2
    exit 1
fi
name=backup-desk
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n1)"
arch="$(dpkg --print-architecture)"
stage="$(mktemp -d "${TMPDIR:-/tmp}/backup-desk-deb.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
root="$stage/${name}_${version}_${arch}"

install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/$name"
cp -a "$bundle" "$root/opt/$name"
# A wrapper rather than a symlink: the bundle finds its _internal/ folder beside the real executable.
cat > "$root/usr/bin/$name" <<WRAPPER
#!/bin/sh
exec /opt/$name/$name "\$@"
WRAPPER
chmod 755 "$root/usr/bin/$name"
install -m 644 resources/linux/backup-desk.desktop "$root/usr/share/applications/"
install -m 644 resources/linux/*.metainfo.xml "$root/usr/share/metainfo/"
install -m 644 resources/icons/backup-desk.svg "$root/usr/share/icons/hicolor/scalable/apps/"
for png in resources/icons/backup-desk-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -d "$root/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
done
printf 'Backup Desk %s\nThe application bundles Python, Qt (LGPLv3) and the libraries listed in its pyproject.toml.\n' \
    "$version" > "$root/usr/share/doc/$name/copyright"

depends=(
    "libc6 (>= 2.31)" libgl1 libegl1 "libglib2.0-0 | libglib2.0-0t64" libfreetype6 libfontconfig1
    libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    "fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf"
)
joined="$(printf '%s, ' "${depends[@]}")"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Architecture: $arch
Maintainer: Backup Desk <backup-desk@users.noreply.github.com>
Installed-Size: $installed_kb
Depends: ${joined%, }
Recommends: gnome-keyring | kwalletmanager
Section: utils
Priority: optional
Homepage: https://github.com/backup-desk/backup-desk
Description: encrypted backups of an application's database and folders
 Backup Desk makes encrypted, compressed backups of a database (SQLite,
 PostgreSQL, MariaDB/MySQL) and of folders, on a schedule, and restores them
 through a guided window. Includes the backup-desk command line.
CONTROL
# Menus and icon caches pick the new files up (both tools are optional on a minimal system).
for script in postinst postrm; do
    cat > "$root/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
HOOK
    chmod 755 "$root/DEBIAN/$script"
done

mkdir -p "$out"
deb="$out/${name}_${version}_${arch}.deb"
# xz at level 6 is what Debian uses; it keeps the package well under the 60 MB budget.
dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$deb" >/dev/null
echo "built: $deb ($(du -h "$deb" | cut -f1); installed ${installed_kb} kB)"

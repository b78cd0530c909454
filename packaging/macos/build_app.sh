#!/usr/bin/env bash
# macOS: Backup Desk.app and a .dmg from the PyInstaller one-folder bundle. Run on a Mac with Xcode's
# command-line tools (for codesign, hdiutil and plutil), the project installed with its `package` extra.
#   packaging/macos/build_app.sh            -> dist/Backup Desk.app, dist/backup-desk-<version>.dmg
# SIGN_IDENTITY="Developer ID Application: …" signs the app (hardened runtime); without it the app is
# signed ad hoc (runs on this Mac; Gatekeeper elsewhere needs a Developer ID and notarisation:
#   xcrun notarytool submit dist/backup-desk-<version>.dmg --keychain-profile <profile> --wait
#   xcrun stapler staple dist/backup-desk-<version>.dmg).
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${PYTHON:-python3}"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n1)"
PYTHON="$python" packaging/build.sh --bundle-only
app="dist/Backup Desk.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
# The bundle goes whole into Contents/MacOS (the executable finds _internal/ beside itself).
cp -R dist/backup-desk/ "$app/Contents/MacOS/"
cp resources/icons/backup-desk.icns "$app/Contents/Resources/"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"
if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$app"
else
    codesign --force --deep --sign - "$app"
fi
"$app/Contents/MacOS/backup-desk" --self-test
dmg="dist/backup-desk-$version.dmg"
rm -f "$dmg"
stage="$(mktemp -d)"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"   # drag-to-install
hdiutil create -volname "Backup Desk" -srcfolder "$stage" -fs HFS+ -format UDZO "$dmg"
rm -rf "$stage"
echo "built: $app and $dmg"

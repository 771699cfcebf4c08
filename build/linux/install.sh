#!/bin/sh
# Install this Tværs bundle for the current user (no root needed), or remove it again:
#   ./install.sh            copy the bundle to ~/.local/lib/tvaers, put `tvaers` on PATH
#                           (~/.local/bin), add the menu entry, icon and .tvaers file type
#   ./install.sh --remove   undo all of that (workshops and settings are left alone)
# sudo PREFIX=/usr/local ./install.sh   the same for every user of this computer
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$HOME/.local/share}
[ "$prefix" = "$HOME/.local" ] || data=$prefix/share
app=$prefix/lib/tvaers

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$app"
    rm -f "$prefix/bin/tvaers" "$data/applications/tvaers.desktop" "$data/mime/packages/tvaers-mime.xml"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/tvaers.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/tvaers.svg"
    refresh
    echo "Tværs removed."
    exit 0
fi

if [ "$here" != "$app" ]; then
    rm -rf "$app"
    mkdir -p "$(dirname "$app")"
    cp -a "$here" "$app"
fi
mkdir -p "$prefix/bin" "$data/applications" "$data/mime/packages"
ln -sf "$app/tvaers" "$prefix/bin/tvaers"
icons=$app/_internal/resources/icons
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/tvaers-$size.png" "$data/icons/hicolor/${size}x${size}/apps/tvaers.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/tvaers.svg" "$data/icons/hicolor/scalable/apps/tvaers.svg"
# Exec=tvaers needs ~/.local/bin on PATH; the menu entry gets the full path to be sure.
sed "s|^Exec=tvaers|Exec=$app/tvaers|; s|^TryExec=tvaers|TryExec=$app/tvaers|" \
    "$app/tvaers.desktop" >"$data/applications/tvaers.desktop"
cp "$app/tvaers-mime.xml" "$data/mime/packages/tvaers-mime.xml"
refresh
echo "Tværs installed in $app; start it from the menu or with: tvaers"

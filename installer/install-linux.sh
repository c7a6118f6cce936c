#!/usr/bin/env bash
# Per-user install of the desk-sms Linux bundle (no root needed). Run it from the unpacked folder:
#   ./install.sh              install or update into ~/.local
#   ./install.sh --uninstall  remove the program; the data directory (~/.local/share/desk-sms) is kept
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
# Not under $data_home/desk-sms: that folder is the user's data directory (database, logs, backups).
program_dir="$HOME/.local/opt/desk-sms"
bin_dir="$HOME/.local/bin"
desktop_file="$data_home/applications/desk-sms.desktop"
icon_file="$data_home/icons/hicolor/scalable/apps/desk-sms.svg"
# The engine starts at sign-in so reminders go out with the window closed (XDG autostart, per user).
autostart_file="${XDG_CONFIG_HOME:-$HOME/.config}/autostart/desk-sms-engine.desktop"

uninstall() {
    rm -rf -- "$program_dir"
    rm -f -- "$bin_dir/desk-sms" "$bin_dir/desk-sms-gui" "$desktop_file" "$icon_file" "$autostart_file"
    echo "desk-sms removed; your data in $data_home/desk-sms was kept"
}

install() {
    [ -x "$here/desk-sms" ] || { echo "run install.sh from the unpacked desk-sms folder" >&2; exit 1; }
    mkdir -p "$(dirname "$program_dir")" "$bin_dir" "$(dirname "$desktop_file")" "$(dirname "$icon_file")" \
        "$(dirname "$autostart_file")"
    rm -rf -- "$program_dir.new"
    cp -a "$here" "$program_dir.new"
    rm -rf -- "$program_dir"
    mv "$program_dir.new" "$program_dir"
    ln -sfn "$program_dir/desk-sms" "$bin_dir/desk-sms"
    ln -sfn "$program_dir/desk-sms-gui" "$bin_dir/desk-sms-gui"
    cp "$here/desk-sms.svg" "$icon_file"
    sed "s|^Exec=.*|Exec=$program_dir/desk-sms-gui|" "$here/desk-sms.desktop" >"$desktop_file"
    sed "s|^Exec=.*|Exec=$program_dir/desk-sms serve --at-sign-in|" "$here/desk-sms-engine.desktop" \
        >"$autostart_file"
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$desktop_file")" || true
    echo "desk-sms installed in $program_dir (commands in $bin_dir, menu entry $desktop_file," \
        "engine at sign-in $autostart_file)"
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install ;;
    *) echo "usage: install.sh [--uninstall]" >&2; exit 1 ;;
esac

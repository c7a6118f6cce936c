#!/usr/bin/env bash
# Build the Linux bundle of desk-sms and smoke-test it. One command, from anywhere:
#   installer/build.sh
# Result: installer/dist/desk-sms/ (the PyInstaller folder + desk-sms.desktop, desk-sms-engine.desktop,
#         desk-sms.svg, install.sh)
#         installer/dist/desk-sms-<version>-linux-<arch>.tar.gz
# Needs the build extra in the virtualenv: .venv/bin/pip install -e '.[build]'
# PYTHON=/path/to/python overrides the interpreter (default: .venv/bin/python of the checkout).
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
python="${PYTHON:-$root/.venv/bin/python}"
dist="$root/installer/dist"
work="$root/installer/build"
bundle="$dist/desk-sms"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }

"$python" -m PyInstaller --version >/dev/null 2>&1 || fail "PyInstaller is missing: $python -m pip install -e '.[build]'"
version="$("$python" -c 'import desk_sms; print(desk_sms.__version__)')"
started=$SECONDS

step "PyInstaller bundle (desk-sms $version)"
"$python" installer/make_icon.py "$work/desk-sms.ico"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" installer/desk-sms.spec

step "Desktop entry, icon and per-user installer"
cp installer/desk-sms.desktop "$bundle/desk-sms.desktop"
cp installer/desk-sms-engine.desktop "$bundle/desk-sms-engine.desktop"
cp resources/icons/app.svg "$bundle/desk-sms.svg"
install -m 755 installer/install-linux.sh "$bundle/install.sh"

# The smoke tests run the bundle from an empty folder, with no source tree or venv in reach.
scratch="$(mktemp -d)"
gui_pid=""
api_pid=""
cleanup() {
    if [ -n "$gui_pid" ]; then kill "$gui_pid" 2>/dev/null || true; fi
    if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null || true; fi
    rm -rf -- "$scratch"
}
trap cleanup EXIT
run_bundled() { (cd "$scratch" && env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV "$@"); }

step "Smoke test: version"
printed="$(run_bundled "$bundle/desk-sms" --version)"
[ "$printed" = "desk-sms $version" ] || fail "--version printed '$printed', expected 'desk-sms $version'"
echo "$printed"

step "Smoke test: self-check (temporary database, one simulated modem, one message each way)"
run_bundled DESK_SMS_DATA_DIR="$scratch/unused-data" "$bundle/desk-sms" self-check --timeout 90 \
    || fail "the bundled self-check failed"
[ ! -e "$scratch/unused-data" ] || fail "self-check wrote into the data directory"

step "Smoke test: the PostgreSQL driver is in the bundle (a closed port must be 'refused', not 'not installed')"
answer="$(run_bundled "$bundle/desk-sms" --data-dir "$scratch/pg-probe" \
    --db "postgresql+psycopg://probe@127.0.0.1:1/probe" info 2>&1 || true)"
case "$answer" in
    *"cannot be reached"*"refused"*) echo "$answer" ;;
    *) fail "the bundled PostgreSQL driver did not answer as expected: $answer" ;;
esac

step "Smoke test: the window opens (offscreen Qt) with one demo modem"
gui_data="$scratch/gui-data"
# exec at each level, so $! is the window's own process and the kill below ends it (not just a subshell).
(cd "$scratch" && exec env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen \
    DESK_SMS_DATA_DIR="$gui_data" "$bundle/desk-sms-gui" --demo 1) >"$scratch/gui.out" 2>&1 &
gui_pid=$!
# The engine starts after the main window and every page were built (ui/app.py); a broken bundle
# (missing Qt plugin, resource or module) exits or shows an error dialog before that line is logged.
for _ in $(seq 1 240); do
    grep -q "engine .* started" "$gui_data/logs/desk-sms.log" 2>/dev/null && break
    kill -0 "$gui_pid" 2>/dev/null || { cat "$scratch/gui.out" >&2; fail "the GUI exited during start-up"; }
    sleep 0.5
done
grep -q "engine .* started" "$gui_data/logs/desk-sms.log" 2>/dev/null \
    || { cat "$scratch/gui.out" >&2; fail "the GUI did not finish starting within 120 s"; }
if grep -E "Traceback|ERROR|CRITICAL" "$gui_data/logs/desk-sms.log" "$scratch/gui.out"; then
    fail "the GUI logged errors during start-up"
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
echo "window built, engine started"

step "Smoke test: serve --api answers on loopback (uvicorn and FastAPI are in the bundle)"
port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(cd "$scratch" && exec env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV \
    "$bundle/desk-sms" --data-dir "$scratch/api-data" serve --api "$port") >"$scratch/api.out" 2>&1 &
api_pid=$!
answers() { "$python" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/openapi.json', timeout=2)" 2>/dev/null; }
for _ in $(seq 1 240); do
    answers && break
    kill -0 "$api_pid" 2>/dev/null || { cat "$scratch/api.out" >&2; fail "serve --api exited during start-up"; }
    sleep 0.5
done
answers || { cat "$scratch/api.out" >&2; fail "the bundled API did not answer within 120 s"; }
kill -TERM "$api_pid"
wait "$api_pid" || { cat "$scratch/api.out" >&2; fail "serve --api did not stop cleanly"; }
api_pid=""
echo "the API answered at http://127.0.0.1:$port/openapi.json"

step "Archive"
archive="$dist/desk-sms-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" desk-sms
echo "$archive ($(du -h "$archive" | cut -f1)); bundle $(du -sh "$bundle" | cut -f1)"
echo "built and smoke-tested in $((SECONDS - started)) s"

"""Windows branches checked on Linux: the data folder, backup file names and paths, the engine lease,
time zones without a system database, and the hidden imports of the Windows bundle.

Each test forces the Windows side (platformdirs' Windows class, `sys.platform == "win32"`, no system
time-zone files, Windows file-name rules) rather than skipping where Windows is not at hand.
"""

from __future__ import annotations

import ast
import ntpath
import os
import socket
import subprocess
import sys
import tomllib
from datetime import datetime
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from desk_sms.context import AppContext
from desk_sms.db.sqlite import timestamped_backup
from desk_sms.engine.lease import LeaseHolder
from desk_sms.paths import choose_data_dir

REPO = Path(__file__).resolve().parents[3]
LOCAL_APPDATA = "C:\\Users\\yamada.hanako.reception\\AppData\\Local"  # a long-ish real-world user name
ROAMING_APPDATA = "C:\\Users\\yamada.hanako.reception\\AppData\\Roaming"
WINDOWS_MAX_PATH = 260  # without the long-path opt-in, which a reception PC cannot be assumed to have
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"{kind}{n}" for kind in ("COM", "LPT") for n in range(10))}
FORBIDDEN_CHARACTERS = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


def windows_file_name_problem(name: str) -> str | None:
    """Why Windows would refuse `name` as a file name, or None."""
    if set(name) & FORBIDDEN_CHARACTERS:
        return f"forbidden characters {sorted(set(name) & FORBIDDEN_CHARACTERS)}"
    if name.endswith((" ", ".")):
        return "ends with a space or dot"
    if name.split(".")[0].upper() in RESERVED_NAMES:
        return "a reserved device name"
    return None


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs answers as on Windows, with the known folders of a user with a long name."""
    folders = {"CSIDL_LOCAL_APPDATA": LOCAL_APPDATA, "CSIDL_APPDATA": ROAMING_APPDATA}
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: folders[csidl])
    monkeypatch.delenv("DESK_SMS_DATA_DIR", raising=False)


def test_the_windows_data_folder_is_local_appdata_desk_sms(windows_folders: None) -> None:
    # Local, not Roaming (a database must not travel with a roaming profile), and no "desk-sms\desk-sms".
    assert str(choose_data_dir()) == os.path.join(LOCAL_APPDATA, "desk-sms")


def test_the_command_line_and_environment_still_win_on_windows(
    windows_folders: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_SMS_DATA_DIR", "D:\\desk-sms-data")
    assert str(choose_data_dir()) == "D:\\desk-sms-data"
    assert str(choose_data_dir("E:\\共有\\desk-sms")) == "E:\\共有\\desk-sms"


def test_every_file_desk_sms_makes_has_a_windows_name_within_max_path(context: AppContext) -> None:
    context.backups.back_up_now()
    timestamped_backup(context.paths.database, context.paths.backups, reason="pre-upgrade")  # as migrate.py
    made = [path for path in context.paths.root.rglob("*") if path.is_file()]
    names = {path.name for path in made}
    assert any(name.startswith("desk-sms-manual-") for name in names)
    assert any("-pre-upgrade-" in name for name in names)
    for path in made:
        relative = path.relative_to(context.paths.root)
        for part in relative.parts:
            assert windows_file_name_problem(part) is None, (part, windows_file_name_problem(part))
        on_windows = ntpath.join(LOCAL_APPDATA, "desk-sms", *relative.parts)
        assert len(on_windows) < WINDOWS_MAX_PATH, on_windows


def test_on_windows_a_lease_holder_is_never_probed_with_a_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.kill(pid, 0) terminates the process on Windows: there the heartbeat alone decides."""

    def kill(pid: int, signal: int) -> None:
        raise AssertionError(f"os.kill({pid}, {signal}) called on Windows")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "kill", kill)
    holder = LeaseHolder(owner="other", host=socket.gethostname(), pid=os.getpid() + 1,
                         heartbeat_at=datetime.now())
    assert holder.died_on_this_host() is False


def test_time_zones_load_without_a_system_time_zone_database(tmp_path: Path) -> None:
    """Windows has no /usr/share/zoneinfo: the tzdata package must answer for the business time zone."""
    code = (
        "import zoneinfo\n"
        "assert zoneinfo.TZPATH == (), zoneinfo.TZPATH\n"
        "from desk_sms.context import build_context\n"
        f"context = build_context({str(tmp_path / 'data')!r})\n"
        "print(zoneinfo.ZoneInfo(context.settings.get('timezone')).key)\n"
        "context.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                            env={**os.environ, "PYTHONTZPATH": ""}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Asia/Tokyo"


def spec_hidden_imports() -> set[str]:
    """Module names the PyInstaller spec lists, and packages whose submodules it collects."""
    tree = ast.parse((REPO / "installer" / "desk-sms.spec").read_text(encoding="utf-8"))
    [assignment] = [node for node in tree.body if isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "hiddenimports" for t in node.targets)]
    return {node.value for node in ast.walk(assignment.value)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


@pytest.mark.parametrize(("module", "why"), [
    ("serial.urlhandler", "serial_for_url imports its socket:// handler by name (demo, self-check)"),
    ("sqlalchemy.dialects.sqlite", "the dialect is loaded from the database URL"),
    ("sqlalchemy.dialects.postgresql.psycopg", "the dialect is loaded from the database URL"),
    ("alembic.ddl", "Alembic loads its implementations by dialect name"),
    ("desk_sms.commands", "the CLI imports its command modules inside a function"),
    ("ui", "the `gui` command imports the window lazily"),
    ("modem", "the engine imports the simulator only for --demo and self-check"),
    ("serial.tools.list_ports", "modem scan"),
])
def test_the_bundle_spec_names_every_module_loaded_by_name(module: str, why: str) -> None:
    assert module in spec_hidden_imports(), why


def test_the_windows_bundle_gets_tzdata() -> None:
    """PyInstaller's tzdata hook bundles it when it is installed: it must be a dependency on Windows."""
    with (REPO / "pyproject.toml").open("rb") as stream:
        dependencies = tomllib.load(stream)["project"]["dependencies"]
    assert any(dependency.startswith("tzdata") for dependency in dependencies)

"""The engine at sign-in (issue 17): installers register `serve --at-sign-in` per user, and it starts
only when Settings keeps sending with the window closed and no engine runs yet."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_sms.cli import main
from desk_sms.context import build_context
from desk_sms.db.models import EngineLease
from desk_sms.engine.lease import ENGINE_LEASE

ROOT = Path(__file__).resolve().parents[3]
INSTALLER = ROOT / "installer"


def test_at_sign_in_the_engine_stays_off_when_settings_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    context = build_context(str(tmp_path / "data"))
    context.users.choose_first_password(None)
    context.settings.set("keep_sending_when_closed", False)
    context.close()
    assert main(["--data-dir", str(tmp_path / "data"), "serve", "--at-sign-in"]) == 0
    assert "sending with the window closed is off" in capsys.readouterr().err


def test_at_sign_in_an_engine_already_running_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signal, "signal", lambda *_args: None)  # serve's handlers stay out of pytest
    context = build_context(str(tmp_path / "data"))
    with context.database.session() as session:  # a window started one a moment ago
        session.add(EngineLease(name=ENGINE_LEASE, owner="window's engine", host=socket.gethostname(),
                                pid=os.getpid(), heartbeat_at=datetime.now(UTC)))
    context.close()
    assert main(["--data-dir", str(tmp_path / "data"), "serve", "--at-sign-in"]) == 0
    assert "engine running" not in capsys.readouterr().err
    # Without --at-sign-in the same situation is an error a person should read.
    assert main(["--data-dir", str(tmp_path / "data"), "serve"]) == 1


@pytest.fixture
def unpacked_bundle(tmp_path: Path) -> Path:
    """What build.sh puts beside the programs, with stand-ins for the programs themselves."""
    bundle = tmp_path / "desk-sms"
    bundle.mkdir()
    for program in ("desk-sms", "desk-sms-gui"):
        (bundle / program).write_text("#!/bin/sh\n", encoding="utf-8")
        (bundle / program).chmod(0o755)
    shutil.copy(INSTALLER / "install-linux.sh", bundle / "install.sh")
    for name in ("desk-sms.desktop", "desk-sms-engine.desktop"):
        shutil.copy(INSTALLER / name, bundle / name)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", bundle / "desk-sms.svg")
    return bundle


def test_the_linux_install_registers_the_engine_at_sign_in_and_uninstall_removes_it(
    unpacked_bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    environment = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run([str(unpacked_bundle / "install.sh")], env=environment, check=True, capture_output=True)
    entry = home / ".config" / "autostart" / "desk-sms-engine.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={home}/.local/opt/desk-sms/desk-sms serve --at-sign-in" in lines
    assert "Type=Application" in lines
    subprocess.run([str(unpacked_bundle / "install.sh"), "--uninstall"], env=environment, check=True,
                   capture_output=True)
    assert not entry.exists()


def test_the_windows_installer_adds_a_per_user_startup_entry_without_a_console() -> None:
    script = (INSTALLER / "desk-sms.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script  # no administrator rights
    entry = next(line for line in script.splitlines() if line.startswith('Name: "{userstartup}'))
    # The windowed program runs the engine: no console window at sign-in (cli.gui_arguments).
    assert 'Filename: "{app}\\desk-sms-gui.exe"' in entry and 'Parameters: "serve --at-sign-in"' in entry

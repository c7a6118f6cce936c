"""Where desk-sms keeps its files: the data directory and the bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desk_sms import storage
from desk_sms.errors import DataDirError

APP_NAME = "desk-sms"
DATA_DIR_ENV = "DESK_SMS_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "desk-sms.sqlite3"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        return self.logs / "desk-sms.log"

    def database_url(self) -> str:
        return f"sqlite:///{self.database}"


def choose_data_dir(cli_value: str | None = None) -> Path:
    """`--data-dir`, then `DESK_SMS_DATA_DIR`, then the platform's user data directory."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(root: Path) -> DataPaths:
    """Create the data directory (private on POSIX) and check it can be written."""
    paths = DataPaths(root.resolve())
    try:
        for folder in (paths.root, paths.logs, paths.backups):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = paths.root / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:  # a full disk or a read-only folder is named as such
        existing = next((f for f in (paths.root, *paths.root.parents) if f.is_dir()), paths.root)
        storage.raise_if_storage_problem(existing, exc)
        raise DataDirError(path=str(root), reason=exc.strerror or str(exc)) from exc
    return paths


def resources_dir() -> Path:
    """`resources/` from a source checkout or from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(relative: str) -> Path:
    """A file under `resources/`; refuses paths that climb out of it."""
    if ".." in Path(relative).parts or Path(relative).is_absolute():
        raise ValueError(f"resource path must stay inside resources/: {relative}")
    return resources_dir() / relative

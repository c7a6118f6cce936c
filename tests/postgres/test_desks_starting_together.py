"""Several desks starting at the same moment on an empty server: the schema is made once, nobody fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from desk_sms.db import migrate

ROOT = Path(__file__).resolve().parents[2]
START_ONE_DESK = (
    "import sys; from desk_sms.context import build_context; build_context(sys.argv[1], sys.argv[2]).close()"
)


def test_four_desks_start_at_once_on_an_empty_database(pg_url: str, tmp_path: Path) -> None:
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", START_ONE_DESK, str(tmp_path / f"desk{n}"), pg_url],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for n in range(4)
    ]
    for desk in desks:
        _, errors = desk.communicate(timeout=90)
        assert desk.returncode == 0, errors.decode(errors="replace")[-2000:]
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()

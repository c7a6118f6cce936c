"""The whole schema and the claim query on a real PostgreSQL server (issue 11)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from desk_sms.clock import FakeClock
from desk_sms.context import build_context
from desk_sms.db import migrate
from desk_sms.db.models import OutboundMessage
from desk_sms.engine.claims import ClaimRequest, Claims


def test_migrations_reach_head_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    context = build_context(str(tmp_path / "data"), db_url=pg_url, clock=FakeClock())
    try:
        assert context.database.dialect == "postgresql"
        with context.database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert "outbound_messages" in inspect(connection).get_table_names()
    finally:
        context.close()


def test_two_engines_never_claim_the_same_message(pg_url: str, tmp_path: Path) -> None:
    clock = FakeClock()
    context = build_context(str(tmp_path / "data"), db_url=pg_url, clock=clock)
    try:
        modem_a = context.modems.add("/dev/null", name="A")
        modem_b = context.modems.add("/dev/zero", name="B")
        for n in range(20):
            context.outbox.enqueue(f"+81901234{n:04d}", f"message {n}")
        factory = context.database.session_factory
        first, second = Claims(factory, "host-a:1"), Claims(factory, "host-b:2")
        taken: list[int] = []
        for _ in range(10):
            for claims, modem in ((first, modem_a), (second, modem_b)):
                claimed = claims.claim(ClaimRequest(modem, clock.now(), False, {modem_a, modem_b}))
                assert claimed is not None
                taken.append(claimed.id)
        assert len(taken) == len(set(taken)) == 20
        with factory() as session:
            owners = set(session.scalars(select(OutboundMessage.claim_owner)))
        assert owners == {"host-a:1", "host-b:2"}
    finally:
        context.close()


def test_info_never_prints_the_password(pg_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desk_sms.cli import main

    with_password = pg_url.replace("postgres@", "postgres:s3cret-pass@")  # trust auth ignores it
    assert main(["--data-dir", str(tmp_path / "data"), "--db", with_password, "info"]) == 0
    printed = capsys.readouterr()
    assert "s3cret-pass" not in printed.out + printed.err
    assert "***" in printed.out


def test_a_modem_no_desk_drives_is_shown_disconnected(pg_url: str, tmp_path: Path) -> None:
    from desk_sms.db.models import Modem

    context = build_context(str(tmp_path / "data"), db_url=pg_url, clock=FakeClock())
    try:
        modem_id = context.modems.add("/dev/ttyUSB0", name="受付")
        with context.database.session() as session:  # the last state a desk that went away stored
            session.get(Modem, modem_id).state = "ready"
        (row,) = context.modems.list()
        assert row.driven_by is None and row.state == "disconnected"
    finally:
        context.close()

"""`desk-sms db migrate-to URL`: a filled SQLite database moved into a real PostgreSQL one (issue 11)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, insert, inspect, select, text
from sqlalchemy.engine import make_url

from desk_sms.cli import main
from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db import migrate
from desk_sms.db.base import Base
from desk_sms.db.models import AuditEntry, OutboundMessage, OutboundPart, StatusReportRecord, User
from desk_sms.db.session import connect
from desk_sms.domain.recurrence import Rule, RuleKind
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.engine.lease import Lease
from desk_sms.services.appointments import AppointmentsService, ReminderRule
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.outbox import MessageStatus, Recipient
from desk_sms.services.schedules import ScheduleDraft, SchedulesService
from desk_sms.services.templates import TemplatesService
from modem.interface import InboundPart

NUMBERS = [f"0901234{n:04d}" for n in range(6)]


@pytest.fixture
def target(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url)
    yield engine
    engine.dispose()


def fill(context: AppContext) -> dict[str, int]:
    """A bit of everything, made the way the app makes it; returns a few ids to look at later."""
    factory, events, clock = context.database.session_factory, context.events, context.clock
    context.settings.set("quiet_hours_start", "22:00")
    context.settings.set("approval_required", True)
    context.users.ensure_default_user()
    operator = context.users.create_user("sato", "operator", "s3cret-pass")
    context.users.sign_in("admin")
    context.users.record("settings.change", "setting", None, "quiet hours")
    groups = GroupsService(factory, events)
    class_a, class_b = groups.create_group("中3A"), groups.create_group("中3B", "evening class")
    contacts = ContactsService(factory, events, clock)
    yamada = contacts.create(ContactDraft(
        name="山田 太郎", reading="ヤマダ タロウ", phones=(NUMBERS[0], NUMBERS[1]),
        group_ids=(class_a, class_b), fields={"保護者名": "山田 花子"},
    ))
    suzuki = contacts.create(ContactDraft(name="鈴木 一郎", phones=(NUMBERS[2],), group_ids=(class_a,)))
    template = TemplatesService(factory, events).save("面談", "学校", "{name}様 面談は{date}です")
    modem = context.modems.add("/dev/null", name="受付")
    campaign = context.outbox.create_campaign(
        "面談のご案内",
        [Recipient(NUMBERS[0], "山田様 面談です", yamada), Recipient(NUMBERS[2], "鈴木様 面談です", suzuki),
         Recipient(NUMBERS[3], "x" * 200)],
        created_by_id=operator,
    )
    sent, uncertain, _queued = context.outbox.ids()[::-1]
    mark_sent(context, sent, modem, parts=1)
    mark_sent(context, uncertain, modem, parts=2, status=MessageStatus.UNCERTAIN)
    resent = context.outbox.resend(uncertain)
    pump = InboxPump(factory, events)
    received = InboundPart(sender=NUMBERS[0], text="了解です", sent_at=clock.now())
    reply = pump.store(modem, received, clock.now())
    assert reply is not None
    context.inbox.reply(reply, "ありがとうございます", user_id=operator)
    context.inbox.claim("+81" + NUMBERS[0][1:], operator)
    monthly = Rule(RuleKind.MONTHLY, at=time(10, 0), day=25)
    SchedulesService(factory, events, clock, context.settings).save(
        ScheduleDraft("月謝", monthly, body="月謝のお知らせ", group_id=class_a)
    )
    appointments = AppointmentsService(factory, events, clock)
    appointments.save(yamada, clock.now() + timedelta(days=3), place="本校")
    day_before = ReminderRule(None, "前日", "{name}様 明日{time}です", days_before=1, at=time(18, 0))
    appointments.save_rule(day_before)
    return {"campaign": campaign, "template": template, "uncertain": uncertain, "resent": resent}


def mark_sent(
    context: AppContext, message_id: int, modem_id: int, parts: int, status: str = MessageStatus.SENT
) -> None:
    """What the engine records when a modem accepted the parts (and one delivery report)."""
    now = context.clock.now()
    with context.database.session_factory.begin() as session:
        message = session.get(OutboundMessage, message_id)
        assert message is not None
        message.status, message.modem_id, message.sent_at, message.attempts = status, modem_id, now, 1
        for seq in range(1, parts + 1):
            part = OutboundPart(
                message_id=message_id, seq=seq, modem_id=modem_id, reference=seq, submitted_at=now
            )
            session.add(part)
            session.flush()
        session.add(StatusReportRecord(
            modem_id=modem_id, reference=parts, recipient=message.to_number, status_code=0, received_at=now,
            part_id=part.id,
        ))


def all_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))]
            for table in Base.metadata.sorted_tables
        }


def total_rows(rows: dict[str, list[tuple[Any, ...]]]) -> int:
    return sum(len(table) for table in rows.values())


def row_count(engine: Engine) -> int:
    """Rows in every desk-sms table that exists in the target (0 also when it has no tables)."""
    with engine.connect() as connection:
        existing = set(inspect(connection).get_table_names())
        return sum(
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
            if table.name in existing
        )


def move(data_dir: Path, url: str, *global_options: str) -> int:
    return main(["--data-dir", str(data_dir), *global_options, "db", "migrate-to", url])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("desk-sms: "), err
    assert "Traceback" not in err
    return err


def test_every_row_arrives_unchanged_and_the_source_is_untouched(
    context: AppContext, data_dir: Path, pg_url: str, target: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = fill(context)
    source_rows = all_rows(context.database.engine)
    context.close()  # checkpoints the WAL, so the file itself can be compared afterwards
    source_file = data_dir / "desk-sms.sqlite3"
    before = digest(source_file)

    assert move(data_dir, pg_url) == 0

    out = capsys.readouterr().out
    assert digest(source_file) == before
    moved = all_rows(target)
    *copied_audit, move_entry = moved["audit_log"]
    assert {**moved, "audit_log": copied_audit} == source_rows
    # The move itself is in the audit log it moved to, naming the command line and the source.
    with target.connect() as connection:
        entry = connection.execute(select(AuditEntry).where(AuditEntry.action == "database.move")).one()
    assert entry.id == move_entry[0] and entry.user_name.startswith("command line (")
    assert entry.detail.startswith("from sqlite") and entry.detail.endswith(f"{total_rows(source_rows)} rows")
    filled = ("users", "audit_log", "contact_phones", "contact_groups", "contact_field_values",
              "outbound_parts", "status_reports", "inbound_messages", "schedules", "appointments")
    assert all(source_rows[name] for name in filled)
    assert len(source_rows["contact_phones"]) == 3 and len(source_rows["contact_groups"]) == 3
    with target.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        pointer = select(OutboundMessage.resent_as_id).where(OutboundMessage.id == ids["uncertain"])
        assert connection.execute(pointer).scalar_one() == ids["resent"] > ids["uncertain"]
        assert connection.execute(select(User.name).order_by(User.id)).scalars().all() == ["admin", "sato"]
    total = sum(len(rows) for rows in source_rows.values())
    assert f"moved {total:,} rows in {len(Base.metadata.tables)} tables" in out
    assert "outbound_messages" in out and "--db" in out and "Settings" in out
    assert str(make_url(pg_url).database) in out


def test_new_rows_get_fresh_ids_after_the_move(
    context: AppContext, data_dir: Path, pg_url: str, tmp_path: Path
) -> None:
    fill(context)
    highest = {name: max(row[0] for row in rows) for name, rows in all_rows(context.database.engine).items()
               if name in ("contacts", "outbound_messages", "audit_log", "users")}
    context.close()
    assert move(data_dir, pg_url) == 0

    shared = build_context(str(tmp_path / "desk-2"), db_url=pg_url, clock=FakeClock())
    try:
        contact = ContactsService(shared.database.session_factory).create(
            ContactDraft(name="新規", phones=(NUMBERS[5],))
        )
        message = shared.outbox.enqueue(NUMBERS[5], "はじめまして", contact_id=contact)
        user = shared.users.create_user("tanaka", "operator")
        shared.users.record("contact.create", "contact", contact)
        with shared.database.session_factory() as session:
            audit = session.scalars(select(func.max(AuditEntry.id))).one()
    finally:
        shared.close()
    assert (contact, message, user) == (
        highest["contacts"] + 1, highest["outbound_messages"] + 1, highest["users"] + 1
    )
    assert audit > highest["audit_log"]  # creating a user writes an audit entry too


def test_big_tables_go_in_batches_with_progress_on_stderr(
    context: AppContext, data_dir: Path, pg_url: str, target: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with context.database.session_factory.begin() as session:
        session.execute(insert(AuditEntry), [
            {"at": at + timedelta(seconds=n), "user_name": "admin", "action": "test.bulk", "object_type": "",
             "detail": f"row {n}"} for n in range(4_500)
        ])
    context.close()
    assert move(data_dir, pg_url) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [f"copied {n}/4500 rows of audit_log" for n in (2000, 4000, 4500)]
    with target.connect() as connection:
        copied = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "test.bulk")
        assert connection.execute(copied).scalar_one() == 4_500


def test_a_row_postgresql_refuses_rolls_everything_back(
    context: AppContext, data_dir: Path, pg_url: str, target: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(context)
    with context.database.session_factory.begin() as session:  # SQLite does not enforce VARCHAR lengths
        session.add(User(name="x" * 150))
    context.close()
    assert move(data_dir, pg_url) == 1
    err = one_error_line(capsys)
    assert "users" in err and "too long" in err and "Nothing was kept" in err
    assert row_count(target) == 0


def test_a_count_mismatch_rolls_everything_back(
    context: AppContext, data_dir: Path, pg_url: str, target: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(context)
    context.close()
    prepared = connect(pg_url)
    migrate.upgrade(prepared, None)
    prepared.dispose()
    with target.begin() as connection:  # a trigger that silently drops one row: the count check must see it
        connection.execute(text(
            "CREATE FUNCTION drop_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"
        ))
        connection.execute(text(
            "CREATE TRIGGER drop_first BEFORE INSERT ON templates FOR EACH ROW WHEN (NEW.id = 1) "
            "EXECUTE FUNCTION drop_row()"
        ))
    assert move(data_dir, pg_url) == 1
    err = one_error_line(capsys)
    assert "row counts of table templates differ: 1 in the source, 0 in the target" in err
    assert row_count(target) == 0


def test_a_target_holding_data_is_refused(
    context: AppContext, data_dir: Path, pg_url: str, target: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(context)
    context.close()
    assert move(data_dir, pg_url) == 0
    rows = all_rows(target)
    capsys.readouterr()
    assert move(data_dir, pg_url) == 1
    assert "already holds desk-sms data" in one_error_line(capsys)
    assert all_rows(target) == rows


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "is not a database URL"),
        ("postgresql+psycopg://u@127.0.0.1:notaport/db", "is not a database URL"),
        ("sqlite:///elsewhere.sqlite3", "must be a PostgreSQL database"),
        ("postgresql+psycopg://postgres:pw@127.0.0.1:1/desk_sms", "Connection refused"),
    ],
)
def test_bad_or_unreachable_targets_are_refused(
    data_dir: Path, url: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert move(data_dir, url) == 1
    err = one_error_line(capsys)
    assert expected in err
    assert ":pw@" not in err  # the password is never printed


def test_a_missing_database_is_refused_with_the_servers_reason(
    data_dir: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = make_url(pg_url).set(database="no_such_database").render_as_string(hide_password=False)
    assert move(data_dir, missing) == 1
    assert 'database "no_such_database" does not exist' in one_error_line(capsys)


@pytest.mark.parametrize("lease_name", ["engine", "modem:1"])  # one engine, or one of several
def test_a_running_engine_on_the_source_is_refused(
    context: AppContext,
    data_dir: Path,
    pg_url: str,
    target: Engine,
    lease_name: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fill(context)
    lease = Lease(context.database.session_factory, "another-desk:4242:engine", name=lease_name)
    assert lease.acquire(datetime.now(UTC))
    assert move(data_dir, pg_url) == 1
    assert "stop desk-sms on this computer first" in one_error_line(capsys)
    with target.connect() as connection:
        assert inspect(connection).get_table_names() == []
    with context.database.session_factory.begin() as session:  # a heartbeat 31 s old: its owner is gone
        session.execute(text("UPDATE engine_leases SET heartbeat_at = :old"),
                        {"old": (datetime.now(UTC) - timedelta(seconds=31)).replace(tzinfo=None)})
    assert move(data_dir, pg_url) == 0


def test_the_source_itself_or_a_postgresql_source_is_refused(
    data_dir: Path, pg_url: str, tmp_path: Path, target: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    own_file = f"sqlite:///{data_dir / 'desk-sms.sqlite3'}"
    assert move(data_dir, own_file) == 1
    assert "is the current database itself" in one_error_line(capsys)
    assert move(data_dir, pg_url, "--db", pg_url) == 1
    assert "is the current database itself" in one_error_line(capsys)
    other = make_url(pg_url).set(database="postgres").render_as_string(hide_password=False)
    assert move(data_dir, other, "--db", pg_url) == 1
    assert "Only a SQLite database can be moved" in one_error_line(capsys)
    with target.connect() as connection:
        assert inspect(connection).get_table_names() == []  # refused before the source was opened


def test_db_help_lists_migrate_to(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["db", "--help"])
    assert raised.value.code == 0
    assert "migrate-to" in capsys.readouterr().out

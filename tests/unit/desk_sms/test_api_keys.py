"""API keys: shown once, stored hashed, named and scoped, revoked at once; administrators only; audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.cli import main
from desk_sms.context import AppContext
from desk_sms.db.models import ApiKey, AuditEntry
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.services.api_keys import ApiKeyNameTaken, ApiKeysService, UnknownScope, hash_key
from desk_sms.services.users import NotAllowed, Role


def service(context: AppContext) -> ApiKeysService:
    return ApiKeysService(context.database.session_factory, context.users, context.clock)


def test_a_key_is_shown_once_and_only_its_hash_is_kept(context: AppContext) -> None:
    made = service(context).create(" 予約システム ", ["inbox", "send", "send"])
    assert made.info.name == "予約システム" and made.info.scopes == ("send", "inbox")
    with context.database.session_factory() as session:
        row = session.scalars(select(ApiKey)).one()
        stored = [str(value) for value in (row.key_hash, row.prefix, row.scopes, row.name)]
    assert made.key not in stored and row.key_hash == hash_key(made.key)
    assert made.key.startswith(row.prefix) and len(row.prefix) < len(made.key) // 4
    found = service(context).authenticate(made.key)
    assert found is not None and found.id == made.info.id and found.scopes == ("send", "inbox")
    assert service(context).list()[0].last_used_at == context.clock.now()
    assert service(context).authenticate(made.key + "x") is None
    assert service(context).authenticate("") is None


def test_a_revoked_key_stops_working_at_once_and_keeps_its_name(context: AppContext) -> None:
    keys = service(context)
    made = keys.create("kiosk", ["appointments"])
    keys.revoke("kiosk")
    assert keys.authenticate(made.key) is None
    assert keys.list()[0].revoked_at is not None
    with pytest.raises(InvalidInput, match="revoked already"):
        keys.revoke("kiosk")
    with pytest.raises(ApiKeyNameTaken):
        keys.create("kiosk", ["send"])
    with pytest.raises(NotFound):
        keys.revoke("nobody")


@pytest.mark.parametrize(
    ("name", "scopes", "error", "words"),
    [
        ("x", ["send", "everything"], UnknownScope, "unknown scope 'everything'"),
        ("x", [" "], InvalidInput, "at least one scope"),
        ("  ", ["send"], InvalidInput, "needs a name"),
        ("x" * 101, ["send"], InvalidInput, "at most 100"),
    ],
)
def test_bad_names_and_scopes_are_refused_and_nothing_is_stored(
    context: AppContext, name: str, scopes: list[str], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        service(context).create(name, scopes)
    assert service(context).list() == []


def test_only_an_administrator_manages_keys_and_each_change_is_audited(context: AppContext) -> None:
    keys = service(context)
    keys.create("reservations", ["send"])
    context.users.create_user("suzuki", Role.OPERATOR)
    context.users.sign_in("suzuki")
    with pytest.raises(NotAllowed):
        keys.create("mine", ["send"])
    with pytest.raises(NotAllowed):
        keys.revoke("reservations")
    assert [key.name for key in keys.list() if key.active] == ["reservations"]
    with context.database.session_factory() as session:
        actions = [(e.action, e.detail) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
                   if e.action.startswith("api_key")]
    assert actions == [("api_key.create", "reservations (send)")]


def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *words])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_prints_the_key_alone_on_its_last_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(tmp_path, capsys, "api-key", "create", "clinic", "--scope", "send", "--scope", "inbox")
    key = out.splitlines()[-1]
    assert code == 0 and key.startswith("dsk_") and " " not in key and len(key) > 40
    code, out, _ = cli(tmp_path, capsys, "api-key", "list")
    assert code == 0 and "clinic" in out and "send inbox" in out and key not in out and "active" in out
    assert cli(tmp_path, capsys, "api-key", "revoke", "clinic")[0] == 0
    listed = json.loads(cli(tmp_path, capsys, "api-key", "list", "--json")[1])
    assert [(k["name"], k["scopes"], k["revoked_at"] is not None) for k in listed] == [
        ("clinic", ["send", "inbox"], True)]
    assert key not in json.dumps(listed)
    audit = json.loads(cli(tmp_path, capsys, "audit", "list", "--json", "--action", "api_key")[1])
    assert [entry["action"] for entry in audit] == ["api_key.create", "api_key.revoke"]


def test_a_bad_scope_on_the_command_line_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(tmp_path, capsys, "api-key", "create", "x", "--scope", "sms")
    assert code == 1 and out == "" and err.count("\n") == 1 and "unknown scope 'sms'" in err

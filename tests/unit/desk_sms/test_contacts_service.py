"""Contacts and groups services: search, rows, editing, soft delete with undo, opt-out, history."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from desk_sms.cli import main
from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import Contact, ContactPhone, InboundMessage, OutboundMessage
from desk_sms.domain.phones import format_national
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged
from desk_sms.services.contact_queries import display_number
from desk_sms.services.contact_search import build_search_text, normalize_text, query_terms
from desk_sms.services.contacts import ContactDraft, ContactsService, SortKey
from desk_sms.services.groups import GroupsService


@pytest.fixture
def contacts(context: AppContext, fake_clock: FakeClock) -> ContactsService:
    return ContactsService(context.database.session_factory, context.events, fake_clock)


@pytest.fixture
def groups(context: AppContext) -> GroupsService:
    return GroupsService(context.database.session_factory, context.events)


def add(contacts: ContactsService, name: str, reading: str = "", *phones: str, **kw: object) -> int:
    return contacts.create(ContactDraft(name=name, reading=reading, phones=phones, **kw))  # type: ignore[arg-type]


def test_create_normalises_phones_and_reads_back(contacts: ContactsService, groups: GroupsService) -> None:
    class_a = groups.create_group("中3A")
    contact_id = add(contacts, " 山田 太郎 ", "ヤマダ タロウ", "０９０－１２３４－５６７８", "9012345678",
                     "080 1111 2222", group_ids=(class_a,), fields={"保護者名": "山田 花子", "金額": ""})
    details = contacts.get(contact_id)
    assert details.name == "山田 太郎"
    assert [p.e164 for p in details.phones] == ["+819012345678", "+818011112222"]  # duplicate dropped
    assert details.phones[0].raw == "０９０－１２３４－５６７８"
    assert details.phones[0].national == "090-1234-5678"
    assert details.group_names == ("中3A",)
    assert details.fields == (("保護者名", "山田 花子"),)  # empty values are not stored
    [row] = contacts.rows([contact_id])
    assert (row.phone_e164, row.phone_national, row.groups_text, row.opted_out) == (
        "+819012345678", "090-1234-5678", "中3A", False)


@pytest.mark.parametrize(("draft", "message"), [
    (ContactDraft(name="  "), "needs a name"),
    (ContactDraft(name="佐藤", phones=("03-1234-5678",)), "not a mobile number"),
    (ContactDraft(name="佐藤", phones=("abc",)), "not a mobile number"),
])
def test_invalid_drafts_are_user_errors(contacts: ContactsService, draft: ContactDraft, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        contacts.create(draft)
    assert contacts.count() == 0


@pytest.fixture
def school(contacts: ContactsService, groups: GroupsService) -> dict[str, int]:
    course = groups.create_group("英語コース")
    ids = {
        "sato": add(contacts, "佐藤 花子", "サトウ ハナコ", "090-1111-2222", group_ids=(course,),
                    fields={"担任": "鈴木先生"}),
        "suzuki": add(contacts, "鈴木 一郎", "スズキ イチロウ", "080-3333-4444"),
        "tanaka": add(contacts, "田中 翔", "タナカ ショウ", "070-5555-6666", group_ids=(course,)),
        "smith": add(contacts, "John Smith", "", "+44 7911 123456"),
    }
    return ids


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["smith", "sato", "suzuki", "tanaka"]),        # by reading; an empty reading sorts first
    ("佐藤", ["sato"]),
    ("さとう", ["sato"]),                                 # hiragana finds a katakana reading
    ("ｻﾄｳ", ["sato"]),                                   # half-width katakana too
    ("佐藤花子", ["sato"]),                               # spaces inside a name need not be typed
    ("花子 佐藤", ["sato"]),                              # every term must match, in any order
    ("090-1111", ["sato"]),
    ("0901111", ["sato"]),
    ("+81803333", ["suzuki"]),
    ("英語", ["sato", "tanaka"]),                         # group name
    ("鈴木", ["sato", "suzuki"]),                         # custom field value (担任) and name
    ("SMITH", ["smith"]),
    ("100%", []),                                         # LIKE wildcards are literal
    ("_", []),
])
def test_search_matches_every_searchable_field(
    contacts: ContactsService, school: dict[str, int], query: str, expected: list[str]
) -> None:
    by_id = {v: k for k, v in school.items()}
    assert [by_id[i] for i in contacts.search_ids(query)] == expected
    assert contacts.count(query) == len(expected)


def test_sort_orders_and_group_filter(
    contacts: ContactsService, groups: GroupsService, school: dict[str, int]
) -> None:
    by_id = {v: k for k, v in school.items()}
    by_phone = [by_id[i] for i in contacts.search_ids(sort=SortKey.PHONE)]
    assert by_phone == ["smith", "tanaka", "suzuki", "sato"]  # +44…, +8170…, +8180…, +8190…
    assert [by_id[i] for i in contacts.search_ids(sort=SortKey.READING, descending=True)] == [
        "tanaka", "suzuki", "sato", "smith"]
    course = groups.find_by_name("英語コース").id
    assert [by_id[i] for i in contacts.search_ids(group_id=course)] == ["sato", "tanaka"]
    assert contacts.count("田中", group_id=course) == 1


def test_a_number_kept_through_an_edit_keeps_its_original_text(contacts: ContactsService) -> None:
    contact_id = add(contacts, "佐藤", "", "０９０－１２３４－５６７８")
    contacts.update(contact_id, ContactDraft(name="佐藤", phones=("090-1234-5678", "080-1111-2222")))
    assert [(p.e164, p.raw) for p in contacts.get(contact_id).phones] == [
        ("+819012345678", "０９０－１２３４－５６７８"), ("+818011112222", "080-1111-2222")]


def test_edit_updates_search_and_rows(contacts: ContactsService, school: dict[str, int]) -> None:
    contacts.update(school["suzuki"], ContactDraft(name="鈴木 次郎", reading="スズキ ジロウ",
                                                   phones=("090-9999-0000",)))
    assert contacts.search_ids("次郎") == [school["suzuki"]]
    assert contacts.search_ids("一郎") == []
    assert contacts.search_ids("0803333") == []
    assert contacts.rows([school["suzuki"]])[0].phone_national == "090-9999-0000"
    with pytest.raises(NotFound):
        contacts.update(999_999, ContactDraft(name="x"))


def test_orm_writes_from_elsewhere_leave_search_stale_then_rebuilt(
    context: AppContext, contacts: ContactsService, school: dict[str, int]
) -> None:
    """An importer writing through the ORM needs no knowledge of the search text."""
    with context.database.session() as session:
        session.add(Contact(name="高橋 陽菜", reading="タカハシ ヒナ",
                            phones=[ContactPhone(e164="+819077778888", raw="09077778888")]))
        session.add(ContactPhone(contact_id=school["smith"], e164="+819012121212", raw="", position=1))
    assert len(contacts.search_ids("ひな")) == 1
    assert contacts.search_ids("09012121212") == [school["smith"]]


def test_group_membership_and_rename_reach_search(
    contacts: ContactsService, groups: GroupsService, school: dict[str, int]
) -> None:
    trip = groups.create_group("修学旅行")
    assert groups.add_members(trip, [school["suzuki"], school["smith"], school["suzuki"]]) == 2
    assert groups.add_members(trip, [school["suzuki"]]) == 0
    assert set(contacts.search_ids("修学")) == {school["suzuki"], school["smith"]}
    groups.rename_group(trip, "遠足")
    assert contacts.search_ids("修学") == []
    assert set(contacts.search_ids("遠足")) == {school["suzuki"], school["smith"]}
    assert groups.remove_members(trip, [school["smith"]]) == 1
    assert contacts.search_ids("遠足") == [school["suzuki"]]
    assert {g.name: g.member_count for g in groups.list_groups()} == {"英語コース": 2, "遠足": 1}
    groups.delete_group(trip)
    assert contacts.search_ids("遠足") == []
    assert contacts.get(school["suzuki"]).group_names == ()


def test_group_names_are_unique_and_required(groups: GroupsService) -> None:
    groups.create_group("中3")
    with pytest.raises(InvalidInput, match="already exists"):
        groups.create_group(" 中3 ")
    with pytest.raises(InvalidInput):
        groups.create_group("")
    with pytest.raises(NotFound):
        groups.add_members(12345, [1])


def test_delete_and_undo(context: AppContext, contacts: ContactsService, school: dict[str, int],
                         groups: GroupsService, fake_clock: FakeClock) -> None:
    seen: list[object] = []
    context.events.subscribe(seen.append)
    token = contacts.delete_contacts([school["sato"], school["tanaka"]])
    assert set(contacts.search_ids()) == {school["suzuki"], school["smith"]}
    assert contacts.rows([school["sato"], school["suzuki"]])[0].id == school["suzuki"]
    assert groups.find_by_name("英語コース").member_count == 0
    with pytest.raises(NotFound):
        contacts.get(school["sato"])
    fake_clock.advance(5)
    later = contacts.delete_contacts([school["suzuki"], school["sato"]])  # sato already gone
    assert later.ids == (school["suzuki"],)
    assert contacts.undo(token) == 2
    assert set(contacts.search_ids()) == {school["sato"], school["tanaka"], school["smith"]}
    assert contacts.undo(token) == 0
    assert DataChanged(topic="contacts") in seen


def test_opt_out_records_date_and_reason(
    contacts: ContactsService, school: dict[str, int], fake_clock: FakeClock
) -> None:
    first = fake_clock.now()
    contacts.set_opt_out([school["sato"]], True, "電話で依頼")
    fake_clock.advance(86400)
    contacts.set_opt_out([school["sato"], school["tanaka"]], True, "STOP")
    sato, tanaka = contacts.get(school["sato"]), contacts.get(school["tanaka"])
    assert (sato.opted_out_at, sato.opt_out_reason) == (first, "電話で依頼")  # first opt-out kept
    assert (tanaka.opted_out_at, tanaka.opt_out_reason) == (fake_clock.now(), "STOP")
    assert contacts.rows([school["sato"]])[0].opted_out is True
    newest_out_first = contacts.search_ids(sort=SortKey.OPTED_OUT, descending=True)
    assert newest_out_first[:2] == [school["tanaka"], school["sato"]]
    contacts.set_opt_out([school["sato"]], False)
    sato = contacts.get(school["sato"])
    assert (sato.opted_out_at, sato.opt_out_reason) == (None, None)


def test_history_is_newest_first_in_both_directions(
    context: AppContext, contacts: ContactsService, school: dict[str, int]
) -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    sato = school["sato"]
    with context.database.session() as session:
        session.add(OutboundMessage(contact_id=sato, to_number="+819011112222", body="明日は休講です",
                                    status="delivered", created_at=base, sent_at=base + timedelta(minutes=1)))
        session.add(InboundMessage(contact_id=sato, sender="+819011112222", body="了解です",
                                   received_at=base + timedelta(hours=1)))
        session.add(OutboundMessage(contact_id=sato, to_number="+819011112222", body="再送", status="queued",
                                    created_at=base + timedelta(hours=2)))
        session.add(OutboundMessage(contact_id=school["suzuki"], to_number="+818033334444", body="他人宛",
                                    created_at=base))
    history = contacts.history(sato)
    assert [(h.direction, h.text, h.status) for h in history] == [
        ("out", "再送", "queued"), ("in", "了解です", "unhandled"), ("out", "明日は休講です", "delivered")]
    assert history[2].at == base + timedelta(minutes=1)


def test_export_table_has_one_column_per_custom_field(
    contacts: ContactsService, school: dict[str, int]
) -> None:
    headers, rows = contacts.export_table()
    table = [dict(zip(headers, row, strict=True)) for row in rows]
    assert headers[:5] == ["id", "name", "reading", "phones", "groups"]
    assert "担任" in headers
    sato = next(row for row in table if row["id"] == school["sato"])
    assert (sato["phones"], sato["groups"], sato["担任"]) == ("+819011112222", "英語コース", "鈴木先生")
    assert len(table) == 4


@pytest.mark.parametrize(("text", "normalised"), [
    ("ヤマダ タロウ", "やまだたろう"), ("ＡＢＣ", "abc"), ("ｶﾞｯｺｳ", "がっこう"), ("ルーシー", "るーしー")])
def test_normalize_text(text: str, normalised: str) -> None:
    assert normalize_text(text) == normalised


def test_query_terms_keep_phone_queries_whole() -> None:
    assert query_terms("０９０－１２３４ ５６７８") == ["09012345678"]
    assert query_terms("  佐藤　ハナコ ") == ["佐藤", "はなこ"]
    assert query_terms("   ") == []


# -- command line: contacts list / export ------------------------------------------------------


def test_cli_contacts_list_json_and_table(
    context: AppContext, data_dir: Path, contacts: ContactsService, school: dict[str, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    contacts.set_opt_out([school["tanaka"]], True, "STOP")
    assert main(["--data-dir", str(data_dir), "contacts", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["name"] for row in listed] == ["John Smith", "佐藤 花子", "鈴木 一郎", "田中 翔"]
    sato = listed[1]
    assert sato["phones"] == ["+819011112222"]
    assert sato["groups"] == ["英語コース"]
    assert sato["fields"] == {"担任": "鈴木先生"}
    assert listed[3]["opt_out_reason"] == "STOP"
    assert datetime.fromisoformat(listed[3]["opted_out_at"]).utcoffset() is not None
    assert main(["--data-dir", str(data_dir), "contacts", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["id", "name", "reading", "phone", "groups", "opted", "out"]
    assert "090-1111-2222" in table[2] and "英語コース" in table[2]


def test_cli_contacts_export_csv_neutralises_formulas(
    context: AppContext, data_dir: Path, contacts: ContactsService, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add(contacts, "=HYPERLINK(\"http://evil\")", "", "090-1234-5678", notes="@SUM(A1)")
    target = tmp_path / "out.csv"
    assert main(["--data-dir", str(data_dir), "contacts", "export", str(target)]) == 0
    assert "exported 1 contact " in capsys.readouterr().out
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"].startswith("'=")
    assert rows[0]["notes"] == "'@SUM(A1)"
    assert rows[0]["phones"] == "'+819012345678"  # a leading + is a formula to Excel too


def test_cli_contacts_export_xlsx_and_bad_suffix(
    context: AppContext, data_dir: Path, contacts: ContactsService, school: dict[str, int], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "contacts.xlsx"
    assert main(["--data-dir", str(data_dir), "contacts", "export", str(target)]) == 0
    sheet = openpyxl.load_workbook(target, read_only=True).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][:5] == ["id", "name", "reading", "phones", "groups"]
    assert len(values) == 5
    assert main(["--data-dir", str(data_dir), "contacts", "export", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("e164", ["+819012345678", "+818000000001", "+818012345678", "+817099998888",
                                  "+819012345", "+81312345678", "+447911123456", ""])
def test_display_number_fast_path_agrees_with_phonenumbers(e164: str) -> None:
    assert display_number(e164) == (format_national(e164) if e164 else "")


def test_region_follows_the_setting_at_save_time(context: AppContext) -> None:
    region = ["JP"]
    contacts = ContactsService(context.database.session_factory, region=lambda: region[0])
    with pytest.raises(InvalidInput):
        contacts.create(ContactDraft(name="Alice", phones=("07911 123456",)))
    region[0] = "GB"
    contact_id = contacts.create(ContactDraft(name="Alice", phones=("07911 123456",)))
    assert contacts.get(contact_id).phones[0].e164 == "+447911123456"


def test_core_inserts_are_searchable_after_a_refresh(context: AppContext, contacts: ContactsService) -> None:
    """The roster import inserts with plain SQL; its contacts start stale and get their text on refresh."""
    with context.database.session() as session:
        session.execute(insert(Contact), [{"id": 77, "name": "中村 蓮", "reading": "ナカムラ レン"}])
        session.execute(insert(ContactPhone), [{"contact_id": 77, "e164": "+819055556666", "raw": ""}])
    assert contacts.refresh_search_texts() == 1
    assert contacts.refresh_search_texts() == 0
    assert contacts.search_ids("れん 5555") == [77]


def test_search_text_stays_small_enough_for_an_index_entry() -> None:
    text = build_search_text("山田 太郎", "ヤマダ タロウ", ["+819012345678"], ["中3A"], ["長い備考" * 500])
    assert len(text.encode()) <= 1200
    assert text.startswith("山田太郎\nやまだたろう\n+819012345678\n09012345678\n中3a\n長い備考")


def test_the_list_filters_by_recorded_consent(contacts: ContactsService) -> None:
    given = datetime(2026, 4, 1, tzinfo=UTC)
    draft = ContactDraft("山田", phones=("09011110000",), consent_at=given, consent_source="申込書")
    agreed = contacts.create(draft)
    unknown = contacts.create(ContactDraft("田中", phones=("09022220000",)))
    assert contacts.search_ids(consent=True) == [agreed]
    assert contacts.search_ids(consent=False) == [unknown]
    assert sorted(contacts.search_ids()) == sorted([agreed, unknown])
    assert contacts.count("山田", consent=False) == 0 and contacts.count(consent=True) == 1

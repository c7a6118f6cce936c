"""Saved segments: the count equals what a send reaches; create, update, delete with audit; refusals."""

from __future__ import annotations

from collections import Counter

import pytest

from desk_sms.context import AppContext
from desk_sms.db.models import Schedule, Segment
from desk_sms.errors import NotFound
from desk_sms.services.compose import ComposeService, ExclusionReason
from desk_sms.services.compose_recipients import RecipientSource, SegmentFilter, SourceKind
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.segments import (
    VALUES_PER_FIELD,
    SegmentCount,
    SegmentFieldMissing,
    SegmentFieldTwice,
    SegmentGroupMissing,
    SegmentInUse,
    SegmentNameMissing,
    SegmentNameTaken,
    SegmentsService,
    SegmentValueMissing,
)


@pytest.fixture
def segments(context: AppContext) -> SegmentsService:
    return SegmentsService.from_context(context)


@pytest.fixture
def school(context: AppContext) -> dict[str, int]:
    """Two classes with every way a contact can be left out of a send, and one field, 学年."""
    factory = context.database.session_factory
    groups = GroupsService(factory)
    contacts = ContactsService(factory)
    class_a, class_b = groups.create_group("1年A組"), groups.create_group("1年B組")

    def pupil(name: str, phone: str, group: int, grade: str = "1") -> int:
        phones = (phone,) if phone else ()
        return contacts.create(ContactDraft(name, phones=phones, group_ids=(group,), fields={"学年": grade}))

    ids = {
        "class_a": class_a, "class_b": class_b,
        "yamada": pupil("山田 太郎", "090-1111-0001", class_a),
        "sato": pupil("佐藤 次郎", "090-1111-0002", class_a),
        "kato": pupil("加藤 三郎", "090-1111-0003", class_a),  # opts out below
        "kato_sibling": pupil("加藤 四郎", "090-1111-0003", class_b),  # the opted-out number
        "yamada_sibling": pupil("山田 花", "090-1111-0001", class_b),  # the same phone as 山田 太郎
        "no_phone": pupil("木村 五郎", "", class_a),
        "gone": pupil("林 六郎", "090-1111-0006", class_a),  # deleted below
        "second_grade": pupil("中村 七海", "090-1111-0007", class_b, grade="2"),
    }
    contacts.set_opt_out([ids["kato"]], True, "STOP")
    contacts.delete_contacts([ids["gone"]])
    return ids


def sent_to(context: AppContext, segment_id: int) -> tuple[int, Counter[ExclusionReason]]:
    """How many messages a send to the saved segment would create, and why the others are left out."""
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    plan = ComposeService.from_context(context).prepare(
        [RecipientSource(SourceKind.SEGMENT, segment_id)], "お知らせです", as_template=False
    )
    return len(plan.messages), Counter(exclusion.reason for exclusion in plan.excluded)


@pytest.mark.parametrize(
    ("groups", "fields", "expected"),
    [
        # 1年A組 live: 山田, 佐藤, 加藤 (opted out), 木村 (no phone).
        (("class_a",), (), SegmentCount(recipients=2, opted_out=1, unusable=1)),
        # Both classes: 山田 花 shares 山田's number, 加藤 四郎 holds the opted-out number.
        (("class_a", "class_b"), (), SegmentCount(recipients=3, opted_out=2, unusable=2)),
        ((), (("学年", "2"),), SegmentCount(recipients=1, opted_out=0, unusable=0)),
        (("class_b",), (("学年", "1"),), SegmentCount(recipients=1, opted_out=1, unusable=0)),
        ((), (("学年", "3"),), SegmentCount(recipients=0, opted_out=0, unusable=0)),
    ],
)
def test_the_count_is_what_a_send_to_the_saved_segment_reaches(
    context: AppContext, segments: SegmentsService, school: dict[str, int],
    groups: tuple[str, ...], fields: tuple[tuple[str, str], ...], expected: SegmentCount,
) -> None:
    segment_filter = SegmentFilter(tuple(school[g] for g in groups), fields)
    counted = segments.count(segment_filter)

    messages, excluded = sent_to(context, segments.create("対象", segment_filter))

    assert counted == expected
    assert counted.recipients == messages
    assert counted.opted_out == excluded[ExclusionReason.OPTED_OUT]
    assert counted.unusable == excluded[ExclusionReason.INVALID_NUMBER] + excluded[ExclusionReason.DUPLICATE]


def test_the_count_holds_the_opt_out_of_a_contact_deleted_since(
    context: AppContext, segments: SegmentsService, school: dict[str, int]
) -> None:
    """A number whose holder asked to stop, then was deleted, stays opted out (outbox.audience)."""
    contacts = ContactsService(context.database.session_factory)
    stopped = contacts.create(ContactDraft("森 八郎", phones=("090-1111-0008",)))
    contacts.set_opt_out([stopped], True, "停止")
    contacts.delete_contacts([stopped])
    contacts.create(ContactDraft("森 (新)", phones=("090-1111-0008",), group_ids=(school["class_b"],)))
    segment_filter = SegmentFilter((school["class_b"],), ())
    counted = segments.count(segment_filter)

    messages, excluded = sent_to(context, segments.create("B組", segment_filter))

    assert (counted.recipients, counted.opted_out) == (messages, excluded[ExclusionReason.OPTED_OUT])
    assert counted.opted_out == 2  # 加藤 四郎's number, and 森's


def test_create_update_and_delete_are_listed_and_audited(
    context: AppContext, segments: SegmentsService, school: dict[str, int]
) -> None:
    first = SegmentFilter((school["class_a"],), (("学年", "1"),))
    segment_id = segments.create("  1年A組の1年生 ", first)
    listed = [(s.id, s.name, s.filter) for s in segments.list_segments()]
    assert listed == [(segment_id, "1年A組の1年生", first)]

    second = SegmentFilter((school["class_b"],), ())
    segments.update(segment_id, "1年B組", second)
    assert segments.get(segment_id).name == "1年B組"
    assert segments.get(segment_id).filter == second
    assert sent_to(context, segment_id)[0] == 2  # sending follows the edit: 山田 花 and 中村

    segments.delete(segment_id)
    assert segments.list_segments() == []
    with pytest.raises(NotFound):
        segments.get(segment_id)
    audit = [(row.action, row.object_id) for row in context.users.audit_log()]
    assert [entry for entry in audit if entry[0].startswith("segment.")] == [
        ("segment.delete", segment_id), ("segment.update", segment_id), ("segment.create", segment_id),
    ]


@pytest.mark.parametrize(
    ("name", "groups", "fields", "refusal"),
    [
        ("   ", (), (), SegmentNameMissing),
        ("既存", (), (), SegmentNameTaken),
        ("新", (999,), (), SegmentGroupMissing),
        ("新", (), (("担任", "佐藤"),), SegmentFieldMissing),
        ("新", (), (("学年", " "),), SegmentValueMissing),
        ("新", (), (("学年", "1"), ("学年", "2")), SegmentFieldTwice),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    segments: SegmentsService, school: dict[str, int], name: str, groups: tuple[int, ...],
    fields: tuple[tuple[str, str], ...], refusal: type[Exception],
) -> None:
    existing, other = segments.create("既存", SegmentFilter()), segments.create("他", SegmentFilter())
    with pytest.raises(refusal):
        segments.create(name, SegmentFilter(groups, fields))
    with pytest.raises(refusal):
        segments.update(other, name, SegmentFilter(groups, fields))
    assert [s.name for s in segments.list_segments()] == ["他", "既存"]
    assert segments.get(existing).filter == SegmentFilter()
    assert segments.get(other).filter == SegmentFilter()


def test_renaming_to_its_own_name_is_not_a_duplicate(
    segments: SegmentsService, school: dict[str, int]
) -> None:
    segment_id = segments.create("1年A組", SegmentFilter((school["class_a"],)))
    segments.update(segment_id, "1年A組", SegmentFilter((school["class_a"],), (("学年", "1"),)))
    assert segments.get(segment_id).filter.fields == (("学年", "1"),)


def test_a_segment_a_schedule_sends_to_cannot_be_deleted(
    context: AppContext, segments: SegmentsService, school: dict[str, int]
) -> None:
    segment_id = segments.create("1年A組", SegmentFilter((school["class_a"],)))
    with context.database.session_factory.begin() as session:
        session.add(Schedule(name="月謝のお知らせ", rule_json="{}", segment_id=segment_id))
    with pytest.raises(SegmentInUse, match="月謝のお知らせ"):
        segments.delete(segment_id)
    assert segments.get(segment_id).name == "1年A組"


def test_choices_offer_groups_fields_and_live_values_capped(
    context: AppContext, segments: SegmentsService, school: dict[str, int]
) -> None:
    contacts = ContactsService(context.database.session_factory)
    for n in range(VALUES_PER_FIELD + 5):
        contacts.create(ContactDraft(f"生徒{n}", fields={"番号": f"{n:04d}"}))
    contacts.create(ContactDraft("退会", fields={"学年": "9"}))
    contacts.delete_contacts([contacts.search_ids("退会")[0]])

    choices = segments.choices()

    assert choices.groups == ((school["class_a"], "1年A組"), (school["class_b"], "1年B組"))
    values = dict(choices.field_values)
    assert list(values) == ["学年", "番号"]
    assert values["学年"] == ("1", "2")  # a deleted contact's value is not offered
    assert values["番号"] == tuple(f"{n:04d}" for n in range(VALUES_PER_FIELD))


def test_an_unreadable_stored_filter_opens_as_empty_and_can_be_rewritten(
    context: AppContext, segments: SegmentsService, school: dict[str, int]
) -> None:
    segment_id = segments.create("壊れた", SegmentFilter())
    with context.database.session_factory.begin() as session:
        row = session.get(Segment, segment_id)
        assert row is not None
        row.filter_json = "not json"
    assert segments.get(segment_id).filter == SegmentFilter()
    segments.update(segment_id, "直した", SegmentFilter((school["class_a"],)))
    assert segments.count(segments.get(segment_id).filter).recipients == 2

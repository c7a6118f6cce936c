"""Compose: recipients from every source, dedupe and exclusions with reasons, rendering, approval."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_sms.cli import main
from desk_sms.context import AppContext
from desk_sms.db.models import Contact, ImportBatch
from desk_sms.domain.templates import TemplateSyntaxError
from desk_sms.outbox.rules import UrgentNotAllowed
from desk_sms.services.compose import AWAITING_APPROVAL, ComposeService, ExclusionReason
from desk_sms.services.compose_recipients import RecipientSource, SegmentFilter, SourceKind
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.estimates import EstimateKind
from desk_sms.services.groups import GroupsService
from desk_sms.services.templates import TemplateInvalid, TemplatesService
from desk_sms.services.users import NotAllowed


def build_compose(context: AppContext) -> ComposeService:
    return ComposeService(
        context.database.session_factory, context.events, context.clock, context.settings,
        context.outbox, context.modems, context.users,
    )


@pytest.fixture
def compose(context: AppContext) -> ComposeService:
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    return build_compose(context)


@pytest.fixture
def school(context: AppContext) -> dict[str, int]:
    """A class of three pupils (one without 保護者名, one opted out) and a teacher outside it."""
    groups = GroupsService(context.database.session_factory)
    contacts = ContactsService(context.database.session_factory)
    class_a = groups.create_group("1年A組")
    ids = {
        "yamada": contacts.create(ContactDraft("山田 太郎", phones=("090-1111-0001",), group_ids=(class_a,),
                                               fields={"保護者名": "山田 花子", "学年": "1"})),
        "sato": contacts.create(ContactDraft("佐藤 次郎", phones=("090-1111-0002",), group_ids=(class_a,),
                                             fields={"学年": "1"})),
        "kato": contacts.create(ContactDraft("加藤 三郎", phones=("090-1111-0003",), group_ids=(class_a,),
                                             fields={"保護者名": "加藤 恵", "学年": "2"})),
        "teacher": contacts.create(ContactDraft("鈴木 先生", phones=("080-2222-0001",))),
    }
    contacts.set_opt_out([ids["kato"]], True, "STOP")
    return {"class_a": class_a, **ids}


def group(name: str = "1年A組") -> RecipientSource:
    return RecipientSource(SourceKind.GROUP, name)


def test_a_group_is_rendered_per_recipient_with_exclusions_and_missing_values(
    compose: ComposeService, school: dict[str, int]
) -> None:
    plan = compose.prepare([group()], "{保護者名}様 {name}さんの面談は{date}です。")
    assert [m.text for m in plan.messages] == ["山田 花子様 山田 太郎さんの面談は1月5日です。"]
    assert [(e.name, e.reason) for e in plan.excluded] == [
        ("佐藤 次郎", ExclusionReason.MISSING_FIELD), ("加藤 三郎", ExclusionReason.OPTED_OUT),
    ]
    assert [(m.name, m.fields) for m in plan.missing] == [("佐藤 次郎", ("保護者名",))]


def test_a_fallback_text_replaces_a_missing_value(compose: ComposeService, school: dict[str, int]) -> None:
    plan = compose.prepare([group()], "{保護者名}様", fallbacks={"保護者名": "保護者"})
    assert sorted(m.text for m in plan.messages) == ["保護者様", "山田 花子様"]


def test_pasted_numbers_are_deduplicated_and_invalid_ones_listed(
    compose: ComposeService, school: dict[str, int]
) -> None:
    pasted = "090-1111-0001\n０９０－１１１１－０００１, 12345、08022220001"
    plan = compose.prepare([RecipientSource(SourceKind.NUMBERS, pasted), group()], "{name}さんへ")
    assert [(m.number, m.text) for m in plan.messages] == [
        ("+819011110001", "山田 太郎さんへ"),
        ("+818022220001", "鈴木 先生さんへ"),
        ("+819011110002", "佐藤 次郎さんへ"),
    ]
    reasons = [(e.number, e.reason) for e in plan.excluded]
    assert ("０９０－１１１１－０００１", ExclusionReason.DUPLICATE) in reasons
    assert ("12345", ExclusionReason.INVALID_NUMBER) in reasons
    assert ("+819011110001", ExclusionReason.DUPLICATE) in reasons  # the group repeats yamada


def test_a_contact_chosen_then_deleted_is_left_out_with_its_reason(
    compose: ComposeService, school: dict[str, int], context: AppContext
) -> None:
    """Chosen by name, then deleted (at another desk, say): listed as deleted, never sent to; a group
    simply no longer counts its deleted members."""
    ContactsService(context.database.session_factory).delete_contacts([school["teacher"], school["sato"]])
    plan = compose.prepare([RecipientSource(SourceKind.CONTACT, school["teacher"]), group()], "{name}さん")
    assert [(e.name, e.reason) for e in plan.excluded] == [
        ("鈴木 先生", ExclusionReason.DELETED_CONTACT), ("加藤 三郎", ExclusionReason.OPTED_OUT),
    ]
    assert [m.name for m in plan.messages] == ["山田 太郎"]


def test_a_segment_filters_on_groups_and_custom_fields(
    compose: ComposeService, school: dict[str, int], context: AppContext
) -> None:
    segment_id = compose.save_segment("1年生", SegmentFilter((school["class_a"],), (("学年", "1"),)))
    assert compose.source_choices().segments == ((segment_id, "1年生"),)
    assert compose.source_choices().groups == ((school["class_a"], "1年A組"),)
    names = [c.name for c in compose.candidates([RecipientSource(SourceKind.SEGMENT, "1年生")])]
    assert names == ["山田 太郎", "佐藤 次郎"]


def test_one_contact_and_the_summary_counts_parts_and_estimates_time(
    compose: ComposeService, school: dict[str, int]
) -> None:
    plan = compose.prepare([RecipientSource(SourceKind.CONTACT, school["yamada"])], "お知らせ" * 20)
    assert plan.total_parts == 2 and plan.messages[0].parts == 2
    assert plan.estimate.kind is EstimateKind.NO_MODEM  # no modem is ready in this test


def test_a_hostile_template_is_refused_before_any_rendering(
    compose: ComposeService, school: dict[str, int]
) -> None:
    with pytest.raises(TemplateSyntaxError):
        compose.prepare([group()], "{name.__class__}")


def test_a_campaign_is_created_and_an_operator_needs_approval(
    compose: ComposeService, school: dict[str, int], context: AppContext
) -> None:
    context.settings.set("approval_required", True)
    context.users.create_user("boss", "administrator", "pw")
    context.users.create_user("clerk", "operator")
    context.users.sign_in("clerk")
    plan = compose.prepare([group()], "{name}さん、明日は休校です。",
                           not_before=datetime(2026, 1, 6, 1, 0, tzinfo=UTC))
    campaign_id = compose.send(plan, "休校連絡")
    assert compose.campaign(campaign_id).status == AWAITING_APPROVAL
    assert context.outbox.counts_by_status(campaign_id) == {"queued": 2}
    with pytest.raises(NotAllowed):
        compose.approve(campaign_id)
    context.users.sign_in("boss", "pw")
    compose.approve(campaign_id)
    info = compose.campaign(campaign_id)
    assert (info.status, info.created_by, info.approved_by) == ("running", "clerk", "boss")
    assert info.approved_at == context.clock.now()
    actions = [(row.user_name, row.action) for row in context.users.audit_log()]
    assert ("clerk", "campaign.create") in actions and ("boss", "campaign.approve") in actions


def test_an_operators_urgent_campaign_is_refused_by_the_core_and_nothing_is_written(
    compose: ComposeService, school: dict[str, int], context: AppContext
) -> None:
    """The window hides the choice from an operator; the rule itself is desk-sms's (outbox.rules)."""
    context.users.create_user("boss", "administrator", "pw")
    context.users.create_user("clerk", "operator")
    context.users.sign_in("clerk")
    assert not compose.may_send_urgent()
    plan = compose.prepare([group()], "{name}さん、本日は休校です。")
    with pytest.raises(UrgentNotAllowed):
        compose.send(plan, "休校連絡", urgent=True)
    assert context.outbox.list() == []
    compose.send(plan, "休校連絡")  # the same campaign, not urgent, goes
    assert {row.urgent for row in context.outbox.list()} == {False}


def test_an_administrator_sends_without_approval(
    compose: ComposeService, school: dict[str, int], context: AppContext
) -> None:
    context.settings.set("approval_required", True)
    context.users.choose_first_password(None)
    campaign_id = compose.send(compose.prepare([group()], "{name}さん"), "連絡")
    assert compose.campaign(campaign_id).status == "running"


def test_templates_are_saved_only_with_known_placeholders(
    context: AppContext, school: dict[str, int]
) -> None:
    templates = TemplatesService(context.database.session_factory)
    saved = templates.save("面談", "学校", "{保護者名}様 {日付}に面談です")
    assert templates.find_by_name("面談").id == saved
    with pytest.raises(TemplateInvalid):
        templates.save("誤り", "学校", "{担任}先生より")
    assert [t.name for t in templates.list_templates()] == ["面談"]


def test_cli_send_with_a_template_renders_per_recipient(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    TemplatesService(context.database.session_factory).save("面談", "学校", "{保護者名}様 {名前}さんの面談")
    code = main(["--data-dir", str(data_dir), "send", "--group", "1年A組", "--template", "面談"])
    out, err = capsys.readouterr()
    assert code == 0 and "1 queued, 2 left out" in out
    assert "佐藤 次郎: missing_field 保護者名" in err
    assert [row.text for row in context.outbox.list()] == ["山田 花子様 山田 太郎さんの面談"]
    assert main(["--data-dir", str(data_dir), "send", "--to", "090-1", "--template", "nope"]) == 1


def test_the_contacts_of_an_import_are_recipients(compose: ComposeService, context: AppContext) -> None:
    contacts = ContactsService(context.database.session_factory)
    imported = [contacts.create(ContactDraft(f"生徒{n}", phones=(f"090-4444-000{n}",))) for n in range(3)]
    with context.database.session() as session:
        batch = ImportBatch(file_name="名簿.xlsx", imported=2)
        session.add(batch)
        session.flush()
        for contact_id in imported[:2]:
            session.get_one(Contact, contact_id).import_batch_id = batch.id
        batch_id = batch.id
    (choice,) = compose.source_choices().imports
    assert choice[0] == batch_id and choice[1].startswith("名簿.xlsx")
    plan = compose.prepare([RecipientSource(SourceKind.IMPORT, batch_id)], "{name}さん")
    assert [m.text for m in plan.messages] == ["生徒0さん", "生徒1さん"]

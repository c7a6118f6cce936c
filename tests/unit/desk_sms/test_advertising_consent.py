"""Advertising needs consent (特定電子メール法): the rule holds at every door, notices are untouched."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.cli import main
from desk_sms.context import AppContext
from desk_sms.db.models import Campaign, OutboundMessage
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import CampaignSpec, Door, Purpose
from desk_sms.outbox.rules import (
    AdvertisingWithoutSender,
    AdvertisingWithoutStop,
    NoSenderName,
    advertising_problem,
)
from desk_sms.services.compose import ComposeService, ExclusionReason
from desk_sms.services.compose_recipients import RecipientSource, SourceKind
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService

AD = "さくら塾です。冬期講習のご案内です。配信停止は「停止」と返信してください。"
CONSENTED = datetime(2026, 4, 1, tzinfo=UTC)


@pytest.fixture
def parents(context: AppContext) -> dict[str, int]:
    """中3: 山田 agreed to advertising at enrolment, 佐藤 did not, 鈴木 agreed but was deleted since."""
    groups = GroupsService(context.database.session_factory)
    contacts = ContactsService(context.database.session_factory)
    grade = groups.create_group("中3")
    ids = {
        "yamada": contacts.create(ContactDraft("山田", phones=("090-1234-0001",), group_ids=(grade,),
                                               consent_at=CONSENTED, consent_source="入塾申込書")),
        "sato": contacts.create(ContactDraft("佐藤", phones=("090-1234-0002",), group_ids=(grade,))),
        "suzuki": contacts.create(ContactDraft("鈴木", phones=("090-1234-0003",), group_ids=(grade,),
                                               consent_at=CONSENTED, consent_source="口頭")),
    }
    contacts.delete_contacts([ids["suzuki"]])
    context.settings.set("sender_name", "さくら塾")
    return ids


def queued_numbers(context: AppContext) -> list[str]:
    with context.database.session_factory() as session:
        queued = select(OutboundMessage.to_number).where(OutboundMessage.status == "queued")
        return sorted(session.scalars(queued))


def test_an_advertising_text_must_name_the_sender_and_say_how_to_stop() -> None:
    keywords = ["停止", "STOP"]
    assert isinstance(advertising_problem(AD, "", keywords), NoSenderName)
    assert isinstance(advertising_problem("冬期講習のご案内。停止と返信で配信停止", "さくら塾", keywords),
                      AdvertisingWithoutSender)
    assert isinstance(advertising_problem("さくら塾 冬期講習のご案内", "さくら塾", keywords),
                      AdvertisingWithoutStop)
    assert advertising_problem(AD, "さくら塾", keywords) is None
    # Width and case are folded as replies are: ＳＡＫＵＲＡ names Sakura, ｓｔｏｐ is STOP.
    assert advertising_problem("ＳＡＫＵＲＡ juku: winter course. Reply ｓｔｏｐ to stop.", "Sakura juku",
                               keywords) is None


def test_compose_leaves_out_who_has_not_consented_and_says_why(
    context: AppContext, parents: dict[str, int]
) -> None:
    context.users.sign_in_default()
    compose = ComposeService.from_context(context)
    source = RecipientSource(SourceKind.GROUP, "中3")
    notice = compose.prepare([source], "明日は休講です。", purpose=Purpose.NOTICE)
    assert sorted(m.name for m in notice.messages) == ["佐藤", "山田"] and notice.excluded == ()
    advert = compose.prepare([source], AD, purpose=Purpose.ADVERTISING)
    assert [m.name for m in advert.messages] == ["山田"]
    assert [(e.name, e.reason) for e in advert.excluded] == [("佐藤", ExclusionReason.NO_CONSENT)]
    assert advert.advertising_problem is None
    lacking = compose.prepare([source], "冬期講習のご案内です。", purpose=Purpose.ADVERTISING)
    assert isinstance(lacking.advertising_problem, AdvertisingWithoutSender)
    campaign_id = compose.send(advert, "冬期講習")
    assert queued_numbers(context) == ["+819012340001"]
    with context.database.session_factory() as session:
        assert session.get(Campaign, campaign_id).purpose == "advertising"  # type: ignore[union-attr]


def test_the_pipeline_itself_skips_a_number_without_consent(
    context: AppContext, parents: dict[str, int]
) -> None:
    """A door that forgot to ask (a future API, a script) still cannot advertise to 佐藤 or a stranger."""
    specs = [MessageSpec("090-1234-0001", AD), MessageSpec("090-1234-0002", AD),
             MessageSpec("090-1234-0003", AD), MessageSpec("090-9999-0000", AD)]
    campaign = CampaignSpec("冬期講習", Door.COMMAND_LINE, purpose=Purpose.ADVERTISING)
    campaign_id = context.outbox.pipeline.campaign(campaign, specs)
    with context.database.session_factory() as session:
        rows = session.execute(
            select(OutboundMessage.to_number, OutboundMessage.status, OutboundMessage.error_code)
            .where(OutboundMessage.campaign_id == campaign_id).order_by(OutboundMessage.to_number)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("+819012340001", "queued", None),
        ("+819012340002", "skipped", "no_consent"),
        ("+819012340003", "skipped", "no_consent"),  # the consent went with the deleted contact
        ("+819099990000", "skipped", "no_consent"),
    ]


def test_an_advertising_text_without_the_stop_line_is_refused_and_nothing_is_written(
    context: AppContext, parents: dict[str, int]
) -> None:
    campaign = CampaignSpec("冬期講習", Door.COMMAND_LINE, purpose=Purpose.ADVERTISING)
    with pytest.raises(AdvertisingWithoutStop):
        context.outbox.pipeline.campaign(campaign, [MessageSpec("090-1234-0001", "さくら塾 冬期講習")])
    with context.database.session_factory() as session:
        assert session.scalars(select(Campaign)).all() == []
        assert session.scalars(select(OutboundMessage)).all() == []


def test_the_command_line_advertises_only_to_consenting_contacts(
    context: AppContext, parents: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "send", "--group", "中3", "--advertising", "--text", AD]) == 0
    out, err = capsys.readouterr()
    assert "1 queued, 1 left out" in out and "佐藤: no_consent" in err
    assert queued_numbers(context) == ["+819012340001"]
    assert main(["--data-dir", str(data_dir), "send", "--to", "090-1234-0001", "--advertising",
                 "--text", "冬期講習のご案内。停止と返信で配信停止"]) == 1
    assert capsys.readouterr().err.strip().endswith("must name its sender: add さくら塾 to the text")
    assert queued_numbers(context) == ["+819012340001"]


def test_the_sender_name_is_a_setting_of_at_most_forty_characters(context: AppContext) -> None:
    from desk_sms.services.settings import InvalidSetting

    with pytest.raises(InvalidSetting):
        context.settings.set("sender_name", "あ" * 41)
    context.settings.set("sender_name", "  さくら塾  ")
    assert context.settings.get("sender_name") == "さくら塾"

"""Inbox page, conversation view and the SMS counter, driven through pytest-qt."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from modem.sms_text import Encoding
from ui.widgets.sms_counter import SmsCounter


def test_counter_counts_gsm7_and_ucs2_parts(qtbot) -> None:  # type: ignore[no-untyped-def]
    counter = SmsCounter()
    qtbot.addWidget(counter)
    assert counter.part_count() == 0
    counter.set_text("a" * 160)
    assert (counter.encoding(), counter.part_count(), counter.character_count()) == (Encoding.GSM7, 1, 160)
    with qtbot.waitSignal(counter.changed, timeout=20_000) as blocker:
        counter.set_text("a" * 161)
    assert blocker.args == [2]
    counter.set_text("あ" * 71)
    assert (counter.encoding(), counter.part_count()) == (Encoding.UCS2, 2)
    assert "71" in counter.summary() and "UCS-2" in counter.summary()


def test_counter_flags_text_over_ten_parts(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    counter = SmsCounter(parent)
    counter.set_text("あ" * 670)
    assert not counter.is_too_long()
    counter.set_text("あ" * 671)
    assert counter.is_too_long() and counter.part_count() == 11

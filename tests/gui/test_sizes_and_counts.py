"""Sizes, counts and times in the user's language: one formatter each for the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from desk_sms.errors import DiskFull
from desk_sms.services.backups import NoRoomForBackup
from ui.counts import Counts
from ui.errors import user_error_text
from ui.i18n import Translations
from ui.models.outbox_model import describe_error


@pytest.fixture
def japanese(app: QApplication) -> Iterator[None]:
    translations = Translations(app)
    translations.apply("ja")
    yield
    translations.uninstall()


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, "0 bytes"), (1, "1 byte"), (1023, "1,023 bytes"), (12_288, "12 KB"), (17_000_000, "16.2 MB"),
     (5 * 1024**3, "5 GB")],
)
def test_sizes_in_english(app: QApplication, count: int, shown: str) -> None:
    assert Counts().size(count) == shown


@pytest.mark.parametrize(
    ("count", "shown"), [(0, "0 バイト"), (1, "1 バイト"), (12_288, "12 KB"), (17_000_000, "16.2 MB")]
)
def test_sizes_in_japanese(japanese: None, count: int, shown: str) -> None:
    assert Counts().size(count) == shown


def test_a_full_disk_error_says_its_sizes_in_japanese(japanese: None) -> None:
    text = user_error_text(DiskFull(folder="D:\\desk-sms", free_bytes=0, needed_bytes=16 << 20))
    assert "(空き 0 バイト)" in text and "16 MB 以上" in text


def test_no_room_for_a_backup_says_its_sizes_in_each_language(app: QApplication, japanese: None) -> None:
    no_room = NoRoomForBackup(folder="backups", free_bytes=1, needed_bytes=300_000)
    assert "1 バイト" in user_error_text(no_room) and "293 KB" in user_error_text(no_room)
    assert "has 1 byte free and a backup needs about 293 KB" in no_room.message  # the command line's


def test_an_unknown_free_space_is_a_question_mark(app: QApplication) -> None:
    assert "(? free)" in user_error_text(DiskFull(folder="x", free_bytes=None, needed_bytes=1))


def test_an_expired_message_says_when_its_window_ended_in_local_time(
    japanese: None, tokyo_time: None
) -> None:
    stored = "not sent: its send-late window ended at 2026-01-05T09:00:00+00:00"
    said = describe_error("expired", stored, "expired", datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    assert "2026-01-05 18:00" in said and "送信できる期限" in said and "T09:00" not in said

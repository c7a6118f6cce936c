"""Counts and byte sizes as the user's language says them; sentences with a count for code
that has no widget of its own to translate them.

Qt picks a plural form only for texts pyside6-lupdate marks as numerus, and it marks only
``self.tr(text, "", n)`` calls: module-level code says its counts through `Counts` instead of
``QCoreApplication.translate``. English plural forms live in desk_sms_en.ts, Japanese in
desk_sms_ja.ts (scripts/update_translations.sh).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from desk_sms.wording import size_in_units


class Counts(QObject):
    """Each method: one translated phrase whose wording follows the count."""

    def minutes(self, count: int) -> str:
        return self.tr("%Ln minute(s)", "", count)

    def sms_parts(self, count: int) -> str:
        return self.tr("%Ln part(s)", "", count)

    def need_attention(self, count: int) -> str:
        return self.tr("%Ln need(s) attention", "", count)

    def tries_left(self, count: int) -> str:
        return self.tr("%Ln tries left.", "", count)

    def modems_ready(self, ready: int, total: int) -> str:
        return self.tr("{ready} of %Ln modem(s) ready", "", total).format(ready=f"{ready:,}")

    def waiting_for_daily_limits(self, count: int) -> str:
        return self.tr("(%Ln wait(s) for tomorrow's daily limits)", "", count)

    def size(self, count: int) -> str:
        """A byte count in the user's language, in the unit the core chooses: 0 バイト, 12.5 MB."""
        value, unit, decimals = size_in_units(count)
        if not unit:
            return self.tr("%Ln byte(s)", "", count)
        return self.tr("{size} {unit}").format(size=QLocale().toString(value, "f", decimals), unit=unit)

"""The translation files: placeholders survive translation, and the compiled .qm files are shipped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desk_sms.paths import resource

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _messages(language: str) -> list[tuple[str, str, str | None]]:
    tree = ET.parse(resource(f"translations/desk_sms_{language}.ts"))
    found = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            found.append((context.findtext("name") or "", message.findtext("source") or "", text))
    return found


def test_japanese_translations_use_exactly_the_placeholders_of_their_source() -> None:
    broken = [
        (context, source, text)
        for context, source, text in _messages("ja")
        if text and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))
    ]
    assert broken == []


def test_the_sidebar_titles_are_translated() -> None:
    from ui.main_window import PAGES

    translated = {source: text for context, source, text in _messages("ja") if context == "Pages" and text}
    assert all(spec.title in translated for spec in PAGES)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_compiled_translations_are_shipped(language: str) -> None:
    assert resource(f"translations/desk_sms_{language}.qm").is_file()

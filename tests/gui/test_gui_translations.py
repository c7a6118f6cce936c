"""The translation files: placeholders survive translation, and the compiled .qm files are shipped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desk_sms.paths import resource

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _messages(language: str) -> list[tuple[str, str, str | None]]:
    """(context, source, translation) of each text; a text with a count gives one per plural form."""
    found = []
    for context, source, forms in _translations(language):
        found.extend((context, source, form) for form in forms)
    return found


def _translations(language: str) -> list[tuple[str, str, list[str | None]]]:
    tree = ET.parse(resource(f"translations/desk_sms_{language}.ts"))
    found = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                forms: list[str | None] = [form.text for form in translation.iter("numerusform")]
            else:
                forms = [translation.text if translation is not None else None]
            found.append((context.findtext("name") or "", message.findtext("source") or "", forms))
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


COUNT = re.compile(r"%L?n")
COUNTED_NOUN = re.compile(
    r"\{(count|total|rows|days|minutes|done|imported|new|parts|received)(:[^}]*)?\} [a-z]+s\b")


@pytest.mark.parametrize(("language", "forms"), [("ja", 1), ("en", 2)])
def test_every_text_with_a_count_has_its_plural_forms(language: str, forms: int) -> None:
    """Japanese has one form, English two; each form keeps the count and the placeholders."""
    counted = [(source, texts) for _, source, texts in _translations(language) if COUNT.search(source)]
    assert counted, "no text with a count found"
    broken = [
        (source, texts) for source, texts in counted
        if len(texts) != forms or not all(
            text and COUNT.search(text) and _same_placeholders(text, source) for text in texts)
    ]
    assert broken == []


def test_a_count_is_never_written_as_a_plural_noun_without_its_plural_forms() -> None:
    """ "{count} contacts" says "1 contacts"; a text with a count is a tr(text, "", n) numerus text."""
    tree = ET.parse(resource("translations/desk_sms_en.ts"))
    plain = [message.findtext("source") or "" for message in tree.iter("message")
             if message.get("numerus") != "yes"]
    assert [source for source in plain if COUNT.search(source) or "(s)" in source] == []
    assert [source for source in plain if COUNTED_NOUN.search(source)] == []


def _same_placeholders(text: str, source: str) -> bool:
    return sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))

"""Template rendering: plain substitution only; hostile templates are rejected, never evaluated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_sms.domain.templates import (
    MissingValues,
    Placeholder,
    TemplateSyntaxError,
    find_problems,
    missing_fields,
    parse_template,
    render,
    render_text,
)

VALUES = {"name": "山田 太郎", "保護者名": "山田 花子", "date": "3月2日"}


def test_placeholders_from_contact_and_custom_fields_are_substituted() -> None:
    text = "{保護者名}様 {name}さんの面談は{date}です。"
    assert render_text(text, VALUES) == "山田 花子様 山田 太郎さんの面談は3月2日です。"


def test_doubled_braces_are_literal_braces() -> None:
    assert render_text("{{name}} is {name} }}", VALUES) == "{name} is 山田 太郎 }"


def test_placeholders_are_listed_once_in_order() -> None:
    parsed = parse_template("{date} {name} {date} {_x1}")
    assert parsed.placeholders == ("date", "name", "_x1")
    assert parsed.segments[0] == Placeholder("date", 0)


@pytest.mark.parametrize(
    ("hostile", "position"),
    [
        ("{name.__class__}", 5),
        ("{name.__class__.__mro__}", 5),
        ("{0}", 1),
        ("{0[0]}", 2),
        ("{name!r}", 5),
        ("{name:>99999}", 5),
        ("{name[0]}", 5),
        ("{a{name}}", 2),
        ("{ name }", 1),
        ("{}", 0),
        ("Hello {name", 6),
        ("Hello name}", 10),
        ("{__import__('os').system('x')}", 11),
    ],
)
def test_hostile_templates_are_rejected_with_a_position(hostile: str, position: int) -> None:
    with pytest.raises(TemplateSyntaxError) as caught:
        render_text(hostile, VALUES)
    assert caught.value.params["position"] == position
    assert caught.value.code == "template.syntax"


def test_a_value_that_looks_like_a_template_is_not_rendered_again() -> None:
    assert render_text("{name}", {"name": "{date.__class__}"}) == "{date.__class__}"


def test_unknown_placeholders_are_problems_at_their_position() -> None:
    problems = find_problems("こんにちは{name}、{担任}先生より", {"name"})
    assert [(p.position, p.code, p.detail) for p in problems] == [(12, "unknown_field", "担任")]


def test_a_syntax_error_is_a_single_problem() -> None:
    problems = find_problems("{name} {oops", {"name"})
    assert [(p.position, p.code) for p in problems] == [(7, "syntax")]


def test_missing_values_are_reported_and_fallbacks_fill_them() -> None:
    parsed = parse_template("{保護者名}様 {name}")
    values = {"name": "佐藤", "保護者名": "  "}
    assert missing_fields(parsed, values) == ["保護者名"]
    with pytest.raises(MissingValues):
        render(parsed, values)
    assert render(parsed, values, {"保護者名": "保護者"}) == "保護者様 佐藤"


@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=50))
def test_text_without_braces_renders_unchanged(text: str) -> None:
    assert render_text(text, {}) == text


@given(st.text(max_size=40))
def test_any_text_either_parses_or_raises_a_syntax_error(text: str) -> None:
    try:
        parsed = parse_template(text)
    except TemplateSyntaxError as exc:
        assert 0 <= exc.params["position"] < len(text)
    else:
        rebuilt = "".join(
            f"{{{s.name}}}" if isinstance(s, Placeholder) else s.replace("{", "{{").replace("}", "}}")
            for s in parsed.segments
        )
        assert parse_template(rebuilt) == parsed

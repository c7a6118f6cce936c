"""Message templates: a strict placeholder grammar and plain field substitution.

Grammar (our own, deliberately small):
    template    := (literal | "{{" | "}}" | placeholder)*
    placeholder := "{" NAME "}"
    NAME        := a letter or "_", then letters, digits or "_" (Japanese letters count as letters)

`{{` and `}}` stand for literal braces. Anything else inside or around braces is an error with
its position. Rendering looks each NAME up in a plain mapping of strings: no attribute access,
no indexing, no conversion or format spec, no evaluation. `str.format` is never used, because
it would give a template author `{name.__class__}` and `{0[...]}`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from desk_sms.errors import UserError


class TemplateSyntaxError(UserError):
    """The template text breaks the grammar at `position` (0-based character index)."""

    code = "template.syntax"
    template = "template error at character {position}: {reason}"


class MissingValues(UserError):
    code = "template.missing_values"
    template = "no value for {fields}"


@dataclass(frozen=True)
class Placeholder:
    name: str
    position: int  # index of its opening brace in the template text


Segment = str | Placeholder


@dataclass(frozen=True)
class ParsedTemplate:
    """A template cut into literal text and placeholders, in order."""

    segments: tuple[Segment, ...]

    @property
    def placeholders(self) -> tuple[str, ...]:
        """Distinct placeholder names, in order of first use."""
        names = (s.name for s in self.segments if isinstance(s, Placeholder))
        return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class TemplateProblem:
    """Something to show while editing: a syntax error or an unknown placeholder."""

    position: int
    code: str  # "syntax" or "unknown_field"
    detail: str  # the reason (syntax) or the placeholder name (unknown_field)


def is_name_start(char: str) -> bool:
    return char == "_" or unicodedata.category(char).startswith("L")


def is_name_char(char: str) -> bool:
    return is_name_start(char) or unicodedata.category(char) == "Nd"


def parse_template(text: str) -> ParsedTemplate:
    """Cut `text` into literals and placeholders; raises TemplateSyntaxError on anything else."""
    segments: list[Segment] = []
    literal: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        pair = text[index : index + 2]
        if pair in ("{{", "}}"):
            literal.append(char)
            index += 2
        elif char == "}":
            raise TemplateSyntaxError(position=index, reason="a lone '}' (write '}}' for a brace)")
        elif char == "{":
            if literal:
                segments.append("".join(literal))
                literal = []
            placeholder, index = _read_placeholder(text, index)
            segments.append(placeholder)
        else:
            literal.append(char)
            index += 1
    if literal:
        segments.append("".join(literal))
    return ParsedTemplate(tuple(segments))


def _read_placeholder(text: str, start: int) -> tuple[Placeholder, int]:
    """Read `{NAME}` starting at the brace at `start`; return it and the index after it."""
    index = start + 1
    while index < len(text) and text[index] != "}":
        char = text[index]
        if not is_name_char(char):
            raise TemplateSyntaxError(
                position=index, reason=f"{char!r} is not allowed in a placeholder name"
            )
        index += 1
    if index >= len(text):
        raise TemplateSyntaxError(position=start, reason="'{' is never closed (write '{{' for a brace)")
    name = text[start + 1 : index]
    if not name:
        raise TemplateSyntaxError(position=start, reason="an empty placeholder '{}'")
    if not is_name_start(name[0]):
        raise TemplateSyntaxError(
            position=start + 1, reason="a placeholder name starts with a letter or '_'"
        )
    return Placeholder(name, start), index + 1


def find_problems(text: str, known_fields: set[str] | frozenset[str]) -> list[TemplateProblem]:
    """Every problem to show in the editor: the first syntax error, or each unknown placeholder."""
    try:
        parsed = parse_template(text)
    except TemplateSyntaxError as exc:
        return [TemplateProblem(exc.params["position"], "syntax", exc.params["reason"])]
    return [
        TemplateProblem(segment.position, "unknown_field", segment.name)
        for segment in parsed.segments
        if isinstance(segment, Placeholder) and segment.name not in known_fields
    ]


def missing_fields(parsed: ParsedTemplate, values: Mapping[str, str]) -> list[str]:
    """Placeholders whose value is absent or blank for this recipient."""
    return [name for name in parsed.placeholders if not values.get(name, "").strip()]


def render(
    parsed: ParsedTemplate, values: Mapping[str, str], fallbacks: Mapping[str, str] | None = None
) -> str:
    """Substitute each placeholder by its value, else its fallback; raises MissingValues otherwise."""
    fallbacks = fallbacks or {}
    missing = [name for name in missing_fields(parsed, values) if name not in fallbacks]
    if missing:
        raise MissingValues(fields=", ".join(missing))
    pieces: list[str] = []
    for segment in parsed.segments:
        if isinstance(segment, Placeholder):
            value = values.get(segment.name, "")
            pieces.append(value if value.strip() else fallbacks[segment.name])
        else:
            pieces.append(segment)
    return "".join(pieces)


def render_text(text: str, values: Mapping[str, str], fallbacks: Mapping[str, str] | None = None) -> str:
    """Parse and render in one step."""
    return render(parse_template(text), values, fallbacks)

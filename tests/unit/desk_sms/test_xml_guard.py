"""TokenGuard: every oversized XML item is found, however the bytes are cut into reads."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desk_sms.importing.xml_guard import TokenGuard, TokenTooLarge

LIMIT = 64


def feed_in_pieces(data: bytes, cuts: list[int], limit: int = LIMIT) -> None:
    guard = TokenGuard(limit)
    start = 0
    for cut in sorted(cuts):
        guard.feed(data[start:cut])
        start = cut
    guard.feed(data[start:])


def refused(data: bytes, cuts: list[int]) -> bool:
    try:
        feed_in_pieces(data, cuts)
    except TokenTooLarge:
        return True
    return False


OVERSIZED = {
    "text": b"<t>" + b"x" * 100 + b"</t>",
    "comment": b"<r><!--" + b"x" * 100 + b"--></r>",
    "comment holding markup": b"<r><!--" + b"<a>" * 40 + b"--></r>",
    "CDATA holding markup": b"<r><![CDATA[" + b"<b>" * 40 + b"]]></r>",
    "processing instruction": b"<?pi " + b"<>" * 50 + b"?><r/>",
    "attribute holding >": b'<r a="' + b">" * 100 + b'"/>',
    "unclosed comment": b"<r><!--" + b"<a>" * 40,
    "many comments, each small": b"<r>" + b"<!-- twenty bytes -->" * 5 + b"</r>",
}
FINE = {
    "many small items": b"<r>" + b"<c><v>1</v></c>" * 100 + b"</r>",
    "a few small comments": b"<r>" + b"<!-- note -->" * 3 + b"<t/>" * 50 + b"</r>",
    "declaration": b'<?xml version="1.0"?><r>' + b"<a/>" * 50 + b"</r>",
    "item just at the limit": b"<t>" + b"x" * (LIMIT - 3) + b"</t>",
}


@pytest.mark.parametrize("name", OVERSIZED)
@settings(max_examples=50, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6))
@example(cuts=[12])  # found by a random run: a read's tail held the closer of the comment before
def test_an_oversized_item_is_refused_wherever_the_reads_cut(name: str, cuts: list[int]) -> None:
    assert refused(OVERSIZED[name], cuts)


@pytest.mark.parametrize("name", FINE)
@settings(max_examples=50, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=1_600), max_size=6))
def test_small_items_pass_wherever_the_reads_cut(name: str, cuts: list[int]) -> None:
    assert not refused(FINE[name], cuts)


def test_one_byte_reads_of_a_long_document() -> None:
    guard = TokenGuard(LIMIT)
    for byte in b"<r>" + b"<!-- a -->" * 3 + b"<t>abc</t>" * 30 + b"</r>":
        guard.feed(bytes([byte]))
    with pytest.raises(TokenTooLarge):
        for byte in b"<!--" + b"<" * 70:
            guard.feed(bytes([byte]))

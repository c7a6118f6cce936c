"""Counts in the core's English sentences take the noun's right form."""

from __future__ import annotations

import pytest

from desk_sms.wording import counted


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 rows"), (1, "1 row"), (2, "2 rows"), (1_200, "1,200 rows")],
)
def test_a_count_takes_the_singular_only_for_one(count: int, expected: str) -> None:
    assert counted(count, "row") == expected


def test_an_irregular_plural_is_given() -> None:
    assert (counted(1, "entry", "entries"), counted(3, "entry", "entries")) == ("1 entry", "3 entries")

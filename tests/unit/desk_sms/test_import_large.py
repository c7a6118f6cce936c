"""Big rosters stream in bounded memory, and the row limit stops runaway files."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import psutil
import pytest

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.readers import DEFAULT_MAX_ROWS, open_rows


def _write_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("氏名,電話番号,クラス\n")
        stream.writelines(f"生徒{i},090{i:08d},{i % 40}組\n" for i in range(rows))
    return path


def _count_rows(path: Path, max_rows: int | None = None) -> int:
    with open_rows(path, max_rows=max_rows) as source:
        return sum(1 for _ in source)


def _traced_peak(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = _count_rows(path)
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def million_row_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_csv(tmp_path_factory.mktemp("big") / "million.csv", 1_000_000)


def test_peak_memory_does_not_grow_with_rows(tmp_path: Path) -> None:
    small_count, small_peak = _traced_peak(_write_csv(tmp_path / "small.csv", 40_000))
    big_path = _write_csv(tmp_path / "big.csv", 120_000)
    big_count, big_peak = _traced_peak(big_path)
    assert (small_count, big_count) == (40_001, 120_001)
    # Both files exceed the 1 MB encoding sample; holding 120k rows would take tens
    # of MB, streaming stays at the buffer sizes.
    assert big_peak < small_peak + 256 * 1024
    assert big_peak < big_path.stat().st_size


def test_a_million_rows_stream_in_bounded_memory(million_row_csv: Path) -> None:
    with open_rows(million_row_csv, max_rows=None) as source:
        assert source.total is not None
        assert 950_000 < source.total < 1_050_000  # estimated from the first megabyte
    process = psutil.Process()
    before = process.memory_info().rss
    assert _count_rows(million_row_csv) == 1_000_001
    grown = process.memory_info().rss - before
    # A list of a million rows of strings would be several hundred MB.
    assert grown < 40 * 1024 * 1024


def test_default_row_limit_stops_a_million_row_file(million_row_csv: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        _count_rows(million_row_csv, max_rows=DEFAULT_MAX_ROWS)
    assert caught.value.code == ImportFileCode.TOO_MANY_ROWS
    assert caught.value.params == {"file": "million.csv", "limit": DEFAULT_MAX_ROWS}

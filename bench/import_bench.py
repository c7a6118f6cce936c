"""How fast is a roster import, and how much memory does it take?

Generates a roster of N pupils (CSV in CP932 as Japanese Excel writes it, or
xlsx), imports it into a fresh SQLite database and prints one JSON line:
seconds for preview and commit, rows per second, peak RSS growth.

    .venv/bin/python bench/import_bench.py --rows 100000 --format csv
    .venv/bin/python bench/import_bench.py --rows 20000 --format xlsx --db postgresql://...
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

import psutil
from openpyxl import Workbook

from desk_sms.db import migrate
from desk_sms.db.session import connect
from desk_sms.importing.roster_import import RosterImporter

HEADERS = ["氏名", "フリガナ", "携帯電話", "クラス", "備考", "同意日"]


def roster_row(index: int) -> list[object]:
    return [
        f"生徒 {index}",
        f"セイト {index}",
        f"090-{index // 10000 % 10000 + 1000:04d}-{index % 10000:04d}",
        f"{index % 6 + 1}年{'ABCD'[index % 4]}組",
        "兄弟あり" if index % 7 == 0 else "",
        "2024/04/01",
    ]


def write_roster(path: Path, rows: int) -> None:
    if path.suffix == ".csv":
        with path.open("w", encoding="cp932", newline="") as stream:
            stream.write(",".join(HEADERS) + "\r\n")
            for index in range(rows):
                stream.write(",".join(str(cell) for cell in roster_row(index)) + "\r\n")
        return
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("名簿")
    sheet.append(HEADERS)
    for index in range(rows):
        sheet.append(roster_row(index))
    workbook.save(path)


class PeakRss:
    """Samples this process's RSS on a thread; the bench only, tests never poll."""

    def __init__(self) -> None:
        self._process = psutil.Process()
        self._start = self._process.memory_info().rss
        self.peak = self._start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self._process.memory_info().rss)

    @property
    def growth_mb(self) -> float:
        return round((self.peak - self._start) / 2**20, 1)


def run(rows: int, file_format: str, db_url: str | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        roster = tmp / f"roster.{file_format}"
        write_roster(roster, rows)
        file_mb = round(roster.stat().st_size / 2**20, 2)
        database = connect(db_url or f"sqlite:///{tmp / 'bench.sqlite3'}")
        migrate.upgrade(database, None)
        importer = RosterImporter(database.session_factory)
        with PeakRss() as memory:
            started = time.perf_counter()
            preview = importer.preview(roster)
            previewed = time.perf_counter()
            result = importer.commit(roster)
            committed = time.perf_counter()
        database.dispose()
    commit_seconds = committed - previewed
    return {
        "rows": rows,
        "format": file_format,
        "file_mb": file_mb,
        "new_in_preview": preview.rows_read,
        "imported": result.imported,
        "preview_s": round(previewed - started, 2),
        "commit_s": round(commit_seconds, 2),
        "commit_rows_per_s": round(result.imported / commit_seconds) if commit_seconds else None,
        "peak_rss_growth_mb": memory.growth_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    arguments = parser.parse_args()
    print(json.dumps(run(arguments.rows, arguments.format, arguments.db), ensure_ascii=False))


if __name__ == "__main__":
    main()

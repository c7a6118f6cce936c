"""Roster import against a bare openpyxl read of the same file (issue 5's benchmark).

Writes a roster of N pupils as .xlsx (name, reading, phone in mixed formats,
group, two custom fields), then times in the same run, each in a fresh child
process so one cannot warm the other's memory:

- ``bare``: an openpyxl read-only pass that touches every cell, nothing else;
- ``import``: `RosterImporter.commit` into a fresh SQLite database, what
  ``desk-sms contacts import FILE`` does (one pass: read, check, write);
- ``wizard``: preview then commit, what the import wizard does (two passes).

Prints one JSON line per repeat and a summary with medians, the ratio
import / bare (target: at most 2) and each child's peak RSS (target: under 300 MB).
Not part of the test suite.

    .venv/bin/python bench/import_bench.py --rows 50000 --repeats 3
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

HEADERS = ["氏名", "フリガナ", "携帯電話", "クラス", "部活", "担任"]
FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
FAMILY_KANA = [
    "サトウ",
    "スズキ",
    "タカハシ",
    "タナカ",
    "イトウ",
    "ワタナベ",
    "ヤマモト",
    "ナカムラ",
    "コバヤシ",
    "カトウ",
]
GIVEN = ["花子", "太郎", "美咲", "健太", "陽菜", "翔", "結衣", "大輝"]
GIVEN_KANA = ["ハナコ", "タロウ", "ミサキ", "ケンタ", "ヒナ", "ショウ", "ユイ", "ダイキ"]
CLUBS = ["サッカー部", "吹奏楽部", "美術部", "", "野球部"]
TEACHERS = ["鈴木先生", "山田先生", "木村先生"]
_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def phone_cell(index: int) -> object:
    """The same kind of number in the shapes real rosters hold it."""
    prefix = ("090", "080", "070")[index % 3]
    middle, last = f"{1000 + index // 10000 % 9000:04d}", f"{index % 10000:04d}"
    shape = index % 6
    if shape == 0:
        return f"{prefix}-{middle}-{last}"
    if shape == 1:
        return f"{prefix}{middle}{last}"
    if shape == 2:
        return f"{prefix}-{middle}-{last}".translate(_FULL_WIDTH)
    if shape == 3:
        return f"{prefix} {middle} {last}"
    if shape == 4:
        return int(f"{prefix[1:]}{middle}{last}")  # an Excel number: the leading zero is lost
    return f"+81 {prefix[1:]}-{middle}-{last}"


def roster_row(index: int) -> list[object]:
    family, given = index % len(FAMILY), index // len(FAMILY) % len(GIVEN)
    return [
        f"{FAMILY[family]} {GIVEN[given]}",
        f"{FAMILY_KANA[family]} {GIVEN_KANA[given]}",
        phone_cell(index),
        f"{index % 3 + 1}年{'ABCD'[index // 3 % 4]}組",
        CLUBS[index % len(CLUBS)],
        TEACHERS[index % len(TEACHERS)],
    ]


def write_roster(path: Path, rows: int) -> None:
    """Written like Excel writes: shared strings and a declared ``<dimension>``.

    (openpyxl's write-only mode leaves the dimension out, and then every openpyxl
    load parses the whole sheet once just to size it: not what an office's file costs.)
    """
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名簿"
    sheet.append(HEADERS)
    for index in range(rows):
        sheet.append(roster_row(index))
    workbook.save(path)


# --- the measured work; each runs alone in a child process ---------------------------------


def bare_read(path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        cells += sum(value is not None for value in row)
    workbook.close()
    return {"seconds": time.perf_counter() - started, "cells": cells}


def import_roster(path: Path, folder: Path, with_preview: bool) -> dict[str, Any]:
    from desk_sms.db import migrate
    from desk_sms.db.session import connect
    from desk_sms.importing.roster_import import RosterImporter

    database = connect(f"sqlite:///{folder / 'bench.sqlite3'}")
    migrate.upgrade(database, None)
    importer = RosterImporter(database.session_factory)
    started = time.perf_counter()
    preview_seconds = 0.0
    if with_preview:
        importer.preview(path)
        preview_seconds = time.perf_counter() - started
    result = importer.commit(path)
    seconds = time.perf_counter() - started
    database.dispose()
    return {
        "seconds": seconds,
        "preview_seconds": preview_seconds,
        "imported": result.imported,
        "invalid": result.invalid,
        "skipped": result.skipped,
    }


def child_main(task: str, path: Path, folder: Path, rows: int) -> None:
    if task == "write":
        write_roster(path, rows)
        return
    if task == "bare":
        result = bare_read(path)
    else:
        result = import_roster(path, folder, with_preview=task == "wizard")
    # ru_maxrss is the child's own peak resident size, in KiB on Linux.
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result))


def run_child(task: str, path: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        output = subprocess.run(
            [sys.executable, __file__, "--child", task, "--file", str(path), "--folder", folder],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


# --- the parent: repeats, medians, machine -----------------------------------------------


def run(rows: int, repeats: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "import": [], "wizard": []}
    with tempfile.TemporaryDirectory() as folder:
        roster = Path(folder) / "roster.xlsx"
        # Written by a child too: Linux keeps a process's peak RSS across fork and exec,
        # so a parent that held the workbook would pass its peak on to every measured child.
        writer = [sys.executable, __file__, "--child", "write", "--file", str(roster), "--rows", str(rows)]
        subprocess.run(writer, check=True)
        for repeat in range(repeats):
            for task, results in runs.items():
                results.append(run_child(task, roster))
            print(
                json.dumps(
                    {"repeat": repeat, **{task: results[-1] for task, results in runs.items()}},
                    ensure_ascii=False,
                ),
                flush=True,
            )
        file_mb = round(roster.stat().st_size / 2**20, 2)
    bare, imported, wizard = (statistics.median(r["seconds"] for r in runs[t]) for t in runs)
    return {
        "rows": rows,
        "file_mb": file_mb,
        "repeats": repeats,
        "bare_read_s": round(bare, 2),
        "import_s": round(imported, 2),
        "wizard_s": round(wizard, 2),
        "import_to_bare_ratio": round(imported / bare, 2),
        "wizard_to_bare_ratio": round(wizard / bare, 2),
        "imported": runs["import"][-1]["imported"],
        "invalid": runs["import"][-1]["invalid"],
        "peak_rss_mb": {task: max(r["peak_rss_mb"] for r in results) for task, results in runs.items()},
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", choices=["write", "bare", "import", "wizard"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child_main(arguments.child, arguments.file, arguments.folder, arguments.rows)
        return
    print(json.dumps(run(arguments.rows, arguments.repeats), ensure_ascii=False))


if __name__ == "__main__":
    main()

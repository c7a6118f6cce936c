"""How fast does the Contacts page open and filter with 100,000 contacts?

Fills a fresh SQLite database with N Japanese contacts (a number, a group and a custom
field each), then, on an offscreen Qt platform, measures:

- first paint: from building the page to the first screen of rows painted;
- filter keystroke: from the moment the debounced filter fires (typing has paused) to
  the filtered rows painted, for several kinds of query, with the database query alone
  and the first page of rows alone beside it;
- sort: a header click, to the re-sorted rows painted.

Prints a Markdown table (for bench/RESULTS.md) and one JSON line.

    .venv/bin/python bench/contacts_page_bench.py --contacts 100000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# (Qt must see the platform choice above before it is imported.)

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from desk_sms.context import AppContext, build_context
from desk_sms.db.models import (
    Contact,
    ContactFieldValue,
    ContactGroup,
    ContactPhone,
    CustomField,
    Group,
)
from desk_sms.services import contact_search
from ui.app import ensure_application
from ui.bridge import EngineBridge
from ui.i18n import Translations
from ui.models.contacts_model import READING
from ui.pages.contacts import ContactsPage
from ui.pages.deps import PageDeps
from ui.settings_store import UiSettings

FAMILY = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
          ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
          ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
          ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト")]
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("翔", "ショウ"), ("陽菜", "ヒナ"), ("蓮", "レン"),
         ("結衣", "ユイ"), ("大翔", "ヒロト"), ("美咲", "ミサキ"), ("悠真", "ユウマ"), ("葵", "アオイ")]
QUERIES = [
    ("common name (kanji)", "佐藤"),
    ("reading in hiragana", "やまだ"),
    ("name + given name", "山田 花子"),
    ("phone prefix", "090-12"),
    ("full phone number", "090-1234-5678"),
    ("group name", "中3A"),
    ("custom field value", "鈴木先生"),
    ("matches nothing", "存在しない名前"),
    ("one digit (matches all)", "9"),
]
TIMEOUT_MS = 60_000
TIMINGS = ("total_ms", "query_ms", "rows_ms")


def fill(context: AppContext, count: int) -> None:
    rnd = random.Random(5)
    group_names = [f"中{grade}{room}" for grade in (1, 2, 3) for room in "ABCD"] + ["英語コース", "夏期講習"]
    with context.database.session() as session:
        session.execute(insert(Group), [{"id": i + 1, "name": n} for i, n in enumerate(group_names)])
        session.execute(insert(CustomField), [{"id": 1, "name": "担任"}, {"id": 2, "name": "保護者名"}])
        contacts, phones, members, values = [], [], [], []
        for cid in range(1, count + 1):
            (family, family_kana), (given, given_kana) = rnd.choice(FAMILY), rnd.choice(GIVEN)
            reading = f"{family_kana} {given_kana}"
            contacts.append({"id": cid, "name": f"{family} {given}", "reading": reading})
            national = f"90{rnd.randrange(10**8):08d}"
            phones.append({"contact_id": cid, "e164": f"+81{national}", "raw": f"0{national}", "position": 0})
            members.append({"contact_id": cid, "group_id": rnd.randrange(len(group_names)) + 1})
            values.append({"contact_id": cid, "field_id": 1, "value": f"{rnd.choice(FAMILY)[0]}先生"})
        for model, rows in ((Contact, contacts), (ContactPhone, phones), (ContactGroup, members),
                            (ContactFieldValue, values)):
            session.execute(insert(model), rows)


def wait_for(signal: SignalInstance, condition: Callable[..., bool] = lambda *args: True) -> None:
    """Run the event loop until `signal` fires with arguments that satisfy `condition`."""
    loop = QEventLoop()

    def check(*args: Any) -> None:
        if condition(*args):
            loop.quit()

    signal.connect(check)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    signal.disconnect(check)


def paint_first_screen(page: ContactsPage) -> None:
    """Wait for the first page of rows, then paint the table as the screen would."""
    if page.model.rowCount() and page.model.row_at(0) is None:
        wait_for(page.model.page_loaded, lambda number: number == 0)
    page.table.viewport().repaint()


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure_first_paint(deps: PageDeps) -> tuple[ContactsPage, float]:
    start = time.perf_counter()
    page = ContactsPage(deps)
    page.resize(1100, 700)
    page.show()
    wait_for(page.model.reloaded)
    paint_first_screen(page)
    return page, time.perf_counter() - start


def close_page(page: ContactsPage) -> None:
    page.close()
    page.deleteLater()
    QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)
    QApplication.processEvents()


def measure_filter(page: ContactsPage, text: str) -> dict[str, Any]:
    """One debounced filter application, and its two parts measured alone."""
    page.filter_edit.blockSignals(True)  # set the text without starting the debounce timer
    page.filter_edit.setText(text)
    page.filter_edit.blockSignals(False)
    page.model.set_query(text)
    start = time.perf_counter()
    page.model.reload()  # what the debounce timer does when typing pauses
    wait_for(page.model.reloaded)
    paint_first_screen(page)
    total = time.perf_counter() - start
    start = time.perf_counter()
    ids = page.contacts.search_ids(text)
    query_alone = time.perf_counter() - start
    start = time.perf_counter()
    page.contacts.rows(ids[:200])
    rows_alone = time.perf_counter() - start
    return {"total_ms": ms(total), "query_ms": ms(query_alone), "rows_ms": ms(rows_alone),
            "matches": len(ids)}


def measure_sort(page: ContactsPage, column: int, order: Qt.SortOrder) -> float:
    start = time.perf_counter()
    page.table.horizontalHeader().setSortIndicator(column, order)
    wait_for(page.model.reloaded)
    paint_first_screen(page)
    return time.perf_counter() - start


def run(count: int, repeats: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]  # other work on the machine shows in every figure
    app: QApplication = ensure_application()
    with tempfile.TemporaryDirectory() as folder:
        context = build_context(folder)
        start = time.perf_counter()
        fill(context, count)
        fill_seconds = time.perf_counter() - start
        start = time.perf_counter()
        with context.database.session() as session:
            rebuilt = contact_search.refresh_stale(session)
        index_seconds = time.perf_counter() - start
        deps = PageDeps(context, EngineBridge(context.events), UiSettings(Path(folder)), Translations(app))
        # The first page built in a process also pays for Qt's font database and CJK fonts;
        # in the app the main window has done that before the Contacts page opens.
        cold_page, cold_paint = measure_first_paint(deps)
        close_page(cold_page)
        page, first_paint = measure_first_paint(deps)
        filters = {}
        for label, text in QUERIES:
            runs = [measure_filter(page, text) for _ in range(repeats)]
            filters[label] = {
                "text": text, "matches": runs[0]["matches"],
                **{key: statistics.median(r[key] for r in runs) for key in TIMINGS},
            }
        measure_filter(page, "")
        sorts = {
            "reading descending": ms(measure_sort(page, READING, Qt.SortOrder.DescendingOrder)),
            "phone ascending": ms(measure_sort(page, 2, Qt.SortOrder.AscendingOrder)),
            "reading ascending": ms(measure_sort(page, READING, Qt.SortOrder.AscendingOrder)),
        }
        close_page(page)
        deps.bridge.close()
        context.close()
    return {"contacts": count, "fill_s": round(fill_seconds, 1),
            "search_text_build_s": round(index_seconds, 1), "search_texts_built": rebuilt,
            "first_paint_cold_ms": ms(cold_paint), "first_paint_ms": ms(first_paint),
            "filters": filters, "sorts": sorts, "cpus": os.cpu_count(),
            "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


def print_markdown(result: dict[str, Any]) -> None:
    print(f"Contacts: {result['contacts']:,}; first paint {result['first_paint_ms']} ms "
          f"(first page of the process, fonts not yet loaded: {result['first_paint_cold_ms']} ms); "
          f"one-time search text build {result['search_text_build_s']} s; "
          f"{result['cpus']} CPUs, load average {result['load_average'][0]} → {result['load_average'][1]}\n")
    print("| filter | text | matches | keystroke → rows painted (ms) | DB query alone (ms) "
          "| first 200 rows (ms) |")
    print("|---|---|---:|---:|---:|---:|")
    for label, row in result["filters"].items():
        print(f"| {label} | `{row['text']}` | {row['matches']:,} | {row['total_ms']} | {row['query_ms']} "
              f"| {row['rows_ms']} |")
    print()
    for label, value in result["sorts"].items():
        print(f"- sort by {label}: {value} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5, help="runs per filter (the median is shown)")
    args = parser.parse_args()
    result = run(args.contacts, args.repeats)
    print_markdown(result)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()

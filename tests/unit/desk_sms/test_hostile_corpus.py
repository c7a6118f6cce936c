"""Odd and hostile rosters through `desk-sms contacts import` and the wizard's reader.

Each file of tests/corpus/make_corpus.py runs in a process of its own, which reports
its own peak memory and CPU time (tests/corpus/measured.py): memory must stay under
300 MB whatever the file claims, and CPU time within a few times that of a plain
roster of about its size (half to all of it) and format, run the same way in the same session.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from corpus.make_corpus import HEADER, Case, build, ods_row, plain_csv_text, roster_xlsx
from corpus.make_corpus import ods as write_ods
from openpyxl import load_workbook

pytestmark = pytest.mark.slow
CORPUS_TOOLS = Path(__file__).resolve().parents[2] / "corpus"
MEASURED, WIZARD_READ = CORPUS_TOOLS / "measured.py", CORPUS_TOOLS / "wizard_read.py"
MEMORY_CEILING = 300 * 1024 * 1024
TIME_RATIO = 3.0  # CPU time of a hostile file / CPU time of a plain file of its size
PLAIN_ROWS_LIMIT = 200_000


@dataclass(frozen=True)
class Run:
    exit: int
    out: str
    err: str
    peak_bytes: int
    cpu_seconds: float


def run_measured(args: list[str], folder: Path) -> Run:
    """Run ``python args`` in a process that reports its own peak memory and CPU time."""
    folder.mkdir(parents=True, exist_ok=True)
    out_path, err_path, figures_path = folder / "stdout.txt", folder / "stderr.txt", folder / "measure.json"
    environment = {**os.environ, "DESK_SMS_MEASURE_FILE": str(figures_path)}
    with out_path.open("wb") as out, err_path.open("wb") as err:
        completed = subprocess.run(
            [sys.executable, str(MEASURED), *args],
            stdout=out,
            stderr=err,
            cwd=folder,
            env=environment,
            check=False,
        )
    err_text = err_path.read_text(encoding="utf-8")
    assert figures_path.exists(), f"the process died (exit {completed.returncode}): {err_text[-2000:]}"
    figures = json.loads(figures_path.read_text(encoding="ascii"))
    return Run(
        completed.returncode,
        out_path.read_text(encoding="utf-8"),
        err_text,
        figures["peak_bytes"],
        figures["cpu_seconds"],
    )


def cli_import(file: Path, folder: Path, *extra: str) -> Run:
    data_dir = folder / "data"
    return run_measured(
        ["-m", "desk_sms", "--data-dir", str(data_dir), "contacts", "import", str(file), *extra], folder
    )


def wizard_read(file: Path, folder: Path) -> Run:
    return run_measured([str(WIZARD_READ), str(folder / "data"), str(file)], folder)


def written(folder: Path) -> tuple[int, int]:
    """Live contacts and import batches in the run's database."""
    database = folder / "data" / "desk-sms.sqlite3"
    with sqlite3.connect(database) as connection:
        contacts = connection.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        batches = connection.execute("SELECT count(*) FROM import_batches").fetchone()[0]
    return int(contacts), int(batches)


# --- plain rosters of a given size, to compare time with ------------------------------------


def plain_roster(kind: str, at_least: int, folder: Path) -> Path:
    """A valid roster of this format at least ``at_least`` bytes big (or as big as the row limit allows)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = 64
    while True:
        path = _write_plain(kind, rows, folder / f"plain_{rows}.{kind}")
        if path.stat().st_size >= at_least or rows >= PLAIN_ROWS_LIMIT:
            return path
        rows = min(PLAIN_ROWS_LIMIT, max(rows * 2, rows * at_least // path.stat().st_size + 1))


def _write_plain(kind: str, rows: int, path: Path) -> Path:
    people = [[f"生徒{i}", f"090{1_000_000 + i:08d}"] for i in range(rows)]
    if kind == "xlsx":
        return roster_xlsx(path, people)
    if kind == "ods":
        return write_ods(path, ods_row(HEADER) + "".join(ods_row(person) for person in people))
    path.write_text(plain_csv_text(rows), encoding="utf-8")
    return path


def kind_of(file: Path) -> str:
    return file.suffix.lstrip(".") if file.suffix in (".xlsx", ".ods") else "csv"


# --- fixtures ------------------------------------------------------------------------------------


# Built once, when the tests are collected: the cases are the parameters.
_CORPUS_FOLDER = Path(tempfile.mkdtemp(prefix="desk-sms-corpus-"))
atexit.register(shutil.rmtree, _CORPUS_FOLDER, ignore_errors=True)  # also when every case is deselected
CORPUS = {case.file.name: case for case in build(_CORPUS_FOLDER)}


@pytest.fixture(scope="module")
def corpus() -> dict[str, Case]:
    return CORPUS


@pytest.fixture(scope="module")
def baselines(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int, str], Run]:
    """Plain-file runs, shared by the cases of one format and size class."""
    return {}


def baseline(baselines: dict[tuple[str, int, str], Run], file: Path, how: str, root: Path) -> Run:
    kind, size_class = kind_of(file), max(1, file.stat().st_size).bit_length()
    key = (kind, size_class, how)
    if key not in baselines:
        folder = root / f"plain_{kind}_{size_class}_{how}"
        plain = plain_roster(kind, 1 << (size_class - 1), folder)  # between half and all its size
        run = cli_import(plain, folder / "run") if how == "cli" else wizard_read(plain, folder / "run")
        assert run.exit == 0, run.err
        baselines[key] = run
    return baselines[key]


# --- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("case_name", CORPUS)
def test_command_line(
    corpus: dict[str, Case],
    baselines: dict[tuple[str, int, str], Run],
    tmp_path_factory: pytest.TempPathFactory,
    case_name: str,
) -> None:
    case = corpus[case_name]
    folder = tmp_path_factory.mktemp("cli")
    run = cli_import(case.file, folder, *case.args)
    assert "Traceback" not in run.err
    assert run.exit == case.exit, run.err
    if case.exit:
        assert run.err.count("\n") == 1 and case.message in run.err
        assert run.out == ""
        assert written(folder) == (0, 0)  # not even an empty import batch
    else:
        assert case.message in run.err  # the warning
        assert written(folder) == (case.imported, 1)
    if "--errors" in case.args:
        _check_errors_file(folder / case.args[case.args.index("--errors") + 1])
    assert run.peak_bytes < MEMORY_CEILING
    plain = baseline(baselines, case.file, "cli", tmp_path_factory.getbasetemp())
    assert run.cpu_seconds <= TIME_RATIO * plain.cpu_seconds, (run.cpu_seconds, plain.cpu_seconds)


@pytest.mark.parametrize("case_name", CORPUS)
def test_wizard_reader(
    corpus: dict[str, Case],
    baselines: dict[tuple[str, int, str], Run],
    tmp_path_factory: pytest.TempPathFactory,
    case_name: str,
) -> None:
    case = corpus[case_name]
    folder = tmp_path_factory.mktemp("wizard")
    run = wizard_read(case.file, folder)
    assert run.exit == 0 and "Traceback" not in run.err, run.err
    report = json.loads(run.out)
    if case.exit:
        assert case.message in report["message"]
    else:
        assert report["code"] is None, report
        assert report["rows_read"] >= case.imported
    assert written(folder) == (0, 0)  # reading for the wizard writes nothing
    assert run.peak_bytes < MEMORY_CEILING
    plain = baseline(baselines, case.file, "wizard", tmp_path_factory.getbasetemp())
    assert run.cpu_seconds <= TIME_RATIO * plain.cpu_seconds, (run.cpu_seconds, plain.cpu_seconds)


def _check_errors_file(path: Path) -> None:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert [row[:2] for row in rows[1:]] == [(3, "invalid")]
    assert len(rows[0]) <= 16_384

"""Regenerate the sample rosters in this folder (see README.md for what each is).

Needs LibreOffice (``soffice``) on PATH and, for the encrypted workbook,
msoffcrypto-tool (``pip install msoffcrypto-tool`` in any throwaway venv; pass
its executable with ``--msoffcrypto``). Run from the repository root:

    .venv/bin/python tests/data/make_samples.py --msoffcrypto /tmp/cryptvenv/bin/msoffcrypto-tool
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
HEADERS = ["氏名", "フリガナ", "電話番号", "クラス", "備考", "同意日"]
ROWS: list[list[object]] = [
    ["山田 太郎", "ヤマダ タロウ", "090-1234-5678", "1年A組", "兄弟あり", dt.date(2024, 4, 1)],
    ["佐藤 花子", "サトウ ハナコ", 8011112222, None, "", dt.date(2024, 4, 2)],
    ["髙橋 一郎", "タカハシ イチロウ", "０７０－３３３３－４４４４", "2年B組", "", None],
    ["鈴木 次郎", "スズキ ジロウ", "03-1234-5678", "2年B組", "固定電話のみ", None],
    ["田中 三奈", "タナカ ミナ", "+81 90-5555-6666", "3年C組", "", dt.date(2024, 5, 10)],
]
LO_CSV_CP932 = "Text - txt - csv (StarCalc):44,34,60"  # 60 = MS_932 (Windows Japanese)
LO_CSV_UTF8 = "Text - txt - csv (StarCalc):44,34,76"  # 76 = UTF-8


def write_source_workbook(path: Path) -> None:
    """The roster as openpyxl writes it: a formula without cached value, a merged cell."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名簿"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    sheet.merge_cells("D2:D3")  # 佐藤's class is the merged 1年A組 above it
    sheet["E6"] = '=D6&"担任より"'  # a formula: readers must see its value
    sheet["F2"].number_format = "yyyy/mm/dd"
    notes = workbook.create_sheet("メモ")
    notes.append(["このシートは名簿ではありません"])
    workbook.save(path)


def soffice_convert(source: Path, target_ext: str, out_dir: Path, filter_spec: str = "") -> Path:
    target = f"{target_ext}:{filter_spec}" if filter_spec else target_ext
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(out_dir), str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out_dir / f"{source.stem}.{target_ext}"


def write_utf8_bom_csv(path: Path) -> None:
    """What Excel's "CSV UTF-8" writes: a BOM and CRLF line ends."""
    lines = [",".join(HEADERS)]
    for row in ROWS:
        lines.append(",".join("" if cell is None else str(cell) for cell in row))
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8") + b"\r\n")


def write_mixed_csv(source: Path, tmp: Path) -> None:
    """Two LibreOffice CSV exports pasted together: UTF-8 first, then CP932."""
    utf8_dir, cp932_dir = tmp / "utf8", tmp / "cp932"
    utf8_dir.mkdir()
    cp932_dir.mkdir()
    utf8 = soffice_convert(source, "csv", utf8_dir, LO_CSV_UTF8).read_bytes()
    cp932 = soffice_convert(source, "csv", cp932_dir, LO_CSV_CP932).read_bytes()
    body = cp932.split(b"\n", 1)[1]  # without its header line
    (HERE / "mixed_utf8_cp932.csv").write_bytes(utf8.rstrip(b"\n") + b"\n" + body)


def write_offset_workbook(path: Path) -> None:
    """A table that starts at C3, with a merge over an otherwise empty row."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C3"], sheet["D3"] = "氏名", "電話"
    sheet["C4"], sheet["D4"] = "山田", "090-1234-5678"
    sheet.merge_cells("C4:C5")
    workbook.save(path)


def write_png(path: Path) -> None:
    """A real PNG (written by Qt) under a spreadsheet's name."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path), "PNG")


def write_empty_workbook(path: Path) -> None:
    workbook = Workbook()
    workbook.save(path)


def make_all(msoffcrypto: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = tmp / "roster.xlsx"
        write_source_workbook(source)
        lo_dir = tmp / "lo"
        lo_dir.mkdir()
        for ext in ("xlsx", "xls", "ods"):
            shutil.copy(soffice_convert(source, ext, lo_dir), HERE / f"roster_lo.{ext}")
        shutil.copy(source, HERE / "roster_openpyxl.xlsx")
        shutil.copy(soffice_convert(source, "csv", lo_dir, LO_CSV_CP932), HERE / "roster_cp932.csv")
        write_png(HERE / "image_named.xlsx")
        write_mixed_csv(source, tmp)
        offset = tmp / "offset.xlsx"
        write_offset_workbook(offset)
        for ext in ("xlsx", "xls", "ods"):
            shutil.copy(soffice_convert(offset, ext, lo_dir), HERE / f"offset_lo.{ext}")
        empty = tmp / "empty.xlsx"
        write_empty_workbook(empty)
        shutil.copy(soffice_convert(empty, "xlsx", lo_dir), HERE / "empty_lo.xlsx")
        whole = (HERE / "roster_lo.xlsx").read_bytes()
        (HERE / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
        if msoffcrypto:
            subprocess.run(
                [
                    msoffcrypto,
                    "-e",
                    "-p",
                    "secret",
                    str(HERE / "roster_lo.xlsx"),
                    str(HERE / "encrypted.xlsx"),
                ],
                check=True,
                timeout=120,
            )
    write_utf8_bom_csv(HERE / "roster_utf8_bom.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--msoffcrypto", help="msoffcrypto-tool executable (for encrypted.xlsx)")
    make_all(parser.parse_args().msoffcrypto)


if __name__ == "__main__":
    main()

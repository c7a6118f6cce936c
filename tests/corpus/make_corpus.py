"""Write the corpus of odd and hostile rosters that tests/unit/desk_sms/test_hostile_corpus.py feeds in.

Each file is small on disk (the largest a couple of megabytes) but claims or
holds something absurd: a value in the last cell of the sheet, a 30 MB
comment, two million shared strings, a line of a megabyte. Nothing here is
committed: the test builds the corpus in a temporary folder; to look at the
files, run from the repository root:

    PYTHONPATH=tests .venv/bin/python -m corpus.make_corpus tests/corpus/files
"""

from __future__ import annotations

import codecs
import random
import shutil
import struct
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import olefile
from corpus.xlsb import write_xlsb
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

SAMPLE_XLS = Path(__file__).resolve().parents[1] / "data" / "roster_lo.xls"  # 4 good rows of 5
HEADER = ["氏名", "電話番号"]
ROSTER = [["山田 太郎", "090-1234-5678"], ["佐藤 花子", "080-1111-2222"], ["髙橋 一郎", "070-3333-4444"]]
MB = 1 << 20
REFUSED_LARGE = "larger than 1 MB"
FAR = "far from the table; ignored"


@dataclass(frozen=True)
class Case:
    """One file and what `desk-sms contacts import` must do with it.

    Attributes:
        exit: The command's exit status.
        message: A fragment of the one error line (exit 1) or of a warning (exit 0).
        imported: Contacts the import writes (0 when refused: no batch either).
        args: More command-line arguments.
    """

    file: Path
    exit: int
    message: str
    imported: int
    args: tuple[str, ...] = ()


# --- writers ------------------------------------------------------------------------------


def roster_xlsx(path: Path, rows: Iterable[list[str]] = ROSTER, extra: dict[str, str] | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名簿"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    for ref, value in (extra or {}).items():
        sheet[ref] = value
    workbook.save(path)
    return path


Transform = Callable[[bytes], Iterable[bytes]]


def rewrite_package(path: Path, transforms: dict[str, Transform]) -> Path:
    """Replace parts by ``transform(old bytes)`` (b"" for a new part); streamed, so big is cheap."""
    source = path.with_suffix(".source")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        names = [info.filename for info in old.infolist()]
        for name in [*names, *(name for name in transforms if name not in names)]:
            data = old.read(name) if name in names else b""
            if name not in transforms:
                new.writestr(old.getinfo(name), data)
                continue
            with new.open(name, "w", force_zip64=True) as stream:
                for chunk in transforms[name](data):
                    stream.write(chunk)
    source.unlink()
    return path


def inserted(marker: bytes, chunks: Callable[[], Iterable[bytes]]) -> Transform:
    """Put ``chunks`` before the first ``marker``."""

    def transform(data: bytes) -> Iterable[bytes]:
        before, found, after = data.partition(marker)
        assert found, f"{marker!r} not found"
        yield before
        yield from chunks()
        yield found + after

    return transform


def rewrite_member(path: Path, member: str, marker: bytes, chunks: Callable[[], Iterable[bytes]]) -> Path:
    return rewrite_package(path, {member: inserted(marker, chunks)})


def replaced(old: bytes, new: bytes) -> Transform:
    def transform(data: bytes) -> Iterable[bytes]:
        assert old in data, f"{old!r} not found"
        yield data.replace(old, new)

    return transform


def with_shared_strings(path: Path, strings: Callable[[], Iterable[bytes]]) -> Path:
    """Cell A2 becomes shared string 0; the shared strings part holds ``strings`` (each ``<si>…</si>``)."""
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relation = (
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml" Id="rId9" />'
    )
    content_type = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" />'
    )
    name_cell = '<c r="A2" t="inlineStr"><is><t>山田 太郎</t></is></c>'.encode()
    return rewrite_package(
        path,
        {
            "xl/sharedStrings.xml": lambda _: [b'<sst xmlns="' + main + b'">', *strings(), b"</sst>"],
            "xl/_rels/workbook.xml.rels": replaced(b"</Relationships>", relation + b"</Relationships>"),
            "[Content_Types].xml": replaced(b"</Types>", content_type + b"</Types>"),
            "xl/worksheets/sheet1.xml": replaced(name_cell, b'<c r="A2" t="s"><v>0</v></c>'),
        },
    )


def repeated(piece: bytes, total: int) -> Callable[[], Iterable[bytes]]:
    block = piece * max(1, MB // len(piece))
    return lambda: (block for _ in range(max(1, total // len(block))))


def ods(path: Path, body: str, table_style: str = "") -> Path:
    """A minimal OpenDocument spreadsheet whose content.xml body is ``body`` (rows of one sheet)."""
    styles = (
        '<office:automatic-styles><style:style style:name="hidden" style:family="table">'
        '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"{styles}<office:body><office:spreadsheet>"
        f'<table:table table:name="名簿"{table_style}>{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def ods_row(values: Iterable[str], repeat: int = 1) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
        if value
        else "<table:table-cell/>"
        for value in values
    )
    repeated_rows = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{repeated_rows}>{cells}</table:table-row>"


def ods_roster_rows() -> str:
    return "".join(ods_row(row) for row in [HEADER, *ROSTER])


def ods_gap(rows: int) -> str:
    return f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell/></table:table-row>'


def ods_value_at_column(column: int, value: str = "残り") -> str:
    empty = f'<table:table-cell table:number-columns-repeated="{column - 1}"/>'
    return (
        f'<table:table-row>{empty}<table:table-cell office:value-type="string">'
        f"<text:p>{value}</text:p></table:table-cell></table:table-row>"
    )


def xls_with_cell_moved(path: Path, row: int, column: int, to: tuple[int, int]) -> Path:
    """The LibreOffice sample .xls with one text cell (0-based row, column) moved elsewhere."""
    shutil.copyfile(SAMPLE_XLS, path)
    with olefile.OleFileIO(str(path), write_mode=True) as container:
        data = bytearray(container.openstream("Workbook").read())
        offset = 0
        while offset + 4 <= len(data):
            kind, length = struct.unpack_from("<HH", data, offset)
            if kind == 0x00FD and struct.unpack_from("<HH", data, offset + 4) == (row, column):
                struct.pack_into("<HH", data, offset + 4, *to)
                container.write_stream("Workbook", bytes(data))
                return path
            offset += 4 + length
    raise AssertionError(f"no text cell at {row}, {column}")


def xlsb_roster(path: Path, far: tuple[int, int]) -> Path:
    """The roster as .xlsb with one more text cell at ``far`` (0-based row, column)."""
    table = [(number, list(enumerate(values))) for number, values in enumerate([HEADER, *ROSTER])]
    return write_xlsb(path, [*table, (far[0], [(far[1], "残り")])])


def write_csv(path: Path, text: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


def plain_csv_text(rows: int) -> str:
    lines = [",".join(HEADER)] + [f"生徒{i},090{i:08d}" for i in range(rows)]
    return "\n".join(lines) + "\n"


# --- the corpus ---------------------------------------------------------------------------


def build(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    return [*_stray_cells(folder), *_oversized_items(folder), *_small_messages(folder), *_broken(folder)]


def _stray_cells(folder: Path) -> list[Case]:
    far_right = get_column_letter(1_500)
    return [
        Case(
            roster_xlsx(folder / "stray_xfd.xlsx", extra={"XFD1048576": "残り"}),
            0,
            f"cell XFD1048576 has a value {FAR}",
            3,
        ),
        Case(
            roster_xlsx(folder / "stray_z.xlsx", extra={"Z1048576": "残り"}),
            0,
            f"cell Z1048576 has a value {FAR}",
            3,
        ),
        Case(
            roster_xlsx(folder / "stray_right.xlsx", extra={f"{far_right}2": "メモ"}),
            0,
            f"cell {far_right}2",
            3,
        ),
        Case(
            ods(folder / "stray_z.ods", ods_roster_rows() + ods_gap(1_048_571) + ods_value_at_column(26)),
            0,
            f"cell Z1048576 has a value {FAR}",
            3,
        ),
        Case(
            ods(folder / "stray_xfd.ods", ods_roster_rows() + ods_value_at_column(16_384)),
            0,
            f"cell XFD5 has a value {FAR}",
            3,
        ),
        Case(
            ods(
                folder / "repeated_far.ods",
                ods_roster_rows() + '<table:table-row><table:table-cell office:value-type="string" '
                'table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>',
            ),
            # Row 5 keeps its first 1,000 cells (an invalid row: "x" is no phone number).
            0,
            "cells ALM5, ALN5",
            3,
        ),
        Case(
            xlsb_roster(folder / "stray_xfd.xlsb", (1_048_575, 16_383)),
            0,
            f"cell XFD1048576 has a value {FAR}",
            3,
        ),
        Case(xlsb_roster(folder / "stray_z.xlsb", (1_048_575, 25)), 0, f"cell Z1048576 has a value {FAR}", 3),
        Case(
            xls_with_cell_moved(folder / "stray_iv.xls", 1, 4, (65_535, 255)),
            0,
            f"cell IV65536 has a value {FAR}",
            4,
        ),
        Case(
            ods(
                folder / "repeated_rows.ods",
                ods_roster_rows() + ods_row(["名無し", "090-0000-0000"], 300_000),
            ),
            1,
            "repeated_rows.ods has more than 200,000 rows",
            0,
        ),
    ]


def _oversized_items(folder: Path) -> list[Case]:
    comment = rewrite_member(
        roster_xlsx(folder / "comment_30mb.xlsx"),
        "xl/worksheets/sheet1.xml",
        b"<sheetData",
        lambda: [b"<!--", *repeated(b"x", 30 * MB)(), b"-->"],
    )
    marked = rewrite_member(
        roster_xlsx(folder / "comment_with_markup.xlsx"),
        "xl/worksheets/sheet1.xml",
        b"<sheetData",
        lambda: [b"<!--", *repeated(b"<a>", 30 * MB)(), b"-->"],
    )
    comments = rewrite_member(
        roster_xlsx(folder / "comments_900kb_each.xlsx"),
        "xl/worksheets/sheet1.xml",
        b"<sheetData",
        lambda: [b"<!--" + b"x" * (900 << 10) + b"-->" for _ in range(40)],
    )
    spaces = rewrite_member(
        roster_xlsx(folder / "spaces_100mb.xlsx"),
        "xl/worksheets/sheet1.xml",
        b"<sheetData",
        repeated(b" ", 100 * MB),
    )
    attribute = rewrite_member(
        roster_xlsx(folder / "attribute_5mb.xlsx"),
        "xl/worksheets/sheet1.xml",
        b"<sheetData",
        lambda: [b'<dimension x="', *repeated(b"a>", 5 * MB)(), b'"/>'],
    )
    shared = with_shared_strings(
        roster_xlsx(folder / "shared_string_2mb.xlsx"),
        lambda: [b"<si><t>", *repeated("あ".encode(), 2 * MB)(), b"</t></si>"],
    )
    many = with_shared_strings(
        roster_xlsx(folder / "many_strings.xlsx"),
        lambda: ["<si><t>山田 太郎</t></si>".encode(), *repeated(b"<si><t>ab</t></si>", 2_500_000 * 18)()],
    )
    big_cell = ods(folder / "cell_5mb.ods", ods_roster_rows() + ods_row(["山田", "x" * (5 * MB)]))
    return [
        Case(comment, 1, REFUSED_LARGE, 0),
        Case(marked, 1, REFUSED_LARGE, 0),
        Case(comments, 1, REFUSED_LARGE, 0),
        Case(spaces, 1, REFUSED_LARGE, 0),
        Case(attribute, 1, REFUSED_LARGE, 0),
        Case(shared, 1, REFUSED_LARGE, 0),
        Case(many, 1, "different texts", 0),
        Case(big_cell, 1, REFUSED_LARGE, 0),
        Case(write_csv(folder / "one_line.csv", "氏名,電話番号," + "x" * (MB * 5 // 4)), 1, REFUSED_LARGE, 0),
        Case(
            write_csv(folder / "runaway_quote.csv", '氏名,電話番号\n"' + "あいう\n" * 40_000),
            1,
            "larger than 128 KB",
            0,
        ),
    ]


def _small_messages(folder: Path) -> list[Case]:
    wide = "氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,12" + ",x" * 100_000 + "\n"
    hidden = _all_sheets_hidden(roster_xlsx(folder / "all_hidden.xlsx"))
    return [
        Case(
            write_csv(folder / "wide_100k_columns.csv", wide),
            0,
            "have values far from the table",
            1,
            ("--errors", "errors.xlsx"),
        ),
        Case(write_csv(folder / "bom_only.csv", codecs.BOM_UTF8), 1, "bom_only.csv has no rows", 0),
        Case(
            write_csv(folder / "header_only.csv", "氏名,電話番号\n"),
            1,
            "header_only.csv has no rows below the header",
            0,
        ),
        Case(
            roster_xlsx(folder / "header_only.xlsx", rows=[]),
            1,
            "header_only.xlsx has no rows below the header",
            0,
        ),
        Case(hidden, 1, "Every sheet of all_hidden.xlsx is hidden", 0),
        Case(
            ods(folder / "all_hidden.ods", ods_roster_rows(), ' table:style-name="hidden"'),
            1,
            "Every sheet of all_hidden.ods is hidden",
            0,
        ),
        Case(
            write_csv(folder / "control_characters.csv", "氏名,電話番号\n\x01=1+1,090-1234-5678\n"), 0, "", 1
        ),
    ]


def _all_sheets_hidden(path: Path) -> Path:
    source = path.with_suffix(".source")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b'state="visible"', b'state="hidden"')
            new.writestr(info, data)
    source.unlink()
    return path


def _broken(folder: Path) -> list[Case]:
    rng = random.Random(22)
    laughs = (
        b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9))
        + b"]>"
    )
    bomb = _with_entity(roster_xlsx(folder / "billion_laughs.xlsx"), laughs, b"&j;")
    entity = b'<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    external = _with_entity(roster_xlsx(folder / "external_entity.xlsx"), entity, b"&e;")
    truncated = folder / "truncated.xlsx"
    whole = roster_xlsx(folder / "whole.xlsx").read_bytes()
    truncated.write_bytes(whole[: len(whole) // 2])
    (folder / "whole.xlsx").unlink()
    return [
        Case(bomb, 1, "is damaged", 0),
        Case(external, 1, "is damaged", 0),
        Case(truncated, 1, "is damaged", 0),
        Case(
            write_csv(folder / "random.xlsx", bytes(rng.randrange(256) for _ in range(50_000))),
            1,
            "is not a spreadsheet",
            0,
        ),
        Case(
            write_csv(folder / "page.xls", "<html><body><table><tr><td>氏名</td></tr></table></body></html>"),
            1,
            "is not a spreadsheet",
            0,
        ),
    ]


def _with_entity(path: Path, doctype: bytes, reference: bytes) -> Path:
    """A DTD before the sheet's root, and cell C2 using one of its entities."""
    cell = b'<c r="C2" t="inlineStr"><is><t>' + reference + b"</t></is></c></row>"

    def transform(data: bytes) -> Iterable[bytes]:
        first_row_end = data.index(b"</row>", data.index(b'<row r="2"'))
        yield doctype + data[:first_row_end] + cell + data[first_row_end + len(b"</row>") :]

    return rewrite_package(path, {"xl/worksheets/sheet1.xml": transform})


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/files")
    for case in build(target):
        print(f"{case.file.name}: {case.file.stat().st_size:,} bytes, exit {case.exit}, {case.message!r}")

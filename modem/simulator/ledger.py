"""The record of every SMS part the simulated network accepted (answered +CMGS).

Tests read it to see what really "went out", including parts whose +CMGS the host
never saw (unplugged mid-send). Optionally mirrored to a JSON-lines file, flushed
per line, so another process can count what went out even after a SIGKILL.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

from modem.pdu import Concat


@dataclass(frozen=True)
class LedgerEntry:
    """One accepted part. `reference` is the TP-MR the simulator answered with."""

    number: str
    text: str
    reference: int
    concat: Concat | None
    encoding: str
    time: datetime
    pdu: str | None  # None when sent in text mode
    request_status_report: bool = False
    imei: str = ""

    def to_json(self) -> dict[str, Any]:
        concat = None
        if self.concat is not None:
            concat = {
                "reference": self.concat.reference,
                "total": self.concat.total,
                "sequence": self.concat.sequence,
            }
        return {
            "number": self.number,
            "text": self.text,
            "reference": self.reference,
            "concat": concat,
            "encoding": self.encoding,
            "time": self.time.isoformat(),
            "pdu": self.pdu,
            "request_status_report": self.request_status_report,
            "imei": self.imei,
        }


class LedgerMessage(NamedTuple):
    """A whole message put back together from its parts (incomplete ones included)."""

    number: str
    text: str
    refs: tuple[int, ...]


class Ledger:
    """Thread-safe list of accepted parts, with a way to wait for a count."""

    def __init__(self, path: str | Path | None = None) -> None:
        self._entries: list[LedgerEntry] = []
        self._changed = threading.Condition()
        self._file: IO[str] | None = None
        if path is not None:
            self._file = Path(path).open("a", encoding="utf-8")  # noqa: SIM115 (closed by close())

    def record(self, entry: LedgerEntry) -> None:
        with self._changed:
            self._entries.append(entry)
            if self._file is not None:
                self._file.write(json.dumps(entry.to_json(), ensure_ascii=False) + "\n")
                self._file.flush()
            self._changed.notify_all()

    @property
    def parts(self) -> list[LedgerEntry]:
        with self._changed:
            return list(self._entries)

    @property
    def count(self) -> int:
        with self._changed:
            return len(self._entries)

    def wait_for_count(self, count: int, timeout: float) -> bool:
        """Block until at least `count` parts were accepted; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._entries) >= count, timeout)

    def messages(self) -> list[LedgerMessage]:
        """Parts grouped by (number, concatenation reference, total), in order of first part.

        A sequence number seen again under the same key starts a new message, since
        concatenation references wrap.
        """
        groups: list[list[LedgerEntry]] = []
        open_group: dict[tuple[str, int, int], list[LedgerEntry]] = {}
        for entry in self.parts:
            if entry.concat is None:
                groups.append([entry])
                continue
            key = (entry.number, entry.concat.reference, entry.concat.total)
            group = open_group.get(key)
            if group is None or any(_sequence(e) == entry.concat.sequence for e in group):
                group = open_group[key] = []
                groups.append(group)
            group.append(entry)
        return [_reassemble(group) for group in groups]

    def close(self) -> None:
        with self._changed:
            if self._file is not None:
                self._file.close()
                self._file = None


def _sequence(entry: LedgerEntry) -> int:
    return entry.concat.sequence if entry.concat is not None else 0


def _reassemble(parts: list[LedgerEntry]) -> LedgerMessage:
    ordered = sorted(parts, key=_sequence)
    return LedgerMessage(
        number=ordered[0].number,
        text="".join(e.text for e in ordered),
        refs=tuple(e.reference for e in ordered),
    )

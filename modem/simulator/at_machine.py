"""The AT command line interpreter: framing, echo, dispatch and answer formatting.

It knows nothing about SMS: it turns host bytes into `Command`s, asks a `MachineHost`
(the modem core) to execute them, and writes the answers in the V.250 verbose format
(`\\r\\n<line>\\r\\n`). Unsolicited lines raised while a command runs are held back
and sent after its final result code, or, when the profile says so, dropped into the
middle of the answer as real modems do.
"""

from __future__ import annotations

import enum
import logging
import random
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

_log = logging.getLogger(__name__)

CTRL_Z = "\x1a"
ESC = "\x1b"
_BACKSPACE = "\x08"
_EXTENDED = re.compile(r"^([+^$%*#][A-Za-z0-9_]+)(.*)$", re.DOTALL)
_BASIC_TOKEN = re.compile(r"&[A-Z]\d*|S\d+(?:=\d*|\?)|[A-Z]\d*")


class CommandKind(enum.Enum):
    EXEC = "exec"  # AT+CGMI
    READ = "read"  # AT+CPIN?
    TEST = "test"  # AT+CPMS=?
    SET = "set"  # AT+CMGF=0


@dataclass(frozen=True)
class Command:
    name: str  # upper case: "+CMGF", "^CURC", "E", "Z", "&F", "S0"
    kind: CommandKind
    args: tuple[str, ...] = ()  # quotes removed
    raw: str = ""  # the text after "=", as typed


class CommandError(Exception):
    """A command failed; the host formats the final result code."""


class UnknownCommandError(CommandError):
    pass


class CmeError(CommandError):
    def __init__(self, code: int) -> None:
        super().__init__(f"+CME ERROR: {code}")
        self.code = code


class CmsError(CommandError):
    def __init__(self, code: int) -> None:
        super().__init__(f"+CMS ERROR: {code}")
        self.code = code


@dataclass
class BodyRequest:
    """After "> ", collect text up to Ctrl-Z (send) or ESC (cancel), then call `on_body`."""

    on_body: Callable[[str], Reply]
    multiline: bool = False  # text mode: each CR gives a fresh "> " prompt


@dataclass
class Reply:
    """The answer to one command line."""

    blocks: list[tuple[str, ...]] = field(default_factory=list)  # lines kept together
    final: str | None = "OK"  # None: no final result code at all
    delay: float = 0.0  # seconds before the answer (e.g. the network round trip)
    body: BodyRequest | None = None


class MachineHost(Protocol):
    """What the interpreter needs from the modem it fronts."""

    lock: threading.RLock

    def execute(self, command: Command) -> Reply: ...
    def error_result(self, error: CommandError) -> str: ...
    def echo_enabled(self) -> bool: ...
    def answering(self) -> bool: ...
    def response_delay(self) -> float: ...
    def spontaneous_line(self) -> str | None: ...
    def after_answer(self) -> None: ...


def split_outside_quotes(text: str, separator: str) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces


def _unquote(arg: str) -> str:
    arg = arg.strip()
    if len(arg) >= 2 and arg[0] == '"' and arg[-1] == '"':
        return arg[1:-1]
    return arg


def _parse_extended(piece: str) -> Command:
    match = _EXTENDED.match(piece)
    if match is None:
        raise UnknownCommandError(piece)
    name, rest = match.group(1).upper(), match.group(2)
    if rest == "=?":
        return Command(name, CommandKind.TEST)
    if rest == "?":
        return Command(name, CommandKind.READ)
    if rest.startswith("="):
        raw = rest[1:]
        args = tuple(_unquote(a) for a in split_outside_quotes(raw, ",")) if raw else ()
        return Command(name, CommandKind.SET, args, raw)
    if rest.strip():
        raise UnknownCommandError(piece)
    return Command(name, CommandKind.EXEC)


def _parse_basic(piece: str) -> list[Command]:
    upper = piece.upper().replace(" ", "")
    tokens = _BASIC_TOKEN.findall(upper)
    if "".join(tokens) != upper:
        raise UnknownCommandError(piece)
    commands = []
    for token in tokens:
        name = re.match(r"&[A-Z]|S\d+|[A-Z]", token)
        assert name is not None  # the token pattern guarantees a name
        rest = token[name.end():]
        if rest == "?":
            commands.append(Command(name.group(0), CommandKind.READ))
        else:
            value = rest.lstrip("=")
            kind = CommandKind.SET if value else CommandKind.EXEC
            commands.append(Command(name.group(0), kind, (value,) if value else (), value))
    return commands


def parse_command_line(line: str) -> list[Command] | None:
    """The commands of one line ("AT+CMGF=0;+CSCS?"); None if it is not an AT line.

    Raises UnknownCommandError for syntax a modem would answer ERROR to.
    """
    text = line.strip()
    if text[:2].upper() != "AT":
        return None
    commands: list[Command] = []
    for piece in split_outside_quotes(text[2:], ";"):
        piece = piece.strip()
        if not piece:
            continue
        if piece[0] in "+^$%*#":
            commands.append(_parse_extended(piece))
        else:
            commands.extend(_parse_basic(piece))
    return commands


class AtMachine:
    """Feeds host bytes through command and body (after "> ") input, writes answers."""

    def __init__(
        self,
        host: MachineHost,
        write: Callable[[bytes], object],
        *,
        interleave: bool,
        interleave_probability: float,
        rng: random.Random,
        stop: threading.Event,
    ) -> None:
        self._host = host
        self._write = write
        self._interleave = interleave
        self._interleave_probability = interleave_probability
        self._rng = rng
        self._stop = stop
        self._out_lock = threading.Lock()
        self._busy = False  # a command runs: unsolicited lines wait in `_held`
        self._held: list[tuple[str, ...]] = []
        self._line: list[str] = []
        self._body: BodyRequest | None = None

    # ----------------------------------------------------------------- output

    def unsolicited(self, lines: tuple[str, ...]) -> None:
        """Send an unsolicited result code (thread-safe); held while a command runs."""
        if not self._host.answering():
            return
        with self._out_lock:
            if self._busy:
                self._held.append(lines)
            else:
                self._write(_format_block(lines))

    def _echo(self, text: str) -> None:
        if text and self._host.echo_enabled():
            with self._out_lock:
                self._write(text.encode("latin-1"))  # the very bytes the host sent

    def _finish(self, reply: Reply) -> None:
        """Write an answer with the held unsolicited lines, then accept new ones directly."""
        with self._out_lock:
            held, self._held = self._held, []
            self._write(self._compose(reply, held))
            self._busy = False

    def _compose(self, reply: Reply, held: list[tuple[str, ...]]) -> bytes:
        blocks = list(reply.blocks)
        if reply.final is not None:
            blocks.append((reply.final,))
        if not self._interleave:
            return b"".join(_format_block(b) for b in blocks + held)
        extra = self._host.spontaneous_line()
        if extra is not None and self._rng.random() < self._interleave_probability:
            held = [*held, (extra,)]
        for lines in held:
            blocks.insert(self._rng.randint(0, len(blocks)), lines)
        return b"".join(_format_block(b) for b in blocks)

    # ------------------------------------------------------------------ input

    def feed(self, data: bytes) -> None:
        """Process bytes from the host (any chunking)."""
        if not self._host.answering():
            return  # a hung modem swallows everything
        chunk_start = 0
        text = data.decode("latin-1")  # hosts send ASCII; keep every byte as one char
        for position, char in enumerate(text):
            if self._body is not None:
                chunk_start = self._feed_body(text, chunk_start, position, char)
            elif char == "\r":
                self._echo(text[chunk_start : position + 1])
                chunk_start = position + 1
                self._run_line("".join(self._line))
                self._line = []
            elif char == _BACKSPACE:
                if self._line:
                    self._line.pop()
            elif char != "\n" or self._line:
                self._line.append(char)
        self._echo(text[chunk_start:])

    def _feed_body(self, text: str, chunk_start: int, position: int, char: str) -> int:
        assert self._body is not None
        if char in (CTRL_Z, ESC):
            self._echo(text[chunk_start:position])
            body, request = "".join(self._line), self._body
            self._line, self._body = [], None
            self._end_body(request, body, cancelled=(char == ESC))
            return position + 1
        if char == "\r" and self._body.multiline:
            self._echo(text[chunk_start : position + 1])
            self._line.append("\n")
            with self._out_lock:
                self._write(b"\r\n> ")
            return position + 1
        if char == _BACKSPACE:
            if self._line:
                self._line.pop()
        elif char not in "\r\n" or self._body.multiline:
            self._line.append(char)
        return chunk_start

    def _end_body(self, request: BodyRequest, body: str, *, cancelled: bool) -> None:
        if cancelled:
            self._answer(Reply())
            return
        with self._host.lock:
            try:
                reply = request.on_body(body)
            except CommandError as error:
                reply = Reply(final=self._host.error_result(error))
            except Exception:
                _log.exception("simulated modem failed on a message body")
                reply = Reply(final="ERROR")
        self._answer(reply)

    def _run_line(self, line: str) -> None:
        with self._out_lock:
            self._busy = True
        with self._host.lock:
            reply = self._execute_line(line)
        if reply is None:
            self._finish(Reply(final=None))  # nothing to say, but release held lines
            return
        self._answer(reply)

    def _execute_line(self, line: str) -> Reply | None:
        try:
            commands = parse_command_line(line)
        except CommandError as error:
            return Reply(final=self._host.error_result(error))
        if commands is None:
            return None  # not an AT line: real modems ignore it
        combined = Reply()
        for command in commands:
            try:
                reply = self._host.execute(command)
            except CommandError as error:
                return Reply(combined.blocks, self._host.error_result(error))
            except Exception:  # a simulator bug must not kill the line: answer like firmware
                _log.exception("simulated modem failed on %r", command)
                return Reply(combined.blocks, "ERROR")
            combined.blocks.extend(reply.blocks)
            combined.delay += reply.delay
            combined.final = reply.final
            if reply.body is not None:
                combined.body = reply.body
                break
        return combined

    def _answer(self, reply: Reply) -> None:
        delay = reply.delay + self._host.response_delay()
        if delay > 0:
            self._stop.wait(delay)
        if self._stop.is_set():
            return  # unplugged or stopped while "working": the host never hears back
        if reply.body is not None:
            self._body = reply.body
            self._write_prompt(reply.blocks)
            return
        self._finish(reply)
        with self._host.lock:
            self._host.after_answer()

    def _write_prompt(self, blocks: list[tuple[str, ...]]) -> None:
        with self._out_lock:
            self._write(b"".join(_format_block(b) for b in blocks) + b"\r\n> ")


def _format_block(lines: tuple[str, ...]) -> bytes:
    return b"".join(b"\r\n" + line.encode("utf-8") + b"\r\n" for line in lines)

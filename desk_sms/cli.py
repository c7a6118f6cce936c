"""The `desk-sms` command line (DESIGN.md §4): global options, subcommands, exit codes.

Exit status 0 on success, 1 on a user error with one line on stderr, 141 (128 + SIGPIPE, as Unix
tools end) when the reader of our output went away, as in `desk-sms outbox list | head -1`. The `gui`
command is the only place the core reaches up into `ui`, and it does so lazily.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from sqlalchemy.exc import DBAPIError

from desk_sms import __version__
from desk_sms.context import AppContext, build_context
from desk_sms.errors import UserError
from desk_sms.logs import announce_log_failures

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line and exits 1, as every user error does."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (see --help)\n")


def with_context(run: Callable[[AppContext, argparse.Namespace], int]) -> Handler:
    """Wrap a command that needs the database: build the context, run, close."""

    def handler(args: argparse.Namespace) -> int:
        context = build_context(args.data_dir, args.db)
        try:
            return run(context, args)
        except DBAPIError as exc:  # a full disk or a vanished folder gets one plain line
            context.database.raise_if_storage_problem(exc)
            raise
        finally:
            context.close()

    return handler


def _run_gui(args: argparse.Namespace) -> int:
    from ui.app import run_app  # the one upward import: only the GUI command needs Qt

    return run_app(data_dir=args.data_dir, db_url=args.db, demo_modems=getattr(args, "demo", 0))


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="desk-sms", description="Send and receive SMS through USB GSM modems.")
    parser.add_argument("--version", action="version", version=f"desk-sms {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, logs and backups")
    parser.add_argument(
        "--db",
        help="database URL (default: $DESK_SMS_DB_URL, else the choice saved in Settings, "
        "else the SQLite file in the data directory)",
    )
    parser.set_defaults(handler=_run_gui, demo=0)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    gui = commands.add_parser("gui", help="the desktop app (the default)")
    gui.add_argument("--demo", type=int, default=0, metavar="N", help="attach N simulated modems")
    gui.set_defaults(handler=_run_gui)
    for register in _command_modules():
        register(commands)
    return parser


def _command_modules() -> list[Callable[[argparse._SubParsersAction[ArgumentParser]], None]]:
    from desk_sms.commands import (
        admin,
        api_keys,
        contacts,
        db,
        engine,
        inbox,
        info,
        modems,
        outbox,
        polls,
        rules,
        selfcheck,
    )

    return [
        info.register, modems.register, outbox.register, engine.register, contacts.register,
        selfcheck.register, inbox.register, db.register, admin.register, rules.register,
        polls.register, api_keys.register,
    ]


LONG_RUNNING_COMMANDS = (None, "gui", "serve")  # None: no command starts the window
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what `yes | head -1` reports for `yes`


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_unencodable_text()
    parser = build_parser()
    args = parser.parse_args(argv)
    announce_log_failures(args.command in LONG_RUNNING_COMMANDS)
    try:
        result: int = args.handler(args)
        if sys.stdout is not None:  # None in a windowed program on Windows (desk-sms-gui.exe)
            sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit-time flush
        return result
    except UserError as exc:
        print(f"desk-sms: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        stop_writing_to_stdout()
        return EXIT_PIPE_CLOSED


def tolerate_unencodable_text() -> None:
    """A character the console cannot show (an emoji on a CP932 console) prints as "?", never a traceback.

    `--json` output is written as UTF-8 bytes whatever the console (commands/output.py).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def stop_writing_to_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail on the closed pipe."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # stdout without a file descriptor (embedded, tests): nothing to flush
        pass


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--db")


def main_gui() -> int:
    """The windowed launcher (no console on Windows): `desk-sms-gui [--data-dir D] [--demo N]`.

    `desk-sms-gui serve …` runs the engine without a console window: what a window starts, and what
    the sign-in entry runs.
    """
    return main(gui_arguments(sys.argv[1:]))


def gui_arguments(argv: Sequence[str]) -> list[str]:
    """Global options first, then `gui` (or `serve`) with the rest, whatever order the user gave them in."""
    global_options: list[str] = []
    gui_options: list[str] = []
    words = iter(argv)
    for word in words:
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            global_options += [word, next(words, "")]
        elif word.split("=", 1)[0] in GLOBAL_OPTIONS_WITH_VALUE:
            global_options.append(word)
        else:
            gui_options.append(word)
    if gui_options[:1] == ["serve"]:
        return [*global_options, *gui_options]
    return [*global_options, "gui", *gui_options]

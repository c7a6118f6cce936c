"""The engine command table: what a window asks, which engine acts on it, and what the asker learns."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import pytest
from process_rig import wait_for
from sqlalchemy import func, select
from write_faults import WriteFaults

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import EngineCommand
from desk_sms.engine.command_poller import CommandPoller, CommandRoutes
from desk_sms.services.engine_commands import (
    Command,
    CommandKind,
    EngineCommandFailed,
    EngineCommands,
    EngineNotAnswering,
)


class TickingClock(FakeClock):
    """Time moves by the wait asked for, so a requester's timeout comes without real waiting."""

    def wait(self, event: threading.Event, seconds: float) -> bool:
        self.advance(seconds)
        return event.is_set()


def poller(context: AppContext, handled: list[str], drives: Callable[[int], bool] = lambda _m: False,
           **extra: Callable[[Command], object]) -> CommandPoller:
    def record(command: Command) -> str:
        handled.append(f"{command.kind}:{command.modem_id}")
        return "ok"

    handlers: dict[str, Callable[[Command], object]] = {kind: record for kind in CommandKind}
    handlers.update(extra)
    return CommandPoller(EngineCommands(context.database.session_factory, context.clock),
                         CommandRoutes(handlers, drives), context.clock)


def test_a_modem_command_is_done_by_the_engine_that_drives_the_modem(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, context.clock)
    mine, theirs = [], []
    here, there = poller(context, mine, lambda m: m == 1), poller(context, theirs, lambda m: m == 2)
    first = commands.request(CommandKind.RECONNECT, modem_id=1)
    second = commands.request(CommandKind.PIN, modem_id=2)
    here.poll_once()
    there.poll_once()
    assert (mine, theirs) == (["reconnect:1"], ["pin:2"])
    assert commands.outcome(first).state == commands.outcome(second).state == "done"
    here.poll_once()  # nothing new: nothing twice
    assert mine == ["reconnect:1"]


def test_a_scan_is_for_the_engine_on_the_asking_computer(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, context.clock)
    handled: list[str] = []
    elsewhere = commands.request(CommandKind.SCAN, host="another-pc")
    here = commands.request(CommandKind.SCAN, host=socket.gethostname())
    poller(context, handled).poll_once()
    assert handled == ["scan:None"]
    assert commands.outcome(elsewhere).state == "pending"
    assert commands.outcome(here).result == "ok"


def test_every_engine_reloads_its_modems_and_a_stop_is_taken_once(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, context.clock)
    first, second = [], []
    one, two = poller(context, first), poller(context, second)
    commands.request(CommandKind.RELOAD_MODEMS)
    commands.request(CommandKind.STOP)
    one.poll_once()
    two.poll_once()
    assert first == ["reload_modems:None", "stop:None"]
    assert second == ["reload_modems:None"]  # the stop was the first engine's


def test_a_failure_reaches_the_asker_in_words(context: AppContext) -> None:
    def refuse(_command: Command) -> object:
        raise RuntimeError("modem 3 is not driven here")

    commands = EngineCommands(context.database.session_factory, context.clock)
    command_id = commands.request(CommandKind.RECONNECT, modem_id=3)
    poller(context, [], lambda _m: True, reconnect=refuse).poll_once()
    with pytest.raises(EngineCommandFailed, match="modem 3 is not driven here"):
        commands.wait(command_id, timeout=5)


def test_nobody_answering_is_said_and_the_request_is_not_acted_on_later(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, TickingClock())
    command_id = commands.request(CommandKind.SCAN, host=socket.gethostname())
    with pytest.raises(EngineNotAnswering, match="did not answer within 3 seconds"):
        commands.wait(command_id, timeout=3)
    handled: list[str] = []
    poller(context, handled).poll_once()
    assert handled == []
    assert commands.outcome(command_id).state == "abandoned"


def test_requests_made_before_the_engine_started_are_not_acted_on(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, context.clock)
    commands.request(CommandKind.STOP)  # meant for an engine that is gone
    handled: list[str] = []
    started = poller(context, handled)
    stop = threading.Event()
    stop.set()  # run() reads where to start, then returns at once
    started.run(stop)
    commands.request(CommandKind.RELOAD_MODEMS)
    started.poll_once()
    assert handled == ["reload_modems:None"]


def test_finished_commands_older_than_a_day_are_forgotten(context: AppContext, fake_clock: FakeClock) -> None:
    commands = EngineCommands(context.database.session_factory, fake_clock)
    done = commands.request(CommandKind.RELOAD_MODEMS)
    commands.finish(done, True)
    waiting = commands.request(CommandKind.SCAN)
    fake_clock.advance(2 * 24 * 3600)
    commands.forget_old()
    with context.database.session() as session:
        left = session.scalars(select(EngineCommand.id)).all()
        assert list(left) == [waiting]
        assert session.scalar(select(func.count()).select_from(EngineCommand)) == 1


def test_changing_a_modem_asks_the_engine_to_reload(context: AppContext) -> None:
    context.users.choose_first_password(None)
    commands = EngineCommands(context.database.session_factory, context.clock)
    before = commands.last_id()
    context.modems.add("/dev/ttyUSB7", name="Front desk")
    kinds = [c.kind for c in commands.since(before)]
    assert kinds == ["reload_modems"]


def test_a_requester_waits_while_the_engine_is_still_working_on_it(context: AppContext) -> None:
    """A scan takes seconds: the asker read "running" (taken, not finished) as done, with no result."""
    commands = EngineCommands(context.database.session_factory, context.clock)
    command_id = commands.request(CommandKind.SCAN, host=socket.gethostname())
    assert commands.take(command_id)
    looks: list[str] = []

    class FinishingClock(TickingClock):
        def wait(self, event: threading.Event, seconds: float) -> bool:
            looks.append(commands.outcome(command_id).state)
            if len(looks) == 3:  # the engine finishes while the asker waits
                commands.finish(command_id, True, [{"device": "/dev/ttyUSB0"}])
            return super().wait(event, seconds)

    asker = EngineCommands(context.database.session_factory, FinishingClock())
    found = asker.wait(command_id, timeout=60)
    assert looks == ["running", "running", "running"]
    assert (found.state, found.result) == ("done", [{"device": "/dev/ttyUSB0"}])


def test_a_full_disk_at_start_does_not_end_the_command_thread(context: AppContext) -> None:
    """The poller's first write (deleting old requests) refused by a full disk must not end its thread."""
    faults = WriteFaults(context.database.engine, only=r"DELETE FROM engine_commands")
    faults.on()
    handled: list[str] = []
    started = poller(context, handled)
    stop = threading.Event()
    thread = threading.Thread(target=started.run, args=(stop,))
    try:
        thread.start()
        assert faults.wait_for_hits(1)
        faults.off()
        commands = EngineCommands(context.database.session_factory, context.clock)
        command_id = commands.request(CommandKind.RELOAD_MODEMS)
        wait_for(lambda: commands.outcome(command_id).state == "done", 30, "the reload to be done")
    finally:
        stop.set()
        thread.join(10)
        faults.remove()
    assert handled == ["reload_modems:None"]


def test_the_kept_connection_sees_each_new_command_and_holds_no_snapshot(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, context.clock)
    watch = commands.newest_id_watch()
    try:
        assert watch() == 0
        first = commands.request(CommandKind.SCAN)
        assert watch() == first  # a look left no read transaction behind: it sees the new row
        second = commands.request(CommandKind.RELOAD_MODEMS)
        assert watch() == second
        with context.database.engine.connect() as connection:  # nothing holds the WAL back
            busy, _frames, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0
    finally:
        watch.close()


def test_a_failed_look_drops_the_connection_and_the_next_opens_another(context: AppContext) -> None:
    commands = EngineCommands(context.database.session_factory, context.clock)
    watch = commands.newest_id_watch()
    assert watch() == 0
    with context.database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE engine_commands RENAME TO engine_commands_away")
    with pytest.raises(Exception, match="engine_commands"):
        watch()
    with context.database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE engine_commands_away RENAME TO engine_commands")
    assert watch() == 0
    watch.close()


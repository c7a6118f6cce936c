"""The composition root: builds paths, database, services and (on demand) the engine, once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from desk_sms.clock import Clock, SystemClock
from desk_sms.db import location, migrate
from desk_sms.db.session import Database, connect
from desk_sms.events import EventBus
from desk_sms.logs import setup_logging
from desk_sms.paths import DataPaths, choose_data_dir, prepare_data_dir
from desk_sms.services.backups import BackupService
from desk_sms.services.inbox import InboxService
from desk_sms.services.modem_tests import ModemTests
from desk_sms.services.modems import ModemService
from desk_sms.services.outbox import OutboxService
from desk_sms.services.polls import PollsService
from desk_sms.services.rules import RulesService
from desk_sms.services.settings import SettingsService
from desk_sms.services.users import UsersService

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything one desk-sms process uses. Built by `build_context`, handed down explicitly."""

    paths: DataPaths
    database: Database
    events: EventBus
    clock: Clock
    settings: SettingsService
    outbox: OutboxService
    modems: ModemService
    users: UsersService
    inbox: InboxService
    backups: BackupService
    rules: RulesService
    polls: PollsService
    modem_tests: ModemTests
    closers: list[Callable[[], None]] = field(default_factory=list)
    # Stops the engine process this window made sure of (a restore needs it stopped), if any.
    engine_stopper: Callable[[], None] | None = None

    def close(self) -> None:
        """Stop what was started on this context (the engine, demo modems), then the database."""
        while self.closers:
            closer = self.closers.pop()
            try:
                closer()
            except Exception:
                log.exception("error while shutting down")
        self.database.dispose()


def build_context(
    data_dir: str | None = None, db_url: str | None = None, clock: Clock | None = None
) -> AppContext:
    """Prepare the data directory and logging, open and migrate the database, build the services."""
    paths = prepare_data_dir(choose_data_dir(data_dir))
    setup_logging(paths.log_file)
    database = connect(location.resolve(paths, db_url).url)
    try:
        migrate.upgrade(database, paths.backups)
    except Exception as exc:
        database.dispose()
        database.raise_if_storage_problem(exc)  # a full disk is not a failed migration
        raise
    events = EventBus()
    factory = database.session_factory
    clock = clock or SystemClock()
    users = UsersService(factory, events, clock, shared_server=database.dialect == "postgresql")
    settings = SettingsService(factory, events, users)
    log.info("desk-sms context ready: data dir %s, database %s", paths.root, database.dialect)
    outbox = OutboxService(
        factory, events, clock, settings.get("default_region"),
        max_parts=lambda: int(settings.get("max_parts_per_message")),
    )
    modems = ModemService(factory, events, clock, users)
    context = AppContext(
        paths=paths,
        database=database,
        events=events,
        clock=clock,
        settings=settings,
        outbox=outbox,
        modems=modems,
        users=users,
        inbox=InboxService(
            factory, events, clock, outbox, users.record,
            users=users, opt_out_keywords=lambda: list(settings.get("opt_out_keywords")),
            opt_out_confirmation=settings.opt_out_confirmation,
        ),
        backups=BackupService(
            database, paths.backups, clock, lambda: int(settings.get("backup_retention_days")), users=users
        ),
        rules=RulesService(factory, events, users, lambda: int(settings.get("max_parts_per_message"))),
        polls=PollsService(factory, events, clock, settings, users),
        modem_tests=ModemTests(modems, outbox, users, clock),
    )
    _wire_replies(context)
    return context


def _wire_replies(context: AppContext) -> None:
    """Replies fill placeholders as Compose does; messages name their user in the audit log."""
    from desk_sms.services.compose import ComposeService

    compose = ComposeService.from_context(context)
    context.inbox.renderer = compose.render_one
    context.outbox.sender = lambda: context.users.actor

"""Start the desktop app: QApplication, language, single-instance guard, context, main window.

`run_app` is what `desk-sms gui` calls. The window itself is built by
`create_main_window(context, ...)` so tests can build one on a temporary data dir
without running the event loop.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_sms import __version__
from desk_sms.context import AppContext, build_context
from desk_sms.engine_process import EngineSupervisor, serve_command
from desk_sms.errors import DatabaseUnreachable
from desk_sms.paths import choose_data_dir, prepare_data_dir
from ui.bridge import EngineBridge
from ui.errors import show_error, user_error_text
from ui.i18n import SYSTEM, Translations
from ui.main_window import MainWindow, PageFactory
from ui.pages.deps import PageDeps
from ui.pages.inbox import InboxPage
from ui.pages.modems import ModemsPage
from ui.pages.sent import SentPage
from ui.settings_store import UiSettings
from ui.single_instance import SingleInstanceGuard, instance_key
from ui.style import apply_look, icon
from ui.terminate import close_on_terminate
from ui.tray import SystemTray

log = logging.getLogger(__name__)

APP_NAME = "desk-sms"
ORGANIZATION = "desk-sms"
EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class MainWindowParts:
    """The window plus the objects that must live (and be closed) with it."""

    window: MainWindow
    bridge: EngineBridge
    translations: Translations
    ui_settings: UiSettings
    tray: SystemTray | None = None

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        self.bridge.close()


def freeze_startup_objects() -> None:
    """Keep the garbage collector away from what start-up built (modules, Qt wrappers, pages).

    Those objects live as long as the window. Left in the collector's oldest generation, each full
    collection walks all of them while holding the interpreter lock: 100-130 ms during which the
    window cannot repaint (measured with bench/gui_responsiveness.py). Frozen, they are skipped.
    """
    gc.collect()
    gc.freeze()


def ensure_application() -> QApplication:
    """The process's QApplication (created once), named and styled."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    apply_look(app)
    return app


def create_main_window(
    context: AppContext,
    translations: Translations | None = None,
    factories: Mapping[str, PageFactory] | None = None,
) -> MainWindowParts:
    """Build the main window for `context`, applying this PC's saved language first."""
    app = QCoreApplication.instance()
    assert app is not None, "create a QApplication first"
    ui_settings = UiSettings(context.paths.root)
    translations = translations or Translations(app)
    translations.apply(ui_settings.language())
    bridge = EngineBridge(context.events)
    deps = PageDeps(context=context, bridge=bridge, ui_settings=ui_settings, translations=translations)
    window = MainWindow(deps, factories)
    bridge.setParent(window)
    return MainWindowParts(window=window, bridge=bridge, translations=translations, ui_settings=ui_settings)


def run_app(data_dir: str | None = None, db_url: str | None = None, demo_modems: int = 0) -> int:
    """Run the desktop app until its window closes; 0 on a normal exit, 1 when start-up failed."""
    app = ensure_application()
    translations = Translations(app)
    translations.apply(SYSTEM)  # start-up errors are shown in the system language
    guard = SingleInstanceGuard(instance_key(choose_data_dir(data_dir)))
    try:
        if not guard.acquire():
            log.info("desk-sms already runs on this data dir; asked it to come forward")
            return EXIT_OK
        return _run_with_guard(app, guard, translations, data_dir, db_url, demo_modems)
    finally:
        guard.release()
        translations.uninstall()


def _run_with_guard(
    app: QApplication,
    guard: SingleInstanceGuard,
    translations: Translations,
    data_dir: str | None,
    db_url: str | None,
    demo_modems: int,
) -> int:
    context = _build_context_or_explain(data_dir, db_url)
    if context is None:
        return EXIT_FAILED
    try:
        parts = _create_window_or_explain(context, translations)
        if parts is None:
            return EXIT_FAILED
        guard.raise_requested.connect(parts.window.bring_to_front)
        attach_engine(context, parts, demo_modems, db_url)
        parts.window.show_first_time()
        freeze_startup_objects()
        window = parts.window

        def close_and_quit() -> None:
            window.close()  # saves the window's state, as its close button does
            app.quit()

        undo_terminate = close_on_terminate(app, close_and_quit)
        try:
            return app.exec()
        finally:
            undo_terminate()
            parts.close()
    finally:
        context.close()


def attach_engine(
    context: AppContext, parts: MainWindowParts, demo_modems: int = 0, db_url: str | None = None
) -> EngineSupervisor:
    """Make sure an engine process runs for this data directory, and follow its work.

    The window drives no modems: `desk-sms serve` does, found when one runs, started (with the `--demo`
    modems) when none does, restarted when it dies. What it does reaches the pages through the change
    watcher; what the window asks of it goes through the engine command table.
    """
    from desk_sms.change_watch import ChangeWatcher

    if context.database.dialect == "sqlite":
        db_url = context.database.url  # a file's URL holds no password: the engine opens the same file
    command = serve_command(context.paths.root, db_url, demo_modems)
    supervisor = EngineSupervisor(command, context.database.session_factory, context.events, context.clock)
    supervisor.start()
    keep = context.settings.get
    context.closers.append(lambda: supervisor.close(keep_engine=bool(keep("keep_sending_when_closed"))))
    context.engine_stopper = supervisor.stop_engine
    # What the engine (or another desk) changes reaches this window's pages within seconds.
    watcher = ChangeWatcher(context.database.session_factory, context.events)
    watcher.start()
    context.closers.append(watcher.stop)
    _watch_data_folder(context)  # the engine's failed writes happen in another process
    window = parts.window
    sent, modems = window.page("sent"), window.page("modems")
    if isinstance(sent, SentPage):
        sent.queue_summary_changed.connect(window.set_queue_summary)
    if isinstance(modems, ModemsPage):
        modems.modem_summary_changed.connect(window.set_modem_summary)
    inbox = window.page("inbox")
    shared_icon = inbox.tray.tray_icon if isinstance(inbox, InboxPage) else None
    parts.tray = SystemTray(window, supervisor.stop_engine, shared_icon)
    window.add_quit_action(parts.tray.quit_action)  # also where a desktop has no tray
    return supervisor


def _watch_data_folder(context: AppContext) -> None:
    """A client window cannot see the engine's failed writes: it watches the database's folder."""
    from desk_sms.storage_watch import FolderWatch

    database_file = context.database.sqlite_path
    if database_file is None:
        return
    watch = FolderWatch(database_file, context.events, context.clock)
    watch.start()
    context.closers.append(watch.stop)


def _create_window_or_explain(context: AppContext, translations: Translations) -> MainWindowParts | None:
    try:
        return create_main_window(context, translations)
    except Exception as exc:  # a page that cannot be built is a bug: show it, do not print a traceback
        show_error(None, exc)
        return None


def _build_context_or_explain(data_dir: str | None, db_url: str | None) -> AppContext | None:
    """The AppContext, or None after telling the user why it could not be built."""
    while True:
        try:
            return build_context(data_dir, db_url)
        except DatabaseUnreachable as exc:  # the shared server is away: wait for it, or work alone
            log.info("start-up: %s", exc)
            answer = ask_about_unreachable_server(exc)
            if answer == TRY_AGAIN:
                continue
            if answer == USE_LOCAL_FILE:
                db_url = prepare_data_dir(choose_data_dir(data_dir)).database_url()
                continue
            return None
        except Exception as exc:  # a UserError gets its own text, anything else the bug dialog
            log.info("start-up failed: %s", exc)
            show_error(None, exc)
            return None


TRY_AGAIN, USE_LOCAL_FILE, QUIT = "try_again", "use_local_file", "quit"


def ask_about_unreachable_server(exc: DatabaseUnreachable) -> str:
    title = QCoreApplication.translate("app", "desk-sms")
    box = QMessageBox(QMessageBox.Icon.Warning, title, user_error_text(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "The other desks' data is on that server. Check that the server computer is on and this PC "
            "is on the office network, then try again.\n\nWorking with this computer's own database file "
            "shows only what was saved on this PC before; change the choice later under Settings → Database.",
        )
    )
    retry = box.addButton(QCoreApplication.translate("app", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(
        QCoreApplication.translate("app", "Use this computer's file"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return TRY_AGAIN if clicked is retry else USE_LOCAL_FILE if clicked is local else QUIT

"""The main window: sidebar navigation, stacked pages, and a status bar for modems and the queue.

Pages are listed once in `PAGES`. A page that is not built yet shows an honest
placeholder; when its module lands it replaces the placeholder with one entry in
`PAGE_FACTORIES` (for example `"contacts": ContactsPage,`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.pages.compose import ComposePage
from ui.pages.contacts import ContactsPage
from ui.pages.dashboard import DashboardPage
from ui.pages.deps import PageDeps
from ui.pages.inbox import InboxPage
from ui.pages.modems import ModemsPage
from ui.pages.placeholder import CONTEXT as PAGE_CONTEXT
from ui.pages.placeholder import PlaceholderPage
from ui.pages.reports import ReportsPage
from ui.pages.rules import RulesPage
from ui.pages.schedules import SchedulesPage
from ui.pages.sent import SentPage
from ui.pages.settings import SettingsPage
from ui.style import icon, named
from ui.widgets.engine_status import EngineStatus
from ui.widgets.storage_notice import StorageNotice
from ui.widgets.user_indicator import CurrentUserIndicator

PageFactory = Callable[[PageDeps], QWidget]


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Marks a text for pyside6-lupdate (which looks for this name); translated when shown.

    A typed stand-in for PySide6's own, whose stub returns `object`.
    """
    del context
    return source_text


DEFAULT_SIZE = QSize(1120, 740)
MINIMUM_SIZE = QSize(760, 520)


@dataclass(frozen=True)
class PageSpec:
    """One sidebar entry. Texts are source strings in the "Pages" translation context.

    Attributes:
        key: stable id (remembered as the last page; used by PAGE_FACTORIES).
        title: sidebar and page title.
        summary: what the page will hold (shown while it is a placeholder).
        coming_with: which piece of work brings it (shown while it is a placeholder).
    """

    key: str
    title: str
    summary: str
    coming_with: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Today at a glance: messages waiting, sent and delivered, "
            "replies to answer, and the health of every modem.",
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the dashboard issue, once the engine reports its counts."),
    ),
    PageSpec(
        "contacts",
        QT_TRANSLATE_NOOP("Pages", "Contacts"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Your customer list with groups, consent and opt-outs, and import from Excel or CSV rosters.",
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the contacts and roster import issue."),
    ),
    PageSpec(
        "compose",
        QT_TRANSLATE_NOOP("Pages", "Compose"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Write a message or pick a template, choose recipients, "
            "see the SMS count, and send now or later.",
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the sending and templates issue."),
    ),
    PageSpec(
        "schedules",
        QT_TRANSLATE_NOOP("Pages", "Schedules"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Reminders and recurring messages, such as the day before an "
            "appointment, with their next run times.",
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the scheduler issue."),
    ),
    PageSpec(
        "inbox",
        QT_TRANSLATE_NOOP("Pages", "Inbox"),
        QT_TRANSLATE_NOOP(
            "Pages", "Replies from customers, grouped into conversations, with opt-out keywords marked."
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the inbox issue."),
    ),
    PageSpec(
        "rules",
        QT_TRANSLATE_NOOP("Pages", "Rules"),
        QT_TRANSLATE_NOOP(
            "Pages", "Automatic answers, out-of-hours replies, routing to staff, and poll results."
        ),
        "",
    ),
    PageSpec(
        "sent",
        QT_TRANSLATE_NOOP("Pages", "Sent"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Every outgoing message with its state: queued, sent, delivered, "
            "failed or needing attention, with one-click resend.",
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the outbox and delivery reports issue."),
    ),
    PageSpec(
        "modems",
        QT_TRANSLATE_NOOP("Pages", "Modems"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "The connected GSM modems: signal, network, daily limit used, and adding or removing a modem.",
        ),
        QT_TRANSLATE_NOOP("Pages", "Comes with the modem management issue."),
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        QT_TRANSLATE_NOOP("Pages", "Messages per day and per modem, delivery rates, and export to Excel."),
        QT_TRANSLATE_NOOP("Pages", "Comes with the reports issue."),
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "Settings"),
        QT_TRANSLATE_NOOP("Pages", "Language and business settings."),
        "",
    ),
)

# A built page plugs in here with one entry; every other page stays a placeholder.
PAGE_FACTORIES: dict[str, PageFactory] = {
    "dashboard": DashboardPage,
    "reports": ReportsPage,
    "contacts": ContactsPage,
    "settings": SettingsPage,
    "compose": ComposePage,
    "sent": SentPage,
    "modems": ModemsPage,
    "inbox": InboxPage,
    "schedules": SchedulesPage,
    "rules": RulesPage,
}


def placeholder_factory(spec: PageSpec) -> PageFactory:
    def build(_deps: PageDeps) -> QWidget:
        return PlaceholderPage(spec.title, spec.summary, spec.coming_with)

    return build


class MainWindow(QMainWindow):
    """Sidebar + pages + status bar. Receives everything it needs; builds no services itself."""

    def __init__(self, deps: PageDeps, factories: Mapping[str, PageFactory] | None = None) -> None:
        super().__init__()
        self._ready = False  # LanguageChange may reach a window whose construction failed
        self._deps = deps
        self._factories = PAGE_FACTORIES if factories is None else factories
        self._pages: dict[str, QWidget] = {}
        self._badges: dict[str, int] = {}
        self._summaries: dict[str, str | None] = {"modems": None, "queue": None}
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(MINIMUM_SIZE)
        # A desk acts only through a signed-in user: pages built next show no administrator's controls
        # until someone signs in (the status bar's indicator does that).
        deps.context.users.require_sign_in()
        self._build_sidebar_and_pages()
        self._build_status_bar()
        self._build_menu()
        self._install_shortcuts()
        self.retranslate_ui()
        self._restore_state()
        self._ready = True

    # ----- building -------------------------------------------------------------------------

    def _build_sidebar_and_pages(self) -> None:
        self._sidebar = named(QListWidget(), "sidebar")
        self._sidebar.setIconSize(QSize(20, 20))
        self._sidebar.setFixedWidth(200)
        self._sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._stack = named(QStackedWidget(), "pages")
        for spec in PAGES:
            self._sidebar.addItem(QListWidgetItem(icon(spec.key), ""))
            page = self._factories.get(spec.key, placeholder_factory(spec))(self._deps)
            if not page.objectName():
                page.setObjectName(f"page_{spec.key}")
            self._pages[spec.key] = page
            badge = getattr(page, "badge_changed", None)  # a page with a count to show on its entry
            if badge is not None:
                badge.connect(lambda count, key=spec.key: self.set_badge(key, count))
            self._stack.addWidget(page)
        self._sidebar.currentRowChanged.connect(self._on_row_changed)
        container = QWidget()
        layout = QHBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(container)

    def _build_status_bar(self) -> None:
        self.storage_notice = StorageNotice(self._deps.bridge, short=True)  # sending paused: why
        self.statusBar().addWidget(self.storage_notice)
        self.engine_status = EngineStatus(self._deps.bridge)  # the engine's own process: running, restarting
        self.statusBar().addWidget(self.engine_status)
        self._modem_summary = named(QLabel(), "modemSummary")
        self._queue_summary = named(QLabel(), "queueSummary")
        self.statusBar().addPermanentWidget(self._modem_summary)
        self.statusBar().addPermanentWidget(self._queue_summary)
        self.user_indicator = CurrentUserIndicator(self._deps.context.users, self._deps.bridge)
        self.user_indicator.user_shown.connect(self._follow_current_user)
        self.statusBar().addPermanentWidget(self.user_indicator)
        self.statusBar().setSizeGripEnabled(False)

    def _build_menu(self) -> None:
        """The window's own menu: close the window, and (once an engine is attached) quit completely.

        A desktop without a tray still has a way to stop the engine process (`add_quit_action`).
        """
        self.app_menu = self.menuBar().addMenu("")
        self.app_menu.setObjectName("appMenu")
        self.close_action = self.app_menu.addAction("")
        self.close_action.setObjectName("closeWindow")
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)

    def add_quit_action(self, action: QAction) -> None:
        """Offer *Quit desk-sms completely* (the tray's own action, so both stay in step) in the menu."""
        self.app_menu.addSeparator()
        self.app_menu.addAction(action)

    def _follow_current_user(self) -> None:
        """Pages that show "mine" follow whoever is signed in now."""
        user = self._deps.context.users.current
        inbox = self._pages.get("inbox")
        if isinstance(inbox, InboxPage):
            inbox.set_current_user(user.id if user else None)

    def _install_shortcuts(self) -> None:
        for row in range(min(len(PAGES), 10)):  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
            shortcut = QShortcut(QKeySequence(f"Ctrl+{(row + 1) % 10}"), self)
            shortcut.activated.connect(lambda row=row: self._sidebar.setCurrentRow(row))

    # ----- public API -----------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def current_page_key(self) -> str:
        return PAGES[self._stack.currentIndex()].key

    def show_page(self, key: str) -> None:
        self._sidebar.setCurrentRow(self._row_of(key))

    def set_modem_summary(self, text: str) -> None:
        """Status bar text about the modems (the engine wiring calls this through the bridge)."""
        self._summaries["modems"] = text
        self._modem_summary.setText(text)

    def set_queue_summary(self, text: str) -> None:
        """Status bar text about the outgoing queue."""
        self._summaries["queue"] = text
        self._queue_summary.setText(text)

    def set_badge(self, key: str, count: int) -> None:
        """Show `count` (e.g. unread messages) beside the page's sidebar entry; 0 hides it."""
        self._badges[key] = count
        row = self._row_of(key)
        title = QCoreApplication.translate(PAGE_CONTEXT, PAGES[row].title)
        self._sidebar.item(row).setText(f"{title}  ({count:,})" if count else title)

    def badge(self, key: str) -> int:
        """The count shown beside the page's sidebar entry (0: none)."""
        return self._badges.get(key, 0)

    def bring_to_front(self) -> None:
        """Show, un-minimise, raise and activate (another launch asked for this window)."""
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    # ----- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("desk-sms"))
        self.app_menu.setTitle(self.tr("&File"))
        self.close_action.setText(self.tr("Close window"))
        for row, spec in enumerate(PAGES):
            item = self._sidebar.item(row)
            item.setText(QCoreApplication.translate(PAGE_CONTEXT, spec.title))
            item.setToolTip(self.tr("{page} (Ctrl+{number})").format(page=item.text(), number=row + 1))
        for key, count in self._badges.items():
            self.set_badge(key, count)
        if self._summaries["modems"] is None:
            self._modem_summary.setText(self.tr("Modems: engine not started"))
        if self._summaries["queue"] is None:
            self._queue_summary.setText(self.tr("Queue: engine not started"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._ready:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- state ----------------------------------------------------------------------------

    def _row_of(self, key: str) -> int:
        return next(row for row, spec in enumerate(PAGES) if spec.key == key)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._stack.setCurrentIndex(row)
        self._deps.ui_settings.set_last_page(PAGES[row].key)

    def _restore_state(self) -> None:
        geometry = self._deps.ui_settings.window_geometry()
        self.first_start = geometry is None or not self.restoreGeometry(geometry)
        if self.first_start:
            self.resize(DEFAULT_SIZE)  # the size to come back to when un-maximised
        last = self._deps.ui_settings.last_page()
        known = {spec.key for spec in PAGES}
        self.show_page(last if last in known else PAGES[0].key)

    def show_first_time(self) -> None:
        """Show the window; the first start fills the screen (on a 1366×768 laptop Send stays in sight)."""
        if self.first_start:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._deps.ui_settings.set_window_geometry(self.saveGeometry())
        self._deps.ui_settings.sync()
        super().closeEvent(event)

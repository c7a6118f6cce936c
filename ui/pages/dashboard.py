"""The Dashboard, the first page: today's outgoing work, what needs a person, and modem health.

Every figure is a button that opens its page already filtered (the Sent page on a state or on
"needs attention", the Inbox on unhandled replies, the Schedules page with its notice of missed
runs, the Modems page). Figures reload in the
background when the engine reports a change (debounced) and once a minute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.dashboard import DashboardFigures, DashboardService
from desk_sms.services.modems import ModemRow
from desk_sms.services.reports import ReportsService
from ui.models.modems_model import modem_error_in_words, modem_state_text
from ui.pages.deps import PageDeps
from ui.pages.schedules import SchedulesPage
from ui.pages.sent import ALL_TAB, ATTENTION_TAB, SentPage
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.storage_notice import StorageNotice

REFRESH_DELAY_MS = 1_000  # many state changes in a burst cause one reload
REFRESH_EVERY_MS = 60_000  # "later today" and modem health change without events too
COLUMNS = 4
SCHEDULES_TAB = 0  # the Schedules page's first tab lists the schedules themselves
# Local to this page: the shared stylesheet knows nothing of figure buttons.
FIGURE_STYLE = """
QPushButton#dashboardFigure {
    background: #f4f8fa; border: 1px solid #d3dfe6; border-radius: 8px;
    padding: 0px;
}
QLabel#dashboardValue { font-size: 22pt; font-weight: 600; color: #1d2a33; background: transparent; }
QLabel#dashboardCaption { font-size: 11pt; color: #44535e; background: transparent; }
QLabel#dashboardValue[alarm="true"], QLabel#dashboardCaption[alarm="true"] { color: #8c1d18; }
QPushButton#dashboardFigure:hover { background: #e6f0f5; border-color: #1f6f8b; }
QPushButton#dashboardFigure[alarm="true"] { background: #fdecea; border-color: #d9827b; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; color: #1f6f8b; }
"""


@dataclass(frozen=True)
class Figure:
    """One dashboard figure. `value` reads it from the figures; `open` shows its page filtered."""

    key: str
    value: Callable[[DashboardFigures], int]
    open: Callable[[QWidget], None]
    alarming: bool = False  # highlighted when not zero


class DashboardPage(QWidget):
    """Signals:
    figures_loaded(object): the DashboardFigures just shown.
    """

    figures_loaded = Signal(object)

    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_dashboard")
        self.setStyleSheet(FIGURE_STYLE)
        context = deps.context
        self._context = context
        reports = ReportsService(
            context.database.session_factory, context.clock, lambda: str(context.settings.get("timezone"))
        )
        self._service = DashboardService(
            context.database.session_factory, context.clock, reports, context.modems
        )
        self.figures: DashboardFigures | None = None
        self._requests = 0
        self.buttons: dict[str, QPushButton] = {}
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._figures = _figures()
        self.storage_notice = StorageNotice(deps.bridge)  # why sending is paused, while it is
        self._build()
        self.retranslate_ui()
        self._connect(deps)
        self.refresh()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        self._subtitle = named(QLabel(), "pageNote")
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, figure in enumerate(self._figures):
            button = named(QPushButton(), "dashboardFigure")
            button.setMinimumHeight(96)
            button.setProperty("figure", figure.key)
            # Two labels inside the button: a big number over its caption (labels pass clicks on).
            inside = QVBoxLayout(button)
            inside.setContentsMargins(12, 8, 12, 8)
            self.values[figure.key] = named(QLabel(), "dashboardValue")
            self.captions[figure.key] = named(QLabel(wordWrap=True), "dashboardCaption")
            inside.addWidget(self.values[figure.key])
            inside.addWidget(self.captions[figure.key])
            button.clicked.connect(lambda _checked=False, f=figure: f.open(self._main_window()))
            self.buttons[figure.key] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self._modems_title = named(QLabel(), "sectionTitle")
        self.modem_lines = named(QLabel(wordWrap=True), "dashboardModems")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addWidget(self.storage_notice)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addSpacing(12)
        column.addWidget(self._modems_title)
        column.addWidget(self.modem_lines)
        column.addStretch(1)

    def _connect(self, deps: PageDeps) -> None:
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._periodic = QTimer(self, interval=REFRESH_EVERY_MS)
        self._periodic.timeout.connect(self.refresh)
        self._periodic.start()
        for signal in (
            deps.bridge.message_state_changed,
            deps.bridge.inbound_received,
            deps.bridge.modem_state_changed,
            deps.bridge.data_changed,
        ):
            signal.connect(lambda _event: self._refresh_timer.start())

    # ----- texts ----------------------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "scheduled_today": self.tr("Going out later today"),
            "waiting": self.tr("Waiting to send"),
            "sending": self.tr("Sending now"),
            "needs_attention": self.tr("Needs attention"),
            "unhandled_replies": self.tr("Replies to answer"),
            "missed_runs": self.tr("Missed schedule runs (7 days)"),
            "sent_today": self.tr("Sent today"),
            "delivered_today": self.tr("Delivered today"),
            "failed_today": self.tr("Failed today"),
            "held": self.tr("On hold"),
            "received_today": self.tr("Received today"),
            "modems": self.tr("Modems ready"),
        }

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Dashboard"))
        self._subtitle.setText(
            self.tr("Today, {date}. Click a figure to open its list.").format(
                date=QDate.currentDate().toString("yyyy-MM-dd")
            )
        )
        self._modems_title.setText(self.tr("Modems"))
        self._show(self.figures)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._requests += 1
        request = self._requests
        run_in_background(self, self._service.figures, lambda figures: self._loaded(request, figures))

    def _loaded(self, request: int, figures: DashboardFigures) -> None:
        if request != self._requests:
            return  # a newer reload is on its way; an older answer must not overwrite it
        self.figures = figures
        self._show(figures)
        self.figures_loaded.emit(figures)

    def _show(self, figures: DashboardFigures | None) -> None:
        labels = self._labels()
        for figure in self._figures:
            button = self.buttons[figure.key]
            value = figure.value(figures) if figures else None
            shown = "–" if value is None else f"{value:,}"
            if figure.key == "modems" and figures is not None:
                shown = self.tr("{ready} of {total}").format(ready=value, total=len(figures.modems))
            self.values[figure.key].setText(shown)
            self.captions[figure.key].setText(labels[figure.key])
            button.setAccessibleName(f"{shown} {labels[figure.key]}")
            alarm = figure.alarming and bool(value)
            if figure.key == "modems" and figures is not None:
                alarm = len(figures.modems) > 0 and value != len(figures.modems)
            for widget in (button, self.values[figure.key], self.captions[figure.key]):
                widget.setProperty("alarm", alarm)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.modem_lines.setText(self._modem_text(figures))

    def _modem_text(self, figures: DashboardFigures | None) -> str:
        if figures is None:
            return ""
        if not figures.modems:
            return self.tr("No modem yet: add one on the Modems page.")
        lines = [
            self.tr("{name}: {state}, signal {bars}/5, {used} of %Ln part(s) in 24 h{error}", "",
                    m.daily_limit).format(
                name=m.name,
                state=modem_state_text(m.state) if m.enabled else self.tr("disabled"),
                bars=m.signal_bars,
                used=m.sent_24h,
                error=self._modem_note(m),
            )
            for m in figures.modems
        ]
        return "\n".join(lines)

    def _modem_note(self, modem: ModemRow) -> str:
        """What else to know: the current problem, or when a SIM at its daily limit sends again."""
        if modem.last_error and modem.state not in ("ready", "sending"):
            return f" — {modem_error_in_words(modem.last_error, None)}"
        if modem.frees_at is not None and modem.enabled:
            when = f"{modem.frees_at.astimezone():%H:%M}"
            return " — " + self.tr("daily limit reached, sends again at {time}").format(time=when)
        return ""

    def _main_window(self) -> QWidget:
        return self.window()


# ----- figures and where they lead ----------------------------------------------------------


def _figures() -> tuple[Figure, ...]:
    return (
        Figure("scheduled_today", lambda f: f.scheduled_today, lambda w: open_sent(w, state="queued")),
        Figure("waiting", lambda f: f.waiting, lambda w: open_sent(w, state="queued")),
        Figure("sending", lambda f: f.sending, lambda w: open_sent(w, state="sending")),
        Figure("needs_attention", lambda f: f.needs_attention, open_attention, alarming=True),
        Figure("unhandled_replies", lambda f: f.unhandled_replies, open_unhandled, alarming=True),
        Figure("missed_runs", lambda f: f.missed_runs, open_missed_runs, alarming=True),
        Figure("held", lambda f: f.held, lambda w: open_sent(w, state="queued")),
        Figure("modems", lambda f: f.healthy_modems, lambda w: open_page(w, "modems")),
        Figure("sent_today", lambda f: f.today.sent, lambda w: open_sent(w, today=True)),
        Figure(
            "delivered_today",
            lambda f: f.today.delivered,
            lambda w: open_sent(w, state="delivered", today=True),
        ),
        Figure("failed_today", lambda f: f.today.failed, lambda w: open_sent(w, state="failed", today=True)),
        Figure("received_today", lambda f: f.today.received, open_unhandled),
    )


def show_page(window: QWidget, key: str) -> QWidget | None:
    """Show page `key` of the main window holding the dashboard; the page, if the window has it."""
    show = getattr(window, "show_page", None)
    page = getattr(window, "page", None)
    if show is None or page is None:
        return None
    show(key)
    found: QWidget = page(key)
    return found


def open_page(window: QWidget, key: str) -> None:
    show_page(window, key)


def open_sent(window: QWidget, state: str | None = None, today: bool = False) -> None:
    """The Sent page on all messages, filtered by state and (optionally) created today."""
    page = show_page(window, "sent")
    if not isinstance(page, SentPage):
        return
    page.tabs.setCurrentIndex(ALL_TAB)
    page.state_filter.setCurrentIndex(max(0, page.state_filter.findData(state)))
    page.dates_check.setChecked(today)
    if today:
        page.from_date.setDate(QDate.currentDate())
        page.to_date.setDate(QDate.currentDate())


def open_attention(window: QWidget) -> None:
    page = show_page(window, "sent")
    if isinstance(page, SentPage):
        page.state_filter.setCurrentIndex(0)
        page.dates_check.setChecked(False)
        page.tabs.setCurrentIndex(ATTENTION_TAB)


def open_missed_runs(window: QWidget) -> None:
    """The Schedules page on its list of schedules, re-read so its missed-runs notice is current."""
    page = show_page(window, "schedules")
    if isinstance(page, SchedulesPage):
        page.tabs.setCurrentIndex(SCHEDULES_TAB)
        page.refresh()


def open_unhandled(window: QWidget) -> None:
    page = show_page(window, "inbox")
    unhandled = getattr(page, "unhandled_only", None)
    if unhandled is not None:
        unhandled.setChecked(True)

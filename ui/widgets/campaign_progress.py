"""A campaign's progress: a bar (done of total), counts per state, rate, time left, pause/resume/cancel.

The numbers are read off the GUI thread (`desk_sms.services.estimates.campaign_progress`); the
modems' capacities come from a callable the page provides (the running engine's measurements, or
the stored modem rows when another process drives the modems).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.services.estimates import (
    CampaignProgress,
    Estimate,
    EstimateKind,
    ModemCapacity,
    campaign_progress,
)
from ui.models.outbox_model import state_text
from ui.style import named
from ui.tasks import run_in_background

CapacityProvider = Callable[[], list[ModemCapacity]]
STATE_ORDER = ("queued", "sending", "sent", "delivered", "undeliverable", "failed", "uncertain",
               "cancelled", "skipped")


class CampaignProgressPanel(QFrame):
    """Progress of one campaign; `show_campaign(None)` hides it.

    Signals:
        progress_shown(object): new numbers are on screen (the CampaignProgress).
        status_changed(str): the user paused, resumed or cancelled the campaign (the new state).
    """

    progress_shown = Signal(object)
    status_changed = Signal(str)

    def __init__(
        self, context: AppContext, capacities: CapacityProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignProgress")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._context = context
        self._capacities = capacities
        self._campaign_id: int | None = None
        self._progress: CampaignProgress | None = None
        self._build()
        self.retranslate_ui()
        self.setVisible(False)

    def _build(self) -> None:
        self.title = named(QLabel(), "campaignTitle")
        self.bar = named(QProgressBar(), "campaignBar")
        self.counts_label = named(QLabel(), "campaignCounts")
        self.rate_label = named(QLabel(), "campaignRate")
        self.eta_label = named(QLabel(), "campaignEta")
        self.pause_button = named(QPushButton(), "pauseCampaign")
        self.resume_button = named(QPushButton(), "resumeCampaign")
        self.cancel_button = named(QPushButton(), "cancelCampaign")
        self.pause_button.clicked.connect(lambda: self.set_status("paused"))
        self.resume_button.clicked.connect(lambda: self.set_status("running"))
        self.cancel_button.clicked.connect(self.cancel_campaign)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.bar, 1)
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            top.addWidget(button)
        numbers = QHBoxLayout()
        numbers.addWidget(self.counts_label, 1)
        numbers.addWidget(self.rate_label)
        numbers.addSpacing(16)
        numbers.addWidget(self.eta_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addLayout(top)
        column.addLayout(numbers)

    def retranslate_ui(self) -> None:
        self.pause_button.setText(self.tr("Pause"))
        self.resume_button.setText(self.tr("Resume"))
        self.cancel_button.setText(self.tr("Cancel campaign"))
        if self._progress is not None:
            self._show(self._progress)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- loading --------------------------------------------------------------------------

    @property
    def campaign_id(self) -> int | None:
        return self._campaign_id

    @property
    def progress(self) -> CampaignProgress | None:
        return self._progress

    def show_campaign(self, campaign_id: int | None, name: str = "") -> None:
        self._campaign_id = campaign_id
        self._progress = None
        self.title.setText(name)
        self.setVisible(campaign_id is not None)
        self.refresh()

    def refresh(self) -> None:
        campaign_id = self._campaign_id
        if campaign_id is None:
            return
        context, capacities = self._context, self._capacities

        def load() -> CampaignProgress:
            settings = context.settings
            return campaign_progress(context.outbox, campaign_id, capacities(), context.clock.now(),
                                     settings.quiet_hours(), ZoneInfo(str(settings.get("timezone"))))

        run_in_background(self, load, self._loaded)

    def _loaded(self, progress: CampaignProgress) -> None:
        if progress.campaign_id == self._campaign_id:
            self._show(progress)

    def _show(self, progress: CampaignProgress) -> None:
        self._progress = progress
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.bar.setFormat(self.tr("{done} of {total}").format(done=progress.done, total=progress.total))
        self.counts_label.setText(self.counts_text(progress))
        self.rate_label.setText(self.tr("{rate:.1f} per minute").format(rate=progress.per_minute))
        self.eta_label.setText(self.estimate_text(progress.estimate))
        running, paused = progress.status == "running", progress.status == "paused"
        self.pause_button.setVisible(not paused)
        self.pause_button.setEnabled(running and progress.remaining > 0)
        self.resume_button.setVisible(paused)
        self.cancel_button.setEnabled(progress.status != "cancelled" and progress.remaining > 0)
        self.progress_shown.emit(progress)

    # ----- texts ----------------------------------------------------------------------------

    def counts_text(self, progress: CampaignProgress) -> str:
        parts = [f"{state_text(state)} {progress.counts[state]:,}"
                 for state in STATE_ORDER if progress.counts.get(state)]
        return " · ".join(parts)

    def estimate_text(self, found: Estimate) -> str:
        kind = found.kind
        if kind is EstimateKind.DONE:
            return self.tr("Nothing left to send")
        if kind is EstimateKind.PAUSED:
            return self.tr("Paused")
        if kind is EstimateKind.NO_MODEM:
            return self.tr("No modem is ready: no estimate")
        if kind is EstimateKind.RESTING:
            return self.tr("Resting until {time} (quiet hours)").format(time=_clock_text(found.resume_at))
        if kind is EstimateKind.LIMIT_REACHED:
            if found.resume_at is None:
                return self.tr("Daily limits reached: waiting for them to free up")
            return self.tr("Daily limits reached: resumes about {time}").format(
                time=_clock_text(found.resume_at))
        seconds = found.seconds_left or 0.0
        text = (self.tr("Less than a minute left") if seconds < 60 else
                self.tr("About {duration} left").format(duration=self.duration_text(seconds)))
        if found.over_limit:
            text += " · " + self.tr("%Ln wait(s) for tomorrow's limits", "", found.over_limit)
        return text

    def duration_text(self, seconds: float) -> str:
        minutes = max(round(seconds / 60), 1)
        if minutes < 60:
            return self.tr("{minutes} min").format(minutes=minutes)
        return self.tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)

    # ----- actions --------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        campaign_id = self._campaign_id
        if campaign_id is None:
            return
        outbox = self._context.outbox
        run_in_background(self, lambda: outbox.set_campaign_status(campaign_id, status),
                          lambda _none: self._status_set(status))

    def _status_set(self, status: str) -> None:
        self.status_changed.emit(status)
        self.refresh()

    def cancel_campaign(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel campaign"),
                          self.tr("Cancel every message of this campaign that has not gone out yet?\n"
                                  "Messages already sent are not affected."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.set_status("cancelled")


def _clock_text(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment else "?"

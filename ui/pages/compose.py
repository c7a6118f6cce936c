"""The Compose page: recipients, a typed or template text, a phone-like preview, the summary, send.

Recipients come from one contact, a group, a saved segment, pasted numbers or the contacts of an
import. The text is rendered per recipient (placeholders); the summary lists who is left out and
why, the SMS parts and the estimated time; a bulk send is stored as a campaign, which waits for an
administrator's approval when Settings ask for it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_sms.errors import UserError
from desk_sms.events import DataChanged, MessageStateChanged
from desk_sms.outbox.rules import advertising_problem
from desk_sms.services.compose import ComposePlan, ComposeService, Purpose, render_for
from desk_sms.services.compose_recipients import Candidate, SourceChoices
from desk_sms.services.contacts import ContactsService
from desk_sms.services.segments import SegmentsService
from desk_sms.services.templates import TemplateInfo, TemplatesService
from ui.dialogs.template_editor import TemplateEditorDialog
from ui.errors import user_error_text
from ui.pages.compose_summary import summary_html
from ui.pages.deps import PageDeps
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.approval_panel import ApprovalPanel
from ui.widgets.message_editor import MessageEditor
from ui.widgets.phone_preview import PhonePreview
from ui.widgets.recipient_picker import RecipientPicker

PREVIEW_CHOICES = 200  # recipients offered in the preview list
# What the page loads in the background: recipients, templates, placeholders, today, advertising, max parts.
Choices = tuple[SourceChoices, list[TemplateInfo], frozenset[str], date, tuple[str, list[str]], int]
RELOAD_TOPICS = frozenset({"groups", "contacts", "templates", "settings"})
LATE_CHOICES = [30, 60, 120, 360]  # minutes a timed send may still go out late
DEFAULT_LATE_CHOICE = 2  # 2 hours, as the command line's default


class ComposePage(QWidget):
    """Signals:
    choices_loaded(): groups, segments, imports, templates and placeholders are listed.
    candidates_loaded(): the preview lists the recipients of the chosen sources.
    plan_ready(object): the summary shows this ComposePlan; Send is enabled.
    campaign_created(int): a campaign was stored (its id).
    """

    choices_loaded = Signal()
    candidates_loaded = Signal()
    plan_ready = Signal(object)
    campaign_created = Signal(int)

    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        context = deps.context
        factory = context.database.session_factory
        self.compose = ComposeService.from_context(context)
        self.templates = TemplatesService(factory, context.events, context.users)
        self.contacts = ContactsService(factory, context.events, context.clock, users=context.users)
        self.segments = SegmentsService.from_context(context)
        self._users = context.users
        self._candidates: list[Candidate] = []
        self._today = date.today()
        self._template_id: int | None = None
        self._plan: ComposePlan | None = None
        self._advertising_rules: tuple[str, list[str]] = ("", [])  # sender name, opt-out keywords
        self._build()
        self.retranslate_ui()
        deps.bridge.data_changed.connect(self._on_data_changed)
        deps.bridge.message_state_changed.connect(self._on_message_state)
        self.reload_choices()
        self.approvals.refresh()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        form = QWidget()
        column = QVBoxLayout(form)
        self.recipients = RecipientPicker(self.contacts, segments=self.segments)
        self.recipients.sources_changed.connect(self._load_candidates)
        column.addWidget(self.recipients)
        column.addWidget(self._build_message(), 1)
        column.addWidget(self._build_sending())
        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        main = QVBoxLayout()
        main.addWidget(scroll, 1)
        main.addLayout(self._build_buttons())  # outside the scrolling form: always in sight
        side = QVBoxLayout()
        self.preview_choice = named(QComboBox(), "previewRecipient")
        self.preview_choice.currentIndexChanged.connect(lambda _index: self.update_preview())
        self.preview = PhonePreview()
        self.approvals = ApprovalPanel(self.compose, self._users)
        side.addWidget(self.preview_choice)
        side.addWidget(self.preview)
        side.addWidget(self.approvals, 1)
        body = QHBoxLayout()
        body.addLayout(main, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)

    def _build_message(self) -> QGroupBox:
        self._message_box = QGroupBox()
        self.template_choice = named(QComboBox(), "templateChoice")
        self.template_choice.activated.connect(lambda _index: self._use_template())
        self.edit_templates_button = named(QPushButton(), "editTemplates")
        self.edit_templates_button.clicked.connect(self.open_template_editor)
        self.editor = MessageEditor()
        self.editor.text_changed.connect(self._on_text_changed)
        self.missing_skip = named(QRadioButton(), "missingSkip")
        self.missing_skip.setChecked(True)
        self.missing_fallback = named(QRadioButton(), "missingFallback")
        self.fallback_edit = named(QLineEdit(), "fallbackText")
        for choice in (self.missing_skip, self.missing_fallback):
            choice.toggled.connect(lambda _on: self._on_text_changed())
        self.fallback_edit.textChanged.connect(lambda _text: self._on_text_changed())
        self.purpose = named(QComboBox(), "purposeChoice")
        for purpose in Purpose:
            self.purpose.addItem("", purpose)
        self.purpose.currentIndexChanged.connect(lambda _index: self._on_text_changed())
        self.advertising_warning = named(QLabel(), "formError")
        self.advertising_warning.setWordWrap(True)
        self.advertising_warning.setVisible(False)
        templates = QHBoxLayout()
        self._purpose_label = QLabel()
        templates.addWidget(self._purpose_label)
        templates.addWidget(self.purpose)
        templates.addWidget(self.template_choice, 1)
        templates.addWidget(self.edit_templates_button)
        missing = QHBoxLayout()
        self._missing_label = QLabel()
        for widget in (self._missing_label, self.missing_skip, self.missing_fallback, self.fallback_edit):
            missing.addWidget(widget)
        box = QVBoxLayout(self._message_box)
        box.addLayout(templates)
        box.addWidget(self.editor, 1)
        box.addWidget(self.advertising_warning)
        box.addLayout(missing)
        return self._message_box

    def _build_sending(self) -> QGroupBox:
        self._sending_box = QGroupBox()
        self.campaign_name = named(QLineEdit(), "campaignName")
        self.send_now = named(QRadioButton(), "sendNow")
        self.send_now.setChecked(True)
        self.send_at = named(QRadioButton(), "sendAt")
        self.when_edit = named(QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600)), "sendAtTime")
        self.when_edit.setCalendarPopup(True)
        for choice in (self.send_now, self.send_at):
            choice.toggled.connect(lambda _on: self._invalidate())
        self.when_edit.dateTimeChanged.connect(lambda _when: self._invalidate())
        self._late_label = QLabel()
        self.late_within = named(QComboBox(), "lateWithin")
        self.late_within.currentIndexChanged.connect(lambda _index: self._invalidate())
        self.late_within.setEnabled(False)  # a message sent now has no window
        self.send_at.toggled.connect(self.late_within.setEnabled)
        self.urgent = named(QCheckBox(), "urgentChoice")
        self.urgent.toggled.connect(lambda _on: self._invalidate())
        self.review_button = named(QPushButton(), "reviewButton")
        self.review_button.clicked.connect(self.review)
        self.send_button = named(QPushButton(), "sendButton")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.summary = named(QTextBrowser(), "composeSummary")
        self.summary.setMinimumHeight(120)
        self.result_label = named(QLabel(), "composeResult")
        self.result_label.linkActivated.connect(lambda link: self.open_in_sent(int(link.split(":")[1])))
        when = QHBoxLayout()
        when.addWidget(self.send_now)
        when.addWidget(self.send_at)
        when.addWidget(self.when_edit, 1)
        late = QHBoxLayout()
        late.addWidget(self._late_label)
        late.addWidget(self.late_within)
        late.addStretch(1)
        late.addWidget(self.urgent)
        form = QFormLayout()
        self._name_label = QLabel()
        form.addRow(self._name_label, self.campaign_name)
        box = QVBoxLayout(self._sending_box)
        box.addLayout(form)
        box.addLayout(when)
        box.addLayout(late)
        box.addWidget(self.summary)
        return self._sending_box

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.send_button)
        return buttons

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Compose"))
        self._message_box.setTitle(self.tr("Message"))
        self.edit_templates_button.setText(self.tr("Templates…"))
        self._missing_label.setText(self.tr("When a value is missing:"))
        self.missing_skip.setText(self.tr("skip the recipient"))
        self.missing_fallback.setText(self.tr("use this text"))
        self._sending_box.setTitle(self.tr("Send"))
        self._name_label.setText(self.tr("Campaign name"))
        self._purpose_label.setText(self.tr("Kind:"))
        self.purpose.setItemText(0, self.tr("Notice"))
        self.purpose.setItemText(1, self.tr("Advertising"))
        self.purpose.setToolTip(self.tr(
            "Notice: appointments, fees, closures. Advertising: courses, events, offers; it goes only to "
            "contacts with recorded consent and must name the sender and say how to stop."))
        self.send_now.setText(self.tr("Now"))
        self.send_at.setText(self.tr("At"))
        self._late_label.setText(self.tr("If the PC was off, still send up to"))
        self._fill_late_choices()
        self.urgent.setText(self.tr("Urgent"))
        self.urgent.setToolTip(self.tr(
            "Goes out during quiet hours too, before other messages. "
            "Only an administrator may send a campaign as urgent."))
        self.review_button.setText(self.tr("Review…"))
        self.send_button.setText(self.tr("Send"))
        self._fill_template_choice(self._template_infos() if self.template_choice.count() else [])

    def _fill_late_choices(self) -> None:
        chosen = self.late_within.currentData() or LATE_CHOICES[DEFAULT_LATE_CHOICE]
        self.late_within.clear()
        labels = {30: self.tr("30 minutes late"), 60: self.tr("1 hour late"), 120: self.tr("2 hours late"),
                  360: self.tr("6 hours late")}
        for minutes in LATE_CHOICES:
            self.late_within.addItem(labels[minutes], minutes)
        self.late_within.setCurrentIndex(LATE_CHOICES.index(chosen))

    def late_window(self) -> timedelta | None:
        return None if self.send_now.isChecked() else timedelta(minutes=int(self.late_within.currentData()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "send_button"):
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- choices --------------------------------------------------------------------------

    def reload_choices(self) -> None:
        def load() -> Choices:
            return (self.compose.source_choices(), self.templates.list_templates(),
                    self.templates.known_fields(), self.compose.today(), self.compose.advertising_rules(),
                    self.compose.max_parts())

        run_in_background(self, load, self._show_choices)

    def _show_choices(self, found: Choices) -> None:
        choices, templates, known, self._today, self._advertising_rules, max_parts = found
        self._show_advertising_warning()
        self.recipients.set_choices(choices)
        self._fill_template_choice(templates)
        self.editor.set_known_fields(known)
        self.editor.counter.set_max_parts(max_parts)
        self.choices_loaded.emit()

    def _template_infos(self) -> list[TemplateInfo]:
        return [self.template_choice.itemData(row) for row in range(1, self.template_choice.count())]

    def _fill_template_choice(self, templates: list[TemplateInfo]) -> None:
        self.template_choice.clear()
        self.template_choice.addItem(self.tr("(type freely)"), None)
        for info in templates:
            label = f"{info.category} / {info.name}" if info.category else info.name
            self.template_choice.addItem(label, info)

    def _use_template(self) -> None:
        info = self.template_choice.currentData()
        self._template_id = info.id if info else None
        if info is not None:
            self.editor.use_placeholders.setChecked(True)
            self.editor.set_text(info.body)
            self.campaign_name.setText(self.campaign_name.text() or info.name)

    def open_template_editor(self) -> TemplateEditorDialog:
        dialog = TemplateEditorDialog(self.templates, self)
        dialog.saved.connect(lambda _id: self.reload_choices())
        dialog.open()
        return dialog

    # ----- recipients -----------------------------------------------------------------------

    def _load_candidates(self) -> None:
        self._invalidate()
        sources = self.recipients.sources()
        run_in_background(self, lambda: self.compose.candidates(sources), self._show_candidates)

    def _show_candidates(self, candidates: list[Candidate]) -> None:
        self._candidates = candidates[:PREVIEW_CHOICES]
        self.preview_choice.clear()
        for candidate in self._candidates:
            self.preview_choice.addItem(" ".join(filter(None, (candidate.name, candidate.number))))
        self.update_preview()
        self.candidates_loaded.emit()

    # ----- preview --------------------------------------------------------------------------

    def fallbacks(self) -> dict[str, str]:
        """The fallback text stands in for every placeholder a recipient lacks (when chosen)."""
        if not self.missing_fallback.isChecked():
            return {}
        return {name: self.fallback_edit.text() for name in self.editor.placeholder_names()}

    def update_preview(self) -> None:
        row = self.preview_choice.currentIndex()
        candidate = self._candidates[row] if 0 <= row < len(self._candidates) else Candidate("")
        text = self.editor.text()
        if self.editor.use_placeholders.isChecked() and not self.editor.problems():
            try:
                text = render_for(text, candidate, self._today, self.fallbacks())
            except UserError as exc:
                text = self.tr("Not sent to this recipient: {reason}").format(reason=exc.message)
        self.preview.show_message(self.preview_choice.currentText(), text)
        # Count what this recipient gets (placeholders filled in): those are the parts that go out.
        self.editor.counter.set_text(text)

    def _on_text_changed(self) -> None:
        self._invalidate()
        self.update_preview()
        self._show_advertising_warning()

    def purpose_choice(self) -> Purpose:
        return Purpose(self.purpose.currentData())

    def _show_advertising_warning(self) -> None:
        """Advertising: say, while typing, what the text still lacks under the law."""
        problem = None
        if self.purpose_choice() == Purpose.ADVERTISING:
            sender_name, keywords = self._advertising_rules
            problem = advertising_problem(self.editor.text(), sender_name, keywords)
        self.advertising_warning.setVisible(problem is not None)
        self.advertising_warning.setText(user_error_text(problem) if problem is not None else "")

    # ----- review and send ------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._plan = None
        self.send_button.setEnabled(False)

    def not_before(self) -> datetime | None:
        if self.send_now.isChecked():
            return None
        local: datetime = self.when_edit.dateTime().toPython()  # type: ignore[assignment]
        return local.astimezone()  # the PC's own time zone: what the user sees in the field

    def review(self) -> None:
        sources, body, fallbacks = self.recipients.sources(), self.editor.text(), self.fallbacks()
        as_template, when = self.editor.use_placeholders.isChecked(), self.not_before()
        template_id, purpose = self._template_id, self.purpose_choice()

        def prepare() -> tuple[ComposePlan, bool]:
            plan = self.compose.prepare(sources, body, fallbacks=fallbacks, not_before=when,
                                        template_id=template_id, as_template=as_template, purpose=purpose)
            return plan, self.compose.needs_approval()

        run_in_background(self, prepare, self._show_plan)

    def _show_plan(self, found: tuple[ComposePlan, bool]) -> None:
        plan, needs_approval = found
        self.urgent.setEnabled(self.compose.may_send_urgent())
        self._plan = plan
        self.summary.setHtml(summary_html(plan, needs_approval))
        self.send_button.setEnabled(bool(plan.messages) and plan.advertising_problem is None)
        self.plan_ready.emit(plan)

    def send(self) -> None:
        plan, name = self._plan, self.campaign_name.text()
        if plan is None:
            return
        urgent, late = self.urgent.isChecked(), self.late_window()
        self._invalidate()
        run_in_background(self, lambda: self.compose.send(plan, name, urgent=urgent, late_within=late),
                          self._sent)

    def _sent(self, campaign_id: int) -> None:
        link = self.tr("Campaign stored. <a href=\"campaign:{id}\">Show it on the Sent page</a>")
        self.result_label.setText(link.format(id=campaign_id))
        self.approvals.refresh()
        self.campaign_created.emit(campaign_id)

    def open_in_sent(self, campaign_id: int) -> None:
        window = self.window()
        if hasattr(window, "show_page") and hasattr(window, "page"):
            window.show_page("sent")
            sent = window.page("sent")
            if hasattr(sent, "show_campaign"):
                sent.show_campaign(campaign_id)

    # ----- live updates ---------------------------------------------------------------------

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic in RELOAD_TOPICS:
            self.reload_choices()
        if event.topic == "users":
            self.approvals.refresh()

    def _on_message_state(self, event: MessageStateChanged) -> None:
        if event.message_id == 0:  # a campaign-level change: new, approved, paused, cancelled
            self.approvals.refresh()

"""One conversation: the whole thread with a number, sent and received, and a reply box.

Starting to type claims the conversation, so other desks see it is being handled and do not
reply twice; the claim is released when the dialog closes without a reply (a reply releases it
too). The reply leaves through the modem the customer wrote to (the inbox service sets that).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.services.inbox import Claim, InboxRow, ThreadEntry
from ui.models.inbox_model import sender_text
from ui.models.outbox_model import state_text
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.sms_counter import SmsCounter

TIME_FORMAT = "%m/%d %H:%M"
RELOAD_DELAY_MS = 300
INCOMING_COLOUR = "#eef1f4"
OUTGOING_COLOUR = "#e1eefa"


@dataclass(frozen=True)
class Loaded:
    message: InboxRow
    thread: list[ThreadEntry]
    templates: list[tuple[str, str]]
    holder: Claim | None
    max_parts: int  # Settings → max parts per message


class ConversationDialog(QDialog):
    """Signals:
    loaded(): the thread (re)loaded.
    claim_changed(bool): this desk now holds the conversation (True) or another desk does (False).
    replied(int): a reply was queued (its outbound message id).
    exported(str): the conversation was written to this file.
    """

    loaded = Signal()
    claim_changed = Signal(bool)
    replied = Signal(int)
    exported = Signal(str)

    def __init__(
        self, context: AppContext, message_id: int, user_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "conversationDialog")
        self._inbox = context.inbox
        self._settings = context.settings
        self._message_id = message_id
        self._user_id = user_id
        self._number = ""
        self._holding = False
        self._claim_asked = False
        self.resize(560, 640)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self.reload()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = named(QLabel(), "pageTitle")
        self.claim_label = named(QLabel(wordWrap=True), "claimNote")
        self.thread_view = named(QListWidget(), "conversationThread")
        self.thread_view.setWordWrap(True)
        self.templates = named(QComboBox(), "replyTemplates")
        self.templates.activated.connect(self._insert_template)
        self.reply_box = named(QPlainTextEdit(), "replyBox")
        self.reply_box.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_box.setFixedHeight(110)
        self.reply_box.textChanged.connect(self._on_text_changed)
        self.counter = SmsCounter(self)
        self.urgent = named(QCheckBox(self.tr("Urgent")), "replyUrgent")
        self.urgent.setToolTip(self.tr("Goes out during quiet hours too, before other messages."))
        self.send_button = named(QPushButton(self.tr("Send reply")), "sendReply")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send_reply)
        self.take_over_button = named(QPushButton(self.tr("Reply anyway")), "takeOver")
        self.take_over_button.clicked.connect(lambda: self._claim(force=True))
        self.contact_button = named(QPushButton(self.tr("Add as contact")), "addContact")
        self.contact_button.clicked.connect(self.add_contact)
        export_button = named(QPushButton(self.tr("Export…")), "exportConversation")
        export_button.clicked.connect(self._ask_export)
        self.status_label = named(QLabel(), "formStatus")
        for hidden in (self.claim_label, self.take_over_button, self.contact_button):
            hidden.setVisible(False)  # shown once the conversation says they apply
        self.setLayout(self._layout(export_button))

    def _layout(self, export_button: QPushButton) -> QVBoxLayout:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.contact_button)
        header.addWidget(export_button)
        actions = QHBoxLayout()
        actions.addWidget(self.counter, 1)
        actions.addWidget(self.take_over_button)
        actions.addWidget(self.urgent)
        actions.addWidget(self.send_button)
        column = QVBoxLayout()
        column.addLayout(header)
        column.addWidget(self.claim_label)
        column.addWidget(self.thread_view, 1)
        column.addWidget(self.templates)
        column.addWidget(self.reply_box)
        column.addLayout(actions)
        column.addWidget(self.status_label)
        return column

    # ----- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        inbox, message_id, settings = self._inbox, self._message_id, self._settings

        def load() -> Loaded:
            message = inbox.get(message_id)
            inbox.mark_read([message_id])
            return Loaded(
                message, inbox.thread(message.sender), inbox.templates(), inbox.claim_holder(message.sender),
                int(settings.get("max_parts_per_message")),
            )

        run_in_background(self, load, self._show)

    def schedule_reload(self) -> None:
        """Reload soon (delivery states or a new message arrived); a burst of changes reloads once."""
        self._reload_timer.start()

    def _show(self, found: Loaded) -> None:
        self._number = found.message.sender
        self.title.setText(sender_text(found.message))
        self.setWindowTitle(self.tr("Conversation with {who}").format(who=sender_text(found.message)))
        self.contact_button.setVisible(found.message.contact_id is None)
        self._fill_thread(found.thread)
        self._fill_templates(found.templates)
        self.counter.set_max_parts(found.max_parts)
        self._enable_send()
        if found.holder is not None and not self._holding:
            self._show_holder(found.holder)
        self.loaded.emit()

    def _fill_thread(self, entries: list[ThreadEntry]) -> None:
        self.thread_view.clear()
        for entry in entries:
            when = entry.at.astimezone().strftime(TIME_FORMAT)
            state = "" if entry.incoming else f" · {state_text(entry.status)}"
            if not entry.incoming and entry.modem:
                state += " · " + self.tr("from {modem}").format(modem=entry.modem)
            item = QListWidgetItem(f"{when}{state}\n{entry.text}")
            item.setData(Qt.ItemDataRole.UserRole, (entry.incoming, entry.id, entry.status))
            align = Qt.AlignmentFlag.AlignLeft if entry.incoming else Qt.AlignmentFlag.AlignRight
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            item.setBackground(QColor(INCOMING_COLOUR if entry.incoming else OUTGOING_COLOUR))
            self.thread_view.addItem(item)
        self.thread_view.scrollToBottom()

    def _fill_templates(self, templates: list[tuple[str, str]]) -> None:
        self.templates.clear()
        self.templates.addItem(self.tr("Insert a template…"), None)
        for name, body in templates:
            self.templates.addItem(name, body)
        self.templates.setVisible(bool(templates))

    def _insert_template(self, index: int) -> None:
        body = self.templates.itemData(index)
        if isinstance(body, str):
            self.reply_box.insertPlainText(body)
        self.templates.setCurrentIndex(0)

    # ----- claiming ---------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        text = self.reply_box.toPlainText()
        self.counter.set_text(text)
        self._enable_send()
        if text.strip() and not self._claim_asked and self._number:
            self._claim(force=False)

    def _enable_send(self) -> None:
        text = self.reply_box.toPlainText()
        self.send_button.setEnabled(self._holding and bool(text.strip()) and not self.counter.is_too_long())

    def _claim(self, *, force: bool) -> None:
        self._claim_asked = True
        inbox, number, user = self._inbox, self._number, self._user_id
        run_in_background(self, lambda: inbox.claim(number, user, force=force), self._on_claim)

    def _on_claim(self, claim: Claim) -> None:
        self._holding = claim.granted
        self.take_over_button.setVisible(not claim.granted)
        if claim.granted:
            self.claim_label.setVisible(False)
        else:
            self._show_holder(claim)
        self._on_text_changed()
        self.claim_changed.emit(claim.granted)

    def _show_holder(self, holder: Claim) -> None:
        since = holder.since.astimezone().strftime("%H:%M") if holder.since else ""
        self.claim_label.setText(
            self.tr("Another desk started replying at {time}; wait, or reply anyway.").format(time=since)
        )
        self.claim_label.setVisible(True)
        self.take_over_button.setVisible(True)

    def holds_claim(self) -> bool:
        return self._holding

    # ----- actions ----------------------------------------------------------------------------

    def send_reply(self) -> None:
        text = self.reply_box.toPlainText().strip()
        if not text or not self._holding:
            return
        self.send_button.setEnabled(False)
        inbox, message_id, user = self._inbox, self._message_id, self._user_id
        urgent = self.urgent.isChecked()
        run_in_background(self, lambda: inbox.reply(message_id, text, user, urgent=urgent), self._on_replied)

    def _on_replied(self, outbound_id: int) -> None:
        self._holding = False
        self._claim_asked = False
        self.reply_box.clear()
        self.urgent.setChecked(False)
        self.status_label.setText(self.tr("Reply queued; it leaves through the modem the customer wrote to."))
        self.replied.emit(outbound_id)
        self.reload()

    def add_contact(self) -> None:
        inbox, message_id = self._inbox, self._message_id
        run_in_background(self, lambda: inbox.create_contact(message_id), lambda _id: self.reload())

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export conversation"), "conversation.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        inbox, number = self._inbox, self._number
        run_in_background(
            self, lambda: inbox.export_thread(path, number), lambda _n: self.exported.emit(str(path))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.release()
        super().done(result)

    def release(self) -> None:
        """Give the conversation back when no reply was sent, so other desks may answer."""
        if self._holding:
            self._holding = False
            inbox, number = self._inbox, self._number
            run_in_background(self, lambda: inbox.release(number), lambda _none: None)

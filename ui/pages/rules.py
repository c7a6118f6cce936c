"""The Rules page: rules for incoming messages (in the order the engine tries them), business hours
and poll results. Everyone sees them; only administrators change them (the core refuses others too).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.roles import Permission
from desk_sms.errors import UserError
from desk_sms.events import DataChanged
from desk_sms.services.rules import RuleChoices, RuleInfo
from ui.dialogs.rule_editor import RuleEditor
from ui.errors import show_error, user_error_text
from ui.pages.deps import PageDeps
from ui.pages.rules_hours import BusinessHoursForm
from ui.pages.rules_polls import PollResultsView
from ui.roles import RoleGate
from ui.rule_texts import action_text, condition_text
from ui.style import named
from ui.tasks import run_in_background

ORDER, NAME, WHEN, THEN = range(4)


class RulesPage(QWidget):
    """Signals:
    loaded(): the rules are in the table.
    """

    loaded = Signal()

    def __init__(self, deps: PageDeps) -> None:
        super().__init__()
        named(self, "page_rules")
        self._context = deps.context
        self.rules: list[RuleInfo] = []
        self.title = named(QLabel(), "pageTitle")
        self.order_note = named(QLabel(), "pageNote")
        self.order_note.setWordWrap(True)
        self.read_only_note = named(QLabel(), "pageNote")
        self.table = named(QTableWidget(0, 4), "rulesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = named(QPushButton(), "primaryButton")
        self.edit_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.hours = BusinessHoursForm(deps.context)
        self.polls = PollResultsView(deps.context)
        self.tabs = named(QTabWidget(), "rulesTabs")
        self.tabs.addTab(self._rules_tab(), "")
        self.tabs.addTab(self.hours, "")
        self.tabs.addTab(self.polls, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        editing = [self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button]
        self.gate = RoleGate(deps.context.users, deps.bridge, Permission.MANAGE_RULES, editing, self,
                             self._follow_role)
        deps.bridge.data_changed.connect(self._on_data_changed)
        self.retranslate_ui()
        self.reload()
        self.polls.reload()

    def _rules_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.order_note)
        layout.addWidget(self.read_only_note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        return tab

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Rules for incoming messages"))
        self.order_note.setText(self.tr(
            "Every received message goes through, in this order: opt-out words and appointment answers, "
            "replies to an open poll, then the rules below from top to bottom. The first matching rule "
            "that answers sends its answer (once per number per day; an out-of-hours answer once per "
            "night); every matching rule assigns, tags, groups or marks handled."))
        self.read_only_note.setText(self.tr("Only an administrator can change the rules."))
        self.add_button.setText(self.tr("Add rule…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        headers = [self.tr("#"), self.tr("Name"), self.tr("When"), self.tr("Then")]
        self.table.setHorizontalHeaderLabels(headers)
        for index, text in enumerate((self.tr("Rules"), self.tr("Business hours"), self.tr("Polls"))):
            self.tabs.setTabText(index, text)
        self._fill_table()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _follow_role(self, allowed: bool) -> None:
        self.read_only_note.setVisible(not allowed)
        self.hours.set_editable(allowed)

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic == "rules":
            self.reload()
        elif event.topic in ("outbox", "inbox"):
            self.polls.reload()

    # ----- the rules table ------------------------------------------------------------------

    def reload(self) -> None:
        run_in_background(self, self._context.rules.list, self._show_rules, lambda exc: show_error(self, exc))

    def _show_rules(self, rules: list[RuleInfo]) -> None:
        self.rules = rules
        self._fill_table()
        self.loaded.emit()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            separator = self.tr("; ")
            when = separator.join(condition_text(code, value) for code, value in rule.conditions)
            then = separator.join(action_text(code, value) for code, value in rule.actions)
            name = rule.name if rule.draft.enabled else self.tr("{name} (off)").format(name=rule.name)
            cells = (str(row + 1), name, when or self.tr("every message"), then)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(ORDER)
        self.table.resizeColumnToContents(NAME)
        self.table.resizeRowsToContents()

    def selected(self) -> RuleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows and rows[0].row() < len(self.rules) else None

    # ----- changes (administrators) ---------------------------------------------------------

    def edit_selected(self) -> None:
        rule = self.selected()
        if rule is not None and self.gate.allowed:
            self.open_editor(rule)

    def open_editor(self, rule: RuleInfo | None) -> None:
        run_in_background(self, self._context.rules.choices, lambda choices: self._show_editor(choices, rule),
                          lambda exc: show_error(self, exc))

    def _show_editor(self, choices: RuleChoices, rule: RuleInfo | None) -> None:
        editor = RuleEditor(choices, rule.draft if rule else None, self)
        editor.save_requested.connect(lambda: self.save(editor, rule.name if rule else None))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def save(self, editor: RuleEditor, old_name: str | None) -> None:
        draft, service = editor.draft(), self._context.rules

        def write() -> None:
            service.change(old_name, draft) if old_name else service.add(draft)

        run_in_background(self, write, lambda _none: self._saved(editor),
                          lambda exc: self._refused(editor, exc))

    def _saved(self, editor: RuleEditor) -> None:
        editor.accept()
        self.reload()

    def _refused(self, editor: RuleEditor, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            editor.show_problem(user_error_text(exc))  # the form keeps what was typed
        else:
            show_error(editor, exc)

    def remove_selected(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove rule"),
                                      self.tr("Remove the rule {name}?").format(name=rule.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(rule.name)

    def remove(self, name: str) -> None:
        run_in_background(self, lambda: self._context.rules.remove(name), lambda _none: self.reload(),
                          lambda exc: show_error(self, exc))

    def move_selected(self, steps: int) -> None:
        rule = self.selected()
        if rule is not None:
            run_in_background(self, lambda: self._context.rules.move(rule.name, steps),
                              lambda _none: self.reload(), lambda exc: show_error(self, exc))

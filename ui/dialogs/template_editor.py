"""The template editor: templates grouped by category, placeholders to insert, problems shown live.

An unknown placeholder or a broken brace is reported while typing, with its position, and
the template cannot be saved until it is fixed (the service refuses it too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.templates import TemplateProblem, find_problems
from desk_sms.services.templates import TemplateInfo, TemplatesService
from ui.style import named
from ui.tasks import run_in_background


def problem_text(problem: TemplateProblem) -> str:
    """One translated line for the problem list (shared with the Compose page)."""
    if problem.code == "unknown_field":
        text = QCoreApplication.translate(
            "TemplateProblems", "Unknown placeholder {{{name}}} at character {position}"
        )
        return text.format(name=problem.detail, position=problem.position + 1)
    text = QCoreApplication.translate("TemplateProblems", "Error at character {position}: {reason}")
    return text.format(position=problem.position + 1, reason=problem.detail)


class TemplateEditorDialog(QDialog):
    """Create, edit and delete templates.

    Signals:
        saved(int): a template was saved (its id); the Compose page reloads its list.
        loaded(): the template list and the known fields are shown.
    """

    saved = Signal(int)
    loaded = Signal()

    def __init__(self, templates: TemplatesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "templateEditor")
        self._templates = templates
        self._known: frozenset[str] = frozenset()
        self._editing_id: int | None = None
        self._build()
        self.retranslate_ui()
        self.reload()

    def _build(self) -> None:
        self.tree = named(QTreeWidget(), "templateTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.name_edit = named(QLineEdit(), "templateName")
        self.category_edit = named(QComboBox(), "templateCategory")
        self.category_edit.setEditable(True)
        self.body_edit = named(QPlainTextEdit(), "templateBody")
        self.body_edit.textChanged.connect(self._check)
        self.placeholder_choice = named(QComboBox(), "placeholderChoice")
        self.placeholder_choice.activated.connect(lambda _index: self._insert_placeholder())
        self.problems = named(QLabel(), "formError")
        self.problems.setWordWrap(True)
        self.new_button = named(QPushButton(), "newTemplate")
        self.save_button = named(QPushButton(), "saveTemplate")
        self.delete_button = named(QPushButton(), "deleteTemplate")
        self.close_button = QPushButton()
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self._delete)
        self.close_button.clicked.connect(self.accept)
        self._form_labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._form_labels, (self.name_edit, self.category_edit, self.placeholder_choice, self.body_edit),
            strict=True,
        ):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(self.problems)
        editor.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(editor, 2)
        self.resize(820, 460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Templates"))
        for label, text in zip(
            self._form_labels,
            (self.tr("Name"), self.tr("Category"), self.tr("Insert placeholder"), self.tr("Text")),
            strict=True,
        ):
            label.setText(text)
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))
        self.close_button.setText(self.tr("Close"))

    # ----- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        def load() -> tuple[list[TemplateInfo], frozenset[str]]:
            return self._templates.list_templates(), self._templates.known_fields()

        run_in_background(self, load, self._show)

    def _show(self, found: tuple[list[TemplateInfo], frozenset[str]]) -> None:
        infos, self._known = found
        self.tree.clear()
        categories: dict[str, QTreeWidgetItem] = {}
        for info in infos:
            label = info.category or self.tr("(no category)")
            if label not in categories:
                categories[label] = QTreeWidgetItem(self.tree, [label])
            item = QTreeWidgetItem(categories[label], [info.name])
            item.setData(0, Qt.ItemDataRole.UserRole, info)
        self.tree.expandAll()
        self.category_edit.clear()
        self.category_edit.addItems(sorted({info.category for info in infos}))
        self.placeholder_choice.clear()
        self.placeholder_choice.addItems(sorted(self._known))
        self._check()
        self.loaded.emit()

    # ----- editing --------------------------------------------------------------------------

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_template(item.data(0, Qt.ItemDataRole.UserRole))

    def open_template(self, info: TemplateInfo | None) -> None:
        if info is None:
            return  # a category row
        self._editing_id = info.id
        self.name_edit.setText(info.name)
        self.category_edit.setCurrentText(info.category)
        self.body_edit.setPlainText(info.body)

    def _new(self) -> None:
        self._editing_id = None
        self.name_edit.clear()
        self.body_edit.clear()

    def _insert_placeholder(self) -> None:
        cursor = self.body_edit.textCursor()
        cursor.insertText("{" + self.placeholder_choice.currentText() + "}")
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def current_problems(self) -> list[TemplateProblem]:
        return find_problems(self.body_edit.toPlainText(), self._known)

    def _check(self) -> None:
        problems = self.current_problems()
        self.problems.setText("\n".join(problem_text(p) for p in problems))
        self.save_button.setEnabled(not problems and bool(self.body_edit.toPlainText().strip()))
        self.body_edit.setToolTip(self.problems.text())

    def save(self) -> None:
        name, category = self.name_edit.text(), self.category_edit.currentText()
        body, editing = self.body_edit.toPlainText(), self._editing_id

        def store() -> int:
            return self._templates.save(name, category, body, editing)

        run_in_background(self, store, self._saved)

    def _saved(self, template_id: int) -> None:
        self._editing_id = template_id
        self.saved.emit(template_id)
        self.reload()

    def _delete(self) -> None:
        if self._editing_id is None:
            return
        editing = self._editing_id
        run_in_background(self, lambda: self._templates.delete(editing), lambda _none: self._after_delete())

    def _after_delete(self) -> None:
        self._new()
        self.reload()

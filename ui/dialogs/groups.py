"""Managing groups (new, rename, delete) and choosing a group to add a selection to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.groups import GroupInfo, GroupsService
from ui.style import named
from ui.tasks import run_in_background


class GroupsDialog(QDialog):
    """The list of groups with their sizes, and buttons to change it.

    Signals:
        refreshed(): the list shows the groups as stored now.
    """

    refreshed = Signal()

    def __init__(self, groups: GroupsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = groups
        self.setObjectName("groupsDialog")
        self.setWindowTitle(self.tr("Groups"))
        self.resize(420, 380)
        self.group_list = named(QListWidget(), "groupList")
        buttons = QVBoxLayout()
        for text, handler in ((self.tr("New…"), self.new_group), (self.tr("Rename…"), self.rename_selected),
                              (self.tr("Delete"), self.delete_selected)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.group_list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        run_in_background(self, self._groups.list_groups, self._show)

    def _show(self, groups: list[GroupInfo]) -> None:
        self.group_list.clear()
        for group in groups:
            text = self.tr("{name}  (%Ln contact(s))", "", group.member_count).format(name=group.name)
            item = QListWidgetItem(text, self.group_list)
            item.setData(Qt.ItemDataRole.UserRole, group)
        self.refreshed.emit()

    def selected_group(self) -> GroupInfo | None:
        item = self.group_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]

    def new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group:"))
        if ok and name.strip():
            self._write(lambda: self._groups.create_group(name))

    def rename_selected(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename group"), self.tr("New name:"), text=group.name)
        if ok and name.strip() and name.strip() != group.name:
            self._write(lambda: self._groups.rename_group(group.id, name))

    def delete_selected(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        question = self.tr("Delete the group {name}? Its %Ln contact(s) stay in your list.", "",
                           group.member_count)
        answer = QMessageBox.question(self, self.tr("Delete group"), question.format(name=group.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: self._groups.delete_group(group.id))

    def _write(self, change: Callable[[], Any]) -> None:
        run_in_background(self, change, lambda _result: self.refresh())


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupsDialog", text)


def choose_group(parent: QWidget, groups: list[GroupInfo]) -> tuple[int | None, str]:
    """Ask which group to add a selection to: an existing one, or a new one by name.

    Returns (group id, "") for an existing group, (None, name) for a new one, (None, "") if cancelled.
    """
    new_label = _tr("New group…")
    names = [group.name for group in groups]
    choice, ok = QInputDialog.getItem(
        parent, _tr("Add to group"), _tr("Group:"), [*names, new_label], 0, False
    )
    if not ok:
        return None, ""
    if choice != new_label:
        return groups[names.index(choice)].id, ""
    name, ok = QInputDialog.getText(parent, _tr("New group"), _tr("Name of the group:"))
    return None, name.strip() if ok else ""

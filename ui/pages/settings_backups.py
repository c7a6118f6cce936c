"""The Backups group of the Settings page: daily backups with retention, 'Back up now', 'Restore…'.

The daily backup itself is taken beside the engine (`desk_sms/engine/daily_backup.py`, in the engine
process `desk-sms serve`); this group shows the latest backup and whether the disk has room for the
next one (that process's failure stays in that process), re-reading the folder while it is visible.
A restore stops the engine process, lets the service check the file and keep the current database,
and then closes the app, which must start again on the restored database (its open views describe
the old one). A database on a server is backed up by its administrator: the group says so and
offers no buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.errors import UserError
from desk_sms.services.backups import BackupInfo, BackupService, NoRoomForBackup, RestoreResult
from desk_sms.wording import local_time, with_sizes
from ui.counts import Counts
from ui.errors import show_error, user_error_text
from ui.style import named
from ui.tasks import run_in_background

REREAD_EVERY_MS = 60 * 1000  # the daily backup is written by another thread, maybe another process
MAX_RETENTION_DAYS = 3650


class BackupGroup(QGroupBox):
    """Signals:
    backed_up(object): a BackupInfo just written by hand.
    listed(): the backups (or the daily failure) were read and shown.
    restored(object): the RestoreResult of a finished restore (the app closes next).
    """

    backed_up = Signal(object)
    restored = Signal(object)
    listed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupGroup")
        self._context = context
        self.service: BackupService = context.backups
        # What happens after a restore; tests replace it instead of quitting their QApplication.
        self.quit_app: Callable[[], None] = QApplication.quit
        self._backups: list[BackupInfo] = []
        self._no_room: NoRoomForBackup | None = None  # the disk cannot take a backup now
        self._listing = 0  # numbers the folder listings: only the newest one is shown
        self._build()
        self.retranslate_ui()
        self._reread_timer = QTimer(self, interval=REREAD_EVERY_MS)
        self._reread_timer.timeout.connect(self.reread)
        self.reread()

    def _build(self) -> None:
        self.retention = named(QSpinBox(minimum=1, maximum=MAX_RETENTION_DAYS), "backupRetention")
        self.retention.setValue(int(self._context.settings.get("backup_retention_days")))
        self.retention.valueChanged.connect(self._save_retention)
        self.last_backup = named(QLabel(wordWrap=True), "lastBackup")
        self.back_up_button = named(QPushButton(), "backUpNow")
        self.restore_button = named(QPushButton(), "restoreBackup")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._ask_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.retention_label = QLabel()  # an empty label text would make addRow create no label at all
        self._form = QFormLayout(self)
        self._form.addRow(self.retention_label, self.retention)
        self._form.addRow(self.last_backup)
        self._form.addRow(buttons)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.retention_label.setText(self.tr("Keep daily backups for"))
        self.retention.setSuffix(self.tr(" days"))
        self.back_up_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self._show_backups()
        if not self.service.available:
            for widget in (self.retention, self.back_up_button, self.restore_button):
                widget.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reread()
        self._reread_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._reread_timer.stop()
        super().hideEvent(event)

    # ----- showing --------------------------------------------------------------------------

    def reread(self) -> None:
        """List the backups folder in the background, then show the newest backup."""
        if self.service.available:
            self._listing += 1
            listing = self._listing
            run_in_background(
                self, self._look, lambda found: self._listed(found, listing), self._not_listed
            )

    def _look(self) -> tuple[list[BackupInfo], NoRoomForBackup | None]:
        """The backups, and whether the next one fits (runs in the background)."""
        return self.service.list_backups(), self.service.room_problem()

    def _listed(self, found: tuple[list[BackupInfo], NoRoomForBackup | None], listing: int) -> None:
        if listing != self._listing:  # an older listing that finished late: the newer one tells the truth
            return
        self._backups, self._no_room = found
        self._show_backups()
        self.listed.emit()

    def _not_listed(self, exc: BaseException) -> None:
        self.last_backup.setText(self.tr("The backups folder cannot be read: {reason}").format(reason=exc))

    def _show_backups(self) -> None:
        folder = self.service.backups_dir
        if not self.service.available:
            text = self.tr(
                "The database is on a server: its administrator backs it up with the server's own tools."
            )
        elif self.service.daily_failure is not None:
            # A missed daily backup must not interrupt the desk with a dialog every hour; say it here.
            error = self.service.daily_failure_error
            reason = user_error_text(error) if isinstance(error, UserError) else self.service.daily_failure
            text = self.tr("The daily backup failed: {reason}").format(reason=reason)
        elif not self._backups:
            text = self.tr("No backup yet. Backups are kept in {folder}.").format(folder=folder)
        else:
            newest = local_time(self._backups[0].made_at)
            text = self.tr("Last backup {when}; %Ln backup(s) in {folder}.", "", len(self._backups)).format(
                when=newest, folder=folder
            )
        if self.service.available and self._no_room is not None:
            text += "\n" + self._no_room_text(self._no_room)
        self.last_backup.setText(text)

    def _no_room_text(self, no_room: NoRoomForBackup) -> str:
        """The engine process skips the daily backup while the disk lacks room: say so here."""
        return self.tr(
            "No room for a backup: the disk holding {folder} has {free} free and a backup needs about "
            "{needed}. Free some space there; until then no daily backup is made."
        ).format(**with_sizes(no_room.params, Counts().size))

    # ----- backing up -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)

        def done(made: BackupInfo) -> None:
            self.back_up_button.setEnabled(True)
            self.reread()
            self.backed_up.emit(made)

        def failed(exc: BaseException) -> None:
            self.back_up_button.setEnabled(True)
            show_error(self, exc)

        run_in_background(self, self.service.back_up_now, done, failed)

    def _save_retention(self, days: int) -> None:
        try:
            self._context.settings.set("backup_retention_days", days)  # checked and audited there
        except UserError as exc:  # not (or no longer) an administrator
            show_error(self, exc)

    # ----- restoring ------------------------------------------------------------------------

    def _ask_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.service.backups_dir),
            self.tr("desk-sms backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.check_then_restore(Path(path))

    def check_then_restore(self, path: Path) -> None:
        """Check the file first (in the background); only a sound file is offered for restore."""
        run_in_background(
            self,
            lambda: self.service.check_backup(path),
            lambda _revision: self._confirm_and_restore(path),
            lambda exc: show_error(self, exc),
        )

    def _confirm_and_restore(self, path: Path) -> None:
        answer = self._ask(
            QMessageBox.Icon.Question,
            self.tr(
                "Replace the current database with {file}?\n\nThe current database is kept as a backup "
                "first. This window stops sending and receiving, and desk-sms closes when the restore "
                "is done: start it again to work on the restored data."
            ).format(file=path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(path)

    def _ask(self, icon: QMessageBox.Icon, text: str) -> int:
        box = QMessageBox(icon, self.tr("Restore a backup"), text, parent=self)
        if icon is QMessageBox.Icon.Question:
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec()

    def restore(self, path: Path) -> None:
        """Stop this process's engine, then restore; another desk-sms still running makes it refuse."""
        self._stop_engine()
        self.restore_button.setEnabled(False)
        run_in_background(self, lambda: self.service.restore(path), self._restored, self._restore_failed)

    def _stop_engine(self) -> None:
        # The engine process first (whatever "keep sending" says), then the closers (watchers); the
        # database itself stays open.
        if self._context.engine_stopper is not None:
            self._context.engine_stopper()
        while self._context.closers:
            self._context.closers.pop()()

    def _restored(self, result: RestoreResult) -> None:
        self.restored.emit(result)
        self._ask(
            QMessageBox.Icon.Information,
            self.tr(
                "The database was restored from {file}. The previous one is kept as {kept}.\n\n"
                "desk-sms closes now; start it again."
            ).format(file=result.restored_from.name, kept=result.previous_kept_at),
        )
        self.quit_app()

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        show_error(self, exc)

"""GUI test fixtures: offscreen Qt, a real AppContext on tmp_path, and a main window built on it."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from modal_guard import ModalGuard
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_sms.context import AppContext, build_context
from desk_sms.paths import resource
from ui.app import MainWindowParts, create_main_window, ensure_application
from ui.settings_store import UiSettings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.gui)


def engine_processes_started_here() -> list[psutil.Process]:
    """`desk-sms serve` processes this test process started (the window's engine), still running."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            words = child.cmdline()
        except psutil.Error:  # it ended while we looked
            continue
        if "desk_sms" in words and "serve" in words:
            found.append(child)
    return found


@pytest.fixture(autouse=True)
def no_engine_left_behind() -> Iterator[None]:
    """A test that starts an engine process stops it: none may outlive the test."""
    yield
    left = engine_processes_started_here()
    for process in left:
        process.kill()
    psutil.wait_procs(left, timeout=30)
    assert left == [], "a test left engine processes running"


@pytest.fixture(autouse=True)
def modal_guard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModalGuard]:
    """A dialog shown with exec() returns at once and fails the test: it can never hang the run."""
    guard = ModalGuard()
    if request.node.get_closest_marker("modal_dialogs") is not None:  # the test answers them itself
        yield guard
        return
    guard.install(monkeypatch)
    yield guard
    guard.check()


@pytest.fixture(scope="session", autouse=True)
def english_plural_forms(qapp: QApplication) -> Iterator[None]:
    """What the window installs in English: the plural forms of "%Ln contact(s)" texts.

    A test that switches to Japanese installs its translator above this one, which stays
    underneath for every test, as the English .qm does in a window set to English.
    """
    QLocale.setDefault(QLocale(QLocale.Language.English))  # digits grouped as the window's: 1,023
    translator = QTranslator()
    english = resource("translations/desk_sms_en.qm")
    assert translator.load(english.name, str(english.parent))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pytest-qt's QApplication, named and styled like the real one."""
    return ensure_application()


@pytest.fixture
def gui_data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def gui_context(gui_data_dir: Path) -> Iterator[AppContext]:
    context = build_context(str(gui_data_dir))
    # The first-start question answered before (its own test asks it); the window signs in itself.
    context.users.choose_first_password(None)
    context.users.sign_out()
    yield context
    context.close()


@pytest.fixture
def english(gui_data_dir: Path) -> None:
    """Pin this PC's language to English so texts do not depend on the test machine's locale."""
    gui_data_dir.mkdir(parents=True, exist_ok=True)
    store = UiSettings(gui_data_dir)
    store.set_language("en")
    store.sync()


@pytest.fixture
def make_window(app: QApplication, gui_context: AppContext, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """Builds main windows on the test context; closes them and removes their translators afterwards."""
    built: list[MainWindowParts] = []

    def make() -> MainWindowParts:
        parts = create_main_window(gui_context)
        qtbot.addWidget(parts.window)
        built.append(parts)
        return parts

    yield make
    # Let background loads finish before the context (and its database) closes.
    assert QThreadPool.globalInstance().waitForDone(5000)
    for parts in built:
        parts.window.close()
        parts.close()
        parts.translations.uninstall()
    # pytest-qt closed the windows with deleteLater(), which waits for an event loop: until then a
    # page's timer could reload from this test's database in the next test (and show its failure
    # there). Delete them now, while the database is still open.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def recorded_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes record themselves instead of blocking the test."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def system_locale(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pretend the OS runs in a given language: `system_locale(QLocale.Language.Japanese)`."""

    def pretend(language: QLocale.Language) -> None:
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(language)))

    pretend(QLocale.Language.English)
    return pretend

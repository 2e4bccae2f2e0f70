"""Real windows for the GUI tests: a private data folder, scripted answers, fonts checked."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.bundled import first_exercise
from annotator.core.model import Trainee

ANA = Trainee(id="s017", name="Ana Pérez")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own user data folder (settings, recovery journal)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_key_held_after(qapp):
    """Let go of Ctrl, Shift and Alt after each test.

    ``keyClick(w, key, Ctrl)`` leaves the application believing Ctrl is still
    down, so the next test's ``selectRow`` added a row to the selection
    instead of choosing it.
    """
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() != Qt.NoModifier:
        neutral = QWidget()
        for key in (Qt.Key_Control, Qt.Key_Shift, Qt.Key_Alt, Qt.Key_Meta):
            QTest.keyRelease(neutral, key)
        neutral.deleteLater()


# Qt's words for a widget or model used wrongly: an editor the view does not own, a
# connection or layout refused, a painter with nothing to paint on. Never a platform's
# note about what it cannot do (offscreen has no window manager), which is no bug here.
QT_MISUSE = re.compile(
    r"does not belong to this view|^QObject::|^QLayout|^QWidget::|^QPainter::"
    r"|^QAbstractItemView::|^QItemSelectionModel|^QSortFilterProxyModel|^QTextCursor::")


@pytest.fixture(autouse=True)
def no_qt_misuse(qtlog):
    """Fail a test whose run made Qt warn of a widget or model used wrongly.

    Such a warning was the only sign of a judgement editor that neither saved
    nor closed when left: Qt said so, and each test still passed.
    """
    yield
    misuse = [record.message for record in qtlog.records if QT_MISUSE.search(record.message)]
    assert not misuse, "Qt warned: " + "; ".join(misuse)


@pytest.fixture(autouse=True, scope="session")
def fonts(qapp):
    from PySide6.QtGui import QFontMetrics

    if not QFontMetrics(qapp.font()).inFontUcs4(ord("ñ")):
        pytest.skip("no font with Spanish letters: install fonts-dejavu-core")


@dataclass
class ScriptedPrompts:
    """Answers the window's questions from a script and records what was asked."""

    trainee: Trainee | None = field(default_factory=lambda: ANA)
    restore: bool = True
    unsaved: str = "cancel"
    save_to: Path | None = None
    open_file: Path | None = None
    exercise_file: Path | None = None
    changed: str | None = None  # "theirs", "mine", "save_as" or None (cancel)
    in_use: str | None = None  # "read_only", "copy" or None (cancel)
    hand_in: bool = True
    codes: list[str] = field(default_factory=list)  # release codes typed, in turn
    key_file: Path | None = None
    asked: list[tuple] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)  # of the save dialogs

    def confirm_trainee(self, parent, suggested, exercise_title):
        self.asked.append(("trainee", suggested))
        return self.trainee

    def offer_recovery(self, parent, entry):
        self.asked.append(("recovery", entry))
        return self.restore

    def ask_unsaved(self, parent):
        self.asked.append(("unsaved",))
        return self.unsaved

    def open_path(self, parent, folder):
        self.asked.append(("open", folder))
        return self.open_file

    def save_path(self, parent, suggested, title=None):
        self.asked.append(("save", suggested))
        self.titles.append(title)
        return self.save_to

    def locate_exercise(self, parent, exercise_id, folder):
        self.asked.append(("locate", exercise_id))
        return self.exercise_file

    def error(self, parent, title, message):
        self.asked.append(("error", message))

    def file_changed(self, parent, path):
        self.asked.append(("changed", path))
        return self.changed

    def work_in_use(self, parent, holder):
        self.asked.append(("in_use", holder))
        return self.in_use

    def confirm_hand_in(self, parent, count, attempt):
        self.asked.append(("hand in", count, attempt))
        return self.hand_in

    def release_code(self, parent):
        self.asked.append(("code",))
        return self.codes.pop(0) if self.codes else None

    def open_key_path(self, parent, folder):
        self.asked.append(("key", folder))
        return self.key_file

    def kinds(self) -> list[str]:
        return [a[0] for a in self.asked]


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def exercise_path(tmp_path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    copy = folder / first_exercise().name
    shutil.copyfile(first_exercise(), copy)
    return copy


@pytest.fixture
def make_window(qtbot, prompts):
    """Build the production window with scripted prompts and open a file in it."""
    from annotator.gui.main_window import MainWindow

    def make(path: Path | None = None, answers: ScriptedPrompts | None = None):
        window = MainWindow(prompts=answers or prompts, language="en")
        qtbot.addWidget(window)
        status = window.start(path)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts (category keys) need the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window._test_status = status
        return window

    yield make


@pytest.fixture
def window(make_window, exercise_path):
    return make_window(exercise_path)

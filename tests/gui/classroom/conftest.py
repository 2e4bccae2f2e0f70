"""The class window under test: scripted answers, a generated class in tmp_path."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from class_maker import make_class

from annotator.bundled import first_exercise


@dataclass
class ScriptedClassPrompts:
    """Answers the class window's questions from a script and records what was asked."""

    class_answer: tuple[Path, list[Path]] | None = None
    save_to: Path | None = None
    folder: Path | None = None
    decision_answer: tuple[str, str] | None = ("Prof. Ruiz", "")
    accept_answer: tuple[str | None, str] | None = None
    asked: list[tuple] = field(default_factory=list)

    def choose_class(self, parent, key, folder):
        self.asked.append(("class", key, folder))
        return self.class_answer

    def save_file(self, parent, suggested, kind):
        self.asked.append(("save", suggested, kind))
        return self.save_to

    def choose_folder(self, parent, suggested):
        self.asked.append(("folder", suggested))
        return self.folder

    def error(self, parent, title, message):
        self.asked.append(("error", message))

    def decision(self, parent, title, warning, name):
        self.asked.append(("decision", title, warning, name))
        return self.decision_answer

    def accept_for_class(self, parent, quote, items):
        self.asked.append(("accept", quote, items))
        return self.accept_answer

    def inform(self, parent, title, message):
        self.asked.append(("inform", message))

    def errors(self) -> list[str]:
        return [a[1] for a in self.asked if a[0] == "error"]


@pytest.fixture
def class_prompts() -> ScriptedClassPrompts:
    return ScriptedClassPrompts()


@pytest.fixture
def key_path() -> Path:
    return first_exercise()


@pytest.fixture
def class_folder(tmp_path) -> Path:
    """Twelve trainees, an unreadable file, one for another exercise, an older duplicate."""
    folder = tmp_path / "submissions"
    make_class(folder, size=12, broken=True, foreign=True, duplicate=True)
    return folder


@pytest.fixture
def make_class_window(qtbot, class_prompts):
    from annotator.gui.classroom.window import ClassWindow

    def make():
        window = ClassWindow(prompts=class_prompts, language="en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def graded_window(qtbot, make_class_window, key_path, class_folder):
    """A class window that has finished grading the generated class."""
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(key_path, [class_folder])
    return window

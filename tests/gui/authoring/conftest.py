"""The authoring window with scripted answers, on real files in a temporary folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
PAGES = REPO / "tests" / "services" / "html"


@dataclass
class ScriptedAuthoringPrompts:
    """Answers the authoring window's questions from a script and records what was asked."""

    source: object = None  # a NewSource
    open_file: Path | None = None
    save_to: dict[str, Path] = field(default_factory=dict)  # kind -> path
    confirm_answer: bool = True
    unsaved: str = "cancel"
    folder: Path | None = None
    changed: str | None = None  # "theirs", "mine", "save_as" or None (cancel)
    asked: list[tuple] = field(default_factory=list)

    def new_source(self, parent):
        self.asked.append(("new",))
        return self.source

    def open_path(self, parent, folder, kind):
        self.asked.append(("open", kind))
        return self.open_file

    def save_path(self, parent, suggested, kind):
        self.asked.append(("save", kind, suggested))
        return self.save_to.get(kind)

    def confirm(self, parent, title, message, action):
        self.asked.append(("confirm", message))
        return self.confirm_answer

    def ask_unsaved(self, parent):
        self.asked.append(("unsaved",))
        return self.unsaved

    def error(self, parent, title, message):
        self.asked.append(("error", message))

    def choose_folder(self, parent, suggested):
        self.asked.append(("folder", suggested))
        return self.folder

    def file_changed(self, parent, path):
        self.asked.append(("changed", path))
        return self.changed

    def show_release_code(self, parent, code, copy_path):
        self.asked.append(("release code", code, copy_path))

    def kinds(self) -> list[str]:
        return [a[0] for a in self.asked]

    def errors(self) -> list[str]:
        return [a[1] for a in self.asked if a[0] == "error"]


@pytest.fixture
def scripted() -> ScriptedAuthoringPrompts:
    return ScriptedAuthoringPrompts()


@pytest.fixture
def page(tmp_path) -> Path:
    """A saved news page (English, with furniture to drop) in a folder of its own."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    copy = folder / "harbour-council.html"
    shutil.copyfile(PAGES / "harbour-council.en.html", copy)
    return copy


@pytest.fixture
def authoring(qtbot, scripted):
    """Build the production authoring window with scripted prompts, shown and active."""
    from annotator.gui.authoring.window import AuthoringWindow

    def make(path: Path | None = None):
        window = AuthoringWindow(prompts=scripted, language="en")
        qtbot.addWidget(window)
        if path is not None:
            assert window.open_path(path)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make

"""File dialogs open in the last folder used, else Documents, else home; never the cwd."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import bundled
from annotator.gui.folders import documents_folder, start_folder


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder of our own, with no XDG documents setting pointing elsewhere."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.chdir(tmp_path)  # the current directory must never be chosen
    return folder


def test_without_a_documents_folder_dialogs_start_at_home(home):
    """Ensure a missing Documents folder is never offered (Qt would type its name in)."""
    assert documents_folder() == home
    assert start_folder(None, "", home / "gone") == home


def test_an_existing_documents_folder_comes_before_home(home):
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"


def test_the_last_folder_used_wins_but_not_the_bundled_exercises(home, tmp_path):
    used = tmp_path / "class"
    used.mkdir()
    assert start_folder(used) == used
    assert start_folder(bundled.exercises_dir(), used) == used
    assert start_folder(bundled.exercises_dir()) == home


def test_saving_the_bundled_exercise_suggests_home_not_the_current_folder(
        home, make_window, prompts):
    """Ensure Save As on the first exercise opens at home, not in the package or the cwd."""
    window = make_window(None)
    prompts.save_to = None  # the user cancels the dialog
    window.save_as()
    kind, suggested = prompts.asked[-1]
    assert kind == "save" and suggested.parent == home
    window.choose_file()
    assert prompts.asked[-1] == ("open", home)

"""Find (Ctrl+F) in the authoring window: the same bar as the workspace, on the text as edited."""

from __future__ import annotations

import shutil

from authoring_helpers import type_into
from PySide6.QtCore import Qt

from annotator.bundled import first_exercise


def test_ctrl_f_finds_ignoring_accents_and_selects_the_match(qtbot, authoring, tmp_path):
    """Ensure Ctrl+F opens the bar, Enter selects the next match, Esc returns to the article."""
    copy = tmp_path / first_exercise().name
    shutil.copyfile(first_exercise(), copy)
    window = authoring(copy)
    qtbot.keyClick(window.view, Qt.Key_F, Qt.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    type_into(window.find_bar.field, "geopolitica")
    qtbot.keyClick(window.find_bar.field, Qt.Key_Return)
    start, end = window.view.selection_offsets()
    assert window.draft.text[start:end] == "geopolítica"
    qtbot.keyClick(window.find_bar.field, Qt.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.view.selection_offsets() == (start, end)  # ready for a category key


def test_a_word_that_is_not_there_says_so(qtbot, authoring, tmp_path):
    copy = tmp_path / first_exercise().name
    shutil.copyfile(first_exercise(), copy)
    window = authoring(copy)
    window.find_bar.open_bar()
    assert window.search.find("zzzzqq") is None
    assert window.find_bar.status.text() == "Not found"

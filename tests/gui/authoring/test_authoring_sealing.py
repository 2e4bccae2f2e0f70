"""The check policy on the grading page, and Export sealed student copy (attempts.md)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from annotator.bundled import first_exercise
from annotator.gui.authoring.release_code_dialog import ReleaseCodeDialog
from annotator.services import sealing
from annotator.xmlio.readers import read_exercise


def test_the_grading_page_sets_the_check_policy_with_a_sentence_on_each(
        authoring, scripted, tmp_path):
    mine = tmp_path / "mine.exercise.xml"
    shutil.copyfile(first_exercise(), mine)
    window = authoring(mine)
    panel = window.details_panel
    assert panel.check_buttons["anytime"].isChecked()
    strict = panel.check_buttons["after-hand-in"]
    assert "hand in first" in strict.toolTip()
    strict.click()
    assert window.draft.grading.check == "after-hand-in"
    window.undo_stack.undo()
    assert panel.check_buttons["anytime"].isChecked()
    window.undo_stack.redo()
    assert window.save()
    assert read_exercise(mine).document.grading.check == "after-hand-in"


def test_export_sealed_copy_shows_the_code_and_keeps_it_in_the_exercise(
        authoring, scripted, tmp_path):
    """Ensure the copy is sealed (no key in it), the code is shown once, kept in the
    instructor's exercise, and opens the copy."""
    mine = tmp_path / "mine.exercise.xml"
    shutil.copyfile(first_exercise(), mine)
    window = authoring(mine)
    copy = tmp_path / "out.sealed.exercise.xml"
    scripted.save_to = {"sealed": copy}
    assert window.export_sealed_copy()
    kind, code, shown_path = scripted.asked[-1]
    assert kind == "release code" and shown_path == copy
    student = read_exercise(copy).document
    assert student.key is None and student.sealed_key is not None
    assert code not in copy.read_text(encoding="utf-8")
    instructor = read_exercise(mine).document
    assert instructor.sealing_code == code and instructor.key
    assert sealing.unseal(student, code).spans == instructor.key
    # Saving again keeps the code; a sealed copy is not opened for editing.
    assert window.save()
    assert read_exercise(mine).document.sealing_code == code
    assert not window.open_path(copy)
    assert "sealed student copy" in scripted.errors()[-1]


def test_the_release_code_dialog_copies_the_code(qtbot, tmp_path):
    dialog = ReleaseCodeDialog("luna-campo-verde-salto", tmp_path / "x.exercise.xml")
    qtbot.addWidget(dialog)
    assert dialog.code_label.text() == "luna-campo-verde-salto"
    assert dialog.code_label.textInteractionFlags() & Qt.TextSelectableByKeyboard
    dialog.copy_code()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "luna-campo-verde-salto"

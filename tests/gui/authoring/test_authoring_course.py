"""Course and teacher's notes in the authoring window: the dialog, undo, save, student copies."""

from __future__ import annotations

import shutil

import pytest
from authoring_helpers import annotator, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox

from annotator import bundled
from annotator.xmlio.readers import read_exercise

NAME = "harbour-road-cycle-lane.exercise.xml"
OTHER = "millbrook-flood.exercise.xml"


@pytest.fixture
def opened(authoring, tmp_path):
    """The authoring window on a copy of a bundled exercise, another one beside it."""
    for name in (NAME, OTHER):
        shutil.copyfile(bundled.exercises_dir() / name, tmp_path / name)
    return authoring(tmp_path / NAME)


def open_dialog(qtbot, window):
    """Open the dialog as a keyboard user does: the Edit menu's shortcut."""
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = window.course_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a table cell the way a user does: go to it, F2, type, Return."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    editor.selectAll()
    type_into(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState, timeout=2000)
    assert table.item(row, column).text() == text and table.window().isVisible()


def test_the_dialog_edits_course_and_notes_in_one_undo_step_and_save_writes_them(
        qtbot, opened, scripted, tmp_path):
    """Ensure level, minutes, a skill, the pair, a note and the licence reach the file, valid;
    undo takes them all back; the student and sealed copies leave the notes out."""
    window = opened
    before = read_exercise(tmp_path / NAME).document
    dialog = open_dialog(qtbot, window)
    assert dialog.level_box.currentData() == before.course.level == 2
    assert dialog.note_edits[("goals", "en")].toPlainText().startswith("Tell a news report")

    dialog.level_box.setFocus()
    qtbot.keyClick(dialog.level_box, Qt.Key_Down)  # 2 -> 3
    dialog.minutes_spin.setFocus()
    dialog.minutes_spin.selectAll()
    type_into(dialog.minutes_spin, "45")
    position = dialog.pairs_box.findData("millbrook-flood")
    assert position > 0 and "Millbrook" in dialog.pairs_box.itemText(position)
    dialog.pairs_box.setCurrentIndex(position)
    qtbot.mouseClick(dialog.add_skill_button, Qt.LeftButton)
    row = dialog.skills.rowCount() - 1
    editor = QApplication.focusWidget()  # Add skill opens the new row's id for typing
    assert editor is not dialog.skills and dialog.skills.isAncestorOf(editor)
    type_into(editor, "numbers")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.skills.item(row, 0).text() == "numbers", timeout=2000)
    edit_cell(qtbot, dialog.skills, 0, 2, "Opinion dressed as news")
    dialog.tabs.setCurrentIndex(1)
    goals_es = dialog.note_edits[("goals", "es")]
    type_into(goals_es, "Distinguir noticia de opinión.")
    qtbot.keyClick(goals_es, Qt.Key_Return)
    type_into(goals_es, "Preguntar quién habla.")
    dialog.tabs.setCurrentIndex(0)
    dialog.licence_edit.selectAll()
    type_into(dialog.licence_edit, "CC BY 4.0; adapted")
    assert window.undo_stack.count() == 0  # nothing changes before OK
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    assert window.undo_stack.count() == 1 and window.isWindowModified()
    assert "Level 3" in window.details_panel.course_summary.toolTip()
    assert window.save()
    saved = read_exercise(tmp_path / NAME).document  # the reader checks the schema
    assert (saved.course.level, saved.course.minutes) == (3, 45)
    assert saved.course.pairs_with == "millbrook-flood"
    numbers = next(s for s in saved.course.skills if s.id == "numbers")
    assert numbers.labels == {"es": "Cifras y estadísticas", "en": "Numbers and statistics"}
    assert saved.course.skills[0].labels == {"es": "Opinión contada como noticia",
                                             "en": "Opinion dressed as news"}
    assert len(saved.course.skills) == row + 1
    assert saved.notes.goals["es"] == ["Distinguir noticia de opinión.", "Preguntar quién habla."]
    assert saved.notes.goals["en"] == before.notes.goals["en"]
    assert saved.source.licence == "CC BY 4.0; adapted"
    result = annotator("validate", str(tmp_path / NAME))
    assert result.returncode == 0, result.stdout + result.stderr

    student = tmp_path / "out.student.exercise.xml"
    sealed = tmp_path / "out.sealed.exercise.xml"
    scripted.save_to = {"student": student, "sealed": sealed}
    assert window.export_student_copy() and window.export_sealed_copy()
    for copy in (student, sealed):
        document = read_exercise(copy).document
        assert document.notes is None and b"instructor-notes" not in copy.read_bytes()
        assert document.course.level == 3  # the library shows it to trainees

    window.undo_action.trigger()  # the sealed copy's code was saved with the exercise: no step
    assert window.draft.course == before.course and window.draft.notes == before.notes
    assert window.draft.details.licence == before.source.licence
    assert "Level 2" in window.details_panel.course_summary.toolTip()
    window.redo_action.trigger()
    assert window.draft.course.level == 3


def test_a_bad_skill_id_is_refused_in_one_line_and_changes_nothing(qtbot, opened):
    window = opened
    dialog = open_dialog(qtbot, window)
    edit_cell(qtbot, dialog.skills, 0, 0, "2 bad")
    assert dialog.skills.item(0, 0).text() == "2 bad"
    assert dialog.problem.isVisible()
    line = dialog.problem.text()
    assert line.startswith("⚠ '2 bad' is not a valid skill id") and "\n" not in line
    assert "schema" not in line.casefold()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.skills.hasFocus()  # stays open, on the field to fix
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    edit_cell(qtbot, dialog.skills, 0, 0, "good-id")
    assert not dialog.problem.isVisible()
    qtbot.keyClick(dialog, Qt.Key_Escape)  # Cancel: nothing changes either
    assert not dialog.isVisible() and window.undo_stack.count() == 0


def test_pairing_an_exercise_with_itself_is_refused(qtbot, opened):
    dialog = open_dialog(qtbot, opened)
    dialog.pairs_box.setFocus()
    type_into(dialog.pairs_box.lineEdit(), "harbour-road-cycle-lane")
    qtbot.keyClick(dialog.pairs_box.lineEdit(), Qt.Key_Tab)
    assert dialog.problem.text() == "⚠ an exercise cannot be paired with itself"
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and opened.undo_stack.count() == 0


def test_ok_without_a_change_adds_no_undo_step(qtbot, opened):
    dialog = open_dialog(qtbot, opened)
    press_ok(qtbot, dialog)
    assert opened.undo_stack.count() == 0 and not opened.isWindowModified()


def test_ok_on_an_untouched_form_keeps_a_note_with_a_line_break_as_it_was(
        qtbot, authoring, tmp_path):
    """Ensure a hand-written item with a line break inside survives OK when nothing was
    edited (the boxes hold one item a line, so an edit would split it)."""
    from annotator.xmlio.writers import save

    exercise = read_exercise(bundled.exercises_dir() / NAME).document
    notes = exercise.notes.model_copy(update={"goals": {"en": ["one\ntwo"]}})
    save(exercise.model_copy(update={"notes": notes}), tmp_path / NAME)
    window = authoring(tmp_path / NAME)
    dialog = open_dialog(qtbot, window)
    assert dialog.note_edits[("goals", "en")].toPlainText() == "one\ntwo"
    press_ok(qtbot, dialog)
    assert window.undo_stack.count() == 0 and window.draft.notes.goals == {"en": ["one\ntwo"]}


def test_a_new_exercise_gets_its_first_course_and_notes(qtbot, authoring, tmp_path):
    """Ensure an exercise without any course metadata can be given one from the details tab."""
    from annotator.core.authoring import Draft
    from annotator.services.importer import import_text

    window = authoring()
    window.set_draft(Draft.from_article(import_text("Headline\n\nSome words here.")))
    assert "No level" in window.details_panel.course_summary.toolTip()
    qtbot.mouseClick(window.details_panel.course_button, Qt.LeftButton)
    dialog = window.course_dialog
    assert dialog.pairs_box.count() == 1  # not saved yet: no folder to choose from
    dialog.level_box.setCurrentIndex(1)
    type_into(dialog.note_edits[("prompts", "en")], "Who is speaking?")
    press_ok(qtbot, dialog)
    assert window.draft.course.level == 1 and window.draft.notes.prompts == {
        "en": ["Who is speaking?"]}

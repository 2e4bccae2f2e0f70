"""An instructor makes a small exercise from a saved web page, end to end, by keyboard.

Import the page, fix two blocks, add a category of their own, mark three
expert spans with explanations, set the grading, save, export the student
copy and the key; then the command line must accept every file.
"""

from __future__ import annotations

import json

from authoring_helpers import annotator, select_quote, type_into
from PySide6.QtCore import Qt

from annotator.core.session import Session
from annotator.gui.authoring.new_source import NewSource
from annotator.xmlio.readers import read_exercise, read_key
from annotator.xmlio.writers import save


def test_an_exercise_from_a_web_page_with_a_custom_category_and_three_explained_spans(
    qtbot, authoring, scripted, page, tmp_path
):
    """Ensure the whole authoring flow gives files that validate, grade, and hide the key."""
    window = authoring()
    scripted.source = NewSource("file", path=page)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    draft = window.draft
    assert len(draft.blocks) == 18
    assert window.tabs.currentWidget().findChild(type(window.block_editor)) is window.block_editor
    assert window.block_editor.notes_button.isVisible()  # what the import dropped is shown
    assert "Expand image" in window.block_editor.notes.text()

    # Blocks: the two pull-quote lines are one quote; the correction note is not article.
    editor = window.block_editor
    quote_row = next(i for i, b in enumerate(draft.blocks) if b.text.startswith("We were told"))
    editor.select_block(quote_row)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier)
    assert draft.blocks[quote_row].text == (
        "We were told the decision would wait for the traffic study. It did not wait for anything."
    )
    last = len(draft.blocks) - 1
    assert draft.blocks[last].text.startswith("Correction:")
    editor.select_block(last)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_Delete, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(draft.blocks) == 16
    # The standfirst gets an accent typed into it, applied with Ctrl+Return.
    editor.select_block(1)
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    type_into(editor.text_edit, " (café)")
    qtbot.keyClick(editor.text_edit, Qt.Key_Return, Qt.ControlModifier)
    assert draft.blocks[1].text.endswith("“a done deal”. (café)")

    # A category of the instructor's own: loaded language, key 4, next safe colour.
    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)
    tagset = window.tagset_editor
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(tagset.table, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    assert tagset.label_es.hasFocus()
    tagset.label_es.selectAll()
    type_into(tagset.label_es, "Lenguaje cargado")
    qtbot.keyClick(tagset.label_es, Qt.Key_Tab)
    tagset.label_en.selectAll()
    type_into(tagset.label_en, "Loaded language")
    qtbot.keyClick(tagset.label_en, Qt.Key_Tab)
    tagset.id_edit.selectAll()
    type_into(tagset.id_edit, "loaded-language")
    qtbot.keyClick(tagset.id_edit, Qt.Key_Return)
    loaded = draft.category("loaded-language")
    assert loaded is not None
    assert (loaded.labels, loaded.shortcut) == (
        {"es": "Lenguaje cargado", "en": "Loaded language"}, "4")
    assert "loaded-language" in window.category_actions

    # Three expert spans, marked like a trainee marks, each explained.
    spans = (
        ("said the harbour", Qt.Key_2, "Atribución a la concejala que propuso el plan."),
        ("cannot survive on nostalgia", Qt.Key_4, "Cita cargada: «nostalgia» desacredita."),
        ("voted five to four on Monday night", Qt.Key_1, "Hecho comprobable en el acta."),
    )
    for quote, key, explanation in spans:
        select_quote(window, quote)
        qtbot.keyClick(window.view, key)
        assert window.key_panel.explanation_es.hasFocus()
        type_into(window.key_panel.explanation_es, explanation)
        qtbot.keyClick(window.key_panel.explanation_es, Qt.Key_Return, Qt.ControlModifier)
        assert window.view.hasFocus()
    key = {s.quote: s for s in draft.key.annotations}
    assert {q: (s.category, s.explanations["es"]) for q, s in key.items()} == {
        "said the harbour": ("attribution", spans[0][2]),
        "cannot survive on nostalgia": ("loaded-language", spans[1][2]),
        "voted five to four on Monday night": ("claim", spans[2][2]),
    }
    # The claim is optional: chosen in the list, Required unticked with the keyboard.
    window.key_panel.show_span(key["voted five to four on Monday night"].id)
    window.key_panel.required_box.setFocus()
    qtbot.keyClick(window.key_panel.required_box, Qt.Key_Space)
    assert not draft.key.get(key["voted five to four on Monday night"].id).required

    # Undo and redo reach the key too.
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert draft.key.get(key["voted five to four on Monday night"].id).required
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert not draft.key.get(key["voted five to four on Monday night"].id).required

    # Grading: strict, pass mark 70.
    qtbot.keyClick(window, Qt.Key_4, Qt.ControlModifier)
    details = window.details_panel
    qtbot.keyClick(window, Qt.Key_R, Qt.AltModifier)  # St&rict: a mnemonic clicks after a moment
    qtbot.waitUntil(details.scheme_buttons["strict"].isChecked, timeout=2000)
    details.pass_spin.setFocus()
    details.pass_spin.selectAll()
    type_into(details.pass_spin, "70")
    qtbot.keyClick(details.pass_spin, Qt.Key_Tab)
    assert (draft.grading.scheme, draft.grading.pass_mark) == ("strict", 70.0)

    # Save, export the student copy and the key.
    folder = tmp_path / "class"
    folder.mkdir()
    exercise_path = folder / "harbour.exercise.xml"
    student_path = folder / "harbour.student.exercise.xml"
    key_path = folder / "harbour.key.xml"
    scripted.save_to = {"exercise": exercise_path, "student": student_path, "key": key_path}
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier | Qt.ShiftModifier)
    assert scripted.errors() == []

    checked = annotator("validate", str(exercise_path), str(student_path), str(key_path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    exercise = read_exercise(exercise_path).document
    assert exercise.grading.scheme == "strict" and exercise.grading.pass_mark == 70
    assert [c.id for c in exercise.tagset.categories][-1] == "loaded-language"
    assert len(exercise.key) == 3
    student = read_exercise(student_path).document
    assert student.key is None and b"<key" not in student_path.read_bytes()
    assert student.article == exercise.article
    assert len(read_key(key_path).document.spans) == 3

    # A trainee works on the student copy; the grader takes the key file.
    session = Session(student)
    for quote, category in (("said the harbour", "attribution"),
                            ("cannot survive on nostalgia", "loaded-language")):
        start = session.text.index(quote)
        session.add(session.new_annotation(category, start, start + len(quote)))
    submission_path = folder / "ana.submission.xml"
    save(session.to_submission(), submission_path)
    graded = annotator("grade", "--key", str(key_path), "--json", str(submission_path))
    assert graded.returncode == 0, graded.stderr
    result = json.loads(graded.stdout)["submissions"][0]
    assert result["score"] == 100.0  # both required spans found; the optional one costs nothing

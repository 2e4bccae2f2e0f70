"""Judging sources and claims on the real window (scoring.md §10): choose, edit, save, check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit
from tests_gui_helpers import mark, type_text

from annotator.core.limits import MAX_FEATURE_TEXT
from annotator.gui.annotation_panel import JUDGEMENT
from annotator.gui.feature_editor import FeatureEditor
from annotator.xmlio.readers import read_submission

KREMLIN = "informó en Telegram el Kremlin"  # k6: the expert accepts official or interested
TREATY = "firmado en Piongyang el 19 de julio de 2024"  # k16: checkable and false


def test_mark_choose_by_keyboard_save_check_and_read_the_feature_verdict(
        qtbot, window, prompts, tmp_path):
    """Ensure an attribution asks its kind of source, a letter and Enter answer it (undoably),
    the answer is saved, and check mode explains it with both values in plain words."""
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    chooser = window.feature_chooser
    assert chooser.isVisible() and chooser.values.hasFocus()
    assert chooser.values.accessibleName() == f"Kind of source for “{KREMLIN}”"
    qtbot.keyClick(chooser.values, Qt.Key_A)  # Anonymous: its first letter
    assert chooser.current_value() == "anonymous"
    qtbot.keyClick(chooser.values, Qt.Key_Return)
    assert not chooser.isVisible() and window.view.hasFocus()
    (annotation,) = window.session.annotations
    assert annotation.features == {"source-kind": "anonymous"}
    assert window.panel.model.index(0, JUDGEMENT).data() == "Anonymous"
    spoken = window.panel.model.index(0, 0).data(Qt.AccessibleTextRole)
    assert spoken.endswith(", Anonymous")  # a screen reader hears the answer with the row

    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)  # undo the answer, not the mark
    assert window.session.annotations[0].features == {}
    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.annotations[0].features == {"source-kind": "anonymous"}

    saved = tmp_path / "ana.submission.xml"
    prompts.save_to = saved
    qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    assert read_submission(saved).document.annotations[0].features == {
        "source-kind": "anonymous"}

    with qtbot.waitSignal(window.comparison.toggled, timeout=2000):
        qtbot.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    view = window.comparison.view
    (item,) = [i for i in view.panel.visible_items() if i.key == "k6"]
    assert item.verdict == "found"
    assert ("Kind of source: you chose «Anonymous»; the expert sees «Official, named» or "
            "«Interested party, named».") in item.sentence
    assert item.explanation.startswith("A single official source")
    summary = view.score_card.features_label
    assert summary.isVisibleTo(view) and "0 of 1" in summary.text()
    assert "do not change the score" in summary.text()


def test_numbers_pick_values_a_click_chooses_and_esc_leaves_it_for_later(qtbot, window):
    """Ensure a value's number picks it, the mouse chooses one, and Esc answers nothing."""
    mark(qtbot, window, TREATY, Qt.Key_1)
    chooser = window.feature_chooser
    qtbot.keyClick(chooser.values, Qt.Key_2)  # 2: checkable and false
    assert chooser.current_value() == "false"
    qtbot.keyClick(chooser.values, Qt.Key_Escape)
    assert window.session.annotations[0].features == {}
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    row = chooser.values.visualItemRect(chooser.values.item(0))
    QTest.mouseClick(chooser.values.viewport(), Qt.LeftButton, Qt.NoModifier, row.center())
    assert not chooser.isVisible()
    kremlin = next(a for a in window.session.annotations if a.quote == KREMLIN)
    assert kremlin.features == {"source-kind": "official"}


def test_the_panel_edits_answers_and_caps_where_you_checked(qtbot, window):
    """Ensure the judgement column edits choice and text values in one undoable step, and a
    text value cannot grow past 2,000 characters, with a counter."""
    mark(qtbot, window, TREATY, Qt.Key_1)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Escape)
    annotation = window.session.annotations[0]
    assert window.panel.model.index(0, JUDGEMENT).data() == ""
    window.panel.edit_judgement(annotation.id)
    editor = window.panel.table.viewport().findChild(FeatureEditor)
    assert editor is not None
    combo = editor.fields["checkable"]
    line = editor.fields["evidence"]
    assert isinstance(combo, QComboBox) and isinstance(line, QLineEdit)
    combo.setCurrentIndex(combo.findData("false"))
    line.setFocus()
    type_text(line, "kcna.kp, 19 de junio")
    assert editor.counters["evidence"].text() == f"20/{MAX_FEATURE_TEXT}"
    qtbot.keyClick(line, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session.annotations[0].features != {})
    assert window.session.annotations[0].features == {
        "checkable": "false", "evidence": "kcna.kp, 19 de junio"}
    assert window.panel.model.index(0, JUDGEMENT).data() == (
        "Checkable and false · kcna.kp, 19 de junio")
    window.undo_stack.undo()
    assert window.session.annotations[0].features == {}

    window.panel.edit_judgement(annotation.id)
    editor = window.panel.table.viewport().findChild(FeatureEditor)
    line = editor.fields["evidence"]
    line.setText("x" * (MAX_FEATURE_TEXT + 50))
    assert len(line.text()) == MAX_FEATURE_TEXT  # refused where typed


def test_a_new_category_drops_answers_it_does_not_ask_and_undo_brings_them_back(
        qtbot, window):
    """Ensure changing an attribution into a claim drops its kind of source, undoably."""
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_1)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Return)
    annotation = window.session.annotations[0]
    window.change_category([annotation.id], "claim")
    assert window.session.annotations[0].features == {}
    window.undo_stack.undo()
    assert window.session.annotations[0].category == "attribution"
    assert window.session.annotations[0].features == {"source-kind": "official"}


def test_saving_lists_unanswered_questions_without_blocking(qtbot, window, prompts, tmp_path):
    """Ensure a required question left empty is named when saving, and the file is saved."""
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Escape)
    prompts.save_to = tmp_path / "ana.submission.xml"
    assert window.save()
    assert prompts.save_to.is_file()
    message = window.statusBar().currentMessage()
    assert "not answered yet" in message  # the plural form comes from the translation files
    assert message.endswith(f"«{KREMLIN}» (Kind of source)")


def test_ctrl_j_asks_again_with_the_answer_already_chosen(qtbot, window):
    """Ensure Ctrl+J reopens the chooser on the chosen highlight, its answer picked, to change."""
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    chooser = window.feature_chooser
    qtbot.keyClick(chooser.values, Qt.Key_A)
    qtbot.keyClick(chooser.values, Qt.Key_Return)
    qtbot.keyClick(window.view, Qt.Key_J, Qt.ControlModifier)
    assert chooser.isVisible() and chooser.current_value() == "anonymous"
    qtbot.keyClick(chooser.values, Qt.Key_O)  # Official, named
    qtbot.keyClick(chooser.values, Qt.Key_Return)
    assert window.session.annotations[0].features == {"source-kind": "official"}


def test_in_the_list_ctrl_j_edits_every_answer_by_keyboard_and_esc_changes_nothing(
        qtbot, window):
    """Ensure keyboard users reach the free-text answer too: Ctrl+J in the list opens the
    editor, typing and Enter save it, Esc leaves it as it was."""
    mark(qtbot, window, TREATY, Qt.Key_1)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Escape)
    table = window.panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key_J, Qt.ControlModifier)
    editor = table.viewport().findChild(FeatureEditor)
    assert editor is not None and editor.fields["checkable"].hasFocus()
    qtbot.keyClick(editor.fields["checkable"], Qt.Key_Escape)
    qtbot.waitUntil(lambda: table.viewport().findChild(FeatureEditor) is None
                    or not table.viewport().findChild(FeatureEditor).isVisible())
    assert window.session.annotations[0].features == {}
    qtbot.keyClick(table, Qt.Key_J, Qt.ControlModifier)
    editor = next(e for e in table.viewport().findChildren(FeatureEditor) if e.isVisible())
    line = editor.fields["evidence"]
    line.setFocus()
    type_text(line, "kcna.kp")
    qtbot.keyClick(line, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session.annotations[0].features == {"evidence": "kcna.kp"})


def open_judgement_editor(qtbot, window, quote, category_key):
    """Mark ``quote``, leave the chooser, and open the list's judgement editor (Ctrl+J)."""
    mark(qtbot, window, quote, category_key)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Escape)
    table = window.panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key_J, Qt.ControlModifier)
    return table, next(e for e in table.viewport().findChildren(FeatureEditor) if e.isVisible())


def editor_closed(table) -> bool:
    return not any(e.isVisible() for e in table.viewport().findChildren(FeatureEditor))


def no_foreign_editor_warnings(qtlog) -> bool:
    return not [r for r in qtlog.records if "does not belong to this view" in r.message]


def test_tab_goes_through_the_judgement_fields_and_past_the_last_saves_them(
        qtbot, window, qtlog):
    """Ensure Tab reaches every field, and Tab after the last saves and returns to the list.

    Before, Tab went nowhere: the editor's keys were handled as if each field
    were an editor of its own, which the list did not know.
    """
    table, editor = open_judgement_editor(qtbot, window, TREATY, Qt.Key_1)
    checkable, evidence = editor.fields["checkable"], editor.fields["evidence"]
    assert checkable.hasFocus()
    qtbot.keyClick(checkable, Qt.Key_Tab)
    assert evidence.hasFocus()
    qtbot.keyClick(evidence, Qt.Key_Backtab)
    assert checkable.hasFocus()
    checkable.setCurrentIndex(checkable.findData("false"))
    qtbot.keyClick(checkable, Qt.Key_Tab)
    type_text(evidence, "kcna.kp")
    qtbot.keyClick(evidence, Qt.Key_Tab)
    qtbot.waitUntil(lambda: editor_closed(table))
    assert window.session.annotations[0].features == {"checkable": "false",
                                                      "evidence": "kcna.kp"}
    assert table.hasFocus()
    assert no_foreign_editor_warnings(qtlog)


def test_leaving_the_judgement_editor_saves_it_and_its_list_stays_open(qtbot, window, qtlog):
    """Ensure going elsewhere saves what was typed and closes the editor, as any list
    cell does, while opening a field's list of answers leaves it open."""
    table, editor = open_judgement_editor(qtbot, window, TREATY, Qt.Key_1)
    checkable, evidence = editor.fields["checkable"], editor.fields["evidence"]
    checkable.showPopup()
    qtbot.waitUntil(lambda: checkable.view().isVisible())
    checkable.hidePopup()
    assert editor.isVisible()
    evidence.setFocus()
    type_text(evidence, "kcna.kp")
    window.view.setFocus()
    qtbot.waitUntil(lambda: editor_closed(table))
    assert window.session.annotations[0].features == {"evidence": "kcna.kp"}
    window.undo_stack.undo()
    assert window.session.annotations[0].features == {}
    assert no_foreign_editor_warnings(qtlog)


def test_handing_in_lists_unanswered_questions_and_still_hands_in(qtbot, window, prompts,
                                                                 tmp_path):
    """Ensure Hand in names a required question left empty, and the attempt is made anyway."""
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Escape)
    prompts.hand_in, prompts.save_to = True, tmp_path / "ana.submission.xml"
    window.hand_in.hand_in_action.trigger()
    assert len(window.session.attempts) == 1
    message = window.statusBar().currentMessage()
    assert "not answered yet" in message and message.endswith(f"«{KREMLIN}» (Kind of source)")


def test_the_chooser_stops_asking_about_a_highlight_that_is_gone(qtbot, window):
    """Ensure deleting the highlight, or undoing its marking, closes its questions."""
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    chooser = window.feature_chooser
    assert chooser.isVisible()
    window.view.setFocus()
    window.delete_current()
    assert window.session.annotations == [] and not chooser.isVisible()
    mark(qtbot, window, KREMLIN, Qt.Key_2)
    assert chooser.isVisible()
    window.undo_stack.undo()  # the marking itself
    assert window.session.annotations == [] and not chooser.isVisible()

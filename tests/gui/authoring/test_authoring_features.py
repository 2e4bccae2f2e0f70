"""Authoring questions and the key's accepted answers (scoring.md §10) in the real window."""

from __future__ import annotations

import shutil

import shiboken6
from PySide6.QtCore import Qt

from annotator.bundled import first_exercise
from annotator.gui.authoring.accepted_answers import AcceptedAnswers
from annotator.xmlio.readers import read_exercise


def open_first(authoring, tmp_path):
    copy = tmp_path / first_exercise().name
    shutil.copyfile(first_exercise(), copy)
    return authoring(copy), copy


def test_ticking_accepted_answers_is_one_undo_step_each_and_saved(qtbot, authoring, tmp_path):
    """Ensure the key panel's boxes show the accepted answers, edit them undoably, and save."""
    window, path = open_first(authoring, tmp_path)
    panel = window.key_panel
    panel.show_span("k6")
    boxes = panel.accepted.boxes
    assert panel.accepted.isVisibleTo(window)
    assert boxes[("source-kind", "official")].isChecked()
    assert boxes[("source-kind", "interested")].isChecked()
    assert not boxes[("source-kind", "anonymous")].isChecked()
    boxes[("source-kind", "interested")].click()
    assert window.draft.key.get("k6").accepted == {"source-kind": ["official"]}
    window.undo_stack.undo()
    assert window.draft.key.get("k6").accepted == {"source-kind": ["official", "interested"]}
    panel.show_span("k6")
    panel.accepted.boxes[("source-kind", "anonymous")].click()
    assert window.save()
    saved = read_exercise(path).document
    assert next(s for s in saved.key if s.id == "k6").accepted == {
        "source-kind": ["official", "interested", "anonymous"]}
    panel.show_span("k1")  # framing asks nothing: no boxes
    assert not panel.accepted.isVisibleTo(window)


def test_a_ticked_box_outlives_its_own_click(qtbot, authoring, tmp_path):
    """Ensure the change a tick sends back does not delete the box still inside its signal.

    Deleting it there is a use-after-free: it crashed a whole test run once.
    """
    window, _ = open_first(authoring, tmp_path)
    window.key_panel.show_span("k6")
    accepted = window.key_panel.accepted
    box = accepted.boxes[("source-kind", "anonymous")]
    box.click()
    assert shiboken6.isValid(box)
    assert accepted.boxes[("source-kind", "anonymous")] is box
    assert box.isChecked()
    window.undo_stack.undo()
    assert shiboken6.isValid(box) and not box.isChecked()
    window.key_panel.show_span("k1")  # another question set: the old boxes go, later
    assert not accepted.boxes
    qtbot.waitUntil(lambda: not shiboken6.isValid(box), timeout=5000)


def test_answers_reworded_get_new_boxes_with_the_new_words(qtbot):
    """Ensure the boxes are kept only while the questions read the same: a renamed
    answer shows its new name at once."""
    document = read_exercise(first_exercise()).document
    attribution = document.tagset.get("attribution")
    span = next(s for s in document.key if s.id == "k6")
    panel = AcceptedAnswers(lambda *_: None, "en")
    qtbot.addWidget(panel)
    panel.show_span(span, attribution)
    kept = panel.boxes[("source-kind", "official")]
    panel.show_span(span, attribution)
    assert panel.boxes[("source-kind", "official")] is kept
    feature = attribution.features[0]
    renamed = [v.model_copy(update={"labels": {"en": "Named official"}}) if v.id == "official"
               else v for v in feature.values]
    reworded = attribution.model_copy(update={"features": [
        feature.model_copy(update={"values": renamed}), *attribution.features[1:]]})
    panel.show_span(span, reworded)
    box = panel.boxes[("source-kind", "official")]
    assert box is not kept and box.text() == "Named official" and box.isChecked()


def test_a_key_span_moved_to_another_category_drops_answers_it_no_longer_has(
        qtbot, authoring, tmp_path):
    window, _ = open_first(authoring, tmp_path)
    window.change_span("k6", {"category": "claim"})
    assert window.draft.key.get("k6").accepted == {}
    window.undo_stack.undo()
    assert window.draft.key.get("k6").accepted["source-kind"] == ["official", "interested"]


def test_questions_and_answers_are_added_renamed_and_removed_with_a_counted_question(
        qtbot, authoring, scripted, tmp_path):
    """Ensure the Categories tab edits questions, and a used answer goes only when confirmed."""
    window, _ = open_first(authoring, tmp_path)
    window.tab_actions[2].trigger()
    editor = window.tagset_editor
    editor.show_category("framing")
    questions = editor.features
    assert questions.features.count() == 0
    questions._add_choice()
    assert [f.id for f in window.draft.category("framing").features] == ["new-question"]
    questions.label_en.setText("Loaded word?")
    questions.label_en.editingFinished.emit()
    assert window.draft.category("framing").features[0].labels["en"] == "Loaded word?"
    questions._add_value()
    assert len(window.draft.category("framing").features[0].values) == 2
    window.undo_stack.undo()
    assert len(window.draft.category("framing").features[0].values) == 1

    editor.show_category("claim")
    ids = [questions.features.item(r).data(Qt.UserRole) for r in range(questions.features.count())]
    assert ids == ["checkable", "evidence"]
    questions.features.setCurrentRow(0)
    rows = [questions.values.item(r).data(Qt.UserRole) for r in range(questions.values.count())]
    questions.values.setCurrentRow(rows.index("false"))
    scripted.confirm_answer = False
    questions._remove_value()
    (message,) = [a[1] for a in scripted.asked if a[0] == "confirm"]
    assert message.startswith("1 expert spans give “Checkable and false”")
    assert window.draft.category("claim").feature("checkable").value("false") is not None
    scripted.confirm_answer = True
    questions._remove_value()
    assert window.draft.category("claim").feature("checkable").value("false") is None
    assert window.draft.key.get("k16").accepted == {}
    window.undo_stack.undo()
    assert window.draft.key.get("k16").accepted == {"checkable": ["false"]}


def test_the_weight_of_judgements_is_set_as_a_percentage_and_saved(qtbot, authoring, tmp_path):
    """Ensure Details & grading sets features-weight (25 % is 0.25), undoably, into the file."""
    window, path = open_first(authoring, tmp_path)
    spin = window.details_panel.weight_spin
    assert spin.value() == 0
    spin.setValue(25)
    spin.editingFinished.emit()
    assert window.draft.grading.features_weight == 0.25
    window.undo_stack.undo()
    assert window.draft.grading.features_weight == 0
    window.undo_stack.redo()
    assert window.save()
    assert read_exercise(path).document.grading.features_weight == 0.25

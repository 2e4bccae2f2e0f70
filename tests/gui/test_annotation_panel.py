"""The annotation panel: a consistent Qt model, and every edit an undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView
from tests_gui_helpers import type_text

from annotator.bundled import first_exercise
from annotator.core.session import Session
from annotator.gui.annotation_panel import CATEGORY, NOTE, QUOTE, AnnotationModel
from annotator.gui.commands import AddSpan, ChangeSpan, ReplaceSpans, remove_spans
from annotator.gui.note_box import NoteBox
from annotator.gui.span_styles import styles_for
from annotator.xmlio.readers import read_exercise


def _session():
    return Session(read_exercise(first_exercise()).document)


def _add(session, quote, category="claim", stack=None):
    start = session.text.index(quote)
    annotation = session.new_annotation(category, start, start + len(quote))
    if stack is None:
        session.add(annotation)
    else:
        stack.push(AddSpan(session, annotation))
    return annotation


def test_the_model_passes_qtmodeltester_through_every_kind_of_change(qtmodeltester):
    """Ensure inserts, removals, updates and resets keep the model consistent."""
    session = _session()
    _add(session, "indicó el Kremlin", "attribution")
    model = AnnotationModel(session, {"claim": "Claim", "attribution": "Attribution",
                                      "framing": "Framing"}, styles_for(session.exercise.tagset),
                            edit_requested=lambda i, c: session.update(i, **c))
    qtmodeltester.check(model)
    first = _add(session, "Alianza geopolítica", "framing")
    _add(session, "señaló el Kremlin", "attribution")
    session.update(first.id, note="¿Quién lo dice?")
    session.remove(first.id)
    session.replace_all(session.annotations[:1])
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_rows_follow_text_order_and_show_category_quote_and_note(qtbot):
    session = _session()
    labels = {"claim": "Claim", "attribution": "Attribution", "framing": "Framing"}
    model = AnnotationModel(session, labels, styles_for(session.exercise.tagset))
    late = _add(session, "señaló el Kremlin", "attribution")
    early = _add(session, "Alianza geopolítica", "framing")
    session.update(late.id, note="tercera vez")
    assert [model.annotation(r).id for r in range(2)] == [early.id, late.id]
    assert model.index(0, CATEGORY).data() == "Framing"
    assert model.index(0, QUOTE).data() == "Alianza geopolítica"
    assert model.index(1, NOTE).data() == "tercera vez"
    assert model.index(0, CATEGORY).data(Qt.DecorationRole) is not None


def test_commands_undo_and_redo_each_change():
    session = _session()
    stack = QUndoStack()
    a = _add(session, "indicó el Kremlin", "attribution", stack)
    stack.push(ChangeSpan(session, a, a.model_copy(update={"category": "claim", "note": "x"})))
    assert session.get(a.id).category == "claim"
    stack.push(remove_spans(session, [session.get(a.id)]))
    assert len(session) == 0
    stack.undo()
    assert session.get(a.id).note == "x"
    stack.undo()
    assert session.get(a.id) == a
    stack.undo()
    assert len(session) == 0
    for _ in range(3):
        stack.redo()
    assert len(session) == 0
    restored = [a]
    stack.push(ReplaceSpans(session, [], restored))
    assert session.annotations == restored
    stack.undo()
    assert session.annotations == []


def test_choosing_a_row_scrolls_to_the_span_and_flashes_it(qtbot, window):
    text = window.session.text
    quote = "La Presidencia rusa concluyó"
    start = text.index(quote)
    window.view.select_offsets(start, start + len(quote))
    window.category_actions["attribution"].trigger()
    window.view.verticalScrollBar().setValue(0)
    window.panel.show_annotation(None)
    window.panel.table.setFocus()
    window.panel.table.selectRow(0)
    assert window.painter.is_flashing()
    assert window.view.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: not window.painter.is_flashing(), timeout=3000)


def test_delete_key_in_the_panel_and_in_the_article(qtbot, window):
    """Ensure Del removes the chosen highlight, from the list or with the caret on it."""
    text = window.session.text
    for quote in ("indicó el Kremlin", "señaló el Kremlin"):
        start = text.index(quote)
        window.view.select_offsets(start, start + len(quote))
        window.category_actions["attribution"].trigger()
    window.panel.table.setFocus()
    window.panel.table.selectRow(0)
    qtbot.keyClick(window.panel.table, Qt.Key_Delete)
    assert [a.quote for a in window.session.annotations] == ["señaló el Kremlin"]
    window.view.setFocus()
    window.view.place_caret(text.index("señaló el Kremlin") + 2)
    qtbot.keyClick(window.view, Qt.Key_Delete)
    assert len(window.session) == 0
    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)
    assert len(window.session) == 1


def test_write_a_note_with_f2_and_change_the_category_from_the_list(qtbot, window):
    text = window.session.text
    start = text.index("indicó el Kremlin")
    window.view.select_offsets(start, start + 6)
    qtbot.keyClick(window.view, Qt.Key_2)
    qtbot.keyClick(window.view, Qt.Key_F2)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: window.panel.table.state() == editing)
    editor = window.panel.table.viewport().findChild(NoteBox)
    type_text(editor, "Misma fuente: señaló, ¿otra vez?")
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(
        lambda: window.session.annotations[0].note == "Misma fuente: señaló, ¿otra vez?")
    assert window.view.hasFocus() or window.focusWidget() is window.view
    # In the list, a category key changes the chosen highlight's category.
    window.panel.table.setFocus()
    window.panel.table.selectRow(0)
    qtbot.keyClick(window.panel.table, Qt.Key_3)
    assert window.session.annotations[0].category == "framing"
    qtbot.keyClick(window.panel.table, Qt.Key_Z, Qt.ControlModifier)
    assert window.session.annotations[0].category == "attribution"
    qtbot.keyClick(window.panel.table, Qt.Key_Z, Qt.ControlModifier)
    assert window.session.annotations[0].note is None


def test_a_note_is_written_in_a_box_that_fits_a_paragraph(qtbot, window):
    """Ensure the note editor is a wrapped box over the list, as wide as the list and several
    lines high, not the narrow Note cell where a long note scrolled out of view."""
    start = window.session.text.index("indicó el Kremlin")
    window.view.select_offsets(start, start + 6)
    qtbot.keyClick(window.view, Qt.Key_2)
    qtbot.keyClick(window.view, Qt.Key_F2)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: window.panel.table.state() == editing)
    box = window.panel.table.viewport().findChild(NoteBox)
    viewport = window.panel.table.viewport()
    note_column = window.panel.table.columnWidth(NOTE)
    assert box.width() > note_column and box.width() >= viewport.width() - 8
    assert box.height() >= 3 * box.fontMetrics().lineSpacing()
    assert viewport.rect().contains(box.geometry())  # all of it in sight
    sentence = "Otra vez la misma fuente oficial, sin nadie que lo confirme por su cuenta. " * 2
    box.insertPlainText(sentence)
    qtbot.waitUntil(lambda: box.document().firstBlock().layout().lineCount() > 1)  # wraps
    assert box.horizontalScrollBar().maximum() == 0  # nothing scrolls out of sight sideways
    qtbot.keyClick(box, Qt.Key_Return)  # Enter keeps the note: one paragraph, no line break
    qtbot.waitUntil(lambda: (window.session.annotations[0].note or "").strip()
                    == sentence.strip())


def test_deleting_a_highlight_leaves_the_article_where_it_was(qtbot, window):
    """Ensure the row that becomes current after a delete does not scroll the article to
    its highlight: the trainee did not choose it."""
    text = window.session.text
    for quote in ("Alianza geopolítica en desarrollo", "los militaristas nipones"):
        start = text.index(quote)
        window.view.select_offsets(start, start + len(quote))
        window.category_actions["framing"].trigger()
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0, "the article must be longer than the window for this test"
    window.view.place_caret(0)
    bar.setValue(0)
    window.panel.table.setFocus()
    window.panel.table.selectRow(0)  # the headline's highlight: chosen, on screen already
    qtbot.keyClick(window.panel.table, Qt.Key_Delete)
    assert [a.quote for a in window.session.annotations] == ["los militaristas nipones"]
    assert window.panel.current_id() == window.session.annotations[0].id  # the list moved on
    assert bar.value() == 0  # the article did not

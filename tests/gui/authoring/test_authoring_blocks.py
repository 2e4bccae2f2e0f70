"""Fixing the article in the Blocks tab while the key follows its words."""

from __future__ import annotations

import shutil

from authoring_helpers import annotator, select_quote, type_into
from PySide6.QtCore import Qt

from annotator.bundled import first_exercise
from annotator.gui.authoring.block_editor import BlockModel
from annotator.gui.authoring.key_panel import NOT_PLACED
from annotator.gui.authoring.tagset_editor import CategoryModel
from annotator.gui.authoring.window import KEY_TAB
from annotator.xmlio.readers import read_exercise


def exercise_copy(tmp_path):
    copy = tmp_path / first_exercise().name
    shutil.copyfile(first_exercise(), copy)
    return copy


def block_of(window, words: str) -> int:
    return next(i for i, b in enumerate(window.draft.blocks) if words in b.text)


def test_the_editor_models_pass_the_model_tester_through_edits(qtmodeltester, authoring, tmp_path):
    """Ensure the block, key and category models stay consistent for Qt's views as things change."""
    from annotator.core import authoring as core

    window = authoring(exercise_copy(tmp_path))
    draft = window.draft
    models = (BlockModel(draft), window.key_panel.model, CategoryModel(draft, "en"))
    for model in models:
        qtmodeltester.check(model, force_py=True)
    window.run_edit(lambda: core.split_block(draft, 0, 5))
    window.run_edit(lambda: core.add_category(draft, {"en": "Loaded language"}))
    start = draft.text.index("Kim Jong-un")
    window.view.select_offsets(start, start + len("Kim Jong-un"))
    new_id = window.mark("loaded-language")
    window.change_span(new_id, {"required": False, "explanations": {"es": "Nombre."}})
    window.delete_spans([draft.key.annotations[0].id])
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert (models[0].rowCount(), models[1].rowCount(), models[2].rowCount()) == (13, 32, 3)


def test_text_edited_away_from_a_key_span_is_shown_as_not_placed_until_placed_by_hand(
    qtbot, authoring, tmp_path
):
    """Ensure an orphaned key span stays listed, is flagged, and comes back by undo or by hand."""
    path = exercise_copy(tmp_path)
    window = authoring(path)
    draft = window.draft
    span = next(s for s in draft.key.annotations if s.quote == "indicó el Kremlin")
    row = block_of(window, "indicó el Kremlin")
    editor = window.block_editor
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    editor.select_block(row)
    text = draft.blocks[row].text.replace("indicó el Kremlin", "dijo Moscú")
    editor.text_edit.selectAll()
    type_into(editor.text_edit, text)
    qtbot.keyClick(editor.text_edit, Qt.Key_Return, Qt.ControlModifier)

    assert draft.key.get(span.id).orphaned
    assert len(draft.key) == 32
    assert "lost their words" in window.statusBar().currentMessage()
    assert "⚠" in window.tabs.tabText(KEY_TAB)
    panel = window.key_panel
    assert not panel.orphan_hint.isHidden() and "1 spans" in panel.orphan_hint.text()
    shown = panel.model.index(panel.model.row_of(span.id), 1).data()
    assert shown == NOT_PLACED + "indicó el Kremlin"
    assert all(d.key != span.id for d in window.painter.decorations())  # nothing drawn

    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert not draft.key.get(span.id).orphaned
    assert draft.text[span.start:span.end] == "indicó el Kremlin"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert draft.key.get(span.id).orphaned

    # Placed by hand: choose it in the key list, select the new words, Ctrl+Shift+P.
    window.tabs.setCurrentIndex(KEY_TAB)
    panel.show_span(span.id)
    start, end = select_quote(window, "dijo Moscú")
    qtbot.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    placed = draft.key.get(span.id)
    assert (placed.start, placed.end, placed.quote, placed.orphaned) == (
        start, end, "dijo Moscú", False)
    assert placed.explanations == span.explanations
    assert any(d.key == span.id for d in window.painter.decorations())
    assert panel.orphan_hint.isHidden()

    scripted_save = tmp_path / "edited.exercise.xml"
    window.prompts.save_to = {"exercise": scripted_save}
    window.path = None
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert annotator("validate", str(scripted_save)).returncode == 0
    assert read_exercise(path).document.key[10].quote == "indicó el Kremlin"  # untouched


def test_split_at_the_cursor_after_an_emoji_and_change_the_kind_by_keyboard(
    qtbot, authoring, scripted
):
    """Ensure the caret's UTF-16 position splits at the right code point; kinds change by key."""
    from annotator.gui.authoring.new_source import NewSource

    window = authoring()
    window.start_from(NewSource("paste", text="Titular 😀 con foto\nEntradilla\nUno. Dos 🎉 tres."))
    editor = window.block_editor
    editor.select_block(2)
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(len("Uno. Dos 🎉 ".encode("utf-16-le")) // 2)
    editor.text_edit.setTextCursor(cursor)
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
    assert [b.text for b in window.draft.blocks][2:] == ["Uno. Dos 🎉", "tres."]
    assert editor.current_row() == 3

    editor.kind_box.setFocus()
    qtbot.keyClick(editor.kind_box, Qt.Key_Down)  # from Paragraph to List item
    assert window.draft.blocks[3].kind == "list-item"
    assert window.view.offset_map.text == window.draft.text


def test_a_refused_block_edit_says_why_in_one_line_and_changes_nothing(qtbot, authoring, tmp_path):
    window = authoring(exercise_copy(tmp_path))
    before = window.draft.blocks
    editor = window.block_editor
    editor.select_block(0)
    editor.text_edit.selectAll()
    qtbot.keyClick(editor.text_edit, Qt.Key_Delete)
    qtbot.keyClick(editor.text_edit, Qt.Key_Return, Qt.ControlModifier)
    assert window.draft.blocks == before
    assert window.statusBar().currentMessage() == (
        "Not changed: a block cannot be empty: delete it instead"
    )
    assert window.undo_stack.count() == 0


def test_choosing_a_block_shows_it_in_the_article_and_moving_it_keeps_the_key(
    qtbot, authoring, tmp_path
):
    window = authoring(exercise_copy(tmp_path))
    editor = window.block_editor
    window.tabs.setCurrentIndex(1)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_Down)
    start, end = window.draft.block_range(1)
    assert window.view.selection_offsets() == (start, end)
    subheading = block_of(window, "Celebración compartida")
    editor.select_block(subheading)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_Up, Qt.AltModifier)
    assert window.draft.blocks[subheading - 1].text == "Celebración compartida"
    for span in window.draft.key.annotations:
        assert window.draft.text[span.start:span.end] == span.quote

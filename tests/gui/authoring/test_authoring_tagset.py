"""The Categories tab: add, remove with a counted confirmation, keys, colours, renames."""

from __future__ import annotations

import shutil

from authoring_helpers import select_quote, type_into
from PySide6.QtCore import Qt

from annotator.bundled import first_exercise
from annotator.core.tagset import SAFE_PALETTE


def open_first(authoring, tmp_path):
    copy = tmp_path / first_exercise().name
    shutil.copyfile(first_exercise(), copy)
    window = authoring(copy)
    window.tab_actions[2].trigger()  # Ctrl+3: the Categories tab
    return window


def test_removing_a_used_category_asks_with_the_count_and_undo_brings_both_back(
    qtbot, authoring, scripted, tmp_path
):
    """Ensure a category in use goes only after a confirmation that says how many spans go too."""
    window = open_first(authoring, tmp_path)
    editor = window.tagset_editor
    editor.show_category("framing")
    scripted.confirm_answer = False
    qtbot.keyClick(editor.table, Qt.Key_Delete, Qt.ControlModifier | Qt.ShiftModifier)
    (message,) = [a[1] for a in scripted.asked if a[0] == "confirm"]
    assert message.startswith("15 expert spans are marked as “Framing”")
    assert window.draft.category("framing") is not None and len(window.draft.key) == 32

    scripted.confirm_answer = True
    qtbot.keyClick(editor.table, Qt.Key_Delete, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.draft.category("framing") is None
    assert len(window.draft.key) == 17
    assert "framing" not in window.category_actions
    assert editor.model.rowCount() == 2

    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.draft.category("framing") is not None and len(window.draft.key) == 32
    assert "framing" in window.category_actions


def test_an_unused_category_goes_without_a_question(qtbot, authoring, scripted, tmp_path):
    window = open_first(authoring, tmp_path)
    editor = window.tagset_editor
    qtbot.keyClick(editor.table, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.draft.categories[-1].color == SAFE_PALETTE[3]
    assert window.draft.categories[-1].shortcut == "4"
    qtbot.keyClick(editor.table, Qt.Key_Delete, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(window.draft.categories) == 3
    assert "confirm" not in scripted.kinds()


def test_a_duplicate_key_is_refused_with_a_reason_and_the_field_shows_the_old_key(
    qtbot, authoring, tmp_path
):
    window = open_first(authoring, tmp_path)
    editor = window.tagset_editor
    editor.show_category("framing")
    editor.shortcut_edit.selectAll()
    type_into(editor.shortcut_edit, "1")
    qtbot.keyClick(editor.shortcut_edit, Qt.Key_Return)
    assert window.draft.category("framing").shortcut == "3"
    assert window.statusBar().currentMessage() == (
        "Not changed: the key '1' is already the shortcut of 'Claim'"
    )
    assert editor.shortcut_edit.text() == "3"
    editor.shortcut_edit.selectAll()
    type_into(editor.shortcut_edit, "f")
    qtbot.keyClick(editor.shortcut_edit, Qt.Key_Return)
    assert window.draft.category("framing").shortcut == "f"
    select_quote(window, "Celebración compartida")
    qtbot.keyClick(window.view, Qt.Key_F)  # the new key works at once
    marked = [s for s in window.draft.key.annotations if s.quote == "Celebración compartida"]
    assert len(marked) == 1  # already in the key: not added twice
    assert window.statusBar().currentMessage() == "That is already in the key."


def test_colour_labels_and_id_changes_reach_the_key_the_article_and_the_toolbar(
    qtbot, authoring, tmp_path
):
    window = open_first(authoring, tmp_path)
    editor = window.tagset_editor
    editor.show_category("attribution")
    editor.color_box.setFocus()
    sky = editor.color_box.findData(SAFE_PALETTE[5])
    editor.color_box.setCurrentIndex(sky)
    editor.color_box.activated.emit(sky)
    assert window.draft.category("attribution").color == SAFE_PALETTE[5]
    drawn = [d for d in window.painter.decorations() if d.key == "k6"]
    assert drawn and drawn[0].style.color.name() == SAFE_PALETTE[5]
    assert drawn[0].style.line == "dash"  # colour is never the only cue

    editor.label_en.selectAll()
    type_into(editor.label_en, "Source")
    qtbot.keyClick(editor.label_en, Qt.Key_Tab)
    assert window.category_actions["attribution"].text() == "Source"

    editor.id_edit.selectAll()
    type_into(editor.id_edit, "source")
    qtbot.keyClick(editor.id_edit, Qt.Key_Return)
    assert window.draft.key.get("k6").category == "source"
    assert "source" in window.category_actions
    assert editor.model.index(1, 4).data() == "source"
    editor.id_edit.selectAll()
    type_into(editor.id_edit, "2bad")
    qtbot.keyClick(editor.id_edit, Qt.Key_Return)
    assert "'2bad' is not a valid category id" in window.statusBar().currentMessage()
    assert editor.id_edit.text() == "source"


def test_every_refusal_of_the_core_is_listed_for_translation():
    """Ensure each AuthoringError template in the core is in the GUI's translatable list."""
    import ast
    import inspect

    from annotator.core import authoring as core
    from annotator.core import key_alternatives
    from annotator.gui.authoring.messages import TEMPLATES

    trees = [ast.parse(inspect.getsource(module)) for module in (core, key_alternatives)]
    constants = {
        node.targets[0].id: node.value.value
        for tree in trees
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        and isinstance(node.targets[0], ast.Name)
    }
    raised = set()
    for node in (node for tree in trees for node in ast.walk(tree)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in ("AuthoringError", "__init__"):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            raised.add(first.value)
        elif isinstance(first, ast.Name):
            raised.add(constants[first.id])
    assert raised == set(TEMPLATES)

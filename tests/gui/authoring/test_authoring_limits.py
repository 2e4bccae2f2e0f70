"""The authoring window's text boxes hold what the format can hold, and say so near the end."""

from __future__ import annotations

from annotator.bundled import first_exercise
from annotator.core.limits import ID_MAX, TEXT_MAX


def test_text_boxes_refuse_an_edit_past_the_formats_limit_whole(authoring, tmp_path):
    """Ensure the instructions box undoes a paste that would pass 10,000 characters (nothing
    cut), a title line refuses one, and the exercise id stops at 128."""
    window = authoring(first_exercise())
    panel = window.details_panel
    box = panel.instructions_edit
    box.setPlainText("")
    box.insertPlainText("a" * (TEXT_MAX - 5))
    assert len(box.toPlainText()) == TEXT_MAX - 5
    box.insertPlainText("b" * 6)
    assert box.toPlainText() == "a" * (TEXT_MAX - 5)
    assert "Not added" in window.statusBar().currentMessage()
    panel.title_edit.setText("")
    panel.title_edit.insert("t" * (TEXT_MAX + 1))
    assert panel.title_edit.text() == ""
    panel.id_edit.setText("")
    panel.id_edit.insert("x" * (ID_MAX + 1))
    assert panel.id_edit.text() == ""
    panel.id_edit.insert("x" * ID_MAX)
    assert len(panel.id_edit.text()) == ID_MAX

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
    questions = window.tagset_editor.features  # a question's and an answer's labels too
    for line in (questions.label_es, questions.label_en, questions.value_es, questions.value_en):
        line.setText("")
        line.insert("q" * (TEXT_MAX + 1))
        assert line.text() == ""


def test_an_expert_span_longer_than_the_format_holds_is_not_marked(authoring, tmp_path):
    """Ensure the key refuses a passage over 10,000 characters when it is marked."""
    from annotator.core.model import Article, Block
    from annotator.gui.text_limits import integer
    from annotator.xmlio.readers import read_exercise
    from annotator.xmlio.writers import save

    bundled = read_exercise(first_exercise()).document
    path = tmp_path / "largo.exercise.xml"
    save(bundled.model_copy(update={"id": "largo", "key": [], "article": Article(
        blocks=[Block(kind="paragraph", text=("palabra " * 1400).strip())])}), path)
    window = authoring(path)
    window.view.select_offsets(0, TEXT_MAX + 7)
    assert window.mark("claim") is None
    assert len(window.draft.key) == 0
    assert f"at most {integer(TEXT_MAX)} characters" in window.statusBar().currentMessage()
    window.view.select_offsets(0, TEXT_MAX - 1)
    assert window.mark("claim") is not None

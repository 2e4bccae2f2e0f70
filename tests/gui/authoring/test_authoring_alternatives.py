"""Alternatives in authoring (scoring.md §8): add from a selection, list, draw, undo, save."""

from __future__ import annotations

import shutil

from authoring_helpers import select_quote

from annotator.bundled import first_exercise
from annotator.xmlio.readers import read_exercise


def test_add_an_alternative_from_a_selection_list_draw_undo_and_save(
        qtbot, authoring, tmp_path):
    """Ensure a selection becomes k1's alternative: listed under the span, drawn lighter in
    the span's colour, undone and redone in one step each, refused when it repeats an
    extent, removed again, and saved in the file as <alt>."""
    path = tmp_path / "putin-kim-alaska.exercise.xml"
    shutil.copyfile(first_exercise(), path)
    window = authoring(path)
    panel = window.key_panel
    panel.show_span("k1")
    start, end = select_quote(window, "geopolítica en desarrollo")
    window.view.scroll_to_offsets(start, end)
    before = _picture(qtbot, window)
    panel.add_alternative_action.trigger()
    boxed = _picture(qtbot, window)
    assert boxed != before  # the box is drawn on the article

    span = window.draft.key.get("k1")
    assert [(a.start, a.end) for a in span.alternatives] == [(start, end)]
    assert panel.alternatives.count() == 1
    assert "geopolítica en desarrollo" in panel.alternatives.item(0).text()
    assert window._highlights.boxes() == [(start, end, "framing")]  # a lighter box, k1's colour
    assert window._highlights._paint in window.view.overlays

    window.undo_stack.undo()
    assert window.draft.key.get("k1").alternatives == []
    assert window._highlights.boxes() == []
    assert _picture(qtbot, window) == before
    window.undo_stack.redo()
    assert len(window.draft.key.get("k1").alternatives) == 1

    select_quote(window, "Alianza geopolítica en desarrollo")  # the span itself
    count = window.undo_stack.count()
    panel.add_alternative_action.trigger()
    assert window.undo_stack.count() == count
    assert "k1" in window.statusBar().currentMessage()

    select_quote(window, "Alianza geopolítica")
    panel.add_alternative_action.trigger()
    assert panel.alternatives.count() == 2
    panel.alternatives.setCurrentRow(0)
    panel.remove_alternative_action.trigger()
    assert [a.quote for a in window.draft.key.get("k1").alternatives] == ["Alianza geopolítica"]

    assert window.save()
    saved = read_exercise(path).document
    k1 = next(k for k in saved.key if k.id == "k1")
    assert [a.quote for a in k1.alternatives] == ["Alianza geopolítica"]


def _picture(qtbot, window):
    """What the article shows now, once every pending paint is done."""
    window.painter.refresh_now()
    window.view.viewport().repaint()
    return window.view.viewport().grab().toImage()


def test_alternatives_follow_an_edit_of_the_article():
    """Ensure an article edit before an alternative shifts it with its span (core)."""
    from annotator.core.authoring import Draft, edit_block
    from annotator.core.key_alternatives import with_alternative

    exercise = read_exercise(first_exercise()).document
    draft = Draft.from_exercise(exercise)
    k1 = draft.key.get("k1")
    text = draft.text
    start = text.index("geopolítica", k1.start)
    draft.key.put(with_alternative(k1, start, start + 11, text))
    draft.apply(edit_block(draft, 0, exercise.article.blocks[0].text + " hoy"))
    moved = draft.key.get("k1")
    assert draft.text[moved.alternatives[0].start:moved.alternatives[0].end] == "geopolítica"
    assert moved.alternatives[0].start == start + 4

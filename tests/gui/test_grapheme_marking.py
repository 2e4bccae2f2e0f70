"""Marking never splits a character: keycaps, flags, accents, and Persian words with a ZWNJ."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QTextCursor

from annotator.bundled import first_exercise
from annotator.core.model import Article, Block
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

KEYCAP = "#\ufe0f\u20e3"
PERSIAN = "می\u200cخواهد"
BLOCKS = [("headline", f"Tema {KEYCAP} del día"), ("paragraph", f"او {PERSIAN} برود"),
          ("paragraph", "Con q\u0301 marca")]


@pytest.fixture
def window(make_window, tmp_path, qapp):
    if not QFontMetrics(qapp.font()).inFontUcs4(ord("خ")):
        pytest.skip("no font with Persian letters")
    base = read_exercise(first_exercise()).document
    exercise = base.model_copy(update={
        "id": "graphemes", "key": None,
        "article": Article(blocks=[Block(kind=k, text=t) for k, t in BLOCKS])})
    path = tmp_path / "graphemes.exercise.xml"
    save(exercise, path)
    return make_window(path)


def select_qt(view, start: int, end: int) -> None:
    """A selection in Qt positions, as a drag that stops anywhere would leave it."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)


def test_marking_part_of_a_keycap_or_an_accented_letter_marks_the_whole_character(
        qtbot, window, prompts, tmp_path):
    """Ensure a selection of only the '#' of '#️⃣' (snapping, and in exact mode) or of only the
    'q' of 'q́' saves the whole character, never marks without their base."""
    view, text = window.view, window.session.text
    start = view.offset_map.to_qt(text.index(KEYCAP))
    select_qt(view, start, start + 1)
    assert window.mark("claim") is not None
    select_qt(view, start + 1, start + 2)  # only the variation selector
    assert window.mark("framing", exact=True) is not None
    accent = view.offset_map.to_qt(text.index("q\u0301"))
    select_qt(view, accent, accent + 1)
    assert window.mark("attribution", exact=True) is not None
    prompts.save_to = tmp_path / "g.submission.xml"
    assert window.save()
    saved = read_submission(prompts.save_to).document.annotations
    assert sorted((a.category, a.quote) for a in saved) == [
        ("attribution", "q\u0301"), ("claim", KEYCAP), ("framing", KEYCAP)]
    for a in saved:
        assert text[a.start:a.end] == a.quote


def test_a_persian_word_with_a_zero_width_non_joiner_is_marked_whole(qtbot, window):
    view, text = window.view, window.session.text
    start = text.index(PERSIAN)
    view.select_offsets(start + 4, start + 5)
    window.mark("claim")
    (annotation,) = window.session.annotations
    assert annotation.quote == PERSIAN

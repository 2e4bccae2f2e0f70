"""Selections across emoji, combining marks and right-to-left text keep exact offsets.

Qt counts UTF-16 units and moves by grapheme; files count code points. These
tests select like a trainee (Shift+arrows, a mouse drag), save, read the
file back and check every offset and quote against the canonical text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtTest import QTest

from annotator.bundled import first_exercise
from annotator.core.model import Article, Block
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

BLOCKS = [
    ("headline", "Prueba 😀 de texto"),
    ("paragraph", "Antes 😀 del 👩🏽‍🚀 texto"),
    ("paragraph", "Con q\u0301 y x\u0323\u0301 marcas"),
    ("paragraph", "Dijo שלום עולם ayer"),
    ("paragraph", "مرحبا بالعالم 😀 نهاية"),
]


@pytest.fixture
def unicode_window(make_window, tmp_path, qapp):
    if not QFontMetrics(qapp.font()).inFontUcs4(ord("ש")):
        pytest.skip("no font with Hebrew letters")
    base = read_exercise(first_exercise()).document
    exercise = base.model_copy(update={
        "id": "unicode", "key": None,
        "article": Article(blocks=[Block(kind=k, text=t) for k, t in BLOCKS]),
    })
    path = tmp_path / "unicode.exercise.xml"
    save(exercise, path)
    return make_window(path)


def _selected_text(view) -> str:
    return view.textCursor().selectedText().replace("\u2029", "\n")


def _save_and_read(window, prompts, tmp_path):
    prompts.save_to = tmp_path / "u.submission.xml"
    assert window.save()
    return read_submission(prompts.save_to).document.annotations


def _check_against_canonical(window, annotations):
    text = window.session.exercise.article.text
    for a in annotations:
        assert text[a.start:a.end] == a.quote


def test_keyboard_selection_over_emoji_combining_marks_and_blocks(
        qtbot, unicode_window, prompts, tmp_path):
    window, view = unicode_window, unicode_window.view
    text = window.session.text
    cases = [
        (text.index("😀 del"), 7, "😀 del 👩🏽‍🚀"),  # the astronaut is one grapheme
        (text.index("q\u0301"), 1, "q\u0301"),
        (text.index("x\u0323\u0301"), 1, "x\u0323\u0301"),
        (text.index("texto\nCon"), 9, "texto\nCon"),  # across the block break
    ]
    for start, presses, expected in cases:
        view.setFocus()
        view.place_caret(start)
        for _ in range(presses):
            qtbot.keyClick(view, Qt.Key_Right, Qt.ShiftModifier)
        assert _selected_text(view) == expected
        assert view.selection_offsets() == (start, start + len(expected))
        qtbot.keyClick(view, Qt.Key_1, Qt.AltModifier)  # exact: what is selected
    saved = _save_and_read(window, prompts, tmp_path)
    assert sorted(a.quote for a in saved) == sorted(c[2] for c in cases)
    for start, _, expected in cases:
        (a,) = [a for a in saved if a.quote == expected]
        assert (a.start, a.end) == (start, start + len(expected))
    _check_against_canonical(window, saved)


def _point(view, offset: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offset_map.to_qt(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.center().x(), rect.center().y())


def _drag(view, start: int, end: int) -> None:
    viewport = view.viewport()
    a, b = _point(view, start), _point(view, end)
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, a)
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, b)


def test_mouse_drags_over_right_to_left_text_and_emoji(qtbot, unicode_window, prompts, tmp_path):
    window, view = unicode_window, unicode_window.view
    text = window.session.text
    # A whole mixed-direction block, from its first to its last character.
    start = text.index("Dijo")
    end = start + len("Dijo שלום עולם ayer")
    _drag(view, start, end)
    assert view.selection_offsets() == (start, end)
    qtbot.keyClick(view, Qt.Key_2)
    # A right-to-left paragraph with an emoji, dragged from its start to its end.
    start = text.index("مرحبا")
    end = start + len("مرحبا بالعالم 😀 نهاية")
    _drag(view, start, end)
    assert _selected_text(view) == text[start:end]
    qtbot.keyClick(view, Qt.Key_3)
    # A drag that starts and ends inside words snaps to whole words.
    start = text.index("Antes") + 2
    end = text.index("texto\nCon") + 2
    _drag(view, start, end)
    qtbot.keyClick(view, Qt.Key_1)
    saved = _save_and_read(window, prompts, tmp_path)
    quotes = {a.category: a.quote for a in saved}
    assert quotes == {
        "attribution": "Dijo שלום עולם ayer",
        "framing": "مرحبا بالعالم 😀 نهاية",
        "claim": "Antes 😀 del 👩🏽‍🚀 texto",
    }
    _check_against_canonical(window, saved)
    # The painter draws each span where its text is: fills cover the same UTF-16 range.
    for selection, a in zip(view.extraSelections(), sorted(
            saved, key=lambda a: (-(a.end - a.start), a.start)), strict=False):
        cursor = selection.cursor
        assert view.offset_map.range_from_qt(cursor.selectionStart(), cursor.selectionEnd()) \
            == (a.start, a.end)

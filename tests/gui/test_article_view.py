"""The article: built once from the blocks, kinds styled, zoom, find, screenshots."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from annotator.gui.article_view import ArticleView


def _font_size(view, offset: int) -> float:
    cursor = view.textCursor()
    cursor.setPosition(view.offset_map.to_qt(offset) + 1)
    return cursor.charFormat().font().pointSizeF() if cursor.charFormat().font().pointSizeF() \
        > 0 else view.font().pointSizeF()


def test_each_kind_is_styled_and_the_text_is_the_models(window):
    view = window.view
    document = view.document()
    blocks = window.session.exercise.article.blocks
    layout = document.documentLayout()
    heights = {}
    for number, block in enumerate(blocks):
        start = view.offset_map.block_range(number)[0]
        qt_block = document.findBlock(view.offset_map.to_qt(start))
        assert qt_block.text() == block.text  # no bullet, no title, nothing added
        line = qt_block.layout().lineAt(0)
        heights.setdefault(block.kind, line.height())
        assert layout.blockBoundingRect(qt_block).height() > 0
    assert heights["headline"] > heights["paragraph"] * 1.3
    assert heights["caption"] < heights["paragraph"]
    list_block = document.findBlock(view.offset_map.to_qt(
        view.offset_map.block_range([b.kind for b in blocks].index("list-item"))[0]))
    assert list_block.textList() is not None  # Qt draws the bullet


def test_the_document_is_built_once_and_highlights_never_touch_it(qtbot, window):
    document = window.view.document()
    revision = document.revision()
    start = window.session.text.index("indicó el Kremlin")
    window.view.select_offsets(start, start + 6)
    qtbot.keyClick(window.view, Qt.Key_1)
    window.painter.refresh_now()
    assert window.view.document() is document
    assert document.revision() == revision
    assert not document.isUndoAvailable()


def test_zoom_with_the_keyboard(qtbot, window):
    view = window.view
    size = view.point_size
    qtbot.keyClick(view, Qt.Key_Plus, Qt.ControlModifier)
    assert view.point_size == size + 1
    qtbot.keyClick(view, Qt.Key_Minus, Qt.ControlModifier)
    qtbot.keyClick(view, Qt.Key_Minus, Qt.ControlModifier)
    assert view.point_size == size - 1
    assert window.settings.value("view/point_size", 0.0, float) == size - 1


def test_find_selects_the_match_so_a_key_marks_it(qtbot, window):
    """Ensure Ctrl+F, typing, Enter, Esc, 3 marks the found words (accents ignored)."""
    qtbot.keyClick(window.view, Qt.Key_F, Qt.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "alianza geopolitica")
    qtbot.keyClick(window.find_bar.field, Qt.Key_Return)
    text = window.session.text
    start = text.index("Alianza geopolítica")
    assert window.view.selection_offsets() == (start, start + len("Alianza geopolítica"))
    qtbot.keyClick(window.find_bar.field, Qt.Key_Escape)
    assert not window.find_bar.isVisible()
    qtbot.keyClick(window.view, Qt.Key_3)
    assert window.session.annotations[0].quote == "Alianza geopolítica"


def test_find_wraps_and_goes_back(qtbot, window):
    text = window.session.text
    first = text.index("Kremlin")
    window.search.find("kremlin", backward=False)
    assert window.view.selection_offsets()[0] == first
    window.search.find("kremlin", backward=False)
    second = window.view.selection_offsets()[0]
    assert second > first
    window.search.find("kremlin", backward=True)
    assert window.view.selection_offsets()[0] == first
    window.search.find("zzzz", backward=False)
    assert window.find_bar.status.text() == "Not found"


def test_an_empty_view_has_no_map(qapp):
    view = ArticleView()
    assert view.selection_offsets() is None and view.text == ""


def test_screenshot_from_the_command_line(tmp_path, data_dir):
    """Ensure `annotator --screenshot` paints the window offscreen at 1280x800, asking nothing."""
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--screenshot", str(out)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert not data_dir.exists()  # nothing remembered, no journal


def test_screenshot_of_a_bad_file_fails_with_one_line(tmp_path):
    bad = tmp_path / "bad.exercise.xml"
    bad.write_text("nope", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--screenshot", str(tmp_path / "x.png"), str(bad)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert "bad.exercise.xml" in result.stderr
    assert not (tmp_path / "x.png").exists()

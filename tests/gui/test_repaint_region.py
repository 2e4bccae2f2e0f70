"""Adding or removing a highlight repaints the lines it is on, not the whole article.

Behavioural, not timed: the paint events the article's viewport receives
after one change must cover the changed span (and any span whose lane under
the text may move with it) and stay within those lines.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QTextCursor

from annotator.core.model import Article, Block
from annotator.gui.article_view import ArticleView
from annotator.gui.painter import Decoration, SpanPainter
from annotator.gui.span_styles import SpanStyle

SENTENCE = "Una frase corriente del artículo, con palabras de largo normal y sin nada raro. "


class PaintRegions(QObject):
    """Collects the region of every paint event a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Paint:
            self.rects.extend(event.region())
        return False

    def bounds(self) -> QRect:
        united = QRect()
        for rect in self.rects:
            united = united.united(rect)
        return united


@pytest.fixture
def article_view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(Article(blocks=[Block(kind="paragraph", text=(SENTENCE * 6).strip())] * 12))
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    painter = SpanPainter(view)
    painter.refresh_now()
    qtbot.wait(50)
    return view, painter


def _settled_paints(qtbot, view, change) -> PaintRegions:
    """The regions painted because of ``change``, once every pending paint is done."""
    qtbot.wait(50)
    regions = PaintRegions(view.viewport())
    change()
    qtbot.waitUntil(lambda: bool(regions.rects), timeout=3000)
    qtbot.wait(50)
    return regions


def _lines(view, start: int, end: int) -> tuple[int, int]:
    """The viewport top and bottom of the lines a code-point range is on."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offset_map.to_qt(start))
    top = view.cursorRect(cursor).top()
    cursor.setPosition(view.offset_map.to_qt(end))
    return top, view.cursorRect(cursor).bottom()


def _style() -> SpanStyle:
    return SpanStyle(QColor("#1f77b4"), "wave")


def test_adding_a_highlight_repaints_its_lines_only(qtbot, article_view):
    view, painter = article_view
    start = view.text.index("palabras", 3 * len(SENTENCE))
    end = start + len("palabras")
    regions = _settled_paints(
        qtbot, view, lambda: painter.put(Decoration("new", start, end, _style())))
    top, bottom = _lines(view, start, end)
    painted = regions.bounds()
    assert painted.top() <= top and painted.bottom() >= bottom  # the highlight is drawn
    assert painted.top() >= top - 4 and painted.bottom() <= bottom + 30  # and little else
    assert painted.height() < view.viewport().height() // 4


def test_removing_a_highlight_repaints_its_lines_only(qtbot, article_view):
    view, painter = article_view
    start = view.text.index("palabras", 5 * len(SENTENCE))
    end = start + len("palabras")
    painter.put(Decoration("old", start, end, _style()))
    regions = _settled_paints(qtbot, view, lambda: painter.remove("old"))
    top, bottom = _lines(view, start, end)
    painted = regions.bounds()
    assert painted.top() <= top and painted.bottom() >= bottom
    assert painted.height() < view.viewport().height() // 4


def test_a_change_repaints_every_span_whose_lane_may_move(qtbot, article_view):
    """A chain of overlaps: the new span takes the first lane, the others may move down."""
    view, painter = article_view
    first = view.text.index("frase", 2 * len(SENTENCE))
    long_end = first + 3 * len(SENTENCE)  # a span over several lines
    painter.put(Decoration("near", first, first + 20, _style()))
    painter.put(Decoration("long", first + 10, long_end, _style()))
    regions = _settled_paints(
        qtbot, view, lambda: painter.put(Decoration("new", first - 4, first + 2, _style())))
    top, bottom = _lines(view, first - 4, long_end)
    painted = regions.bounds()
    assert painted.top() <= top and painted.bottom() >= bottom
    untouched = view.text.index("frase", 8 * len(SENTENCE))
    assert painted.bottom() < _lines(view, untouched, untouched + 5)[0]


def test_a_reset_still_repaints_everything(qtbot, article_view):
    view, painter = article_view
    start = view.text.index("palabras")
    regions = _settled_paints(qtbot, view, lambda: painter.set_decorations(
        [Decoration("a", start, start + 8, _style())]))
    assert regions.bounds().height() >= view.viewport().height() - 1

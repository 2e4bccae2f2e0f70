"""The comparison drawn on the article: the trainee's fills, the expert's boxes, verdict badges.

Two layers, so the two sides never look alike:

- the trainee's highlights are the workspace's own look (category fill and
  category line), handed to the one span painter as decorations;
- the expert's passages are outlines in the verdict's colour and line
  (solid where the trainee marked them, dashed where they were missed), with
  a round badge carrying the verdict's symbol at the end of the passage.

The outlines and badges are an overlay of the article view (its ``overlays``
hook) rather than painter decorations: the painter draws fills and category
lines, and a box is neither. Everything is computed once per grade from the
core's outcomes (trimmed, graded offsets) and only the visible lines are
measured when painting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from annotator.gui.article_view import ArticleView
from annotator.gui.painter import Decoration, SpanPainter, line_pieces
from annotator.gui.span_styles import SpanStyle
from annotator.gui.verdicts import look

if TYPE_CHECKING:
    from annotator.core.grading import GradeResult

MINE, EXPERT, BOTH = "mine", "expert", "both"
SHOWS = (MINE, EXPERT, BOTH)

BOX_PADDING = 2.0  # pixels around the text of an expert passage
NEST_STEP = 2.5  # an enclosing passage's box stands this much further out per level
EXPERT_FILL_ALPHA = 70


@dataclass(frozen=True)
class Box:
    """An expert passage drawn as an outline; ``padding`` grows with the boxes nested inside."""

    start: int
    end: int
    verdict: str
    padding: float = BOX_PADDING


@dataclass(frozen=True)
class Badge:
    """A verdict symbol drawn after the last character of a span."""

    end: int
    verdict: str


@dataclass(frozen=True)
class Marks:
    fills: list[Decoration]
    boxes: list[Box]
    badges: list[Badge]


def marks_for(result: GradeResult, styles: dict[str, SpanStyle], show: str) -> Marks:
    """What to draw for one grade and one choice of mine only / expert only / both.

    Mine: the trainee's spans with their own verdicts. Expert: the key's
    passages filled in their category and boxed by verdict. Both: the
    trainee's fills, the expert's boxes (optional passages only where the
    trainee marked them), and the extras' "+".
    """
    fills: list[Decoration] = []
    boxes: list[Box] = []
    badges: list[Badge] = []
    if show in (MINE, BOTH):
        for o in result.annotation_outcomes:
            span = o.annotation
            if span.orphaned or o.duplicate_of is not None or span.category not in styles:
                continue
            fills.append(Decoration(f"a:{span.id}", span.start, span.end, styles[span.category]))
            if show == MINE or o.verdict == "extra":
                badges.append(Badge(span.end, o.verdict))
    for o in result.key_outcomes if show in (EXPERT, BOTH) else ():
        key = o.key
        if key.orphaned or (show == BOTH and o.verdict == "optional" and o.annotation is None):
            continue
        if show == EXPERT and key.category in styles:
            fills.append(
                Decoration(f"k:{key.id}", key.start, key.end, styles[key.category],
                           EXPERT_FILL_ALPHA)
            )
        where = o.matched or key  # an alternative the trainee chose is boxed where it is (§8)
        boxes.append(Box(where.start, where.end, o.verdict))
        badges.append(Badge(where.end, o.verdict))
    return Marks(fills, _nested(boxes), badges)


def _nested(boxes: list[Box]) -> list[Box]:
    """Give a box that encloses others more room, so nested outlines stay apart."""

    def inside(inner: Box, outer: Box) -> bool:
        return (
            outer.start <= inner.start and inner.end <= outer.end
            and (inner.start, inner.end) != (outer.start, outer.end)
        )

    levels: dict[int, int] = {}
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].end - boxes[i].start)
    for i in order:  # shortest first: whatever a box encloses already has its level
        enclosed = [levels[j] + 1 for j in levels if inside(boxes[j], boxes[i])]
        levels[i] = max(enclosed, default=0)
    return [
        Box(b.start, b.end, b.verdict, BOX_PADDING + NEST_STEP * levels[i])
        for i, b in enumerate(boxes)
    ]


def line_rects(view: ArticleView, start: int, end: int) -> list[QRectF]:
    """The rectangles a code-point range covers on screen, one per visual line.

    Viewport coordinates; lines below the viewport are not measured.
    """
    offsets = view.offset_map
    if offsets is None or start >= end:
        return []
    qt_start, qt_end = offsets.range_to_qt(start, end)
    document = view.document()
    layout = document.documentLayout()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    bottom = view.viewport().height()
    rects = []
    block = document.findBlock(qt_start)
    while block.isValid() and block.position() < qt_end:
        origin = layout.blockBoundingRect(block).topLeft()
        if origin.y() + dy > bottom:
            break
        for line, left, right in line_pieces(block, qt_start, qt_end):
            rects.append(
                QRectF(
                    origin.x() + left + dx,
                    origin.y() + line.y() + dy,
                    right - left,
                    line.ascent() + line.descent(),
                )
            )
        block = block.next()
    return rects


BOX_ROOM = 5.0  # px between a passage's last letter and its first badge (a box's padding)
BADGE_SPACING = 2.0  # px between two badges after one passage


def badge_radius(view: ArticleView) -> float:
    """A badge's radius: a little under half the text's line, never tiny."""
    return max(8.0, view.fontMetrics().height() * 0.47)


class ComparisonMarks:
    """Keeps an article view's painter and overlay showing one grade."""

    def __init__(self, view: ArticleView, painter: SpanPainter) -> None:
        self.view, self.painter = view, painter
        self.styles: dict[str, SpanStyle] = {}
        self.result: GradeResult | None = None
        self.show = BOTH
        self.marks = Marks([], [], [])
        self.current: tuple[int, int, str] | None = None  # start, end, verdict
        self.gaps: dict[int, float] = {}  # offset -> room made for the badges that end there
        view.overlays.append(self.paint)
        view.resized.connect(self._make_room)  # a zoom changes the badges' size

    def set_styles(self, styles: dict[str, SpanStyle]) -> None:
        self.styles = styles

    def set_result(self, result: GradeResult | None) -> None:
        self.result = result
        self._rebuild()

    def set_show(self, show: str) -> None:
        if show != self.show:
            self.show = show
            self._rebuild()

    def set_current(self, current: tuple[int, int, str] | None) -> None:
        self.current = current
        self.view.viewport().update()

    def _rebuild(self) -> None:
        if self.result is None:
            self.marks = Marks([], [], [])
        else:
            self.marks = marks_for(self.result, self.styles, self.show)
        self.painter.set_decorations(self.marks.fills)
        self._make_room()
        self.view.viewport().update()

    def _make_room(self) -> None:
        """Space in the line after each passage that ends in badges, so none covers a letter."""
        if self.view.offset_map is None:
            return
        counts: dict[int, int] = {}
        for badge in self.marks.badges:
            counts[badge.end] = counts.get(badge.end, 0) + 1
        step = 2 * badge_radius(self.view) + BADGE_SPACING
        gaps = {end: BOX_ROOM + n * step for end, n in counts.items() if end > 0}
        if gaps != self.gaps:
            self.gaps = gaps
            self.view.set_gaps(gaps)

    # ------------------------------------------------------------ painting

    def paint(self, painter: QPainter, view: ArticleView) -> None:
        if view.offset_map is None:
            return
        for box in sorted(self.marks.boxes, key=lambda b: -b.padding):
            self._paint_box(painter, view, box)
        if self.current is not None:
            self._paint_current(painter, view, *self.current)
        self._paint_badges(painter, view)

    def _paint_box(self, painter: QPainter, view: ArticleView, box: Box) -> None:
        verdict = look(box.verdict)
        pen = QPen(verdict.color, 2.0)
        pen.setCapStyle(Qt.FlatCap)
        if verdict.line == "dash":
            pen.setDashPattern([4, 2.5])
        elif verdict.line == "dot":
            pen.setDashPattern([1, 2])
        elif verdict.line == "dashdot":
            pen.setDashPattern([5, 2, 1, 2])
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        rects = line_rects(view, box.start, box.end)
        if rects and box.end in self.gaps:  # the room after it is the badges', not the box's
            rects[-1] = rects[-1].adjusted(0, 0, -self.gaps[box.end], 0)
        for rect in rects:
            pad = box.padding
            painter.drawRoundedRect(rect.adjusted(-pad, -pad, pad, pad), 3, 3)

    def _paint_current(
        self, painter: QPainter, view: ArticleView, start: int, end: int, verdict: str
    ) -> None:
        """The passage chosen in the feedback list: a wide soft ring around it.

        A ring, not a fill: a fill would read as one more highlight.
        """
        color = QColor(look(verdict).color)
        color.setAlpha(110)
        painter.setPen(QPen(color, 4.0))
        painter.setBrush(Qt.NoBrush)
        for rect in line_rects(view, start, end):
            painter.drawRoundedRect(rect.adjusted(-7, -6, 7, 6), 6, 6)

    def badge_places(self, view: ArticleView) -> list[tuple[Badge, QPointF]]:
        """Where each badge is drawn: in the room made after its passage, side by side."""
        radius = badge_radius(view)
        placed: dict[int, int] = {}  # badges already placed after an offset: the next goes beside
        places = []
        for badge in self.marks.badges:
            rects = line_rects(view, max(0, badge.end - 1), badge.end)
            if not rects:
                continue
            rect = rects[-1]
            shift = placed.get(badge.end, 0)
            placed[badge.end] = shift + 1
            room_starts = rect.right() - self.gaps.get(badge.end, 0.0) + BOX_ROOM
            places.append((badge, QPointF(
                room_starts + radius + shift * (2 * radius + BADGE_SPACING), rect.center().y())))
        return places

    def _paint_badges(self, painter: QPainter, view: ArticleView) -> None:
        font = QFont(view.font())
        font.setFamilies(["DejaVu Sans", "Noto Sans", "sans-serif"])
        font.setBold(True)
        font.setPointSizeF(max(8.0, view.point_size * 0.8))
        painter.setFont(font)
        radius = badge_radius(view)
        for badge, centre in self.badge_places(view):
            verdict = look(badge.verdict)
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(verdict.color)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignCenter,
                verdict.symbol,
            )

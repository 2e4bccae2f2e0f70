"""Shades the article by how many trainees marked each passage, for one category.

A class of thousands gives thousands of coverage runs; as extra selections
Qt would copy and diff them all on every change. A QSyntaxHighlighter over
the runs (already merged by the core into stretches of equal count) formats
each block once, from a binary search into the runs, and never touches the
document's text. The steps are the class report's (a fifth of the class
each), so the screen and the printed report read alike; expert passages
are underlined, so they show without colour too.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from annotator.core.overview import Run
from annotator.gui.offsets import OffsetMap
from annotator.services.reports.article import SHADES, blend, darker, shade_level


class CoverageHighlighter(QSyntaxHighlighter):
    """Coverage runs of one category as background shades, expert spans underlined."""

    def __init__(self, document, offset_map: OffsetMap) -> None:
        super().__init__(document)
        self.offset_map = offset_map
        self._runs: list[Run] = []
        self._run_ends: list[int] = []
        self._trainees = 0
        self._key_spans: list[tuple[int, int]] = []
        self._color = "#777777"
        self._formats: dict[tuple[int, bool], QTextCharFormat] = {}

    def show_coverage(
        self,
        runs: Sequence[Run],
        trainees: int,
        color: str,
        key_spans: Sequence[tuple[int, int]] = (),
    ) -> None:
        """Shade these runs (sorted, as the core gives them) and underline these spans."""
        self._runs = list(runs)
        self._run_ends = [r.end for r in self._runs]
        self._trainees = trainees
        self._key_spans = sorted(key_spans)
        self._color = color
        self._formats.clear()
        self.rehighlight()

    def level_at(self, offset: int) -> int:
        """The shade step (0-5) drawn at a code-point offset."""
        index = bisect.bisect_right(self._run_ends, offset)
        if index < len(self._runs) and self._runs[index].start <= offset:
            return shade_level(self._runs[index].count, self._trainees)
        return 0

    def _format(self, level: int, keyed: bool) -> QTextCharFormat:
        fmt = self._formats.get((level, keyed))
        if fmt is None:
            fmt = QTextCharFormat()
            if level:
                fmt.setBackground(QColor(blend(self._color, SHADES[level - 1])))
            if keyed:
                fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                fmt.setUnderlineColor(QColor(darker(self._color, 0.6)))
                fmt.setFontUnderline(True)
            self._formats[(level, keyed)] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt naming)
        if not text or (not self._runs and not self._key_spans):
            return
        block = self.currentBlock()
        qt_start = block.position()
        offsets = self.offset_map
        start = offsets.from_qt(qt_start, round_up=False)
        end = offsets.from_qt(qt_start + len(text), round_up=True)
        if start >= end:
            return  # a block the layout adds (after a frame): no article text
        cuts = {start, end}
        index = bisect.bisect_right(self._run_ends, start)
        for run in self._runs[index:]:
            if run.start >= end:
                break
            cuts.update(p for p in (run.start, run.end) if start < p < end)
        keyed = [(s, e) for s, e in self._key_spans if s < end and e > start]
        for s, e in keyed:
            cuts.update(p for p in (s, e) if start < p < end)
        order = sorted(cuts)
        for a, b in zip(order, order[1:], strict=False):
            level = self.level_at(a)
            underline = any(s <= a and e >= b for s, e in keyed)
            if level or underline:
                qa, qb = offsets.to_qt(a) - qt_start, offsets.to_qt(b) - qt_start
                self.setFormat(qa, qb - qa, self._format(level, underline))

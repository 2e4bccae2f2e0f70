"""The one place that converts the core's code points to Qt's UTF-16 positions.

Files and the core count Unicode code points into the canonical text (the
blocks joined by ``\\n``); Qt's text cursor counts UTF-16 units of whatever
the document holds. The two differ by one for every character outside the
BMP (most emoji), and the rendered document may hold more than the text
(a separator rendered as a paragraph break, anything drawn between blocks).
So the map is built from where each block actually starts in the rendered
document, and within a block it counts the surrogate pairs before a point.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from annotator.core.text import BLOCK_SEPARATOR

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Code-point offsets (core, files) <-> Qt UTF-16 positions for one canonical text."""

    def __init__(self, block_texts: Sequence[str], qt_block_starts: Sequence[int] | None = None):
        self.block_texts = list(block_texts)
        self.text = BLOCK_SEPARATOR.join(self.block_texts)
        self._cp_starts: list[int] = []
        self._astral: list[list[int]] = []  # per block: code-point indexes of astral chars
        self._qt_lengths: list[int] = []
        position = 0
        for text in self.block_texts:
            self._cp_starts.append(position)
            astral = [m.start() for m in _ASTRAL.finditer(text)]
            self._astral.append(astral)
            self._qt_lengths.append(len(text) + len(astral))
            position += len(text) + len(BLOCK_SEPARATOR)
        if qt_block_starts is None:
            qt_block_starts = []
            qt = 0
            for length in self._qt_lengths:
                qt_block_starts.append(qt)
                qt += length + 1  # a paragraph break is one UTF-16 unit
        if len(qt_block_starts) != len(self.block_texts):
            raise ValueError("one Qt start per block is needed")
        self._qt_starts = list(qt_block_starts)
        # UTF-16 index (within a block) at which each astral character starts.
        self._astral_qt = [[i + n for n, i in enumerate(a)] for a in self._astral]

    def __len__(self) -> int:
        return len(self.text)

    def block_of(self, offset: int) -> int:
        """Index of the block holding a code-point offset (a separator belongs before)."""
        return max(0, bisect.bisect_right(self._cp_starts, offset) - 1)

    def block_range(self, block: int) -> tuple[int, int]:
        """Code-point start and end of one block's text."""
        start = self._cp_starts[block]
        return start, start + len(self.block_texts[block])

    def to_qt(self, offset: int) -> int:
        """The Qt position of a code-point offset (0 <= offset <= len(text))."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside the text (0-{len(self.text)})")
        block = self.block_of(offset)
        within = min(offset - self._cp_starts[block], len(self.block_texts[block]))
        return self._qt_starts[block] + within + bisect.bisect_left(self._astral[block], within)

    def from_qt(self, position: int, *, round_up: bool | None = None) -> int:
        """The code-point offset of a Qt position.

        A position inside a surrogate pair raises ValueError, unless
        ``round_up`` says which way to move it (False: before the character,
        True: after it). A position outside every block (before the first,
        or among characters rendered between blocks) goes to the nearest
        block edge.
        """
        block = max(0, bisect.bisect_right(self._qt_starts, position) - 1)
        within = position - self._qt_starts[block]
        if within < 0:
            return 0
        if within >= self._qt_lengths[block]:
            return self._cp_starts[block] + len(self.block_texts[block])
        starts = self._astral_qt[block]
        before = bisect.bisect_left(starts, within)  # astral chars wholly before
        if before and starts[before - 1] + 1 == within:  # inside the pair
            if round_up is None:
                raise ValueError(f"position {position} splits a surrogate pair")
            return self._cp_starts[block] + within - before + (1 if round_up else 0)
        return self._cp_starts[block] + within - before

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def range_from_qt(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection as code points, widened to whole characters."""
        if end < start:
            start, end = end, start
        return self.from_qt(start, round_up=False), self.from_qt(end, round_up=True)

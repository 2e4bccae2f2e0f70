"""Placing a file's spans on an article with bounded work.

The quotes and offsets in a file decide how much searching a loader does,
and files come from students. Re-anchoring by :func:`annotator.core.spans.anchor`
lists every occurrence of a quote (a span quoting "a" in an article of four
million "a" took a second, so a few hundred such spans took minutes), and a
span whose quote is absent scans the whole article. This module places spans
exactly as :func:`~annotator.core.spans.anchor` and
:func:`~annotator.core.spans.nth_occurrence` would, searching outward from
the old start without listing occurrences, and counts the characters it
scans; a document that needs more than :data:`SCAN_BUDGET` is refused.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.spans import Anchoring
from annotator.xmlio.errors import FormatError
from annotator.xmlio.reasons import XML_REASON

SCAN_BUDGET = 200_000_000
"""Code points one document may make us scan: about half a second at worst
(``str.find`` here: 2-3 ns a character), and hundreds of times what
re-anchoring every span of a long exercise needs."""

STEP_COST = 250
"""A search step run from Python costs about as much as scanning this many characters."""


class Anchorer:
    """Anchors the spans of one document on one canonical text, within a budget."""

    def __init__(self, text: str, path: str | Path) -> None:
        self.text = text
        self.path = path
        self.scanned = 0

    def charge(self, characters: int) -> None:
        """Count ``characters`` scanned; refuse the document once over the budget."""
        self.scanned += characters + STEP_COST
        if self.scanned > SCAN_BUDGET:
            raise FormatError(self.path, XML_REASON("search_abandoned"))

    def in_place(self, start: int, end: int, quote: str) -> bool:
        """Whether the text at ``start``-``end`` is the quote: the common case, asked first."""
        # Compare lengths first: slicing a hostile end - start could copy the whole article.
        if quote and end - start == len(quote) and self.text[start:end] == quote:
            self.charge(len(quote))
            return True
        return False

    def anchor(self, start: int, end: int, quote: str) -> Anchoring:
        """Keep a span whose quote matches, else re-anchor it nearest ``start``, else orphan it."""
        if self.in_place(start, end, quote):
            return Anchoring(start, end)
        placed = self.nearest(quote, start)
        if placed is None:
            return Anchoring(start, end, orphaned=True)
        return Anchoring(placed[0], placed[1], moved=True)

    def nearest(self, quote: str, start: int) -> tuple[int, int] | None:
        """The occurrence of ``quote`` nearest to ``start``; ties go to the earlier one."""
        if not quote:
            return None
        text, size = self.text, len(quote)
        pivot = min(max(start, 0), len(text))
        after = text.find(quote, pivot)
        # rfind's end bound admits only occurrences that begin before the pivot.
        bound = pivot - 1 + size
        before = text.rfind(quote, 0, bound) if pivot > 0 else -1
        self.charge(
            ((after + size) if after >= 0 else len(text)) - pivot
            + (bound - before if before >= 0 else pivot)
        )
        if before < 0 and after < 0:
            return None
        if after < 0 or (before >= 0 and start - before <= after - start):
            return before, before + size
        return after, after + size

    def nth(self, quote: str, n: int) -> tuple[int, int] | None:
        """The n-th (1-based, overlapping) occurrence of ``quote``, or None."""
        text = self.text
        if not quote or n < 1 or n > len(text):
            return None
        position = -1
        for _ in range(n):
            found = text.find(quote, position + 1)
            self.charge((found if found >= 0 else len(text)) - position)
            if found < 0:
                return None
            position = found
        return position, position + len(quote)

"""Grapheme clusters: what a reader sees as one character, made of one or more code points.

A keycap emoji ``#️⃣`` is three code points (``#``, U+FE0F, U+20E3), a flag
two, an accented letter written with a combining accent two, a family
emoji five. Offsets stay code points (formats.md), but a span must never
start or end inside a cluster: cut there, the saved quote holds half a
character (``\\ufe0f\\u20e3`` without its ``#``). The boundaries are
Unicode's extended grapheme clusters (UAX #29), the rule the window's
QTextBoundaryFinder follows too; the ``regex`` module's ``\\X`` finds them.

The ``\\n`` between blocks always ends a cluster, so a boundary is found by
reading only the block that holds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache


@cache
def _cluster_pattern():
    # Imported and compiled at the first cut, not at every start-up (about 10 ms).
    import regex

    return regex.compile(r"\X")


def _block(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def clusters(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The clusters of ``text[start:end]`` as ``(start, end)`` offsets (start at a boundary)."""
    stop = len(text) if end is None else end
    for match in _cluster_pattern().finditer(text, start, stop):
        yield match.start(), match.end()


def _scan_start(text: str, block_start: int, position: int) -> int:
    """A boundary at or before ``position`` to read clusters from: the nearest point between
    two ASCII characters (UAX #29 breaks between any two but CR LF, and no rule looks
    back past one), else the start of the block. Marking a word then reads a few
    characters, not the whole paragraph before it."""
    i = position
    while i > block_start:
        before, at = text[i - 1], text[i]
        if before < "\x80" and at < "\x80" and (before, at) != ("\r", "\n"):
            return i
        i -= 1
    return block_start


def cluster_start(text: str, position: int) -> int:
    """The boundary at or before ``position``: the start of the cluster it falls in."""
    if position <= 0 or position >= len(text):
        return max(0, min(position, len(text)))
    block_start, block_end = _block(text, position)
    if position <= block_start:
        return position
    for start, end in clusters(text, _scan_start(text, block_start, position), block_end):
        if start <= position < end:
            return start
    return position  # the "\n" after the block: a boundary


def cluster_end(text: str, position: int) -> int:
    """The boundary at or after ``position``: the end of the cluster it falls in."""
    start = cluster_start(text, position)
    if start == position:
        return position
    block_end = _block(text, start)[1]
    return next(clusters(text, start, block_end))[1]


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened so that neither edge splits a cluster."""
    first = cluster_start(text, start)
    return first, max(cluster_end(text, end), first)

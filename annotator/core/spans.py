"""Span arithmetic on the canonical text: trim, snap, re-anchor, validate.

All positions are code-point offsets, end exclusive (``text[start:end]``).
Snapping a selection works on grapheme clusters (core.graphemes), so a
marked span never holds half a character; :func:`trim` stays per code point,
as scoring.md §2.1 defines it for grading.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from annotator.core.graphemes import cluster_end, cluster_start, widen


def is_trimmable(ch: str) -> bool:
    """White space (``str.isspace``, the block separator included) or punctuation (P*)."""
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Move ``start`` forward and ``end`` back past white space and punctuation.

    A span that trims to nothing comes back with ``start == end``.
    """
    while start < end and is_trimmable(text[start]):
        start += 1
    while end > start and is_trimmable(text[end - 1]):
        end -= 1
    return start, end


def _trimmable_cluster(cluster: str) -> bool:
    """A cluster of white space and punctuation only, or one built on white space (a lone
    accent drawn on a space is no word)."""
    return cluster[:1].isspace() or all(is_trimmable(ch) for ch in cluster)


def trim_clusters(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`trim` by whole grapheme clusters: a cluster goes only if all of it is white
    space or punctuation (or it stands on white space), so a keycap ``#️⃣`` (``#`` and two
    marks) stays whole."""
    start, end = widen(text, start, end)
    while start < end:
        after = cluster_end(text, start + 1)
        if not _trimmable_cluster(text[start:after]):
            break
        start = after
    while end > start:
        before = cluster_start(text, end - 1)
        if not _trimmable_cluster(text[before:end]):
            break
        end = before
    return start, end


def _is_word_char(ch: str) -> bool:
    # Letters, digits and combining marks belong to a word; so do an
    # apostrophe or hyphen between two word characters (handled by the caller).
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or ch == "_"


def _joins_word(text: str, i: int) -> bool:
    """True when ``text[i]`` is a word character or an in-word joiner (Kim Jong-un, l'été,
    and the zero-width non-joiner inside a Persian word: می‌خواهد)."""
    ch = text[i]
    if _is_word_char(ch):
        return True
    if ch in "-'’\u00ad\u200d\u200c" and 0 < i < len(text) - 1:
        return _is_word_char(text[i - 1]) and _is_word_char(text[i + 1])
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words, then trim white space and punctuation at its edges.

    This is what the editor does with a mouse or keyboard selection, so that a
    trainee who starts a drag mid-word still marks the word. Edges move by
    whole grapheme clusters: an emoji, a flag or a letter with its accent is
    marked whole or not at all. A selection of only blanks or punctuation
    comes back empty (``start == end``).
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    start, end = trim_clusters(text, start, end)
    if start == end:
        return start, start
    while start > 0 and _joins_word(text, start - 1) and _joins_word(text, start):
        before = cluster_start(text, start - 1)  # a whole cluster at a time
        if _trimmable_cluster(text[before:start]):
            break
        start = before
    while end < len(text) and _joins_word(text, end) and _joins_word(text, end - 1):
        after = cluster_end(text, end + 1)
        if _trimmable_cluster(text[end:after]):
            break
        end = after
    return start, end


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``quote``."""
    found: list[int] = []
    if not quote:
        return found
    i = text.find(quote)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def quote_matches(text: str, start: int, end: int, quote: str) -> bool:
    return 0 <= start <= end <= len(text) and text[start:end] == quote


def reanchor(text: str, start: int, quote: str) -> tuple[int, int] | None:
    """Place a quote at its occurrence nearest to ``start``; None when it does not occur.

    Ties go to the earlier occurrence, so the result never depends on anything
    but the text, the quote and the old start.
    """
    candidates = occurrences(text, quote)
    if not candidates:
        return None
    best = min(candidates, key=lambda i: (abs(i - start), i))
    return best, best + len(quote)


def nth_occurrence(text: str, quote: str, n: int = 1) -> tuple[int, int] | None:
    """The n-th (1-based) occurrence of ``quote``, for key spans given by quote only."""
    candidates = occurrences(text, quote)
    if n < 1 or n > len(candidates):
        return None
    return candidates[n - 1], candidates[n - 1] + len(quote)


@dataclass(frozen=True)
class Anchoring:
    """What happened to one span when it was checked against the text."""

    start: int
    end: int
    moved: bool = False
    orphaned: bool = False


def anchor(text: str, start: int, end: int, quote: str) -> Anchoring:
    """Check a span against the text; re-anchor it by its quote if it does not match.

    Never drops a span: one whose quote cannot be found keeps its offsets and
    comes back ``orphaned``.
    """
    if quote and quote_matches(text, start, end, quote):
        return Anchoring(start, end)
    placed = reanchor(text, start, quote)
    if placed is None:
        return Anchoring(start, end, orphaned=True)
    return Anchoring(placed[0], placed[1], moved=True)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of code points two half-open spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))

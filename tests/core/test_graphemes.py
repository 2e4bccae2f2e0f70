"""Cluster boundaries found near a position agree with reading the whole block."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.graphemes import cluster_end, cluster_start

# ASCII, block breaks, combining marks, joiners, emoji with skin tones and variation
# selectors, regional indicators (flags), Hangul jamo, an Indic conjunct: the rules of UAX #29.
PIECES = ["a", "b", " ", "-", "\n", "\u0301", "\u200d", "\ufe0f", "\u20e3",
          "#", "👍", "🏽", "👨", "🇪", "🇸", "\u1100", "\u1161", "\u11a8", "क", "\u094d",
          "ष", "é", "ñ"]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Every cluster, reading each block whole from its start (a block break ends one)."""
    found, offset = [], 0
    for block in text.split("\n"):
        found += [(offset + m.start(), offset + m.end()) for m in regex.finditer(r"\X", block)]
        found.append((offset + len(block), offset + len(block) + 1))  # the break itself
        offset += len(block) + 1
    return found


def _reference(text: str, position: int) -> int:
    return next(start for start, end in _clusters(text) if start <= position < end)


@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_cluster_edges_match_a_reading_of_the_whole_text(pieces, data):
    text = "".join(pieces)
    if not text:
        return
    position = data.draw(st.integers(0, len(text) - 1))
    assert cluster_start(text, position) == _reference(text, position)
    start = _reference(text, position)
    end = next(e for s, e in _clusters(text) if s == start)
    assert cluster_end(text, position) == (position if start == position else end)


def test_a_long_paragraph_is_not_read_from_its_start():
    """A cluster near the end of a long paragraph is found; an accent stays with its letter."""
    text = "palabra " * 5000 + "cafe\u0301 y mas"
    accent = text.index("\u0301")
    assert cluster_start(text, accent) == accent - 1
    assert cluster_end(text, accent) == accent + 1

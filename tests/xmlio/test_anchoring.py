"""Bounded anchoring places spans exactly where the core rules place them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import spans
from annotator.xmlio import anchoring
from annotator.xmlio.anchoring import Anchorer
from annotator.xmlio.errors import FormatError, library_message

# Few letters, so that quotes occur often, overlap and tie.
TEXTS = st.text(alphabet="ab🚀\n", max_size=40)
QUOTES = st.text(alphabet="ab🚀\n", max_size=4)
OFFSETS = st.integers(min_value=0, max_value=60)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, quote=QUOTES, start=OFFSETS, length=st.integers(0, 6))
def test_anchor_agrees_with_the_core_rule(text: str, quote: str, start: int, length: int) -> None:
    """Ensure nearest-occurrence re-anchoring, ties to the earlier, matches core.spans.anchor."""
    assert Anchorer(text, "f").anchor(start, start + length, quote) == spans.anchor(
        text, start, start + length, quote
    )


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, quote=QUOTES, n=st.integers(-1, 12))
def test_nth_agrees_with_the_core_rule(text: str, quote: str, n: int) -> None:
    """Ensure the n-th (overlapping) occurrence matches core.spans.nth_occurrence."""
    assert Anchorer(text, "f").nth(quote, n) == spans.nth_occurrence(text, quote, n)


def test_anchor_and_nth_agree_on_every_small_case() -> None:
    """Ensure agreement on every text of up to 7 letters a/b, every start, quote and length.

    Random examples rarely hit a tie between two occurrences at the same
    distance; an exhaustive sweep of small cases does.
    """
    texts = [""] + [
        format(bits, "b")[1:].replace("0", "a").replace("1", "b")
        for bits in range(2, 2**8)
    ]
    for text in texts:
        anchorer = Anchorer(text, "f")
        for quote in ("a", "b", "ab", "ba", "aa", "aba"):
            for n in range(0, 5):
                assert anchorer.nth(quote, n) == spans.nth_occurrence(text, quote, n)
            for start in range(0, len(text) + 3):
                for length in range(0, 4):
                    expected = spans.anchor(text, start, start + length, quote)
                    assert anchorer.anchor(start, start + length, quote) == expected, (
                        text, quote, start, length
                    )


def test_a_frequent_quote_costs_little() -> None:
    """Ensure re-anchoring 'a' in four million 'a' scans a few characters, not the article."""
    anchorer = Anchorer("a" * 4_000_000, "f")
    for start in range(0, 4_000_000, 4000):
        anchorer.anchor(start, start + 2, "a")
    assert anchorer.scanned < 1000 * (anchoring.STEP_COST + 10)


def test_too_much_searching_refuses_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a document that makes the loader scan past the budget is refused, in one line."""
    monkeypatch.setattr(anchoring, "SCAN_BUDGET", 1_000_000)
    anchorer = Anchorer("a" * 100_000, "student.submission.xml")
    with pytest.raises(FormatError) as refused:
        for i in range(100):
            anchorer.anchor(0, 1, f"absent {i}")
    assert str(refused.value).startswith("student.submission.xml: too many spans to re-anchor")


def test_library_messages_are_cut_short() -> None:
    """Ensure messages that repeat the input keep at most a few dozen characters of it."""
    value = "x" * 10_000
    assert len(library_message(f"Element 'span': The value '{value}' is wrong")) <= 100
    assert "x" * 33 not in library_message(f"The value '{value}' is wrong")
    assert "x" * 41 not in library_message(f"tag mismatch: {value} line 3")
    assert library_message("two\nlines") == "two lines"

"""Trimming, word snapping and re-anchoring of spans."""

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.spans import anchor, nth_occurrence, reanchor, snap_to_words, trim


def test_trim_removes_blanks_quotes_and_punctuation_at_both_ends():
    text = 'dijo "valorar altamente", y'
    start = text.index('"')
    end = text.index(",") + 1
    s, e = trim(text, start, end)
    assert text[s:e] == "valorar altamente"


def test_trim_passes_the_block_separator():
    text = "fin.\nInicio"
    assert trim(text, 3, 7) == (5, 7)


def test_trim_to_nothing_gives_an_empty_span():
    text = "a, «» b"
    s, e = trim(text, 1, 5)
    assert s == e


def test_snap_widens_to_whole_words_and_keeps_hyphenated_names():
    text = "con Kim Jong-un sobre"
    s, e = snap_to_words(text, text.index("im"), text.index("-un") + 2)
    assert text[s:e] == "Kim Jong-un"


def test_snap_keeps_combining_marks_with_their_letter():
    text = "cafe\u0301 noir"
    s, e = snap_to_words(text, 1, 2)
    assert text[s:e] == "cafe\u0301"


def test_snap_of_blanks_is_empty():
    s, e = snap_to_words("a   b", 1, 4)
    assert s == e


def test_reanchor_picks_the_occurrence_nearest_the_old_start():
    text = "el Kremlin dijo; el Kremlin negó; el Kremlin calló"
    second = text.index("Kremlin", 10)
    assert reanchor(text, second + 3, "Kremlin") == (second, second + 7)


def test_reanchor_tie_goes_to_the_earlier_occurrence():
    text = "ab..ab"
    assert reanchor(text, 2, "ab") == (0, 2)


def test_anchor_keeps_a_matching_span_and_flags_an_orphan():
    text = "uno dos tres"
    assert anchor(text, 4, 7, "dos").moved is False
    result = anchor(text, 4, 7, "cuatro")
    assert result.orphaned and (result.start, result.end) == (4, 7)


def test_nth_occurrence_is_one_based():
    assert nth_occurrence("x a x a", "a", 2) == (6, 7)
    assert nth_occurrence("x a", "a", 2) is None


@given(st.text(), st.integers(0, 50), st.integers(0, 50))
def test_snap_result_is_inside_the_text_and_never_starts_or_ends_with_a_blank(text, a, b):
    s, e = snap_to_words(text, min(a, b), max(a, b))
    assert 0 <= s <= e <= len(text)
    if s < e:
        assert not text[s].isspace() and not text[e - 1].isspace()


@given(st.text(min_size=1), st.data())
def test_anchor_always_returns_a_span_whose_quote_matches_unless_orphaned(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    shifted = data.draw(st.integers(0, len(text)))
    result = anchor(text, shifted, shifted + len(quote), quote)
    assert not result.orphaned
    assert text[result.start:result.end] == quote


KEYCAP = "#\ufe0f\u20e3"


def test_snapping_keeps_a_keycap_emoji_whole():
    """Ensure a keycap (# and two marks) is marked whole, never as its marks without the #."""
    text = f"Tema {KEYCAP} del día"
    start = text.index(KEYCAP)
    for a, b in ((start, start + 1), (start, start + 3), (start + 1, start + 3),
                 (start - 1, start + 4)):
        s, e = snap_to_words(text, a, b)
        assert text[s:e] == KEYCAP, (a, b, text[s:e])


def test_a_word_with_a_zero_width_non_joiner_is_one_word():
    """Ensure the Persian می‌خواهد (with U+200C inside) snaps as one word from any part."""
    word = "می\u200cخواهد"
    text = f"او {word} برود"
    start = text.index(word)
    assert snap_to_words(text, start, start + 1) == (start, start + len(word))
    assert snap_to_words(text, start + 4, start + 5) == (start, start + len(word))


def test_snapping_never_splits_a_flag_a_family_or_an_accent():
    for piece in ("🇪🇸", "👨\u200d👩\u200d👧", "e\u0301", "👍🏽"):
        text = f"a {piece} b"
        s, e = snap_to_words(text, 2, 3)
        assert text[s:e] == piece, piece


@given(st.text(), st.integers(0, 50), st.integers(0, 50))
def test_a_snapped_span_starts_and_ends_on_grapheme_boundaries(text, a, b):
    """Ensure snapping any selection of any text never cuts a grapheme cluster (UAX #29)."""
    import regex

    s, e = snap_to_words(text, min(a, b), max(a, b))
    if s < e:
        boundaries = {0, len(text)} | {m.end() for m in regex.finditer(r"\X", text)}
        assert s in boundaries and e in boundaries

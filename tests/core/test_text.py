"""Canonical text, hashing and block rules (formats.md, 'Text and offsets')."""

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.text import (
    block_starts,
    block_text_problem,
    canonical_text,
    normalize_block_text,
    text_sha256,
    xml_safe,
)


def test_canonical_text_joins_blocks_with_one_newline_and_nothing_else():
    assert canonical_text(["Titular", "Entradilla", "Párrafo"]) == "Titular\nEntradilla\nPárrafo"


def test_sha256_is_of_the_utf8_bytes_in_lowercase_hex():
    text = "Señal 🚀"
    assert text_sha256(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert text_sha256(text) == text_sha256(text).lower()


def test_normalize_makes_nfc_joins_lines_and_strips():
    decomposed = "  Se\u0301ñal\r\n  rota \u2028fin  "
    assert normalize_block_text(decomposed) == "Séñal rota fin"


def test_normalize_keeps_inner_spacing_and_nbsp():
    assert normalize_block_text("a\u00a0b  c") == "a\u00a0b  c"


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", "empty block"),
        ("a\nb", "line break inside a block"),
        ("a\u2029b", "line break inside a block"),
        (" a", "leading or trailing white space in a block"),
        ("a\u00a0", "leading or trailing white space in a block"),
        ("Se\u0301", "block text is not NFC-normalised"),
        ("a\x01b", "character that XML cannot store"),
    ],
)
def test_block_rules_name_the_problem(text, problem):
    assert block_text_problem(text) == problem


def test_valid_block_has_no_problem():
    assert block_text_problem("Kim Jong-un 🇰🇵 שלום") is None


def test_block_starts_count_code_points_not_utf16():
    assert block_starts(["🚀🚀", "b"]) == [0, 3]


def test_xml_safe_drops_only_illegal_characters():
    assert xml_safe("a\x00b\tc\x0bd\ud800e") == "ab\tcde"


def test_a_short_title_keeps_a_short_first_block_whole():
    from annotator.core.text import short_title

    assert short_title("Alianza geopolítica  en desarrollo") == "Alianza geopolítica en desarrollo"


def test_a_short_title_is_the_first_sentence_of_a_paragraph():
    from annotator.core.text import short_title

    paragraph = ("El presidente habló ayer con su aliado. La conversación duró una hora y "
                 "trató de la cumbre, de la guerra y de la cooperación entre los dos países.")
    assert short_title(paragraph) == "El presidente habló ayer con su aliado."


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_a_short_title_never_exceeds_the_limit_and_is_a_prefix_of_the_words(text):
    from annotator.core.text import TITLE_LIMIT, short_title

    title = short_title(text)
    assert len(title) <= TITLE_LIMIT
    words = " ".join(text.split())
    assert words.startswith(title.removesuffix("…"))

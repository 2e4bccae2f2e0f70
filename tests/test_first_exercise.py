"""The bundled first exercise matches the expert reading in media-literacy.md."""

from __future__ import annotations

import re
from pathlib import Path

from annotator import bundled
from annotator.xmlio.readers import read_exercise

DOMAIN = Path(__file__).resolve().parents[2] / "shared" / "domain" / "media-literacy.md"
KEY_TSV = Path(__file__).resolve().parent.parent / "exercises/sources/putin-kim-alaska.key.tsv"

EXPECTED_KINDS = [
    "headline", "standfirst", "caption", "caption", "credit", "paragraph", "paragraph",
    "list-item", "paragraph", "subheading", "paragraph", "paragraph", "paragraph",
]


def _expected_rows() -> list[tuple[str, bool, str]]:
    """(category, required, quote) per key row: from the domain page when present."""
    if DOMAIN.exists():
        pattern = re.compile(r"^\| (\d+) \| (\w+) \| (req|opt) \| (.*?) \| .* \|$")
        rows = [pattern.match(line) for line in DOMAIN.read_text("utf-8").splitlines()]
        return [(m[2], m[3] == "req", m[4].strip()) for m in rows if m]
    rows = []
    for line in KEY_TSV.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            category, flag, quote = line.split("\t")[:3]
            rows.append((category, flag == "req", quote))
    return rows


def test_first_exercise_loads_as_it_stands():
    """Ensure the bundled exercise needs no repair: hash present, every quote at its offsets."""
    loaded = read_exercise(bundled.first_exercise())
    assert loaded.repairs == []


def test_blocks_and_kinds_follow_the_domain_table():
    exercise = read_exercise(bundled.first_exercise()).document
    assert [b.kind for b in exercise.article.blocks] == EXPECTED_KINDS
    texts = [b.text for b in exercise.article.blocks]
    assert texts[4] == "(FUENTE EXTERNA)"
    assert texts[7].startswith("Según la Presidencia rusa")  # the bullet is rendering, not text
    assert "Expandir imagen" not in exercise.article.text


def test_every_key_span_of_the_table_with_quote_at_its_offsets():
    exercise = read_exercise(bundled.first_exercise()).document
    text = exercise.article.text
    expected = _expected_rows()
    assert len(expected) == 26
    got = [(s.category, s.required, s.quote) for s in exercise.key]
    assert got == expected
    for span in exercise.key:
        assert text[span.start:span.end] == span.quote
        assert text.count(span.quote) == 1
        assert span.explanations.get("es")
    assert exercise.grading.scheme == "partial" and exercise.grading.pass_mark == 60


def test_headline_frame_offsets_match_the_format_example():
    exercise = read_exercise(bundled.first_exercise()).document
    k1 = exercise.key[0]
    assert (k1.start, k1.end, k1.quote) == (159, 192, "Alianza geopolítica en desarrollo")

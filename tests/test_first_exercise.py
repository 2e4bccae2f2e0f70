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


def _table_rows() -> list[tuple[str, bool, str]]:
    """(category, required, quote) of the 26 passages of the first key as first built.

    From the domain page when present, else from the first 26 rows of the
    key table (whose header says the review kept them in that order).
    """
    if DOMAIN.exists():
        pattern = re.compile(r"^\| (\d+) \| (\w+) \| (req|opt) \| (.*?) \| .* \|$")
        rows = [pattern.match(line) for line in DOMAIN.read_text("utf-8").splitlines()]
        return [(m[2], m[3] == "req", m[4].strip()) for m in rows if m]
    rows = []
    for line in KEY_TSV.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            category, flag, quote = line.split("\t")[:3]
            rows.append((category, flag == "req", quote))
    return rows[:26]


# What the instructor's review changed in the first 26 passages (by span id).
REVIEWED = {"k21": ("framing", True)}  # the caption/photo mismatch is required
# What the review added: (category, required, quote).
ADDED = [
    ("framing", False, "Putin conversa con Kim Jong-un sobre venidera cumbre con Trump en Alaska"),
    ("framing", True, "le informó sobre los preparativos"),
    ("framing", True, "compartió informaciones"),
    ("framing", True, "felicitó al líder coreano con la venidera fiesta"),
    ("framing", True, "en todas las direcciones"),
    ("framing", True, "en referencia al papel jugado por el Ejército Rojo"),
]


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
    """Ensure the revised key keeps every passage of the first key, in order, and adds the
    review's passages after them."""
    exercise = read_exercise(bundled.first_exercise()).document
    text = exercise.article.text
    expected = _table_rows()
    assert len(expected) == 26
    for number, (category, required, quote) in enumerate(expected, start=1):
        category, required = REVIEWED.get(f"k{number}", (category, required))
        span = exercise.key[number - 1]
        assert (span.id, span.category, span.required, span.quote) == (
            f"k{number}", category, required, quote)
    assert [(s.category, s.required, s.quote) for s in exercise.key[26:]] == ADDED
    for span in exercise.key:
        assert text[span.start:span.end] == span.quote
        assert span.explanations.get("es") and span.explanations.get("en")
    headline = exercise.key[26]
    assert headline.start == 0  # the headline, not the figure's title that repeats it
    # Every other passage occurs once, so its quote alone places it when offsets drift.
    repeated = [s.id for s in exercise.key if s is not headline and text.count(s.quote) != 1]
    assert repeated == []
    assert exercise.grading.scheme == "partial" and exercise.grading.pass_mark == 60


def test_the_review_reads_as_asked():
    """Ensure the explanations the review asked for say what it asked them to say."""
    key = {s.id: s for s in read_exercise(bundled.first_exercise()).document.key}
    assert "alianza al estilo occidental" in key["k1"].explanations["es"]
    assert "Fundéu" in key["k16"].explanations["es"]
    assert "medio" in key["k8"].explanations["es"] and "medio" in key["k9"].explanations["es"]
    assert "fuera de las comillas" in key["k8"].explanations["es"]
    for span_id in ("k9", "k11", "k19", "k24", "k26"):
        assert len(key[span_id].explanations["es"]) >= 150, span_id


def test_headline_frame_offsets_match_the_format_example():
    exercise = read_exercise(bundled.first_exercise()).document
    k1 = exercise.key[0]
    assert (k1.start, k1.end, k1.quote) == (159, 192, "Alianza geopolítica en desarrollo")

"""Save then load is the identity, and saving is byte-stable, for any legal content.

Texts mix what breaks naive XML and offset code: emoji outside the BMP,
combining marks, Hebrew and Arabic, NBSP, zero-width joiners, bidi controls,
CJK, tabs and carriage returns, markup characters, and characters of every
Unicode general category XML 1.0 can carry.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import (
    BLOCK_KINDS,
    Alternative,
    Annotation,
    AppliedDecision,
    Article,
    Block,
    Category,
    CategoryFigures,
    Exercise,
    Figures,
    Grade,
    GradingSettings,
    KeyFile,
    KeySpan,
    Outcome,
    Source,
    Submission,
    Tagset,
    Trainee,
)
from annotator.core.text import block_text_problem, normalize_block_text
from annotator.xmlio.readers import read_document
from annotator.xmlio.writers import to_bytes

# Characters XML 1.0 cannot carry at all, not even escaped.
XML_ILLEGAL = "".join(chr(c) for c in range(0x20) if c not in (0x9, 0xA, 0xD)) + "\ufffe\uffff"

ODD = [
    "😀", "👩\u200d👩\u200d👧", "🇪🇸", "e\u0301", "\u0915\u094d\u0937",  # emoji, ZWJ, marks
    "שלום", "مرحبا", "\u202bעברית\u202c", "\u2067x\u2069", "\u200f", "\u061c",  # RTL, bidi
    "\xa0", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060",  # invisible
    "中文", "日本語", "한국어", "\U00020000",  # CJK, plane 2
    "\t", "\r", "\r\n", "\n", "\x85", "\u2028", "\u2029", "  ",  # breaks and blanks
    "\x7f", "\x9f", "\ue000", "\U0010fffd", "\U0001ffff", "\ufdd0",  # controls, private, nonchars
    "&", "<", ">", "]]>", '"', "'", "&amp;", "<!--", "?>",  # markup
]

CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters=XML_ILLEGAL)
TEXT = st.lists(st.one_of(st.sampled_from(ODD), CHARACTERS), max_size=10).map("".join)
NONEMPTY_TEXT = TEXT.filter(bool)
BLOCK_TEXT = (
    TEXT.map(normalize_block_text).filter(bool).filter(lambda t: block_text_problem(t) is None)
)
IDS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,12}", fullmatch=True)
LANGUAGES = st.sampled_from(["es", "en", "he", "ar", "zh-Hant", "x-klingon"])
SHA = st.from_regex(r"[0-9a-f]{64}", fullmatch=True)
RATIO = st.floats(min_value=0, max_value=1, allow_nan=False)
MARK = st.floats(min_value=0, max_value=100, allow_nan=False)
OFFSET = st.integers(min_value=0, max_value=2**31 - 1)
TOKEN = st.from_regex(r"[0-9A-Za-z.+-]{1,8}", fullmatch=True)
LANG_TEXTS = st.dictionaries(LANGUAGES, TEXT, max_size=3)


def unique_ids(n: int):
    return st.lists(IDS, min_size=n, max_size=n, unique=True)


@st.composite
def tagsets(draw) -> Tagset:
    ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    keys = draw(st.lists(CHARACTERS, min_size=len(ids), max_size=len(ids), unique=True))
    return Tagset(
        categories=[
            Category(
                id=i,
                color=draw(st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
                shortcut=draw(st.sampled_from([None, key])),
                labels=draw(st.dictionaries(LANGUAGES, TEXT, min_size=1, max_size=3)),
                descriptions=draw(LANG_TEXTS),
            )
            for i, key in zip(ids, keys, strict=True)
        ]
    )


@st.composite
def key_spans(draw, text: str | None, categories: list[str]) -> list[KeySpan]:
    """Spans on ``text`` with their exact quotes, or anywhere with any quote (key files)."""
    count = draw(st.integers(0, 4))
    spans = []

    def extent() -> tuple[int, int, str]:
        if text is None:
            start = draw(OFFSET.filter(lambda n: n < 2**31 - 1))
            end = draw(st.integers(start + 1, 2**31 - 1))
            return start, end, draw(NONEMPTY_TEXT)
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        return start, end, text[start:end]

    for span_id in draw(unique_ids(count)):
        start, end, quote = extent()
        alternatives, seen = [], {(start, end)}
        for _ in range(draw(st.integers(0, 2))):  # scoring.md §8: other right extents
            a_start, a_end, a_quote = extent()
            if (a_start, a_end) not in seen:
                seen.add((a_start, a_end))
                alternatives.append(Alternative(start=a_start, end=a_end, quote=a_quote))
        spans.append(
            KeySpan(
                id=span_id,
                category=draw(st.sampled_from(categories)),
                start=start,
                end=end,
                quote=quote,
                required=draw(st.booleans()),
                alternatives=alternatives,
                explanations=draw(LANG_TEXTS),
            )
        )
    return spans


@st.composite
def exercises(draw) -> Exercise:
    tagset = draw(tagsets())
    blocks = draw(
        st.lists(st.tuples(st.sampled_from(BLOCK_KINDS), BLOCK_TEXT), min_size=1, max_size=4)
    )
    article = Article(blocks=[Block(kind=k, text=t) for k, t in blocks])
    key = draw(st.one_of(st.none(), key_spans(article.text, tagset.ids())))
    source = draw(
        st.one_of(
            st.none(),
            st.builds(Source, publisher=st.none() | TEXT, url=st.none() | TEXT,
                      published=st.none() | TEXT),
        )
    )
    return Exercise(
        id=draw(IDS),
        version=draw(TOKEN),
        language=draw(LANGUAGES),
        title=draw(TEXT),
        instructions=draw(st.none() | TEXT),
        source=source,
        tagset=tagset,
        article=article,
        grading=GradingSettings(
            scheme=draw(st.sampled_from(["partial", "strict", "lenient"])), pass_mark=draw(MARK)
        ),
        key=key,
    )


@st.composite
def key_files(draw) -> KeyFile:
    categories = draw(st.lists(IDS, min_size=1, max_size=3))
    spans = draw(key_spans(None, categories))
    return KeyFile(exercise=draw(IDS), text_sha256=draw(SHA), spans=spans)


def figures(cls=Figures, **extra):
    return st.builds(cls, precision=RATIO, recall=RATIO, f1=RATIO, **extra)


@st.composite
def grades(draw) -> Grade:
    category_ids = draw(st.lists(IDS, max_size=3, unique=True))
    verdicts = ["found", "partial", "wrong-category", "missed", "correct", "extra", "optional",
                "accepted", "excused"]
    outcomes = draw(
        st.lists(
            st.builds(
                Outcome,
                key=st.none() | IDS,
                annotation=st.none() | IDS,
                verdict=st.sampled_from(verdicts),
                overlap=st.none() | RATIO,
                quote=st.none() | TEXT,
                explanations=LANG_TEXTS,
                extent=st.none() | st.integers(1, 2**31 - 1),
                credited=st.booleans(),
            ),
            max_size=4,
        )
    )
    decisions = draw(st.lists(decisions_applied(), max_size=3))
    return Grade(
        scheme=draw(st.sampled_from(["partial", "strict", "lenient"])),
        score=draw(MARK),
        pass_mark=draw(MARK),
        passed=draw(st.booleans()),
        key_sha256=draw(SHA),
        total=draw(figures()),
        categories=[draw(figures(CategoryFigures, id=st.just(i))) for i in category_ids],
        outcomes=outcomes,
        decisions=decisions,
        score_before_decisions=draw(MARK) if decisions else None,
    )


AT = st.sampled_from(["2026-12-03T10:00:00Z", "2026-12-03T11:00:00+01:00",
                      "2026-12-03T10:00:00.5"])


@st.composite
def decisions_applied(draw) -> AppliedDecision:
    """scoring.md §9's decisions as a grade records them, each with the targets it needs."""
    kind = draw(st.sampled_from(["accept", "excuse", "full-credit", "comment"]))
    key = draw(IDS) if kind in ("excuse", "full-credit") else (
        draw(st.none() | IDS) if kind == "comment" else None)
    annotation = draw(IDS) if kind in ("accept", "full-credit") else (
        draw(st.none() | IDS) if kind == "comment" else None)
    return AppliedDecision(kind=kind, key=key, annotation=annotation, by=draw(TEXT),
                           at=draw(AT), comment=draw(st.none() | TEXT))


@st.composite
def submissions(draw) -> Submission:
    annotations = []
    for annotation_id in draw(unique_ids(draw(st.integers(0, 5)))):
        start = draw(OFFSET.filter(lambda n: n < 2**31 - 1))
        annotations.append(
            Annotation(
                id=annotation_id,
                category=draw(IDS),
                start=start,
                end=draw(st.integers(start + 1, 2**31 - 1)),
                quote=draw(NONEMPTY_TEXT),
                note=draw(st.none() | TEXT),
            )
        )
    return Submission(
        exercise=draw(IDS),
        exercise_version=draw(st.none() | TOKEN),
        text_sha256=draw(SHA),
        trainee=draw(st.none() | st.builds(Trainee, id=st.none() | TEXT, name=st.none() | TEXT)),
        annotations=annotations,
        grade=draw(st.none() | grades()),
        saved_at=draw(st.none() | st.sampled_from(["2025-08-12T10:00:00Z",
                                                    "2025-08-12T10:00:00.123+02:00"])),
        app_version=draw(st.none() | TOKEN),
    )


ROUND_TRIP = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("roundtrip") / "document.xml"


def assert_round_trip(document, path: Path) -> None:
    data = to_bytes(document)
    assert to_bytes(document) == data, "writing the same model twice gave different bytes"
    path.write_bytes(data)
    loaded = read_document(path)
    assert loaded.repairs == []
    assert loaded.document.model_dump() == document.model_dump()
    assert to_bytes(loaded.document) == data, "a loaded file is not written back byte for byte"


@ROUND_TRIP
@given(exercise=exercises())
def test_exercise_round_trips(exercise: Exercise, scratch: Path) -> None:
    """Ensure an exercise (tagset, article, key spans with exact quotes) survives save and load."""
    assert_round_trip(exercise, scratch)


@ROUND_TRIP
@given(key=key_files())
def test_key_file_round_trips(key: KeyFile, scratch: Path) -> None:
    """Ensure a key file with arbitrary offsets and quotes survives save and load."""
    assert_round_trip(key, scratch)


@ROUND_TRIP
@given(submission=submissions())
def test_submission_round_trips(submission: Submission, scratch: Path) -> None:
    """Ensure a graded or ungraded submission survives save and load, notes and names included."""
    assert_round_trip(submission, scratch)


def one_character_per_category() -> str:
    """One character of every general category that XML 1.0 allows (Cs is never allowed)."""
    found: dict[str, str] = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        category = unicodedata.category(ch)
        if category not in found and category != "Cs" and ch not in XML_ILLEGAL:
            found[category] = ch
    return "".join(found.values())


def test_every_general_category_round_trips(scratch: Path) -> None:
    """Ensure a character of each Unicode general category survives, in text and attributes."""
    odd = one_character_per_category()
    assert len(odd) == 29  # the 30 general categories but Cs
    block = normalize_block_text("x" + odd + "x")
    tagset = Tagset(categories=[Category(id="c", color="#000000", labels={"es": odd})])
    exercise = Exercise(
        id="odd", title=odd, instructions="\t" + odd + "\r\n", tagset=tagset,
        source=Source(publisher=odd, url="\t\n\r" + odd),
        article=Article(blocks=[Block(kind="paragraph", text=block)]),
        key=[KeySpan(id="k", category="c", start=1, end=len(block) - 1,
                     quote=block[1:-1], explanations={"es": odd})],
    )
    assert_round_trip(exercise, scratch)
    submission = Submission(
        exercise="odd", text_sha256="0" * 64,
        trainee=Trainee(id="\t" + odd, name=" Ana\tPérez\n\r "),
        annotations=[Annotation(id="a", category="c", start=0, end=3, quote=odd,
                                note=" \r\n" + odd + "\r ")],
    )
    assert_round_trip(submission, scratch)

"""formats.md additions: <alt> in key spans, decisions files, and the new <grade> fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core.grading import grade, to_grade
from annotator.core.model import (
    Alternative,
    AppliedDecision,
    Decision,
    DecisionsFile,
    KeyFile,
    Submission,
)
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import (
    bind_key,
    read_decisions,
    read_document,
    read_exercise,
    read_key,
    read_submission,
)
from annotator.xmlio.writers import save, to_bytes

DIGEST = "ab" * 32


def first_exercise():
    return read_exercise(bundled.first_exercise()).document


def with_alternatives(exercise, *alternatives: str):
    """The first exercise with ``alternatives`` (quotes inside k1's passage) on key span k1."""
    text = exercise.article.text
    k1 = exercise.key[0]
    alts = []
    for quote in alternatives:
        start = text.index(quote, k1.start)
        alts.append(Alternative(start=start, end=start + len(quote), quote=quote))
    key = [k1.model_copy(update={"alternatives": alts}), *exercise.key[1:]]
    return exercise.model_copy(update={"key": key})


def test_alternatives_round_trip_byte_for_byte(tmp_path: Path):
    """Ensure <alt> children are written after the quote and read back as they were."""
    exercise = with_alternatives(first_exercise(), "Alianza geopolítica", "en desarrollo")
    path = tmp_path / "x.exercise.xml"
    data = save(exercise, path)
    assert b'<alt start="159" end="178">' in data
    assert data.index(b"<alt ") < data.index(b"<explanation", data.index(b'id="k1"'))
    back = read_exercise(path)
    assert back.repairs == []
    assert back.document.key[0].alternatives == exercise.key[0].alternatives
    assert to_bytes(back.document) == data


def _exercise_text(tmp_path: Path, alt: str) -> Path:
    source = bundled.first_exercise().read_text(encoding="utf-8")
    marker = "<quote>Alianza geopolítica en desarrollo</quote>"
    path = tmp_path / "hand.exercise.xml"
    path.write_text(source.replace(marker, marker + alt, 1), encoding="utf-8")
    return path


def test_a_quote_only_alternative_is_anchored_like_a_span(tmp_path: Path):
    """Ensure <alt> without offsets is placed at its quote (occurrence rules as spans)."""
    path = _exercise_text(tmp_path, "<alt><quote>geopolítica</quote></alt>")
    k1 = read_exercise(path).document.key[0]
    text = read_exercise(path).document.article.text
    (alternative,) = k1.alternatives
    assert text[alternative.start:alternative.end] == "geopolítica"
    assert k1.start <= alternative.start < k1.end


def test_a_misplaced_alternative_is_re_anchored_and_reported(tmp_path: Path):
    """Ensure an <alt> whose quote is not at its offsets moves to its quote, with a repair."""
    path = _exercise_text(tmp_path, '<alt start="0" end="11"><quote>geopolítica</quote></alt>')
    loaded = read_exercise(path)
    assert any("alternative 1 of key span k1" in r for r in loaded.repairs)


@pytest.mark.parametrize("alt, problem", [
    ('<alt start="159" end="192"><quote>Alianza geopolítica en desarrollo</quote></alt>',
     "repeats"),
    ('<alt start="159" end="166"><quote>Alianza</quote></alt>'
     '<alt start="159" end="166"><quote>Alianza</quote></alt>', "repeats"),
    ("<alt><quote>no está en la noticia</quote></alt>", "does not occur"),
    ('<alt start="159" end="166"><quote></quote></alt>', "empty quote"),
])
def test_bad_alternatives_are_refused_naming_the_span(tmp_path: Path, alt: str, problem: str):
    """Ensure an alternative identical to its span or another, or unplaceable, names k1."""
    with pytest.raises(FormatError) as caught:
        read_exercise(_exercise_text(tmp_path, alt))
    line = str(caught.value)
    assert "key span k1" in line and problem in line and "\n" not in line


def test_an_alternative_given_another_category_is_refused_in_one_line(tmp_path: Path):
    """Ensure an <alt category=…> (an alternative has its span's category) is refused."""
    path = _exercise_text(
        tmp_path, '<alt category="claim" start="159" end="166"><quote>Alianza</quote></alt>')
    with pytest.raises(FormatError) as caught:
        read_exercise(path)
    line = str(caught.value)
    assert "category" in line and "key span 'k1'" in line and "\n" not in line


def test_a_key_file_re_anchors_its_alternatives_on_the_article(tmp_path: Path):
    """Ensure bind_key places alternatives of a key file as it places its spans."""
    exercise = with_alternatives(first_exercise(), "geopolítica")
    k1 = exercise.key[0]
    shifted = k1.alternatives[0].model_copy(update={"start": 1, "end": 12})
    key = KeyFile(exercise=exercise.id, text_sha256=exercise.article.sha256,
                  spans=[k1.model_copy(update={"alternatives": [shifted]})])
    path = tmp_path / "k.key.xml"
    save(key, path)
    loaded = read_key(path)
    (span,) = bind_key(loaded, exercise)
    assert span.alternatives[0].start == k1.alternatives[0].start
    assert any("alternative 1" in r for r in loaded.repairs)


def decision(**fields) -> Decision:
    base = {"kind": "accept", "trainee": "s017", "annotations_sha256": DIGEST,
            "annotation": "a7", "by": "Prof. Ruiz", "at": "2026-12-03T10:00:00Z"}
    return Decision(**{**base, **fields})


@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40))
@settings(max_examples=40, deadline=None)
def test_decisions_files_round_trip(comment: str):
    """Ensure a decisions file reads back as written, comments and all."""
    import tempfile

    decisions = DecisionsFile(exercise="putin-kim-alaska", decisions=[
        decision(comment=comment or None),
        decision(kind="full-credit", key="k5", annotation="a3"),
        decision(kind="excuse", trainee="s021", key="k9", annotation=None),
        decision(kind="comment", trainee="s021", annotation=None, comment="Bien"),
    ])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "putin-kim-alaska.decisions.xml"
        data = save(decisions, path)
        back = read_decisions(path).document
    assert back == decisions
    assert to_bytes(back) == data


def test_a_decision_without_its_target_is_refused_naming_the_line(tmp_path: Path):
    """Ensure an accept with no annotation is refused in one line with its line number."""
    path = tmp_path / "d.decisions.xml"
    path.write_text(
        '<decisions xmlns="urn:x-annotator:1" format="1" exercise="x">\n'
        f'<decision kind="accept" trainee="s1" annotations-sha256="{DIGEST}" by="P" '
        'at="2026-12-03T10:00:00Z"/>\n</decisions>\n', encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        read_document(path)
    assert "line 2" in str(caught.value) and "annotation" in str(caught.value)


def test_a_graded_submission_keeps_extent_credit_and_decisions(tmp_path: Path):
    """Ensure <outcome extent credited>, score-before-decisions and <decision> round trip."""
    exercise = with_alternatives(first_exercise(), "geopolítica")
    text = exercise.article.text
    alt = exercise.key[0].alternatives[0]
    from annotator.core.model import Annotation

    marks = [Annotation(id="a1", category="framing", start=alt.start, end=alt.end,
                        quote=alt.quote),
             Annotation(id="a2", category="claim", start=0, end=5, quote=text[0:5])]
    decisions = [AppliedDecision(kind="accept", annotation="a2", by="Prof. Ruiz",
                                 at="2026-12-03T10:00:00Z", comment="Defendible")]
    from annotator.core.grading import Grader

    result = Grader(exercise.key, exercise.tagset.ids()).grade(marks, decisions=decisions)
    submission = Submission(exercise=exercise.id, text_sha256=exercise.article.sha256,
                            annotations=marks, grade=to_grade(result, "0" * 64))
    path = tmp_path / "ana.submission.xml"
    data = save(submission, path)
    assert b'extent="1"' in data and b"score-before-decisions=" in data
    back = read_submission(path).document.grade
    assert back == submission.grade
    assert back.decisions[0].comment == "Defendible"
    assert {o.annotation: o.verdict for o in back.outcomes if not o.key}["a2"] == "accepted"
    assert to_bytes(read_submission(path).document) == data
    # Without decisions nothing new is written.
    plain = to_grade(grade(exercise.key, marks), "0" * 64)
    assert plain.score_before_decisions is None and plain.decisions == []


def test_an_alternative_too_long_for_the_format_is_refused_when_saving(tmp_path: Path):
    """Ensure saving names the key span whose alternative's quote the format cannot hold."""
    from annotator.core.model import KeySpan
    from annotator.xmlio.atomic import SaveError

    long = "x" * 10_001
    span = KeySpan(id="k1", category="claim", start=0, end=5, quote="xxxxx",
                   alternatives=[Alternative(start=0, end=10_001, quote=long)])
    key = KeyFile(exercise="e", text_sha256=DIGEST, spans=[span])
    with pytest.raises(SaveError) as caught:
        save(key, tmp_path / "e.key.xml")
    assert "k1" in str(caught.value) and "10" in str(caught.value)
    assert not (tmp_path / "e.key.xml").exists()

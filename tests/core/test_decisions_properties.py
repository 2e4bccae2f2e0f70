"""Properties of instructor decisions (scoring.md §9) on generated keys and submissions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.grading import Grader
from annotator.core.model import Annotation, AppliedDecision, KeySpan

LETTERS = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn"
CATEGORIES = ("claim", "framing")


@st.composite
def spans(draw, cls, prefix: str, max_size: int):
    made = []
    for number in range(draw(st.integers(0, max_size))):
        start = draw(st.integers(0, len(LETTERS) - 1))
        end = draw(st.integers(start + 1, min(len(LETTERS), start + 15)))
        made.append(cls(id=f"{prefix}{number}", category=draw(st.sampled_from(CATEGORIES)),
                        start=start, end=end, quote=LETTERS[start:end]))
    return made


def decided(kind: str, key: str | None = None, annotation: str | None = None):
    return AppliedDecision(kind=kind, key=key, annotation=annotation, by="P",
                           at="2026-12-03T10:00:00Z")


@given(spans(KeySpan, "k", 4), spans(Annotation, "a", 5), st.sampled_from(
    ["partial", "strict", "lenient"]))
@settings(max_examples=200, deadline=None)
def test_accepting_an_extra_or_excusing_a_miss_never_lowers_the_score(keys, marks, scheme):
    """Ensure an accepted extra and an excused miss can only raise F1, in every scheme,
    and that the score before decisions is the grade without them."""
    grader = Grader(keys)
    plain = grader.grade(marks, scheme)
    for o in plain.annotation_outcomes:
        if o.verdict == "extra" and o.duplicate_of is None:
            accept = [decided("accept", annotation=o.span.id)]
            result = grader.grade(marks, scheme, decisions=accept)
            assert result.score >= plain.score - 1e-9
            assert result.score_before_decisions == plain.score
    for o in plain.key_outcomes:
        if o.verdict == "missed":
            result = grader.grade(marks, scheme, decisions=[decided("excuse", key=o.key.id)])
            assert result.score >= plain.score - 1e-9
        if o.verdict == "partial":
            result = grader.grade(marks, scheme, decisions=[
                decided("full-credit", key=o.key.id, annotation=o.annotation.id)])
            assert result.score >= plain.score - 1e-9
            assert [k.credited for k in result.key_outcomes if k.key.id == o.key.id] == [True]


@given(spans(KeySpan, "k", 4), spans(Annotation, "a", 5))
@settings(max_examples=100, deadline=None)
def test_comments_and_missing_targets_change_nothing(keys, marks):
    """Ensure comments and decisions on targets that do not exist leave every figure as is."""
    grader = Grader(keys)
    plain = grader.grade(marks)
    result = grader.grade(marks, decisions=[
        decided("comment", annotation=marks[0].id if marks else None),
        decided("accept", annotation="nobody"), decided("excuse", key="nothing")])
    assert (result.score, result.total, result.categories) == (
        plain.score, plain.total, plain.categories)
    assert [(o.key.id, o.verdict) for o in result.key_outcomes] == [
        (o.key.id, o.verdict) for o in plain.key_outcomes]

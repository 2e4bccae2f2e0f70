"""Features judged on the grader's pairs: the worked case and the rules of scoring.md §10."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.feature_grading import check_weight
from annotator.core.grading import grade, to_grade
from annotator.core.model import Annotation, KeySpan

LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4
FEATURES = ["checkable", "source-kind"]


def key(span_id, category, start, end, required=True, **accepted) -> KeySpan:
    return KeySpan(id=span_id, category=category, start=start, end=end,
                   quote=LETTERS[start:end], required=required,
                   accepted={f.replace("_", "-"): v for f, v in accepted.items()})


def mark(span_id, category, start, end, **values) -> Annotation:
    return Annotation(id=span_id, category=category, start=start, end=end,
                      quote=LETTERS[start:end],
                      features={f.replace("_", "-"): v for f, v in values.items()})


# scoring.md §10, worked case (w = 0.25).
WORKED_KEY = [
    key("k1", "attribution", 10, 30, source_kind=["official"]),
    key("k2", "attribution", 40, 50, source_kind=["official", "interested"]),
    key("k3", "claim", 60, 70, checkable=["false"]),
]
WORKED_MARKS = [
    mark("a1", "attribution", 10, 30, source_kind="official"),
    mark("a2", "attribution", 40, 50, source_kind="anonymous"),
    mark("a3", "claim", 60, 70),
]


def test_worked_case_of_section_10():
    """Ensure the published worked case: F1 1, features 1/1/1 of 3, score 83.3."""
    result = grade(WORKED_KEY, WORKED_MARKS, features=FEATURES, features_weight=0.25)
    assert result.total.f1 == 1
    features = result.features
    assert (features.total.correct, features.total.wrong, features.total.missing) == (1, 1, 1)
    assert features.total.graded == 3
    assert features.accuracy == pytest.approx(1 / 3)
    assert result.score == pytest.approx(100 * (0.75 * 1 + 0.25 / 3))
    assert f"{result.score:.1f}" == "83.3"
    assert features.by_feature["source-kind"].accuracy == 0.5
    assert features.by_feature["checkable"].missing == 1
    verdicts = {o.key.id: o.feature_verdicts for o in result.key_outcomes}
    assert [(v.feature, v.given, v.accepted, v.verdict) for v in verdicts["k2"]] == [
        ("source-kind", "anonymous", ("official", "interested"), "wrong")]
    assert verdicts["k3"][0].given is None and verdicts["k3"][0].verdict == "missing"
    assert verdicts["k1"][0].verdict == "correct"


def test_the_grade_element_carries_feature_outcomes_and_the_summary():
    """Ensure <grade> gets <features accuracy weight> and one feature outcome per judged feature."""
    result = grade(WORKED_KEY, WORKED_MARKS, features=FEATURES, features_weight=0.25)
    graded = to_grade(result, "0" * 64)
    assert graded.features.accuracy == pytest.approx(1 / 3) and graded.features.weight == 0.25
    by_key = {o.key: o for o in graded.outcomes}
    assert [(f.feature, f.given, f.verdict, f.accepted) for f in by_key["k2"].features] == [
        ("source-kind", "anonymous", "wrong", ["official", "interested"])]


def test_only_same_category_pairs_grade_features():
    """Ensure missed, wrong-category and optional items grade nothing and carry empty lists."""
    keys = [key("k1", "attribution", 10, 30, source_kind=["official"]),
            key("k2", "claim", 40, 50, checkable=["true"]),
            key("k3", "claim", 60, 70, required=False, checkable=["true"])]
    marks = [mark("a1", "claim", 10, 30, checkable="true"),
             mark("a2", "claim", 60, 70, checkable="true")]
    result = grade(keys, marks, features=FEATURES, features_weight=0.5)
    assert {o.key.id: o.verdict for o in result.key_outcomes} == {
        "k1": "wrong-category", "k2": "missed", "k3": "optional"}
    assert all(o.feature_verdicts == [] for o in result.key_outcomes)
    assert result.features.accuracy is None
    assert result.score == 100 * result.total.f1
    assert any("features did not count" in n for n in result.notices)
    assert list(result.features.by_feature) == FEATURES  # listed even when graded 0


def test_a_partial_pair_grades_features_too():
    """Ensure a partly found item still judges the trainee's value."""
    result = grade([key("k1", "attribution", 10, 30, source_kind=["official"])],
                   [mark("a1", "attribution", 12, 30, source_kind="official")],
                   features=FEATURES, features_weight=1)
    assert result.key_outcomes[0].verdict == "partial"
    assert result.features.accuracy == 1 and result.score == 100


def test_an_item_without_accepted_values_grades_no_feature():
    """Ensure the key decides which features are judged: no values, no verdict."""
    result = grade([key("k1", "attribution", 10, 30)],
                   [mark("a1", "attribution", 10, 30, source_kind="official")],
                   features=FEATURES, features_weight=0.5)
    assert result.features.total.graded == 0 and result.score == 100


def test_of_identical_duplicates_the_first_in_file_order_gives_the_values():
    """Ensure §10: the duplicate first in the file counts, with its values."""
    keys = [key("k1", "attribution", 10, 30, source_kind=["official"])]
    first = mark("b9", "attribution", 10, 30, source_kind="official")
    second = mark("a1", "attribution", 10, 30, source_kind="anonymous")
    assert grade(keys, [first, second], features=FEATURES).features.total.correct == 1
    assert grade(keys, [second, first], features=FEATURES).features.total.wrong == 1


def test_a_weight_outside_0_and_1_is_refused():
    """Ensure w outside [0, 1] (or not a number) is refused, never clamped."""
    for weight in (-0.1, 1.5, math.nan):
        with pytest.raises(ValueError):
            check_weight(weight)
        with pytest.raises(ValueError):
            grade(WORKED_KEY, WORKED_MARKS, features_weight=weight)


def test_a_key_file_grades_the_features_its_spans_name():
    """Ensure without a tagset the features come from the key, in the order met."""
    result = grade(WORKED_KEY, WORKED_MARKS, features_weight=0.25)
    assert list(result.features.by_feature) == ["source-kind", "checkable"]
    assert f"{result.score:.1f}" == "83.3"


# ------------------------------------------------------------------ properties

VALUES = ["official", "interested", "anonymous"]


@st.composite
def featured_spans(draw, prefix, cls, max_size):
    made = []
    for number in range(draw(st.integers(0, max_size))):
        start = draw(st.integers(0, 90))
        end = draw(st.integers(start + 1, min(100, start + 20)))
        category = draw(st.sampled_from(["attribution", "claim"]))
        extra = {}
        if cls is KeySpan:
            extra["required"] = draw(st.booleans())
            accepted = draw(st.lists(st.sampled_from(VALUES), unique=True, max_size=2))
            extra["accepted"] = {"source-kind": accepted} if accepted else {}
        else:
            value = draw(st.none() | st.sampled_from(VALUES))
            extra["features"] = {"source-kind": value} if value else {}
        made.append(cls(id=f"{prefix}{number}", category=category, start=start, end=end,
                        quote=LETTERS[start:end], **extra))
    return made


@given(featured_spans("k", KeySpan, 6), featured_spans("a", Annotation, 6),
       st.sampled_from(["partial", "strict", "lenient"]))
@settings(max_examples=200)
def test_with_weight_zero_every_score_is_that_of_section_5(keys, marks, scheme):
    """Ensure w = 0 leaves the score exactly 100 × F1, whatever the features say."""
    result = grade(keys, marks, scheme, features=["source-kind"], features_weight=0)
    assert result.score == 100 * result.total.f1
    bare = [m.model_copy(update={"features": {}}) for m in marks]
    assert grade(keys, bare, scheme).score == result.score


@given(featured_spans("k", KeySpan, 6), featured_spans("a", Annotation, 6),
       st.floats(0, 1), st.sampled_from(["partial", "strict", "lenient"]))
@settings(max_examples=200)
def test_the_score_mixes_f1_and_accuracy_as_published(keys, marks, weight, scheme):
    """Ensure score = 100((1-w)F1 + w·accuracy), accuracy = correct/graded, all within bounds."""
    result = grade(keys, marks, scheme, features=["source-kind"], features_weight=weight)
    features = result.features
    judged = [v for o in result.key_outcomes for v in o.feature_verdicts]
    assert features.total.graded == len(judged)
    assert features.total.correct == sum(v.verdict == "correct" for v in judged)
    for o in result.key_outcomes:
        if o.feature_verdicts:
            assert o.verdict in ("found", "partial")
    if features.accuracy is None or weight == 0:
        assert result.score == 100 * result.total.f1
    else:
        expected = 100 * ((1 - weight) * result.total.f1 + weight * features.accuracy)
        assert result.score == pytest.approx(expected)
    assert 0 <= result.score <= 100 + 1e-9
    assert result.passed == (result.score >= result.pass_mark)


@given(featured_spans("k", KeySpan, 6), featured_spans("a", Annotation, 6))
@settings(max_examples=100)
def test_correct_values_everywhere_make_accuracy_1(keys, marks):
    """Ensure a trainee who gives an accepted value on every pair scores accuracy 1."""
    accepted = {k.id: k.accepted.get("source-kind") for k in keys}
    result = grade(keys, marks, features=["source-kind"])
    fixed = []
    pairs = {(o.annotation.category, o.annotation.start, o.annotation.end): o.key.id
             for o in result.key_outcomes
             if o.annotation is not None and o.verdict in ("found", "partial")}
    for m in marks:  # identical duplicates get the same value as the copy that counted
        values = accepted.get(pairs.get((m.category, m.start, m.end)))
        fixed.append(m.model_copy(update={"features": {"source-kind": values[0]}})
                     if values else m)
    again = grade(keys, fixed, features=["source-kind"], features_weight=0.5)
    assert again.features.accuracy in (None, 1.0)


def test_decisions_come_first_an_excused_item_judges_nothing_and_credit_keeps_its_judgement():
    """Ensure §9 before §10: an excused item grades no feature, a full-credit pair still does."""
    from annotator.core.grading import Grader
    from annotator.core.model import AppliedDecision

    marks = [mark("a1", "attribution", 10, 30, source_kind="official"),
             mark("a2", "attribution", 41, 50, source_kind="anonymous"),
             mark("a3", "claim", 60, 70)]
    grader = Grader(WORKED_KEY, ["claim", "attribution"], FEATURES)
    excuse = AppliedDecision(kind="excuse", key="k3", by="T", at="2026-12-03T10:00:00Z")
    result = grader.grade(marks, decisions=[excuse], features_weight=0.25)
    verdicts = {o.key.id: (o.verdict, o.feature_verdicts) for o in result.key_outcomes}
    assert verdicts["k3"] == ("excused", [])
    assert result.features.total.graded == 2 and result.features.accuracy == 0.5
    credit = AppliedDecision(kind="full-credit", key="k2", annotation="a2", by="T",
                             at="2026-12-03T10:00:00Z")
    result = grader.grade(marks, decisions=[credit], features_weight=0.25)
    k2 = next(o for o in result.key_outcomes if o.key.id == "k2")
    assert k2.credited and k2.verdict == "partial"
    assert [v.verdict for v in k2.feature_verdicts] == ["wrong"]
    assert result.score_before_decisions == grader.grade(marks, features_weight=0.25).score

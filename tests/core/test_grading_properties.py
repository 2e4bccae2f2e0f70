"""Properties of grading that must hold for any input, checked on generated spans."""

from __future__ import annotations

import itertools
import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core.grading import grade
from annotator.core.grading import place as trim
from annotator.core.model import Annotation, KeySpan, Submission
from annotator.xmlio.readers import bind_submission, read_exercise, read_submission
from annotator.xmlio.writers import save

LETTERS = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn"  # 40 characters, nothing to trim
MIXED = "Él dijo: «sí», y ella — no. (Nadie) sabe: ¿cuándo? 25 % de 4,5 millones.\n"
CATEGORIES = ("claim", "framing")


def summary(result) -> tuple:
    """Everything a grade says, as plain values (spans compare by identity)."""
    return (
        result.scheme, result.score, result.passed, result.total, result.categories,
        result.notices,
        [(o.key.id, o.key.start, o.key.end, o.verdict, o.annotation and o.annotation.id,
          o.overlap) for o in result.key_outcomes],
        [(o.annotation.id, o.annotation.start, o.annotation.end, o.verdict, o.key and o.key.id,
          o.duplicate_of) for o in result.annotation_outcomes],
    )


@st.composite
def spans(draw, text: str, prefix: str, cls, max_size: int, **kinds):
    count = draw(st.integers(0, max_size))
    made = []
    for number in range(count):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 25)))
        extra = {name: draw(strategy) for name, strategy in kinds.items()}
        made.append(cls(id=f"{prefix}{number}", category=draw(st.sampled_from(CATEGORIES)),
                        start=start, end=end, quote=text[start:end], **extra))
    return made


def key_spans(text: str, max_size: int = 5, optional: bool = False):
    kinds = {"required": st.booleans()} if optional else {}
    return spans(text, "k", KeySpan, max_size, **kinds)


def marks(text: str, max_size: int = 6):
    return spans(text, "a", Annotation, max_size)


# ----------------------------------------------------------------- order


@given(st.data())
@settings(max_examples=200)
def test_result_does_not_depend_on_the_order_of_spans(data):
    """Ensure shuffling key spans and annotations changes nothing, to the last bit."""
    keys = data.draw(key_spans(MIXED, 8, optional=True))
    trainee = data.draw(marks(MIXED, 8))
    scheme = data.draw(st.sampled_from(["partial", "strict", "lenient"]))
    shuffled_keys = data.draw(st.permutations(keys))
    shuffled_marks = data.draw(st.permutations(trainee))
    assert summary(grade(keys, trainee, scheme)) == summary(
        grade(shuffled_keys, shuffled_marks, scheme)
    )


@given(st.data())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_result_does_not_depend_on_the_order_of_spans_in_the_files(data):
    """Ensure an exercise and a submission written in another span order grade the same."""
    exercise = read_exercise(bundled.first_exercise()).document
    text = exercise.article.text
    trainee = data.draw(marks(text, 12))
    key_order = data.draw(st.permutations(exercise.key))
    mark_order = data.draw(st.permutations(trainee))
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for number, (key, annotations) in enumerate([(exercise.key, trainee),
                                                     (key_order, mark_order)]):
            exercise_path = Path(folder) / f"{number}.exercise.xml"
            save(exercise.model_copy(update={"key": key}), exercise_path)
            submission_path = Path(folder) / f"{number}.submission.xml"
            save(Submission(exercise=exercise.id, text_sha256=exercise.article.sha256,
                            annotations=annotations), submission_path)
            loaded_exercise = read_exercise(exercise_path).document
            loaded = read_submission(submission_path)
            bind_submission(loaded, loaded_exercise)
            results.append(grade(loaded_exercise.key, loaded.document.annotations,
                                 categories=loaded_exercise.tagset.ids()))
    assert summary(results[0]) == summary(results[1])


# ------------------------------------------------------------ key vs itself


@given(st.data())
@settings(max_examples=200)
def test_the_key_graded_against_itself_scores_100(data):
    """Ensure marking exactly the required key spans finds every one, in every scheme."""
    keys = data.draw(key_spans(MIXED, 10))
    distinct = {}
    for k in keys:  # spans identical once trimmed would have one of them missed
        trimmed = trim(k)
        if trimmed is not None:
            distinct.setdefault((k.category, trimmed.start, trimmed.end), k)
    keys = list(distinct.values())
    copies = [Annotation(id=f"a{k.id}", category=k.category, start=k.start, end=k.end,
                         quote=k.quote) for k in keys]
    for scheme in ("partial", "strict", "lenient"):
        result = grade(keys, copies, scheme)
        assert result.score == 100
        assert all(o.verdict == "found" for o in result.key_outcomes)


# ------------------------------------------------------- brute force, exactly


def _best_pairs(candidates: list[tuple], forbidden_keys=(), forbidden_marks=()) -> list[tuple]:
    """Every one-to-one assignment among candidate pairs; the best by §3's rule.

    Largest total Dice (exact fractions), then most shared characters, then
    the list of pairs in text order that comes first.
    """
    candidates = [(k, t) for k, t in candidates if k.id not in forbidden_keys
                  and t.id not in forbidden_marks]
    best, best_rank = [], None
    for size in range(len(candidates) + 1):
        for chosen in itertools.combinations(candidates, size):
            if len({k.id for k, _ in chosen}) < size or len({t.id for _, t in chosen}) < size:
                continue
            dice = sum((Fraction(2 * shared(k, t), length(k) + length(t)) for k, t in chosen),
                       Fraction(0))
            total_shared = sum(shared(k, t) for k, t in chosen)
            order = sorted((place(k), place(t)) for k, t in chosen)
            rank = (dice, total_shared, [tuple(-x for x in pair_key(p)) for p in order])
            if best_rank is None or rank > best_rank:
                best, best_rank = list(chosen), rank
    return best


def place(span) -> tuple:
    return (span.start, span.end, span.id)


def pair_key(pair: tuple) -> tuple:
    (ks, ke, kid), (ts, te, tid) = pair
    return (ks, ke, *map(ord, kid), ts, te, *map(ord, tid))


def shared(a, b) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def length(span) -> int:
    return span.end - span.start


def brute_force(keys: list[KeySpan], trainee: list[Annotation]) -> tuple:
    """scoring.md §2.2 to §5 (partial scheme), written the slow and obvious way."""
    first = {}
    for t in sorted(trainee, key=place):
        first.setdefault((t.category, t.start, t.end), t)
    trainee = list(first.values())
    same = _best_pairs([(k, t) for k in keys for t in trainee
                        if k.category == t.category and shared(k, t)])
    crossed = _best_pairs([(k, t) for k in keys for t in trainee
                           if k.category != t.category and shared(k, t)],
                          {k.id for k, _ in same}, {t.id for _, t in same})
    precision_num = sum(Fraction(shared(k, t), length(t)) for k, t in same)
    recall_num = sum(Fraction(shared(k, t), length(k)) for k, t in same)
    precision = precision_num / len(trainee) if trainee else 0
    recall = recall_num / len(keys) if keys else 0
    if not keys and not trainee:
        f1 = 1
    elif precision + recall == 0:
        f1 = 0
    else:
        f1 = 2 * precision * recall / (precision + recall)
    pairs = {(k.id, t.id) for k, t in same}
    wrong = {(k.id, t.id) for k, t in crossed}
    return float(precision), float(recall), float(f1), pairs, wrong


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_partial_scheme_equals_brute_force_over_all_assignments(data):
    """Ensure the pairing is exact: the same pairs and figures as trying every assignment."""
    keys = data.draw(key_spans(LETTERS, 5))
    trainee = data.draw(marks(LETTERS, 6))
    precision, recall, f1, pairs, wrong = brute_force(keys, trainee)
    result = grade(keys, trainee, "partial")
    assert result.total.precision == pytest.approx(precision, abs=1e-12)
    assert result.total.recall == pytest.approx(recall, abs=1e-12)
    assert result.total.f1 == pytest.approx(f1, abs=1e-12)
    graded = {(o.key.id, o.annotation.id) for o in result.key_outcomes
              if o.verdict in ("found", "partial")}
    crossed = {(o.key.id, o.annotation.id) for o in result.key_outcomes
               if o.verdict == "wrong-category"}
    assert graded == pairs
    assert crossed == wrong


# -------------------------------------------------------------- bounds


@given(st.data())
@settings(max_examples=300)
def test_scores_stay_within_0_and_100(data):
    """Ensure any mix of spans, optional, orphaned or empty, gives a score in [0, 100]."""
    keys = data.draw(key_spans(MIXED, 8, optional=True))
    trainee = data.draw(marks(MIXED, 10))
    orphans = data.draw(st.lists(st.booleans(), min_size=len(trainee), max_size=len(trainee)))
    trainee = [t.model_copy(update={"orphaned": o}) for t, o in zip(trainee, orphans,
                                                                     strict=True)]
    for scheme in ("partial", "strict", "lenient"):
        result = grade(keys, trainee, scheme, pass_mark=data.draw(st.floats(0, 100)))
        assert 0 <= result.score <= 100
        for measures in [result.total, *result.categories.values()]:
            assert 0 <= measures.precision <= 1 and 0 <= measures.recall <= 1
            assert 0 <= measures.f1 <= 1
        assert result.passed == (result.score >= result.pass_mark)

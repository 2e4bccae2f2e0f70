"""The class overview's numbers: hand-computed small classes, and agreement with the grades."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core.grading import Grader, grade
from annotator.core.model import Annotation, KeySpan
from annotator.core.overview import (
    EXTRA,
    MISSED,
    Run,
    count_at,
    coverage,
    overview,
)
from annotator.xmlio.readers import read_exercise

# Letters only: no span needs trimming, so the offsets below are the graded ones.
LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4
CATEGORIES = ["claim", "framing"]


def key(span_id: str, category: str, start: int, end: int, required: bool = True) -> KeySpan:
    return KeySpan(id=span_id, category=category, start=start, end=end,
                   quote=LETTERS[start:end], required=required)


def mark(span_id: str, category: str, start: int, end: int) -> Annotation:
    return Annotation(id=span_id, category=category, start=start, end=end,
                      quote=LETTERS[start:end])


KEY = [key("k1", "claim", 10, 20), key("k2", "framing", 30, 40), key("k3", "claim", 50, 60)]
T1 = [mark("a1", "claim", 10, 20), mark("a2", "framing", 30, 35), mark("a3", "claim", 70, 80)]
T2 = [mark("b1", "framing", 10, 20), mark("b2", "claim", 72, 78), mark("b3", "claim", 75, 90)]
T3: list[Annotation] = []


def small_class():
    return [grade(KEY, marks, categories=CATEGORIES) for marks in (T1, T2, T3)]


def test_coverage_counts_trainees_per_character_in_runs():
    """Ensure coverage is per trainee (overlapping spans of one count once), as runs."""
    runs = overview(small_class(), CATEGORIES).coverage
    assert runs["claim"] == [Run(10, 20, 1), Run(70, 72, 1), Run(72, 80, 2), Run(80, 90, 1)]
    assert runs["framing"] == [Run(10, 20, 1), Run(30, 35, 1)]
    assert [count_at(runs["claim"], p) for p in (9, 10, 19, 20, 71, 72, 79, 80, 89, 90)] == [
        0, 1, 1, 0, 1, 2, 2, 1, 1, 0]


def test_adjacent_runs_of_one_count_merge_and_duplicates_count_once():
    results = [grade(KEY, [mark("a", "claim", 10, 15), mark("b", "claim", 15, 20),
                           mark("c", "claim", 15, 20)], categories=CATEGORIES)]
    assert coverage(results, CATEGORIES) == {"claim": [Run(10, 20, 1)], "framing": []}


def test_key_spans_are_sorted_by_misses_then_text_order():
    tallies = overview(small_class(), CATEGORIES).key_spans
    assert [(t.span.id, t.missed, t.found, t.partial, t.wrong_category) for t in tallies] == [
        ("k3", 3, 0, 0, 0), ("k2", 2, 0, 1, 0), ("k1", 1, 1, 0, 1)]
    ties = overview([grade(KEY, [], categories=CATEGORIES)], CATEGORIES).key_spans
    assert [t.span.id for t in ties] == ["k1", "k2", "k3"]


def test_optional_key_spans_are_not_listed_as_missable():
    with_optional = [*KEY, key("k4", "claim", 62, 66, required=False)]
    tallies = overview([grade(with_optional, [], categories=CATEGORIES)], CATEGORIES).key_spans
    assert "k4" not in {t.span.id for t in tallies}


def test_frequent_extras_cluster_across_trainees_and_report_the_shared_stretch():
    """Ensure overlapping extras form one passage, counted by distinct trainees."""
    (extra,) = overview(small_class(), CATEGORIES).extras
    assert (extra.category, extra.start, extra.end) == ("claim", 72, 80)
    assert extra.quote == LETTERS[72:80]
    assert (extra.trainees, extra.peak, extra.extent, extra.spans) == (2, 2, (70, 90), 3)


def test_extras_of_other_categories_or_apart_are_separate_and_sorted():
    results = [
        grade(KEY, [mark("a", "claim", 70, 75), mark("b", "framing", 70, 75)],
              categories=CATEGORIES),
        grade(KEY, [mark("a", "claim", 71, 74), mark("b", "claim", 90, 95)],
              categories=CATEGORIES),
        grade(KEY, [mark("a", "claim", 90, 95)], categories=CATEGORIES),
        grade(KEY, [mark("a", "claim", 73, 80)], categories=CATEGORIES),
    ]
    extras = overview(results, CATEGORIES).extras
    assert [(e.category, e.start, e.end, e.trainees, e.peak) for e in extras] == [
        ("claim", 73, 74, 3, 3), ("claim", 90, 95, 2, 2), ("framing", 70, 75, 1, 1)]


def test_confusion_puts_pairs_on_and_off_the_diagonal_with_missed_and_extra():
    table = overview(small_class(), CATEGORIES).confusion
    assert table.rows == ["claim", "framing", EXTRA]
    assert table.columns == ["claim", "framing", MISSED]
    grid = [[table.cell(r, c) for c in table.columns] for r in table.rows]
    assert grid == [[1, 1, 4],
                    [0, 1, 2],
                    [3, 0, 0]]


def test_score_distribution_bands():
    results = small_class()
    summary = overview(results, CATEGORIES).scores
    assert sum(summary.bands) == 3 and summary.bands[0] >= 1  # T3 scored 0
    assert summary.highest == max(r.score for r in results)
    assert summary.passed == sum(r.passed for r in results)
    assert summary.band_label(0) == "0–10" and summary.band_label(9) == "90–100"
    assert overview([], CATEGORIES).scores.bands == [0] * 10


def test_on_the_first_exercise_the_overview_agrees_with_every_grade():
    """Ensure misses, extras, pairs and coverage add up to what core.grading said per trainee."""
    exercise = read_exercise(bundled.first_exercise()).document
    text, spans = exercise.article.text, exercise.key
    grader = Grader(spans, exercise.tagset.ids())
    rng = random.Random(7)
    results, marked = [], []
    for _ in range(30):
        marks = []
        for n, k in enumerate(spans):
            if rng.random() < 0.6:
                start = max(0, k.start + rng.randint(-6, 6))
                end = max(start + 1, k.end + rng.randint(-6, 6))
                category = k.category if rng.random() < 0.8 else rng.choice(exercise.tagset.ids())
                marks.append(Annotation(id=f"a{n}", category=category, start=start, end=end,
                                        quote=text[start:end]))
        results.append(grader.grade(marks))
        marked.append(marks)
    view = overview(results, exercise.tagset.ids())
    missed = sum(o.verdict == "missed" for r in results for o in r.key_outcomes)
    assert sum(t.missed for t in view.key_spans) == missed
    assert sum(view.confusion.cell(c, MISSED) for c in view.categories) == missed
    extras = sum(o.verdict == "extra" and o.duplicate_of is None
                 for r in results for o in r.annotation_outcomes)
    assert sum(view.confusion.cell(EXTRA, c) for c in view.categories) == extras
    wrong = sum(o.verdict == "wrong-category" for r in results for o in r.key_outcomes)
    off_diagonal = sum(view.confusion.cell(r, c) for r in view.categories
                       for c in view.categories if r != c)
    assert off_diagonal == wrong
    for category in view.categories:  # brute force: trainees covering each character
        runs = view.coverage[category]
        for position in range(0, len(text), 7):
            expected = sum(
                any(o.annotation.start <= position < o.annotation.end
                    and o.annotation.category == category for o in r.annotation_outcomes)
                for r in results)
            assert count_at(runs, position) == expected, (category, position)



def test_extras_shared_only_through_each_trainees_union_give_a_cluster():
    """Ensure two trainees whose overlapping extras cover the busiest stretch only together
    ([0,10)+[8,20) and [0,12)+[11,20)) give one cluster with that stretch's quote."""
    results = [grade([], [mark("a", "claim", 0, 10), mark("b", "claim", 8, 20)],
                     categories=CATEGORIES),
               grade([], [mark("c", "claim", 0, 12), mark("d", "claim", 11, 20)],
                     categories=CATEGORIES)]
    extras = overview(results, CATEGORIES).extras
    assert [(e.start, e.end, e.quote, e.trainees, e.peak, e.spans) for e in extras] == [
        (0, 20, LETTERS[0:20], 2, 2, 4)]


SPANS = st.tuples(st.integers(0, 60), st.integers(1, 25), st.sampled_from(CATEGORIES))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(SPANS, max_size=6), min_size=1, max_size=6))
def test_any_class_of_overlapping_spans_gives_a_complete_overview(trainees):
    """Ensure any class of random overlapping spans gives an overview whose every frequent
    extra quotes the text of its stretch, and every trainee is counted."""
    results = [grade(KEY, [mark(f"t{t}m{n}", category, start, start + length)
                           for n, (start, length, category) in enumerate(spans)],
                     categories=CATEGORIES)
               for t, spans in enumerate(trainees)]
    view = overview(results, CATEGORIES)
    assert view.trainees == len(trainees)
    for extra in view.extras:
        assert extra.quote == LETTERS[extra.start:extra.end]
        assert 1 <= extra.peak <= extra.trainees <= len(trainees)
        assert extra.extent[0] <= extra.start < extra.end <= extra.extent[1]

"""Grading against the expert key: the worked cases and the rules of scoring.md."""

from __future__ import annotations

import pytest

from annotator import bundled
from annotator.core.grading import Grader, grade, hungarian, to_grade
from annotator.core.model import Annotation, KeySpan, Submission
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save, to_bytes

# A text of letters only, so that the worked cases' offsets need no trimming.
LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4


def key(span_id: str, category: str, start: int, end: int, required: bool = True) -> KeySpan:
    return KeySpan(
        id=span_id, category=category, start=start, end=end,
        quote=LETTERS[start:end], required=required,
        explanations={"es": f"explicación {span_id}", "en": f"explanation {span_id}"},
    )


def mark(span_id: str, category: str, start: int, end: int) -> Annotation:
    return Annotation(id=span_id, category=category, start=start, end=end, quote=LETTERS[start:end])


def on_text(text: str, span_id: str, category: str, quote: str, cls=Annotation, **extra):
    start = text.index(quote)
    return cls(id=span_id, category=category, start=start, end=start + len(quote), quote=quote,
               **extra)


# scoring.md §7, row by row: key, trainee, partial (P, R, F1), strict F1, lenient F1.
WORKED_CASES = {
    "exact": ([key("k1", "claim", 10, 30)], [mark("a1", "claim", 10, 30)], (1, 1, 1), 1, 1),
    "half overlap": (
        [key("k1", "claim", 10, 30)], [mark("a1", "claim", 20, 40)], (0.5, 0.5, 0.5), 0, 1,
    ),
    "inside the key": (
        [key("k1", "claim", 10, 30)], [mark("a1", "claim", 15, 25)], (1, 0.5, 0.667), 0, 1,
    ),
    "wider than the key": (
        [key("k1", "claim", 10, 30)], [mark("a1", "claim", 5, 35)], (0.667, 1, 0.8), 0, 1,
    ),
    "right span, wrong category": (
        [key("k1", "claim", 10, 30)], [mark("a1", "framing", 10, 30)], (0, 0, 0), 0, 0,
    ),
    "one span covers two keys": (
        [key("k1", "claim", 10, 20), key("k2", "claim", 25, 35)],
        [mark("a1", "claim", 10, 35)],
        (0.4, 0.5, 0.444), 0, 0.667,
    ),
    "two spans inside one key": (
        [key("k1", "claim", 10, 40)],
        [mark("a1", "claim", 12, 20), mark("a2", "claim", 25, 38)],
        (0.5, 0.433, 0.464), 0, 0.667,
    ),
    "nested keys, outer found": (
        [key("k1", "claim", 10, 50), key("k2", "framing", 20, 30)],
        [mark("a1", "claim", 10, 50)],
        (1, 0.5, 0.667), 0.667, 0.667,
    ),
    "duplicate trainee span": (
        [key("k1", "claim", 10, 30)],
        [mark("a1", "claim", 10, 30), mark("a2", "claim", 10, 30)],
        (1, 1, 1), 1, 1,
    ),
    "nothing marked": (
        [key("k1", "claim", 10, 30), key("k2", "framing", 40, 50)], [], (0, 0, 0), 0, 0,
    ),
    "nothing expected, nothing marked": ([], [], (0, 0, 1), 1, 1),
}


@pytest.mark.parametrize("case", WORKED_CASES, ids=list(WORKED_CASES))
def test_worked_cases_give_the_published_figures_in_all_three_schemes(case):
    """Ensure every row of scoring.md §7 comes out as printed (to three decimals)."""
    keys, marks, (precision, recall, f1), strict_f1, lenient_f1 = WORKED_CASES[case]
    partial = grade(keys, marks, "partial")
    assert partial.total.precision == pytest.approx(precision, abs=5e-4)
    assert partial.total.recall == pytest.approx(recall, abs=5e-4)
    assert partial.total.f1 == pytest.approx(f1, abs=5e-4)
    assert partial.score == pytest.approx(100 * partial.total.f1)
    assert grade(keys, marks, "strict").total.f1 == pytest.approx(strict_f1, abs=5e-4)
    assert grade(keys, marks, "lenient").total.f1 == pytest.approx(lenient_f1, abs=5e-4)


def verdicts(result) -> tuple[dict[str, tuple], dict[str, tuple]]:
    keys = {o.key.id: (o.verdict, o.annotation.id if o.annotation else None)
            for o in result.key_outcomes}
    marks = {o.annotation.id: (o.verdict, o.key.id if o.key else None)
             for o in result.annotation_outcomes}
    return keys, marks


def summary(result) -> tuple:
    """Everything a grade says, as plain values (spans compare by identity)."""
    return (
        result.scheme, result.pass_mark, result.score, result.passed, result.total,
        result.categories, verdicts(result), result.notices,
        [(o.key.start, o.key.end, o.overlap) for o in result.key_outcomes],
        [(o.annotation.start, o.annotation.end, o.duplicate_of)
         for o in result.annotation_outcomes],
    )


def test_worked_case_verdicts():
    """Ensure the worked cases name the verdicts of §4, pairing one to one."""
    assert verdicts(grade(*WORKED_CASES["half overlap"][:2])) == (
        {"k1": ("partial", "a1")}, {"a1": ("partial", "k1")})
    assert verdicts(grade(*WORKED_CASES["right span, wrong category"][:2])) == (
        {"k1": ("wrong-category", "a1")}, {"a1": ("wrong-category", "k1")})
    # A tie in Dice and shared characters goes to the pair first in text order.
    assert verdicts(grade(*WORKED_CASES["one span covers two keys"][:2])) == (
        {"k1": ("partial", "a1"), "k2": ("missed", None)}, {"a1": ("partial", "k1")})
    assert verdicts(grade(*WORKED_CASES["two spans inside one key"][:2])) == (
        {"k1": ("partial", "a2")}, {"a1": ("extra", None), "a2": ("partial", "k1")})
    assert verdicts(grade(*WORKED_CASES["nested keys, outer found"][:2])) == (
        {"k1": ("found", "a1"), "k2": ("missed", None)}, {"a1": ("correct", "k1")})


def test_duplicates_count_once_and_share_the_verdict_with_a_notice():
    """Ensure an identical repeat is counted once, shares its copy's verdict, and is noticed."""
    result = grade(*WORKED_CASES["duplicate trainee span"][:2])
    assert verdicts(result)[1] == {"a1": ("correct", "k1"), "a2": ("correct", "k1")}
    assert result.total.annotations == 1
    assert [o.duplicate_of for o in result.annotation_outcomes] == [None, "a1"]
    assert any("a2" in n and "once" in n for n in result.notices)


def test_trimming_makes_quoted_and_bare_words_the_same_span():
    """Ensure quotes, blanks and punctuation at the edges do not count (§2.1)."""
    text = 'para "valorar altamente", el apoyo'
    keys = [on_text(text, "k1", "framing", '"valorar altamente"', KeySpan)]
    result = grade(keys, [on_text(text, "a1", "framing", 'valorar altamente", ')])
    assert result.score == 100
    assert result.key_outcomes[0].verdict == "found"
    assert (result.key_outcomes[0].key.start, result.key_outcomes[0].key.end) == (6, 23)


def test_spans_that_trim_to_nothing_are_ignored_with_a_notice():
    """Ensure a span of only blanks and punctuation gets a notice, not a verdict."""
    text = "uno, «» dos"
    keys = [on_text(text, "k1", "claim", "uno", KeySpan), on_text(text, "k2", "claim", ", «» ",
                                                                  KeySpan)]
    marks = [on_text(text, "a1", "claim", "uno"), on_text(text, "a2", "claim", "«»")]
    result = grade(keys, marks)
    assert verdicts(result) == ({"k1": ("found", "a1")}, {"a1": ("correct", "k1")})
    assert result.score == 100
    assert any("k2" in n for n in result.notices) and any("a2" in n for n in result.notices)


def test_optional_key_spans_neither_reward_nor_punish():
    """Ensure optional spans leave the key, and a span only on them leaves the submission."""
    keys = [key("k1", "claim", 10, 30), key("k2", "claim", 40, 60, required=False)]
    alone = grade(keys, [mark("a1", "claim", 10, 30), mark("a2", "claim", 45, 55)])
    assert alone.score == 100
    assert alone.total.key_spans == 1 and alone.total.annotations == 1
    assert verdicts(alone) == (
        {"k1": ("found", "a1"), "k2": ("optional", "a2")},
        {"a1": ("correct", "k1"), "a2": ("optional", "k2")},
    )
    unmarked = grade(keys, [mark("a1", "claim", 10, 30)])
    assert unmarked.score == 100
    assert verdicts(unmarked)[0]["k2"] == ("optional", None)


def test_a_span_touching_a_required_key_span_too_is_graded():
    """Ensure §2.3 sets a span aside only when no required span of its category is touched."""
    keys = [key("k1", "claim", 10, 30), key("k2", "claim", 25, 60, required=False)]
    result = grade(keys, [mark("a1", "claim", 20, 50)])
    assert verdicts(result)[1] == {"a1": ("partial", "k1")}
    # An optional span of another category does not set it aside either.
    other = grade([key("k1", "framing", 10, 30, required=False)], [mark("a1", "claim", 10, 30)])
    assert verdicts(other)[1] == {"a1": ("extra", None)}
    assert other.total.f1 == 0


def test_orphaned_annotations_are_extras_and_orphaned_key_spans_are_missed():
    """Ensure spans whose quote is not in the article never pair, and are noticed."""
    keys = [key("k1", "claim", 10, 30),
            key("k2", "claim", 40, 50).model_copy(update={"orphaned": True})]
    lost = mark("a2", "claim", 40, 50).model_copy(update={"orphaned": True})
    result = grade(keys, [mark("a1", "claim", 10, 30), lost])
    assert verdicts(result) == (
        {"k1": ("found", "a1"), "k2": ("missed", None)},
        {"a1": ("correct", "k1"), "a2": ("extra", None)},
    )
    assert result.total.precision == 0.5 and result.total.recall == 0.5
    assert any("k2" in n for n in result.notices) and any("a2" in n for n in result.notices)


def test_wrong_category_pairs_only_what_same_category_pairing_left():
    """Ensure step 3.2 runs on leftovers and picks the best overlap one to one."""
    keys = [key("k1", "claim", 10, 30), key("k2", "framing", 12, 28)]
    result = grade(keys, [mark("a1", "claim", 10, 30), mark("a2", "claim", 12, 28)])
    assert verdicts(result) == (
        {"k1": ("found", "a1"), "k2": ("wrong-category", "a2")},
        {"a1": ("correct", "k1"), "a2": ("wrong-category", "k2")},
    )


def test_categories_follow_the_tagset_and_count_required_spans():
    """Ensure per-category figures come for every category, with the empty-side conventions."""
    keys = [key("k1", "claim", 10, 30), key("k2", "claim", 40, 50, required=False)]
    result = grade(keys, [mark("a1", "claim", 10, 30), mark("a2", "framing", 60, 70)],
                   categories=["claim", "attribution", "framing"])
    assert list(result.categories) == ["claim", "attribution", "framing"]
    claim, attribution, framing = result.categories.values()
    assert (claim.key_spans, claim.annotations, claim.f1) == (1, 1, 1)
    assert (attribution.precision, attribution.recall, attribution.f1) == (0, 0, 1)
    assert (framing.key_spans, framing.annotations, framing.f1) == (0, 1, 0)
    assert result.total.precision == 0.5 and result.total.recall == 1


def test_pass_mark_compares_the_unrounded_score():
    """Ensure passing is decided on the full-precision score (§5)."""
    keys, marks = WORKED_CASES["inside the key"][:2]  # score 66.67
    assert grade(keys, marks, pass_mark=66.6).passed
    assert not grade(keys, marks, pass_mark=66.7).passed
    assert grade(*WORKED_CASES["exact"][:2], pass_mark=100).passed


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="scheme"):
        grade([], [], scheme="generous")


def test_hungarian_finds_the_cheapest_assignment():
    """Ensure the assignment solver is right on a classic case and on a wide matrix."""
    assert hungarian([[4, 1, 3], [2, 0, 5], [3, 2, 2]]) == [1, 0, 2]
    assert hungarian([[9, 1, 9, 9], [1, 9, 9, 9]]) == [1, 0]
    assert hungarian([]) == []


def test_a_dense_component_is_solved_exactly():
    """Ensure a big tangle of overlaps (beyond stars) gets the best total Dice."""
    keys = [key(f"k{i}", "claim", 2 * i, 2 * i + 12) for i in range(20)]
    marks = [mark(f"a{i}", "claim", 2 * i + 1, 2 * i + 13) for i in range(20)]
    result = grade(keys, marks)
    assert [o.annotation.id for o in result.key_outcomes] == [f"a{i}" for i in range(20)]


# ------------------------------------------------------------ the first exercise


def test_the_first_exercise_key_graded_against_itself_scores_100():
    """Ensure every required span of the bundled key is found when marked exactly."""
    exercise = read_exercise(bundled.first_exercise()).document
    marks = [Annotation(**k.model_dump(include={"id", "category", "start", "end", "quote"}))
             for k in exercise.key]
    result = grade(exercise.key, marks, categories=exercise.tagset.ids())
    assert result.score == 100 and result.passed
    required = [o for o in result.key_outcomes if o.span.required]
    assert len(required) == 24 and all(o.verdict == "found" for o in required)
    assert all(o.verdict == "optional" for o in result.key_outcomes if not o.span.required)
    assert len(result.key_outcomes) == 32
    assert result.notices == []


def test_a_grade_writes_into_a_valid_submission_and_reads_back(tmp_path):
    """Ensure to_grade gives a <grade> the writer accepts and the reader returns intact."""
    exercise = read_exercise(bundled.first_exercise()).document
    text = exercise.article.text
    marks = [
        on_text(text, "a1", "framing", "Alianza geopolítica"),
        on_text(text, "a2", "claim", "Celebración compartida"),
        on_text(text, "a3", "claim", "Kim Jong-un"),
        on_text(text, "a4", "framing", "valorar altamente"),
    ]
    result = grade(exercise.key, marks, categories=exercise.tagset.ids())
    submission = Submission(exercise=exercise.id, text_sha256=exercise.article.sha256,
                            annotations=marks, grade=to_grade(result, "0" * 64))
    path = tmp_path / "ana.submission.xml"
    save(submission, path)
    back = read_submission(path).document.grade
    assert back.score == result.score and back.key_sha256 == "0" * 64
    assert [c.id for c in back.categories] == ["claim", "attribution", "framing"]
    by_key = {o.key: o for o in back.outcomes if o.key}
    assert len(by_key) == 32
    assert by_key["k1"].annotation == "a1" and by_key["k1"].verdict == "partial"
    assert by_key["k13"].verdict == "wrong-category"
    assert by_key["k1"].explanations == exercise.key[0].explanations
    assert by_key["k1"].quote == "Alianza geopolítica en desarrollo"
    unpaired = {o.annotation: o.verdict for o in back.outcomes if not o.key}
    assert unpaired == {"a3": "extra", "a4": "optional"}
    assert to_bytes(submission) == path.read_bytes()


def test_a_grader_is_reused_across_submissions():
    """Ensure one prepared key grades many submissions without carrying state between them."""
    grader = Grader([key("k1", "claim", 10, 30)])
    first = grader.grade([mark("a1", "claim", 10, 30)])
    grader.grade([mark("b1", "claim", 0, 5), mark("b2", "claim", 0, 5)])
    again = grader.grade([mark("a1", "claim", 10, 30)])
    assert summary(first) == summary(again)

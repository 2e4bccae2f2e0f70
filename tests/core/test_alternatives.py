"""Alternative extents (scoring.md §8): one key item, several right extents."""

from __future__ import annotations

import pytest

from annotator.core.grading import grade, to_grade
from annotator.core.model import Alternative, Annotation, KeySpan

LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4


def item(span_id: str, category: str, start: int, end: int, *alternatives: tuple[int, int],
         required: bool = True) -> KeySpan:
    return KeySpan(
        id=span_id, category=category, start=start, end=end, quote=LETTERS[start:end],
        required=required,
        alternatives=[Alternative(start=s, end=e, quote=LETTERS[s:e]) for s, e in alternatives],
    )


def mark(span_id: str, category: str, start: int, end: int) -> Annotation:
    return Annotation(id=span_id, category=category, start=start, end=end,
                      quote=LETTERS[start:end])


K1 = item("k1", "claim", 10, 30, (20, 30))

# scoring.md §8, row by row: trainee, matched extent, verdict, partial (P, R, F1).
WORKED = {
    "the alternative": ([mark("a1", "claim", 20, 30)], 1, "found", (1, 1, 1)),
    "the main extent": ([mark("a1", "claim", 10, 30)], 0, "found", (1, 1, 1)),
    "inside the alternative": ([mark("a1", "claim", 22, 30)], 1, "partial", (1, 0.8, 0.889)),
    "wider than the main": ([mark("a1", "claim", 5, 30)], 0, "partial", (0.8, 1, 0.889)),
    "both extents marked": (
        [mark("a1", "claim", 20, 30), mark("a2", "claim", 10, 30)], 0, "found",
        (0.5, 1, 0.667),
    ),
}


@pytest.mark.parametrize("case", WORKED, ids=list(WORKED))
def test_worked_cases_of_section_8(case):
    """Ensure every row of scoring.md §8 gives its matched extent, verdict and figures."""
    marks, extent, verdict, (precision, recall, f1) = WORKED[case]
    result = grade([K1], marks)
    outcome = result.key_outcomes[0]
    assert (outcome.extent, outcome.verdict) == (extent, verdict)
    assert result.total.precision == pytest.approx(precision, abs=5e-4)
    assert result.total.recall == pytest.approx(recall, abs=5e-4)
    assert result.total.f1 == pytest.approx(f1, abs=5e-4)


def test_both_extents_marked_pairs_the_main_and_leaves_the_other_extra():
    """Ensure the Dice tie goes to more shared characters: C[10,30) pairs, C[20,30) is extra."""
    result = grade([K1], WORKED["both extents marked"][0])
    assert result.key_outcomes[0].annotation.id == "a2"
    verdicts = {o.annotation.id: o.verdict for o in result.annotation_outcomes}
    assert verdicts == {"a1": "extra", "a2": "correct"}


def test_the_item_counts_once_in_the_key():
    """Ensure |K| counts items, not extents, and strict and lenient score a found alternative."""
    for scheme in ("partial", "strict", "lenient"):
        result = grade([K1], [mark("a1", "claim", 20, 30)], scheme)
        assert result.total.key_spans == 1 and result.score == 100
    assert grade([K1], [mark("a1", "claim", 22, 30)], "strict").score == 0
    assert grade([K1], [mark("a1", "claim", 22, 30)], "lenient").score == 100


def test_partial_feedback_is_measured_against_the_matched_extent():
    """Ensure overlap is |alt∩t|/|alt| and the matched extent is the alternative."""
    outcome = grade([K1], [mark("a1", "claim", 22, 30)]).key_outcomes[0]
    assert outcome.overlap == pytest.approx(0.8)
    assert (outcome.matched.start, outcome.matched.end) == (20, 30)
    assert (outcome.key.start, outcome.key.end) == (10, 30)


def test_equal_dice_and_shared_prefers_the_main_then_text_order():
    """Ensure §8's last tie-breaks: the main extent, then alternatives in text order."""
    # Main [10,20) and alternative [20,30) both share 5 with [15,25): equal Dice.
    result = grade([item("k1", "claim", 10, 20, (20, 30))], [mark("a1", "claim", 15, 25)])
    assert result.key_outcomes[0].extent == 0
    # Two alternatives tie: the first in text order wins, whatever the file order.
    result = grade([item("k1", "claim", 50, 60, (20, 30), (10, 20))],
                   [mark("a1", "claim", 15, 25)])
    assert result.key_outcomes[0].extent == 2


def test_an_alternative_of_another_item_category_is_a_wrong_category_pair():
    """Ensure step 3.2 pairs across categories through any extent."""
    result = grade([item("k1", "framing", 10, 30, (40, 50))], [mark("a1", "claim", 40, 50)])
    assert (result.key_outcomes[0].verdict, result.key_outcomes[0].extent) == (
        "wrong-category", 1)


def test_optional_items_set_aside_spans_on_any_extent():
    """Ensure §2.3 as §8 rewrites it: an optional item's alternative sets a span aside too."""
    keys = [item("k1", "claim", 10, 20), item("k2", "claim", 40, 50, (60, 70), required=False)]
    result = grade(keys, [mark("a1", "claim", 10, 20), mark("a2", "claim", 60, 70)])
    assert result.score == 100
    assert result.key_outcomes[1].annotation.id == "a2"
    assert result.key_outcomes[1].extent == 1


def test_blank_extents_are_ignored_with_a_notice():
    """Ensure an extent trimming to nothing is noticed, and the item lives on its other extents."""
    text = "uno, «» dos"
    span = KeySpan(id="k1", category="claim", start=3, end=8, quote=text[3:8],
                   alternatives=[Alternative(start=8, end=11, quote=text[8:11])])
    result = grade([span], [Annotation(id="a1", category="claim", start=8, end=11,
                                       quote=text[8:11])])
    assert result.score == 100
    assert result.key_outcomes[0].extent == 1
    assert any("k1" in n for n in result.notices)


def test_an_alternative_repeating_its_span_is_refused():
    """Ensure a key span cannot list itself, or one alternative twice."""
    with pytest.raises(ValueError, match="k1"):
        item("k1", "claim", 10, 30, (10, 30))
    with pytest.raises(ValueError, match="k1"):
        item("k1", "claim", 10, 30, (20, 30), (20, 30))


def test_the_graded_outcome_names_the_extent():
    """Ensure <outcome> carries extent n for an alternative and nothing for the main."""
    alternative = to_grade(grade([K1], [mark("a1", "claim", 20, 30)]), "0" * 64)
    main = to_grade(grade([K1], [mark("a1", "claim", 10, 30)]), "0" * 64)
    assert alternative.outcomes[0].extent == 1
    assert main.outcomes[0].extent is None


def test_feedback_says_the_expert_also_accepts_an_alternative():
    """Ensure a trainee who matched an alternative reads so, and partial words use that extent."""
    from annotator.core.feedback import feedback

    found = feedback(grade([K1], [mark("a1", "claim", 20, 30)]), "en")
    assert "also accepts" in found[0].sentence
    partial = feedback(grade([K1], [mark("a1", "claim", 22, 30)]), "es")
    assert "«uv»" in partial[0].sentence and "también acepta" in partial[0].sentence

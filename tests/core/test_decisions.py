"""Instructor decisions (scoring.md §9): the worked cases and the rules around them."""

from __future__ import annotations

import pytest

from annotator.core.decisions import annotations_sha256, for_trainee, rule
from annotator.core.grading import grade, to_grade
from annotator.core.model import Annotation, AppliedDecision, Decision, KeySpan

LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4


def key(span_id: str, category: str, start: int, end: int) -> KeySpan:
    return KeySpan(id=span_id, category=category, start=start, end=end,
                   quote=LETTERS[start:end])


def mark(span_id: str, category: str, start: int, end: int) -> Annotation:
    return Annotation(id=span_id, category=category, start=start, end=end,
                      quote=LETTERS[start:end])


def decided(kind: str, key: str | None = None, annotation: str | None = None,
            at: str = "2026-12-03T10:00:00Z", comment: str | None = None) -> AppliedDecision:
    return AppliedDecision(kind=kind, key=key, annotation=annotation, by="Prof. Ruiz", at=at,
                           comment=comment)


# §9's worked case: key C[10,30) and F[40,50); trainee C[10,30), C[60,70), F[41,50).
KEY = [key("k1", "claim", 10, 30), key("k2", "framing", 40, 50)]
MARKS = [mark("a1", "claim", 10, 30), mark("a2", "claim", 60, 70), mark("a3", "framing", 41, 50)]

WORKED = {
    "none": ([], (0.667, 0.95, 0.784), 78.4),
    "accept C[60,70)": ([decided("accept", annotation="a2")], (1, 0.95, 0.974), 97.4),
    "full-credit F[40,50)+F[41,50)": (
        [decided("full-credit", key="k2", annotation="a3")], (0.667, 1, 0.8), 80),
    "excuse F[40,50)": ([decided("excuse", key="k2")], (0.333, 1, 0.5), 50),
}


@pytest.mark.parametrize("case", WORKED, ids=list(WORKED))
def test_worked_cases_of_section_9(case):
    """Ensure every row of scoring.md §9 gives its figures and score (partial scheme)."""
    decisions, (precision, recall, f1), score = WORKED[case]
    result = grade(KEY, MARKS) if not decisions else _grade(decisions)
    assert result.total.precision == pytest.approx(precision, abs=5e-4)
    assert result.total.recall == pytest.approx(recall, abs=5e-4)
    assert result.total.f1 == pytest.approx(f1, abs=5e-4)
    assert round(result.score, 1) == score
    if decisions:
        assert round(result.score_before_decisions, 1) == 78.4
        assert result.decisions == decisions


def _grade(decisions, scheme="partial", marks=MARKS):
    from annotator.core.grading import Grader

    return Grader(KEY).grade(marks, scheme, decisions=decisions, trainee="s017")


def test_verdicts_after_each_decision():
    """Ensure accepted, excused and credited are the verdicts §9 names."""
    accepted = _grade([decided("accept", annotation="a2")])
    assert {o.annotation.id: o.verdict for o in accepted.annotation_outcomes}["a2"] == "accepted"
    credited = _grade([decided("full-credit", key="k2", annotation="a3")])
    k2 = credited.key_outcomes[1]
    assert (k2.verdict, k2.credited) == ("partial", True)
    excused = _grade([decided("excuse", key="k2")])
    assert excused.key_outcomes[1].verdict == "excused"
    assert {o.annotation.id: o.verdict for o in excused.annotation_outcomes}["a3"] == "extra"


def test_full_credit_counts_as_found_in_every_scheme():
    """Ensure a credited pair counts 1 and 1 in strict and lenient as well."""
    credit = [decided("full-credit", key="k2", annotation="a3")]
    for scheme in ("partial", "strict", "lenient"):
        result = _grade(credit, scheme)
        # Pairs k1-a1 and k2-a3 both count 1; a2 is an extra: P 2/3, R 1.
        assert result.total.precision == pytest.approx(2 / 3)
        assert result.total.recall == 1
    assert _grade([], "strict").total.recall == 0.5


def test_full_credit_on_an_unpaired_pair_is_not_applied():
    """Ensure full-credit for a key item and an annotation not paired in §3.1 changes nothing."""
    result = _grade([decided("full-credit", key="k2", annotation="a2")])
    assert result.score == grade(KEY, MARKS).score
    assert result.decisions == []
    assert any("s017" in n and "k2+a2" in n for n in result.notices)


def test_a_comment_changes_no_number_but_is_kept():
    """Ensure a comment is applied (listed) and the score stays."""
    comment = decided("comment", annotation="a2", comment="Buena idea, pero no es una afirmación")
    result = _grade([comment])
    assert result.score == grade(KEY, MARKS).score
    assert result.decisions == [comment]


def test_decisions_on_missing_targets_are_noticed_not_applied():
    """Ensure a decision naming a missing annotation or key item names trainee and target."""
    result = _grade([decided("accept", annotation="a9"), decided("excuse", key="k7")])
    assert result.score == grade(KEY, MARKS).score
    assert result.decisions == []
    assert any("s017" in n and "a9" in n for n in result.notices)
    assert any("s017" in n and "k7" in n for n in result.notices)


def test_two_decisions_on_one_target_the_later_wins_with_a_notice():
    """Ensure the later ``at`` wins whatever the file order, and says so."""
    early = decided("accept", annotation="a2", at="2026-12-03T10:00:00Z", comment="first")
    late = decided("accept", annotation="a2", at="2026-12-03T11:00:00+01:00", comment="second")
    later = decided("accept", annotation="a2", at="2026-12-03T10:30:00Z", comment="third")
    result = _grade([later, early, late])
    assert [d.comment for d in result.decisions] == ["third"]
    assert sum("two decisions" in n for n in result.notices) == 2


def test_a_decision_for_a_changed_file_is_not_applied():
    """Ensure the annotations-sha256 names the annotations graded, and a change is noticed."""
    digest = annotations_sha256(MARKS)
    same = Decision(kind="accept", annotation="a2", by="P", at="2026-12-03T10:00:00Z",
                    trainee="s017", annotations_sha256=digest)
    kept, notices = for_trainee([same], "s017", list(reversed(MARKS)))
    assert kept == [same] and notices == []
    moved = [*MARKS[:2], mark("a3", "framing", 42, 50)]
    kept, notices = for_trainee([same], "s017", moved)
    assert kept == [] and "s017" in notices[0] and "a2" in notices[0]
    assert for_trainee([same], "s021", MARKS) == ([], [])


def test_annotations_sha256_follows_the_published_rule():
    """Ensure the digest is of sorted ``id TAB category TAB start TAB end LF`` lines."""
    import hashlib

    lines = "a1\tclaim\t10\t30\na3\tframing\t41\t50\na2\tclaim\t60\t70\n"
    assert annotations_sha256(MARKS) == hashlib.sha256(lines.encode()).hexdigest()


def test_excusing_an_optional_item_is_noticed():
    """Ensure an optional item cannot be excused (missing it already costs nothing)."""
    ruling = rule([decided("excuse", key="k1")], {"k1": False}, set(), "s017")
    assert not ruling and "optional" in ruling.notices[0]


def test_the_graded_grade_records_decisions_and_the_score_before():
    """Ensure <grade> keeps the score without decisions, the decisions and credited pairs."""
    result = _grade([decided("full-credit", key="k2", annotation="a3", comment="vale")])
    model = to_grade(result, "0" * 64)
    assert model.score_before_decisions == pytest.approx(result.score_before_decisions)
    assert model.decisions[0].comment == "vale"
    assert [o.credited for o in model.outcomes if o.key] == [False, True]


def test_feedback_tells_the_decision_and_its_comment():
    """Ensure accepted and excused spans read as such, with the instructor's comment."""
    from annotator.core.feedback import feedback

    result = _grade([decided("accept", annotation="a2", comment="Defendible"),
                     decided("excuse", key="k2")])
    items = {(i.verdict, i.key or i.annotation): i.sentence for i in feedback(result, "en")}
    assert "instructor accepts" in items[("accepted", "a2")]
    assert "Prof. Ruiz: Defendible" in items[("accepted", "a2")]
    assert "excused" in items[("excused", "k2")]


def test_feedback_about_a_trainee_tells_decisions_to_the_instructor():
    """Ensure the class window's wording (about the trainee) covers decided verdicts too."""
    from annotator.core.feedback import feedback

    result = _grade([decided("accept", annotation="a2"), decided("excuse", key="k2")])
    for language in ("en", "es"):
        sentences = " ".join(i.sentence for i in feedback(result, language, about="Inés"))
        assert "Inés" in sentences and "tu instructor" not in sentences.lower()
        assert "your instructor" not in sentences.lower()

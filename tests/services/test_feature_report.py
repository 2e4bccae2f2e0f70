"""How a class judged each key item's features, counted from the grades (scoring.md §10)."""

from __future__ import annotations

from annotator.core.grading import Grader
from annotator.core.model import Annotation, KeySpan
from annotator.core.tagset import default_tagset
from annotator.services.feature_report import class_judgements, json_features

LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4
TAGSET = default_tagset()
KEY = [KeySpan(id="k1", category="attribution", start=10, end=30, quote=LETTERS[10:30],
               accepted={"source-kind": ["official", "interested"]}),
       KeySpan(id="k2", category="claim", start=40, end=50, quote=LETTERS[40:50],
               required=False, accepted={"checkable": ["false"]})]


def trainee(value: str | None, category: str = "attribution") -> list[Annotation]:
    return [Annotation(id="a1", category=category, start=10, end=30, quote=LETTERS[10:30],
                       features={"source-kind": value} if value else {})]


def test_each_value_is_counted_with_the_unanswered_and_the_not_found():
    """Ensure counts per declared value (zeros kept), no answer, not found; optional items out."""
    grader = Grader(KEY, TAGSET.ids(), [f.id for f in TAGSET.choice_features()])
    results = [grader.grade(marks) for marks in (
        trainee("official"), trainee("official"), trainee("anonymous"), trainee(None),
        trainee("official", "claim"), [])]
    (row,) = class_judgements(KEY, results, TAGSET)
    assert (row.key.id, row.feature, row.accepted) == ("k1", "source-kind",
                                                       ["official", "interested"])
    assert row.counts == {"official": 2, "interested": 0, "independent": 0, "anonymous": 1,
                          "unclear": 0}
    assert (row.missing, row.not_paired, row.judged) == (1, 2, 3)


def test_the_json_block_lists_every_feature_then_the_total():
    """Ensure the features block of scoring.md §10, accuracy null when nothing was graded."""
    grader = Grader(KEY, TAGSET.ids(), [f.id for f in TAGSET.choice_features()])
    text = json_features(grader.grade(trainee("anonymous")).features)
    assert text == ('{"features": {"checkable": {"correct": 0, "wrong": 0, "missing": 0, '
                    '"graded": 0, "accuracy": null}, "source-kind": {"correct": 0, "wrong": 1, '
                    '"missing": 0, "graded": 1, "accuracy": 0.0}, "total": {"correct": 0, '
                    '"wrong": 1, "missing": 0, "graded": 1, "accuracy": 0.0}}}')

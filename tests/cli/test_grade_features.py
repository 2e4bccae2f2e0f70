"""`annotator grade` with features (scoring.md §10): the worked case through a real process."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from cli_helpers import LETTERS, annotator, span

from annotator.core.model import (
    Annotation,
    Article,
    Block,
    Exercise,
    GradingSettings,
    KeySpan,
    Submission,
    Trainee,
)
from annotator.core.tagset import default_tagset
from annotator.xmlio.readers import read_submission
from annotator.xmlio.writers import save


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The worked case of §10 as files: w = 0.25 in the exercise, one trainee."""
    key = [
        span(KeySpan, "k1", "attribution", 10, 30, accepted={"source-kind": ["official"]}),
        span(KeySpan, "k2", "attribution", 40, 50,
             accepted={"source-kind": ["official", "interested"]}),
        span(KeySpan, "k3", "claim", 60, 70, accepted={"checkable": ["false"]}),
    ]
    exercise = Exercise(
        id="worked", title="§10", tagset=default_tagset(),
        article=Article(blocks=[Block(kind="paragraph", text=LETTERS)]),
        grading=GradingSettings(features_weight=0.25), key=key,
    )
    save(exercise, tmp_path / "worked.exercise.xml")
    marks = [
        span(Annotation, "a1", "attribution", 10, 30, features={"source-kind": "official"}),
        span(Annotation, "a2", "attribution", 40, 50, features={"source-kind": "anonymous"}),
        span(Annotation, "a3", "claim", 60, 70, features={"evidence": "https://example.org"}),
    ]
    save(Submission(exercise="worked", text_sha256=exercise.article.sha256,
                    trainee=Trainee(id="s1", name="Ana"), annotations=marks),
         tmp_path / "ana.submission.xml")
    return tmp_path


def grade_json(folder: Path, *extra: str) -> dict:
    result = annotator("grade", "--key", "worked.exercise.xml", "--json", *extra,
                       "ana.submission.xml", cwd=folder)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["submissions"][0]


def test_the_worked_case_scores_83_3_through_the_command(folder):
    """Ensure §10's worked case: features 1 correct, 1 wrong, 1 missing; score 83.3."""
    entry = grade_json(folder)
    assert entry["total"]["f1"] == 1
    assert entry["features"]["total"] == {"correct": 1, "wrong": 1, "missing": 1, "graded": 3,
                                          "accuracy": pytest.approx(1 / 3)}
    assert list(entry["features"]) == ["checkable", "source-kind", "total"]
    assert entry["features"]["source-kind"]["accuracy"] == 0.5
    assert round(entry["score"], 1) == 83.3
    verdicts = {v["key"]: v["feature_verdicts"] for v in entry["key_verdicts"]}
    assert verdicts["k2"] == [{"feature": "source-kind", "given": "anonymous",
                               "accepted": ["official", "interested"], "verdict": "wrong"}]
    assert verdicts["k3"] == [{"feature": "checkable", "given": None, "accepted": ["false"],
                               "verdict": "missing"}]


def test_the_features_weight_option_overrides_the_exercise(folder):
    """Ensure --features-weight 0 gives §5's score and 1 the accuracy alone."""
    assert grade_json(folder, "--features-weight", "0")["score"] == 100
    assert grade_json(folder, "--features-weight", "1")["score"] == pytest.approx(100 / 3)


@pytest.mark.parametrize("weight", ["1.5", "-0.1", "nan", "lots"])
def test_a_weight_outside_0_and_1_is_refused_with_one_line(folder, weight):
    """Ensure a bad --features-weight is a usage error (status 2) in one line, no traceback."""
    result = annotator("grade", "--key", "worked.exercise.xml", "--features-weight", weight,
                       "ana.submission.xml", cwd=folder)
    assert result.returncode == 2
    assert "--features-weight" in result.stderr and "Traceback" not in result.stderr


def test_graded_copies_and_the_csv_carry_the_features(folder):
    """Ensure <feature-outcome>, <features> and the feature_accuracy column are written."""
    result = annotator("grade", "--key", "worked.exercise.xml", "--graded-dir", "out",
                       "--csv", "grades.csv", "ana.submission.xml", cwd=folder)
    assert result.returncode == 0, result.stderr
    graded = read_submission(folder / "out" / "ana.submission.xml").document
    assert graded.grade.features.weight == 0.25
    assert graded.grade.features.accuracy == pytest.approx(1 / 3)
    by_key = {o.key: o for o in graded.grade.outcomes if o.key}
    assert [(f.feature, f.given, f.verdict) for f in by_key["k2"].features] == [
        ("source-kind", "anonymous", "wrong")]
    assert graded.annotations[2].features == {"evidence": "https://example.org"}
    with open(folder / "grades.csv", encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["feature_accuracy"] == "0.3333" and row["score"] == "83.3"


def test_an_undeclared_value_in_a_submission_is_an_error_entry_naming_the_span(folder):
    """Ensure a submission with an undeclared value is not graded: one line naming the span."""
    path = folder / "ana.submission.xml"
    path.write_text(path.read_text(encoding="utf-8").replace(">anonymous<", ">aliens<"),
                    encoding="utf-8")
    result = annotator("grade", "--key", "worked.exercise.xml", "--json", path.name, cwd=folder)
    assert result.returncode == 1
    error = json.loads(result.stdout)["submissions"][0]["error"]
    assert "annotation a2" in error and "aliens" in error


def test_report_takes_the_features_weight_too(folder):
    """Ensure `annotator report --features-weight` grades as `annotator grade` does."""
    result = annotator("report", "--key", "worked.exercise.xml", "--out", "out", "--no-pdf",
                       "--language", "en", "--features-weight", "1", "ana.submission.xml",
                       cwd=folder)
    assert result.returncode == 0, result.stderr
    with open(folder / "out" / "gradebook.csv", encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["score"] == "33.3" and row["feature_accuracy"] == "0.3333"
    bad = annotator("report", "--key", "worked.exercise.xml", "--out", "out2",
                    "--features-weight", "2", "ana.submission.xml", cwd=folder)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_the_table_says_the_weight_and_how_much_was_judged_right(folder):
    """Ensure the readable table names w and gives a judged column (33.3 for the worked case)."""
    result = annotator("grade", "--key", "worked.exercise.xml", "ana.submission.xml",
                       cwd=folder)
    assert result.returncode == 0, result.stderr
    head, columns, row = result.stdout.splitlines()[:3]
    assert head.endswith("judgements count 25%)")
    assert columns.split()[-1] == "judged" and row.split()[-1] == "33.3"
    assert "83.3" in row.split()

"""`annotator grade` with alternatives (scoring.md §8) and `--decisions` (§9), as a real process.

The worked cases of §8 and §9 are graded from files by the command line and
its JSON is compared with the published figures field for field.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_helpers import LETTERS, annotator, span

from annotator.core.decisions import annotations_sha256
from annotator.core.model import (
    Alternative,
    Annotation,
    Article,
    Block,
    Category,
    Decision,
    DecisionsFile,
    Exercise,
    KeySpan,
    Submission,
    Tagset,
    Trainee,
)
from annotator.xmlio.readers import read_submission
from annotator.xmlio.writers import save

TAGSET = Tagset(categories=[
    Category(id="claim", color="#1f77b4", labels={"en": "Claim"}),
    Category(id="framing", color="#2ca02c", labels={"en": "Framing"}),
])


def exercise(key: list[KeySpan]) -> Exercise:
    return Exercise(id="worked", title="Worked cases", tagset=TAGSET,
                    article=Article(blocks=[Block(kind="paragraph", text=LETTERS)]), key=key)


def write_class(folder: Path, key: list[KeySpan], marks: list[Annotation]) -> None:
    save(exercise(key), folder / "worked.exercise.xml")
    save(Submission(exercise="worked", text_sha256=exercise(key).article.sha256,
                    trainee=Trainee(id="s017", name="Ana"), annotations=marks),
         folder / "ana.submission.xml")


def graded_entry(folder: Path, *extra: str) -> tuple[dict, subprocess.CompletedProcess]:
    result = annotator("grade", "--json", "--key", "worked.exercise.xml", *extra,
                       "ana.submission.xml", cwd=folder)
    return json.loads(result.stdout)["submissions"][0], result


def figures(precision: float, recall: float) -> dict:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def assert_same(actual, expected):
    """Field for field: the same keys in the same order, numbers to full precision."""
    if isinstance(expected, dict):
        assert list(actual) == list(expected)
        for name in expected:
            assert_same(actual[name], expected[name])
    elif isinstance(expected, list):
        assert len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            assert_same(a, e)
    elif isinstance(expected, float):
        assert actual == pytest.approx(expected, rel=1e-12, abs=1e-12)
    else:
        assert actual == expected


# What scoring.md §10 adds to every entry: this tagset asks no question, so nothing is judged.
NO_FEATURES = {"features": {"total": {"correct": 0, "wrong": 0, "missing": 0, "graded": 0,
                                      "accuracy": None}}}

# What attempts.md adds to every entry; these submissions have no attempts.
NO_ATTEMPTS = {"attempt": "current", "attempts": [], "checks": {"count": 0, "before_hand_in": 0},
               "gain": None}

# ------------------------------------------------------------------ §8

K1 = span(KeySpan, "k1", "claim", 10, 30,
          alternatives=[Alternative(start=20, end=30, quote=LETTERS[20:30])])

SECTION_8 = {
    # trainee spans, key verdict (verdict, annotation, overlap, extent), P, R, annotation verdicts
    "C[20,30)": ([(20, 30)], ("found", "a1", 1.0, 1), 1.0, 1.0, [("a1", "correct", "k1")]),
    "C[10,30)": ([(10, 30)], ("found", "a1", 1.0, 0), 1.0, 1.0, [("a1", "correct", "k1")]),
    "C[22,30)": ([(22, 30)], ("partial", "a1", 0.8, 1), 1.0, 0.8, [("a1", "partial", "k1")]),
    "C[5,30)": ([(5, 30)], ("partial", "a1", 1.0, 0), 0.8, 1.0, [("a1", "partial", "k1")]),
    "C[20,30) and C[10,30)": (
        [(20, 30), (10, 30)], ("found", "a2", 1.0, 0), 0.5, 1.0,
        [("a2", "correct", "k1"), ("a1", "extra", None)],
    ),
}


@pytest.mark.parametrize("case", SECTION_8, ids=list(SECTION_8))
def test_section_8_worked_cases_through_the_command_line(tmp_path: Path, case: str):
    """Ensure each §8 row comes out of `annotator grade --json` field for field."""
    places, (verdict, paired, overlap, extent), precision, recall, marks = SECTION_8[case]
    annotations = [span(Annotation, f"a{n}", "claim", s, e)
                   for n, (s, e) in enumerate(places, start=1)]
    write_class(tmp_path, [K1], annotations)
    entry, result = graded_entry(tmp_path)
    assert result.returncode == 0, result.stderr
    total = figures(precision, recall)
    assert_same(entry, {
        "file": "ana.submission.xml",
        "trainee": {"id": "s017", "name": "Ana"},
        "score": 100 * total["f1"],
        "passed": 100 * total["f1"] >= 60,
        "total": total,
        "categories": {
            "claim": {**total, "key_spans": 1, "annotations": len(places)},
            "framing": {"precision": 0.0, "recall": 0.0, "f1": 1.0, "key_spans": 0,
                        "annotations": 0},
        },
        **NO_ATTEMPTS,
        **NO_FEATURES,
        "key_verdicts": [{"key": "k1", "verdict": verdict, "annotation": paired,
                          "overlap": overlap, "extent": extent, "feature_verdicts": []}],
        "annotation_verdicts": [{"annotation": a, "verdict": v, "key": k}
                                for a, v, k in marks],
        "notices": [],
    })


def test_the_graded_file_names_the_alternative(tmp_path: Path):
    """Ensure --graded-dir writes extent="1" on the outcome of a found alternative."""
    write_class(tmp_path, [K1], [span(Annotation, "a1", "claim", 20, 30)])
    result = annotator("grade", "--key", "worked.exercise.xml", "--graded-dir", "out",
                       "ana.submission.xml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    outcome = read_submission(tmp_path / "out" / "ana.submission.xml").document.grade.outcomes[0]
    assert (outcome.key, outcome.verdict, outcome.extent) == ("k1", "found", 1)


# ------------------------------------------------------------------ §9

KEY_9 = [span(KeySpan, "k1", "claim", 10, 30), span(KeySpan, "k2", "framing", 40, 50)]
MARKS_9 = [span(Annotation, "a1", "claim", 10, 30), span(Annotation, "a2", "claim", 60, 70),
           span(Annotation, "a3", "framing", 41, 50)]
DIGEST = annotations_sha256(MARKS_9)
AT = "2026-12-03T10:00:00Z"


def decision(kind: str, trainee: str = "s017", digest: str = DIGEST, **fields) -> Decision:
    return Decision(kind=kind, trainee=trainee, annotations_sha256=digest, by="Prof. Ruiz",
                    at=fields.pop("at", AT), **fields)


def write_decisions(folder: Path, *decisions: Decision, exercise_id: str = "worked") -> str:
    save(DecisionsFile(exercise=exercise_id, decisions=list(decisions)),
         folder / "worked.decisions.xml")
    return "worked.decisions.xml"


BEFORE = 100 * figures(2 / 3, 0.95)["f1"]
SECTION_9 = {
    # decision, total (P, R), claim and framing (P, R, key items, annotations),
    # key verdicts, annotation verdicts
    "accept C[60,70)": (
        decision("accept", annotation="a2", comment="Defendible"),
        (1.0, 0.95), (1.0, 1.0, 1, 1), (1.0, 0.9, 1, 1),
        [("k1", "found", "a1", 1.0, 0, False), ("k2", "partial", "a3", 0.9, 0, False)],
        [("a1", "correct", "k1"), ("a3", "partial", "k2"), ("a2", "accepted", None)],
    ),
    "full-credit F[40,50)+F[41,50)": (
        decision("full-credit", key="k2", annotation="a3"),
        (2 / 3, 1.0), (0.5, 1.0, 1, 2), (1.0, 1.0, 1, 1),
        [("k1", "found", "a1", 1.0, 0, False), ("k2", "partial", "a3", 0.9, 0, True)],
        [("a1", "correct", "k1"), ("a3", "partial", "k2"), ("a2", "extra", None)],
    ),
    "excuse F[40,50)": (
        decision("excuse", key="k2"),
        (1 / 3, 1.0), (0.5, 1.0, 1, 2), (0.0, 0.0, 0, 1),
        [("k1", "found", "a1", 1.0, 0, False), ("k2", "excused", None, 0.0, None, False)],
        [("a1", "correct", "k1"), ("a3", "extra", None), ("a2", "extra", None)],
    ),
}


@pytest.mark.parametrize("case", SECTION_9, ids=list(SECTION_9))
def test_section_9_worked_cases_through_the_command_line(tmp_path: Path, case: str):
    """Ensure each §9 row comes out of `annotator grade --decisions --json` field for field."""
    made, total, claim, framing, keys, marks = SECTION_9[case]
    write_class(tmp_path, KEY_9, MARKS_9)
    entry, result = graded_entry(tmp_path, "--decisions", write_decisions(tmp_path, made))
    assert result.returncode == 0, result.stderr
    score = 100 * figures(*total)["f1"]

    def category(p, r, items, count):
        return {**figures(p, r), "key_spans": items, "annotations": count}

    applied = {"kind": made.kind}
    applied.update({n: getattr(made, n) for n in ("key", "annotation") if getattr(made, n)})
    applied.update({"by": "Prof. Ruiz", "at": AT})
    if made.comment:
        applied["comment"] = made.comment
    assert_same(entry, {
        "file": "ana.submission.xml",
        "trainee": {"id": "s017", "name": "Ana"},
        "score": score,
        "passed": score >= 60,
        "total": figures(*total),
        "categories": {"claim": category(*claim), "framing": category(*framing)},
        **NO_ATTEMPTS,
        "score_before_decisions": BEFORE,
        "decisions": [applied],
        **NO_FEATURES,
        "key_verdicts": [
            {"key": k, "verdict": v, "annotation": a, "overlap": o, "extent": x,
             **({"credited": True} if c else {}), "feature_verdicts": []}
            for k, v, a, o, x, c in keys
        ],
        "annotation_verdicts": [{"annotation": a, "verdict": v, "key": k} for a, v, k in marks],
        "notices": [],
    })
    assert round(score, 1) == {"accept C[60,70)": 97.4, "full-credit F[40,50)+F[41,50)": 80.0,
                               "excuse F[40,50)": 50.0}[case]
    assert round(BEFORE, 1) == 78.4


def test_section_9_without_decisions_scores_78_4(tmp_path: Path):
    """Ensure the first row of §9 (no decisions) and that the JSON then has no decision fields."""
    write_class(tmp_path, KEY_9, MARKS_9)
    entry, _ = graded_entry(tmp_path)
    assert round(entry["score"], 1) == 78.4
    assert "decisions" not in entry and "score_before_decisions" not in entry


def test_the_graded_file_records_decisions_beside_the_verdicts(tmp_path: Path):
    """Ensure <grade> gains score-before-decisions, credited and <decision> with the comment."""
    write_class(tmp_path, KEY_9, MARKS_9)
    name = write_decisions(tmp_path, decision("full-credit", key="k2", annotation="a3",
                                              comment="Casi exacto"))
    result = annotator("grade", "--key", "worked.exercise.xml", "--decisions", name,
                       "--graded-dir", "out", "ana.submission.xml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    grade = read_submission(tmp_path / "out" / "ana.submission.xml").document.grade
    assert round(grade.score, 1) == 80 and round(grade.score_before_decisions, 1) == 78.4
    assert [o.credited for o in grade.outcomes if o.key] == [False, True]
    assert grade.decisions[0].comment == "Casi exacto"


# ------------------------------------------------------------- bad input


def test_a_decisions_file_for_another_exercise_is_refused_and_grading_runs(tmp_path: Path):
    """Ensure one line names the file, the class is graded without it, and the status is 1."""
    write_class(tmp_path, KEY_9, MARKS_9)
    name = write_decisions(tmp_path, decision("accept", annotation="a2"), exercise_id="other")
    entry, result = graded_entry(tmp_path, "--decisions", name)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and "'other'" in lines[0] and "without decisions" in lines[0]
    assert round(entry["score"], 1) == 78.4 and entry["decisions"] == []


def test_a_broken_decisions_file_is_refused_in_one_line(tmp_path: Path):
    """Ensure an unreadable decisions file gives one line, no traceback, and grading runs."""
    write_class(tmp_path, KEY_9, MARKS_9)
    (tmp_path / "broken.decisions.xml").write_text("<decisions", encoding="utf-8")
    entry, result = graded_entry(tmp_path, "--decisions", "broken.decisions.xml")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "broken.decisions.xml" in result.stderr and round(entry["score"], 1) == 78.4


def test_stale_and_missing_target_decisions_are_noticed_naming_trainee_and_target(
        tmp_path: Path):
    """Ensure a changed file, a missing annotation and a missing key item are noticed."""
    write_class(tmp_path, KEY_9, MARKS_9)
    name = write_decisions(
        tmp_path,
        decision("accept", annotation="a2", digest="0" * 64),
        decision("accept", annotation="a9"),
        decision("excuse", key="k7"),
        decision("accept", trainee="s099", annotation="a1"),
    )
    entry, result = graded_entry(tmp_path, "--decisions", name)
    assert result.returncode == 0, result.stderr
    assert entry["decisions"] == [] and round(entry["score"], 1) == 78.4
    notices = entry["notices"]
    assert any("accept a2" in n and "s017" in n and "changed" in n for n in notices)
    assert any("accept a9" in n and "s017" in n for n in notices)
    assert any("excuse k7" in n and "s017" in n for n in notices)
    assert "s099" in result.stderr


def test_two_decisions_on_one_target_the_later_wins(tmp_path: Path):
    """Ensure the later `at` wins, with a notice, whatever the order in the file."""
    write_class(tmp_path, KEY_9, MARKS_9)
    name = write_decisions(
        tmp_path,
        decision("accept", annotation="a2", comment="later", at="2026-12-03T12:00:00Z"),
        decision("accept", annotation="a2", comment="earlier", at="2026-12-03T09:00:00Z"),
    )
    entry, _ = graded_entry(tmp_path, "--decisions", name)
    assert [d["comment"] for d in entry["decisions"]] == ["later"]
    assert any("two decisions" in n for n in entry["notices"])


# --------------------------------------------------------------- report


def test_report_applies_decisions_and_shows_them_beside_the_verdicts(tmp_path: Path):
    """Ensure `annotator report --decisions` grades with them and the report tells them."""
    write_class(tmp_path, KEY_9, MARKS_9)
    name = write_decisions(tmp_path, decision("accept", annotation="a2", comment="Defendible"))
    result = annotator("report", "--key", "worked.exercise.xml", "--decisions", name,
                       "--out", "out", "--no-pdf", "--language", "en", ".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = next((tmp_path / "out").glob("*Ana*.html")).read_text(encoding="utf-8")
    assert "97.4" in html and "Score without your instructor's decisions: 78.4" in html
    assert "accepts your span" in html and "Defendible" in html
    assert "accepted by your instructor" in html
    report = (tmp_path / "out" / "class-report.html").read_text(encoding="utf-8")
    assert "97.4 ✎ (78.4)" in report and "score without them" in report
    graded = read_submission(tmp_path / "out" / "graded" / "ana.submission.xml").document
    assert round(graded.grade.score, 1) == 97.4
    assert "gradebook.csv" in {p.name for p in (tmp_path / "out").iterdir()}
    assert "97.4" in (tmp_path / "out" / "gradebook.csv").read_text(encoding="utf-8")


def test_report_with_a_foreign_decisions_file_still_reports(tmp_path: Path):
    """Ensure a decisions file for another exercise is refused in one line; reports are written."""
    write_class(tmp_path, KEY_9, MARKS_9)
    name = write_decisions(tmp_path, decision("accept", annotation="a2"), exercise_id="other")
    result = annotator("report", "--key", "worked.exercise.xml", "--decisions", name,
                       "--out", "out", "--no-pdf", ".", cwd=tmp_path)
    assert result.returncode == 1
    assert sum(name in line for line in result.stderr.splitlines()) == 1
    assert ",78.4," in (tmp_path / "out" / "gradebook.csv").read_text(encoding="utf-8")


def test_validate_knows_a_decisions_file(tmp_path: Path):
    """Ensure `annotator validate` reads a decisions file and says what it holds."""
    name = write_decisions(tmp_path, decision("accept", annotation="a2"))
    result = annotator("validate", name, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "decisions for 'worked', 1 decision)" in result.stdout

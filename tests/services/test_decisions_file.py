"""The class's decisions file as the service keeps it: two windows never lose each other's work."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import Annotation, DecisionsFile
from annotator.services.decisions import load_decisions, make_decision
from annotator.xmlio.readers import read_decisions
from annotator.xmlio.writers import save

MARKS = [Annotation(id="a1", category="claim", start=0, end=3, quote="uno")]


def decision(trainee: str, annotation: str = "a1"):
    return make_decision("accept", trainee, MARKS, "Prof. Ruiz", annotation=annotation,
                         at="2026-12-03T10:00:00Z")


def test_a_change_is_made_on_the_file_as_another_window_left_it(tmp_path: Path):
    """Ensure two books open on one file both keep their decisions, and undo takes back only
    its own."""
    path = tmp_path / "ex.decisions.xml"
    first = load_decisions(path, "ex", missing_ok=True)
    second = load_decisions(path, "ex", missing_ok=True)
    mine, theirs = decision("s1"), decision("s2")
    assert first.change(path, [mine], []) is None
    assert second.change(path, [theirs], []) is None  # reads first's file before writing
    assert [d.trainee for d in read_decisions(path).document.decisions] == ["s1", "s2"]
    assert first.change(path, [], [mine]) is None  # an undo of the first window's decision
    assert [d.trainee for d in read_decisions(path).document.decisions] == ["s2"]


def test_a_file_turned_unreadable_is_not_written_over(tmp_path: Path):
    """Ensure a change refuses, with the reason, when the file on disk can no longer be read."""
    path = tmp_path / "ex.decisions.xml"
    book = load_decisions(path, "ex", missing_ok=True)
    book.change(path, [decision("s1")], [])
    path.write_text("<decisions", encoding="utf-8")
    problem = book.change(path, [decision("s2")], [])
    assert problem is not None and "ex.decisions.xml" in problem
    assert path.read_text(encoding="utf-8") == "<decisions"


def test_a_file_for_another_exercise_is_refused_in_one_line(tmp_path: Path):
    path = tmp_path / "ex.decisions.xml"
    save(DecisionsFile(exercise="other"), path)
    book = load_decisions(path, "ex")
    assert book.decisions == [] and "'other'" in book.problem and "\n" not in book.problem

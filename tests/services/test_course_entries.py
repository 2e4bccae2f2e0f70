"""The library's lists and a trainee's progress, without a window."""

from __future__ import annotations

from annotator import bundled
from annotator.core.model import Annotation, Trainee
from annotator.core.session import Session
from annotator.services.journal import Journal
from annotator.services.library import (
    Group,
    Status,
    course_entries,
    own_entries,
    progress_by_exercise,
)
from annotator.xmlio.readers import read_exercise

ANA = Trainee(id="s017", name="Ana Pérez")


def test_the_course_lists_worked_examples_first_then_by_level():
    entries = course_entries()
    assert [e.group for e in entries[:2]] == [Group.EXAMPLE, Group.EXAMPLE]
    levels = [e.level for e in entries if e.group is Group.COURSE]
    assert levels == sorted(levels) and len(entries) == len(bundled.bundled_exercises())


def test_bundled_exercises_are_not_listed_again_as_the_trainees_own():
    assert own_entries([bundled.first_exercise()]) == []


def test_unsaved_work_in_the_journal_is_in_progress_for_its_trainee_only(tmp_path):
    exercise = read_exercise(bundled.exercises_dir() / "millbrook-flood.exercise.xml").document
    session = Session(exercise, ANA, [Annotation(id="a1", category="claim", start=0, end=8,
                                                 quote=exercise.article.text[:8])])
    journal = Journal(tmp_path / "journal")
    journal.write(session)
    assert progress_by_exercise(ANA, [], journal)["millbrook-flood"].status is Status.IN_PROGRESS
    assert progress_by_exercise(Trainee(name="Luis"), [], journal) == {}
    assert progress_by_exercise(None, [], journal) == {}  # nobody has said who they are

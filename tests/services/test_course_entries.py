"""The library's lists and a trainee's progress, without a window."""

from __future__ import annotations

import shutil

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


def test_the_exercises_beside_one_are_what_it_may_pair_with(tmp_path):
    """Ensure the other exercises of the folder are listed once each (a student copy shares its
    exercise's id), the exercise itself and unreadable files are not, and a new exercise with
    no file has none."""
    from annotator.services.library import exercises_beside

    for name in ("huelga-castrelo-noticias", "huelga-castrelo-voz", "millbrook-flood"):
        shutil.copyfile(bundled.exercises_dir() / f"{name}.exercise.xml",
                        tmp_path / f"{name}.exercise.xml")
    shutil.copyfile(bundled.exercises_dir() / "millbrook-flood.exercise.xml",
                    tmp_path / "millbrook-flood.student.exercise.xml")
    (tmp_path / "broken.exercise.xml").write_text("<exercise", "utf-8")
    found = exercises_beside(tmp_path / "huelga-castrelo-noticias.exercise.xml")
    assert [exercise_id for exercise_id, _title in found] == [
        "huelga-castrelo-voz", "millbrook-flood"]
    assert dict(found)["huelga-castrelo-voz"].startswith("La huelga")
    assert exercises_beside(None) == []


def test_the_course_lists_what_reading_each_exercise_whole_says(tmp_path):
    """The package's exercises are listed from their first frames, without the models:
    the same entries as reading each copy (outside the package) whole."""
    by_path = {entry.path.name: entry for entry in course_entries()}
    for path in bundled.bundled_exercises():
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        whole = own_entries([copy])[0]  # a copy outside the package is read whole
        listed = by_path[path.name]
        assert (listed.id, listed.title, listed.language, listed.level, listed.minutes,
                listed.skills) == (whole.id, whole.title, whole.language, whole.level,
                                   whole.minutes, whole.skills)
        exercise = read_exercise(path).document
        assert listed.title == exercise.title

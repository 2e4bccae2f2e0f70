"""The recovery journal: atomic snapshots, found only by the trainee who made them."""

from __future__ import annotations

import os

import pytest

from annotator.bundled import first_exercise
from annotator.core.model import Trainee
from annotator.core.session import Session
from annotator.services.journal import Journal, identity
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.readers import read_exercise

ANA = Trainee(id="s017", name="Ana Pérez")
BEN = Trainee(id="s018", name="Ben Ortiz")


@pytest.fixture(scope="module")
def exercise():
    return read_exercise(first_exercise()).document.student_copy()


def _session(exercise, trainee=ANA, n=3):
    session = Session(exercise, trainee)
    for i in range(n):
        session.add(session.new_annotation("claim", 10 * i, 10 * i + 5, note=f"n{i}"))
    return session


def test_a_snapshot_comes_back_whole(exercise, tmp_path):
    """Ensure every annotation, note and path written is what load returns."""
    journal = Journal(tmp_path / "recovery")
    session = _session(exercise)
    journal.write(session, exercise_path="/x/e.exercise.xml", document_path="/x/s.submission.xml")
    entry = journal.load(ANA, exercise.id)
    assert entry.annotations == session.annotations
    assert entry.document_path == "/x/s.submission.xml"
    assert entry.exercise_sha256 == exercise.article.sha256


def test_another_trainee_is_never_offered_the_work(exercise, tmp_path):
    """Ensure a journal is keyed by who made it: another student finds nothing."""
    journal = Journal(tmp_path)
    journal.write(_session(exercise, ANA))
    assert journal.load(BEN, exercise.id) is None
    assert journal.load(Trainee(name="Ana Pérez"), exercise.id) is None  # id differs
    assert journal.load(None, exercise.id) is None
    assert journal.entries_for(BEN) == []
    assert len(journal.entries_for(ANA)) == 1


def test_identity_ignores_case_and_spacing(exercise, tmp_path):
    journal = Journal(tmp_path)
    journal.write(_session(exercise, ANA))
    same = Trainee(id=" S017 ", name="ana  pérez")
    assert identity(same) == identity(ANA)
    assert journal.load(same, exercise.id) is not None


def test_a_copied_journal_under_another_name_is_refused(exercise, tmp_path):
    """Ensure the contents are checked too, not only the file name."""
    journal = Journal(tmp_path)
    path = journal.write(_session(exercise, ANA))
    os.replace(path, journal.path_for(BEN, exercise.id))
    assert journal.load(BEN, exercise.id) is None


def test_discard_and_unreadable_files(exercise, tmp_path):
    journal = Journal(tmp_path)
    path = journal.write(_session(exercise))
    journal.discard(ANA, exercise.id)
    assert not path.exists()
    journal.discard(ANA, exercise.id)  # twice is fine
    path.write_text("{not json")
    assert journal.load(ANA, exercise.id) is None


def test_rewriting_replaces_the_snapshot_and_leaves_no_temp_files(exercise, tmp_path):
    journal = Journal(tmp_path)
    session = _session(exercise, n=1)
    journal.write(session)
    session.add(session.new_annotation("framing", 100, 110))
    journal.write(session)
    assert len(journal.load(ANA, exercise.id).annotations) == 2
    assert [p.name for p in tmp_path.iterdir()] == [journal.path_for(ANA, exercise.id).name]


def test_a_full_disk_raises_save_error_and_keeps_the_old_snapshot(exercise, tmp_path, monkeypatch):
    """Ensure a refused write reports and leaves the previous snapshot byte-identical."""
    journal = Journal(tmp_path)
    path = journal.write(_session(exercise, n=1))
    before = path.read_bytes()
    monkeypatch.setattr("annotator.xmlio.atomic.os.write", lambda fd, data: 0)
    with pytest.raises(SaveError):
        journal.write(_session(exercise, n=4))
    assert path.read_bytes() == before

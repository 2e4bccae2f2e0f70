"""One journal per window: an open window's journal is never offered to, nor deleted by,
another; a closed window's is taken over."""

from __future__ import annotations

from annotator.bundled import first_exercise
from annotator.core.model import Trainee
from annotator.core.session import Session
from annotator.services.journal import Journal
from annotator.xmlio.readers import read_exercise

ANA = Trainee(id="s017", name="Ana Pérez")
EXERCISE = read_exercise(first_exercise()).document.student_copy()


def session(n: int) -> Session:
    work = Session(EXERCISE, ANA)
    for i in range(n):
        work.add(work.new_annotation("claim", 10 * i, 10 * i + 5))
    return work


def test_two_windows_keep_two_journals_and_leave_each_other_alone(tmp_path):
    folder = tmp_path / "recovery"
    first, second = Journal(folder, window="w1"), Journal(folder, window="w2")
    first_path = first.write(session(2))
    second_path = second.write(session(3))
    assert first_path != second_path and first_path.exists() and second_path.exists()
    assert len(second.load(ANA, EXERCISE.id).annotations) == 3  # its own, not the first's
    assert second.open_elsewhere(ANA, EXERCISE.id) is not None
    second.discard(ANA, EXERCISE.id)
    assert first_path.exists() and not second_path.exists()
    assert second.load(ANA, EXERCISE.id) is None  # the first's is open elsewhere
    assert second.entries_for(ANA) == []


def test_a_closed_windows_journal_is_offered_and_deleted_once_taken_over(tmp_path):
    folder = tmp_path / "recovery"
    crashed = Journal(folder, window="w1")
    left = crashed.write(session(2))
    crashed.release()  # the window is gone (its process ended; here, it let go)
    later = Journal(folder, window="w3")
    assert later.open_elsewhere(ANA, EXERCISE.id) is None
    assert len(later.load(ANA, EXERCISE.id).annotations) == 2
    assert [len(e.annotations) for e in later.entries_for(ANA)] == [2]
    later.take_over(later.load(ANA, EXERCISE.id))  # restored in the window taking over
    later.discard(ANA, EXERCISE.id)  # and saved there
    assert not left.exists()
    assert list(folder.iterdir()) == []


def test_a_closed_windows_journal_not_taken_over_is_never_deleted(tmp_path):
    """Ensure a journal only looked at (say, made on another version of the article) stays
    when the window that found it discards its own."""
    folder = tmp_path / "recovery"
    crashed = Journal(folder, window="w1")
    left = crashed.write(session(2))
    crashed.release()
    later = Journal(folder, window="w3")
    assert later.load(ANA, EXERCISE.id) is not None
    later.discard(ANA, EXERCISE.id)
    assert left.exists()


def test_taking_over_the_newest_snapshot_takes_the_older_ones_of_the_same_work(tmp_path):
    """Ensure snapshots left by two crashed windows do not pile up once the newest is
    restored and saved: the older one is superseded and goes with it."""
    folder = tmp_path / "recovery"
    for window, count in (("w1", 1), ("w2", 2)):
        crashed = Journal(folder, window=window)
        crashed.write(session(count))
        crashed.release()
    later = Journal(folder, window="w3")
    newest = later.load(ANA, EXERCISE.id)
    assert len(newest.annotations) == 2
    later.take_over(newest)
    later.discard(ANA, EXERCISE.id)
    assert list(folder.iterdir()) == []


def test_of_two_snapshots_written_in_the_same_millisecond_the_later_is_the_newest(
        tmp_path, monkeypatch):
    """Two windows can write within one millisecond: the later snapshot must still win."""
    import datetime as clock

    ticks = iter(range(1, 20))  # 50 µs apart, all within one millisecond

    class SameMillisecond(clock.datetime):
        @classmethod
        def now(cls, tz=None):
            return clock.datetime(2026, 12, 6, 9, 0, 0, 50 * next(ticks), tzinfo=clock.UTC)

    monkeypatch.setattr(clock, "datetime", SameMillisecond)
    folder = tmp_path / "recovery"
    for window, count in (("w1", 1), ("w2", 2)):  # the later one sorts second by name
        crashed = Journal(folder, window=window)
        crashed.write(session(count))
        crashed.release()
    monkeypatch.undo()
    assert len(Journal(folder, window="w3").load(ANA, EXERCISE.id).annotations) == 2

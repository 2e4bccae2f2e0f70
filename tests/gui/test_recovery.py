"""Never losing work: the journal, a real kill -9, and recovery for its owner only."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.core.model import Trainee
from annotator.services.journal import Journal

CHILD = Path(__file__).with_name("recovery_child.py")
ANA = Trainee(id="s017", name="Ana Pérez")


def test_a_change_is_journaled_within_about_a_second(qtbot, window):
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    with qtbot.waitSignal(window.keeper.written, timeout=3000):
        pass
    entry = window.keeper.journal.load(ANA, "putin-kim-alaska")
    assert [a.quote for a in entry.annotations] == ["indicó el Kremlin"]
    assert "kept safe" in window.safety_label.text()


def test_recovery_is_offered_to_the_same_trainee_only(qtbot, make_window, exercise_path, prompts):
    first = make_window(exercise_path)
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    first.keeper.flush()
    first.keeper.detach()  # as if the process died here
    first.undo_stack.setClean()
    first.close()

    prompts.trainee = Trainee(id="s018", name="Ben Ortiz")
    other = make_window(exercise_path)
    assert "recovery" not in prompts.kinds()
    assert len(other.session) == 0
    other.close()

    prompts.trainee = ANA
    again = make_window(exercise_path)
    assert prompts.kinds()[-1] == "recovery"
    assert [a.quote for a in again.session.annotations] == ["indicó el Kremlin"]
    assert again.isWindowModified()
    again.undo_stack.undo()  # restoring is one undoable step
    assert len(again.session) == 0


def test_declining_recovery_discards_it(qtbot, make_window, exercise_path, prompts):
    first = make_window(exercise_path)
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    first.keeper.flush()
    first.keeper.detach()
    first.undo_stack.setClean()
    first.close()
    prompts.restore = False
    second = make_window(exercise_path)
    assert len(second.session) == 0
    assert Journal(second.keeper.journal.folder).load(ANA, "putin-kim-alaska") is None


def _read_line(child: subprocess.Popen, timeout: float) -> str:
    """The child's next line, or "" when it says nothing for that long (or exits)."""
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return ""
    return child.stdout.readline().decode().strip()


@pytest.mark.slow
def test_kill_9_loses_nothing_older_than_two_seconds(qtbot, make_window, exercise_path,
                                                      data_dir, prompts):
    """Ensure a SIGKILLed workspace is restored whole on the next start, for its trainee."""
    env = dict(os.environ, ANNOTATOR_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    errors = data_dir.parent / "child-stderr.txt"
    with errors.open("w") as child_errors:  # the child writes to its own copy
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(exercise_path), json.dumps(ANA.model_dump())],
            env=env, stdout=subprocess.PIPE, stderr=child_errors, bufsize=0,
        )  # unbuffered: a line read never swallows the next one, which select() waits for
    journal = Journal(data_dir / "recovery")

    def journaled() -> int:
        entry = journal.load(ANA, "putin-kim-alaska", others_open=True)  # the child is open
        return len(entry.annotations) if entry else 0

    try:
        for burst, expected in (("burst1", 3), ("burst2", 5)):
            line = _read_line(child, timeout=60)
            assert line == burst, errors.read_text(errors="replace")[-2000:]
            # Written by the keeper's one-second timer; the timeout only catches a hang
            # (how soon is the timer's job, not a stopwatch's on a busy machine).
            qtbot.waitUntil(lambda n=expected: journaled() == n, timeout=5000)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()

    prompts.trainee = Trainee(name="Ben Ortiz")
    stranger = make_window(exercise_path)
    assert "recovery" not in prompts.kinds() and len(stranger.session) == 0
    stranger.close()

    prompts.trainee = ANA
    window = make_window(exercise_path)
    assert prompts.kinds()[-1] == "recovery"
    quotes = [a.quote for a in window.session.annotations]
    assert sorted(quotes) == sorted([
        "indicó el Kremlin", "señaló el Kremlin", "Alianza geopolítica en desarrollo",
        "La Presidencia rusa concluyó", "Celebración compartida"])
    assert all(a.note == f"nota {a.quote[:5]}" for a in window.session.annotations)
    assert {a.category for a in window.session.annotations} == {"attribution"}
    assert window.isWindowModified()
    text = window.session.text
    assert all(text[a.start:a.end] == a.quote for a in window.session.annotations)


def test_start_up_offers_this_trainees_work_on_another_exercise(
        qtbot, make_window, exercise_path, prompts, tmp_path):
    """Ensure work on exercise B is offered when the app starts on exercise A."""
    other = tmp_path / "otra.exercise.xml"
    other.write_text(exercise_path.read_text(encoding="utf-8").replace(
        'id="putin-kim-alaska"', 'id="otra"'), encoding="utf-8")
    first = make_window(other)
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    first.keeper.flush()
    first.keeper.detach()
    first.undo_stack.setClean()
    first.close()
    window = make_window(exercise_path)
    assert prompts.kinds()[-1] == "recovery"
    assert window.session.exercise.id == "otra"
    assert [a.quote for a in window.session.annotations] == ["indicó el Kremlin"]
    assert prompts.kinds().count("trainee") == 2  # asked once per start, not again


def test_start_up_removes_stale_temp_files(make_window, exercise_path, data_dir):
    """Ensure temp files that killed saves left behind are cleaned at start-up."""
    stale = [exercise_path.parent / ".x.submission.xml.1.2.annotator-tmp",
             data_dir / "recovery" / ".y.journal.json.3.4.annotator-tmp"]
    fresh = exercise_path.parent / ".z.submission.xml.5.6.annotator-tmp"
    for path in [*stale, fresh]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    old = time.time() - 3600
    for path in stale:
        os.utime(path, (old, old))
    make_window(exercise_path)
    assert not any(p.exists() for p in stale)
    assert fresh.exists()  # maybe another window's save in progress: left alone

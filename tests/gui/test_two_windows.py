"""Two windows on one trainee's work: two real app processes, then windows in this process."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.services.journal import SUFFIX
from annotator.xmlio.readers import read_submission

CHILD = Path(__file__).with_name("two_windows_child.py")
ANA = {"id": "s017", "name": "Ana Pérez"}


def start(role: str, file: Path, save_to: Path, data_dir: Path, log: Path):
    env = dict(os.environ, ANNOTATOR_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    with log.open("w") as errors:  # the child writes to its own copy
        return subprocess.Popen(
            [sys.executable, str(CHILD), role, str(file), json.dumps(ANA), str(save_to)],
            env=env, stdout=subprocess.PIPE, stderr=errors, bufsize=0)


def read_line(child, log: Path, timeout: float = 90) -> str:
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    line = child.stdout.readline().decode().strip() if ready else ""
    assert line, log.read_text(errors="replace")[-3000:]
    return line


def test_a_second_app_on_the_same_work_is_told_opens_read_only_and_keeps_its_hands_off(
        qtbot, make_window, exercise_path, prompts, data_dir, tmp_path):
    """Ensure, with two real app processes on one trainee's submission, that the second is
    told which window holds it, cannot change it, saves only a copy, and on closing leaves
    the first one's journal; and that once the first is killed its work is recovered."""
    target = exercise_path.parent / "ana.submission.xml"
    copy = exercise_path.parent / "ana-copia.submission.xml"
    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    first = start("first", exercise_path, target, data_dir, first_log)
    second = None
    try:
        assert read_line(first, first_log) == "saved"
        journaled = read_line(first, first_log)
        assert journaled.startswith("journaled ")
        first_journal = Path(journaled.removeprefix("journaled "))
        assert first_journal.exists()
        saved_by_first = target.read_bytes()

        second = start("second", target, copy, data_dir, second_log)
        in_use = read_line(second, second_log)
        assert in_use.startswith("in_use ") and f"process {first.pid}" in in_use
        assert read_line(second, second_log) == "highlights 1"  # its mark was refused
        assert read_line(second, second_log) == "saved"
        assert second.wait(timeout=60) == 0, second_log.read_text(errors="replace")[-3000:]

        assert target.read_bytes() == saved_by_first  # the second never wrote the first's file
        assert [a.quote for a in read_submission(copy).document.annotations] == [
            "indicó el Kremlin"]
        assert first_journal.exists()  # closing the second left the first's journal alone
        journals = list((data_dir / "recovery").glob(f"*{SUFFIX}"))
        assert journals == [first_journal]  # one journal per window; the second's is gone

        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        for child in (first, second):
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()
            if child is not None:
                child.stdout.close()

    window = make_window(target)  # the first window crashed: its lock is stale
    assert "in_use" not in prompts.kinds() and prompts.kinds()[-1] == "recovery"
    assert sorted(a.quote for a in window.session.annotations) == [
        "indicó el Kremlin", "señaló el Kremlin"]
    assert window.save()
    assert not first_journal.exists()  # taken over, saved, so deleted
    assert len(read_submission(target).document.annotations) == 2


def test_a_second_window_may_work_on_a_copy_and_never_save_over_the_first(
        qtbot, make_window, exercise_path, prompts, tmp_path):
    """Ensure that in one process too, a second window on a held submission is asked, that
    a copy is editable, and that saving it over the held file is refused with the holder."""
    target = tmp_path / "mine.submission.xml"
    first = make_window(exercise_path)
    prompts.save_to = target
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    assert first.save()
    held = target.read_bytes()

    prompts.in_use = "copy"
    second = make_window(target)
    assert prompts.kinds()[-1] == "in_use"
    assert "another annotator window" in prompts.asked[-1][1]
    assert second.document_path is None and len(second.session) == 1
    mark(qtbot, second, "señaló el Kremlin", Qt.Key_2)
    assert len(second.session) == 2
    prompts.save_to = target  # the held file: refused, nothing written
    assert not second.save()
    assert "is open in another annotator window" in prompts.asked[-1][1]
    assert target.read_bytes() == held
    prompts.save_to = tmp_path / "copia.submission.xml"
    assert second.save()
    assert len(read_submission(prompts.save_to).document.annotations) == 2

    first.close()
    prompts.in_use = None
    third = make_window(target)  # the first closed: its lock went with it
    assert "in_use" not in prompts.kinds()[-1:]
    assert third.work_lock is not None and third.work_lock.held


def test_read_only_refuses_every_edit_and_saving_makes_a_copy(
        qtbot, make_window, exercise_path, prompts, tmp_path):
    target = tmp_path / "mine.submission.xml"
    first = make_window(exercise_path)
    prompts.save_to = target
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    assert first.save()
    prompts.in_use = "read_only"
    second = make_window(target)
    assert second.read_only
    mark(qtbot, second, "señaló el Kremlin", Qt.Key_2)
    second.panel.table.selectRow(0)
    second.delete_current()
    second.change_category([second.session.annotations[0].id], "claim")
    second._request_edit(second.session.annotations[0].id, {"note": "no"})
    assert [(a.category, a.note) for a in second.session.annotations] == [("attribution", None)]
    assert not second.isWindowModified()
    assert "Read-only" in second.statusBar().currentMessage()
    prompts.save_to = tmp_path / "copia.submission.xml"
    assert second.save()  # Save in read-only asks for a new name: a copy
    assert not second.read_only and second.document_path == prompts.save_to


def test_a_read_only_window_says_so_in_its_title_and_its_notes_cannot_be_edited(
        qtbot, make_window, exercise_path, prompts, tmp_path):
    from annotator.gui.annotation_panel import NOTE

    target = tmp_path / "mine.submission.xml"
    first = make_window(exercise_path)
    prompts.save_to = target
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    assert first.save()
    prompts.in_use = "read_only"
    second = make_window(target)
    assert "(read-only)" in second.windowTitle()
    model = second.panel.model
    assert not model.flags(model.index(0, NOTE)) & Qt.ItemIsEditable
    prompts.save_to = tmp_path / "copia.submission.xml"
    assert second.save()
    assert "(read-only)" not in second.windowTitle()
    assert model.flags(model.index(0, NOTE)) & Qt.ItemIsEditable


def test_a_screenshot_of_a_submission_leaves_no_lock_behind(
        qtbot, make_window, exercise_path, prompts, tmp_path, data_dir):
    """Ensure the --screenshot door, which only looks, takes no lock (and leaves none)."""
    import subprocess
    import sys

    target = exercise_path.parent / "mine.submission.xml"
    first = make_window(exercise_path)
    prompts.save_to = target
    mark(qtbot, first, "indicó el Kremlin", Qt.Key_2)
    assert first.save()
    first.close()
    env = dict(os.environ, ANNOTATOR_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "annotator", str(target), "--screenshot",
         str(tmp_path / "shot.png")], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in exercise_path.parent.iterdir() if p.name.startswith(".")) == []

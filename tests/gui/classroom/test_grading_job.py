"""Grading in the background: progress that moves, a window that answers, Cancel that stops."""

from __future__ import annotations

import shutil
import threading

import pytest

FILES = 200


@pytest.fixture
def big_folder(tmp_path, class_folder):
    """Two hundred readable files (copies of one trainee's, each in its own name)."""
    folder = tmp_path / "many"
    folder.mkdir()
    source = class_folder / "0001-ana.submission.xml"
    for number in range(FILES):
        shutil.copyfile(source, folder / f"copy-{number:03d}.submission.xml")
    return folder


def test_progress_is_throttled_and_the_grading_runs_off_the_window_thread(
    qtbot, make_class_window, key_path, big_folder, monkeypatch
):
    """Ensure progress reaches the end in far fewer signals than files, the bar shows it,
    and the files are graded on another thread than the window's, so it keeps answering.

    How long the window may go without answering is timed in
    benchmarks/class_window.py, not here.
    """
    from annotator.gui.classroom import grading_job

    graded_on: list[int] = []
    real_grade_class = grading_job.grade_class

    def grade_class(*args, **kwargs):
        graded_on.append(threading.get_ident())
        return real_grade_class(*args, **kwargs)

    monkeypatch.setattr(grading_job, "grade_class", grade_class)
    window = make_class_window()
    reports: list[tuple[int, int]] = []
    window.grading.progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(window.grading.finished, timeout=30000):
        window.open_class(key_path, [big_folder])
        assert window.progress.isVisible() and window.cancel_button.isVisible()
        assert not window.csv_action.isEnabled()
    assert reports[-1] == (FILES, FILES)
    assert len(reports) < FILES / 2
    assert graded_on and threading.get_ident() not in graded_on
    assert not window.progress.isVisible()
    assert window.gradebook.model.rowCount() == 1  # one trainee: the newest copy wins


def test_cancel_stops_grading_and_keeps_the_window_usable(
    qtbot, make_class_window, key_path, big_folder
):
    """Ensure Esc during grading cancels it: no result, a message, and Open works again."""
    window = make_class_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.grading.cancelled, timeout=30000):
        window.open_class(key_path, [big_folder])
        window.cancel_action.trigger()
    assert window.result is None
    assert "cancelled" in window.subtitle_label.text()
    assert window.open_action.isEnabled() and window.regrade_action.isEnabled()


def test_closing_the_window_while_grading_stops_the_worker(
    qtbot, make_class_window, key_path, big_folder
):
    """Ensure closing mid-run waits for the worker thread: nothing runs on after the window."""
    window = make_class_window()
    window.open_class(key_path, [big_folder])
    worker = window.grading._worker
    window.close()
    assert worker.isFinished()

"""Grading in the background: progress that moves, a window that answers, Cancel that stops."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import QTimer

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


def test_progress_is_throttled_and_the_window_keeps_answering(
    qtbot, make_class_window, key_path, big_folder
):
    """Ensure progress reaches the end in far fewer signals than files, the bar shows it,
    and the window's event loop is never blocked for long while the worker grades."""
    window = make_class_window()
    reports: list[tuple[int, int]] = []
    window.grading.progressed.connect(lambda done, total: reports.append((done, total)))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    started = time.perf_counter()
    with qtbot.waitSignal(window.grading.finished, timeout=30000):
        window.open_class(key_path, [big_folder])
        assert window.progress.isVisible() and window.cancel_button.isVisible()
        assert not window.csv_action.isEnabled()
    timer.stop()
    elapsed = time.perf_counter() - started
    assert reports[-1] == (FILES, FILES)
    assert len(reports) < FILES / 2
    # Grading in the window's thread would leave one gap as long as the whole grading; a
    # share of it (not a fixed time, which a busy machine breaks) tells the two apart.
    assert max(gaps) < max(elapsed / 3, 0.5)
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

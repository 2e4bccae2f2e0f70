"""The cycle collector waits while a window starts (annotator/collector.py)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from annotator import bundled, collector

# Runs the real start from main(), counting collections until the event loop would
# begin; the loop itself is not run: the probe reports and leaves.
PROBE = """
import gc, sys
from PySide6.QtWidgets import QApplication
from annotator.gui.trainee_dialog import TraineeDialog
def answer(dialog):  # the trainee's name, as a first start asks it
    dialog.name.setText("Probe")
    return 1
TraineeDialog.exec = answer
runs, started = [], []
gc.callbacks.append(lambda phase, info: phase == "start" and started and runs.append(1))
def report(app):
    print("collections before the loop:", len(runs))
    print("collector on:", gc.isenabled(), "start frozen:", gc.get_freeze_count() > 0)
    return 0
QApplication.exec = report
from annotator.cli import main
started.append(True)
sys.exit(main(sys.argv[1:]))
"""

def _start(tmp_path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_no_collection_runs_while_the_window_starts_and_it_runs_again_after(tmp_path):
    out = _start(tmp_path, str(bundled.first_exercise()))
    assert "collections before the loop: 0" in out
    assert "collector on: True start frozen: True" in out


def test_the_library_page_starts_the_same_way(tmp_path):
    out = _start(tmp_path)
    assert "collections before the loop: 0" in out
    assert "collector on: True" in out


def test_a_picture_taken_in_process_gives_the_collector_back(qapp, tmp_path, monkeypatch):
    """Scripts and tests call main() in their own process: it must not leave gc off."""
    from annotator.cli import main

    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path))
    assert main(["--screenshot", str(tmp_path / "a.png"), str(bundled.first_exercise())]) == 0
    assert gc.isenabled()


def test_ending_a_pause_that_did_not_begin_changes_nothing():
    frozen = gc.get_freeze_count()
    collector.resume(collector.WINDOW_START)
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_class_being_graded_keeps_it_paused_when_the_start_is_over():
    """``annotator --class KEY FILES`` grades while the window starts: the start's end
    must not wake the collector in the middle of the grading."""
    from annotator.gui.classroom.grading_job import GRADING

    try:
        collector.pause(collector.WINDOW_START)
        collector.pause(GRADING)
        collector.resume(collector.WINDOW_START)
        assert not gc.isenabled()
        collector.resume(GRADING)
        assert gc.isenabled()
    finally:
        collector.resume(collector.WINDOW_START)
        collector.resume(GRADING)

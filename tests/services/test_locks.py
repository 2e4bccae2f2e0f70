"""Lock files: one holder at a time, named; a dead holder's lock is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from annotator.services.locks import Lock, lock_path_for, process_started, read_holder


def test_a_second_lock_is_refused_and_told_who_holds_it(tmp_path):
    target = tmp_path / "mine.submission.xml"
    first, second = Lock(target, what="Ana"), Lock(target)
    assert first.acquire() is None and first.held
    holder = second.acquire()
    assert holder is not None and holder.pid == os.getpid() and holder.what == "Ana"
    assert not second.held
    first.release()
    assert not lock_path_for(target).exists()
    assert second.acquire() is None
    second.release()


def test_the_lock_of_a_process_that_is_gone_is_taken_over(tmp_path):
    """Ensure a lock left by a killed process (its pid no longer runs) is stale."""
    target = tmp_path / "mine.submission.xml"
    child = subprocess.run(
        [sys.executable, "-c", "from annotator.services.locks import Lock; import sys; "
         "Lock(sys.argv[1]).acquire()", str(target)], check=True, timeout=60)
    assert child.returncode == 0
    left = read_holder(lock_path_for(target))
    assert left is not None and left.pid != os.getpid()
    mine = Lock(target)
    assert mine.acquire() is None
    assert read_holder(lock_path_for(target)).token == mine.token


def test_a_lock_on_another_computer_counts_as_held_and_one_window_reacquires_its_own(tmp_path):
    target = tmp_path / "mine.submission.xml"
    lock_path_for(target).write_text(json.dumps(
        {"pid": 1, "host": "another-computer", "since": "2025-08-12 10:15", "token": "x"}),
        encoding="utf-8")
    holder = Lock(target).acquire()
    assert holder is not None and holder.host == "another-computer"
    lock_path_for(target).unlink()
    mine = Lock(target, token="w1")
    assert mine.acquire() is None
    again = Lock(target, token="w1")  # the same window, reopening its file
    assert again.acquire() is None and again.held


def test_a_process_id_reused_by_another_program_does_not_hold_the_lock(tmp_path):
    """Ensure a lock naming a running process whose start time differs (its id was reused
    after a crash) is stale, where the system says when processes started."""
    other = os.getppid()
    if not process_started(other):
        pytest.skip("this system does not say when a process started")
    target = tmp_path / "mine.submission.xml"
    for started, held in ((process_started(other), True), ("1", False)):
        lock_path_for(target).write_text(json.dumps(
            {"pid": other, "host": socket.gethostname(), "since": "2025-08-12 10:15",
             "token": "x", "started": started}), encoding="utf-8")
        mine = Lock(target)
        assert (mine.acquire() is not None) == held
        mine.release()

"""The journal's disk work runs on its own thread: marking never waits for a slow disk,
and nothing that reads or deletes the journal races a write still in flight."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.xmlio.atomic import SaveError


def _slow_disk(keeper, monkeypatch):
    """Make the journal's writes wait until ``release`` is set; ``started`` says one began."""
    journal = keeper._journal
    real = journal.write_bytes
    started, release, threads = threading.Event(), threading.Event(), []

    def write_bytes(path, data):
        threads.append(threading.get_ident())
        started.set()
        assert release.wait(20), "the test never let the write finish"
        return real(path, data)

    monkeypatch.setattr(journal, "write_bytes", write_bytes)
    return started, release, threads


def test_marking_goes_on_while_the_journal_waits_for_the_disk(qtbot, window, monkeypatch):
    started, release, threads = _slow_disk(window.keeper, monkeypatch)
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    qtbot.waitUntil(started.is_set, timeout=5000)  # the timer's write began, and hangs
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)  # the window still answers
    assert len(window.session) == 2
    assert threads and threading.get_ident() not in threads
    with qtbot.waitSignal(window.keeper.written, timeout=5000):
        release.set()
    with qtbot.waitSignal(window.keeper.written, timeout=5000):
        pass  # the second change gets its own write
    entry = window.keeper.journal.load(window.session.trainee, window.session.exercise.id)
    assert len(entry.annotations) == 2


def test_a_discard_waits_for_the_write_in_flight(qtbot, window, monkeypatch):
    """Ensure a write that lands late can never bring back a journal just deleted."""
    started, release, _ = _slow_disk(window.keeper, monkeypatch)
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    qtbot.waitUntil(started.is_set, timeout=5000)
    path = window.keeper._journal.path_for(window.session.trainee, window.session.exercise.id)
    threading.Timer(0.3, release.set).start()  # the disk answers while discard waits
    window.keeper.discard()
    assert not path.exists()
    qtbot.wait(200)  # the write's late news, if any, arrives now
    assert not path.exists()


def test_a_refused_background_write_is_said_and_a_flush_writes_it(qtbot, window, monkeypatch):
    journal = window.keeper._journal
    real = journal.write_bytes
    refusals = [SaveError(journal.folder, "the disk is full")]

    def write_bytes(path, data):
        if refusals:
            raise refusals.pop()
        return real(path, data)

    monkeypatch.setattr(journal, "write_bytes", write_bytes)
    with qtbot.waitSignal(window.keeper.failed, timeout=5000):
        mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.keeper.failure is not None and window.keeper.pending
    assert window.keeper.flush()  # the save path's explicit write: here, now, and it works
    assert window.keeper.failure is None and not window.keeper.pending
    entry = window.keeper.journal.load(window.session.trainee, window.session.exercise.id)
    assert [a.quote for a in entry.annotations] == ["indicó el Kremlin"]

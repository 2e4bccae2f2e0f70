"""The trainee window around its saves: leftovers of killed saves, the journal on a full disk,
files changed on disk, limits of the format."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.xmlio.atomic import TEMP_SUFFIX


def test_saving_into_a_folder_clears_stale_temp_files_of_ours(qtbot, window, prompts, tmp_path):
    """Ensure a save from the window removes the temp file a killed save left there."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    stale = folder / f".mine.submission.xml.77.88{TEMP_SUFFIX}"
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    prompts.save_to = folder / "mine.submission.xml"
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.save()
    assert not stale.exists()
    assert prompts.save_to.exists()


def test_a_full_disk_for_the_journal_too_is_said_and_stays_said(
        qtbot, window, prompts, tmp_path, monkeypatch):
    """Ensure that when neither the file nor the journal can be written, the dialog does not
    promise recovery, and the status bar keeps the warning until a journal write succeeds."""
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    monkeypatch.setattr("annotator.xmlio.atomic.os.write", lambda fd, data: 0)  # disk full
    prompts.save_to = tmp_path / "mine.submission.xml"
    assert not window.save_as()
    said = prompts.asked[-1][1]
    assert "could not be kept for recovery" in said and "kept for recovery. Try" not in said
    warning = "cannot be kept for recovery"
    assert warning in window.safety_label.text()
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)
    window.statusBar().showMessage("Something else", 1000)
    window._update_safety()
    assert warning in window.safety_label.text() and window.safety_label.isVisible()
    monkeypatch.undo()
    assert window.keeper.flush()
    assert "kept safe for recovery" in window.safety_label.text()

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

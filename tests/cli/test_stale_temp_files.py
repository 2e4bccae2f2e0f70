"""Every command that writes cleans the temp files killed saves left in its folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator import bundled
from annotator.core.model import Submission
from annotator.xmlio.atomic import TEMP_SUFFIX
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

EXERCISE_NAME = "putin-kim-alaska.exercise.xml"


def plant(folder: Path) -> tuple[Path, Path]:
    """A temp file of ours an hour old, and a file of someone else's with a similar name."""
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / f".gradebook.csv.999.123456789{TEMP_SUFFIX}"
    theirs = folder / "notes.annotator-tmp.txt"
    for path in (stale, theirs):
        path.write_bytes(b"half a file")
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    return stale, theirs


COMMANDS = {
    "grade --graded-dir": (["grade", "--key", EXERCISE_NAME, "--graded-dir", "out",
                            "--csv", "out/notes.csv", "empty.submission.xml"]),
    "report": (["report", "--key", EXERCISE_NAME, "--out", "out", "--no-pdf",
                "empty.submission.xml"]),
    "import-text": (["import-text", "-o", "out/new.exercise.xml", "article.txt"]),
    "import-html": (["import-html", "-o", "out/new.exercise.xml", "page.html"]),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_each_writing_command_clears_stale_temp_files_where_it_writes(tmp_path, command):
    """Ensure a kill's leftover in the output folder is gone after the command, and nothing
    that is not ours by name is touched."""
    shutil.copyfile(bundled.first_exercise(), tmp_path / EXERCISE_NAME)
    exercise = read_exercise(tmp_path / EXERCISE_NAME).document
    save(Submission(exercise=exercise.id, exercise_version="1",
                    text_sha256=exercise.article.sha256, annotations=[]),
         tmp_path / "empty.submission.xml")
    (tmp_path / "article.txt").write_text("Titular\nUn párrafo.\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<html><body><article><h1>Titular</h1><p>Un párrafo con texto suficiente para "
        "ser un artículo.</p></article></body></html>", encoding="utf-8")
    stale, theirs = plant(tmp_path / "out")
    result = subprocess.run([sys.executable, "-m", "annotator", *COMMANDS[command]],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert not stale.exists()
    assert theirs.exists()

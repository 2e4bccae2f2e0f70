"""Start-up: what the first paint of the bundled exercise needs, and nothing more.

The timing lives in ``benchmarks/workspace.py``; these tests keep the work
off the start path from creeping back (the validators, the cipher, the
grapheme tables, the grader, the dialogs), and keep trust to the package's own exercises.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from annotator import bundled
from annotator.bundled import is_bundled
from annotator.gui.opening import open_document
from annotator.xmlio.errors import FormatError

START = """
import json, sys
from annotator.bundled import first_exercise
from annotator.core import model
from annotator.gui.application import make_app
from annotator.gui.main_window import MainWindow
from annotator.gui.prompts import NoPrompts

app = make_app()
window = MainWindow(prompts=NoPrompts(), interactive=False)
assert window.start(first_exercise()) == "opened"
window.show()
app.processEvents()
built = sorted(name for name in dir(model)
               if getattr(getattr(model, name), "__pydantic_complete__", False))
later = ("cryptography", "regex", "annotator.core.grading", "annotator.gui.trainee_dialog",
         "annotator.gui.comparison_view")
loaded = sorted(name for name in later if name in sys.modules)
print(json.dumps({"built": built, "loaded": loaded,
                  "check": window.comparison.check_action.isEnabled()}))
"""


def test_opening_the_first_exercise_builds_no_validator_and_loads_no_cipher(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["built"] == [], "pydantic validators built on the way to the first paint"
    assert found["loaded"] == [], "loaded before anything needs it"
    assert found["check"], "the key is there: Check my work is offered"


def test_only_the_package_folder_is_trusted(tmp_path):
    assert is_bundled(bundled.first_exercise())
    copy = tmp_path / bundled.first_exercise().name
    shutil.copy(bundled.first_exercise(), copy)
    assert not is_bundled(copy)


def test_a_broken_copy_elsewhere_is_still_refused_in_one_line(tmp_path):
    """A copy of a bundled exercise, out of the package, gets every check formats.md asks."""
    copy = tmp_path / bundled.first_exercise().name
    text = bundled.first_exercise().read_text(encoding="utf-8")
    copy.write_text(text.replace('color="#', 'color="#zz', 1), encoding="utf-8")
    with pytest.raises(FormatError) as refused:
        open_document(copy, [], lambda *_: None)
    assert str(copy) in str(refused.value) and "\n" not in str(refused.value)


def test_a_check_still_names_the_key_it_was_made_with(qtbot, tmp_path):
    """The key's hash is worked out at the first check now, not at start: same value."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.prompts import NoPrompts
    from annotator.services import sealing
    from annotator.xmlio.readers import read_exercise

    window = MainWindow(prompts=NoPrompts(), interactive=False)
    qtbot.addWidget(window)
    window.start(bundled.first_exercise())
    expected = sealing.key_sha256(read_exercise(bundled.first_exercise()).document)
    assert window.hand_in.key_sha256 == expected

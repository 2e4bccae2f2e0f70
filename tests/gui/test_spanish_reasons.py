"""Reasons from the Qt-free layers reach a Spanish window in Spanish, naming the file."""

from __future__ import annotations

import shutil

import pytest
from spanish_walk import untranslated

from annotator.core.model import Annotation, Submission, Trainee
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

NAMESPACE = "urn:x-annotator:1"
BROKEN = {
    "not-well-formed": (b"<?xml version='1.0'?>\n<exercise><title>x</exercise>",
                        "el XML está mal formado"),
    "wrong-namespace": (b"<?xml version='1.0'?>\n<exercise xmlns='urn:x-otro:1' format='1'/>",
                        "espacio de nombres desconocido"),
    "schema-violation": (f"<?xml version='1.0'?>\n<exercise xmlns='{NAMESPACE}' format='1' "
                         "id='x' onload='y'/>".encode(), "no está permitido"),
}


def _spanish(message: str) -> None:
    assert untranslated(message, []) is None, message


@pytest.fixture
def spanish_window(qtbot, prompts, exercise_path):
    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language="es")
    qtbot.addWidget(window)
    assert window.start(exercise_path) == "opened"
    return window


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_is_refused_in_spanish_naming_the_file(
    spanish_window, prompts, tmp_path, case
):
    """Ensure the 'cannot open' dialog gives one Spanish line that starts with the file."""
    data, words = BROKEN[case]
    path = tmp_path / f"{case}.exercise.xml"
    path.write_bytes(data)
    assert spanish_window.open_path(path) == "failed"
    (message,) = [m for kind, m in prompts.asked if kind == "error"]
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert words in message
    _spanish(message)


def test_a_repaired_submission_is_reported_in_spanish(spanish_window, tmp_path, exercise_path):
    """Ensure re-anchoring notices in the status bar are Spanish."""
    exercise = read_exercise(exercise_path).document
    session_text = exercise.article.text
    quote = "Alianza geopolítica en desarrollo"
    start = session_text.index(quote)
    submission = Submission(
        exercise=exercise.id, text_sha256=exercise.article.sha256,
        trainee=Trainee(id="s017", name="Ana Pérez"),
        annotations=[Annotation(id="a1", category="framing", start=start + 3,
                                end=start + 3 + len(quote), quote=quote)],
    )
    path = exercise_path.parent / "ana.submission.xml"
    save(submission, path)
    assert spanish_window.open_path(path) == "opened"
    status = spanish_window.statusBar().currentMessage()
    assert "subrayado a1 recolocado según su cita" in status
    _spanish(status)


def test_a_save_failure_gives_the_spanish_reason(spanish_window, prompts, tmp_path):
    """Ensure a save that the system refuses says why in Spanish."""
    assert not spanish_window._write(tmp_path / "no-such-folder" / "ana.submission.xml")
    (message,) = [m for kind, m in prompts.asked if kind == "error"]
    assert "no se puede escribir en" in message
    assert "no existe el archivo o la carpeta" in message


def test_the_authoring_window_says_import_notes_and_refusals_in_spanish(qtbot, tmp_path):
    """Ensure what an import left out, and why a page cannot be used, read in Spanish."""
    from authoring.conftest import PAGES, ScriptedAuthoringPrompts

    from annotator.gui.authoring.window import AuthoringWindow

    scripted = ScriptedAuthoringPrompts()
    window = AuthoringWindow(prompts=scripted, language="es")
    qtbot.addWidget(window)
    page = tmp_path / "harbour-council.html"
    shutil.copyfile(PAGES / "harbour-council.en.html", page)
    assert window.open_path(page)
    notes = window.block_editor.notes.text()
    assert notes and "dropped" not in notes
    assert "navegación" in notes or "publicidad" in notes, notes
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"<html><body><nav>Menu</nav></body></html>")
    scripted.unsaved = "discard"
    assert not window.open_path(empty)
    assert scripted.errors()[-1] == (
        f"{empty}: no se encontró el texto de la noticia en la página"
    )
    broken = tmp_path / "broken.exercise.xml"
    broken.write_bytes(BROKEN["wrong-namespace"][0])
    assert not window.open_path(broken)
    assert scripted.errors()[-1].startswith(f"{broken}: espacio de nombres desconocido")


def test_the_same_failures_stay_english_in_an_english_window(qtbot, prompts, exercise_path,
                                                              tmp_path):
    """Ensure English windows (and so the command line's words) are unchanged."""
    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language="en")
    qtbot.addWidget(window)
    assert window.start(exercise_path) == "opened"
    path = tmp_path / "x.exercise.xml"
    path.write_bytes(BROKEN["wrong-namespace"][0])
    assert window.open_path(path) == "failed"
    (message,) = [m for kind, m in prompts.asked if kind == "error"]
    assert message == f"{path}: unknown namespace 'urn:x-otro:1'; expected 'urn:x-annotator:1'"



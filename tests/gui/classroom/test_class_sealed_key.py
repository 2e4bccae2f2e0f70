"""A class graded with a sealed student copy as its key: the window asks for the release code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from annotator.bundled import first_exercise
from annotator.cli import main
from annotator.services import sealing
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

CODE = "luna-campo-verde-salto"


@pytest.fixture
def sealed_key(tmp_path) -> Path:
    """The first exercise as handed to trainees: its key sealed with a known code."""
    path = tmp_path / "sealed.exercise.xml"
    save(sealing.seal(read_exercise(first_exercise()).document, CODE).student, path)
    return path


def release_codes(prompts) -> list[tuple]:
    return [a for a in prompts.asked if a[0] == "code"]


@pytest.fixture
def coded_prompts(class_prompts):
    """The class prompts, answering the release-code question from a list of answers."""
    answers: list[str | None] = []

    def release_code(parent, key):
        class_prompts.asked.append(("code", Path(key).name))
        return answers.pop(0) if answers else None

    class_prompts.release_code = release_code
    class_prompts.code_answers = answers
    return class_prompts


def test_the_window_asks_for_the_code_once_and_grades_with_it(
        qtbot, make_class_window, coded_prompts, sealed_key, class_folder):
    """Ensure a sealed key is opened with the code typed, and grading again keeps it."""
    coded_prompts.code_answers.append(CODE)
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(sealed_key, [class_folder])
    assert release_codes(coded_prompts) == [("code", "sealed.exercise.xml")]
    assert window.gradebook.model.rowCount() == 12
    assert window.result.graded.key.sha256 == sealing.key_sha256(
        read_exercise(first_exercise()).document)  # the key named as the clear one is
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.regrade()
    assert len(release_codes(coded_prompts)) == 1
    assert not coded_prompts.errors()


def test_a_wrong_code_is_refused_in_one_line_and_asked_for_again(
        qtbot, make_class_window, coded_prompts, sealed_key, class_folder):
    coded_prompts.code_answers.extend(["mar-sol-rio-pan", CODE])
    window = make_class_window()
    with qtbot.waitSignal(window.grading.failed, timeout=20000):
        window.open_class(sealed_key, [class_folder])
    (error,) = coded_prompts.errors()
    assert error == f"{sealed_key}: This code does not open the key"
    assert window.result is None
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.regrade()
    assert len(release_codes(coded_prompts)) == 2
    assert window.gradebook.model.rowCount() == 12


def test_no_code_leaves_the_window_saying_what_to_do(
        qtbot, make_class_window, coded_prompts, sealed_key, class_folder):
    """Ensure cancelling the question grades nothing, shows no error box, and says in the
    window how to go on."""
    window = make_class_window()
    with qtbot.waitSignal(window.grading.locked, timeout=20000):
        window.open_class(sealed_key, [class_folder])
    qtbot.waitUntil(lambda: window.regrade_action.isEnabled())
    assert window.result is None and not coded_prompts.errors()
    said = window.subtitle_label.text()
    assert said.startswith("The key in sealed.exercise.xml is sealed.")
    assert "release code" in said


def test_the_command_line_takes_the_release_code(qapp, tmp_path, sealed_key, class_folder,
                                                 capsys):
    """Ensure `annotator --class COPY FOLDER --screenshot OUT` names --release-code without
    one, fails with a wrong one, and grades with the right one."""
    out = tmp_path / "class.png"
    command = ["--class", str(sealed_key), str(class_folder), "--screenshot", str(out),
               "--language", "en"]
    assert main(command) == 1
    assert "the key is sealed; give the release code with --release-code" in (
        capsys.readouterr().err)
    assert main([*command, "--release-code", "mar-sol-rio-pan"]) == 1
    assert "This code does not open the key" in capsys.readouterr().err
    assert not out.exists()
    assert main([*command, "--release-code", CODE.upper().replace("-", " ")]) == 0
    assert QImage(str(out)).width() == 1280

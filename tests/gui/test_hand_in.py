"""Hand in first, then check: the trainee window under each check policy (attempts.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.services import sealing
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

CODE = "luna-campo-verde-salto"
MARKS = (("Alianza geopolítica en desarrollo", Qt.Key_3), ("informó en Telegram el Kremlin",
                                                          Qt.Key_2))


def _with_policy(source: Path, policy: str):
    exercise = read_exercise(source).document
    return exercise.model_copy(update={
        "grading": exercise.grading.model_copy(update={"check": policy})})


@pytest.fixture
def sealed_copy(exercise_path) -> Path:
    """An after-hand-in exercise sealed with a known code, as handed to trainees."""
    made = sealing.seal(_with_policy(exercise_path, "after-hand-in"), CODE)
    path = exercise_path.with_name("sealed.exercise.xml")
    save(made.student, path)
    return path


def _press_check(qtbot, window) -> None:
    qtbot.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)


def _key_visible_anywhere(window) -> bool:
    """Whether any way the window offers shows the key: check mode, authoring, class window."""
    return (window.comparison.active or window.comparison.check_action.isEnabled()
            or window.edit_exercise_action.isEnabled() or window.grade_class_action.isEnabled())


def test_a_sealed_after_hand_in_copy_opens_only_after_hand_in_and_the_code(
        qtbot, make_window, prompts, sealed_copy, tmp_path):
    """Ensure: Check disabled with the reason → mark → hand in → a wrong code refused → the
    right code → Check shows the comparison; the saved file holds attempt 1 and the check."""
    window = make_window(sealed_copy)
    check = window.comparison.check_action
    assert not check.isEnabled()
    assert "after you hand it in" in check.toolTip() and "code" in check.toolTip()
    assert "You can check your work after you hand it in." in window.hand_in.history_label.text()
    assert window.hand_in.unlock_action.isVisible()
    _press_check(qtbot, window)
    assert not window.comparison.active and not _key_visible_anywhere(window)

    for quote, key in MARKS:
        mark(qtbot, window, quote, key)
    submission = tmp_path / "mine.submission.xml"
    prompts.save_to = submission
    qtbot.keyClick(window.view, Qt.Key_H, Qt.ControlModifier | Qt.ShiftModifier)
    assert ("hand in", 2, 1) in prompts.asked
    assert "Attempt 1, handed in at" in window.hand_in.history_label.text()
    assert "Attempt 1 handed in" in window.statusBar().currentMessage()
    saved = read_submission(submission).document
    assert [a.n for a in saved.attempts] == [1] and len(saved.attempts[0].annotations) == 2
    assert not check.isEnabled() and "code" in check.toolTip()  # still locked
    assert not _key_visible_anywhere(window)

    prompts.codes = ["luna campo verde salta"]
    qtbot.keyClick(window.view, Qt.Key_U, Qt.ControlModifier | Qt.ShiftModifier)
    assert prompts.asked[-1] == ("error", "This code does not open the key")
    assert not check.isEnabled() and not _key_visible_anywhere(window)

    prompts.codes = ["  Luna CAMPO verde  Salto "]
    qtbot.keyClick(window.view, Qt.Key_U, Qt.ControlModifier | Qt.ShiftModifier)
    assert check.isEnabled()
    with qtbot.waitSignal(window.comparison.toggled, timeout=3000):
        _press_check(qtbot, window)
    verdicts = {o.key.id: o.verdict for o in window.comparison.result.key_outcomes}
    assert verdicts["k1"] == verdicts["k6"] == "found"

    saved = read_submission(submission).document
    assert [a.n for a in saved.attempts] == [1]
    assert len(saved.checks) == 1
    only = saved.checks[0]
    assert (only.attempt, only.unlocked) == (1, True)
    assert only.key_sha256 == read_exercise(sealed_copy).document.sealed_key.key_sha256
    text = submission.read_text(encoding="utf-8")
    assert CODE not in text and "salto" not in text.lower()


def test_after_hand_in_with_the_key_in_the_clear_waits_for_a_hand_in(
        qtbot, make_window, prompts, exercise_path, tmp_path):
    path = exercise_path.with_name("strict.exercise.xml")
    save(_with_policy(exercise_path, "after-hand-in"), path)
    window = make_window(path)
    check = window.comparison.check_action
    assert not check.isEnabled() and "after you hand it in" in check.toolTip()
    assert not window.edit_exercise_action.isEnabled()  # the authoring window shows the key
    assert not window.grade_class_action.isEnabled()
    mark(qtbot, window, *MARKS[0])
    prompts.hand_in = False  # the trainee thinks again: nothing happens
    window.hand_in.hand_in_action.trigger()
    assert not check.isEnabled() and window.session.attempts == []
    prompts.hand_in, prompts.save_to = True, None  # cancels the save dialog: nothing handed in
    window.hand_in.hand_in_action.trigger()
    assert window.session.attempts == [] and not check.isEnabled()
    assert "choose where to save" in window.statusBar().currentMessage()
    prompts.hand_in, prompts.save_to = True, tmp_path / "w.submission.xml"
    window.hand_in.hand_in_action.trigger()
    assert check.isEnabled() and window.edit_exercise_action.isEnabled()
    mark(qtbot, window, *MARKS[1])  # revising after the hand-in
    prompts.save_to = None
    window.hand_in.hand_in_action.trigger()
    saved = read_submission(tmp_path / "w.submission.xml").document
    assert [len(a.annotations) for a in saved.attempts] == [1, 2]
    history = window.hand_in.history_label.text()
    assert "Attempt 1, handed in at" in history and "Attempt 2, handed in at" in history
    assert history.index("Attempt 1") < history.index("Attempt 2")


def test_anytime_records_checks_before_any_hand_in(qtbot, window, prompts, tmp_path):
    mark(qtbot, window, *MARKS[0])
    prompts.save_to = tmp_path / "a.submission.xml"
    qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    with qtbot.waitSignal(window.comparison.toggled, timeout=3000):
        _press_check(qtbot, window)
    saved = read_submission(tmp_path / "a.submission.xml").document
    assert [(c.attempt, c.unlocked) for c in saved.checks] == [(0, False)]
    assert "at any time" in window.hand_in.history_label.text()


def test_a_damaged_sealed_key_still_opens_for_marking_and_check_stays_locked(
        qtbot, make_window, prompts, sealed_copy):
    text = sealed_copy.read_text(encoding="utf-8")
    start = text.index('nonce="') + len('nonce="')
    sealed_copy.write_text(text[:start] + "AAAA" + text[start + 16:], encoding="utf-8")
    window = make_window(sealed_copy)
    assert window.session is not None
    assert "damaged" in window.statusBar().currentMessage()
    assert "\n" not in window.statusBar().currentMessage()
    assert not window.hand_in.unlock_action.isEnabled()
    assert not window.comparison.check_action.isEnabled()
    mark(qtbot, window, *MARKS[0])
    assert len(window.session) == 1


def test_open_key_accepts_the_released_key_and_refuses_another_articles(
        qtbot, make_window, prompts, exercise_path, tmp_path):
    exercise = read_exercise(exercise_path).document
    student = exercise_path.with_name("student.exercise.xml")
    save(exercise.student_copy(), student)
    window = make_window(student)
    assert not window.comparison.check_action.isEnabled()
    assert "File → Open key" in window.comparison.check_action.toolTip()

    other = tmp_path / "other.key.xml"
    other.write_bytes(sealing.key_document(exercise, exercise.key).replace(
        exercise.article.sha256.encode(), b"0" * 64))
    prompts.key_file = other
    window.hand_in.open_key_action.trigger()
    kind, message = prompts.asked[-1]
    assert kind == "error" and "another article" in message and "\n" not in message
    assert not window.comparison.check_action.isEnabled()

    released = tmp_path / "released.key.xml"
    released.write_bytes(sealing.key_document(exercise, exercise.key))
    prompts.key_file = released
    window.hand_in.open_key_action.trigger()
    assert window.comparison.check_action.isEnabled()


def test_an_unlocked_key_grades_the_graded_copy_as_the_cli_does_with_the_code(
        qtbot, make_window, prompts, sealed_copy, tmp_path):
    """Ensure Save graded copy works with a key that exists only in memory, and names the
    key by its key-sha256 (the same key as a released key file)."""
    window = make_window(sealed_copy)
    mark(qtbot, window, *MARKS[0])
    prompts.save_to = tmp_path / "w.submission.xml"
    window.hand_in.hand_in_action.trigger()
    prompts.codes = [CODE]
    window.hand_in.unlock_action.trigger()
    with qtbot.waitSignal(window.comparison.toggled, timeout=3000):
        _press_check(qtbot, window)
    prompts.save_to = tmp_path / "w-graded.submission.xml"
    assert window.comparison.save_graded_copy() == prompts.save_to
    graded = read_submission(prompts.save_to).document
    sealed_key = read_exercise(sealed_copy).document.sealed_key
    assert graded.grade.key_sha256 == sealed_key.key_sha256
    assert CODE not in prompts.save_to.read_text(encoding="utf-8")


def test_the_command_line_cannot_open_a_sealed_copys_comparison(sealed_copy, tmp_path):
    """Ensure `annotator --check --screenshot` on a sealed after-hand-in copy says why in one
    line and draws nothing of the key."""
    import subprocess
    import sys

    out = tmp_path / "check.png"
    run = subprocess.run(
        [sys.executable, "-m", "annotator", "--screenshot", str(out), "--check",
         str(sealed_copy)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 1 and not out.exists()
    line = [x for x in run.stderr.splitlines() if x.startswith("annotator:")]
    assert len(line) == 1 and "after you hand it in" in line[0] and "code" in line[0]

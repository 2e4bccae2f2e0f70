"""Check mode on the real window: grade, compare with the key, move through it, export it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from tests_gui_helpers import mark

from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "exercises" / "examples" / "ana.submission.xml"

# Part of the first exercise, as a trainee might mark it (quote, category key).
ATTEMPT = (
    ("Alianza geopolítica en desarrollo", Qt.Key_3),  # k1: found
    ("sostuvo este martes una conversación telefónica con uno", Qt.Key_1),  # k3: too wide
    ("informó en Telegram el Kremlin", Qt.Key_2),  # k6: found
    ("Celebración compartida", Qt.Key_1),  # k13 is framing: wrong category
    ("Putin conversa con Kim Jong-un", Qt.Key_1),  # the headline: not in the key
)


def _attempt(qtbot, window) -> None:
    for quote, key in ATTEMPT:
        mark(qtbot, window, quote, key)
    assert len(window.session) == len(ATTEMPT)


def _check(qtbot, window) -> None:
    with qtbot.waitSignal(window.comparison.toggled, timeout=2000):
        qtbot.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)


def _grade_json(exercise: Path, submission: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "grade", "--json", "--key", str(exercise),
         str(submission)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["submissions"][0]


def _percent(ratio: float) -> str:
    return f"{100 * ratio:.1f}%"


def test_check_shows_verdicts_feedback_order_score_card_and_f8_navigation(
        qtbot, window, prompts, exercise_path, tmp_path):
    """Ensure Ctrl+K grades with the core, lists misses first, matches `annotator grade`, and
    that F8 / Shift+F8 walk the differences with the article following."""
    _attempt(qtbot, window)
    _check(qtbot, window)
    mode, view = window.comparison, window.comparison.view
    assert mode.active and mode.stack.currentWidget() is view
    assert mode.check_action.isChecked()
    assert not window.category_actions["claim"].isEnabled()  # no marking on a hidden article

    verdicts = {o.key.id: o.verdict for o in mode.result.key_outcomes}
    assert (verdicts["k1"], verdicts["k3"], verdicts["k6"], verdicts["k13"]) == (
        "found", "partial", "found", "wrong-category")
    assert verdicts["k2"] == verdicts["k17"] == "missed"
    extras = [o.annotation.quote for o in mode.result.annotation_outcomes if o.verdict == "extra"]
    assert extras == ["Putin conversa con Kim Jong-un"]

    # The list: misses, then partial and wrong category, then extras, then the rest;
    # each group in text order, each item with the core's words and the expert's why.
    items = view.panel.visible_items()
    groups = {"missed": 0, "partial": 1, "wrong-category": 1, "extra": 2, "found": 3,
              "optional": 3}
    order = [(groups[i.verdict], i.start) for i in items]
    assert order == sorted(order)
    assert [i.verdict for i in items[:22]] == ["missed"] * 20 + ["partial", "wrong-category"]
    assert items[22].verdict == "extra" and items[22].quote == "Putin conversa con Kim Jong-un"
    assert {i.verdict for i in items[23:]} == {"found", "optional"}
    partial, wrong, extra = items[20], items[21], items[22]
    assert "too wide" in partial.sentence and "«con uno»" in partial.sentence
    assert "the expert called it Framing" in wrong.sentence
    assert "The expert did not mark this passage" in extra.sentence
    assert items[0].quote == "marca camino hacia cumbre con Trump"
    assert items[0].explanation.startswith("Presents the call as a causal step")

    # The score card against `annotator grade --json` on the saved file.
    saved = tmp_path / "ana.submission.xml"
    prompts.save_to = saved
    qtbot.keyClick(view.panel.list, Qt.Key_S, Qt.ControlModifier)
    assert saved.is_file()
    graded = _grade_json(exercise_path, saved)
    result = mode.result
    assert result.score == graded["score"] and result.passed == graded["passed"]
    card = view.score_card
    assert f"{graded['score']:.1f}" in card.score_label.text()
    assert ("Passed" if graded["passed"] else "Not passed yet") in card.verdict_label.text()
    total = graded["total"]
    assert card.totals_label.text().count("%") == 3
    for ratio in (total["precision"], total["recall"], total["f1"]):
        assert _percent(ratio) in card.totals_label.text()
    for category, figures in graded["categories"].items():
        assert result.categories[category].f1 == figures["f1"]
        text = card.figures[category].text()
        assert f"precision {_percent(figures['precision'])}" in text
        assert f"recall {_percent(figures['recall'])}" in text
        assert f"F1 {_percent(figures['f1'])}" in text
    framing = graded["categories"]["framing"]
    assert card.sentences["framing"].text().startswith(
        f"Framing: you found 1 of the expert's {framing['key_spans']} passages")

    # Navigation: the first miss is current on entering; F8 and Shift+F8 move and wrap.
    differences = [i for i in items if i.verdict not in ("found", "optional")]
    assert view.panel.current_item() == differences[0]
    qtbot.keyClick(view.panel.list, Qt.Key_F8)
    assert view.panel.current_item() == differences[1]
    assert view.marks.current == (differences[1].start, differences[1].end, "missed")
    qtbot.keyClick(view.panel.list, Qt.Key_F8, Qt.ShiftModifier)
    assert view.panel.current_item() == differences[0]
    with qtbot.waitSignal(view.message) as wrapped:
        qtbot.keyClick(view.panel.list, Qt.Key_F8, Qt.ShiftModifier)
    assert view.panel.current_item() == differences[-1] == extra
    assert "first difference" in wrapped.args[0]
    far = [i.quote for i in differences].index("los militaristas nipones")
    assert far >= 9
    for _ in range(far + 1):  # far down the article: the view scrolls to each passage
        qtbot.keyClick(view.article, Qt.Key_F8)
    current = view.panel.current_item()
    assert current == differences[far] and current.quote == "los militaristas nipones"
    assert view.article.verticalScrollBar().value() > 0
    top, bottom = _passage_extent(view, current)
    assert 0 <= top and bottom <= view.article.viewport().height()


def _passage_extent(view, item) -> tuple[int, int]:
    from PySide6.QtGui import QTextCursor

    article = view.article
    cursor = QTextCursor(article.document())
    cursor.setPosition(article.offset_map.to_qt(item.start))
    top = article.cursorRect(cursor).top()
    cursor.setPosition(article.offset_map.to_qt(item.end))
    return top, article.cursorRect(cursor).bottom()


def test_esc_returns_to_editing_and_every_change_updates_the_comparison(qtbot, window):
    """Ensure Esc leaves check mode for the workspace, and an undo or a new highlight is
    graded again (coalesced, off the core)."""
    mark(qtbot, window, "Alianza geopolítica en desarrollo", Qt.Key_3)
    assert window.comparison.view is None  # built when first wanted: start-up pays nothing
    _check(qtbot, window)
    mode, view = window.comparison, window.comparison.view
    assert {o.key.id: o.verdict for o in mode.result.key_outcomes}["k1"] == "found"

    with qtbot.waitSignal(mode.graded, timeout=2000):
        qtbot.keyClick(view.panel.list, Qt.Key_Z, Qt.ControlModifier)  # undo, while checking
    assert {o.key.id: o.verdict for o in mode.result.key_outcomes}["k1"] == "missed"
    assert view.score_card.sentences["framing"].text().startswith(
        "Framing: you found 0 of the expert's 13 passages")

    with qtbot.waitSignal(mode.toggled, timeout=2000) as left:
        qtbot.keyClick(view.panel.list, Qt.Key_Escape)
    assert left.args == [False]
    assert mode.stack.currentWidget() is mode.workspace and not mode.check_action.isChecked()
    assert window.category_actions["claim"].isEnabled() and window.view.hasFocus()

    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    _check(qtbot, window)
    assert {o.key.id: o.verdict for o in mode.result.key_outcomes}["k11"] == "found"
    size = view.article.point_size
    qtbot.keyClick(view.panel.list, Qt.Key_Plus, Qt.ControlModifier)  # A+ reaches this article
    assert view.article.point_size == window.view.point_size == size + 1
    # The same action leaves too (toolbar button, menu entry).
    mode.check_action.trigger()
    assert not mode.active


def test_the_check_menu_lists_every_check_action_with_its_shortcut(qtbot, window):
    """Ensure the menu shows checking, navigation, the show toggle, the graded copy and the
    way back, each with a key and a tooltip; all but checking wait until checking."""
    menu = window.comparison.menu
    menu.aboutToShow.emit()  # what opening the menu does: the view is built for it
    # Unlocking shows only for a sealed copy (tests/gui/test_hand_in.py).
    assert not window.hand_in.unlock_action.isVisible()
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    keys = [a.shortcut().toString() for a in actions]
    assert keys == ["Ctrl+K", "F8", "Shift+F8", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+Shift+E",
                    "Esc"]
    assert all(a.toolTip() for a in actions)
    assert [a.isEnabled() for a in actions] == [True] + [False] * 7
    _check(qtbot, window)
    assert all(a.isEnabled() for a in actions)
    menu_titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menu_titles.index("Check") == menu_titles.index("Mark") + 1


def test_without_a_key_check_is_disabled_and_its_tooltip_says_why(
        qtbot, make_window, tmp_path, first_exercise_path):
    """Ensure a student copy (no key) cannot be checked, and the action tells why."""
    student = tmp_path / "class" / "student.exercise.xml"
    student.parent.mkdir(exist_ok=True)
    save(read_exercise(first_exercise_path).document.student_copy(), student)
    window = make_window(student)
    action = window.comparison.check_action
    assert not action.isEnabled()
    assert "no expert key" in action.toolTip() and "(Ctrl+K)" in action.toolTip()
    qtbot.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    assert not window.comparison.active
    assert not window.comparison.enter()


def test_the_graded_copy_is_byte_for_byte_what_annotator_grade_writes(
        qtbot, window, prompts, exercise_path, tmp_path):
    """Ensure "Save graded copy" saves unsaved work first, then writes the very file
    `annotator grade --graded-dir` writes for the same exercise and submission."""
    _attempt(qtbot, window)
    _check(qtbot, window)
    submission = tmp_path / "ana.submission.xml"
    prompts.save_to = submission  # the first question: where to save the highlights
    copy = tmp_path / "ana-graded.submission.xml"
    asked, titles = [], []

    def answer(parent, suggested, title=None):
        asked.append(suggested)
        titles.append(title)
        return submission if len(asked) == 1 else copy

    prompts.save_path = answer
    qtbot.keyClick(window.comparison.view.panel.list, Qt.Key_E,
                   Qt.ControlModifier | Qt.ShiftModifier)
    assert asked[1] == copy  # suggested beside the submission, never over it
    assert titles == [None, "Save graded copy"]  # the copy's dialog says what it saves
    assert submission.is_file() and copy.is_file()
    assert not window.isWindowModified()

    folder = tmp_path / "graded"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "grade", "--key", str(exercise_path),
         "--graded-dir", str(folder), str(submission)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert copy.read_bytes() == (folder / submission.name).read_bytes()
    assert b"<grade " in copy.read_bytes()


def test_a_graded_copy_over_an_input_is_refused_in_one_line(
        qtbot, window, prompts, tmp_path):
    """Ensure choosing the submission itself as the copy's name is refused and costs nothing."""
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    submission = tmp_path / "mine.submission.xml"
    prompts.save_to = submission
    qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    _check(qtbot, window)  # the check is recorded in the saved file (attempts.md)
    before = submission.read_bytes()
    assert b"<check " in before
    assert window.comparison.save_graded_copy() is None
    kind, message = prompts.asked[-1]
    assert kind == "error" and "\n" not in message
    assert "mine.submission.xml" in message and "input file" in message
    assert submission.read_bytes() == before


def test_opening_another_file_leaves_check_mode(qtbot, window, prompts, tmp_path):
    """Ensure a newly opened file is never shown with the previous file's comparison."""
    _check(qtbot, window)
    copy = tmp_path / "other" / EXAMPLE.name
    copy.parent.mkdir()
    shutil.copyfile(EXAMPLE, copy)
    assert window.open_path(copy) == "opened"
    assert not window.comparison.active
    _check(qtbot, window)
    assert window.comparison.view.title_label.text().startswith("Ana Pérez")
    assert len(window.comparison.result.annotation_outcomes) == len(window.session)


def test_screenshot_of_the_comparison_from_the_command_line(tmp_path, data_dir):
    """Ensure `annotator --screenshot OUT --check SUBMISSION` finds the bundled exercise and
    paints the comparison; a file without a key fails with one line."""
    out = tmp_path / "check.png"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--screenshot", str(out), "--check", str(EXAMPLE)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    student = tmp_path / "student.exercise.xml"
    save(read_exercise(REPO / "exercises" / "putin-kim-alaska.exercise.xml")
         .document.student_copy(), student)
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--screenshot", str(tmp_path / "x.png"), "--check",
         str(student)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no expert key" in result.stderr
    assert not (tmp_path / "x.png").exists()

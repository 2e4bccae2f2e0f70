"""The guided example: offered on the first start, walked with real keys, ended with Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication
from tests_gui_helpers import type_text

from annotator import bundled
from annotator.gui import storage
from annotator.gui.library_launch import show_library
from annotator.gui.tour import STEPS, start_tour, tour_passage, worked_example
from annotator.xmlio.readers import read_exercise


def _workspace(qtbot, prompts, language="en"):
    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language=language)
    qtbot.addWidget(window)
    return window


def _active(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _mark_the_passage(window, key) -> None:
    """Select the passage the tour points to and press a category key, as step 1 asks."""
    passage = window.tour.passage
    window.view.setFocus()
    window.view.select_offsets(passage.start, passage.end)
    QTest.keyClick(window.view, key)


def _step(window) -> str:
    return STEPS[window.tour.index]


@pytest.fixture
def touring(qtbot, prompts):
    """The workspace with the tour started from Help › Guided example."""
    window = _workspace(qtbot, prompts)
    _active(qtbot, window)
    window.tour_action.trigger()
    assert window.tour is not None
    _active(qtbot, window)
    return window


# ================================================================ the offer


def test_the_worked_examples_let_the_trainee_check_and_name_a_passage(qapp):
    """Ensure each worked example holds its key in the clear, with the check policy "anytime",
    and has a claim for the first step to name."""
    for language, name in bundled.WORKED_EXAMPLES.items():
        path = worked_example(language)
        assert path.name == f"{name}.exercise.xml"
        exercise = read_exercise(path).document
        assert exercise.language == language
        assert exercise.grading.check == "anytime" and exercise.key
        passage = tour_passage(exercise)
        assert passage.category == "claim"
        assert exercise.article.text[passage.start:passage.end] == passage.quote


def test_the_first_start_offers_the_tour_and_no_thanks_is_remembered(qtbot, prompts):
    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    assert library.tour_offer.isVisible()
    assert "New here?" in library.tour_offer.text.text()
    library.tour_offer.no_button.setFocus()
    QTest.keyClick(library.tour_offer.no_button, Qt.Key_Space)
    assert not library.tour_offer.isVisible()
    assert storage.tour_state(window.settings) == "declined"

    again = _workspace(qtbot, prompts)  # the next start: same settings file
    second = show_library(again)
    qtbot.addWidget(second)
    qtbot.waitExposed(second)
    assert not second.tour_offer.isVisible()
    assert second.tour_action in second.findChildren(type(second.tour_action))


def test_the_offer_is_named_and_tab_reaches_its_buttons(qtbot, prompts):
    from a11y import tab_cycle, unnamed_controls

    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow, timeout=2000)
    assert unnamed_controls(library) == []
    reached = tab_cycle(qtbot, library.tree)
    assert library.tour_offer.start_button in reached
    assert library.tour_offer.no_button in reached


def test_a_cancelled_start_leaves_the_offer_for_next_time(qtbot, prompts):
    """Ensure "who are you?" cancelled: no tour, the library stays, nothing remembered."""
    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    prompts.trainee = None
    library.tour_offer.start_button.click()
    assert getattr(window, "tour", None) is None and window.session is None
    assert library.isVisible() and library.tour_offer.isVisible()
    assert storage.tour_state(window.settings) == ""


def test_start_opens_the_worked_example_fresh_and_the_library_steps_aside(qtbot, prompts):
    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    library.tour_offer.start_button.setFocus()
    QTest.keyClick(library.tour_offer.start_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: getattr(window, "tour", None) is not None, timeout=3000)
    assert window.exercise_path == worked_example("en")
    assert window.document_path is None and window.session.annotations == []
    assert window.isVisible() and not library.isVisible()
    assert window.tour.strip.isVisible()
    assert "had not been consulted" in window.tour.strip.instruction
    assert storage.tour_state(window.settings) == "started"
    assert window.keeper.session is None  # practice: not written to the recovery journal


def test_help_starts_the_tour_again_from_the_library_and_the_workspace(qtbot, prompts,
                                                                      exercise_path):
    window = _workspace(qtbot, prompts)
    storage.remember_tour(window.settings, "declined")
    assert window.start(exercise_path) == "opened"
    _active(qtbot, window)  # on screen: the strip must show in a window already shown
    help_menu = [a.menu() for a in window.menuBar().actions() if a.menu()][-1]
    assert window.tour_action in help_menu.actions()
    window.tour_action.trigger()
    assert window.tour is not None and window.session.exercise.id == "worked-example"
    assert window.tour.strip.isVisible()

    library = show_library(window)
    qtbot.addWidget(library)
    assert not library.tour_offer.isVisible()
    library.tour_action.trigger()
    assert window.tour is not None and window.tour.index == 0 and not library.isVisible()


def test_a_tour_started_from_the_workspace_answers_the_library_s_offer(qtbot, prompts):
    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    assert library.tour_offer.isVisibleTo(library)
    window.tour_action.trigger()
    assert storage.tour_state(window.settings) == "started"
    assert show_library(window) is library and not library.tour_offer.isVisibleTo(library)


# ================================================================ the walk


def test_every_step_moves_on_when_the_trainee_does_it_with_the_keys(qtbot, touring, prompts):
    """Ensure a keyboard-only walk, one real key press after another, goes through each step
    and ends back in the library."""
    window = touring
    tour = window.tour
    assert _step(window) == "select"
    # 1. Find the words (Ctrl+F, type, Enter, Esc): they stay selected.
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(window.find_bar.field.hasFocus, timeout=2000)
    type_text(window.find_bar.field, tour.words.quote)
    QTest.keyClick(window.find_bar.field, Qt.Key_Return)
    QTest.keyClick(window.find_bar.field, Qt.Key_Escape)
    assert _step(window) == "mark"
    # 2. The category key.
    QTest.keyClick(window.view, Qt.Key_1)
    assert window.session.annotations[0].quote == tour.words.quote
    assert _step(window) == "answer"
    # 3. The question beside the highlight: a number, then Enter.
    qtbot.waitUntil(window.feature_chooser.values.hasFocus, timeout=2000)
    QTest.keyClick(window.feature_chooser.values, Qt.Key_1)
    QTest.keyClick(window.feature_chooser.values, Qt.Key_Return)
    assert window.session.annotations[0].features
    assert _step(window) == "note"
    # 4. F2, a few words, Enter.
    qtbot.waitUntil(window.view.hasFocus, timeout=2000)
    QTest.keyClick(window.view, Qt.Key_F2)
    table = window.panel.table
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.EditingState, timeout=2000)
    editor = QApplication.focusWidget()
    type_text(editor, "nadie lo comprueba")
    QTest.keyClick(editor, Qt.Key_Return)
    assert window.session.annotations[0].note == "nadie lo comprueba"
    assert _step(window) == "undo"
    # 5. Undo, then redo.
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)
    assert _step(window) == "undo"  # undone only: not yet
    assert not window.session.annotations[0].note
    QTest.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.annotations[0].note == "nadie lo comprueba"
    assert _step(window) == "check"
    # 6. Check against the key; 7. the next difference.
    QTest.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    assert window.comparison.active
    assert _step(window) == "explain"
    QTest.keyClick(window.comparison.view.panel.list, Qt.Key_F8)
    assert _step(window) == "done"
    assert window.tour.strip.finish_button.hasFocus()
    assert storage.tour_state(window.settings) == "done"
    # 8. Enter: back to the library; the practice is not asked about.
    QTest.keyClick(window.tour.strip.finish_button, Qt.Key_Return)
    assert window.tour is None
    assert window.library_window.isVisible() and not window.isVisible()
    assert window.undo_stack.isClean()
    assert "unsaved" not in prompts.kinds()


def test_skip_step_moves_on_without_doing_it(qtbot, touring):
    window = touring
    window.tour.strip.skip_button.setFocus()
    QTest.keyClick(window.tour.strip.skip_button, Qt.Key_Space)
    assert _step(window) == "mark"
    # Marking a category that asks nothing skips the question too.
    _mark_the_passage(window, Qt.Key_3)  # Framing: asks nothing in the worked example
    assert _step(window) == "note"


def test_a_check_before_its_step_does_not_skip_it(qtbot, touring):
    """Ensure Ctrl+K pressed before marking leaves the check step (and F8's) for its turn."""
    window = touring
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    assert window.comparison.active
    QTest.keyClick(window.comparison.view.panel.list, Qt.Key_F8)
    QTest.keyClick(window.comparison.view.panel.list, Qt.Key_Escape)  # back to editing
    assert not window.comparison.active and _step(window) == "select"
    for _ in range(STEPS.index("check")):
        window.tour.skip()
    assert _step(window) == "check"
    QTest.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    assert _step(window) == "explain"


def test_esc_on_the_strip_ends_the_tour_and_esc_elsewhere_does_not(qtbot, touring, prompts):
    window = touring
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_Escape)  # stop marking, as ever
    assert window.tour is not None
    _mark_the_passage(window, Qt.Key_2)
    tour = window.tour
    window.tour.strip.end_button.setFocus()
    QTest.keyClick(window.tour.strip.end_button, Qt.Key_Escape)
    assert window.tour is None and not tour.active
    assert window.findChild(type(tour.bar), "tourBar") is None or not tour.bar.isVisible()
    assert window.view.hasFocus()
    assert "Help › Guided example" in window.statusBar().currentMessage()
    # The marks stay; from now on they are ordinary work, kept for recovery and asked about.
    assert len(window.session.annotations) == 1 and window.undo_stack.isClean()
    assert window.keeper.session is window.session
    window.close()
    assert "unsaved" not in prompts.kinds()


def test_closing_during_the_tour_asks_nothing_and_keeps_no_journal(qtbot, touring, prompts,
                                                                   data_dir):
    window = touring
    _mark_the_passage(window, Qt.Key_2)
    assert window.safety_label.text() == "Practice: not saved"
    assert window.close()
    assert "unsaved" not in prompts.kinds()
    recovery = data_dir / "recovery"
    assert not recovery.exists() or not list(recovery.rglob("*.xml"))


def test_unsaved_work_is_asked_about_before_the_tour_opens(qtbot, prompts, exercise_path):
    from tests_gui_helpers import mark

    window = _workspace(qtbot, prompts)
    assert window.start(exercise_path) == "opened"
    _active(qtbot, window)
    mark(qtbot, window, "Alianza geopolítica en desarrollo", Qt.Key_3)
    prompts.unsaved = "cancel"
    assert start_tour(window) is None
    assert window.exercise_path == exercise_path and len(window.session.annotations) == 1
    assert "unsaved" in prompts.kinds()


def test_another_file_opened_ends_the_tour_without_asking_about_the_practice(
    qtbot, touring, exercise_path, prompts
):
    window = touring
    _mark_the_passage(window, Qt.Key_3)
    assert not window.undo_stack.isClean()
    assert window.open_path(exercise_path) == "opened"
    assert window.tour is None and "unsaved" not in prompts.kinds()
    assert window.prompts is prompts  # the window's own questions again
    window.view.setFocus()
    from tests_gui_helpers import mark

    mark(qtbot, window, "Alianza geopolítica en desarrollo", Qt.Key_3)
    prompts.unsaved = "cancel"
    assert not window.close()  # real work: asked about, as ever
    assert prompts.kinds().count("unsaved") == 1


def test_practice_saved_on_purpose_is_real_work_after_the_tour(qtbot, touring, prompts,
                                                              tmp_path):
    window = touring
    _mark_the_passage(window, Qt.Key_3)
    prompts.save_to = tmp_path / "practice.submission.xml"
    QTest.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    assert prompts.save_to.is_file() and window.document_path == prompts.save_to
    QTest.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)  # a change after saving
    assert not window.undo_stack.isClean()
    window.tour.end()
    assert not window.undo_stack.isClean()  # not hidden: the file on disk differs
    assert window.keeper.session is window.session


def test_f6_goes_to_the_strip_and_back_and_esc_there_ends_the_tour(qtbot, touring):
    """Ensure a keyboard-only trainee reaches Skip step and End tour from the article."""
    window = touring
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F6)
    assert window.tour.strip.skip_button.hasFocus()
    QTest.keyClick(window.tour.strip.skip_button, Qt.Key_Space)
    assert _step(window) == "mark"
    QTest.keyClick(window.tour.strip.skip_button, Qt.Key_F6)
    assert window.view.hasFocus()
    QTest.keyClick(window.view, Qt.Key_F6)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert window.tour is None and window.view.hasFocus()
    QTest.keyClick(window.view, Qt.Key_F6)  # the key is the tour's: gone with it
    assert window.view.hasFocus()


# ================================================================ the command line


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_command_line_screenshots_the_tour_asking_and_remembering_nothing(
    tmp_path, data_dir, language
):
    """Ensure `annotator --tour --screenshot` paints the workspace with the step strip."""
    import subprocess
    import sys

    from PySide6.QtGui import QColor, QImage

    out = tmp_path / "tour.png"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--tour", "--language", language,
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    strip = QColor("#e6f0fb").rgb()  # the strip's background, under the tool bar
    assert any(image.pixel(x, y) == strip for y in range(40, 200) for x in range(300, 310))
    assert not data_dir.exists()  # nothing remembered, no journal


def test_the_help_describes_the_tour_option():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "annotator", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert "--tour" in result.stdout and "guided example" in result.stdout


# ================================================================ themes


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_strip_and_the_offer_are_readable_in_every_theme(qtbot, qapp, prompts, theme):
    """Ensure the step's words and the offer's words stand out from their background."""
    from readable import AA, seen

    from annotator.gui import appearance

    appearance.appearance(qapp).apply(theme, 0)
    try:
        window = _workspace(qtbot, prompts)
        library = show_library(window)
        qtbot.addWidget(library)
        qtbot.waitExposed(library)
        assert seen(library.tour_offer.text) >= AA, theme
        library.start_tour()
        qtbot.waitExposed(window)
        words = window.tour.strip.text
        qtbot.waitUntil(lambda: words.width() > 200 and words.height() > 10, timeout=2000)
        assert seen(words) >= AA, (theme, words.size())
    finally:
        appearance.appearance(qapp).apply("light", 0)

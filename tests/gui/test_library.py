"""The library: the start page lists the course, opens with keys and mouse, shows progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator import bundled
from annotator.core.grading import grade, to_grade
from annotator.core.model import Trainee
from annotator.gui import storage
from annotator.gui.library import PATH_ROLE
from annotator.gui.library_launch import show_library
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

OTHER = Trainee(id="s099", name="Luis Gil")


def _rows(library) -> dict[str, list[str]]:
    """Title -> the row's cells, for every exercise row."""
    rows = {}
    for number in range(library.tree.topLevelItemCount()):
        item = library.tree.topLevelItem(number)
        if item.data(0, PATH_ROLE):
            rows[item.text(0)] = [item.text(c) for c in range(library.tree.columnCount())]
    return rows


def _workspace(qtbot, prompts):
    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language="en")
    qtbot.addWidget(window)
    return window


def test_the_library_lists_every_bundled_exercise_with_its_metadata(qtbot, prompts):
    """Ensure title, language, level, minutes and skills of each bundled exercise."""
    library = show_library(_workspace(qtbot, prompts))
    qtbot.addWidget(library)
    rows = _rows(library)
    assert len(rows) == len(bundled.bundled_exercises())
    for path in bundled.bundled_exercises():
        exercise = read_exercise(path).document
        cells = rows[exercise.title]
        assert cells[1] == {"es": "Spanish", "en": "English"}[exercise.language]
        assert cells[2] == f"{exercise.course.level} of 3"
        assert cells[3] == f"{exercise.course.minutes} min"
        assert cells[4].split(", ")[0] == exercise.course.skills[0].labels["en"]
        assert cells[5] == "—"  # nobody has said who they are yet


def test_enter_opens_the_chosen_exercise_in_the_workspace_without_asking_twice(qtbot, prompts):
    """Ensure arrow keys and Enter open an exercise, the library steps aside, and the trainee
    confirmed in the library is not asked again."""
    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    qtbot.mouseClick(library.who_button, Qt.LeftButton)  # "Show my progress…"
    assert library.trainee == prompts.trainee
    asked = len(prompts.asked)
    library.tree.setFocus()
    QTest.keyClick(library.tree, Qt.Key_Down)
    chosen = library.current_path()
    QTest.keyClick(library.tree, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    assert window.exercise_path == chosen
    assert window.session.trainee == prompts.trainee
    assert [k for k, *_ in prompts.asked[asked:]] == []  # no second "who are you"
    assert not library.isVisible() and window.isVisible()


def test_double_click_opens_and_ctrl_l_brings_the_library_back(qtbot, prompts):
    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    item = library.tree.topLevelItem(1)
    rect = library.tree.visualItemRect(item)
    qtbot.waitExposed(library)
    qtbot.mouseClick(library.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(library.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(library.isVisible, timeout=2000)
    assert library.trainee == window.session.trainee


def test_statuses_come_from_this_trainees_files_only(qtbot, prompts, tmp_path, data_dir):
    """Ensure not started / in progress / checked with the score, and another trainee's
    saved work never shows."""
    folder = tmp_path / "mine"
    folder.mkdir()
    example = read_submission(
        bundled.exercises_dir() / "examples" / "ana.submission.xml").document
    ana, luis = prompts.trainee, OTHER
    first = read_exercise(bundled.first_exercise()).document
    result = grade(first.key, example.annotations, categories=first.tagset.ids())
    graded = example.model_copy(update={"trainee": ana, "grade": to_grade(result, "0" * 64)})
    unsaved_grade = example.model_copy(update={"trainee": ana, "grade": None})
    save(graded, folder / "graded.submission.xml")
    save(unsaved_grade.model_copy(update={"exercise": "puente-valdemora"}),
         folder / "puente.submission.xml")
    save(example.model_copy(update={"trainee": luis, "exercise": "millbrook-flood",
                                    "grade": None}), folder / "luis.submission.xml")
    settings = storage.settings()
    for name, owner in (("graded", ana), ("puente", ana), ("luis", luis)):
        storage.add_recent(settings, folder / f"{name}.submission.xml", owner)
    storage.record_check(settings, ana, "northgate-jobs", 41.25)

    window = _workspace(qtbot, prompts)
    library = show_library(window)
    qtbot.addWidget(library)
    library.set_trainee(ana)
    status = {title: cells[5] for title, cells in _rows(library).items()}
    assert status["El puente viejo de Valdemora"] == "In progress"
    assert status["Northgate Foods in Halbridge"] == "Checked: 41.3 of 100"
    assert status["The Millbrook flood"] == "Not started"  # Luis's work is not Ana's
    assert status[first.title] == f"Checked: {result.score:.1f} of 100"
    library.set_trainee(luis)
    assert _rows(library)["The Millbrook flood"][5] == "In progress"
    # Going on with saved work opens the submission, not a blank copy.
    library.set_trainee(ana)
    puente = bundled.exercises_dir() / "puente-valdemora.exercise.xml"
    assert library.path_to_open(puente) == folder / "puente.submission.xml"


def test_the_library_lists_the_trainees_own_folder_exercises(qtbot, prompts, tmp_path):
    folder = tmp_path / "course"
    folder.mkdir()
    for name in ("millbrook-flood", "northgate-jobs"):
        copy = read_exercise(bundled.exercises_dir() / f"{name}.exercise.xml").document
        save(copy.model_copy(update={"id": f"my-{name}", "title": f"Mine: {name}"}),
             folder / f"my-{name}.exercise.xml")
    (folder / "broken.exercise.xml").write_text("<not-xml", encoding="utf-8")
    storage.add_recent(storage.settings(), folder / "my-millbrook-flood.exercise.xml")
    library = show_library(_workspace(qtbot, prompts))
    qtbot.addWidget(library)
    # Read whole once the course is on screen (the next test says why).
    qtbot.waitUntil(lambda: "Mine: millbrook-flood" in _rows(library), timeout=5000)
    rows = _rows(library)
    assert "Mine: millbrook-flood" in rows and "Mine: northgate-jobs" in rows  # same folder
    assert len(rows) == len(bundled.bundled_exercises()) + 2  # the broken file is left out


def test_a_score_uses_the_interface_languages_decimal_mark():
    from annotator.gui.library import status_text
    from annotator.services.library import Progress, Status

    assert "66,7" in status_text(Progress(Status.CHECKED, 66.66), "es")
    assert "66.7" in status_text(Progress(Status.CHECKED, 66.66), "en")
    assert status_text(None, "en") == "—"


def test_the_library_closes_and_quits_like_every_window(qtbot, prompts):
    """Ensure Ctrl+W closes the library (the app's other windows stay) and Quit is there."""
    library = show_library(_workspace(qtbot, prompts))
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    assert library.quit_action.shortcut().toString() == "Ctrl+Q"
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow, timeout=2000)
    QTest.keyClick(library.tree, Qt.Key_W, Qt.ControlModifier)
    assert not library.isVisible()


# The real start with no file, for a trainee who opened an exercise of their own
# before: the probe watches what is loaded and painted before that file is read.
RETURNING = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from annotator.services import library as listing

class Paints(QObject):
    count = 0
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint:
            Paints.count += 1
        return False

reading = listing.own_entries
def own_entries(recent):
    print("own exercises read after", Paints.count, "paints", flush=True)
    return reading(recent)
listing.own_entries = own_entries
run_loop = QApplication.exec
def loop(app):
    page = next(w for w in app.topLevelWidgets() if w.objectName() == "libraryWindow")
    print("models before the loop:", "pydantic" in sys.modules, flush=True)
    print("workspace before the loop:", "annotator.gui.main_window" in sys.modules, flush=True)
    print("listed first:", sorted({e.group.value for e in page.entries}), flush=True)
    paints = Paints(page)
    page.tree.viewport().installEventFilter(paints)
    started = time.monotonic()
    def done():
        made = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        listed = sorted({e.group.value for e in page.entries})
        if ("mine" not in listed or not made) and time.monotonic() - started < 60:
            return  # not yet: the page is still settling (a hang guard, not a timing)
        print("listed then:", listed, flush=True)
        print("workspaces made unasked:", len(made), flush=True)
        for behind in made:
            print("workspace then: visible", behind.isVisible(),
                  "library", behind.library_window is page, flush=True)
        poll.stop()
        app.quit()
    poll = QTimer(page)
    poll.timeout.connect(done)
    poll.start(20)
    return run_loop()
QApplication.exec = loop
from annotator.cli import main
sys.exit(main([]))
"""


def test_a_returning_trainees_own_exercises_are_read_after_the_first_paint(tmp_path):
    """The course comes from first frames; an exercise of one's own is read whole, with
    the models, so it waits until the page is on screen, then joins the list. The
    workspace waits too."""
    import os
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QSettings

    from annotator import bundled
    from annotator.gui import storage

    mine = tmp_path / "class" / "mine.exercise.xml"
    mine.parent.mkdir()
    shutil.copy(bundled.first_exercise(), mine)
    data = tmp_path / "data"
    data.mkdir()
    store = QSettings(str(data / "settings.ini"), QSettings.IniFormat)
    storage.add_recent(store, mine)
    store.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(data))
    result = subprocess.run([sys.executable, "-c", RETURNING], env=env, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "models before the loop: False" in lines
    assert "listed first: ['course', 'example']" in lines
    read = next(line for line in lines if line.startswith("own exercises read after"))
    assert read != "own exercises read after 0 paints"
    assert "listed then: ['course', 'example', 'mine']" in lines
    # The workspace (most of a start) is built once the page is on screen, hidden.
    assert "workspace before the loop: False" in lines
    assert "workspaces made unasked: 1" in lines
    assert "workspace then: visible False library True" in lines


def test_the_start_page_opens_an_exercise_in_a_workspace_made_behind_it(qtbot, prompts):
    """As ``annotator`` starts: the library alone first; Enter opens the chosen exercise
    in the workspace made once the page was on screen, and Ctrl+L brings the page back."""
    from annotator.gui.library_launch import start_on_library
    from annotator.gui.main_window import MainWindow

    made = []

    def workspace():
        window = MainWindow(prompts=prompts, language="en")
        qtbot.addWidget(window)
        made.append(window)
        return window

    library = start_on_library(storage.settings(), "en", workspace, prompts)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    qtbot.waitUntil(lambda: len(made) == 1, timeout=3000)  # after the first paint, unasked
    [window] = made
    assert not window.isVisible() and window.library_window is library
    library.tree.setFocus()
    QTest.keyClick(library.tree, Qt.Key_Down)
    chosen = library.current_path()
    QTest.keyClick(library.tree, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    assert window.exercise_path == chosen and len(made) == 1
    assert window.isVisible() and not library.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(library.isVisible, timeout=2000)
    assert window.library_window is library and library.trainee == window.session.trainee

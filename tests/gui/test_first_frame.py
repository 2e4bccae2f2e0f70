"""The first paint of a bundled exercise comes before any model, and opening it moves nothing.

``annotator FILE`` on one of the package's exercises paints the window from
the exercise's first frame (no pydantic), then opens the file the usual
way. Nothing may jump: the picture after opening is the first frame's,
pixel for pixel, for every bundled exercise in both languages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from annotator import bundled
from annotator.gui.first_frame import show_first_frame
from annotator.gui.main_window import MainWindow
from annotator.gui.prompts import NoPrompts


def _picture(window):
    QApplication.processEvents()
    return window.grab().toImage()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("path", bundled.bundled_exercises(), ids=lambda p: p.name)
def test_opening_changes_no_pixel_of_the_first_frame(qtbot, path, language):
    window = MainWindow(prompts=NoPrompts(), language=language, interactive=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert show_first_frame(window, path)
    window.show()
    qtbot.waitExposed(window)
    first = _picture(window)
    assert window.session is None  # nothing of the models yet
    assert window.start(path) == "opened"
    window.painter.refresh_now()
    assert window.session is not None and window.first_frame is None
    assert _picture(window) == first


def test_the_first_frame_offers_what_the_open_exercise_will(qtbot):
    """Buttons and the hand-in history already say what they will once the file is open."""
    window = MainWindow(prompts=NoPrompts(), language="en", interactive=False)
    qtbot.addWidget(window)
    assert show_first_frame(window, bundled.first_exercise())
    framed = {name: getattr(window, name).isEnabled()
              for name in ("save_action", "find_action", "edit_exercise_action")}
    check = window.comparison.check_action.isEnabled()
    history = window.hand_in.history_label.text()
    title = window.windowTitle()
    window.start(bundled.first_exercise())
    assert framed == {name: getattr(window, name).isEnabled() for name in framed}
    assert check == window.comparison.check_action.isEnabled() and check
    assert history == window.hand_in.history_label.text() and history
    assert title == window.windowTitle() != "annotator"


def test_a_copy_elsewhere_gets_no_first_frame(qtbot, tmp_path):
    """Only the package's own exercises are shown before their full reading."""
    copy = tmp_path / bundled.first_exercise().name
    shutil.copy(bundled.first_exercise(), copy)
    window = MainWindow(prompts=NoPrompts(), language="en", interactive=False)
    qtbot.addWidget(window)
    assert not show_first_frame(window, copy)
    assert window.first_frame is None and window.view.text == ""


BLOCK_PYDANTIC = """
import sys
class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pydantic", "lxml"):
            raise ImportError(name + " loaded before the first paint")
sys.meta_path.insert(0, Refuse())
from annotator.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_screenshot_of_a_bundled_exercise_needs_neither_pydantic_nor_lxml(tmp_path):
    """The start path to the first paint, as a user's start runs it, loads no model."""
    out = tmp_path / "first.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_PYDANTIC, "--screenshot", str(out),
         str(bundled.first_exercise())],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize("name", ["open", "save"])
def test_the_toolbar_pictures_are_the_styles_own(qapp, name):
    """Read from Qt's resources to spare the start the style's class: the same pictures."""
    from PySide6.QtWidgets import QStyle, QWidget

    from annotator.gui.standard_icons import dialog_icon

    widget = QWidget()
    pixmap = {"open": QStyle.StandardPixmap.SP_DialogOpenButton,
              "save": QStyle.StandardPixmap.SP_DialogSaveButton}[name]
    ours, styles = dialog_icon(widget, name), widget.style().standardIcon(pixmap)
    assert not ours.isNull()
    for size in (16, 32):
        assert ours.pixmap(size).toImage() == styles.pixmap(size).toImage()


def test_a_new_app_runs_in_the_fusion_style(tmp_path):
    """The style is named on Qt's command line now, not set from Python: it still wins over
    a style the desktop asks for."""
    script = ("from annotator.gui.application import make_app\n"
              "app = make_app()\n"
              "app.setStyleSheet('')  # the style under the sheet\n"
              "print(app.style().metaObject().className())\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(tmp_path),
               QT_STYLE_OVERRIDE="windows")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "QFusionStyle"


def test_the_find_bar_made_on_first_use_sits_after_the_article_in_tab_order(qtbot, tmp_path):
    """Made when Ctrl+F first opens it, the bar still comes right after the article."""
    from PySide6.QtCore import Qt

    window = MainWindow(prompts=NoPrompts(), language="en", interactive=False)
    qtbot.addWidget(window)
    assert window.start(bundled.first_exercise()) == "opened"
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    def next_focus(widget):
        nxt = widget.nextInFocusChain()
        while not (nxt.focusPolicy() & Qt.TabFocus and nxt.isVisible() and nxt.isEnabled()):
            nxt = nxt.nextInFocusChain()
        return nxt

    after_article = next_focus(window.view)
    assert "find_bar" not in window.__dict__  # not made before it is wanted
    window.find_action.trigger()
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    walk = [window.view]
    for _ in range(len(bar.focus_chain) + 1):
        walk.append(next_focus(walk[-1]))
    assert walk[1:-1] == list(bar.focus_chain)
    assert walk[-1] is after_article


def test_a_qt_without_those_pictures_gets_the_styles_own(qapp, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from annotator.gui import standard_icons

    monkeypatch.setattr(standard_icons, "_QT_PICTURE", ":/nowhere/{name}-{size}.png")
    assert standard_icons.dialog_icon(QWidget(), "save").availableSizes()


def test_the_library_start_page_needs_neither_pydantic_nor_lxml(tmp_path):
    """``annotator`` with no file opens on the library: its first paint loads no model."""
    out = tmp_path / "library.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", BLOCK_PYDANTIC, "--screenshot", str(out)],
                            env=env, capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_a_first_frame_whose_file_then_does_not_open_gives_way_to_the_library(
        qtbot, tmp_path, monkeypatch):
    """The file failed between its first frame and its reading (the disk, say): the
    window says so, shows nothing of it, and the start page takes its place."""
    from annotator.cli import _app_parser
    from annotator.gui import app as app_module
    from annotator.gui import opening
    from annotator.gui.prompts import DialogPrompts
    from annotator.xmlio.errors import FormatError

    path = bundled.first_exercise()
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path))
    said, gave_way = [], []
    monkeypatch.setattr(DialogPrompts, "error", lambda self, parent, title, text: said.append(text))

    def fails(*_args):
        raise FormatError(path, "cannot be read")

    monkeypatch.setattr(opening, "open_document", fails)
    library = MainWindow.show_library
    monkeypatch.setattr(MainWindow, "show_library",
                        lambda window: gave_way.append(window) or library(window))
    monkeypatch.setattr(QApplication, "exec", lambda app: 0)  # no event loop in a test

    assert app_module.run(_app_parser().parse_args([str(path)])) == 0
    [window] = gave_way
    qtbot.addWidget(window)
    qtbot.addWidget(window.library_window)
    assert said and str(path) in said[0]
    assert window.isHidden() and window.library_window.isVisible()
    assert window.first_frame is None and window.session is None
    assert window.view.text == "" and not window.legend.buttons
    assert window.title_label.text() == "" and window.windowTitle() == "annotator"
    assert not window.save_action.isEnabled()

"""``annotator --class KEY_OR_EXERCISE [FILE_OR_FOLDER...]``: the class window from the shell.

With ``--screenshot OUT.png`` it grades offscreen, shows the page asked
for by ``--class-page`` (gradebook, overview, problems, or sources: how the
class judged the sources) at a fixed size, saves the
picture and exits: that is how the README's pictures are made.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt

SCREENSHOT_SIZE = (1280, 800)
PAGES = ("gradebook", "overview", "problems")
SUB_PAGES = {"sources": ("overview", "judgements")}  # a tab of the overview: how the class judged


def run_class(key: str, sources: list[str], language: str | None,
              screenshot: str | None = None,
              page: str = "gradebook", release_code: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    own_process = QApplication.instance() is None
    if screenshot and own_process:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from annotator.gui.application import (
        install_translations,
        make_app,
        pick_language,
        run_event_loop,
    )
    from annotator.gui.classroom.window import ClassWindow

    app = make_app()
    if not screenshot:  # pictures for the README keep the default look
        from annotator.gui import storage
        from annotator.gui.appearance import apply_look

        apply_look(storage.load_preferences(storage.settings()))  # theme and text size
    language = pick_language(language)
    install_translations(app, language)
    from annotator.gui.classroom.prompts import NoClassPrompts

    window = ClassWindow(prompts=NoClassPrompts() if screenshot else None, language=language)
    window.release_code = release_code  # a sealed copy's key opens with it, in memory only
    page, sub_page = SUB_PAGES.get(page, (page, None))
    window.tabs.setCurrentIndex(PAGES.index(page))
    if sub_page is not None:
        window.overview_panel.setCurrentWidget(getattr(window.overview_panel, sub_page))
    if not sources and not screenshot:
        window.show()
        window.choose_class()
        return run_event_loop(app)
    if screenshot:
        return _screenshot(app, window, Path(key), [Path(s) for s in sources], Path(screenshot))
    window.open_class(Path(key), [Path(s) for s in sources])
    window.show()
    return run_event_loop(app)


def _screenshot(app, window, key: Path, sources: list[Path], out: Path) -> int:
    from PySide6.QtCore import QEventLoop

    outcome: list[str] = []
    loop = QEventLoop()
    window.grading.finished.connect(lambda _: (outcome.append("graded"), loop.quit()))
    window.grading.failed.connect(lambda reason: (outcome.append(reason), loop.quit()))
    window.grading.locked.connect(lambda: (outcome.append("locked"), loop.quit()))
    window.open_class(key, sources)
    loop.exec()
    if outcome[0] != "graded":
        return 1  # the window's prompts said why
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    if not window.grab().save(str(out), "PNG", 80):
        print(f"annotator: cannot write {out}", file=sys.stderr)
        return 1
    window.close()
    return 0


def open_class_window(parent) -> None:
    """From the trainee window's File menu: a class window, asking for the class at once.

    The window's exercise is offered as the key (an instructor's copy has
    one); the class window lives beside the trainee window, not inside it.
    """
    from annotator.gui.classroom.window import ClassWindow

    window = ClassWindow(language=getattr(parent, "language", "en"))
    window.setAttribute(Qt.WA_DeleteOnClose)
    parent._class_windows = [w for w in getattr(parent, "_class_windows", []) if w.isVisible()]
    parent._class_windows.append(window)  # kept alive while it is open
    window.key_path = getattr(parent, "exercise_path", None)
    window.show()
    window.choose_class()

"""``annotator --author [FILE]``: the authoring window from the command line.

FILE may be an exercise to edit, or a saved web page or text file to start
from. With ``--screenshot OUT.png`` the window opens offscreen at a fixed
size, asks nothing, saves a picture of itself and exits (for the README).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1280, 800)


def run_authoring(file: str | None, language: str | None, screenshot: str | None = None) -> int:
    if screenshot:
        return save_screenshot(Path(screenshot), file, language or "en")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon

    from annotator.bundled import resources_dir
    from annotator.gui import storage
    from annotator.gui.appearance import apply_look
    from annotator.gui.application import (
        install_translations,
        make_app,
        pick_language,
        run_event_loop,
    )
    from annotator.gui.authoring.window import AuthoringWindow

    app = make_app(sys.argv[0] if sys.argv else "annotator")
    apply_look(storage.load_preferences(storage.settings()))  # theme and text size, as set
    language = pick_language(language, storage.settings())
    install_translations(app, language)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app" / "annotator.svg")))
    window = AuthoringWindow(language=language)
    if file and not window.open_path(Path(file)):
        return 1
    window.show()
    if not file:
        QTimer.singleShot(0, window.new_exercise)  # start where a new exercise starts
    return run_event_loop(app)


def save_screenshot(out: Path, file: str | None, language: str = "en") -> int:
    """Open the window offscreen, save a PNG of it, exit (0 on success)."""
    from PySide6.QtWidgets import QApplication

    own_process = QApplication.instance() is None
    if own_process:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from annotator.gui.application import install_translations, make_app
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    app = make_app()
    install_translations(app, language)
    window = AuthoringWindow(prompts=NoPrompts(), language=language, interactive=False)
    if file and not window.open_path(Path(file)):
        return 1
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    if window.draft is not None and len(window.draft.key):
        window.key_panel.show_span(window.draft.key.at(0).id)
    window.statusBar().clearMessage()  # notes about the file are for people, not pictures
    app.processEvents()
    window.painter.refresh_now()
    if not window.grab().save(str(out), "PNG", 80):
        print(f"annotator: cannot write {out}", file=sys.stderr)
        return 1
    if own_process:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # nothing else is open; skip tearing down a window never on screen
    window.close()
    return 0

"""Start the window: ``annotator [FILE] [--tour] [--screenshot OUT.png] [--language es|en]``.

``--screenshot`` is for documentation and checks: the window opens offscreen
at a fixed size, asks nothing (no trainee prompt, no recovery offer),
remembers nothing, paints, saves the picture and exits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from annotator.gui.application import install_translations, make_app, pick_language, run_event_loop
from annotator.gui.first_frame import show_first_frame

SCREENSHOT_SIZE = (1280, 800)


def run(args) -> int:
    if args.screenshot:
        return screenshot(
            Path(args.screenshot), args.file, pick_language(args.language),
            check=getattr(args, "check", False), tour=getattr(args, "tour", False),
        )
    app = make_app(sys.argv[0] if sys.argv else "annotator")
    from annotator.gui import storage
    from annotator.gui.appearance import apply_look

    settings = storage.settings()
    apply_look(storage.load_preferences(settings))  # theme and text size
    language = pick_language(args.language, settings)
    install_translations(app, language)
    from PySide6.QtGui import QIcon

    from annotator.bundled import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app" / "annotator.svg")))
    if not args.file and not getattr(args, "check", False) and not getattr(args, "tour", False):
        from annotator.gui.library_launch import start_on_library

        # The start page; the workspace is built once it is on screen.
        start_on_library(settings, language, lambda: _workspace(language))
        return run_event_loop(app)
    window = _workspace(language)
    if getattr(args, "tour", False) and not args.file:
        window.start_tour()  # the guided example; the library if it does not open
        if getattr(window, "tour", None) is None:
            window.show_library()
        return run_event_loop(app)
    if args.file and show_first_frame(window, Path(args.file)):
        window.show()
        app.processEvents()  # painted: the article is there while the rest loads
    status = window.start(Path(args.file) if args.file else None)
    if status == "cancelled" and window.session is None:
        return 0
    if window.session is None:
        # It did not open, and the window said why. Whatever its first frame showed
        # goes; the start page takes its place, as at a start with no file.
        window.forget_first_frame()
        window.hide()
        window.show_library()
        return run_event_loop(app)
    if getattr(args, "check", False) and not window.comparison.enter():
        why = window.hand_in.why_not() or ""
        print(f"annotator: cannot check now: {why} Opening the workspace.", file=sys.stderr)
    window.show()
    return run_event_loop(app)


def _workspace(language: str):
    """The trainee window, at the article text size the trainee chose."""
    from annotator.gui.main_window import MainWindow

    window = MainWindow(language=language)
    size = window.settings.value("view/point_size", 0.0, float)
    if size:
        window.view.set_point_size(size)
    return window


def screenshot(out: Path, file: str | None, language: str = "en", check: bool = False,
               tour: bool = False) -> int:
    """Open the window offscreen at a fixed size, save a PNG of it, exit (0 on success).

    ``check``: the comparison with the expert's key instead of the workspace.
    ``tour``: the guided example at its second step (the first step's passage selected).
    """
    from PySide6.QtWidgets import QApplication

    own_process = QApplication.instance() is None
    if own_process:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_app()
    install_translations(app, language)

    if file is None and not check and not tour:
        return _save_picture(_library_for_screenshot(language), out, own_process)
    from annotator.gui.main_window import MainWindow
    from annotator.gui.prompts import NoPrompts
    from annotator.xmlio.errors import FormatError

    window = MainWindow(prompts=NoPrompts(), language=language, interactive=False)
    if tour and file is None and not check:
        return _tour_picture(window, out, own_process)
    if not check and show_first_frame(window, Path(file)):
        # What the trainee sees first; opening the file changes no pixel of it
        # (tests/gui/test_first_frame.py), so the picture is taken now.
        return _save_picture(window, out, own_process)
    try:
        status = window.start(Path(file) if file else None)
    except FormatError as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 1
    if status != "opened":
        print(f"annotator: cannot open {file}", file=sys.stderr)
        return 1
    if check and not window.comparison.enter():
        # No key, or the check policy does not allow it yet (attempts.md): say which.
        why = window.hand_in.why_not() or ""
        print(f"annotator: {file or 'the exercise'}: cannot check now: {why}",
              file=sys.stderr)
        return 1
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    window.painter.refresh_now()
    if check:
        window.comparison.view.painter.refresh_now()
    return _save_picture(window, out, own_process)


def _tour_picture(window, out: Path, own_process: bool) -> int:
    """The guided example as a trainee sees it once the first step's words are selected."""
    from annotator.gui.tour import start_tour

    window.resize(*SCREENSHOT_SIZE)
    tour = start_tour(window)
    if tour is None:
        print("annotator: cannot open the guided example", file=sys.stderr)
        return 1
    window.view.select_offsets(tour.passage.start, tour.passage.end)  # step 1 done, as by hand
    window.painter.refresh_now()
    return _save_picture(window, out, own_process)


def _library_for_screenshot(language: str):
    """The start page as a new trainee sees it: no one's recent files, progress or scores;
    alone, as the app starts on it (the workspace comes once it is on screen)."""
    import tempfile

    from PySide6.QtCore import QSettings

    from annotator.gui.library import LibraryWindow
    from annotator.gui.prompts import NoPrompts

    empty = Path(tempfile.mkdtemp(prefix="annotator-library-")) / "settings.ini"
    return LibraryWindow(QSettings(str(empty), QSettings.IniFormat), language, NoPrompts())


def _save_picture(window, out: Path, own_process: bool) -> int:
    from PySide6.QtWidgets import QApplication

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    image = window.grab()
    if not image.save(str(out), "PNG", 80):  # 80: a third faster than the default, as small
        print(f"annotator: cannot write {out}", file=sys.stderr)
        return 1
    if own_process:
        # The picture is written and nothing else is open: tearing down a window that
        # was never on screen is a fifth of this command's time, so skip it.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    window.close()
    return 0

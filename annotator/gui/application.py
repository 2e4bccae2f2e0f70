"""The one QApplication every window runs in: names, style, language.

The trainee window, the authoring window and the class window each start
from the shell through their own launcher; all three set up the process
here, below every window, so that no launcher imports another.
"""

from __future__ import annotations


def pick_language(requested: str | None, store=None) -> str:
    """--language, else the language picked in Settings, else the system's (i18n.py)."""
    from annotator.gui import i18n, storage

    return i18n.choose_language(requested, store if store is not None else storage.settings())


def install_translations(app, language: str) -> None:
    from annotator.gui import i18n

    i18n.install(app, language)  # ours and Qt's own, kept alive by the app


def make_app(argv0: str = "annotator"):
    """The QApplication with our names, style and sheet (reused when one exists)."""
    from PySide6.QtWidgets import QApplication

    from annotator.gui import theme

    app = QApplication.instance()
    if app is None:
        # Named on the command line, Qt sets the style itself: asked from Python,
        # setStyle hands back the style object and loads its Python class (6 ms).
        app = QApplication([argv0, "-style", "fusion"])
    else:
        app.setStyle("Fusion")
    app.setOrganizationName("annotator")
    app.setApplicationName("annotator")
    theme.apply(app)
    return app


def run_event_loop(app) -> int:
    """Run the window's event loop, ending the start's pause of the cycle collector
    first (annotator/collector.py): every launcher enters its loop here."""
    from annotator import collector

    collector.resume(collector.WINDOW_START)
    return app.exec()

"""The instructor's authoring window: from a pasted or saved article to an exercise with a key.

It reuses the workspace's article view, span painter, offset map and undo
commands over :mod:`annotator.core.authoring`, the Qt-free draft; this
package only adds the editors around them and the file flows.
"""

from __future__ import annotations

from pathlib import Path

_OPEN: list = []  # windows opened from another window: kept alive until they close


def open_authoring_window(parent=None, path: Path | None = None, language: str | None = None):
    """Open an authoring window beside the caller, on an exercise; returns it.

    Without an exercise it asks at once where the new one comes from (the
    paste box), since that is what "New exercise…" means.
    """
    from PySide6.QtCore import QTimer

    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(language=language or getattr(parent, "language", "en"))
    if path is not None and not window.open_path(Path(path)):
        window.deleteLater()
        return None
    _OPEN.append(window)
    window.destroyed.connect(lambda *_: _OPEN.remove(window) if window in _OPEN else None)
    window.show()
    window.raise_()
    window.activateWindow()
    if path is None:
        QTimer.singleShot(0, window.new_exercise)
    return window

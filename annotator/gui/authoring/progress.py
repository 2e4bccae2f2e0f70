"""Slow work (a large saved page) off the window's thread, with a progress dialog.

Importing a heavy news page takes seconds (5 MB of HTML: about 2.5 s here).
The work runs in a thread while a busy dialog with Cancel appears after a
short delay, so a quick import shows nothing and a slow one never looks
frozen. The work only reads and computes; whatever it returns is swapped
into the window afterwards, on the window's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

T = TypeVar("T")
SHOW_AFTER_MS = 400
POLL_MS = 25


class Cancelled(Exception):
    """The user pressed Cancel; the work's result, when it comes, is dropped."""


def run_busy(parent, label: str, work: Callable[[], T], show_after_ms: int = SHOW_AFTER_MS) -> T:
    """Run ``work`` in a thread and wait for it with the window alive; re-raise what it raised."""
    outcome: dict[str, object] = {}
    done = threading.Event()

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=target, name="annotator-import", daemon=True).start()
    dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("busyDialog")
    dialog.setWindowTitle(translate("Progress", "Working…"))
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setValue(0)  # starts the minimum-duration clock
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: (done.is_set() or dialog.wasCanceled()) and loop.quit())
    timer.start()
    if not done.is_set():
        loop.exec()
    timer.stop()
    cancelled = dialog.wasCanceled() and not done.is_set()
    dialog.close()
    dialog.deleteLater()
    if cancelled:
        raise Cancelled()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]

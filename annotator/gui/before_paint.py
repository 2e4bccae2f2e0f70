"""Work that must join the window's next paint, done just before it.

Qt paints a window when the window's UpdateRequest event arrives. A change
whose follow-up waits on a timer (the painter's batched refresh, a table's
delayed row layout) lands after that paint and costs a second one. Asked
here, the follow-up runs just before the paint, so the change and the rest
of the window share one frame. Each window has one hook; asking twice for
the same call before a paint runs it once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

HOOK_NAME = "beforePaintHook"


class _Hook(QObject):
    """Runs the calls asked for, in order, when its window is about to paint."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # goes with the window
        self.setObjectName(HOOK_NAME)
        self.pending: dict[Callable[[], object], None] = {}  # an ordered set
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.UpdateRequest and self.pending:
            calls, self.pending = list(self.pending), {}
            for call in calls:
                call()
        return False


def before_window_paints(widget: QWidget, call: Callable[[], object]) -> None:
    """Run ``call`` just before the window holding ``widget`` next paints."""
    window = widget.window()
    hook = window.findChild(QObject, HOOK_NAME)
    if not isinstance(hook, _Hook):
        hook = _Hook(window)
    hook.pending[call] = None

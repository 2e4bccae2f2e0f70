"""Python's cycle collector waits while a window starts, then runs as usual.

A start makes tens of thousands of objects that live as long as the process:
modules, classes, and the Python enums PySide6 makes for each Qt class the
first time it is used. Before the first paint the collector would walk them
about fifty times and find almost nothing, for several milliseconds of a
start that has none to spare (``benchmarks/workspace.py``, decision 0013).

So the app path pauses it as it begins, and resumes it once the window is
up, just before the event loop. Resuming first moves everything made so far
out of the collector's way (``gc.freeze``): later collections, while a
trainee marks, do not walk the start's objects either.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """Stop automatic collections until ``resume()``."""
    gc.disable()


def resume() -> None:
    """Collect automatically again, leaving what exists now out of it; no-op unless paused."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()

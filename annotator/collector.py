"""Python's cycle collector waits while a window starts, then runs as usual.

A start makes tens of thousands of objects that live as long as the process:
modules, classes, and the Python enums PySide6 makes for each Qt class the
first time it is used. Before the first paint the collector would walk them
about fifty times and find almost nothing, for several milliseconds of a
start that has none to spare (``benchmarks/workspace.py``, decision 0013).

So the app path pauses it as it begins, and ends that pause once the window
is up, just before the event loop. Resuming first moves everything made so far
out of the collector's way (``gc.freeze``): later collections, while a
trainee marks, do not walk the start's objects either.
"""

from __future__ import annotations

import gc

# Pauses are named: the collector runs again once every pause has ended. The
# class window pauses it while it grades (gui/classroom/grading_job.py), so a
# start that opens a class must not wake it when its own pause ends.
WINDOW_START = "a window starting"
_pauses: set[str] = set()


def pause(reason: str) -> None:
    """No automatic collection until ``resume(reason)``, and every other pause has ended."""
    _pauses.add(reason)
    gc.disable()


def resume(reason: str) -> None:
    """End the pause called ``reason``. The last one to end lets the collector run again,
    leaving what exists now out of it; a pause that did not begin changes nothing."""
    if reason not in _pauses:
        return
    _pauses.discard(reason)
    if not _pauses:
        gc.freeze()
        gc.enable()

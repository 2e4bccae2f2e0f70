"""How one window opens another: by name, importing the other window only when asked.

The trainee window opens the authoring and class windows; the authoring
window opens the trainee window for its "preview as a student". If each
imported the other, the windows would form an import circle and every one
would load them all at start-up. Instead each asks this launcher for a
window by name; the table below is the one place that knows which module
holds which window, and a module is imported on first use only.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# name -> "module:callable"; each callable opens (or builds) that window.
WINDOWS: dict[str, str] = {
    "workspace": "annotator.gui.main_window:MainWindow",
    "library": "annotator.gui.library_launch:show_library",
    "authoring": "annotator.gui.authoring:open_authoring_window",
    "class": "annotator.gui.classroom.launch:open_class_window",
}


def window_factory(name: str) -> Callable[..., Any]:
    """The callable that opens the window called ``name`` (imported now, on first use)."""
    module_name, _, attribute = WINDOWS[name].partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def open_window(name: str, *args: Any, **kwargs: Any) -> Any:
    """Open the window called ``name`` with these arguments; returns what its opener returns."""
    return window_factory(name)(*args, **kwargs)

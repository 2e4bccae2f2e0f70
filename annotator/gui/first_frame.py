"""The window's first paint on a bundled exercise, before any model exists.

``annotator FILE`` on one of the package's exercises shows the window as
soon as its widgets exist: the article, the title, the legend and the
buttons come from :mod:`annotator.xmlio.first_frame` (no pydantic, no
validators). The caller then opens the file the usual way, which swaps the
models in and leaves the picture as it was.
"""

from __future__ import annotations

from pathlib import Path

from annotator.xmlio.first_frame import bundled_first_frame


def show_first_frame(window, path: Path) -> bool:
    """Fill ``window`` from the first frame of ``path``; False (nothing shown) for any
    file that is not one of the package's own exercises."""
    frame = bundled_first_frame(path)
    if frame is None:
        return False
    window.show_first_frame(frame)
    return True

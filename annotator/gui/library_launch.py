"""The library beside the workspace: shown at start-up, and again with File › Library.

The library only says which file to open; the workspace opens it (asking
about unsaved work and who is working, as for any file), and the library
steps aside once it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.gui.library import LibraryWindow

if TYPE_CHECKING:
    from annotator.core.model import Trainee
    from annotator.gui.prompts import Prompts


def show_library(window) -> LibraryWindow:
    """Show the workspace's library (built on first use), up to date with its trainee."""
    library: LibraryWindow | None = getattr(window, "library_window", None)
    trainee = window.session.trainee if window.session is not None else None
    if library is None:
        # Nothing open in the window (a file that failed at start, say): the course
        # is painted before the trainee's own exercises are read whole (gui/library.py).
        library = LibraryWindow(
            window.settings, window.language, window.prompts, window.keeper.journal, trainee,
            own_later=window.session is None,
        )
        library.open_requested.connect(
            lambda path, trainee: open_from_library(window, library, path, trainee)
        )
        library.tour_requested.connect(lambda trainee: tour_from_library(window, library, trainee))
        window.library_window = library
    elif window.session is not None:
        library.set_trainee(trainee)
    else:
        library.refresh()
    library.show()
    library.raise_()
    library.activateWindow()
    return library


def start_on_library(settings, language: str, make_workspace: Callable[[], Any],
                     prompts: Prompts | None = None) -> LibraryWindow:
    """The app's start with no file: the library alone, painted before the workspace
    exists (its modules and widgets are most of a start). ``make_workspace`` builds
    the workspace once the library is on screen, or at the first request if sooner."""
    from annotator.gui import storage

    library = LibraryWindow(settings, language, prompts, storage.journal(), own_later=True)
    made = []

    def workspace():
        if not made:
            window = make_workspace()
            window.library_window = library  # File › Library shows this one again
            made.append(window)
        return made[0]

    library.open_requested.connect(
        lambda path, trainee: open_from_library(workspace(), library, path, trainee))
    library.tour_requested.connect(lambda trainee: tour_from_library(workspace(), library, trainee))
    library.first_painted.connect(workspace)
    library.show()
    return library


def open_from_library(window, library: LibraryWindow, path: Path, trainee: Trainee | None) -> str:
    """Open ``path`` in the workspace; the first time, as the app's start-up does."""
    if window.session is None:
        status = window.start(path, trainee)
    else:
        status = window.open_path(path, trainee=trainee)
    if status == "opened":
        window.show()
        window.raise_()
        window.activateWindow()
        library.hide()
    return status


def tour_from_library(window, library: LibraryWindow, trainee: Trainee | None):
    """Start the guided example in the workspace; the library steps aside once it is open."""
    from annotator.gui.tour import start_tour  # loaded when first wanted

    tour = start_tour(window, trainee)
    if tour is not None:
        library.tour_offer.hide()  # answered (remembered as "started", unless a screenshot)
        library.hide()
    return tour

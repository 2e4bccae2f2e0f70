"""Where a file dialog opens: the last folder used, else Documents, else home.

Never the current directory (started from a terminal, that is wherever the
terminal was) and never a folder that does not exist: Qt's dialogs then fall
back to the current directory or type the missing folder's name into the
file box, which a new user reads as a file called "Documents".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from annotator import bundled


def documents_folder() -> Path:
    """The user's documents folder when it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(*candidates: Path | str | None) -> Path:
    """The first candidate that is an existing folder of the user's, else :func:`documents_folder`.

    Candidates are tried in order (the file open, the last folder used, a
    saved setting); the folder of the bundled exercises is skipped, since
    the user never chose it and cannot save there.
    """
    shipped = bundled.exercises_dir().resolve()
    for candidate in candidates:
        if not candidate:
            continue
        folder = Path(candidate)
        if folder.is_dir() and folder.resolve() != shipped:
            return folder
    return documents_folder()

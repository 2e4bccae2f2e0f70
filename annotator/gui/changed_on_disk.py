"""Before saving over a file that changed on disk since it was opened or saved: ask.

Both the trainee window (submissions) and the authoring window (exercises)
ask this way.

Another program, a synced folder or a teacher's script may have rewritten
it. The trainee chooses: keep theirs (the window shows their version; ours
is kept beside it as a conflict copy), keep mine (theirs is kept as the
conflict copy, then ours is saved), or save mine under another name. Never
a silent merge, never a silent overwrite; whichever version is not shown is
kept on disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotator.services.on_disk import changed_since, keep_copy
from annotator.xmlio.atomic import SaveError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

GO, STOP, DONE = "go", "stop", "done"  # save now; do not save; handled (work is safe)


def _same_file(a: Path | None, b: Path) -> bool:
    return a is not None and Path(a).resolve() == Path(b).resolve()


def settle(window, path: Path) -> str:
    """The trainee window, before writing ``path``: GO, STOP, or DONE (it already saved or
    took their version; nothing of ours is unsaved)."""

    from annotator.xmlio.writers import to_bytes  # with the first save, not at start

    def reopen() -> bool:
        trainee = window.session.trainee
        window.keeper.discard()
        return window.open_path(path, trainee=trainee) == "opened"

    return ask_before_overwriting(
        window, path, window.document_path,
        lambda: to_bytes(window.session.to_submission()), reopen)


def ask_before_overwriting(window, path: Path, current: Path | None, ours, reopen) -> str:
    """Any window: ask if ``path`` (its file, ``current``) changed on disk, and act.

    ``ours()`` gives our version's bytes (for the conflict copy when keeping
    theirs), ``reopen()`` shows their version in the window. The window has
    ``disk_fingerprint``, ``conflict_copy``, ``prompts``, ``undo_stack`` and
    ``save_as()``.
    """
    if not _same_file(current, path):
        return GO  # Save As to another file: the file dialog asked about overwriting
    if not changed_since(path, window.disk_fingerprint):
        return GO
    answer = window.prompts.file_changed(window, path)
    if answer == "mine":
        copy = _keep(window, path, None)
        if copy is None:
            return STOP
        window.conflict_copy = copy
        return GO
    if answer == "theirs":
        try:
            data = ours()
        except ValueError as exc:  # ours cannot be written (over a limit): keep it open here
            window.prompts.error(window, translate("MainWindow", "Not saved"), str(exc))
            return STOP
        copy = _keep(window, path, data)
        if copy is None:
            return STOP
        window.undo_stack.setClean()  # ours is in the copy: reopening must not ask about it
        if not reopen():
            return STOP
        window.statusBar().showMessage(translate(
            "MainWindow", "Showing the version on disk; yours is kept as %1.")
            .replace("%1", copy.name), 0)
        return DONE
    if answer == "save_as":
        return DONE if window.save_as() else STOP
    return STOP


def _keep(window, path: Path, data: bytes | None) -> Path | None:
    try:
        return keep_copy(path, data)
    except (SaveError, OSError) as exc:
        reason = exc.text(window.language) if isinstance(exc, SaveError) else str(exc)
        window.prompts.error(window, translate("MainWindow", "Not saved"), translate(
            "MainWindow", "The other version could not be kept, so nothing was overwritten: "
            "%1").replace("%1", reason))
        return None

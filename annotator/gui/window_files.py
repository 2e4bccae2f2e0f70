"""Opening, recovering and saving, for the main window.

Opening loads everything first (open_document, the trainee's answer) and
only then swaps it in, so a bad file or a cancelled question leaves the
current work as it was. Recovery is looked up only once the trainee is
confirmed. Saving writes a submission atomically; when it fails, the work
stays in memory and in the journal and the user is told.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from annotator import bundled
from annotator.core.messages import in_language
from annotator.gui import shared_work, storage
from annotator.gui.commands import ReplaceSpans

if TYPE_CHECKING:
    from annotator.core.model import Trainee

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "trainee"


class FilesMixin:
    """The main window's file side; expects the attributes MainWindow sets up."""

    # ================================================================ opening

    def start(self, path: Path | None = None, trainee: Trainee | None = None) -> str:
        """Open at start-up: the given file or the first exercise; clean stale temp files.

        ``trainee``: already confirmed (in the library), so not asked again.
        Returns "opened", "failed" or "cancelled".
        """
        target = Path(path) if path else bundled.first_exercise()
        if self.interactive:
            from annotator.xmlio.atomic import clean_stale_temp_files

            self.keeper.journal.clean()
            for folder in {target.parent, *(p.parent for p in self._recent())}:
                clean_stale_temp_files(folder)
        status = self.open_path(target, trainee=trainee)
        if status == "opened" and self.interactive and self.undo_stack.isClean():
            self._offer_recovery_elsewhere()
        return status

    def choose_file(self) -> None:
        from annotator.gui.folders import start_folder  # with the first file dialog

        start = start_folder(
            self.document_path.parent if self.document_path else None,
            self.exercise_path.parent if self.exercise_path else None,
            self.settings.value("files/save_folder", "", str),
        )
        path = self.prompts.open_path(self, start)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, trainee: Trainee | None = None, restore: bool = False) -> str:
        """Open a file; a bad one is reported and leaves the current work untouched.

        ``trainee`` skips the question (already answered); ``restore`` takes
        this trainee's recovered work without asking again.
        """
        from annotator.gui import opening  # the readers and models load with the first file
        from annotator.xmlio.errors import FormatError

        elsewhere = [p for p in self._recent() if p.name.endswith(".exercise.xml")]
        elsewhere.append(bundled.exercises_dir())
        try:
            opened = opening.open_document(
                Path(path),
                elsewhere,
                lambda eid, folder: self.prompts.locate_exercise(self, eid, folder),
            )
        except FormatError as exc:
            if not self.interactive:
                raise
            self.prompts.error(
                self, translate("MainWindow", "Cannot open this file"), exc.text(self.language)
            )
            return "failed"
        if opened is None:
            return "cancelled"
        current_work = self._ask_about_current_work()  # only once the new file is good
        if current_work == "cancel":
            return "cancelled"
        confirmed = trainee
        trainee = opened.submission.trainee if opened.submission else None
        if self.interactive and confirmed is not None:
            trainee = confirmed
        elif self.interactive:
            suggested = trainee or storage.last_trainee(self.settings)
            in_file = trainee
            trainee = self.prompts.confirm_trainee(self, suggested, opened.exercise.title)
            if trainee is None:
                return "cancelled"
            if in_file is None or trainee != in_file:
                # Starting new work, or typing one's own name over the file's: that is the
                # person at this computer. Confirming whose file it is (a friend's, a
                # trainee's opened by the teacher) is not, and leaves the default alone.
                storage.remember_trainee(self.settings, trainee)
                self.settings.sync()
        claim, lock = shared_work.claim(self, opened.document_path, trainee, opened.exercise.id)
        if claim == shared_work.CANCEL:
            return "cancelled"
        if claim == shared_work.COPY:  # the same highlights, to be saved under another name
            import dataclasses

            opened = dataclasses.replace(opened, document_path=None)
        if current_work == "discard":
            self.keeper.discard()
        self.read_only = self.undo_stack.read_only = claim == shared_work.READ_ONLY
        shared_work.switch_lock(self, lock)
        self._install(opened, trainee)
        if self.interactive:
            storage.add_recent(self.settings, opened.exercise_path)
            if opened.document_path:
                storage.add_recent(self.settings, opened.document_path, trainee)
            self._offer_recovery(ask=not restore)
        if opened.notices:
            notices = [in_language(notice, self.language) for notice in opened.notices]
            self.statusBar().showMessage(" · ".join(notices), 15000)
        return "opened"

    def _ask_about_current_work(self) -> str:
        """ "clean", "saved", "discard" (not yet acted on) or "cancel"."""
        if self.session is None or self.undo_stack.isClean():
            return "clean"
        answer = self.prompts.ask_unsaved(self)
        if answer == "save":
            return "saved" if self.save() else "cancel"
        return answer

    def _may_drop_current_work(self) -> bool:
        answer = self._ask_about_current_work()
        if answer == "discard":
            self.keeper.discard()
        return answer != "cancel"

    def _offer_recovery(self, ask: bool = True) -> None:
        if self.read_only:
            return  # the work is another window's: its journal is its own
        session = self.session
        entry = self.keeper.journal.load(session.trainee, session.exercise.id)
        if entry is None:
            return
        if entry.annotations == session.annotations:
            self.keeper.journal.take_over(entry)
            self.keeper.journal.discard(session.trainee, session.exercise.id)
            return
        if entry.exercise_sha256 != session.exercise.article.sha256:
            return  # made on another version of the article: leave it for a later look
        self.keeper.journal.take_over(entry)  # restored here, or thrown away for good
        if ask and not self.prompts.offer_recovery(self, entry):
            self.keeper.discard()
            return
        if entry.document_path:
            from annotator.services.on_disk import fingerprint

            self.document_path = Path(entry.document_path)
            self.disk_fingerprint = fingerprint(self.document_path)
            self.keeper.document_path = self.document_path
        self.undo_stack.push(ReplaceSpans(session, session.annotations, entry.annotations))
        count = len(entry.annotations)  # a plain variable, so that lupdate sees the call
        self.statusBar().showMessage(
            translate("MainWindow", "Restored %n highlights from unsaved work.", "", count), 8000
        )

    def _offer_recovery_elsewhere(self) -> None:
        """At start-up: this trainee's unsaved work on another exercise, if any."""
        trainee = self.session.trainee
        for entry in self.keeper.journal.entries_for(trainee):
            if entry.exercise_id == self.session.exercise.id:
                continue
            path = self._recovery_target(entry)
            if path is None:
                continue  # its exercise is gone: keep the journal for when it is back
            if self.prompts.offer_recovery(self, entry):
                self.open_path(path, trainee=trainee, restore=True)
                return
            self.keeper.journal.take_over(entry)
            self.keeper.journal.discard(trainee, entry.exercise_id)

    def _recovery_target(self, entry) -> Path | None:
        """The file to reopen for a journal: its saved submission, else its exercise."""
        for candidate in (entry.document_path, entry.exercise_path):
            if candidate and Path(candidate).is_file():
                return Path(candidate)
        from annotator.xmlio.locate import find_exercise  # reads files: loads lxml

        places = [p for p in self._recent() if p.name.endswith(".exercise.xml")]
        return find_exercise(entry.exercise_id, bundled.exercises_dir(), places)

    def _recent(self) -> list[Path]:
        trainee = self.session.trainee if self.session else None
        return storage.recent_files(self.settings, trainee)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent()[: storage.MAX_RECENT]:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(True)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))

    @staticmethod
    def _dropped_path(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 and local[0].suffix == ".xml" else None

    # ================================================================ saving

    def suggested_path(self) -> Path:
        if self.document_path is not None:
            return self.document_path
        from annotator.gui.folders import start_folder

        folder = start_folder(
            self.settings.value("files/save_folder", "", str),
            self.exercise_path.parent if self.exercise_path else None,
        )
        trainee = self.session.trainee
        who = _slug((trainee.name or trainee.id or "") if trainee else "")
        return Path(folder) / f"{self.session.exercise.id}.{who}.submission.xml"

    def save(self) -> bool:
        if self.session is None:
            return False
        if self.document_path is None or self.read_only:
            return self.save_as()
        return self._write(self.document_path)

    def save_as(self) -> bool:
        if self.session is None:
            return False
        path = self.prompts.save_path(self, self.suggested_path())
        return False if path is None else self._write(path)

    def _write(self, path: Path) -> bool:
        lock = shared_work.lock_for_saving(self, path)
        if lock is None:
            return False  # another window has that file: said so
        from annotator.gui import changed_on_disk  # with the first save

        step = changed_on_disk.settle(self, path)
        if step != changed_on_disk.GO:
            shared_work.release_unless_held(self, lock)
            return step == changed_on_disk.DONE
        from annotator.xmlio import writers
        from annotator.xmlio.atomic import SaveError

        try:
            data = writers.save(self.session.to_submission(), path)
        except SaveError as exc:
            shared_work.release_unless_held(self, lock)
            if exc.in_document:  # over a limit of the format: another folder would not help
                advice = translate(
                    "MainWindow",
                    "Your highlights could not be saved: %1\n\nNothing is lost: they are still "
                    "here. Change what this message names, then save again.",
                )
                self.keeper.flush()
            elif self.keeper.flush():
                advice = translate(
                    "MainWindow",
                    "Your highlights could not be saved: %1\n\nNothing is lost: they are still "
                    "here and kept for recovery. Try again, or save to another folder "
                    "(File > Save As).",
                )
            else:  # the journal could not be written either: say so, never promise recovery
                advice = translate(
                    "MainWindow",
                    "Your highlights could not be saved: %1\n\nThey could not be kept for "
                    "recovery either: they are only in this window. Do not close it. Free some "
                    "space, or save to another drive such as a USB stick (File > Save As).",
                )
            self.prompts.error(self, translate("MainWindow", "Not saved"),
                               advice.replace("%1", exc.text(self.language)))
            self._update_safety()
            return False
        self.document_path = path
        from annotator.services.on_disk import fingerprint_of

        self.disk_fingerprint = fingerprint_of(data, path)
        shared_work.switch_lock(self, lock)
        if self.read_only:  # a copy of another window's work, now a file of its own
            self.read_only = self.undo_stack.read_only = False
            self.panel.model.edit_requested = self._request_edit  # notes editable again
            if self.interactive:
                self.keeper.attach(self.session, self.exercise_path, path)
        self.keeper.document_path = path
        self.undo_stack.setClean()
        self.keeper.discard()
        if self.interactive:
            self.settings.setValue("files/save_folder", str(path.parent))
            storage.add_recent(self.settings, path, self.session.trainee)
        message = translate("MainWindow", "Saved to %1").replace("%1", str(path))
        if self.conflict_copy is not None:  # theirs was changed on disk: say where it is kept
            message += " · " + translate(
                "MainWindow", "the other version is kept as %1").replace(
                "%1", self.conflict_copy.name)
            self.conflict_copy = None
        from annotator.gui.feature_reminder import unanswered_reminder

        reminder = unanswered_reminder(self.session, self.language)  # never blocking
        if reminder:
            message += " · " + reminder
        self.statusBar().showMessage(message, 0 if " · " in message else 6000)
        self._update_title()
        self._update_safety()
        return True

"""New, open, save, export and preview, for the authoring window.

Articles come in through the core importers the command line uses
(``annotator import-text``, ``annotator import-html``), so a page gives the
same blocks in the window as in a script. A file that cannot be read costs
nothing: the current draft stays as it was and one line names the file and
the reason. Saving goes through the writers, which check the document
against the schema before anything touches the disk, and atomically.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from annotator import bundled
from annotator.core.authoring import AuthoringError, Draft, summary
from annotator.core.messages import in_language, os_reason
from annotator.core.model import Exercise, KeyFile
from annotator.gui import changed_on_disk, launcher
from annotator.gui.authoring.messages import describe
from annotator.gui.authoring.new_source import NewSource
from annotator.gui.authoring.progress import Cancelled, run_busy
from annotator.gui.folders import start_folder
from annotator.services.html_import import import_html, read_page
from annotator.services.importer import (
    DEFAULT_INSTRUCTIONS,
    ImportProblem,
    import_text,
    read_text_source,
)
from annotator.services.interop.document import key_document
from annotator.services.interop.export import write as interop_write
from annotator.services.interop.xmi import CassisMissing
from annotator.services.on_disk import fingerprint_of
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.errors import FormatError, one_line
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save as save_document
from annotator.xmlio.writers import to_bytes

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FORMAT_NAMES = {"w3c": "W3C Web Annotation", "xmi": "INCEpTION", "brat": "brat"}


def draft_from_text(text: str, language: str = "es") -> Draft:
    """A draft from pasted or plain text: one block per line, headline and standfirst first."""
    article = import_text(text)
    return Draft.from_article(
        article, language=language, instructions=DEFAULT_INSTRUCTIONS.get(language, "")
    )


def draft_from_page(data: bytes) -> tuple[Draft, list[str]]:
    """A draft from a saved web page, and what the import left out (for the Blocks tab)."""
    imported = import_html(data)
    language = imported.language or "es"
    draft = Draft.from_article(
        imported.article, imported.title, imported.source, language,
        DEFAULT_INSTRUCTIONS.get(language, ""),
    )
    return draft, [n for n in imported.notes if n.startswith("dropped")]


class FilesMixin:
    """Expects the attributes AuthoringWindow sets up."""

    # ================================================================ starting

    def new_exercise(self) -> bool:
        if not self.may_drop_current_work():
            return False
        source = self.prompts.new_source(self)
        if source is None:
            return False
        return self.start_from(source)

    def start_from(self, source: NewSource) -> bool:
        if source.kind == "paste":
            return self._install_new(lambda: (draft_from_text(source.text, self._language()), []),
                                     translate("AuthoringWindow", "pasted text"))
        if source.kind == "copy":
            return self.copy_exercise(source.path)
        return self.import_article(source.path)

    def choose_file(self) -> None:
        if not self.may_drop_current_work():
            return
        path = self.prompts.open_path(self, self._folder(), "exercise")
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open an exercise to edit, or start from a page or text file (by its name)."""
        path = Path(path)
        if path.suffix.lower() in HTML_SUFFIXES or path.suffix.lower() == ".txt":
            return self.import_article(path)
        loaded = self._read_exercise(path)
        if loaded is None:
            return False
        if loaded.document.sealed_key is not None:  # editing it would drop the sealed key
            self.prompts.error(self, translate("AuthoringWindow", "Cannot open this file"),
                               translate("AuthoringWindow", "%1 is a sealed student copy: open "
                                         "your own exercise (with its key) to edit it.")
                               .replace("%1", str(path)))
            return False
        editable = not _inside(path, bundled.exercises_dir())
        self.set_draft(Draft.from_exercise(loaded.document), path if editable else None)
        notes = [in_language(repair, self.language) for repair in loaded.repairs]
        if not editable:
            notes.append(translate("AuthoringWindow", "a bundled exercise: Save asks where"))
        if notes:
            self.statusBar().showMessage(" · ".join(notes), 15000)
        return True

    def import_article(self, path: Path) -> bool:
        """A new exercise from a saved web page or a plain-text file."""
        path = Path(path)
        if path.suffix.lower() in HTML_SUFFIXES:
            return self._install_new(lambda: draft_from_page(read_page(path)), str(path))
        return self._install_new(lambda: (draft_from_text(
            read_text_source(path, "not_utf8_hint"), self._language()), []), str(path))

    def copy_exercise(self, path: Path) -> bool:
        loaded = self._read_exercise(path)
        if loaded is None:
            return False
        exercise = loaded.document
        self.set_draft(Draft.copy_of(exercise))
        self.statusBar().showMessage(
            translate("AuthoringWindow", "A copy of “%1” with the id %2: save it under a new name.")
            .replace("%1", exercise.title)
            .replace("%2", self.draft.details.id),
            10000,
        )
        return True

    def _install_new(self, make, where: str) -> bool:
        try:
            draft, notes = run_busy(
                self, translate("AuthoringWindow", "Reading the article…"), make
            )
        except Cancelled:
            return False
        except (ImportProblem, AuthoringError, ValueError) as exc:
            if isinstance(exc, AuthoringError):
                reason = describe(exc)
            elif isinstance(exc, ImportProblem) and exc.args:
                reason = one_line(in_language(exc.args[0], self.language))
            else:
                reason = one_line(str(exc))
            self.prompts.error(
                self, translate("AuthoringWindow", "Cannot use this article"), f"{where}: {reason}"
            )
            return False
        self.set_draft(draft, None, [in_language(note, self.language) for note in notes])
        self.tabs.setCurrentIndex(1)  # the blocks: check what the import made
        blocks = len(draft.blocks)
        self.statusBar().showMessage(
            translate(
                "AuthoringWindow",
                "%n blocks read. Check their kinds in Blocks, then mark the key (select, press "
                "1, 2, 3).", "", blocks,
            ),
            15000,
        )
        return True

    def _read_exercise(self, path: Path):
        """Read (off the window's thread: a big file takes a while) or say why not; None then."""
        try:
            return run_busy(
                self, translate("AuthoringWindow", "Reading the exercise…"),
                lambda: read_exercise(path),
            )
        except Cancelled:
            return None
        except (FormatError, OSError) as exc:
            self._cannot_open(path, exc)
            return None

    def _cannot_open(self, path: Path, exc: Exception) -> None:
        message = exc.text(self.language) if isinstance(exc, FormatError) else (
            f"{path}: {one_line(in_language(os_reason(exc), self.language))}"
        )
        self.prompts.error(self, translate("AuthoringWindow", "Cannot open this file"), message)

    def _language(self) -> str:
        return self.language if self.language in ("es", "en") else "es"

    # ================================================================ unsaved work

    def may_drop_current_work(self) -> bool:
        if self.draft is None or self.undo_stack.isClean():
            return True
        answer = self.prompts.ask_unsaved(self)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ================================================================ saving

    def _folder(self) -> Path:
        if self.path is not None:
            return self.path.parent
        return start_folder(self.settings.value("authoring/folder", "", str))

    def _document(self, kind: str) -> Exercise | KeyFile | None:
        """The document to write, with what is typed in the editors; None (told) when refused."""
        editors = (self.key_panel, self.tagset_editor, self.details_panel)
        for commit in (*(e.commit for e in editors), self.block_editor.apply_text):
            commit()
        try:
            if kind == "key":
                return self.draft.key_file()
            return self.draft.student_copy() if kind == "student" else self.draft.to_exercise()
        except AuthoringError as exc:
            self.prompts.error(
                self,
                translate("AuthoringWindow", "Not saved"),
                translate("AuthoringWindow", "The exercise cannot be written yet: %1").replace(
                    "%1", describe(exc)
                ),
            )
            return None

    def save(self) -> bool:
        if self.draft is None:
            return False
        if self.path is None:
            return self.save_as()
        return self._save("exercise", self.path)

    def save_as(self) -> bool:
        return self._save("exercise")

    def export_student_copy(self) -> bool:
        return self._save("student")

    def export_key(self) -> bool:
        return self._save("key")

    def export_for_tools(self, fmt: str) -> bool:
        """The exercise's text and key for INCEpTION, brat or a W3C tool, into a folder."""
        if self.draft is None:
            return False
        exercise = self._document("exercise")
        if exercise is None:
            return False
        folder = self.prompts.choose_folder(self, self._folder() / fmt)
        if folder is None:
            return False
        document = key_document(exercise, exercise.id)
        try:
            written = interop_write([document], fmt, Path(folder))
        except (SaveError, CassisMissing) as exc:
            reason = exc.text(self.language) if isinstance(exc, SaveError) else \
                in_language(exc.args[0], self.language)
            self.prompts.error(self, translate("AuthoringWindow", "Not exported"), reason)
            return False
        self.statusBar().showMessage(
            translate("AuthoringWindow", "%1 files for %2 written to %3")
            .replace("%1", str(len(written))).replace("%2", FORMAT_NAMES[fmt])
            .replace("%3", str(folder)), 10000)
        return True

    def export_sealed_copy(self) -> bool:
        """Write a sealed student copy and show its release code, kept in this exercise too.

        The code goes into the draft (``<sealing code>``); when the exercise has
        a file it is saved at once, so the code is never only on screen.
        """
        if self.draft is None:
            return False
        document = self._document("exercise")
        if document is None:
            return False
        if not document.key:
            self.prompts.error(self, translate("AuthoringWindow", "Not sealed"), translate(
                "AuthoringWindow", "The key has no spans yet: there is nothing to seal."))
            return False
        name = f"{self.draft.details.id}.sealed.exercise.xml"
        path = self.prompts.save_path(self, self._folder() / name, "sealed")
        if path is None:
            return False
        from annotator.services.sealing import seal

        sealed = seal(document)
        if not self._write("sealed", Path(path), sealed.student):
            return False
        self.draft.sealing_code = sealed.code
        self.save()  # the code is kept with the exercise (asks where if it has no file yet)
        self.prompts.show_release_code(self, sealed.code, Path(path))
        return True

    def _save(self, kind: str, path: Path | None = None) -> bool:
        """Check the document first, then ask where (unless known), then write it."""
        if self.draft is None:
            return False
        document = self._document(kind)
        if document is None:
            return False
        if path is None:
            name = {"exercise": "{}.exercise.xml", "student": "{}.student.exercise.xml",
                    "key": "{}.key.xml"}[kind].format(self.draft.details.id)
            path = self.prompts.save_path(self, self._folder() / name, kind)
            if path is None:
                return False
        return self._write(kind, Path(path), document)

    def _write(self, kind: str, path: Path, document: Exercise | KeyFile) -> bool:
        if kind != "exercise" and self.path is not None and path.resolve() == self.path.resolve():
            self.prompts.error(
                self,
                translate("AuthoringWindow", "Not saved"),
                translate(
                    "AuthoringWindow",
                    "%1 is the exercise itself: choose another name for the export.",
                ).replace("%1", str(path)),
            )
            return False
        if kind == "exercise":
            step = changed_on_disk.ask_before_overwriting(
                self, path, self.path, lambda: to_bytes(document),
                lambda: self.open_path(path))
            if step != changed_on_disk.GO:
                return step == changed_on_disk.DONE
        try:
            data = save_document(document, path)
        except SaveError as exc:
            advice = translate(
                "AuthoringWindow",
                "%1\n\nNothing is lost: the exercise is still open here. Try again, or "
                "save to another folder.",
            )
            if exc.in_document:  # over a limit of the format: another folder would not help
                advice = translate(
                    "AuthoringWindow",
                    "%1\n\nNothing is lost: the exercise is still open here. Change what this "
                    "message names, then save again.",
                )
            self.prompts.error(self, translate("AuthoringWindow", "Not saved"),
                               advice.replace("%1", exc.text(self.language)))
            return False
        if self.interactive:
            self.settings.setValue("authoring/folder", str(path.parent))
        if kind == "exercise":
            self.path = path
            self.disk_fingerprint = fingerprint_of(data, path)
            self.undo_stack.setClean()
            self._update_title()
        message = {
            "exercise": translate("AuthoringWindow", "Saved to %1"),
            "student": translate("AuthoringWindow", "Student copy (no key) written to %1"),
            "sealed": translate("AuthoringWindow", "Sealed student copy written to %1"),
            "key": translate("AuthoringWindow", "Key written to %1"),
        }[kind].replace("%1", str(path))
        problems = self._still_to_do()
        if problems and kind not in ("student", "sealed"):
            message += " · " + translate("AuthoringWindow", "still to do: %1").replace(
                "%1", "; ".join(problems)
            )
        if kind == "exercise" and self.conflict_copy is not None:
            message += " · " + translate("MainWindow", "the other version is kept as %1").replace(
                "%1", self.conflict_copy.name)
            self.conflict_copy = None
        self.statusBar().showMessage(message, 10000)
        return True

    def _still_to_do(self) -> list[str]:
        """What to look at before handing out, in words (nothing here stops a save)."""
        counts = summary(self.draft)
        todo = []
        orphaned, unexplained = counts.orphaned, counts.unexplained
        if orphaned:
            todo.append(translate(
                "AuthoringWindow", "%n expert spans not placed in the text", "", orphaned))
        if not counts.key_spans:
            todo.append(translate("AuthoringWindow", "the key has no spans yet"))
        if unexplained:
            todo.append(translate(
                "AuthoringWindow", "%n expert spans without explanation", "", unexplained))
        return todo

    # ================================================================ preview

    def preview_as_student(self):
        """Open the trainee workspace on this exercise as it stands; returns that window."""
        from annotator.gui.prompts import DialogPrompts

        document = self._document("exercise")
        if document is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="annotator-preview-"))
        path = folder / f"{document.id}.exercise.xml"
        try:
            save_document(document, path)
        except SaveError as exc:
            self.prompts.error(
                self, translate("AuthoringWindow", "No preview"), exc.text(self.language)
            )
            return None

        class PreviewPrompts(DialogPrompts):
            def ask_unsaved(self, parent):
                return "discard"  # a preview's highlights are practice, not work

        preview = launcher.open_window(
            "workspace", prompts=PreviewPrompts(), language=self.language, interactive=False
        )
        preview.setAttribute(Qt.WA_DeleteOnClose)
        preview.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        preview.destroyed.connect(lambda *_: self._previews.remove(preview))
        preview.start(path)
        preview.setWindowTitle(
            translate("AuthoringWindow", "Preview as student: %1").replace(
                "%1", document.title
            )
        )
        preview.show()
        self._previews.append(preview)
        return preview


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(path).resolve().is_relative_to(Path(folder).resolve())
    except OSError:
        return False

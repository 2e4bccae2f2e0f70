"""The trainee workspace: read the article, mark it, note it, save it, never lose it.

The window owns one :class:`Session` at a time and wires views to it: the
article view and its painter, the panel, the legend. Every change goes
through the undo stack (commands.py); saving writes a submission file; the
recovery keeper journals unsaved work. Questions to the user go through
``prompts`` so that tests drive this very window with scripted answers.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator import bundled
from annotator.core import spans as span_ops
from annotator.core.journal import Journal
from annotator.core.model import Trainee
from annotator.core.session import Session
from annotator.gui import storage
from annotator.gui.annotation_panel import AnnotationModel, AnnotationPanel
from annotator.gui.article_view import ArticleView
from annotator.gui.commands import AddSpan, ChangeSpan, ReplaceSpans, remove_spans
from annotator.gui.find_bar import FindBar, Finder
from annotator.gui.highlights import SessionHighlights
from annotator.gui.legend import Legend, line_name
from annotator.gui.opening import Opened, open_document
from annotator.gui.painter import SpanPainter
from annotator.gui.prompts import DialogPrompts, Prompts
from annotator.gui.recovery import RecoveryKeeper
from annotator.gui.span_styles import styles_for, swatch_icon
from annotator.xmlio.atomic import SaveError, clean_stale_temp_files
from annotator.xmlio.errors import FormatError
from annotator.xmlio.locate import find_exercise
from annotator.xmlio.writers import save as save_document

WINDOW_SIZE = (1280, 800)
SIDEBAR_WIDTH = 440


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "trainee"


class MainWindow(QMainWindow):
    def __init__(self, prompts: Prompts | None = None, settings=None,
                 journal: Journal | None = None, language: str = "en",
                 interactive: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prompts = prompts or DialogPrompts()
        self.settings = settings if settings is not None else storage.settings()
        self.language = language
        self.interactive = interactive  # False: screenshots, no questions, nothing remembered
        self.session: Session | None = None
        self.exercise_path: Path | None = None
        self.document_path: Path | None = None
        self.marker: str | None = None  # category kept for marker mode
        self.styles: dict = {}
        self._highlights: SessionHighlights | None = None
        self._finder: Finder | None = None
        self._note_from_article = False
        self.undo_stack = QUndoStack(self)
        self.keeper = RecoveryKeeper(journal or storage.journal(), self)
        self._build_widgets()
        self._build_actions()
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.keeper.written.connect(self._on_journal_written)
        self.keeper.failed.connect(self._on_journal_failed)
        self.setAcceptDrops(True)
        self.resize(*WINDOW_SIZE)
        self._update_title()

    # ================================================================ widgets

    def _build_widgets(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("exerciseTitle")
        self.title_label.setWordWrap(True)
        self.instructions_label = QLabel(self)
        self.instructions_label.setObjectName("exerciseInstructions")
        self.instructions_label.setWordWrap(True)
        banner = QWidget(self)
        banner.setObjectName("banner")
        banner_layout = QVBoxLayout(banner)
        banner_layout.setContentsMargins(20, 10, 20, 10)
        banner_layout.setSpacing(2)
        banner_layout.addWidget(self.title_label)
        banner_layout.addWidget(self.instructions_label)

        self.view = ArticleView(self)
        self.view.setPlaceholderText(_tr("Open an exercise to start (Ctrl+O)."))
        self.painter = SpanPainter(self.view)
        self.view.tooltip_provider = self._tooltip_at
        self.view.selection_finished.connect(self._on_selection_finished)
        self.view.activated.connect(self._on_view_activated)
        self.view.caret_moved.connect(self._on_caret_moved)
        self.view.context_menu_requested.connect(self._show_context_menu)
        self.view.zoom_changed.connect(self._on_zoom_changed)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.find_requested.connect(self._find)
        self.find_bar.closed.connect(self.view.setFocus)

        reading = QWidget(self)
        reading.setObjectName("reading")
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(banner)
        reading_layout.addWidget(self.view, 1)
        reading_layout.addWidget(self.find_bar)

        self.legend = Legend(self)
        self.legend.category_clicked.connect(self.choose_category)
        legend_heading = QLabel(_tr("What to mark"), self)
        legend_heading.setObjectName("panelHeading")
        self.panel = AnnotationPanel(self)
        self.panel.annotation_chosen.connect(self._on_annotation_chosen)
        self.panel.note_delegate.closeEditor.connect(self._on_note_editor_closed)
        sidebar = QWidget(self)
        sidebar.setObjectName("sidebar")
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(14, 12, 14, 12)
        side_layout.setSpacing(8)
        side_layout.addWidget(legend_heading)
        side_layout.addWidget(self.legend)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.panel, 1)

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.setObjectName("workspaceSplitter")
        splitter.addWidget(reading)
        splitter.addWidget(sidebar)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([WINDOW_SIZE[0] - SIDEBAR_WIDTH, SIDEBAR_WIDTH])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.trainee_label = QLabel(self)
        self.trainee_label.setObjectName("traineeLabel")
        self.safety_label = QLabel(self)
        self.safety_label.setObjectName("safetyLabel")
        self.statusBar().addPermanentWidget(self.safety_label)
        self.statusBar().addPermanentWidget(self.trainee_label)

    # ================================================================ actions

    def _action(self, text: str, shortcut=None, tip: str = "", slot=None, checkable=False,
                icon: QIcon | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            keys = action.shortcut().toString(QKeySequence.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when a menu or toolbar hides it
        return action

    def _build_actions(self) -> None:
        s = self.style()
        self.open_action = self._action(
            _tr("&Open…"), QKeySequence.Open, _tr("Open an exercise or a saved submission"),
            self.choose_file, icon=s.standardIcon(s.StandardPixmap.SP_DialogOpenButton))
        self.save_action = self._action(
            _tr("&Save"), QKeySequence.Save, _tr("Save your highlights to a submission file"),
            self.save, icon=s.standardIcon(s.StandardPixmap.SP_DialogSaveButton))
        self.save_as_action = self._action(
            _tr("Save &As…"), QKeySequence.SaveAs, _tr("Save your highlights to another file"),
            self.save_as)
        self.quit_action = self._action(_tr("&Quit"), QKeySequence.Quit, _tr("Quit"), self.close)
        self.undo_action = self.undo_stack.createUndoAction(self, _tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence.Undo])
        self.undo_action.setToolTip(_tr("Undo the last change (Ctrl+Z)"))
        self.redo_action = self.undo_stack.createRedoAction(self, _tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(_tr("Redo what was undone (Ctrl+Shift+Z)"))
        self.addActions([self.undo_action, self.redo_action])
        self.find_action = self._action(
            _tr("&Find…"), QKeySequence.Find, _tr("Find words in the article"),
            self.find_bar.open_bar)
        self.delete_action = self._action(
            _tr("&Delete highlight"), [QKeySequence.Delete, "Backspace"],
            _tr("Delete the chosen highlight"), self.delete_current)
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.note_action = self._action(
            _tr("Edit &note…"), "F2", _tr("Write a note on the chosen highlight"),
            self.edit_current_note)
        self.exact_action = self._action(
            _tr("&Exact selection"), "Ctrl+E",
            _tr("Mark exactly what is selected instead of whole words (or hold Alt)"),
            checkable=True)
        self.stop_action = self._action(
            _tr("Stop marking"), "Esc", _tr("Leave marker mode and clear the selection"),
            self.stop_marking)
        self.stop_action.setShortcutContext(Qt.WidgetShortcut)
        self.zoom_in_action = self._action(
            _tr("Zoom &in"), [QKeySequence.ZoomIn, "Ctrl+="], _tr("Larger text"),
            self.view.zoom_in)
        self.zoom_out_action = self._action(
            _tr("Zoom &out"), QKeySequence.ZoomOut, _tr("Smaller text"), self.view.zoom_out)
        self.zoom_reset_action = self._action(
            _tr("&Normal size"), "Ctrl+0", _tr("Text at its normal size"), self.view.zoom_reset)
        # Delete belongs to the workspace (editors keep their own Delete); Esc to the
        # article only, so that it still cancels a note being edited.
        self.removeAction(self.stop_action)
        self.view.addAction(self.stop_action)
        self.centralWidget().addAction(self.delete_action)
        self.category_actions: dict[str, QAction] = {}

        menu = self.menuBar().addMenu(_tr("&File"))
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(_tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)
        edit = self.menuBar().addMenu(_tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.note_action, self.delete_action, self.find_action])
        self.mark_menu = self.menuBar().addMenu(_tr("&Mark"))
        view = self.menuBar().addMenu(_tr("&View"))
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])

        self.toolbar = QToolBar(_tr("Tools"), self)
        self.toolbar.setObjectName("tools")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.addActions([self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self._category_anchor = self.toolbar.addSeparator()
        self.toolbar.addAction(self.exact_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.find_action, self.zoom_out_action, self.zoom_in_action])

    def _build_category_actions(self) -> None:
        for action in self.category_actions.values():
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.category_actions.clear()
        self.mark_menu.clear()
        for category in self.session.exercise.tagset.categories:
            label = category.label(self.language)
            key = category.shortcut
            action = QAction(swatch_icon(self.styles[category.id]), label, self)
            action.setCheckable(True)
            tip = _tr("Mark the selection as %1, drawn with a %2; with nothing selected, "
                      "keep %1 as a marker").replace("%1", label).replace(
                          "%2", line_name(self.styles[category.id].line))
            if key:
                action.setShortcut(QKeySequence(key))
                action.setText(f"{label}")
                action.setIconText(f"{key} {label}")
                tip += f" ({key})"
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, cid=category.id: self.choose_category(cid))
            self.addAction(action)
            self.toolbar.insertAction(self._category_anchor, action)
            self.mark_menu.addAction(action)
            self.category_actions[category.id] = action
            if key:  # Alt+key marks exactly what is selected
                exact = QAction(self)
                exact.setShortcut(QKeySequence(f"Alt+{key}"))
                exact.triggered.connect(
                    lambda _=False, cid=category.id: self.choose_category(cid, exact=True))
                self.addAction(exact)
                action.destroyed.connect(exact.deleteLater)

    # ================================================================ opening

    def start(self, path: Path | None = None) -> str:
        """Open at start-up: the given file or the first exercise; clean stale temp files.

        Returns "opened", "failed" or "cancelled".
        """
        target = Path(path) if path else bundled.first_exercise()
        if self.interactive:
            self.keeper.journal.clean()
            for folder in {target.parent, *(p.parent for p in self._recent())}:
                clean_stale_temp_files(folder)
        status = self.open_path(target)
        if status == "opened" and self.interactive and self.undo_stack.isClean():
            self._offer_recovery_elsewhere()
        return status

    def choose_file(self) -> None:
        folder = self.document_path or self.exercise_path
        start = folder.parent if folder else Path(QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation))
        path = self.prompts.open_path(self, start)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, trainee: Trainee | None = None,
                  restore: bool = False) -> str:
        """Open a file; a bad one is reported and leaves the current work untouched.

        ``trainee`` skips the question (already answered); ``restore`` takes
        this trainee's recovered work without asking again.
        """
        if not self._may_drop_current_work():
            return "cancelled"
        elsewhere = [p for p in self._recent() if p.name.endswith(".exercise.xml")]
        elsewhere.append(bundled.exercises_dir())
        try:
            opened = open_document(Path(path), elsewhere,
                                   lambda eid, folder: self.prompts.locate_exercise(
                                       self, eid, folder))
        except FormatError as exc:
            if not self.interactive:
                raise
            self.prompts.error(self, _tr("Cannot open this file"), str(exc))
            return "failed"
        if opened is None:
            return "cancelled"
        confirmed = trainee
        trainee = opened.submission.trainee if opened.submission else None
        if self.interactive and confirmed is not None:
            trainee = confirmed
        elif self.interactive:
            suggested = trainee or storage.last_trainee(self.settings)
            trainee = self.prompts.confirm_trainee(self, suggested, opened.exercise.title)
            if trainee is None:
                return "cancelled"
            storage.remember_trainee(self.settings, trainee)
            self.settings.sync()
        self._install(opened, trainee)
        if self.interactive:
            storage.add_recent(self.settings, opened.exercise_path)
            if opened.document_path:
                storage.add_recent(self.settings, opened.document_path, trainee)
            self._offer_recovery(ask=not restore)
        if opened.notices:
            self.statusBar().showMessage(" · ".join(opened.notices), 15000)
        return "opened"

    def _may_drop_current_work(self) -> bool:
        if self.session is None or self.undo_stack.isClean():
            return True
        answer = self.prompts.ask_unsaved(self)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.keeper.discard()
            return True
        return False

    def _install(self, opened: Opened, trainee: Trainee | None) -> None:
        """Swap in a freshly loaded exercise (and submission) and rebuild the views."""
        self.keeper.detach()
        if self._highlights is not None:
            self._highlights.detach()
        if self.panel.model is not None:
            self.panel.model.detach()
        self.undo_stack.clear()
        self.painter.set_decorations([])  # nothing of the old article may reach the new one
        self.stop_marking()
        exercise = opened.exercise
        if opened.submission is not None:
            session = Session.from_submission(exercise, opened.submission, trainee)
        else:
            session = Session(exercise, trainee)
        self.session = session
        self.exercise_path, self.document_path = opened.exercise_path, opened.document_path
        self.styles = styles_for(exercise.tagset)
        self.view.set_article(exercise.article)
        self._finder = Finder(exercise.article.text)
        self._highlights = SessionHighlights(session, self.painter, self.styles)
        self.painter.refresh_now()
        labels = {c.id: c.label(self.language) for c in exercise.tagset.categories}
        icons = {cid: swatch_icon(style, 20) for cid, style in self.styles.items()}
        self.panel.set_model(
            AnnotationModel(session, labels, self.styles, self._request_edit, self.panel),
            icons,
        )
        self.legend.set_categories(exercise.tagset, self.styles, self.language)
        self._build_category_actions()
        self.title_label.setText(exercise.title)
        self.instructions_label.setText(exercise.instructions or "")
        self.instructions_label.setVisible(bool(exercise.instructions))
        self.trainee_label.setText(
            _tr("Working: %1").replace("%1", trainee.name or trainee.id or "") if trainee else "")
        if self.interactive:
            self.keeper.attach(session, self.exercise_path, self.document_path)
        self._update_title()
        self._update_safety()
        self.view.setFocus()

    def _offer_recovery(self, ask: bool = True) -> None:
        session = self.session
        entry = self.keeper.journal.load(session.trainee, session.exercise.id)
        if entry is None:
            return
        if entry.annotations == session.annotations:
            self.keeper.journal.discard(session.trainee, session.exercise.id)
            return
        if entry.exercise_sha256 != session.exercise.article.sha256:
            return  # made on another version of the article: leave it for a later look
        if ask and not self.prompts.offer_recovery(self, entry):
            self.keeper.discard()
            return
        if entry.document_path:
            self.document_path = Path(entry.document_path)
            self.keeper.document_path = self.document_path
        self.undo_stack.push(ReplaceSpans(session, session.annotations, entry.annotations))
        self.statusBar().showMessage(
            _tr("Restored %n highlights from unsaved work.").replace(
                "%n", str(len(entry.annotations))), 8000)

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
            self.keeper.journal.discard(trainee, entry.exercise_id)

    def _recovery_target(self, entry) -> Path | None:
        """The file to reopen for a journal: its saved submission, else its exercise."""
        for candidate in (entry.document_path, entry.exercise_path):
            if candidate and Path(candidate).is_file():
                return Path(candidate)
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
            self.recent_menu.addAction(_tr("(none yet)")).setEnabled(False)

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

    # ================================================================ marking

    def choose_category(self, category_id: str, exact: bool = False) -> None:
        """What a category key, button or legend entry does, depending on the situation."""
        if self.session is None:
            return
        if self.panel.table.hasFocus() and self.panel.selected_ids():
            self.change_category(self.panel.selected_ids(), category_id)
        elif self.view.selection_offsets() is not None:
            self.mark(category_id, exact=exact)
        else:
            self.set_marker(None if self.marker == category_id else category_id)
        self._sync_category_buttons()

    def set_marker(self, category_id: str | None) -> None:
        self.marker = category_id
        self._sync_category_buttons()
        if category_id is None:
            self.statusBar().clearMessage()
            return
        label = self.session.exercise.tagset.get(category_id).label(self.language)
        self.statusBar().showMessage(
            _tr("Marker: %1. Select text to mark it (Enter marks a keyboard selection); "
                "Esc stops.").replace("%1", label))

    def stop_marking(self) -> None:
        self.set_marker(None)
        self.view.clear_selection()

    def _sync_category_buttons(self) -> None:
        for cid, action in self.category_actions.items():
            action.setChecked(cid == self.marker)

    def mark(self, category_id: str, exact: bool = False) -> str | None:
        """Mark the article's selection; returns the new annotation's id."""
        selected = self.view.selection_offsets()
        if self.session is None or selected is None:
            return None
        text = self.session.text
        exact = exact or self.exact_action.isChecked() or bool(
            QGuiApplication.queryKeyboardModifiers() & Qt.AltModifier)
        if exact:
            start, end = selected
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        else:
            start, end = span_ops.snap_to_words(text, *selected)
        self.view.place_caret(selected[1])
        if start >= end:
            self.statusBar().showMessage(_tr("Nothing to mark there: select some words."), 4000)
            return None
        if self.session.find(category_id, start, end) is not None:
            self.statusBar().showMessage(_tr("That is already marked so."), 4000)
            return None
        annotation = self.session.new_annotation(category_id, start, end)
        self.undo_stack.push(AddSpan(self.session, annotation))
        self.panel.show_annotation(annotation.id)
        label = self.session.exercise.tagset.get(category_id).label(self.language)
        self.statusBar().showMessage(
            _tr("Marked as %1. F2 adds a note, Ctrl+Z undoes.").replace("%1", label), 6000)
        return annotation.id

    def _on_selection_finished(self) -> None:
        if self.marker is not None:
            self.mark(self.marker)

    def _on_view_activated(self) -> None:
        if self.marker is not None and self.view.selection_offsets() is not None:
            self.mark(self.marker)

    # ================================================================ editing

    def _request_edit(self, annotation_id: str, changes: dict) -> None:
        before = self.session.get(annotation_id)
        after = before.model_copy(update=changes)
        if after != before:
            self.undo_stack.push(ChangeSpan(self.session, before, after))

    def change_category(self, ids: list[str], category_id: str) -> None:
        changes = [(self.session.get(i), category_id) for i in ids]
        changes = [(a, c) for a, c in changes if a is not None and a.category != c]
        if not changes:
            return
        self.undo_stack.beginMacro(_tr("Change category"))
        for a, c in changes:
            self.undo_stack.push(ChangeSpan(self.session, a, a.model_copy(update={"category": c})))
        self.undo_stack.endMacro()

    def _current_ids(self) -> list[str]:
        if self.session is None:
            return []
        return self.panel.selected_ids()

    def delete_current(self) -> None:
        ids = self._current_ids()
        if not ids:
            self.statusBar().showMessage(_tr("Choose a highlight to delete first."), 4000)
            return
        spans = [self.session.get(i) for i in ids]
        self.undo_stack.push(remove_spans(self.session, spans))

    def edit_current_note(self) -> None:
        ids = self._current_ids()
        if not ids:
            self.statusBar().showMessage(_tr("Choose a highlight to write a note on."), 4000)
            return
        self._note_from_article = self.view.hasFocus()
        self.panel.edit_note(ids[0])

    def _on_note_editor_closed(self, *args) -> None:
        if self._note_from_article:
            self._note_from_article = False
            self.view.setFocus()

    def _on_caret_moved(self, offset: int) -> None:
        if self.session is None:
            return
        here = self.session.at_offset(offset)
        self.panel.show_annotation(here[0].id if here else None)

    def _on_annotation_chosen(self, annotation_id: str) -> None:
        annotation = self.session.get(annotation_id) if self.session else None
        if annotation is None or annotation.orphaned:
            return
        self.view.scroll_to_offsets(annotation.start, annotation.end)
        self.painter.flash(annotation_id)

    def _tooltip_at(self, offset: int) -> str:
        if self.session is None:
            return ""
        lines = []
        for a in self.session.at_offset(offset):
            category = self.session.exercise.tagset.get(a.category)
            style = self.styles[a.category]
            line = (f"<b style='color:{style.line_color().name()}'>"
                    f"{category.label(self.language)}</b> "
                    f"<i>({line_name(style.line)})</i>")
            if a.note:
                line += "<br>" + _escape(a.note)
            lines.append(line)
        return "<hr>".join(lines)

    def _show_context_menu(self, global_pos, offset: int) -> None:
        menu = self.context_menu(offset)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def context_menu(self, offset: int) -> QMenu:
        """Mark the selection; note, recategorise or delete the highlights under the mouse."""
        menu = QMenu(self)
        if self.session is None:
            return menu
        if self.view.selection_offsets() is not None:
            for cid, action in self.category_actions.items():
                item = menu.addAction(action.icon(), _tr("Mark as %1").replace(
                    "%1", action.text()))
                item.setShortcut(action.shortcut())
                item.triggered.connect(lambda _=False, c=cid: self.mark(c))
            menu.addSeparator()
            menu.addAction(_tr("Copy"), self.view.copy)
        for a in self.session.at_offset(offset) if offset >= 0 else []:
            label = self.session.exercise.tagset.get(a.category).label(self.language)
            quote = a.quote if len(a.quote) < 30 else a.quote[:29] + "…"
            sub = menu.addMenu(self.category_actions[a.category].icon(), f"{label}: “{quote}”")
            sub.addAction(_tr("Edit note…"), lambda i=a.id: self._edit_note_of(i))
            change = sub.addMenu(_tr("Change category"))
            for cid, action in self.category_actions.items():
                item = change.addAction(action.icon(), action.text())
                item.setEnabled(cid != a.category)
                item.triggered.connect(lambda _=False, i=a.id, c=cid: self.change_category([i], c))
            sub.addAction(_tr("Delete"), lambda i=a.id: self.undo_stack.push(
                remove_spans(self.session, [self.session.get(i)])))
        return menu

    def _edit_note_of(self, annotation_id: str) -> None:
        self._note_from_article = True
        self.panel.edit_note(annotation_id)

    def _find(self, query: str, backward: bool) -> None:
        if self._finder is None:
            return
        selected = self.view.selection_offsets()
        if backward:
            after = selected[0] if selected else self.view.caret_offset()
        else:
            after = selected[1] if selected else self.view.caret_offset()
        found = self._finder.find(query, after, backward)
        if found is None:
            self.find_bar.status.setText(_tr("Not found"))
            return
        self.find_bar.status.setText("")
        self.view.select_offsets(*found)
        self.view.ensureCursorVisible()

    def _on_zoom_changed(self, size: float) -> None:
        if self.interactive:
            self.settings.setValue("view/point_size", size)

    # ================================================================ saving

    def suggested_path(self) -> Path:
        if self.document_path is not None:
            return self.document_path
        folder = self.settings.value("files/save_folder", "", str) or QStandardPaths.\
            writableLocation(QStandardPaths.DocumentsLocation)
        trainee = self.session.trainee
        who = _slug((trainee.name or trainee.id or "") if trainee else "")
        return Path(folder) / f"{self.session.exercise.id}.{who}.submission.xml"

    def save(self) -> bool:
        if self.session is None:
            return False
        if self.document_path is None:
            return self.save_as()
        return self._write(self.document_path)

    def save_as(self) -> bool:
        if self.session is None:
            return False
        path = self.prompts.save_path(self, self.suggested_path())
        return False if path is None else self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_document(self.session.to_submission(), path)
        except SaveError as exc:
            self.keeper.flush()
            self.prompts.error(self, _tr("Not saved"), _tr(
                "Your highlights could not be saved: %1\n\nNothing is lost: they are still "
                "here and kept for recovery. Try again, or save to another folder "
                "(File > Save As).").replace("%1", str(exc)))
            self._update_safety()
            return False
        self.document_path = path
        self.keeper.document_path = path
        self.undo_stack.setClean()
        self.keeper.discard()
        if self.interactive:
            self.settings.setValue("files/save_folder", str(path.parent))
            storage.add_recent(self.settings, path, self.session.trainee)
        self.statusBar().showMessage(_tr("Saved to %1").replace("%1", str(path)), 6000)
        self._update_title()
        self._update_safety()
        return True

    # ================================================================ state

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        self._update_safety()

    def _on_journal_written(self, path: str) -> None:
        self._update_safety()

    def _on_journal_failed(self, message: str) -> None:
        self.safety_label.setText(_tr("Unsaved, and cannot be kept for recovery: %1")
                                  .replace("%1", message))

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("annotator")
            return
        name = self.document_path.name if self.document_path else _tr("not saved yet")
        self.setWindowTitle(f"{self.session.exercise.title} — {name}[*] — annotator")
        self.setWindowModified(not self.undo_stack.isClean())

    def _update_safety(self) -> None:
        if self.session is None:
            self.safety_label.setText("")
        elif self.undo_stack.isClean():
            self.safety_label.setText(_tr("All saved") if self.document_path else "")
        elif self.keeper.pending:
            self.safety_label.setText(_tr("Unsaved changes"))
        else:
            self.safety_label.setText(_tr("Unsaved changes, kept safe for recovery"))

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_drop_current_work():
            event.ignore()
            return
        if self.session is not None and self.undo_stack.isClean():
            self.keeper.discard()  # the file on disk holds everything: nothing to recover
        self.keeper.detach()
        event.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


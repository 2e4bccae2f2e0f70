"""The trainee workspace: read the article, mark it, note it, save it, never lose it.

The window owns one :class:`Session` at a time and wires views to it: the
article view and its painter, the panel, the legend. Every change goes
through the undo stack (commands.py); saving writes a submission file; the
recovery keeper journals unsaved work. Questions to the user go through
``prompts`` so that tests drive this very window with scripted answers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.core.features import features_of, with_value
from annotator.core.limits import TEXT_MAX
from annotator.core.span_list import OrderedSpans
from annotator.gui import launcher, storage
from annotator.gui.accessibility import announce
from annotator.gui.annotation_panel import AnnotationModel, AnnotationPanel
from annotator.gui.article_view import ArticleView
from annotator.gui.banner import banner
from annotator.gui.commands import AddSpan, ChangeSpan, remove_spans
from annotator.gui.comparison import ComparisonMode
from annotator.gui.hand_in import HandIn
from annotator.gui.legend import Legend
from annotator.gui.prompts import DialogPrompts, Prompts
from annotator.gui.shared_work import GuardedUndoStack
from annotator.gui.span_styles import styles_for, swatch_icon
from annotator.gui.text_limits import integer
from annotator.gui.window_actions import ActionsMixin
from annotator.gui.window_files import FilesMixin
from annotator.gui.window_parts import PartsMixin

if TYPE_CHECKING:
    from annotator.core.model import Exercise, Tagset, Trainee
    from annotator.core.session import Session
    from annotator.gui.highlights import SessionHighlights
    from annotator.gui.opening import Opened
    from annotator.services.journal import Journal
    from annotator.services.locks import Lock
    from annotator.services.on_disk import Fingerprint
    from annotator.xmlio.first_frame import FirstFrame, FrameTagset

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

WINDOW_SIZE = (1280, 800)
SIDEBAR_WIDTH = 440


class MainWindow(PartsMixin, FilesMixin, ActionsMixin, QMainWindow):
    """Widgets, the current session and marking; files and actions live in the mixins."""

    def __init__(
        self,
        prompts: Prompts | None = None,
        settings=None,
        journal: Journal | None = None,
        language: str = "en",
        interactive: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prompts = prompts or DialogPrompts()
        self.settings = settings if settings is not None else storage.settings()
        self.language = language
        self.interactive = interactive  # False: screenshots, no questions, nothing remembered
        self.session: Session | None = None
        self.first_frame: FirstFrame | None = None  # shown while its exercise opens
        self.exercise_path: Path | None = None
        self.document_path: Path | None = None
        self.disk_fingerprint: Fingerprint | None = None
        self.conflict_copy: Path | None = None  # where the other version went, to say so
        self.marker: str | None = None  # category kept for marker mode
        self.styles: dict = {}
        self._highlights: SessionHighlights | None = None
        self._note_from_article = False
        self.window_token = f"w{os.getpid()}-{os.urandom(4).hex()}"  # names its journal, locks
        self.work_lock: Lock | None = None  # the submission file this window holds
        self.read_only = False  # the work is held by another window (shared_work)
        self.undo_stack = GuardedUndoStack(self)
        self.undo_stack.refused = self._say_read_only
        self._journal = journal  # the keeper's journal, if given (tests); made with it
        self._build_widgets()
        self._build_actions()
        self.comparison = ComparisonMode(self)  # check mode: Ctrl+K
        self.comparison.graded.connect(self._on_checked)
        self.hand_in = HandIn(self)  # attempts, the available key, the check policy
        self.comparison.follow(self.hand_in)
        # Check and Hand in came after the toolbar was built.
        self.toolbar.name_buttons([self.comparison.check_action, self.hand_in.hand_in_action])
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.setAcceptDrops(True)
        self.resize(*WINDOW_SIZE)
        self._update_title()
        self._enable_work_actions()

    # ================================================================ widgets

    def _build_widgets(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("exerciseTitle")
        self.title_label.setWordWrap(True)
        self.instructions_label = QLabel(self)
        self.instructions_label.setObjectName("exerciseInstructions")
        self.instructions_label.setWordWrap(True)
        top = banner(self, "banner", self.title_label, self.instructions_label)

        self.view = ArticleView(self)
        self.view.setPlaceholderText(translate("MainWindow", "Open an exercise to start (Ctrl+O)."))
        self.view.tooltip_provider = self._tooltip_at
        self.view.selection_finished.connect(self._on_selection_finished)
        self.view.activated.connect(self._on_view_activated)
        self.view.caret_moved.connect(self._on_caret_moved)
        self.view.context_menu_requested.connect(self._show_context_menu)
        self.view.zoom_changed.connect(self._on_zoom_changed)

        reading = QWidget(self)
        reading.setObjectName("reading")
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(top)
        reading_layout.addWidget(self.view, 1)
        self._reading_layout = reading_layout  # the find bar goes under the article

        self.legend = Legend(self)
        self.legend.category_clicked.connect(self.choose_category)
        legend_heading = QLabel(translate("MainWindow", "What to mark"), self)
        legend_heading.setObjectName("panelHeading")
        self.panel = AnnotationPanel(self)
        self.panel.annotation_chosen.connect(self._on_annotation_chosen)
        self.panel.annotation_activated.connect(self.go_to_annotation)
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
        self._side_layout = side_layout

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

    def add_to_sidebar(self, widget: QWidget) -> None:
        """A widget of another part of the window, under the legend and above the list."""
        self._side_layout.insertWidget(self._side_layout.indexOf(self.panel), widget)

    # ================================================================ session

    def show_first_frame(self, frame: FirstFrame) -> None:
        """Look as the window will once ``frame``'s exercise is open, before any model
        exists (gui/first_frame.py): opening it then changes no pixel."""
        self.first_frame = frame
        self._draw_frame(frame)

    def forget_first_frame(self) -> None:
        """The first frame's file did not open after all: show no exercise, as before it."""
        if self.first_frame is None or self.session is not None:
            return
        from annotator.xmlio.first_frame import FrameArticle, FrameTagset

        blank = self.first_frame._replace(
            title="", instructions=None, article=FrameArticle(()), tagset=FrameTagset(()))
        self.first_frame = None
        self._draw_frame(blank)

    def _draw_frame(self, frame: FirstFrame) -> None:
        """The exercise of ``frame`` with no highlight, and the window's actions and
        hand-in part as they follow ``self.first_frame``."""
        self.show_exercise(frame)
        self._show_rows(OrderedSpans("a"), frame.tagset)  # no highlight yet
        self._update_title()
        self._enable_work_actions()
        self.hand_in.session_installed()
        self.comparison.session_installed()

    def show_exercise(self, exercise: Exercise | FirstFrame) -> None:
        """What the window shows of an exercise before any highlight: the article, the
        title, the legend and the marking buttons; a first frame is enough for all of it."""
        self.styles = styles_for(exercise.tagset)
        self.view.set_article(exercise.article)
        self.legend.set_categories(exercise.tagset, self.styles, self.language)
        self._build_category_actions(exercise.tagset)
        self.title_label.setText(exercise.title)
        self.instructions_label.setText(exercise.instructions or "")
        self.instructions_label.setVisible(bool(exercise.instructions))

    def _show_rows(self, store: Session | OrderedSpans, tagset: Tagset | FrameTagset
                   ) -> dict[str, str]:
        """The list of highlights over ``store``; returns the categories' labels."""
        labels = {c.id: c.label(self.language) for c in tagset.categories}
        icons = {cid: swatch_icon(style, 20) for cid, style in self.styles.items()}
        self.panel.set_model(
            AnnotationModel(store, labels, self.styles,
                            None if self.read_only else self._request_edit, self.panel,
                            self.language),
            icons,
        )
        return labels

    def _install(self, opened: Opened, trainee: Trainee | None) -> None:
        """Swap in a freshly loaded exercise (and submission) and rebuild the views."""
        self.keeper.detach()
        if self.session is not None:
            self.session.unsubscribe(self._on_session_changed)
        self.speech.follow(None, {})
        if self._highlights is not None:
            self._highlights.detach()
        if self.panel.model is not None:
            self.panel.model.detach()
        self.feature_chooser.skip()
        self.undo_stack.clear()
        self.painter.set_decorations([])  # nothing of the old article may reach the new one
        self.stop_marking()
        from annotator.core.session import Session  # loaded by the first document

        self.first_frame = None
        exercise = opened.exercise
        if opened.submission is not None:
            session = Session.from_submission(exercise, opened.submission, trainee)
        else:
            session = Session(exercise, trainee)
        self.session = session
        session.subscribe(self._on_session_changed)
        self.exercise_path, self.document_path = opened.exercise_path, opened.document_path
        # What the file on disk held when opened: a later save asks if it changed since.
        from annotator.services.on_disk import fingerprint

        self.disk_fingerprint = fingerprint(self.document_path) if self.document_path else None
        self.conflict_copy = None
        self.show_exercise(exercise)
        from annotator.gui.highlights import SessionHighlights

        self._highlights = SessionHighlights(session, self.painter, self.styles)
        self.painter.refresh_now()
        labels = self._show_rows(session, exercise.tagset)
        self.speech.follow(session, labels)
        self.trainee_label.setText(
            translate("MainWindow", "Working: %1").replace("%1", trainee.name or trainee.id or "")
            if trainee
            else ""
        )
        if self.interactive and not self.read_only:  # read-only: nothing to journal
            self.keeper.attach(session, self.exercise_path, self.document_path)
        self._update_title()
        self._update_safety()
        self._enable_work_actions()
        self.view.setFocus()
        self.hand_in.session_installed()
        self.comparison.session_installed()

    def show_library(self) -> None:
        launcher.open_window("library", self)

    def _on_checked(self, result) -> None:
        """Remember the score of a check, for the trainee's status in the library."""
        if self.interactive and self.session is not None and result is not None:
            storage.record_check(
                self.settings, self.session.trainee, self.session.exercise.id, result.score
            )

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
            translate(
                "MainWindow",
                "Marker: %1. Select text to mark it (Enter marks a keyboard selection); Esc stops.",
            ).replace("%1", label)
        )

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
        if self.read_only:
            self._say_read_only()
            return None
        text = self.session.text
        exact = (
            exact
            or self.exact_action.isChecked()
            or bool(QGuiApplication.queryKeyboardModifiers() & Qt.AltModifier)
        )
        if exact:
            start, end = selected
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        else:
            from annotator.core.spans import snap_to_words  # with the first highlight

            start, end = snap_to_words(text, *selected)
        self.view.place_caret(selected[1])
        if start >= end:
            self._tell(translate("MainWindow", "Nothing to mark there: select some words."), 4000)
            return None
        if end - start > TEXT_MAX:  # a quote the file could not hold: say so now, not at save
            self.statusBar().showMessage(translate(
                "MainWindow", "A highlight can cover at most %1 characters; this one would cover "
                "%2. Select a shorter passage.").replace("%1", integer(TEXT_MAX))
                .replace("%2", integer(end - start)), 10000)
            return None
        if self.session.find(category_id, start, end) is not None:
            self._tell(translate("MainWindow", "That is already marked so."), 4000)
            return None
        annotation = self.session.new_annotation(category_id, start, end)
        self.undo_stack.push(AddSpan(self.session, annotation))
        self.panel.show_annotation(annotation.id)
        label = self.session.exercise.tagset.get(category_id).label(self.language)
        self.statusBar().showMessage(
            translate("MainWindow", "Marked as %1. F2 adds a note, Ctrl+Z undoes.").replace(
                "%1", label
            ),
            6000,
        )
        self.ask_features(annotation.id)
        return annotation.id

    # ================================================================ features

    def ask_features(self, annotation_id: str) -> bool:
        """Open the chooser beside a highlight whose category asks questions (scoring.md §10)."""
        annotation = self.session.get(annotation_id) if self.session else None
        if annotation is None or self.comparison.active:
            return False
        features = features_of(self.session.exercise.tagset, annotation.category)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.offset_map.to_qt(annotation.end))
        rect = self.view.cursorRect(cursor)
        cursor.setPosition(self.view.offset_map.to_qt(annotation.start))
        top = min(rect.top(), self.view.cursorRect(cursor).top())  # the highlight's first line
        viewport = self.view.viewport()
        below = viewport.mapTo(self, QPoint(rect.right() + 8, rect.bottom() + 4))
        above = viewport.mapTo(self, QPoint(rect.right() + 8, top - 4))
        return self.feature_chooser.ask(annotation, features, below, above)

    def choose_feature_value(self, annotation_id: str, feature_id: str, value: str | None) -> None:
        """Set (or clear, with None) one feature of a highlight, as one undoable step."""
        annotation = self.session.get(annotation_id) if self.session else None
        if annotation is not None:
            values = with_value(annotation, feature_id, value)
            self._request_edit(annotation_id, {"features": values})

    def judge_current(self) -> None:
        """Ctrl+J: the chosen highlight's questions: in the list, its editor (choices and
        where you checked); in the article, the chooser beside it."""
        if self.session is not None and self.panel.table.hasFocus() and self.panel.current_id():
            annotation = self.session.get(self.panel.current_id())
            if annotation and features_of(self.session.exercise.tagset, annotation.category):
                self.panel.edit_judgement(annotation.id)
                return
        ids = self._current_ids()
        if not ids and self.session is not None:
            here = self.session.at_offset(self.view.caret_offset())
            ids = [here[0].id] if here else []
        if not ids or not self.ask_features(ids[0]):
            self.statusBar().showMessage(translate(
                "MainWindow", "Choose a highlight of a category that asks a question."), 4000)

    def _on_chooser_finished(self) -> None:
        self.view.setFocus()  # back to the article, where the trainee was marking

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
        if self.read_only:
            self._say_read_only()
            return
        changes = [(self.session.get(i), category_id) for i in ids]
        changes = [(a, c) for a, c in changes if a is not None and a.category != c]
        if not changes:
            return
        self.undo_stack.beginMacro(translate("MainWindow", "Change category"))
        for a, c in changes:
            self.undo_stack.push(ChangeSpan(self.session, a, a.model_copy(update={"category": c})))
        self.undo_stack.endMacro()

    def _current_ids(self) -> list[str]:
        if self.session is None:
            return []
        return self.panel.selected_ids()

    def _on_session_changed(self, change) -> None:
        """A highlight the judgement chooser asks about is gone (deleted, or its marking
        undone): stop asking about it."""
        chooser = self.__dict__.get("feature_chooser")  # never made: nothing to close
        if (chooser is not None and chooser.annotation is not None
                and change.kind in ("removed", "reset")
                and self.session.get(chooser.annotation.id) is None):
            chooser.dismiss()

    def delete_current(self) -> None:
        ids = self._current_ids()
        if not ids:
            self._tell(translate("MainWindow", "Choose a highlight to delete first."), 4000)
            return
        spans = [self.session.get(i) for i in ids]
        self.undo_stack.push(remove_spans(self.session, spans))

    def edit_current_note(self) -> None:
        ids = self._current_ids()
        if not ids:
            self._tell(translate("MainWindow", "Choose a highlight to write a note on."), 4000)
            return
        self._note_from_article = self.view.hasFocus() or self.feature_chooser.isVisible()
        self.feature_chooser.dismiss()
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

    def go_to_annotation(self, annotation_id: str) -> None:
        """Enter on a highlight in the list: the caret goes to it in the article (and says it)."""
        annotation = self.session.get(annotation_id) if self.session else None
        if annotation is None or annotation.orphaned:
            return
        self.view.setFocus()
        self.view.place_caret(annotation.start)
        self.view.scroll_to_offsets(annotation.start, annotation.end)

    def _on_annotation_chosen(self, annotation_id: str) -> None:
        annotation = self.session.get(annotation_id) if self.session else None
        if annotation is None or annotation.orphaned:
            return
        self.view.scroll_to_offsets(annotation.start, annotation.end)
        self.painter.flash(annotation_id)

    def _article_text(self) -> str | None:
        return self.session.text if self.session is not None else None

    def _on_zoom_changed(self, size: float) -> None:
        if self.interactive:
            self.settings.setValue("view/point_size", size)

    # ================================================================ state

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        self._update_safety()

    def _on_journal_written(self, path: str) -> None:
        self._update_safety()

    def _on_journal_failed(self, error) -> None:
        self._update_safety()

    def _update_title(self) -> None:
        if self.session is None and self.first_frame is None:
            self.setWindowTitle("annotator")
            return
        title = (self.session.exercise if self.session is not None else self.first_frame).title
        name = (
            self.document_path.name
            if self.document_path
            else translate("MainWindow", "not saved yet")
        )
        if self.read_only:
            name = translate("MainWindow", "%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{title} — {name}[*] — annotator")
        self.setWindowModified(not self.undo_stack.isClean())

    def _update_safety(self) -> None:
        if self.session is None:
            self.safety_label.setText("")
        elif self.undo_stack.isClean():
            self.safety_label.setText(
                translate("MainWindow", "All saved") if self.document_path else ""
            )
        elif self.keeper.failure is not None:  # stays until a journal write succeeds
            error = self.keeper.failure
            self.safety_label.setText(
                translate("MainWindow", "Unsaved, and cannot be kept for recovery: %1").replace(
                    "%1", error.text(self.language)
                )
            )
        elif self.keeper.pending:
            self.safety_label.setText(translate("MainWindow", "Unsaved changes"))
        else:
            self.safety_label.setText(
                translate("MainWindow", "Unsaved changes, kept safe for recovery")
            )

    def _tell(self, text: str, timeout: int) -> None:
        """A short message in the status bar, said to a screen reader too."""
        self.statusBar().showMessage(text, timeout)
        announce(self.view, text)

    def _say_read_only(self) -> None:
        self.statusBar().showMessage(translate(
            "MainWindow", "Read-only: this work is open in another window. Save As makes a "
            "copy you can change."), 8000)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_drop_current_work():
            event.ignore()
            return
        if self.session is not None and self.undo_stack.isClean():
            self.keeper.discard()  # the file on disk holds everything: nothing to recover
        self.keeper.detach()
        self.keeper.journal.release()  # our journal stays if unsaved; another window may take it
        if self.work_lock is not None:
            self.work_lock.release()
            self.work_lock = None
        event.accept()

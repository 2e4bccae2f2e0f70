"""The authoring window: the article as trainees will see it, and the editors around it.

The instructor marks the expert key on the very view trainees read (the
workspace's ArticleView, SpanPainter and OffsetMap), with the same keys
(select words, press 1, 2, 3...), then writes why each span matters. The
tabs beside it edit the key, the blocks, the categories and the details.
Every change is planned by the core and pushed on one undo stack; the
window listens to the draft and redraws, never the other way round.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from annotator.core import spans as span_ops
from annotator.core.authoring import (
    ArticleEdit,
    AuthoringError,
    CategoryInUse,
    Details,
    Draft,
    clean_texts,
    remove_category,
    summary,
)
from annotator.core.course_authoring import current_settings
from annotator.core.feature_authoring import accepted_for_category
from annotator.core.key_alternatives import with_alternative, without_alternative
from annotator.core.limits import TEXT_MAX
from annotator.core.model import GradingSettings
from annotator.gui import storage
from annotator.gui.accessibility import caret_announcements_on
from annotator.gui.article_view import ArticleView
from annotator.gui.authoring.actions import ActionsMixin
from annotator.gui.authoring.block_editor import BlockEditor
from annotator.gui.authoring.commands import (
    ApplyEdit,
    ChangeKeySpan,
    SetCourse,
    SetDetails,
    SetGrading,
)
from annotator.gui.authoring.course_dialog import CourseDialog
from annotator.gui.authoring.details_panel import DetailsPanel
from annotator.gui.authoring.files import FilesMixin
from annotator.gui.authoring.key_highlights import KeyHighlights
from annotator.gui.authoring.key_panel import KeyModel, KeyPanel
from annotator.gui.authoring.messages import describe
from annotator.gui.authoring.prompts import DialogPrompts, Prompts
from annotator.gui.authoring.tagset_editor import TagsetEditor
from annotator.gui.authoring.widgets import ElidedLabel
from annotator.gui.banner import banner
from annotator.gui.commands import AddSpan, UndoStack, remove_spans
from annotator.gui.find_bar import ArticleSearch, FindBar
from annotator.gui.highlight_speech import HighlightSpeech
from annotator.gui.highlights import SessionHighlights
from annotator.gui.painter import SpanPainter
from annotator.gui.span_styles import styles_for, swatch_icon
from annotator.gui.text_limits import integer
from annotator.services.library import exercises_beside
from annotator.services.on_disk import Fingerprint, fingerprint

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

WINDOW_SIZE = (1280, 800)
SIDE_WIDTH = 560
KEY_TAB, BLOCKS_TAB, CATEGORIES_TAB, DETAILS_TAB = range(4)


class AuthoringWindow(FilesMixin, ActionsMixin, QMainWindow):
    """One draft at a time, its editors and its undo stack; files and actions in the mixins."""

    help_page = "instructor"  # F1 opens the instructor's guide here (help_menu.py)

    def __init__(
        self,
        prompts: Prompts | None = None,
        language: str = "en",
        settings=None,
        interactive: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("authoringWindow")
        self.setAttribute(Qt.WA_DeleteOnClose, interactive)
        self.prompts = prompts or DialogPrompts()
        self.language = language
        self.settings = settings if settings is not None else storage.settings()
        self.interactive = interactive
        self.draft: Draft | None = None
        self.path: Path | None = None
        self.disk_fingerprint: Fingerprint | None = None  # the file as opened or last saved
        self.conflict_copy: Path | None = None  # where the other version went, to say so
        self.styles: dict = {}
        self._highlights: SessionHighlights | None = None
        self._previews: list = []
        self._placed_splitter = False
        self.undo_stack = UndoStack(self)  # tells a redo from an edit, for speech
        self._build_widgets()
        self.speech = HighlightSpeech(  # marking the key is spoken as a trainee's marking is
            self.view, self.undo_stack, lambda: caret_announcements_on(self.settings), self)
        self._build_actions()
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._update_summary)
        self.tabs.setEnabled(False)  # nothing to edit until an exercise is started or opened
        self.resize(*WINDOW_SIZE)
        self._update_title()

    # ================================================================ widgets

    def _build_widgets(self) -> None:
        self.title_label = ElidedLabel(self)
        self.title_label.setObjectName("exerciseTitle")
        self.summary_label = ElidedLabel(self)
        self.summary_label.setObjectName("exerciseInstructions")
        top = banner(self, "banner", self.title_label, self.summary_label)

        self.view = ArticleView(self)
        self.view.setPlaceholderText(
            translate("AuthoringWindow", "Start a new exercise (Ctrl+N) or open one (Ctrl+O).")
        )
        self.painter = SpanPainter(self.view)
        self.view.tooltip_provider = self._tooltip_at
        self.view.caret_moved.connect(self._on_caret_moved)
        reading = QWidget(self)
        reading.setObjectName("reading")
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(top)
        reading_layout.addWidget(self.view, 1)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.search = ArticleSearch(
            self.find_bar, self.view, lambda: self.draft.text if self.draft is not None else None
        )
        reading_layout.addWidget(self.find_bar)

        self.key_panel = KeyPanel(self.change_span, self.delete_spans, self.place_span, self,
                                  self.add_alternative, self.remove_alternative,
                                  self.language)
        self.key_panel.category_of = lambda cid: self.draft.category(cid) if self.draft else None
        self.key_panel.span_chosen.connect(self._on_span_chosen)
        self.key_panel.back_to_article.connect(self.view.setFocus)
        self.block_editor = BlockEditor(self.run_edit, self)
        self.block_editor.block_chosen.connect(self._on_block_chosen)
        self.tagset_editor = TagsetEditor(self.run_edit, self.remove_category, self)
        self.tagset_editor.features.confirm = (
            lambda title, message, action: self.prompts.confirm(self, title, message, action))
        self.details_panel = DetailsPanel(self.change_details, self.change_grading, self,
                                          course_requested=self.edit_course,
                                          interface_language=self.language)
        self.course_dialog: CourseDialog | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("authoringTabs")
        for widget, text, tip in (
            (self.key_panel, translate("AuthoringWindow", "&Key"),
             translate("AuthoringWindow", "The expert spans and their explanations (Ctrl+1)")),
            (self.block_editor, translate("AuthoringWindow", "&Blocks"),
             translate("AuthoringWindow", "Fix the article: kinds, text, split, merge (Ctrl+2)")),
            (self.tagset_editor, translate("AuthoringWindow", "&Categories"),
             translate("AuthoringWindow", "What trainees mark: names, colours, keys (Ctrl+3)")),
            (self.details_panel, translate("AuthoringWindow", "&Details && grading"),
             translate("AuthoringWindow", "Title, instructions, source, scheme, pass mark "
                       "(Ctrl+4)")),
        ):
            page = QWidget(self)
            page.setObjectName("sidebar")
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(12, 10, 12, 10)
            page_layout.addWidget(widget)
            self.tabs.setTabToolTip(self.tabs.addTab(page, text), tip)

        self.splitter = splitter = QSplitter(Qt.Horizontal, self)
        splitter.setObjectName("authoringSplitter")
        splitter.addWidget(reading)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([WINDOW_SIZE[0] - SIDE_WIDTH, SIDE_WIDTH])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("safetyLabel")
        self.statusBar().addPermanentWidget(self.position_label)

    # ================================================================ the draft

    def set_draft(self, draft: Draft, path: Path | None = None, notes: list[str] | None = None):
        """Swap in a draft (new, imported or opened) and rebuild every view over it."""
        if self.draft is not None:
            self.draft.unsubscribe(self._on_draft_changed)
        if self._highlights is not None:
            self._highlights.detach()
        self.speech.follow(None, {})
        self.undo_stack.clear()
        self.painter.set_decorations([])
        self.draft, self.path = draft, path
        # What the file on disk held when opened: a later save asks if it changed since.
        self.disk_fingerprint = fingerprint(path) if path is not None else None
        self.conflict_copy = None
        draft.subscribe(self._on_draft_changed)
        self.view.set_article(draft.article)
        self.block_editor.set_draft(draft, notes)
        self.tagset_editor.set_draft(draft, self.language)
        self.details_panel.set_draft(draft)
        self._install_tagset()
        self.undo_stack.setClean()
        self._update_title()
        self._update_summary()
        self.tabs.setEnabled(True)
        self.view.setFocus()

    def _install_tagset(self) -> None:
        """Styles, key list, highlights and category keys for the draft's current categories."""
        draft = self.draft
        self.styles = styles_for(draft.tagset)
        labels = {c.id: c.label(self.language) for c in draft.categories}
        icons = {cid: swatch_icon(style, 20) for cid, style in self.styles.items()}
        if self._highlights is not None:
            self._highlights.detach()
        self._highlights = KeyHighlights(draft.key, self.painter, self.styles)
        self.speech.follow(draft.key, labels)
        current = self.key_panel.current_id()
        self.key_panel.set_model(KeyModel(draft.key, labels, icons, self.key_panel))
        self.key_panel.show_span(current)
        self._build_category_actions()

    def _on_draft_changed(self, part: str) -> None:
        if part == "article":
            # Nothing drawn on the old text may reach the new one: the key comes back next.
            self.painter.set_decorations([])
            scroll = self.view.verticalScrollBar().value()
            self.view.set_article(self.draft.article)
            self.view.verticalScrollBar().setValue(scroll)
        elif part == "tagset":
            self._install_tagset()
        elif part == "details":
            self._update_title()
        self._update_summary()

    # ================================================================ edits

    def run_edit(self, plan) -> bool:
        """Plan an article or tagset edit with the core and push it; say why when refused."""
        try:
            edit = plan()
        except AuthoringError as exc:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Not changed: %1").replace("%1", describe(exc)), 8000
            )
            return False
        self.undo_stack.push(ApplyEdit(self.draft, edit))
        if isinstance(edit, ArticleEdit):
            self._report_placements(edit)
        return True

    def _report_placements(self, edit: ArticleEdit) -> None:
        parts = []
        adjusted, found = edit.count("adjusted"), edit.count("found")
        if adjusted:
            parts.append(translate(
                "AuthoringWindow", "%n key spans follow the edited words", "", adjusted))
        if edit.count("moved"):
            parts.append(
                translate(
                    "AuthoringWindow", "%1 moved to the nearest of several matches: check them"
                ).replace("%1", str(edit.count("moved")))
            )
        if found:
            parts.append(translate("AuthoringWindow", "%n found their words again", "", found))
        if edit.count("orphaned"):
            parts.append(
                translate(
                    "AuthoringWindow",
                    "⚠ %1 lost their words: kept in the Key list, marked ⚠, to place again",
                ).replace("%1", str(edit.count("orphaned")))
            )
        if parts:
            self.statusBar().showMessage(" · ".join(parts), 15000)

    def change_details(self, details: Details) -> None:
        if details != self.draft.details:
            self.undo_stack.push(SetDetails(self.draft, self.draft.details, details))

    def change_grading(self, grading: GradingSettings) -> None:
        if grading != self.draft.grading:
            self.undo_stack.push(SetGrading(self.draft, self.draft.grading, grading))

    def edit_course(self) -> CourseDialog | None:
        """Open the course and teacher's notes of the draft; OK is one undo step."""
        if self.draft is None:
            return None
        if self.course_dialog is not None:
            if self.course_dialog.isVisible():
                self.course_dialog.activateWindow()
                return self.course_dialog
            self.course_dialog.deleteLater()
        before = current_settings(self.draft)
        dialog = CourseDialog(before, self.draft.details.id, exercises_beside(self.path), self)
        dialog.accepted.connect(lambda: self.change_course(before, dialog.chosen))
        self.course_dialog = dialog
        dialog.open()  # window-modal, and the call returns: tests drive the real widgets
        return dialog

    def change_course(self, before, after) -> None:
        if after is not None and after != current_settings(self.draft):
            self.undo_stack.push(SetCourse(self.draft, before, after))

    def remove_category(self, category_id: str) -> None:
        """Remove a category; if key spans use it, ask first and say how many go with it."""
        try:
            edit = remove_category(self.draft, category_id)
        except CategoryInUse as used:
            label = self.draft.category(category_id).label(self.language)
            in_use = used.count
            confirmed = self.prompts.confirm(
                self,
                translate("AuthoringWindow", "Remove a category in use?"),
                translate(
                    "AuthoringWindow",
                    "%n expert spans are marked as “%1”. Removing the category removes them "
                    "too (Undo brings both back).", "", in_use,
                ).replace("%1", label),
                translate("AuthoringWindow", "Remove category and %n spans", "", in_use),
            )
            if not confirmed:
                return
            self.run_edit(lambda: remove_category(self.draft, category_id, confirmed=True))
            return
        except AuthoringError as exc:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Not changed: %1").replace("%1", describe(exc)), 8000
            )
            return
        self.run_edit(lambda: edit)

    # ================================================================ the key

    def mark(self, category_id: str, exact: bool = False) -> str | None:
        """Make the article's selection an expert span; returns its id."""
        selected = self.view.selection_offsets()
        if self.draft is None:
            return None
        if selected is None:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Select words in the article first."), 4000
            )
            return None
        start, end = self._snapped(selected, exact)
        self.view.place_caret(selected[1])
        if start >= end:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Nothing to mark there: select some words."), 4000
            )
            return None
        if end - start > TEXT_MAX:  # a quote the file could not hold: say so now, not at save
            self.statusBar().showMessage(translate(
                "AuthoringWindow", "An expert span can cover at most %1 characters; this one "
                "would cover %2. Select a shorter passage.").replace("%1", integer(TEXT_MAX))
                .replace("%2", integer(end - start)), 10000)
            return None
        if self.draft.key.find(category_id, start, end) is not None:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "That is already in the key."), 4000
            )
            return None
        span = self.draft.key.new_span(category_id, start, end)
        self.undo_stack.push(AddSpan(self.draft.key, span))
        self.tabs.setCurrentIndex(KEY_TAB)
        self.key_panel.edit_explanation(span.id)
        self.statusBar().showMessage(
            translate(
                "AuthoringWindow",
                "Added to the key. Write why it matters; Ctrl+Return goes back to the article.",
            ),
            8000,
        )
        return span.id

    def _snapped(self, selected: tuple[int, int], exact: bool) -> tuple[int, int]:
        text = self.draft.text
        exact = (
            exact
            or self.exact_action.isChecked()
            or bool(QGuiApplication.queryKeyboardModifiers() & Qt.AltModifier)
        )
        if not exact:
            return span_ops.snap_to_words(text, *selected)
        start, end = selected
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def choose_category(self, category_id: str, exact: bool = False) -> None:
        """A category key: mark the selection, or recategorise the spans chosen in the list."""
        if self.draft is None:
            return
        if self.key_panel.table.hasFocus() and self.key_panel.selected_ids():
            for span_id in self.key_panel.selected_ids():
                self.change_span(span_id, {"category": category_id})
        else:
            self.mark(category_id, exact)

    def change_span(self, span_id: str, changes: dict) -> None:
        before = self.draft.key.get(span_id)
        if before is None:
            return
        if "explanations" in changes:
            changes = {**changes, "explanations": clean_texts(changes["explanations"])}
        if "category" in changes:  # answers of questions the new category does not ask go
            moved = before.model_copy(update={"category": changes["category"]})
            accepted = accepted_for_category(moved, self.draft.category(changes["category"]))
            changes = {**changes, "accepted": accepted}
        after = before.model_copy(update=changes)
        if after != before:
            self.undo_stack.push(ChangeKeySpan(self.draft, before, after))

    def delete_spans(self, ids: list[str]) -> None:
        spans = [s for s in (self.draft.key.get(i) for i in ids) if s is not None]
        if spans:
            self.undo_stack.push(remove_spans(self.draft.key, spans))

    def delete_current_span(self) -> None:
        ids = self.key_panel.selected_ids()
        if not ids:
            here = self.draft.key.at_offset(self.view.caret_offset()) if self.draft else []
            ids = [here[0].id] if here else []
        if not ids:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Choose an expert span to delete first."), 4000
            )
            return
        self.delete_spans(ids)

    def place_span(self, span_id: str) -> None:
        """Move a span (an orphan, usually) onto the words selected in the article."""
        selected = self.view.selection_offsets()
        if selected is None:
            self.statusBar().showMessage(
                translate(
                    "AuthoringWindow", "Select the words in the article where the span belongs."
                ),
                6000,
            )
            return
        start, end = self._snapped(selected, exact=False)
        before = self.draft.key.get(span_id)
        if before is None or start >= end:
            return
        after = before.model_copy(
            update={"start": start, "end": end, "quote": self.draft.text[start:end],
                    "orphaned": False}
        )
        if after != before:
            self.undo_stack.push(ChangeKeySpan(self.draft, before, after))

    def add_alternative(self, span_id: str) -> None:
        """The words selected in the article as another right extent of a span (scoring.md §8)."""
        selected = self.view.selection_offsets()
        before = self.draft.key.get(span_id) if self.draft else None
        if before is None:
            return
        if selected is None:
            self.statusBar().showMessage(translate(
                "AuthoringWindow", "Select the other words the expert also accepts, then add "
                "them as an alternative."), 6000)
            return
        start, end = self._snapped(selected, exact=False)
        if end - start > TEXT_MAX:  # the same limit as the span itself, said now
            self.statusBar().showMessage(translate(
                "AuthoringWindow", "An expert span can cover at most %1 characters; this one "
                "would cover %2. Select a shorter passage.").replace("%1", integer(TEXT_MAX))
                .replace("%2", integer(end - start)), 10000)
            return
        try:
            after = with_alternative(before, start, end, self.draft.text)
        except AuthoringError as exc:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Not changed: %1").replace("%1", describe(exc)), 8000)
            return
        self.undo_stack.push(ChangeKeySpan(self.draft, before, after))
        self.statusBar().showMessage(translate(
            "AuthoringWindow", "Alternative added: a trainee who marks these words finds the "
            "span too."), 6000)

    def remove_alternative(self, span_id: str, number: int) -> None:
        before = self.draft.key.get(span_id) if self.draft else None
        if before is None or not 1 <= number <= len(before.alternatives):
            return
        self.undo_stack.push(ChangeKeySpan(self.draft, before,
                                           without_alternative(before, number)))

    def _on_span_chosen(self, span_id: str) -> None:
        span = self.draft.key.get(span_id)
        if span is not None and not span.orphaned:
            self.view.scroll_to_offsets(span.start, span.end)
            self.painter.flash(span_id)

    def _on_block_chosen(self, row: int) -> None:
        start, end = self.draft.block_range(row)
        self.view.scroll_to_offsets(start, end)
        self.view.select_offsets(start, end)

    def _on_caret_moved(self, offset: int) -> None:
        if self.draft is None:
            return
        here = self.draft.key.at_offset(offset)
        if here:
            self.key_panel.show_span(here[0].id)
        block = self.view.offset_map.block_of(offset) if self.view.offset_map else 0
        self.position_label.setText(
            translate("AuthoringWindow", "Block %1 of %2")
            .replace("%1", str(block + 1))
            .replace("%2", str(len(self.draft.blocks)))
        )

    def _tooltip_at(self, offset: int) -> str:
        if self.draft is None:
            return ""
        lines = []
        for span in self.draft.key.at_offset(offset):
            category = self.draft.category(span.category)
            label = category.label(self.language) if category else span.category
            color = self.styles[span.category].line_color().name()
            kind = (
                translate("AuthoringWindow", "required")
                if span.required
                else translate("AuthoringWindow", "optional")
            )
            explanation = span.explanations.get("es") or span.explanations.get("en") or ""
            explanation = explanation.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f"<b style='color:{color}'>{label}</b> <i>({kind})</i><br>{explanation}")
        return "<hr>".join(lines)

    # ================================================================ state

    def _update_title(self) -> None:
        if self.draft is None:
            self.setWindowTitle(translate("AuthoringWindow", "New exercise — annotator"))
            self.title_label.setText(translate("AuthoringWindow", "Authoring"))
            return
        name = self.path.name if self.path else translate("AuthoringWindow", "not saved yet")
        self.setWindowTitle(
            translate("AuthoringWindow", "%1 — %2[*] — annotator authoring")
            .replace("%1", self.draft.details.title)
            .replace("%2", name)
        )
        self.title_label.setText("✎ " + self.draft.details.title)
        self.setWindowModified(not self.undo_stack.isClean())

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_summary(self, *args) -> None:
        if self.draft is None:
            self.summary_label.setText("")
            return
        s = summary(self.draft)
        blocks, categories, spans, required = s.blocks, s.categories, s.key_spans, s.required
        text = " · ".join((
            translate("AuthoringWindow", "%n blocks", "", blocks),
            translate("AuthoringWindow", "%n categories", "", categories),
            translate("AuthoringWindow", "%n expert spans", "", spans)
            + " (" + translate("AuthoringWindow", "%n required", "", required) + ")",
        ))
        unexplained, orphaned = s.unexplained, s.orphaned
        if unexplained:
            text += " · " + translate("AuthoringWindow", "%n without explanation", "",
                                      unexplained)
        if orphaned:
            text += " · " + translate("AuthoringWindow", "⚠ %n not placed", "", orphaned)
        self.summary_label.setText(text)
        key_title = translate("AuthoringWindow", "&Key (%1)").replace("%1", str(s.key_spans))
        if s.orphaned:
            key_title += " ⚠"
        self.tabs.setTabText(KEY_TAB, key_title)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._placed_splitter:
            # Sizes given before the first layout are scaled by whatever size the window
            # had then; set them once it has its real width.
            self._placed_splitter = True
            width = self.splitter.width()
            self.splitter.setSizes([width - SIDE_WIDTH, SIDE_WIDTH])

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.may_drop_current_work():
            event.ignore()
            return
        for preview in self._previews:
            preview.close()
        event.accept()

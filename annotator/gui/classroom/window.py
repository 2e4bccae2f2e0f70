"""The class window: open a class, watch it grade, read the gradebook and the overview, export.

Grading runs in a worker thread (grading_job.py) while this window shows a
progress bar with Cancel; nothing in this thread parses XML meanwhile.
Student files are only read. Files that could not be graded are listed one
line each on the Problems page and never stop the others. Exports run a
file per event-loop turn (step_runner.py) with the same progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.core.feedback import FeedbackItem
from annotator.core.messages import in_language
from annotator.core.model import Decision
from annotator.core.overview import overview
from annotator.gui import storage
from annotator.gui.accessibility import announce
from annotator.gui.banner import banner
from annotator.gui.classroom import exports
from annotator.gui.classroom.attempt_choice import AttemptChoice
from annotator.gui.classroom.decisions import (
    PARTLY_FOUND,
    ChangeDecisions,
    kind_name,
    target_of,
)
from annotator.gui.classroom.gradebook_view import GradebookView
from annotator.gui.classroom.grading_job import ClassGrading, ClassResult
from annotator.gui.classroom.heat_map import HeatMap
from annotator.gui.classroom.looks import category_looks
from annotator.gui.classroom.overview_panel import OverviewPanel
from annotator.gui.classroom.prompts import ClassPrompts, DialogClassPrompts
from annotator.gui.classroom.step_runner import StepRunner
from annotator.gui.folders import start_folder
from annotator.gui.help_menu import add_help_and_settings
from annotator.gui.i18n import decimal, mark
from annotator.gui.quitting import close_and_quit_actions
from annotator.services.attempts import what_feedback_fixed
from annotator.services.classroom import ClassRow, regrade_with_decisions
from annotator.services.decisions import make_decision
from annotator.services.feature_report import class_judgements
from annotator.services.key_edits import (
    KeyEditRefused,
    accept_for_class,
    overlapping_items,
    score_changes,
)
from annotator.services.reports.html import exercise_title
from annotator.xmlio.atomic import SaveError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

WINDOW_SIZE = (1280, 800)


class ClassWindow(QMainWindow):
    """Gradebook, class overview and problems for one class set."""

    help_page = "instructor"  # F1 opens the instructor's guide here (help_menu.py)

    def __init__(self, prompts: ClassPrompts | None = None, language: str = "en",
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classWindow")  # its look: resources/styles/30-classroom.qss
        self.prompts = prompts or DialogClassPrompts()
        self.language = language
        self.result: ClassResult | None = None
        self.key_path: Path | None = None
        self.sources: list[Path] = []
        self.attempt: str | None = None  # which attempt is graded; None: the default
        self.release_code: str | None = None  # a sealed key's, in memory only (attempts.md)
        self.grading = ClassGrading(self)
        self.grading.progressed.connect(self._on_progress)
        self.grading.finished.connect(self._on_graded)
        self.grading.failed.connect(self._on_failed)
        self.grading.locked.connect(self._on_locked)
        self.grading.cancelled.connect(self._on_cancelled)
        self.runner = StepRunner(self)
        self.runner.progressed.connect(self._on_export_progress)
        self.runner.finished.connect(self._on_exported)
        self._export_name = ""
        self.undo_stack = QUndoStack(self)  # the instructor's decisions (scoring.md §9)
        self.trainee_view = None
        self._rows_before: list | None = None  # the class before a key edit, to compare
        self.last_changes: list = []  # whose scores the last key edit changed
        self._build_widgets()
        self._build_actions()
        self._set_busy(False)
        self.resize(*WINDOW_SIZE)
        self.setWindowTitle(translate("ClassWindow", "Grade a class"))

    # ================================================================ widgets

    def _build_widgets(self) -> None:
        self.title_label = QLabel(translate("ClassWindow", "Grade a class"), self)
        self.title_label.setObjectName("classTitle")
        self.subtitle_label = QLabel(translate(
            "ClassWindow", "Open the exercise and the trainees' files (Ctrl+O)."), self)
        self.subtitle_label.setObjectName("classSubtitle")
        self.subtitle_label.setWordWrap(True)
        top = banner(self, "classBanner", self.title_label, self.subtitle_label)

        self.gradebook = GradebookView(self)
        self.gradebook.model.language = self.language
        self.gradebook.trainee_opened.connect(self.open_trainee)
        self.heat_map = HeatMap(self)
        self.overview_panel = OverviewPanel(self)
        self.overview_panel.passage_chosen.connect(self.heat_map.show_span)
        self.overview_panel.accept_requested.connect(self.accept_for_class)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.setObjectName("overviewSplitter")
        splitter.addWidget(self.heat_map)
        splitter.addWidget(self.overview_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 560])
        overview_page = QWidget(self)
        overview_layout = QVBoxLayout(overview_page)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.setSpacing(0)
        overview_layout.addWidget(splitter, 1)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(
            translate("ClassWindow", "Files that were not graded, and why"))
        self.problem_list.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("classTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.gradebook, translate("ClassWindow", "&Gradebook"))
        self.tabs.addTab(overview_page, translate("ClassWindow", "Class &overview"))
        self.tabs.addTab(self.problem_list, translate("ClassWindow", "&Problems"))
        self.tabs.setTabToolTip(0, translate("ClassWindow", "One row per trainee (Alt+G)"))
        self.tabs.setTabToolTip(1, translate(
            "ClassWindow", "What the class marked, missed and confused, on the article (Alt+O)"))
        self.tabs.setTabToolTip(2, translate(
            "ClassWindow", "Files that were not graded, and why (Alt+P)"))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("classProgress")
        self.progress.setMinimumWidth(320)
        self.progress.setFormat(translate("ClassWindow", "%v of %m files"))
        self.cancel_button = QPushButton(translate("ClassWindow", "Cancel"), self)
        self.cancel_button.setToolTip(translate("ClassWindow", "Stop grading or exporting (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    # ================================================================ actions

    def _action(self, text: str, shortcut, tip: str, slot, menu) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.NativeText)
            action.setToolTip(f"{tip} ({keys})")
        else:
            action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        t = translate
        file_menu = self.menuBar().addMenu(t("ClassWindow", "&Class"))
        self.open_action = self._action(
            t("ClassWindow", "&Open class…"), QKeySequence.Open,
            t("ClassWindow", "Choose the exercise and the trainees' files or folder"),
            self.choose_class, file_menu)
        self.regrade_action = self._action(
            t("ClassWindow", "&Grade again"), "F5",
            t("ClassWindow", "Read and grade the same files again (after new ones arrive)"),
            self.regrade, file_menu)
        file_menu.addSeparator()
        self.close_action, self.quit_action = close_and_quit_actions(self)
        file_menu.addActions([self.close_action, self.quit_action])

        edit = self.menuBar().addMenu(t("ClassWindow", "&Decisions"))
        self.undo_action = self.undo_stack.createUndoAction(self, t("ClassWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, t("ClassWindow", "&Redo"))
        self.redo_action.setShortcut(QKeySequence.Redo)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            edit.addAction(action)

        export = self.menuBar().addMenu(t("ClassWindow", "&Export"))
        self.csv_action = self._action(
            t("ClassWindow", "Gradebook as &CSV…"), "Ctrl+Shift+C",
            t("ClassWindow", "Every trainee's score and figures, for a spreadsheet"),
            lambda: self.export_gradebook("generic"), export)
        self.moodle_action = self._action(
            t("ClassWindow", "Gradebook for &Moodle…"), "Ctrl+Shift+M",
            t("ClassWindow", "A CSV for Moodle's grade import (ID number and score)"),
            lambda: self.export_gradebook("moodle"), export)
        self.canvas_action = self._action(
            t("ClassWindow", "Gradebook for C&anvas…"), "Ctrl+Shift+V",
            t("ClassWindow", "A CSV for Canvas's gradebook import"),
            lambda: self.export_gradebook("canvas"), export)
        export.addSeparator()
        self.graded_action = self._action(
            t("ClassWindow", "Graded &submissions (XML)…"), "Ctrl+Shift+X",
            t("ClassWindow", "Each trainee's file again with its grade, into a folder"),
            self.export_graded, export)
        self.html_action = self._action(
            t("ClassWindow", "Feedback reports (&HTML)…"), "Ctrl+Shift+H",
            t("ClassWindow", "A feedback page per trainee, into a folder"),
            lambda: self.export_reports(pdf=False), export)
        self.pdf_action = self._action(
            t("ClassWindow", "Feedback reports (&PDF)…"), "Ctrl+Shift+F",
            t("ClassWindow", "A feedback PDF per trainee, into a folder"),
            lambda: self.export_reports(pdf=True), export)
        self.class_pdf_action = self._action(
            t("ClassWindow", "Class &report (PDF)…"), "Ctrl+Shift+P",
            t("ClassWindow", "Results, gradebook and the class overview in one PDF"),
            self.export_class_report, export)
        export.addSeparator()
        tools = export.addMenu(t("ClassWindow", "For other annotation &tools"))
        self.interop_actions = {
            "w3c": self._action(
                t("ClassWindow", "&W3C Web Annotation (JSON-LD)…"), None,
                t("ClassWindow", "The key and every trainee's marks with their verdicts, for "
                  "Hypothesis and other W3C tools, into a folder"),
                lambda: self.export_interop("w3c"), tools),
            "xmi": self._action(
                t("ClassWindow", "&INCEpTION (UIMA XMI)…"), None,
                t("ClassWindow", "The key and every trainee's marks with their verdicts, for "
                  "INCEpTION, into a folder"),
                lambda: self.export_interop("xmi"), tools),
            "brat": self._action(
                t("ClassWindow", "&brat…"), None,
                t("ClassWindow", "The key and every trainee's marks with their verdicts, for "
                  "brat, into a folder"),
                lambda: self.export_interop("brat"), tools),
        }
        self.export_actions = [self.csv_action, self.moodle_action, self.canvas_action,
                               self.graded_action, self.html_action, self.pdf_action,
                               self.class_pdf_action, *self.interop_actions.values()]

        view = self.menuBar().addMenu(t("ClassWindow", "&View"))
        self.open_trainee_action = self._action(
            t("ClassWindow", "&Trainee's comparison"), "Ctrl+Return",
            t("ClassWindow", "The chosen trainee's highlights against the expert's"),
            self._open_current, view)
        self.find_action = self._action(
            t("ClassWindow", "&Find trainee"), QKeySequence.Find,
            t("ClassWindow", "Find a trainee by name or id"), self._find_trainee, view)
        view.addSeparator()
        self.zoom_in_action = self._action(
            t("ClassWindow", "Zoom &in"), QKeySequence.ZoomIn,
            t("ClassWindow", "Larger article text, for a projector"),
            self.heat_map.view.zoom_in, view)
        self.zoom_out_action = self._action(
            t("ClassWindow", "Zoom &out"), QKeySequence.ZoomOut,
            t("ClassWindow", "Smaller article text"), self.heat_map.view.zoom_out, view)
        add_help_and_settings(self, file_menu)  # Settings in the Class menu, then Help
        self.cancel_action = QAction(t("ClassWindow", "Cancel"), self)
        self.cancel_action.setShortcut(QKeySequence("Esc"))
        self.cancel_action.triggered.connect(self.cancel)
        self.addAction(self.cancel_action)

        toolbar = QToolBar(t("ClassWindow", "Class tools"), self)
        toolbar.setObjectName("classTools")
        toolbar.setMovable(False)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.regrade_action)
        toolbar.addSeparator()
        toolbar.addActions([self.csv_action, self.graded_action, self.pdf_action,
                            self.class_pdf_action])
        toolbar.addSeparator()
        self.attempt_choice = AttemptChoice(toolbar)
        self.attempt_choice.changed.connect(self.set_attempt)
        toolbar.addWidget(self.attempt_choice)
        for action, text in ((self.csv_action, t("ClassWindow", "CSV")),
                             (self.graded_action, t("ClassWindow", "Graded XML")),
                             (self.pdf_action, t("ClassWindow", "Reports PDF")),
                             (self.class_pdf_action, t("ClassWindow", "Class report"))):
            action.setIconText(text)
        self.addToolBar(toolbar)

    # ================================================================ grading

    def choose_class(self) -> None:
        first = self.sources[0] if self.sources else self.key_path
        if first is not None and not first.is_dir():
            first = first.parent
        folder = start_folder(first)
        answer = self.prompts.choose_class(self, self.key_path, folder)
        if answer is not None:
            self.open_class(*answer)

    def open_class(self, key: Path, sources) -> None:
        """Grade ``sources`` (files and folders) against ``key`` in the background."""
        same_class = (Path(key), [Path(s) for s in sources]) == (self.key_path, self.sources)
        if Path(key) != self.key_path and self.key_path is not None:
            self.release_code = None  # the code was for the other key
        self.key_path, self.sources = Path(key), [Path(s) for s in sources]
        self.subtitle_label.setText(translate("ClassWindow", "Grading with %1…")
                                    .replace("%1", self.key_path.name))
        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.statusBar().showMessage(translate("ClassWindow", "Reading the files…"))
        if not same_class:  # decisions are undone as changes on the file, so F5 keeps them
            self.undo_stack.clear()
        self._start_grading()

    def _start_grading(self) -> None:
        self.grading.start(self.key_path, self.sources, self.attempt, self._default_folder(),
                           self.release_code)

    def set_attempt(self, attempt: str | None) -> None:
        """Grade the class on another attempt (first, last, current, or the default)."""
        self.attempt = attempt
        if self.attempt_choice.value() != attempt:
            self.attempt_choice.set_value(attempt)
        self.regrade()

    def regrade(self) -> None:
        if self.key_path is not None and not self._busy:
            self.open_class(self.key_path, self.sources)

    def cancel(self) -> None:
        if self.grading.is_running():
            self.grading.cancel()
        elif self.runner.is_running():
            self.runner.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_graded(self, result: ClassResult) -> None:
        self.result = result
        graded = result.graded
        title = exercise_title(graded.key)
        self.title_label.setText(title)
        self.setWindowTitle(translate("ClassWindow", "%1 — class").replace("%1", title))
        self._show_class(result)
        problems = len(graded.problems)
        self.tabs.setTabText(2, translate("ClassWindow", "&Problems (%n)", None, problems))
        summary = self._summary(result)
        self.subtitle_label.setText(summary)
        self.gradebook.show_count()
        self._set_busy(False)
        trainees = len(graded.rows)
        self.statusBar().showMessage(translate(
            "ClassWindow", "%n trainees graded in %1 s.", "", trainees)
            .replace("%1", decimal(result.seconds, 2)), 10000)
        if self._rows_before is not None:
            self._tell_changes(score_changes(self._rows_before, graded.rows))
            self._rows_before = None
        self._follow_trainee(graded.rows)

    def _follow_trainee(self, rows: list[ClassRow]) -> None:
        """An open trainee's comparison shows the new grade of the same file (or closes)."""
        view, self.trainee_view = self._open_trainee_view(), None
        if view is None:
            return
        same = next((r for r in rows if r.file == view.row.file), None)
        if same is None:
            view.close()
            return
        view.row = same
        view.refresh()
        self.trainee_view = view

    def _open_trainee_view(self):
        """The trainee's comparison if it is still open, else None (it is deleted on close)."""
        if self.trainee_view is not None:
            try:
                self.trainee_view.isVisible()
            except RuntimeError:  # the dialog was closed and deleted
                self.trainee_view = None
        return self.trainee_view

    def _show_class(self, result: ClassResult) -> None:
        """Gradebook, overview and problems of the class as graded now."""
        graded, view = result.graded, result.view
        looks = category_looks(graded.key, view.categories, self.language)
        self.gradebook.set_class(graded.rows, view.categories, looks)
        self.heat_map.set_class(graded.key, view, looks)
        exercise = graded.key.exercise
        self.overview_panel.set_overview(
            view, looks, exercise.notes if exercise is not None else None, self.language)
        self.overview_panel.set_fixes(what_feedback_fixed(
            [row.history for row in graded.rows], graded.key.spans))
        tagset = exercise.tagset if exercise is not None else None
        self.overview_panel.judgements.set_rows(
            class_judgements(graded.key.spans, [row.result for row in graded.rows], tagset),
            tagset, self.language)
        self.problem_list.clear()
        for problem in graded.problems:
            reason = in_language(problem.reason, self.language)
            self.problem_list.addItem(f"{Path(problem.file).name}: {reason}")
            self.problem_list.item(self.problem_list.count() - 1).setToolTip(problem.file)
        for notice in graded.decision_notices:
            self.problem_list.addItem(in_language(notice, self.language))

    def _summary(self, result: ClassResult) -> str:
        graded, scores = result.graded, result.view.scores
        trainees = len(graded.rows)
        text = translate("ClassWindow", "%n trainees", "", trainees) + " · " + translate(
            "ClassWindow", "%1 passed (pass mark %2) · median %3") \
            .replace("%1", str(scores.passed)) \
            .replace("%2", mark(graded.key.pass_mark)).replace("%3", decimal(scores.median))
        if graded.problems:
            count = len(graded.problems)  # a plain variable, so that lupdate sees the call
            text += " · " + translate("ClassWindow", "%n files not graded (see Problems)", "",
                                      count)
        return text

    def _on_locked(self) -> None:
        """The key is a sealed copy's: ask for its release code and grade with it."""
        code = self.prompts.release_code(self, self.key_path)
        if code and code.strip():
            self.release_code = code
            self._start_grading()
            return
        self._set_busy(False)
        said = translate(
            "ClassWindow", "The key in %1 is sealed. To grade, press F5 and type its release "
            "code, or open the instructor's exercise.").replace("%1", self.key_path.name)
        self.subtitle_label.setText(said)
        self.statusBar().showMessage(said, 15000)
        announce(self, said)

    def _on_failed(self, reason: str) -> None:
        self.release_code = None  # a code that did not open the key is asked for again
        reason = in_language(reason, self.language)
        self._set_busy(False)
        self.subtitle_label.setText(reason)
        self.prompts.error(self, translate("ClassWindow", "Cannot grade with this file"), reason)

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.subtitle_label.setText(translate(
            "ClassWindow", "Grading cancelled; nothing was changed. Grade again with F5."))
        self.statusBar().showMessage(translate("ClassWindow", "Grading cancelled."), 8000)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for action in self.export_actions:
            action.setEnabled(not busy and self.result is not None)
        self.open_action.setEnabled(not busy)
        self.regrade_action.setEnabled(not busy and self.key_path is not None)

    # ================================================================ trainees

    def open_trainee(self, row) -> None:
        """The trainee's comparison with the expert, read-only."""
        if self.result is None:
            return
        from annotator.gui.classroom.trainee_view import TraineeView

        view = TraineeView(row, self.result.graded.key, self.language, self,
                           decider=self if self.result.decisions is not None else None)
        view.show()
        self.trainee_view = view

    def _open_current(self) -> None:
        row = self.gradebook.current_row()
        if row is not None:
            self.open_trainee(row)

    def _find_trainee(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.gradebook.filter.setFocus()
        self.gradebook.filter.selectAll()

    # ================================================================ decisions

    def decide(self, row: ClassRow, kind: str, item: FeedbackItem | None) -> bool:
        """Take a decision on a trainee's feedback item (scoring.md §9); True when taken.

        Asks for the instructor's name and a comment (and warns before
        excusing a passage the trainee partly found), then pushes one
        undoable change: saved at once, the class graded again.
        """
        book = self.result.decisions if self.result is not None else None
        if book is None or not (row.trainee_id or "").strip():
            return False
        if book.problem:
            self.prompts.error(self, translate("ClassWindow", "Cannot keep decisions"),
                               in_language(book.problem, self.language))
            return False
        key, annotation = target_of(kind, item)
        warning = None
        if kind == "excuse" and item is not None and item.verdict in PARTLY_FOUND:
            warning = translate(
                "ClassWindow", "This trainee partly found this passage. Excusing it frees "
                "their span, which then counts as an extra and may lower the score.")
        store = storage.settings()
        answer = self.prompts.decision(self, kind_name(kind), warning,
                                       storage.instructor_name(store))
        if answer is None:
            return False
        name, comment = answer
        if not name.strip():
            return False
        storage.remember_instructor(store, name)
        # On the annotations that were graded (the attempt chosen), as formats.md asks.
        decision = make_decision(kind, row.trainee_id.strip(), row.graded_annotations, name,
                                 key=key, annotation=annotation, comment=comment)
        replaced = [d for d in book.decisions if _same_target(d, decision)]
        label = translate("ClassWindow", "%1 for %2").replace(
            "%1", kind_name(kind)).replace("%2", row.label())
        self.undo_stack.push(ChangeDecisions(self.change_decisions, [decision], replaced, label))
        return True

    def remove_decision(self, row: ClassRow, decision: Decision) -> None:
        book = self.result.decisions if self.result is not None else None
        if book is None or decision not in book.decisions:
            return
        label = translate("ClassWindow", "Remove %1 for %2").replace(
            "%1", kind_name(decision.kind)).replace("%2", row.label())
        self.undo_stack.push(ChangeDecisions(self.change_decisions, [], [decision], label))

    def change_decisions(self, added: list[Decision], removed: list[Decision]) -> None:
        """Add and remove decisions: on the file as it is now, saved at once, class regraded.

        The file is read again first when another window wrote it meanwhile,
        so that nobody's decisions are lost.
        """
        result = self.result
        if result is None or result.decisions is None:
            return
        try:
            problem = result.decisions.change(result.decisions_file, added, removed)
        except SaveError as exc:
            problem = exc.reason
        if problem is not None:
            self.prompts.error(self, translate("ClassWindow", "The decisions were not saved"),
                               in_language(problem, self.language))
        regrade_with_decisions(result.graded, result.decisions)
        result.view = overview([r.result for r in result.graded.rows], result.graded.categories)
        self._show_class(result)
        self.subtitle_label.setText(self._summary(result))
        said = translate("ClassWindow", "Decisions saved in %1.").replace(
            "%1", result.decisions_file.name)
        speaker = self
        view = self._open_trainee_view()
        if view is not None:
            view.refresh()
            said += " " + translate("ClassWindow", "%1: score %2.").replace(
                "%1", view.row.label()).replace("%2", decimal(view.row.score))
            speaker = view
        self.statusBar().showMessage(said, 8000)
        announce(speaker, said)  # the new score, for a screen reader, wherever the focus is

    # ================================================================ the key

    def accept_for_class(self, category: str, start: int, end: int) -> bool:
        """Add a passage to the key for everyone (scoring.md §9), then grade the class again.

        As another right extent of the key item it overlaps (§8) or as an
        optional passage with an explanation; the exercise's version goes up
        and the old file is kept. True when the key was changed.
        """
        if self.result is None or self._busy or self.key_path is None:
            return False
        exercise = self.result.graded.key.exercise
        if exercise is None:
            self.prompts.error(self, translate("ClassWindow", "Cannot change the key"),
                               translate("ClassWindow", "Open the class with its exercise file, "
                                         "not a key file, to add passages to the key."))
            return False
        items = overlapping_items(exercise, category, start, end)
        quote = " ".join(exercise.article.text[start:end].split())
        answer = self.prompts.accept_for_class(
            self, quote, [(s.id, " ".join(s.quote.split())) for s in items])
        if answer is None:
            return False
        item, explanation = answer
        explanations = {exercise.language: explanation} if explanation else {}
        try:
            edit = accept_for_class(self.key_path, category, start, end, item=item,
                                    explanations=explanations)
        except KeyEditRefused as exc:
            self.prompts.error(self, translate("ClassWindow", "Cannot change the key"),
                               in_language(exc.message, self.language))
            return False
        except SaveError as exc:
            self.prompts.error(self, translate("ClassWindow", "The key was not saved"),
                               in_language(exc.reason, self.language))
            return False
        self.statusBar().showMessage(translate(
            "ClassWindow", "Key saved as version %1 (the previous one kept as %2); grading "
            "again…").replace("%1", edit.exercise.version).replace("%2", edit.previous.name))
        view, self.trainee_view = self._open_trainee_view(), None
        if view is not None:
            view.close()  # it shows the grade of the old key
        self._rows_before = list(self.result.graded.rows)
        self.regrade()
        return True

    def _tell_changes(self, changes: list) -> None:
        self.last_changes = changes
        if not changes:
            message = translate("ClassWindow", "No trainee's score changed.")
        else:
            count = len(changes)
            lines = [translate("ClassWindow", "%n trainees' scores changed:", "", count)]
            for change in changes[:30]:
                difference = change.after - change.before
                sign = "+" if difference > 0 else "−"
                lines.append(f"{change.label}: {decimal(change.before)} → "
                             f"{decimal(change.after)} ({sign}{decimal(abs(difference))})")
            message = "\n".join(lines)
        self.prompts.inform(self, translate("ClassWindow", "Graded again with the new key"),
                            message)

    # ================================================================ exports

    def _default_folder(self) -> Path:
        for source in self.sources:
            return source if source.is_dir() else source.parent
        return start_folder(self.key_path.parent if self.key_path else None)

    def export_gradebook(self, kind: str) -> None:
        if self.result is None:
            return
        path = self.prompts.save_file(
            self, self._default_folder().parent / exports.CSV_NAMES[kind], "csv")
        if path is not None:
            self._run(exports.gradebook_steps(self.result.graded, kind, path), path)

    def export_graded(self) -> None:
        if self.result is None:
            return
        folder = self.prompts.choose_folder(self, self._default_folder().parent / "graded")
        if folder is not None:
            self._run(exports.graded_steps(self.result.graded, folder), folder)

    def export_reports(self, pdf: bool) -> None:
        if self.result is None:
            return
        folder = self.prompts.choose_folder(self, self._default_folder().parent / "reports")
        if folder is not None:
            self._run(exports.report_steps(self.result.graded, folder, self.language, pdf),
                      folder)

    def export_interop(self, fmt: str) -> None:
        if self.result is None:
            return
        folder = self.prompts.choose_folder(self, self._default_folder().parent / fmt)
        if folder is not None:
            self._run(exports.interop_steps(self.result.graded, fmt, folder), folder)

    def export_class_report(self) -> None:
        if self.result is None:
            return
        path = self.prompts.save_file(
            self, self._default_folder().parent / "class-report.pdf", "pdf")
        if path is not None:
            self._run(exports.class_report_steps(
                self.result.graded, self.result.view, path, self.language), path)

    def _run(self, steps, target: Path) -> None:
        if self._busy:
            return
        self._export_name = str(target)
        self._set_busy(True)
        self.statusBar().showMessage(translate("ClassWindow", "Writing %1…")
                                     .replace("%1", self._export_name))
        self.runner.start(steps)

    def _on_export_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_exported(self, problems: list, cancelled: bool) -> None:
        """Say in the status bar what was written; a failure stays there until the next news."""
        self._set_busy(False)
        name, failed = self._export_name, self.runner.failed
        timeout = 10000
        if cancelled:
            message = translate("ClassWindow", "Export cancelled; the files written so far stay.")
        elif failed and failed >= self.runner.total:
            message = translate("ClassWindow", "Nothing was written to %1: see the message.") \
                .replace("%1", name)
            timeout = 0
        elif failed:
            message = translate(
                "ClassWindow", "Written to %1 only in part: %n failed, see the message.", "",
                failed).replace("%1", name)
            timeout = 0
        elif problems:
            message = translate(
                "ClassWindow", "Written to %1; some trainees were left out, see the message."
            ).replace("%1", name)
        else:
            message = translate("ClassWindow", "Written to %1.").replace("%1", name)
        if problems:
            self.prompts.error(
                self, translate("ClassWindow", "Some files were not written") if failed
                else translate("ClassWindow", "Some trainees were left out"),
                "\n".join(in_language(problem, self.language) for problem in problems[:20]),
            )
        self.statusBar().showMessage(message, timeout)

    # ================================================================ closing

    def closeEvent(self, event) -> None:  # noqa: N802
        self.grading.stop()
        self.runner.cancel()
        super().closeEvent(event)


def _same_target(one: Decision, other: Decision) -> bool:
    """Two decisions of one trainee's file on one target: the newer replaces the older.

    A comment only replaces a comment; accept, excuse and full-credit replace each other.
    """
    return (one.trainee == other.trainee and one.annotations_sha256 == other.annotations_sha256
            and (one.kind == "comment") == (other.kind == "comment")
            and one.target() == other.target())

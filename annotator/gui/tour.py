"""The guided example: a first run through marking, judging, noting, undoing and checking.

The tour opens the worked example of the interface language in the trainee
workspace and shows a step strip (tour_strip.py) that says what to do now.
Each step moves on when the trainee really does it: the tour listens to the
session's changes, the article's selection, the undo and redo actions and
the check mode's signals; it never polls and never drives the window
itself. It attaches to a :class:`MainWindow` through its public parts only.

The worked example is practice. It is opened fresh (never the trainee's
saved work on it), it is not written to the recovery journal while the tour
runs, and leaving or closing asks nothing about the tour's marks: the first
step says so in plain words. When the tour ends, the marks stay on screen;
whatever the trainee does after that is ordinary work again (kept for
recovery, asked about before it is dropped).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar

from annotator import bundled
from annotator.core.features import features_of
from annotator.gui import storage
from annotator.gui.accessibility import announce
from annotator.gui.tour_strip import TourStrip

if TYPE_CHECKING:
    from annotator.core.model import Exercise, KeySpan, Trainee
    from annotator.core.session import Change

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

FOCUS_KEY = "F6"  # to the strip's buttons and back
STEPS = ("select", "mark", "answer", "note", "undo", "check", "explain", "done")


def worked_example(language: str) -> Path:
    """The worked example in ``language`` (English when there is none in it)."""
    name = bundled.WORKED_EXAMPLES.get(language, bundled.WORKED_EXAMPLES["en"])
    return bundled.exercises_dir() / f"{name}.exercise.xml"


def tour_passage(exercise: Exercise) -> KeySpan | None:
    """The passage the first step names: the key's shortest claim, quick to find and select
    with the mouse or with Find; else the key's shortest passage."""
    spans = list(exercise.key or [])
    claims = [s for s in spans if s.category == "claim"] or spans
    return min(claims, key=lambda s: (s.end - s.start, s.start)) if claims else None


@dataclass
class _Words:
    """The exercise's words the steps quote."""

    quote: str
    label: str
    key: str


class _PracticePrompts:
    """The window's prompts, except that the tour's practice is never asked about.

    Every way of leaving the practice (closing, opening a file, the library)
    asks the window's ``prompts.ask_unsaved``; while the tour's own session
    is on screen, the answer is "discard": nothing of the practice is kept.
    """

    def __init__(self, tour: GuidedTour, inner) -> None:
        self._tour = tour
        self.inner = inner

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def ask_unsaved(self, parent) -> str:
        if self._tour.holds_practice():
            return "discard"
        return self.inner.ask_unsaved(parent)


class GuidedTour(QObject):
    """The tour over one workspace window; built by :func:`start_tour`."""

    step_changed = Signal(int)  # the index in STEPS now shown
    ended = Signal(bool)  # True: finished (all the steps), False: ended early

    def __init__(self, window, passage: KeySpan) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.passage = passage
        self.index = 0
        self.active = True
        self.annotation_id: str | None = None  # the trainee's first highlight in the tour
        self._facts: set[str] = set()
        self._undone = False
        self._explain_connected = False
        category = self.session.exercise.tagset.get(passage.category)
        self.words = _Words(" ".join(passage.quote.split()) if passage.quote
                            else self.session.text[passage.start:passage.end],
                            category.label(window.language), category.shortcut or "")
        # Practice: kept out of the journal, and never asked about, while the tour runs.
        self.throwaway = (window.undo_stack.isClean() and not self.session.annotations
                          and window.document_path is None)
        if self.throwaway:
            window.keeper.detach()
            window.prompts = _PracticePrompts(self, window.prompts)
        self.strip = TourStrip(window)
        self.bar = QToolBar(translate("Tour", "Guided example"), window)
        self.bar.setObjectName("tourBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.addWidget(self.strip)
        window.addToolBarBreak(Qt.TopToolBarArea)
        window.addToolBar(Qt.TopToolBarArea, self.bar)
        self.bar.show()  # a tool bar added to a window already on screen starts hidden
        # F6: to the strip's buttons and back, from anywhere in the window.
        self.focus_action = QAction(translate("Tour", "Go to the guided example's buttons"),
                                    window)
        self.focus_action.setShortcut(QKeySequence(FOCUS_KEY))
        self.focus_action.setStatusTip(translate(
            "Tour", "Move to Skip step and End tour, and back to where you were"))
        self.focus_action.triggered.connect(self.toggle_focus)
        window.addAction(self.focus_action)
        self._focus_before = None
        self.strip.skip_requested.connect(self.skip)
        self.strip.end_requested.connect(self.end)
        self.strip.finish_requested.connect(self.finish)
        self._connect()
        self._say_practice()
        self._show()

    # ------------------------------------------------------------ listening

    def _wiring(self) -> list[tuple]:
        """The window's signals the tour listens to, and its slot for each."""
        window = self.window
        return [
            (window.view.selectionChanged, self._on_selection_changed),
            (window.undo_action.triggered, self._on_undo),
            (window.redo_action.triggered, self._on_redo),
            (window.undo_stack.cleanChanged, self._say_practice),
            (window.undo_stack.indexChanged, self._say_practice),
            (window.comparison.toggled, self._on_check_toggled),
            (window.hand_in.changed, self._on_file_changed),
        ]

    def _connect(self) -> None:
        self.session.subscribe(self._on_session_changed)
        for signal, slot in self._wiring():
            signal.connect(slot)
        self.window.installEventFilter(self)

    def _disconnect(self) -> None:
        self.session.unsubscribe(self._on_session_changed)
        for signal, slot in self._wiring():
            signal.disconnect(slot)
        if self._explain_connected:
            self.window.comparison.view.item_chosen.disconnect(self._on_explained)
        self.window.removeEventFilter(self)

    def _on_selection_changed(self) -> None:
        selected = self.window.view.selection_offsets()
        if selected is None:
            return
        start, end = max(selected[0], self.passage.start), min(selected[1], self.passage.end)
        if 2 * (end - start) >= self.passage.end - self.passage.start:  # half of it, at least
            self._learn("select")

    def _on_session_changed(self, change: Change) -> None:
        annotation = change.annotation
        if change.kind == "added" and self.annotation_id is None:
            self.annotation_id = annotation.id
            facts = {"select", "mark"}
            tagset = self.session.exercise.tagset
            if not [f for f in features_of(tagset, annotation.category) if f.kind == "choice"]:
                facts.add("answer")  # this category asks nothing: no question to answer
            self._learn(*facts)
        elif change.kind == "updated" and change.previous is not None:
            if annotation.features and annotation.features != change.previous.features:
                self._learn("answer")
            if annotation.note and annotation.note != change.previous.note:
                self._learn("note")

    def _on_undo(self) -> None:
        if STEPS[self.index] == "undo":
            self._undone = True

    def _on_redo(self) -> None:
        if STEPS[self.index] == "undo" and self._undone:
            self._learn("undo")

    def _on_check_toggled(self, entered: bool) -> None:
        if not entered:
            return
        view = self.window.comparison.view
        if not self._explain_connected:  # the view is built on the first check
            view.item_chosen.connect(self._on_explained)
            self._explain_connected = True
        if self.index >= STEPS.index("check"):  # a look before marking teaches the F8 step
            self._learn("check")                # nothing: it waits for its turn

    def _on_explained(self, _item) -> None:
        if "check" in self._facts:
            self._learn("explain")

    def _on_file_changed(self) -> None:
        """Another file opened in the window: the tour has nothing left to show."""
        if self.window.session is not self.session:
            self.end(quietly=True)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Closing the window ends the tour (the practice is not asked about)."""
        if watched is self.window and event.type() == QEvent.Close and self.active:
            self.end(quietly=True)
        return False

    def holds_practice(self) -> bool:
        """The window shows the tour's throwaway practice, not saved anywhere."""
        window = self.window
        return (self.throwaway and self.active and window.session is self.session
                and window.document_path is None)

    def toggle_focus(self) -> None:
        """F6: to the strip's first button, or back to where the trainee was."""
        focused = QApplication.focusWidget()
        if focused is not None and self.strip.isAncestorOf(focused):
            back = self._focus_before
            (back if back is not None and back.isVisible() else self.window.view).setFocus()
            return
        self._focus_before = focused
        buttons = (self.strip.skip_button, self.strip.finish_button, self.strip.end_button)
        next(b for b in buttons if b.isVisible()).setFocus(Qt.ShortcutFocusReason)

    # ------------------------------------------------------------ steps

    def _learn(self, *facts: str) -> None:
        """Note what the trainee did; move on past every step that is done."""
        self._facts.update(facts)
        moved = False
        while STEPS[self.index] != "done":
            if STEPS[self.index] == "check" and self.window.comparison.active:
                self._facts.add("check")  # reached by skipping while checking: done already
            if STEPS[self.index] not in self._facts:
                break
            self.index += 1
            moved = True
        if moved:
            self._show()

    def skip(self) -> None:
        """Skip step: go on as if it were done."""
        if self.active and STEPS[self.index] != "done":
            self._learn(STEPS[self.index])

    def _show(self) -> None:
        step = STEPS[self.index]
        last = step == "done"
        self.strip.show_step(self.index + 1, len(STEPS), self.text(step), last)
        if step == "undo":
            self._undone = False
        if last:
            self._remember("done")
            self.strip.finish_button.setFocus()
        announce(self.strip, self.strip.spoken())
        self.step_changed.emit(self.index)

    def text(self, step: str) -> str:
        """The instruction of one step, in plain words, with its keys."""
        words = self.words
        texts = {
            "select": translate(
                "Tour", "Select the words «%1» in the article: drag over them with the mouse, "
                "or press Ctrl+F, type them, press Enter and then Esc. This is practice: "
                "nothing you do here is saved. F6 takes you to the buttons of this strip."),
            "mark": translate(
                "Tour", "Press %2 to mark «%1» as %3 (or click %3 under “What to mark”). "
                "Each category has its own key."),
            "answer": translate(
                "Tour", "Answer the question beside your highlight: press the number of your "
                "answer, then Enter. If the question closed, Ctrl+J opens it again."),
            "note": translate(
                "Tour", "Say why you marked it: press F2, write a few words and press Enter."),
            "undo": translate(
                "Tour", "Changed your mind? Press Ctrl+Z to undo your last change, then "
                "Ctrl+Shift+Z to bring it back."),
            "check": translate(
                "Tour", "Compare with the expert: press Ctrl+K (Check against the key). The "
                "key is one expert's reading, not the only right answer."),
            "explain": translate(
                "Tour", "One highlight finds one passage of the expert's, so the score is low: "
                "that is expected here. Press F8 to go to the next difference and read why the "
                "expert marked it so."),
            "done": translate(
                "Tour", "Well done: you marked, answered, noted, undid and checked. Press Enter "
                "to go back to the library and choose an exercise, or End tour to go on with "
                "this example."),
        }
        return (texts[step].replace("%1", words.quote).replace("%2", words.key)
                .replace("%3", words.label))

    # ------------------------------------------------------------ ending

    def _say_practice(self, *_args) -> None:
        """While the tour runs, the window says the practice is not saved (it is not)."""
        if self.holds_practice():
            self.window.safety_label.setText(translate("Tour", "Practice: not saved"))

    def _drop_practice(self) -> None:
        """The tour's marks are throwaway: nothing asks about them when the window moves on."""
        window = self.window
        if isinstance(window.prompts, _PracticePrompts):
            window.prompts = window.prompts.inner
        if not self.throwaway or window.session is not self.session:
            return
        if window.document_path is None:  # saved on purpose (Ctrl+S): then it is real work
            window.undo_stack.setClean()
        if window.interactive and not window.read_only:  # from now on: ordinary work
            window.keeper.attach(self.session, window.exercise_path, window.document_path)

    def end(self, quietly: bool = False) -> None:
        """End tour (or Esc on the strip): the strip goes, the window stays as it is."""
        if not self.active:
            return
        self.active = False
        self._disconnect()
        self._drop_practice()
        window = self.window
        focus_was_here = self.strip.isAncestorOf(window.focusWidget()) if window.focusWidget() \
            else False
        window.removeAction(self.focus_action)
        self.focus_action.deleteLater()
        window.removeToolBarBreak(self.bar)
        window.removeToolBar(self.bar)
        self.bar.deleteLater()
        if getattr(window, "tour", None) is self:
            window.tour = None
        if not quietly:
            said = translate("Tour", "Guided example ended. Your practice marks are not saved; "
                                     "Help › Guided example starts it again.")
            window.statusBar().showMessage(said, 10000)
            announce(window.view, said)
            if focus_was_here:
                window.view.setFocus()
        self.ended.emit(STEPS[self.index] == "done")

    def finish(self) -> None:
        """Back to the library: the tour is over; the start page comes back."""
        self.end(quietly=True)
        window = self.window
        if window.comparison.active:
            window.comparison.leave()
        window.show_library()
        window.hide()

    def _remember(self, state: str) -> None:
        if self.window.interactive:
            storage.remember_tour(self.window.settings, state)


def start_tour(window, trainee: Trainee | None = None) -> GuidedTour | None:
    """Open the worked example fresh in ``window`` and start the tour over it.

    Unsaved work in the window is asked about first, as for any file; None
    when the trainee cancels or the example cannot open.
    """
    current = getattr(window, "tour", None)
    if current is not None:
        current.end(quietly=True)
    if trainee is None and window.session is not None:
        trainee = window.session.trainee
    status = window.open_path(worked_example(window.language), trainee=trainee)
    passage = tour_passage(window.session.exercise) if status == "opened" else None
    if passage is None:
        return None
    tour = GuidedTour(window, passage)
    window.tour = tour
    tour._remember("started")
    window.show()
    window.raise_()
    window.activateWindow()
    window.view.setFocus()
    return tour

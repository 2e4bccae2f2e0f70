"""Check mode of the workspace: grade the trainee's work against the key and show the comparison.

"Check against the key" (Ctrl+K, toolbar and Check menu) grades the session
with the core grader (annotator.core.grading) and turns the window's central
area to a :class:`ComparisonView`; Esc or the same action goes back to
editing, where the trainee left off. Grading takes milliseconds, so every
change to the highlights (an undo while checking, say) grades again after a
short single-shot timer that folds a burst of changes into one pass.

The mode lives beside the window rather than inside it: it adds its actions
to the menu bar and toolbar; the first time it is wanted it builds the
comparison and stacks it with the window's central widget (so opening the
app pays nothing for it); and the window only tells it when another file was
opened (:meth:`session_installed`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from annotator.gui.accessibility import announce, caret_announcements_on
from annotator.gui.tips import set_tip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from annotator.core.session import Change, Session

if TYPE_CHECKING:  # the view, the grader and the graded copy load on first use: start-up
    from annotator.core.grading import Grader, GradeResult  # stays fast
    from annotator.core.model import KeySpan, Tagset
    from annotator.gui.comparison_view import ComparisonView

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

REGRADE_DELAY_MS = 40


class ComparisonMode(QObject):
    """The check mode of one main window."""

    graded = Signal(object)  # GradeResult, after the view shows it
    toggled = Signal(bool)  # entered (True) or left (False)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.result: GradeResult | None = None
        self._session: Session | None = None
        self._grader: Grader | None = None
        self._grader_for: tuple[list[KeySpan], Tagset] | None = None  # made at the first grade
        self._access = None  # the window's HandIn: which key, and whether the policy allows
        self._shown_exercise = None  # the exercise whose article the view holds
        self._disabled: list[QAction] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REGRADE_DELAY_MS)
        self._timer.timeout.connect(self.regrade)
        self.view: ComparisonView | None = None  # built on first use: start-up stays as fast
        self.stack: QStackedWidget | None = None
        self.workspace = None
        self._build_actions()
        window.view.zoom_changed.connect(self._on_zoom_changed)
        self.session_installed()

    # ============================================================ building

    def _new_action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        window = self.window
        self.check_action = self._new_action(
            translate("Comparison", "&Check against the key"), "Ctrl+K", self._on_check
        )
        self.check_action.setCheckable(True)
        self.check_action.setIconText(translate("Comparison", "✓ Check"))
        window.addAction(self.check_action)
        self.save_graded_action = self._new_action(
            translate("Comparison", "Save &graded copy…"), "Ctrl+Shift+E", self.save_graded_copy
        )
        set_tip(
            self.save_graded_action,
            translate("Comparison", "Save your submission with its grade and feedback, "
                                    "the same file your instructor's grading makes"),
        )
        window.addAction(self.save_graded_action)
        self.back_action = self._new_action(
            translate("Comparison", "Back to &editing"), "Esc", self.leave
        )
        self.back_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)  # on the view
        set_tip(self.back_action, translate("Comparison", "Leave the comparison and go on marking"))
        self.back_action.setIconText(translate("Comparison", "✎ Back to editing"))
        self._mode_actions = [self.save_graded_action, self.back_action]

        menu = window.menuBar().addMenu(translate("Comparison", "&Check"))
        following = _following(window.menuBar().actions(), window.mark_menu.menuAction())
        if following is not None:  # right after Mark, whatever menus come later
            window.menuBar().removeAction(menu.menuAction())
            window.menuBar().insertMenu(following, menu)
        menu.addAction(self.check_action)
        self._view_anchor = menu.addSeparator()  # the view's own actions go here once built
        menu.addActions([self.save_graded_action, self.back_action])
        menu.aboutToShow.connect(self._ensure_view)
        self.menu = menu
        after_save = _following(window.toolbar.actions(), window.save_action)
        if after_save is not None:
            window.toolbar.insertAction(after_save, self.check_action)
            window.toolbar.insertSeparator(self.check_action)
        else:
            window.toolbar.addAction(self.check_action)

    def _ensure_view(self) -> ComparisonView:
        """Build the comparison and stack it with the workspace, the first time it is wanted."""
        if self.view is not None:
            return self.view
        from annotator.gui.comparison_view import ComparisonView

        window = self.window
        view = ComparisonView(window.language, window)
        view.caret_wanted = lambda: caret_announcements_on(window.settings)
        view.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        view.message.connect(lambda text: announce(view, text))  # gone in 5 s: said too
        view.add_header_action(self.save_graded_action)
        view.add_header_action(self.back_action)
        view.addAction(self.back_action)
        self.workspace = window.takeCentralWidget()
        from PySide6.QtWidgets import QStackedWidget  # with the comparison's first use

        self.stack = QStackedWidget(window)
        self.stack.setObjectName("modes")
        self.stack.addWidget(self.workspace)
        self.stack.addWidget(view)
        window.setCentralWidget(self.stack)
        self.stack.show()  # now, not when the event loop gets to it: keys may come first
        view_actions = [view.next_action, view.previous_action, None,
                        *view.show_actions.values(), None]
        for action in view_actions:
            if action is None:
                self.menu.insertSeparator(self._view_anchor)
            else:
                self.menu.insertAction(self._view_anchor, action)
        self._mode_actions += [a for a in view_actions if a is not None]
        self.view = view
        self._update_actions()
        return view

    # ============================================================ sessions

    def follow(self, access) -> None:
        """Take the key and the permission to check from the window's hand-in part."""
        self._access = access
        access.changed.connect(self._on_access_changed)
        self._on_access_changed()

    def _on_access_changed(self) -> None:
        """A key was unlocked or opened, or an attempt handed in: Check may open."""
        session = self.window.session
        spans = self._access.spans if self._access is not None else None
        tagset = session.exercise.tagset if session is not None else None
        self._grader = None
        self._grader_for = (spans, tagset) if session is not None and spans is not None else None
        if self.active and not self.can_check():
            self.leave()
        self._update_actions()

    def session_installed(self) -> None:
        """The window opened another file: leave the mode and follow the new session."""
        self.leave()
        if self._session is not None:
            self._session.unsubscribe(self._on_session_changed)
        session = self.window.session
        self._session = session
        self.result = None
        self._grader = None
        if session is not None:
            session.subscribe(self._on_session_changed)
        self._on_access_changed()

    def can_check(self) -> bool:
        """A key is available and the exercise's check policy allows it now (attempts.md)."""
        return (self._grader_for is not None and self._access is not None
                and self._access.may_check())

    def _update_actions(self) -> None:
        why_not = self._access.why_not() if self._access is not None else None
        if self.window.session is None:
            tip = translate("Comparison", "Open an exercise first")
        elif why_not is not None:
            tip = why_not
        else:
            tip = translate(
                "Comparison",
                "Compare your highlights with the expert's key: a score, and why each "
                "difference matters",
            )
        # What the key and the policy allow: the grader itself is made with the session
        # (can_check), so a first frame shows Check as it will be once the file is open.
        self.check_action.setEnabled(self._access is not None and self._access.may_check())
        set_tip(self.check_action, tip)
        for action in self._mode_actions:
            action.setEnabled(self.active)

    def _on_session_changed(self, change: Change) -> None:
        self.result = None  # stale until graded again
        if self.active:
            self._timer.start()

    # ============================================================ grading

    def _current_grader(self) -> Grader | None:
        """The grader for the key available now, made when first needed."""
        if self._grader is None and self._grader_for is not None:
            from annotator.core.grading import Grader

            spans, tagset = self._grader_for
            self._grader = Grader(spans, tagset.ids(), [f.id for f in tagset.choice_features()])
        return self._grader

    def regrade(self) -> GradeResult | None:
        """Grade the session now (the core grader, on the session's annotations)."""
        self._timer.stop()
        session = self.window.session
        grader = self._current_grader()
        if grader is None or session is None:
            return None
        grading = session.exercise.grading
        self.result = grader.grade(
            session.annotations, grading.scheme, grading.pass_mark,
            features_weight=grading.features_weight,
        )
        if self.view is not None and self._shown_exercise is session.exercise:
            self.view.set_result(self.result)
        self.graded.emit(self.result)
        return self.result

    # ============================================================ the mode

    def _on_check(self, checked: bool) -> None:
        if checked:
            self.enter()
        else:
            self.leave()

    def enter(self) -> bool:
        """Grade and show the comparison; False (and nothing changes) when there is no key."""
        session = self.window.session
        if not self.can_check():
            self.check_action.setChecked(False)
            return False
        self._ensure_view()
        if self._shown_exercise is not session.exercise:
            self.view.set_exercise(session.exercise)
            self._shown_exercise = session.exercise
        self.view.set_trainee(session.trainee)
        self.view.article.set_point_size(self.window.view.point_size)
        self.regrade()
        self._access.record_check()
        self.active = True
        self.check_action.setChecked(True)
        self._disable_editing()
        self._update_actions()
        self.stack.setCurrentWidget(self.view)
        if self.view.panel.current_item() is None:
            self.view.step(True)  # the first thing to read: the first miss
        self.view.panel.list.setFocus()
        self.window.statusBar().showMessage(
            translate(
                "Comparison",
                "Checked against the expert's key. F8: next difference · Esc: back to editing",
            ),
            8000,
        )
        announce(self.view, self._spoken_summary())
        self.toggled.emit(True)
        return True

    def _spoken_summary(self) -> str:
        """What a screen reader says on entering: the score, the differences, the keys."""
        score = self.view.score_card.bar.format()  # the bar's own words for the score
        return f"{score}. {self.view.panel.heading.text()}. " \
            f"{self.window.statusBar().currentMessage()}"

    def leave(self) -> None:
        if not self.active:
            return
        self._timer.stop()
        self.active = False
        self.check_action.setChecked(False)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self._update_actions()
        self.stack.setCurrentWidget(self.workspace)
        self.window.view.setFocus()
        self.window.statusBar().clearMessage()
        self.toggled.emit(False)

    def _disable_editing(self) -> None:
        """Marking, notes, deleting and finding act on the hidden article: off while checking."""
        window = self.window
        candidates = [
            *window.category_actions.values(), window.note_action, window.judge_action,
            window.delete_action,
            window.exact_action, window.find_action, window.stop_action,
        ]
        self._disabled = [a for a in candidates if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)

    def _on_zoom_changed(self, size: float) -> None:
        if self.view is not None:
            self.view.article.set_point_size(size)

    # ============================================================ exporting

    def _available_key(self):
        """The key Check uses, for the graded copy, when the exercise file does not hold it."""
        session = self.window.session
        if session.exercise.key is not None:
            return None  # read from the file, as `annotator grade` would
        from annotator.services.classroom import Key

        exercise = session.exercise.model_copy(update={"key": self._access.spans,
                                                       "sealed_key": None})
        return Key(name=str(self.window.exercise_path), sha256=self._access.key_sha256,
                   spans=self._access.spans, scheme=exercise.grading.scheme,
                   pass_mark=exercise.grading.pass_mark, exercise=exercise)

    def save_graded_copy(self) -> Path | None:
        """Save the submission with its <grade>, as ``annotator grade --graded-dir`` would.

        The copy is made from the saved file, so unsaved highlights are saved
        first (asking where, if they never were). Returns the copy's path.
        """
        window = self.window
        if not self.can_check():
            return None
        if window.document_path is None or not window.undo_stack.isClean():
            window.statusBar().showMessage(
                translate("Comparison", "Saving your highlights first: the graded copy is "
                                        "made from your saved file."),
                6000,
            )
            if not window.save():
                return None
        from annotator.gui.graded_copy import GradedCopyError, suggested_path, write_graded_copy

        target = window.prompts.save_path(
            window, suggested_path(window.document_path),
            translate("Comparison", "Save graded copy"),
        )
        if target is None:
            return None
        try:
            write_graded_copy(window.exercise_path, window.document_path, Path(target),
                              self._available_key())
        except GradedCopyError as exc:
            window.prompts.error(
                window, translate("Comparison", "Graded copy not saved"), exc.text(window.language)
            )
            return None
        window.statusBar().showMessage(
            translate("Comparison", "Graded copy saved to %1").replace("%1", str(target)), 8000
        )
        return Path(target)


def _following(actions: list[QAction], anchor: QAction) -> QAction | None:
    """The action after ``anchor`` in a menu bar's or toolbar's list, if any."""
    for here, after in zip(actions, actions[1:], strict=False):
        if here is anchor:
            return after
    return None

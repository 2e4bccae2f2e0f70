"""Hand in, the key the trainee may compare with, and the check policy (attempts.md).

Feedback teaches most after a real attempt. This part of the trainee window
keeps three things:

- **Hand in** (File menu, toolbar, Ctrl+Shift+H) saves the submission and
  freezes the current highlights as the next attempt, after a confirmation
  that names how many highlights go in. The history shows under the legend.
- **Which key is available**: the key in the clear in the exercise, a
  sealed key unlocked with the release code (Check → Unlock the key…), or a
  key file the instructor released (File → Open key…). An unlocked key is
  kept in memory only; the code is never stored.
- **Whether the policy lets the trainee check now**: ``anytime``, or
  ``after-hand-in`` once there is an attempt. Check mode asks :meth:`may_check`
  and records every look with :meth:`record_check`.

The window says in plain words why Check is disabled and what unlocks it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel

from annotator.core.check_policy import may_check as policy_allows
from annotator.gui.feature_reminder import unanswered_reminder
from annotator.gui.tips import set_tip
from annotator.xmlio.errors import FormatError

if TYPE_CHECKING:
    from annotator.core.model import KeySpan

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SHOWN_ATTEMPTS = 3  # the history under the legend: the latest few attempts


def local_time(stamp: str) -> str:
    """A file's UTC time as the trainee's clock shows it: 10:42 today, else the date too."""
    from datetime import datetime  # only once something was handed in

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def _sealing():
    """The sealing service, loaded at the first check or hand-in: it brings the readers,
    the writers and the models, none of which the window's first paint needs."""
    from annotator.services import sealing

    return sealing

class _Work(NamedTuple):
    """What the hand-in part reads of the open work (a session, or a first frame)."""

    policy: str
    sealed: bool
    attempts: list
    key_available: bool


class HandIn(QObject):
    """The trainee window's attempts, available key and check policy."""

    changed = Signal()  # attempts, key or policy changed: Check may open or close

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.spans: list[KeySpan] | None = None  # the key available now, if any
        self._key_sha256: str | None = None
        self._hash_pending = None  # the exercise whose key is named when first asked
        self.unlocked = False  # opened with the release code (recorded in each check)
        self.damaged: str | None = None  # why the sealed key can never open, if so
        self._build()
        self._update()  # before any file opens too: nothing to hand in, no key to show

    @property
    def key_sha256(self) -> str | None:
        """The hash that names the available key in each check (attempts.md).

        Worked out when first asked: writing the key to hash it took a tenth
        of the start-up, for a check that may never come.
        """
        if self._hash_pending is not None:
            self._key_sha256 = _sealing().key_sha256(self._hash_pending)
            self._hash_pending = None
        return self._key_sha256

    @key_sha256.setter
    def key_sha256(self, value: str | None) -> None:
        self._key_sha256, self._hash_pending = value, None

    # ============================================================ building

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build(self) -> None:
        window = self.window
        self.hand_in_action = self._action(
            translate("HandIn", "&Hand in…"), "Ctrl+Shift+H", self.hand_in
        )
        self.hand_in_action.setIconText(translate("HandIn", "⇪ Hand in"))
        set_tip(self.hand_in_action, translate(
            "HandIn", "Save and hand in your highlights as they are now; you can go on "
                      "revising and hand in again"))
        self.open_key_action = self._action(
            translate("HandIn", "Open &key…"), "Ctrl+Shift+O", self.open_key
        )
        set_tip(self.open_key_action, translate(
            "HandIn", "Open the key file your instructor released for this exercise"))
        self.unlock_action = self._action(
            translate("HandIn", "&Unlock the key…"), "Ctrl+Shift+U", self.unlock
        )
        file_menu = window.file_menu
        file_menu.insertActions(window.new_exercise_action, [
            self.hand_in_action, self.open_key_action])
        file_menu.insertSeparator(window.new_exercise_action)
        window.toolbar.insertAction(window.comparison.check_action, self.hand_in_action)
        check_menu = window.comparison.menu
        check_menu.insertAction(window.comparison._view_anchor, self.unlock_action)

        self.history_label = QLabel(window)
        self.history_label.setObjectName("attemptsLabel")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.PlainText)
        self.history_label.setContentsMargins(5, 4, 0, 4)  # in line with the headings
        self.history_label.setAccessibleName(translate("HandIn", "Hand-in history"))
        window.add_to_sidebar(self.history_label)

    # ============================================================ sessions

    def session_installed(self) -> None:
        """Another file was opened: only its own key, in the clear, is available to start."""
        session = self.window.session
        self.spans = self.key_sha256 = None
        self.unlocked = False
        self.damaged = None
        if session is not None:
            exercise = session.exercise
            if exercise.key is not None:
                self.spans = exercise.key
                self._hash_pending = exercise  # named at the first check, not at every start
            problem = _sealing().seal_problem(exercise)
            if problem is not None:
                self.damaged = problem.text(self.window.language)
                self.window.statusBar().showMessage(self.damaged, 15000)
        self._update()

    def _work(self) -> _Work | None:
        """What this part reads of the open work; None with nothing open."""
        session = self.window.session
        if session is not None:
            exercise = session.exercise
            return _Work(exercise.grading.check, exercise.sealed_key is not None,
                         session.attempts, self.spans is not None)
        frame = self.window.first_frame
        if frame is not None:  # the exercise being opened: its own key, no attempt yet
            return _Work(frame.check_policy, frame.sealed, [], frame.has_key)
        return None

    @property
    def policy(self) -> str:
        work = self._work()
        return work.policy if work is not None else "anytime"

    def key_available(self) -> bool:
        return self.spans is not None

    def may_check(self) -> bool:
        """The key is available and the policy lets the trainee compare now."""
        work = self._work()
        return (work is not None and work.key_available
                and policy_allows(work.policy, work.attempts))

    def may_see_key(self) -> bool:
        """Whether anything in this window may show the key (authoring, class window).

        For an exercise with the key in the clear and the policy ``anytime``,
        as before; otherwise only what Check itself would allow.
        """
        work = self._work()
        if work is None or (not work.sealed and work.policy == "anytime"):
            return True
        return self.may_check()

    def why_not(self) -> str | None:
        """Why Check is disabled and what unlocks it, in plain words; None when it is not."""
        session = self.window.session
        if session is None:
            return translate("HandIn", "Open an exercise first")
        if self.may_check():
            return None
        exercise = session.exercise
        waiting = not policy_allows(self.policy, session.attempts)
        if self.damaged is not None:
            return self.damaged
        if exercise.sealed_key is not None and not self.key_available():
            if waiting:
                return translate(
                    "HandIn", "You can check your work after you hand it in (File → Hand in) "
                              "and enter the code your instructor gives you "
                              "(Check → Unlock the key…).")
            return translate(
                "HandIn", "The key is locked. Enter the code your instructor gives you "
                          "(Check → Unlock the key…).")
        if not self.key_available():
            return translate(
                "HandIn", "This exercise has no expert key (it is the trainees' copy), so it "
                          "cannot be checked here: hand in your work for grading, or open the "
                          "key file your instructor released (File → Open key…).")
        return translate("HandIn", "You can check your work after you hand it in "
                                   "(File → Hand in).")

    def _update(self) -> None:
        work = self._work()
        has_session = work is not None
        self.hand_in_action.setEnabled(has_session)
        self.open_key_action.setEnabled(has_session and not work.key_available)
        sealed = has_session and work.sealed
        self.unlock_action.setVisible(sealed)
        self.unlock_action.setEnabled(sealed and not work.key_available
                                      and self.damaged is None)
        set_tip(self.unlock_action, self.damaged or translate(
            "HandIn", "Type the release code your instructor gives you to open the key"))
        self.window.edit_exercise_action.setEnabled(has_session and self.may_see_key())
        self.window.grade_class_action.setEnabled(self.may_see_key())
        self.history_label.setText(self._history_text(work))
        self.history_label.setVisible(has_session)
        self.changed.emit()

    def _history_text(self, work: _Work | None) -> str:
        if work is None:
            return ""
        if work.policy == "after-hand-in":
            lines = [translate("HandIn", "You can check your work after you hand it in.")]
        else:
            lines = [translate("HandIn", "You can check your work at any time.")]
        if work.attempts:
            for attempt in work.attempts[-SHOWN_ATTEMPTS:]:  # newest last, as handed in
                lines.append(translate("HandIn", "Attempt %1, handed in at %2").replace(
                    "%1", str(attempt.n)).replace("%2", local_time(attempt.handed_in_at)))
        else:
            lines.append(translate("HandIn", "Not handed in yet."))
        return "\n".join(lines)

    # ============================================================ hand in

    def hand_in(self) -> bool:
        """Save and freeze the current highlights as the next attempt; False if not done."""
        window = self.window
        session = window.session
        if session is None:
            return False
        count = len(session)
        number = len(session.attempts) + 1
        if not window.prompts.confirm_hand_in(window, count, number):
            return False
        from annotator.services import attempts as attempt_ops  # with the first hand-in

        session.attempts.append(attempt_ops.next_attempt(session.attempts, session.annotations))
        had_file = window.document_path is not None
        if not window.save():
            session.attempts.pop()  # not saved: not handed in
            if had_file or window.document_path is not None:  # a save that failed
                said = translate("HandIn", "Not handed in: your work could not be saved.")
            else:  # no file chosen
                said = translate("HandIn", "Not handed in: choose where to save your work first.")
            window.statusBar().showMessage(said, 8000)
            return False
        self._update()
        at = local_time(session.attempts[-1].handed_in_at)
        said = translate("HandIn", "Attempt %1 handed in at %2.").replace(
            "%1", str(number)).replace("%2", at)
        if self.may_check():
            said += " " + translate("HandIn", "You can now check your work (Ctrl+K), and go "
                                              "on revising.")
        elif self.why_not():
            said += " " + self.why_not()
        reminder = unanswered_reminder(session, window.language)  # listed, never blocking
        if reminder:
            said += " · " + reminder
        window.statusBar().showMessage(said, 15000)
        return True

    # ============================================================ the key

    def unlock(self) -> bool:
        """Ask for the release code and open the sealed key with it, in memory only."""
        window = self.window
        session = window.session
        if session is None or session.exercise.sealed_key is None or self.key_available():
            return False
        entry = window.prompts.release_code(window)
        if entry is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)  # scrypt: a fraction of a second
        try:
            opened = _sealing().unseal(session.exercise, entry, window.exercise_path or "")
        except _sealing().SealProblem as exc:
            window.prompts.error(window, translate("HandIn", "Key not unlocked"),
                                 exc.message.text(window.language))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.spans, self.key_sha256, self.unlocked = opened.spans, opened.key_sha256, True
        self._update()
        window.statusBar().showMessage(self._opened_message(), 10000)
        return True

    def open_key(self) -> bool:
        """Accept a released key file for this exercise; a key for another article: one line."""
        window = self.window
        session = window.session
        if session is None or self.key_available():
            return False
        folder = window.exercise_path.parent if window.exercise_path else Path.home()
        path = window.prompts.open_key_path(window, folder)
        if path is None:
            return False
        exercise = session.exercise
        try:
            from annotator.xmlio.readers import read_key  # the models load with a document

            loaded = read_key(path)
            if loaded.document.text_sha256 != exercise.article.sha256:
                raise FormatError(path, translate(
                    "HandIn", "this key was made for another article, not this exercise's"))
            opened = _sealing().opened_key(loaded, exercise)
        except OSError as exc:
            window.prompts.error(window, translate("HandIn", "Key not opened"),
                                 f"{path}: {exc.strerror or exc}")
            return False
        except FormatError as exc:
            window.prompts.error(window, translate("HandIn", "Key not opened"),
                                 exc.text(window.language))
            return False
        self.spans, self.key_sha256, self.unlocked = opened.spans, opened.key_sha256, False
        self._update()
        window.statusBar().showMessage(self._opened_message(), 10000)
        return True

    def _opened_message(self) -> str:
        if self.may_check():
            return translate("HandIn", "The key is open: check your work with Ctrl+K.")
        return translate("HandIn", "The key is open. You can check your work after you hand "
                                   "it in (File → Hand in).")

    def record_check(self) -> None:
        """The comparison was opened: the submission records when, after which attempt, with
        which key (never the code). Written at once when the file is saved and unchanged,
        else with the next save."""
        window = self.window
        session = window.session
        if session is None or self.key_sha256 is None or not window.interactive:
            return  # screenshots and previews record nothing and write nothing
        from annotator.services import attempts as attempt_ops

        session.checks.append(
            attempt_ops.new_check(session.attempts, self.key_sha256, self.unlocked))
        if window.document_path is not None and window.undo_stack.isClean():
            window.save()

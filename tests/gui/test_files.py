"""Opening, saving and quitting: files on disk, bad files, failed saves, unsaved work."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from tests_gui_helpers import mark

from annotator.bundled import first_exercise
from annotator.core.model import Trainee
from annotator.gui import storage
from annotator.xmlio.readers import read_submission


def test_no_argument_opens_the_bundled_first_exercise(make_window, prompts):
    window = make_window(None)
    assert window.session.exercise.id == "putin-kim-alaska"
    assert window.title_label.text() == "Putin, Kim y la cumbre de Alaska"
    assert window.instructions_label.text().startswith("Marca las afirmaciones")
    assert prompts.kinds() == ["trainee"]


def test_the_trainee_is_prefilled_from_the_last_use_and_must_be_confirmed(
        make_window, exercise_path, prompts):
    """Ensure the dialog is asked every time, with the last name as a suggestion only."""
    make_window(exercise_path)
    assert prompts.asked[0] == ("trainee", None)
    prompts.trainee = Trainee(name="Ben Ortiz")
    window = make_window(exercise_path)
    assert prompts.asked[-1] == ("trainee", Trainee(id="s017", name="Ana Pérez"))
    assert window.session.trainee.name == "Ben Ortiz"


def test_cancelling_the_trainee_question_opens_nothing(make_window, exercise_path, prompts):
    prompts.trainee = None
    window = make_window(exercise_path)
    assert window._test_status == "cancelled"
    assert window.session is None


def test_save_writes_a_submission_and_clears_the_modified_mark(qtbot, window, prompts, tmp_path):
    target = tmp_path / "out" / "mine.submission.xml"
    target.parent.mkdir()
    prompts.save_to = target
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    assert not window.isWindowModified()
    saved = read_submission(target).document
    assert saved.trainee == Trainee(id="s017", name="Ana Pérez")
    assert [(a.category, a.quote) for a in saved.annotations] == [
        ("attribution", "indicó el Kremlin")]
    assert saved.text_sha256 == window.session.exercise.article.sha256
    # The second save goes to the same file without asking.
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)
    qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    assert prompts.kinds().count("save") == 1
    assert len(read_submission(target).document.annotations) == 2
    assert target.name in window.windowTitle()


def test_a_failed_save_tells_keeps_the_work_and_leaves_the_old_file_intact(
        qtbot, window, prompts, tmp_path, monkeypatch):
    target = tmp_path / "mine.submission.xml"
    prompts.save_to = target
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.save_as()
    before = target.read_bytes()
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)
    monkeypatch.setattr("annotator.xmlio.atomic.os.write", lambda fd, data: 0)  # disk full
    assert not window.save()
    assert prompts.asked[-1][0] == "error"
    assert "No space left" in prompts.asked[-1][1]
    assert target.read_bytes() == before
    assert len(window.session) == 2 and window.isWindowModified()
    journal = window.keeper.journal.load(window.session.trainee, window.session.exercise.id)
    assert journal is None or len(journal.annotations) == 2
    assert not list(tmp_path.glob(".*annotator-tmp"))


def test_quitting_with_unsaved_work_asks(qtbot, window, prompts, tmp_path):
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    prompts.unsaved = "cancel"
    assert not window.close()
    assert prompts.kinds()[-1] == "unsaved"
    prompts.unsaved = "save"
    prompts.save_to = tmp_path / "q.submission.xml"
    assert window.close()
    assert prompts.save_to.exists()


def test_discarding_on_quit_drops_the_journal(qtbot, window, prompts):
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    window.keeper.flush()
    prompts.unsaved = "discard"
    assert window.close()
    assert window.keeper.journal.load(prompts.trainee, "putin-kim-alaska") is None


def test_a_bad_file_shows_its_reason_and_leaves_the_work_untouched(
        qtbot, window, prompts, tmp_path):
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    bad = tmp_path / "bad.exercise.xml"
    bad.write_text("<exercise>broken", encoding="utf-8")
    prompts.unsaved = "discard"
    prompts.open_file = bad
    qtbot.keyClick(window.view, Qt.Key_O, Qt.ControlModifier)
    kind, message = prompts.asked[-1]
    assert kind == "error" and "bad.exercise.xml" in message and "\n" not in message
    assert len(window.session) == 1
    assert window.session.annotations[0].quote == "indicó el Kremlin"
    assert "unsaved" not in prompts.kinds()  # nothing was asked about a file that never opened
    window.keeper.flush()
    assert window.keeper.journal.load(prompts.trainee, "putin-kim-alaska") is not None


def test_a_submission_finds_its_exercise_beside_it_or_among_the_bundled(
        qtbot, window, prompts, tmp_path):
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    beside = tmp_path / "class" / "ana.submission.xml"
    prompts.save_to = beside
    window.save_as()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    shutil.copyfile(beside, elsewhere / beside.name)
    for path in (beside, elsewhere / beside.name):
        assert window.open_path(path) == "opened"
        assert window.document_path == path
        assert [a.quote for a in window.session.annotations] == ["indicó el Kremlin"]
        assert not window.isWindowModified()
    assert "locate" not in prompts.kinds()


def test_a_submission_whose_exercise_is_nowhere_asks_for_it(qtbot, make_window, prompts,
                                                           tmp_path, exercise_path):
    text = exercise_path.read_text(encoding="utf-8").replace(
        'id="putin-kim-alaska"', 'id="otra-noticia"')
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "otra.exercise.xml").write_text(text, encoding="utf-8")
    window = make_window(hidden / "otra.exercise.xml")
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert len(window.session) == 1
    prompts.save_to = tmp_path / "sub" / "x.submission.xml"
    prompts.save_to.parent.mkdir()
    window.save_as()
    (hidden / "otra.exercise.xml").rename(tmp_path / "moved.exercise.xml")
    window.settings.remove("recent/files")
    prompts.exercise_file = tmp_path / "moved.exercise.xml"
    assert window.open_path(prompts.save_to) == "opened"
    assert ("locate", "otra-noticia") in prompts.asked
    assert len(window.session) == 1


def test_recent_files_list_only_this_trainees_submissions(qtbot, window, prompts, tmp_path):
    prompts.save_to = tmp_path / "ana.submission.xml"
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    window.save_as()
    ana = storage.recent_files(window.settings, Trainee(id="s017", name="Ana Pérez"))
    ben = storage.recent_files(window.settings, Trainee(name="Ben"))
    assert prompts.save_to.resolve() in ana
    assert prompts.save_to.resolve() not in ben
    assert any(p.name.endswith(".exercise.xml") for p in ben)
    window._fill_recent_menu()
    assert any(a.text() == "ana.submission.xml" for a in window.recent_menu.actions())


def test_dropping_a_file_opens_it(qtbot, window, prompts, tmp_path):
    copy = tmp_path / "dropped.exercise.xml"
    shutil.copyfile(first_exercise(), copy)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(copy))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.exercise_path == copy)


def test_saving_where_no_file_can_be_made_reports_one_line(qtbot, window, prompts, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    prompts.save_to = blocker / "mine.submission.xml"
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert not window.save()
    kind, message = prompts.asked[-1]
    assert kind == "error" and "not-a-folder" in message
    assert window.isWindowModified() and len(window.session) == 1
    assert window.document_path is None


def test_opening_another_file_over_unsaved_work_asks_first(qtbot, window, prompts, tmp_path):
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    window.keeper.flush()
    other = tmp_path / "other.exercise.xml"
    shutil.copyfile(first_exercise(), other)
    prompts.unsaved = "cancel"
    assert window.open_path(other) == "cancelled"
    assert len(window.session) == 1
    prompts.unsaved = "discard"
    assert window.open_path(other) == "opened"
    assert len(window.session) == 0 and window.exercise_path == other
    assert window.keeper.journal.load(prompts.trainee, "putin-kim-alaska") is None


def test_opening_someone_elses_submission_keeps_this_computers_trainee(
        qtbot, make_window, exercise_path, prompts, tmp_path):
    """Ensure confirming whose file it is never makes that trainee the default name."""
    window = make_window(exercise_path)  # Ana starts the exercise: she is the default
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    prompts.save_to = tmp_path / "ana.submission.xml"
    window.save_as()
    store = window.settings
    storage.remember_trainee(store, Trainee(name="Ben Ortiz"))  # Ben's computer now
    prompts.trainee = None

    class ConfirmsTheFile:
        """Answers the trainee question with what it suggests, as clicking OK does."""

        def __getattr__(self, name):
            return getattr(prompts, name)

        def confirm_trainee(self, parent, suggested, exercise_title):
            prompts.asked.append(("trainee", suggested))
            return suggested

    window.prompts = ConfirmsTheFile()
    assert window.open_path(prompts.save_to) == "opened"
    assert window.session.trainee == Trainee(id="s017", name="Ana Pérez")
    assert storage.last_trainee(store) == Trainee(name="Ben Ortiz")
    prompts.trainee = Trainee(name="Ben Ortiz")  # Ben types his own name over Ana's file
    window.prompts = prompts
    assert window.open_path(prompts.save_to) == "opened"
    assert storage.last_trainee(store) == Trainee(name="Ben Ortiz")
    window.undo_stack.setClean()


def test_without_open_work_save_and_find_are_greyed_out(make_window, tmp_path, prompts):
    """Ensure actions that would do nothing with no exercise open are shown as unavailable."""
    broken = tmp_path / "broken.exercise.xml"
    broken.write_text("<oops", encoding="utf-8")
    window = make_window(broken)
    assert window.session is None
    for action in (window.save_action, window.save_as_action, window.find_action,
                   window.edit_exercise_action):
        assert not action.isEnabled(), action.text()
    assert window.open_action.isEnabled()
    prompts.trainee = Trainee(id="s017", name="Ana Pérez")
    assert window.open_path(first_exercise()) == "opened"
    assert window.save_action.isEnabled() and window.find_action.isEnabled()

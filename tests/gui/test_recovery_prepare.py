"""The recovery keeper gets a session's journal ready when the file opens."""

from __future__ import annotations

from annotator.bundled import first_exercise
from annotator.core.model import Trainee
from annotator.core.session import Session
from annotator.gui.recovery import RecoveryKeeper
from annotator.services.journal import Journal
from annotator.xmlio.readers import read_exercise


def test_the_first_write_after_opening_serializes_only_what_was_marked(
        qtbot, tmp_path, serialized):
    """Ensure the highlights a file opened with are serialized when it is attached, so the
    first write a second into marking serializes only the new highlight, and holds all."""
    session = Session(read_exercise(first_exercise()).document, Trainee(id="s1", name="Ana"))
    for i in range(20):
        session.add(session.new_annotation("claim", 10 * i, 10 * i + 5))
    journal = Journal(tmp_path / "recovery", window="w1")
    keeper = RecoveryKeeper(journal)
    keeper.attach(session, None, None)
    serialized.clear()  # from the first write on
    marked = session.new_annotation("framing", 300, 310)
    session.add(marked)
    assert keeper.flush()
    assert serialized == [marked.id]
    entry = journal.load(session.trainee, session.exercise.id, others_open=True)
    assert entry is not None and entry.annotations == session.annotations
    keeper.detach()
    journal.release()

"""The journal's snapshot reuses each unchanged highlight's JSON, and writes the same bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.bundled import first_exercise
from annotator.core.model import Annotation, Trainee
from annotator.core.session import Session
from annotator.services.journal import Journal
from annotator.services.journal_entry import JournalEntry
from annotator.xmlio.readers import read_exercise

ANA = Trainee(id="s017", name="Ana Pérez")


@pytest.fixture(scope="module")
def exercise():
    return read_exercise(first_exercise()).document.student_copy()


def _whole_entry(session: Session, data: bytes, exercise_path, document_path) -> bytes:
    """What serializing the whole entry at once writes, at the snapshot's own moment."""
    return JournalEntry(
        trainee=session.trainee or Trainee(),
        exercise_id=session.exercise.id,
        exercise_title=session.exercise.title,
        exercise_sha256=session.exercise.article.sha256,
        exercise_path=exercise_path,
        document_path=document_path,
        written_at=json.loads(data)["written_at"],
        annotations=session.annotations,
    ).model_dump_json(exclude_defaults=False).encode("utf-8")


WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
NAME = st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True)


@st.composite
def annotations(draw, categories):
    count = draw(st.integers(0, 12))
    found = []
    for number in range(1, count + 1):
        start = draw(st.integers(0, 500))
        found.append(Annotation(
            id=f"a{number}", category=draw(st.sampled_from(categories)),
            start=start, end=start + draw(st.integers(0, 40)), quote=draw(WORDS),
            orphaned=draw(st.booleans()), note=draw(st.none() | WORDS),
            features=draw(st.dictionaries(NAME, WORDS, max_size=2)),
        ))
    return found


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_snapshot_is_byte_for_byte_the_whole_entry(exercise, tmp_path, data):
    """Ensure the spliced snapshot equals serializing the whole entry, before and after
    changes (kept parts, new parts, removed ones), with any text in names, quotes, notes."""
    categories = sorted(exercise.tagset.ids())
    trainee = Trainee(id=data.draw(st.none() | WORDS), name=data.draw(st.none() | WORDS))
    paths = data.draw(st.tuples(st.none() | WORDS, st.none() | WORDS))
    session = Session(exercise, trainee, data.draw(annotations(categories)))
    journal = Journal(tmp_path / "recovery")
    _, first = journal.snapshot(session, *paths)
    assert first == _whole_entry(session, first, *paths)
    ids = [a.id for a in session.annotations]
    for changed in data.draw(st.lists(st.sampled_from(ids), unique=True) if ids
                             else st.just([])):
        if data.draw(st.booleans()):
            session.update(changed, note=data.draw(st.none() | WORDS))
        else:
            session.remove(changed)
    session.add(session.new_annotation(categories[0], 3, 9, note=data.draw(st.none() | WORDS)))
    _, second = journal.snapshot(session, *paths)
    assert second == _whole_entry(session, second, *paths)
    assert JournalEntry.model_validate_json(second).annotations == session.annotations


def test_only_what_changed_since_the_last_snapshot_is_serialized(exercise, tmp_path, serialized):
    """Ensure a snapshot after one change serializes that highlight alone, not all of them."""
    session = Session(exercise, ANA)
    for i in range(50):
        session.add(session.new_annotation("claim", 10 * i, 10 * i + 5))
    journal = Journal(tmp_path / "recovery")
    journal.snapshot(session)
    serialized.clear()  # from the second snapshot on
    changed = session.at(7).id
    session.update(changed, note="changed")
    _, data = journal.snapshot(session)
    assert serialized == [changed]
    assert json.loads(data)["annotations"][7]["note"] == "changed"


def test_another_session_with_the_same_ids_is_serialized_afresh(exercise, tmp_path):
    """Ensure a kept part is never taken for another session's highlight of the same id."""
    journal = Journal(tmp_path / "recovery")
    one = Session(exercise, ANA)
    one.add(one.new_annotation("claim", 0, 5, note="first file"))
    journal.snapshot(one)
    other = Session(exercise, ANA)
    other.add(other.new_annotation("claim", 0, 5, note="second file"))
    _, data = journal.snapshot(other)
    assert json.loads(data)["annotations"][0]["note"] == "second file"


def test_a_prepared_journal_serializes_nothing_new_at_its_first_snapshot(
        exercise, tmp_path, serialized):
    """Ensure preparing a session (a file opened) leaves its first snapshot only the splice,
    with the same bytes."""
    session = Session(exercise, ANA)
    for i in range(30):
        session.add(session.new_annotation("claim", 10 * i, 10 * i + 5, note=f"n{i}"))
    journal = Journal(tmp_path / "recovery")
    journal.prepare(session)
    serialized.clear()  # from the first snapshot on
    _, data = journal.snapshot(session)
    assert serialized == []
    assert data == _whole_entry(session, data, None, None)

"""The session: annotations in text order, small named mutations, listeners, documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.bundled import first_exercise
from annotator.core.model import Annotation, Trainee
from annotator.core.session import Session, SessionError
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save


@pytest.fixture(scope="module")
def exercise():
    return read_exercise(first_exercise()).document.student_copy()


def _span(session: Session, quote: str, category: str = "claim") -> Annotation:
    start = session.text.index(quote)
    return session.new_annotation(category, start, start + len(quote))


def test_new_annotations_get_fresh_ids_and_quotes_from_the_text(exercise):
    """Ensure ids are a1, a2, ... and the quote is the canonical text at the offsets."""
    session = Session(exercise)
    first = _span(session, "Alianza geopolítica en desarrollo", "framing")
    second = _span(session, "indicó el Kremlin", "attribution")
    assert (first.id, second.id) == ("a1", "a2")
    assert first.quote == "Alianza geopolítica en desarrollo"


def test_annotations_stay_in_text_order_whatever_order_they_are_added(exercise):
    """Ensure the list is in reading order, an enclosing span before the ones inside it."""
    session = Session(exercise)
    inner = _span(session, "la expulsión del Ejército ucraniano", "framing")
    outer = _span(session, "envió tropas para participar en la expulsión del Ejército ucraniano")
    early = _span(session, "Alianza geopolítica", "framing")
    for a in (inner, outer, early):
        session.add(a)
    assert [a.id for a in session.annotations] == [early.id, outer.id, inner.id]
    assert session.index_of(inner.id) == 2


def test_listeners_hear_each_change_with_its_row(exercise):
    """Ensure add, update and remove report what changed and where, in that order."""
    session = Session(exercise)
    heard = []
    session.subscribe(heard.append)
    a = _span(session, "indicó el Kremlin", "attribution")
    session.add(a)
    session.update(a.id, category="claim", note="¿fuente única?")
    session.remove(a.id)
    assert [(c.kind, c.index) for c in heard] == [("added", 0), ("updated", 0), ("removed", 0)]
    assert heard[1].previous.category == "attribution"
    assert heard[1].annotation.note == "¿fuente única?"
    assert session.revision == 3


def test_ids_are_never_reused_after_a_removal(exercise):
    """Ensure an undone add can be redone with its id while new spans get new ids."""
    session = Session(exercise)
    a = _span(session, "indicó el Kremlin")
    session.add(a)
    session.remove(a.id)
    b = _span(session, "señaló el Kremlin")
    assert b.id != a.id
    session.add(a)  # redo keeps the id
    assert session.get(a.id) == a


def test_mutations_refuse_what_breaks_the_rules(exercise):
    """Ensure unknown categories, ids and out-of-range spans raise SessionError."""
    session = Session(exercise)
    with pytest.raises(SessionError):
        session.new_annotation("opinion", 0, 5)
    with pytest.raises(SessionError):
        session.new_annotation("claim", 5, 5)
    with pytest.raises(SessionError):
        session.new_annotation("claim", 0, len(session.text) + 1)
    with pytest.raises(SessionError):
        session.remove("a99")
    a = _span(session, "indicó el Kremlin")
    session.add(a)
    with pytest.raises(SessionError):
        session.add(a)


def test_update_can_clear_a_note(exercise):
    session = Session(exercise)
    a = session.new_annotation("claim", 0, 5, note="x")
    session.add(a)
    session.update(a.id, note=None)
    assert session.get(a.id).note is None
    session.update(a.id, note="")
    assert session.get(a.id).note is None


def test_at_offset_and_find(exercise):
    """Ensure lookups by position give the shortest span first and exact matches."""
    session = Session(exercise)
    outer = _span(session, "envió tropas para participar en la expulsión del Ejército ucraniano")
    inner = _span(session, "la expulsión del Ejército ucraniano", "framing")
    session.add(outer)
    session.add(inner)
    at = session.text.index("expulsión")
    assert [a.id for a in session.at_offset(at)] == [inner.id, outer.id]
    assert session.find("framing", inner.start, inner.end) == inner
    assert session.find("claim", inner.start, inner.end) is None


def test_replace_all_resets(exercise):
    session = Session(exercise)
    heard = []
    session.subscribe(heard.append)
    session.add(_span(session, "indicó el Kremlin"))
    restored = [Annotation(id="a7", category="claim", start=0, end=5, quote=session.text[:5])]
    session.replace_all(restored)
    assert heard[-1].kind == "reset"
    assert session.annotations == restored
    assert session.new_annotation("claim", 0, 3).id == "a8"


def test_submission_round_trip(exercise, tmp_path):
    """Ensure to_submission writes a valid file that from_submission reads back the same."""
    session = Session(exercise, Trainee(id="s017", name="Ana Pérez"))
    a = _span(session, "Alianza geopolítica en desarrollo", "framing")
    session.add(a.model_copy(update={"note": 'Nadie citado dice "alianza".'}))
    session.add(_span(session, "indicó el Kremlin", "attribution"))
    path = tmp_path / "x.submission.xml"
    save(session.to_submission(), path)
    loaded = read_submission(path)
    again = Session.from_submission(exercise, loaded.document)
    assert again.annotations == session.annotations
    assert again.trainee == session.trainee


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40), st.booleans()), max_size=30))
def test_any_sequence_of_adds_and_removes_keeps_text_order(exercise, steps):
    """Ensure the order invariant and index_of hold after any mix of adds and removes."""
    session = Session(exercise)
    for start, length, remove in steps:
        if remove and len(session):
            session.remove(session.at(start % len(session)).id)
        else:
            session.add(session.new_annotation("claim", start, start + length))
    keys = [(a.start, -a.end, a.id) for a in session.annotations]
    assert keys == sorted(keys)
    for row, a in enumerate(session.annotations):
        assert session.index_of(a.id) == row

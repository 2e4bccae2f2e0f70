"""Course metadata and instructor notes: optional, round-tripped, never in a student copy."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_roundtrip import IDS, LANGUAGES, TEXT, exercises

from annotator import bundled
from annotator.core.model import CourseInfo, Exercise, InstructorNotes, Skill, Source
from annotator.xmlio import schema
from annotator.xmlio.readers import read_document, read_exercise
from annotator.xmlio.writers import to_bytes

# Exercises are big to draw; a busy machine must not fail the test for it.
SLOW_IS_FINE = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
ITEMS = st.dictionaries(LANGUAGES, st.lists(TEXT, min_size=1, max_size=3), max_size=2)


@st.composite
def courses(draw) -> CourseInfo:
    skill_ids = draw(st.lists(IDS, max_size=3, unique=True))
    return CourseInfo(
        level=draw(st.none() | st.integers(1, 3)),
        minutes=draw(st.none() | st.integers(1, 600)),
        pairs_with=draw(st.none() | IDS),
        skills=[
            Skill(id=i, labels=draw(st.dictionaries(LANGUAGES, TEXT, max_size=2)))
            for i in skill_ids
        ],
    )


NOTES = st.builds(InstructorNotes, goals=ITEMS, background=ITEMS, prompts=ITEMS, time_plan=ITEMS)


@st.composite
def exercises_with_course(draw) -> Exercise:
    exercise = draw(exercises())
    source = draw(st.none() | st.builds(Source, publisher=st.none() | TEXT,
                                        licence=st.none() | TEXT))
    return exercise.model_copy(update={
        "course": draw(st.none() | courses()),
        "notes": draw(st.none() | NOTES),
        "source": source,
    })


def _reload(exercise: Exercise, tmp_path) -> Exercise:
    path = tmp_path / "x.exercise.xml"
    path.write_bytes(to_bytes(exercise))
    return read_document(path).document


@settings(max_examples=60, suppress_health_check=SLOW_IS_FINE, deadline=None)
@given(exercise=exercises_with_course())
def test_course_and_notes_round_trip(exercise, tmp_path):
    """Ensure saving then loading keeps level, minutes, skills, pairs-with, notes and licence."""
    loaded = _reload(exercise, tmp_path)
    assert loaded.course == exercise.course
    assert loaded.notes == exercise.notes
    assert loaded.source == exercise.source
    assert to_bytes(loaded) == to_bytes(exercise)


@settings(max_examples=30, suppress_health_check=SLOW_IS_FINE, deadline=None)
@given(exercise=exercises_with_course())
def test_student_copy_never_holds_notes_or_key(exercise, tmp_path):
    """Ensure a student copy on disk has no instructor notes and no key, but keeps the course."""
    copy = exercise.student_copy()
    data = to_bytes(copy)
    root = etree.fromstring(data)
    assert root.find("{urn:x-annotator:1}instructor-notes") is None
    assert root.find("{urn:x-annotator:1}key") is None
    assert _reload(copy, tmp_path).course == exercise.course


def test_an_exercise_without_metadata_stays_valid():
    """Ensure the first files (no course, no notes) load with neither."""
    plain = read_exercise(bundled.exercises_dir() / bundled.FIRST_EXERCISE).document
    bare = plain.model_copy(update={"course": None, "notes": None})
    root = etree.fromstring(to_bytes(bare))
    assert schema.is_valid(root)
    assert root.find("{urn:x-annotator:1}course") is None


def _exercise_xml(course: str) -> bytes:
    return (
        '<exercise xmlns="urn:x-annotator:1" format="1" id="x" xml:lang="es"><title>t</title>'
        f'{course}<tagset><category id="claim" color="#000000"><label xml:lang="es">A</label>'
        '</category></tagset><article><block kind="paragraph">Texto.</block></article></exercise>'
    ).encode()


def test_schema_refuses_a_level_outside_one_to_three():
    """Ensure level 4, minutes 0, a repeated skill and notes before the course are refused."""
    good = etree.fromstring(
        _exercise_xml('<course level="3" minutes="20"><skill id="a"/></course>')
    )
    assert schema.is_valid(good)
    for bad in (
        '<course level="4"/>',
        '<course minutes="0"/>',
        '<course><skill id="a"/><skill id="a"/></course>',
        '<instructor-notes/><course/>',
        '<instructor-notes><prompt xml:lang="es">p</prompt><goal xml:lang="es">g</goal>'
        "</instructor-notes>",
    ):
        assert not schema.is_valid(etree.fromstring(_exercise_xml(bad))), bad


def test_authoring_keeps_course_and_notes_and_licence():
    """Ensure opening an exercise in the authoring draft and saving it drops no metadata."""
    from annotator.core.authoring import Draft

    exercise = read_exercise(bundled.exercises_dir() / bundled.FIRST_EXERCISE).document
    exercise = exercise.model_copy(update={
        "course": CourseInfo(level=2, minutes=30, skills=[Skill(id="numbers")]),
        "notes": InstructorNotes(prompts={"es": ["¿Quién habla?"]}),
        "source": Source(publisher="P", licence="CC BY 4.0"),
    })
    draft = Draft.from_exercise(exercise)
    again = draft.to_exercise()
    assert (again.course, again.notes, again.source) == (
        exercise.course, exercise.notes, exercise.source)
    assert draft.student_copy().notes is None

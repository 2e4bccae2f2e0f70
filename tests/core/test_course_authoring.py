"""Editing an exercise's course metadata, teacher's notes and licence: checks and round trips."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core import course_authoring as c
from annotator.core.authoring import AuthoringError, Details, Draft
from annotator.core.model import Block, CourseInfo, InstructorNotes, Skill
from annotator.core.tagset import default_tagset
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save, to_bytes


def make_draft() -> Draft:
    return Draft(Details(id="ex", title="Ex"), [Block(kind="paragraph", text="Some words.")],
                 default_tagset().categories)


def form(**changes) -> c.CourseForm:
    return c.CourseForm(**changes)


def test_an_empty_form_stores_nothing():
    assert c.checked_course(form(), "ex") == c.CourseSettings(None, None, "")


def test_a_filled_form_gives_course_notes_and_licence():
    result = c.checked_course(form(
        level=2, minutes=30, pairs_with=" other-one ",
        skills=(c.SkillRow("numbers"), c.SkillRow("", "Mi destreza", "My skill"),
                c.SkillRow("", "", "")),
        notes={"goals": {"es": "Primero\n\n  Segundo  \r\nTercero", "en": ""},
               "prompts": {"en": "Why?"}},
        licence="  CC BY 4.0;\tadapted ",
    ), "ex")
    assert result.course == CourseInfo(level=2, minutes=30, pairs_with="other-one", skills=[
        Skill(id="numbers", labels={"es": "Cifras y estadísticas",
                                    "en": "Numbers and statistics"}),
        Skill(id="my-skill", labels={"es": "Mi destreza", "en": "My skill"}),
    ])
    assert result.notes == InstructorNotes(goals={"es": ["Primero", "Segundo", "Tercero"]},
                                           prompts={"en": ["Why?"]})
    assert result.licence == "CC BY 4.0; adapted"


@pytest.mark.parametrize(("changes", "line"), [
    ({"skills": (c.SkillRow("2 bad"),)}, "'2 bad' is not a valid skill id"),
    ({"skills": (c.SkillRow("a"), c.SkillRow("a", "x"))}, "two skills cannot share the id 'a'"),
    ({"pairs_with": "ex"}, "an exercise cannot be paired with itself"),
    ({"pairs_with": "no spaces"}, "'no spaces' is not an exercise id"),
    ({"minutes": 0}, "the minutes must be a whole number from 1 to 600"),
    ({"minutes": 601}, "the minutes must be a whole number from 1 to 600"),
    ({"level": 4}, "the level must be 1, 2 or 3"),
    ({"notes": {"goals": {"es": "x" * 10_001}}}, "a note can have at most 10000 characters"),
])
def test_a_bad_value_is_refused_in_one_line_naming_it(changes, line):
    with pytest.raises(AuthoringError) as refused:
        c.checked_course(form(**changes), "ex")
    message = str(refused.value)
    assert message.startswith(line) and "\n" not in message


def test_every_refusal_is_listed_for_translation():
    """Ensure each template this module raises is in the dialog's translatable list."""
    from annotator.gui.authoring.course_dialog import TEMPLATES

    source = Path(c.__file__).read_text("utf-8")
    constants = dict(re.findall(r'^(_[A-Z_]+) = \(\n    "([^"]+)"\n\)', source, re.M))
    raised = set(re.findall(r'AuthoringError\(\s*"([^"]+)"', source))
    raised |= set(constants.values())  # the id templates, raised through _check_id
    assert len(raised) == 9
    assert raised == set(TEMPLATES)


def test_languages_the_form_does_not_show_are_kept():
    settings_ = c.CourseSettings(
        CourseInfo(skills=[Skill(id="s", labels={"es": "Ese", "fr": "Cette"})]),
        InstructorNotes(goals={"fr": ["But"], "es": ["Meta"]}), "")
    assert c.checked_course(c.course_form(settings_), "ex") == settings_


def test_the_draft_swaps_all_three_in_one_step_and_the_student_copy_drops_the_notes():
    draft = make_draft()
    heard = []
    draft.subscribe(heard.append)
    result = c.checked_course(form(level=1, notes={"background": {"es": "Dato"}},
                                   licence="Written for the course"), "ex")
    draft.set_course(result.course, result.notes, result.licence)
    assert heard == ["course"]
    assert c.current_settings(draft) == result
    exercise = draft.to_exercise()
    assert exercise.course.level == 1 and exercise.notes.background == {"es": ["Dato"]}
    assert exercise.source.licence == "Written for the course"
    student = draft.student_copy()
    assert student.notes is None and student.course.level == 1


# ------------------------------------------------------------------ round trips

_item = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
    max_size=20,
).map(lambda s: " ".join(s.split())).filter(bool)
_ids = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)
_labels = st.dictionaries(st.sampled_from(("es", "en")), _item, max_size=2)
_lists = st.dictionaries(st.sampled_from(("es", "en")), st.lists(_item, min_size=1, max_size=3),
                         max_size=2)


@st.composite
def course_settings(draw) -> c.CourseSettings:
    skill_ids = draw(st.lists(_ids, max_size=4, unique=True))
    skills = [Skill(id=i, labels=draw(_labels) or {"es": "x"}) for i in skill_ids]
    level, minutes = draw(st.none() | st.sampled_from(c.LEVELS)), draw(
        st.none() | st.integers(*c.MINUTES))
    pairs = draw(st.none() | _ids.filter(lambda i: i != "ex"))
    course = CourseInfo(level=level, minutes=minutes, pairs_with=pairs, skills=skills)
    if course == CourseInfo():
        course = None
    notes = InstructorNotes(**{name: draw(_lists) for name in c.NOTE_FIELDS})
    if notes == InstructorNotes():
        notes = None
    return c.CourseSettings(course, notes, draw(st.just("") | _item))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(course_settings())
def test_what_the_form_shows_is_what_it_stores(settings_):
    assert c.checked_course(c.course_form(settings_), "ex") == settings_


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(course_settings())
def test_what_is_set_on_the_draft_is_what_the_saved_file_reads_back(settings_):
    draft = make_draft()
    draft.set_course(settings_.course, settings_.notes, settings_.licence)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ex.exercise.xml"
        path.write_bytes(to_bytes(draft.to_exercise()))
        exercise = read_exercise(path).document
    again = Draft.from_exercise(exercise)
    assert c.current_settings(again) == settings_


def test_a_bundled_exercise_keeps_its_course_through_the_form(tmp_path):
    path = next(p for p in bundled.graded_exercises()
                if read_exercise(p).document.notes is not None)
    draft = Draft.from_exercise(read_exercise(path).document)
    before = c.current_settings(draft)
    after = c.checked_course(c.course_form(before), draft.details.id)
    assert after == before
    save(draft.to_exercise(), tmp_path / path.name)
    assert read_exercise(tmp_path / path.name).document.course == before.course

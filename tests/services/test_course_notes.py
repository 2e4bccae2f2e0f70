"""Course notes text for import-text: fields, repeats, and one clear line for a bad one."""

from __future__ import annotations

import pytest

from annotator.services.course_notes import parse_course_notes
from annotator.services.importer import ImportProblem

NOTES = """\
# a comment
level: 2
minutes: 30
pairs-with: other-id
skill: anonymous-source
skill: my-skill = Mi destreza
goal: Saber quién habla.
prompt: ¿Quién habla?
prompt: ¿Quién calla?
background: El tratado se firmó en junio.
time-plan: 10 min: leer y marcar.
"""


def test_fields_become_course_info_and_notes_in_the_language():
    """Ensure every field lands where it belongs, prompts in order, known skills labelled."""
    course, notes = parse_course_notes(NOTES, "es")
    assert (course.level, course.minutes, course.pairs_with) == (2, 30, "other-id")
    assert [s.id for s in course.skills] == ["anonymous-source", "my-skill"]
    assert course.skills[0].labels["en"] == "Unnamed sources"
    assert course.skills[1].labels == {"es": "Mi destreza"}
    assert notes.prompts == {"es": ["¿Quién habla?", "¿Quién calla?"]}
    assert notes.goals == {"es": ["Saber quién habla."]}
    assert notes.time_plan == {"es": ["10 min: leer y marcar."]}


@pytest.mark.parametrize(("text", "says"), [
    ("level: 4", "line 1: level must be a whole number from 1 to 3"),
    ("minutes: ten", "line 1: minutes must be"),
    ("\nlevel: 1\nlevel: 2", "line 3: level given twice"),
    ("colour: red", "line 1: unknown field 'colour'"),
    ("no colon here", "line 1: expected 'field: value'"),
    ("pairs-with: 9lives", "line 1: '9lives' is not a valid id"),
])
def test_a_bad_line_is_named(text, says):
    with pytest.raises(ImportProblem) as caught:
        parse_course_notes(text, "es")
    assert says in str(caught.value)

"""Course notes for ``import-text``: level, minutes, skills and the teacher's kit, as text.

An instructor writes them beside the article, one ``field: value`` a line
(``#`` starts a comment), in the article's language::

    level: 2
    minutes: 30
    pairs-with: other-exercise-id
    skill: anonymous-source
    skill: my-own-skill = What it is called
    goal: What the trainee should be able to do afterwards.
    background: A fact the trainee needs to check a claim.
    prompt: A question for the class discussion.
    time-plan: 10 min: read and mark.

``skill``, ``goal``, ``background``, ``prompt`` and ``time-plan`` repeat.
"""

from __future__ import annotations

import re

from annotator.core.model import NCNAME_PATTERN, CourseInfo, InstructorNotes
from annotator.core.skills import skill
from annotator.services.import_reasons import IMPORT_REASON
from annotator.services.importer import ImportProblem

NOTE_FIELDS = {"goal": "goals", "background": "background", "prompt": "prompts",
               "time-plan": "time_plan"}
NUMBERS = {"level": (1, 3), "minutes": (1, 600)}


def parse_course_notes(raw: str, language: str) -> tuple[CourseInfo, InstructorNotes]:
    """Read a course notes text; a bad line is an ImportProblem naming it."""
    numbers: dict[str, int] = {}
    pairs_with: str | None = None
    skills = []
    notes: dict[str, list[str]] = {field: [] for field in NOTE_FIELDS.values()}
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        field, colon, value = line.partition(":")
        field, value = field.strip(), " ".join(value.split())
        if not colon or not value:
            raise ImportProblem(IMPORT_REASON("course_line", line=number))
        if field in NUMBERS:
            low, high = NUMBERS[field]
            if field in numbers:
                raise ImportProblem(IMPORT_REASON("course_twice", line=number, field=field))
            if not value.isdigit() or not low <= int(value) <= high:
                raise ImportProblem(IMPORT_REASON(
                    "course_number", line=number, field=field, low=low, high=high))
            numbers[field] = int(value)
        elif field == "pairs-with":
            if pairs_with is not None:
                raise ImportProblem(IMPORT_REASON("course_twice", line=number, field=field))
            pairs_with = _checked_id(value, number)
        elif field == "skill":
            skill_id, _, label = (part.strip() for part in value.partition("="))
            skills.append(skill(_checked_id(skill_id, number), label or None, language))
        elif field in NOTE_FIELDS:
            notes[NOTE_FIELDS[field]].append(value)
        else:
            raise ImportProblem(IMPORT_REASON("course_field", line=number, field=repr(field)))
    course = CourseInfo(
        level=numbers.get("level"), minutes=numbers.get("minutes"), pairs_with=pairs_with,
        skills=skills,
    )
    return course, InstructorNotes(
        **{field: ({language: items} if items else {}) for field, items in notes.items()}
    )


def _checked_id(value: str, line: int) -> str:
    if not re.fullmatch(NCNAME_PATTERN.strip("^$"), value) or len(value) > 128:
        raise ImportProblem(IMPORT_REASON("course_id", line=line, value=repr(value[:60])))
    return value

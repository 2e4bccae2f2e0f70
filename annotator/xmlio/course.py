"""Course metadata and instructor notes of an exercise: read and written here.

Both are optional elements after ``<source>`` (see ``course-metadata.md``
beside the XSD); the exercise reader and writer call these two functions so
that the rest of the format stays in one place.
"""

from __future__ import annotations

from lxml import etree

from annotator.core.model import CourseInfo, Exercise, InstructorNotes, Skill
from annotator.xmlio.elements import XML_LANG, by_language, element, lang_texts, qname
from annotator.xmlio.making import Make, checked

# Model field -> element name, in the order the schema wants them.
NOTE_ELEMENTS = (
    ("goals", "goal"),
    ("background", "background"),
    ("prompts", "prompt"),
    ("time_plan", "time-plan"),
)


def course_metadata(
    root: etree._Element, make: Make = checked
) -> tuple[CourseInfo | None, InstructorNotes | None]:
    """The ``<course>`` and ``<instructor-notes>`` of a schema-valid exercise, if present.

    ``make`` builds each model (the readers' checked or trusted way).
    """
    course_el = root.find(qname("course"))
    course = None
    if course_el is not None:
        level, minutes = course_el.get("level"), course_el.get("minutes")
        course = make(
            CourseInfo,
            level=None if level is None else int(level),
            minutes=None if minutes is None else int(minutes),
            pairs_with=course_el.get("pairs-with"),
            skills=[
                make(
                    Skill,
                    id=skill.get("id"),
                    labels=by_language(skill.iterchildren(qname("label"))),
                )
                for skill in course_el.iterchildren(qname("skill"))
            ],
        )
    notes_el = root.find(qname("instructor-notes"))
    notes = None
    if notes_el is not None:
        fields: dict[str, dict[str, list[str]]] = {}
        for field, name in NOTE_ELEMENTS:
            items: dict[str, list[str]] = {}
            for item in notes_el.iterchildren(qname(name)):
                items.setdefault(item.get(XML_LANG), []).append(item.text or "")
            fields[field] = items
        notes = make(InstructorNotes, **fields)
    return course, notes


def add_course_metadata(root: etree._Element, exercise: Exercise) -> None:
    """Append ``<course>`` and ``<instructor-notes>`` to an exercise element being written."""
    course = exercise.course
    if course is not None:
        el = element(root, "course")
        for name, value in (
            ("level", course.level), ("minutes", course.minutes), ("pairs-with", course.pairs_with),
        ):
            if value is not None:
                el.set(name, str(value))
        for skill in course.skills:
            lang_texts(element(el, "skill", id=skill.id), "label", skill.labels)
    notes = exercise.notes
    if notes is not None:
        el = element(root, "instructor-notes")
        for field, name in NOTE_ELEMENTS:
            for language, items in getattr(notes, field).items():
                for item in items:
                    element(el, name, item).set(XML_LANG, language)

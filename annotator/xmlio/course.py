"""Course metadata and instructor notes of an exercise: read and written here.

Both are optional elements after ``<source>`` (see ``course-metadata.md``
beside the XSD); the exercise reader and writer call these two functions so
that the rest of the format stays in one place.
"""

from __future__ import annotations

from lxml import etree

from annotator.core.model import CourseInfo, Exercise, InstructorNotes, Skill
from annotator.xmlio import NAMESPACE

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Model field -> element name, in the order the schema wants them.
NOTE_ELEMENTS = (
    ("goals", "goal"),
    ("background", "background"),
    ("prompts", "prompt"),
    ("time_plan", "time-plan"),
)


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def course_metadata(root: etree._Element) -> tuple[CourseInfo | None, InstructorNotes | None]:
    """The ``<course>`` and ``<instructor-notes>`` of a schema-valid exercise, if present."""
    course_el = root.find(_q("course"))
    course = None
    if course_el is not None:
        level, minutes = course_el.get("level"), course_el.get("minutes")
        course = CourseInfo(
            level=None if level is None else int(level),
            minutes=None if minutes is None else int(minutes),
            pairs_with=course_el.get("pairs-with"),
            skills=[
                Skill(
                    id=skill.get("id"),
                    labels={label.get(XML_LANG): label.text or ""
                            for label in skill.iterchildren(_q("label"))},
                )
                for skill in course_el.iterchildren(_q("skill"))
            ],
        )
    notes_el = root.find(_q("instructor-notes"))
    notes = None
    if notes_el is not None:
        fields: dict[str, dict[str, list[str]]] = {}
        for field, name in NOTE_ELEMENTS:
            items: dict[str, list[str]] = {}
            for item in notes_el.iterchildren(_q(name)):
                items.setdefault(item.get(XML_LANG), []).append(item.text or "")
            fields[field] = items
        notes = InstructorNotes(**fields)
    return course, notes


def _el(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, _q(name))
    if text is not None:
        element.text = text
    return element


def add_course_metadata(root: etree._Element, exercise: Exercise) -> None:
    """Append ``<course>`` and ``<instructor-notes>`` to an exercise element being written."""
    course = exercise.course
    if course is not None:
        el = _el(root, "course")
        for name, value in (
            ("level", course.level), ("minutes", course.minutes), ("pairs-with", course.pairs_with),
        ):
            if value is not None:
                el.set(name, str(value))
        for skill in course.skills:
            skill_el = _el(el, "skill")
            skill_el.set("id", skill.id)
            for language, label in skill.labels.items():
                _el(skill_el, "label", label).set(XML_LANG, language)
    notes = exercise.notes
    if notes is not None:
        el = _el(root, "instructor-notes")
        for field, name in NOTE_ELEMENTS:
            for language, items in getattr(notes, field).items():
                for item in items:
                    _el(el, name, item).set(XML_LANG, language)

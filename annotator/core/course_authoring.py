"""The course metadata, teacher's notes and licence of an exercise, as the instructor edits them.

An instructor fills a form (:class:`CourseForm`: plain values as typed,
notes one item a line); :func:`checked_course` turns it into what the
exercise stores (:class:`CourseSettings`) or refuses with an
:class:`~annotator.core.authoring.AuthoringError`, one line naming the
problem (a bad skill id, two skills with one id, a paired exercise that is
the exercise itself). :func:`course_form` goes the other way, so that what
is saved and opened again fills the same form: the round trip the property
tests check. The draft swaps all three in one step
(:meth:`~annotator.core.authoring.Draft.set_course`), so one undo takes
the whole edit back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotator.core.authoring import MAX_ID_LENGTH, AuthoringError, Draft, clean_texts, slug_id
from annotator.core.limits import TEXT_MAX
from annotator.core.model import NCNAME_PATTERN, CourseInfo, InstructorNotes, Skill
from annotator.core.skills import KNOWN_SKILLS
from annotator.core.text import xml_safe

NOTE_FIELDS = ("goals", "background", "prompts", "time_plan")  # InstructorNotes' lists
NOTE_LANGUAGES = ("es", "en")  # the languages the form offers; others are kept as they are
LEVELS = (1, 2, 3)  # course/@level in the schema
MINUTES = (1, 600)  # course/@minutes in the schema

_NCNAME = re.compile(NCNAME_PATTERN)


@dataclass(frozen=True)
class SkillRow:
    """One skill as typed: its id and its labels in Spanish and English (any may be blank)."""

    id: str = ""
    es: str = ""
    en: str = ""


@dataclass(frozen=True)
class CourseForm:
    """What the instructor typed. ``notes`` is field -> language -> text, one item a line.

    ``other_labels`` and ``other_notes`` carry labels and notes in languages
    the form does not show, so that editing never drops them.
    """

    level: int | None = None
    minutes: int | None = None
    pairs_with: str = ""
    skills: tuple[SkillRow, ...] = ()
    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    licence: str = ""
    other_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # skill -> lang -> label
    other_notes: dict[str, dict[str, list[str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class CourseSettings:
    """What the exercise stores: ``<course>``, ``<instructor-notes>`` and the source's licence."""

    course: CourseInfo | None = None
    notes: InstructorNotes | None = None
    licence: str = ""


def current_settings(draft: Draft) -> CourseSettings:
    return CourseSettings(draft.course, draft.notes, draft.details.licence)


def course_form(settings: CourseSettings) -> CourseForm:
    """The form that shows ``settings``: what the dialog fills its fields with."""
    course = settings.course or CourseInfo()
    notes = settings.notes or InstructorNotes()
    rows, other_labels = [], {}
    for skill in course.skills:
        rows.append(SkillRow(skill.id, skill.labels.get("es", ""), skill.labels.get("en", "")))
        others = {k: v for k, v in skill.labels.items() if k not in NOTE_LANGUAGES}
        if others:
            other_labels[skill.id] = others
    texts, other_notes = {}, {}
    for name in NOTE_FIELDS:
        items: dict[str, list[str]] = getattr(notes, name)
        texts[name] = {lang: "\n".join(items.get(lang, [])) for lang in NOTE_LANGUAGES}
        others = {k: list(v) for k, v in items.items() if k not in NOTE_LANGUAGES}
        if others:
            other_notes[name] = others
    return CourseForm(
        level=course.level, minutes=course.minutes, pairs_with=course.pairs_with or "",
        skills=tuple(rows), notes=texts, licence=settings.licence,
        other_labels=other_labels, other_notes=other_notes,
    )


def checked_course(form: CourseForm, exercise_id: str) -> CourseSettings:
    """What the form says, cleaned; refuses what the format or common sense would.

    Blank skill rows are dropped; a skill with labels but no id gets one made
    from its label, and a known skill id (see ``core.skills``) with no labels
    gets the course's labels. Notes are one item a line; blank lines go.
    Everything empty gives no ``<course>`` or no ``<instructor-notes>`` at all.
    """
    if form.level is not None and form.level not in LEVELS:
        raise AuthoringError("the level must be 1, 2 or 3")
    low, high = MINUTES
    if form.minutes is not None and not low <= form.minutes <= high:
        raise AuthoringError("the minutes must be a whole number from 1 to 600")
    pairs_with = form.pairs_with.strip() or None
    if pairs_with is not None:
        _check_id(pairs_with, _BAD_PAIR_ID)
        if pairs_with == exercise_id:
            raise AuthoringError("an exercise cannot be paired with itself")
    skills = _skills(form)
    course = None
    if form.level is not None or form.minutes is not None or pairs_with or skills:
        course = CourseInfo(
            level=form.level, minutes=form.minutes, pairs_with=pairs_with, skills=skills,
        )
    licence = " ".join(xml_safe(form.licence).split())
    if len(licence) > TEXT_MAX:
        raise AuthoringError("the licence can have at most {limit} characters", limit=TEXT_MAX)
    return CourseSettings(course, _notes(form), licence)


def _check_id(value: str, template: str) -> str:
    if len(value) > MAX_ID_LENGTH or not _NCNAME.match(value) or not value.isascii():
        raise AuthoringError(template, id=repr(value[:40]))
    return value


def _skills(form: CourseForm) -> list[Skill]:
    skills: list[Skill] = []
    seen: set[str] = set()
    for row in form.skills:
        labels = clean_texts({"es": row.es, "en": row.en})
        skill_id = row.id.strip()
        if not skill_id and not labels:
            continue  # a blank row: nothing to keep
        if not skill_id:
            skill_id = slug_id(labels.get("en") or labels["es"], "skill")
        _check_id(skill_id, _BAD_SKILL_ID)
        if skill_id in seen:
            raise AuthoringError("two skills cannot share the id {id}", id=repr(skill_id))
        seen.add(skill_id)
        for label in labels.values():
            if len(label) > TEXT_MAX:
                raise AuthoringError("a skill label can have at most {limit} characters",
                                     limit=TEXT_MAX)
        if not labels:
            labels = dict(KNOWN_SKILLS.get(skill_id, {}))
        labels.update(form.other_labels.get(skill_id, {}))
        skills.append(Skill(id=skill_id, labels=labels))
    return skills


def _notes(form: CourseForm) -> InstructorNotes | None:
    fields: dict[str, dict[str, list[str]]] = {}
    for name in NOTE_FIELDS:
        items = {}
        for language, text in form.notes.get(name, {}).items():
            lines = [" ".join(line.split()) for line in note_lines(text)]
            for line in lines:
                if len(line) > TEXT_MAX:
                    raise AuthoringError("a note can have at most {limit} characters",
                                         limit=TEXT_MAX)
            if lines:
                items[language] = lines
        for language, lines in form.other_notes.get(name, {}).items():
            items.setdefault(language, list(lines))
        fields[name] = items
    if not any(fields.values()):
        return None
    return InstructorNotes(**fields)


def note_lines(text: str) -> list[str]:
    """The items of a notes box: one a line, blank lines dropped, characters XML cannot store
    dropped."""
    text = xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n") if line.strip()]


_BAD_SKILL_ID = (
    "{id} is not a valid skill id: use letters, digits, '-', '_' or '.', starting with a letter"
)
_BAD_PAIR_ID = (
    "{id} is not an exercise id: use letters, digits, '-', '_' or '.', starting with a letter"
)

"""Accept a passage for the whole class: an edit of the key, not a decision (scoring.md §9).

When many trainees mark the same defensible passage, the instructor adds it
to the key: as an alternative extent of the key item it overlaps (§8), or
as an optional span with an explanation. The exercise's version goes up;
the previous file is kept beside it as ``NAME.exercise.vN.xml`` (N the old
version), and the new one is saved atomically. Grading the class again is
the caller's job; :func:`score_changes` says whose score moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.core.authoring import AuthoringError
from annotator.core.key_alternatives import with_alternative
from annotator.core.model import Exercise, KeySpan
from annotator.services.classroom import ClassRow
from annotator.services.key_edit_reasons import KEY_EDIT_REASON
from annotator.xmlio.atomic import atomic_write
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

EXERCISE_SUFFIX = ".exercise.xml"


class KeyEditRefused(Exception):
    """The key cannot take this passage; ``str()`` is the one line why (also in Spanish)."""

    @property
    def message(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class KeyEdit:
    """What was done: the new exercise, where the old one was kept, and how."""

    exercise: Exercise
    previous: Path
    item: str  # the key item that gained an alternative, or the new optional span
    as_alternative: bool


def overlapping_items(exercise: Exercise, category: str, start: int, end: int) -> list[KeySpan]:
    """Key items of ``category`` with an extent sharing a character with [start, end)."""
    found = []
    for span in exercise.key or []:
        if span.category != category:
            continue
        extents = [(span.start, span.end)] + [(a.start, a.end) for a in span.alternatives]
        if any(min(end, e) > max(start, s) for s, e in extents):
            found.append(span)
    return found


def accept_for_class(
    path: str | Path,
    category: str,
    start: int,
    end: int,
    *,
    item: str | None = None,
    explanations: dict[str, str] | None = None,
) -> KeyEdit:
    """Add [start, end) to the key of the exercise at ``path`` and save it as a new version.

    With ``item`` the passage becomes that key span's next alternative
    (same category, not identical to one of its extents); without it, an
    optional span of ``category`` with ``explanations``. Raises
    :class:`KeyEditRefused` with one line, changing nothing, when it cannot.
    """
    path = Path(path)
    try:
        exercise = read_exercise(path).document
    except FormatError as exc:
        raise KeyEditRefused(KEY_EDIT_REASON("unreadable", file=str(path),
                                             reason=exc.reason)) from None
    if exercise.key is None:
        raise KeyEditRefused(KEY_EDIT_REASON("no_key", file=str(path)))
    text = exercise.article.text
    if not 0 <= start < end <= len(text):
        raise KeyEditRefused(KEY_EDIT_REASON("outside", start=start, end=end))
    key = list(exercise.key)
    if item is not None:
        number = next((i for i, s in enumerate(key) if s.id == item), None)
        if number is None:
            raise KeyEditRefused(KEY_EDIT_REASON("no_item", id=item))
        span = key[number]
        if span.category != category:
            raise KeyEditRefused(KEY_EDIT_REASON("other_category", id=item, category=category))
        try:  # the extent is inside the text (checked above): only a repeat is refused
            key[number] = with_alternative(span, start, end, text)
        except AuthoringError:
            raise KeyEditRefused(KEY_EDIT_REASON("same_extent", id=item)) from None
        target = item
    else:
        if category not in exercise.tagset.ids():
            raise KeyEditRefused(KEY_EDIT_REASON("unknown_category", category=category))
        target = _fresh_id(key)
        key.append(KeySpan(id=target, category=category, start=start, end=end,
                           quote=text[start:end], required=False,
                           explanations=dict(explanations or {})))
        key.sort(key=lambda s: (s.start, s.end, s.id))
    new = exercise.model_copy(update={"key": key, "version": next_version(exercise.version)})
    previous = kept_name(path, exercise.version)
    atomic_write(previous, path.read_bytes())  # the old version first: never only the new one
    save(new, path)
    return KeyEdit(new, previous, target, item is not None)


def next_version(version: str) -> str:
    """1 → 2; a version that is not a whole number gains ".1" (2025-03 → 2025-03.1)."""
    text = version.strip()
    return str(int(text) + 1) if text.isdigit() else f"{text}.1"


def kept_name(path: Path, version: str) -> Path:
    """``NAME.exercise.vN.xml`` beside ``NAME.exercise.xml``, never over an earlier copy."""
    name = path.name
    stem = name[: -len(EXERCISE_SUFFIX)] if name.endswith(EXERCISE_SUFFIX) else path.stem
    safe = "".join(c if c.isalnum() or c in "-." else "-" for c in version.strip()) or "0"
    candidate, number = path.with_name(f"{stem}.exercise.v{safe}.xml"), 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{stem}.exercise.v{safe}-{number}.xml")
    return candidate


def _fresh_id(key: Sequence[KeySpan]) -> str:
    taken = {s.id for s in key}
    number = len(key) + 1
    while f"k{number}" in taken:
        number += 1
    return f"k{number}"


@dataclass(frozen=True)
class ScoreChange:
    label: str
    before: float
    after: float


def score_changes(before: Sequence[ClassRow], after: Sequence[ClassRow]) -> list[ScoreChange]:
    """Whose score moved between two gradings of the same files, biggest change first."""
    old = {row.file: row for row in before}
    changes = [
        ScoreChange(row.label(), old[row.file].score, row.score)
        for row in after
        if row.file in old and old[row.file].score != row.score
    ]
    return sorted(changes, key=lambda c: (-abs(c.after - c.before), c.label))

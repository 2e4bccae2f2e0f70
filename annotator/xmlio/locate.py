"""Finding the exercise a submission was made for: beside it, then elsewhere."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from annotator.xmlio import safe
from annotator.xmlio.errors import FormatError


def exercise_id_of(path: Path) -> str | None:
    """The id of an exercise file, or None when it is not a readable exercise."""
    try:
        root = safe.load(path)
    except FormatError:
        return None
    if root.tag.endswith("}exercise"):
        return root.get("id")
    return None


def find_exercise(exercise_id: str, near: Path, elsewhere: Iterable[Path] = ()) -> Path | None:
    """First ``*.exercise.xml`` with that id: in the submission's folder, then in ``elsewhere``.

    ``elsewhere`` holds folders or files (recent files, bundled exercises), in
    order of preference. Exact file name ``ID.exercise.xml`` is tried first in
    each folder, so the common case parses one file.
    """
    for place in [near, *elsewhere]:
        place = Path(place)
        if place.is_file():
            candidates = [place]
        elif place.is_dir():
            named = place / f"{exercise_id}.exercise.xml"
            rest = sorted(p for p in place.glob("*.exercise.xml") if p != named)
            candidates = ([named] if named.is_file() else []) + rest
        else:
            continue
        for candidate in candidates:
            if exercise_id_of(candidate) == exercise_id:
                return candidate
    return None

"""Names and colours of a class's categories, the same in every part of the window."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.services.classroom import Key
from annotator.services.reports.article import CategoryLook, looks


def category_looks(key: Key, categories: Sequence[str], language: str) -> dict[str, CategoryLook]:
    """Label, colour and brackets per category, as the reports show them.

    The reports' looks are reused so that what the instructor projects and
    what the class report prints agree (a key file has no tagset: ids, grey).
    """
    tagset = key.exercise.tagset if key.exercise is not None else None
    return looks(categories, tagset, language)

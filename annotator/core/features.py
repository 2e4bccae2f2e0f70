"""Feature values on a trainee's highlight: what a category asks, what is left to answer.

Pure rules shared by the trainee window (the chooser, the panel, saving)
and anything that hands work in: which values a highlight may keep, which
required features are still empty (listed at hand-in, never blocking), and
how a value is found from a key press (its number or its first letter).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from annotator.core.limits import MAX_FEATURE_TEXT

if TYPE_CHECKING:
    from annotator.core.model import Annotation, Feature, Tagset


def features_of(tagset: Tagset, category_id: str) -> list[Feature]:
    category = tagset.get(category_id)
    return list(category.features) if category is not None else []


def feature_values_for(
    tagset: Tagset, category_id: str, values: Mapping[str, str]
) -> dict[str, str]:
    """The values a highlight of ``category_id`` may keep: declared features, declared values."""
    kept = {}
    for feature in features_of(tagset, category_id):
        value = values.get(feature.id)
        if not value:
            continue
        if feature.kind == "choice" and feature.value(value) is None:
            continue
        if feature.kind == "text":
            value = value[:MAX_FEATURE_TEXT]
        kept[feature.id] = value
    return kept


def with_value(annotation: Annotation, feature_id: str, value: str | None) -> dict[str, str]:
    """The annotation's values with one feature set (``None`` or "" clears it)."""
    values = dict(annotation.features)
    if value:
        values[feature_id] = value
    else:
        values.pop(feature_id, None)
    return values


class Unanswered(NamedTuple):
    """A required feature left empty on one highlight."""

    annotation: Annotation
    feature: Feature


def unanswered(tagset: Tagset, annotations: Iterable[Annotation]) -> list[Unanswered]:
    """Required features left empty, in the order given (text order for a session)."""
    found = []
    for annotation in annotations:
        for feature in features_of(tagset, annotation.category):
            if feature.required and not annotation.features.get(feature.id, "").strip():
                found.append(Unanswered(annotation, feature))
    return found


def value_for_key(
    feature: Feature, text: str, language: str, after: str | None = None
) -> str | None:
    """The value a key press picks: its number (1-9), or the next value with that first letter.

    Pressing the same letter again moves on to the next value that starts
    with it (after ``after``), as lists do.
    """
    if not text:
        return None
    values = feature.values
    if text.isdigit():
        number = int(text)
        return values[number - 1].id if 1 <= number <= len(values) else None
    letter = text.casefold()
    matching = [v.id for v in values if v.label(language)[:1].casefold() == letter]
    if not matching:
        return None
    if after in matching:
        return matching[(matching.index(after) + 1) % len(matching)]
    return matching[0]

"""Editing the questions a category asks (scoring.md §10) as planned, undoable tagset edits.

Each function returns a :class:`~annotator.core.authoring.TagsetEdit` (kind
``update``), so the window's one undo command for tagset edits applies it
both ways, key included. A question or an answer the key uses cannot vanish
silently: removing it raises :class:`FeatureInUse` with how many expert
spans give it, and only a confirmed removal takes their values with it.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.core.authoring import (
    AuthoringError,
    Draft,
    _find,
    _tagset_plan,
    clean_texts,
    move_row,
    slug_id,
)
from annotator.core.model import (
    RESERVED_FEATURE_ID,
    Category,
    Feature,
    FeatureKind,
    FeatureValue,
    KeySpan,
)
from annotator.core.tagset import checkable_feature, evidence_feature, source_kind_feature

DEFAULT_LABELS = {
    "choice": {"es": "Nueva pregunta", "en": "New question"},
    "text": {"es": "Dónde lo comprobaste", "en": "Where you checked"},
}
NEW_VALUE_LABELS = {"es": "Nueva respuesta", "en": "New answer"}
COURSE_FEATURES = {  # what "add the course's questions" gives each default category
    "attribution": (source_kind_feature,),
    "claim": (checkable_feature, evidence_feature),
}


class FeatureInUse(AuthoringError):
    """Removing a question or an answer that key spans give needs a confirmation."""

    def __init__(self, what: str, count: int) -> None:
        self.what, self.count = what, count
        super().__init__("{count} key spans give {what}", count=count, what=repr(what))


# ------------------------------------------------------------------ helpers


def _feature_ids(draft: Draft) -> set[str]:
    return {f.id for c in draft.categories for f in c.features}


def _feature(category: Category, feature_id: str) -> tuple[int, Feature]:
    for row, feature in enumerate(category.features):
        if feature.id == feature_id:
            return row, feature
    raise AuthoringError("there is no question {id}", id=repr(feature_id))


def _with_features(draft: Draft, category_id: str, change: Callable[[list[Feature]], None],
                   key: list[KeySpan] | None = None):
    row = _find(draft, category_id)
    categories = list(draft.categories)
    features = list(categories[row].features)
    change(features)
    categories[row] = categories[row].model_copy(update={"features": features})
    return _tagset_plan(draft, "update", category_id, categories, key)


def _unique_id(base: str, taken: set[str]) -> str:
    new_id, number = base, 2
    while new_id in taken or new_id == RESERVED_FEATURE_ID:
        new_id, number = f"{base}-{number}", number + 1
    return new_id


def _key_without(draft: Draft, feature_id: str, value: str | None = None) -> tuple[list, int]:
    """The key with a feature's values (or one value) taken out, and how many spans lose them."""
    spans, touched = [], 0
    for span in draft.key.annotations:
        values = span.accepted.get(feature_id)
        if values and (value is None or value in values):
            touched += 1
            accepted = dict(span.accepted)
            kept = [] if value is None else [v for v in values if v != value]
            if kept:
                accepted[feature_id] = kept
            else:
                accepted.pop(feature_id)
            span = span.model_copy(update={"accepted": accepted})
        spans.append(span)
    return spans, touched


# ------------------------------------------------------------------ questions


def add_feature(draft: Draft, category_id: str, kind: FeatureKind = "choice",
                labels: dict[str, str] | None = None):
    """A new question: a choice with one answer to rename, or a text line."""
    labels = clean_texts(labels or DEFAULT_LABELS[kind])
    if not labels:
        raise AuthoringError("a question needs a label")
    new_id = _unique_id(slug_id(labels.get("en") or next(iter(labels.values())), "question"),
                        _feature_ids(draft))
    values = []
    if kind == "choice":
        values = [FeatureValue(id="answer-1", labels=dict(NEW_VALUE_LABELS))]
    feature = Feature(id=new_id, kind=kind, labels=labels, values=values)
    return _with_features(draft, category_id, lambda features: features.append(feature))


def add_course_features(draft: Draft, category_id: str):
    """The course's questions for attributions and claims (what a new exercise starts with)."""
    makers = COURSE_FEATURES.get(category_id, ())
    taken = _feature_ids(draft)
    new = [f for f in (make() for make in makers) if f.id not in taken]
    if not new:
        raise AuthoringError("the category {id} already asks the course's questions",
                             id=repr(category_id))
    return _with_features(draft, category_id, lambda features: features.extend(new))


def update_feature(draft: Draft, category_id: str, feature_id: str, *,
                   labels: dict[str, str] | None = None,
                   descriptions: dict[str, str] | None = None,
                   required: bool | None = None):
    """Rename a question (its labels), describe it, or make it required (a reminder only)."""
    changes: dict[str, object] = {}
    if labels is not None:
        changes["labels"] = clean_texts(labels)
        if not changes["labels"]:
            raise AuthoringError("a question needs a label")
    if descriptions is not None:
        changes["descriptions"] = clean_texts(descriptions)
    if required is not None:
        changes["required"] = required

    def change(features: list[Feature]) -> None:
        row, feature = _feature(draft.category(category_id), feature_id)
        features[row] = feature.model_copy(update=changes)

    return _with_features(draft, category_id, change)


def remove_feature(draft: Draft, category_id: str, feature_id: str, confirmed: bool = False):
    """Remove a question; while key spans give it values, only ``confirmed`` (values go too)."""
    _feature(draft.category(category_id) or _missing(category_id), feature_id)
    key, used = _key_without(draft, feature_id)
    if used and not confirmed:
        raise FeatureInUse(feature_id, used)

    def change(features: list[Feature]) -> None:
        del features[_feature(draft.category(category_id), feature_id)[0]]

    return _with_features(draft, category_id, change, key)


def move_feature(draft: Draft, category_id: str, feature_id: str, delta: int):
    def change(features: list[Feature]) -> None:
        move_row(features, _feature(draft.category(category_id), feature_id)[0], delta)

    return _with_features(draft, category_id, change)


# ------------------------------------------------------------------ answers


def _change_values(draft: Draft, category_id: str, feature_id: str,
                   change: Callable[[list[FeatureValue]], None], key=None):
    def apply(features: list[Feature]) -> None:
        row, feature = _feature(draft.category(category_id), feature_id)
        if feature.kind != "choice":
            raise AuthoringError("a text question has no answers to choose from")
        values = list(feature.values)
        change(values)
        features[row] = feature.model_copy(update={"values": values})

    return _with_features(draft, category_id, apply, key)


def _value_row(values: list[FeatureValue], value_id: str) -> int:
    for row, value in enumerate(values):
        if value.id == value_id:
            return row
    raise AuthoringError("there is no answer {id}", id=repr(value_id))


def add_value(draft: Draft, category_id: str, feature_id: str,
              labels: dict[str, str] | None = None):
    labels = clean_texts(labels or NEW_VALUE_LABELS)
    if not labels:
        raise AuthoringError("an answer needs a label")
    _, feature = _feature(draft.category(category_id) or _missing(category_id), feature_id)
    new_id = _unique_id(slug_id(labels.get("en") or next(iter(labels.values())), "answer"),
                        set(feature.value_ids()))
    return _change_values(draft, category_id, feature_id,
                          lambda values: values.append(FeatureValue(id=new_id, labels=labels)))


def rename_value(draft: Draft, category_id: str, feature_id: str, value_id: str,
                 labels: dict[str, str]):
    """New labels for an answer; its id (what files store) stays."""
    labels = clean_texts(labels)
    if not labels:
        raise AuthoringError("an answer needs a label")

    def change(values: list[FeatureValue]) -> None:
        row = _value_row(values, value_id)
        values[row] = values[row].model_copy(update={"labels": labels})

    return _change_values(draft, category_id, feature_id, change)


def move_value(draft: Draft, category_id: str, feature_id: str, value_id: str, delta: int):
    """Reorder the answers (their numbers in the trainee's chooser follow)."""
    def change(values: list[FeatureValue]) -> None:
        move_row(values, _value_row(values, value_id), delta)

    return _change_values(draft, category_id, feature_id, change)


def remove_value(draft: Draft, category_id: str, feature_id: str, value_id: str,
                 confirmed: bool = False):
    """Remove an answer; while key spans accept it, only ``confirmed`` (it leaves them too)."""
    key, used = _key_without(draft, feature_id, value_id)
    if used and not confirmed:
        raise FeatureInUse(value_id, used)

    def change(values: list[FeatureValue]) -> None:
        if len(values) == 1:
            raise AuthoringError("a question needs at least one answer")
        del values[_value_row(values, value_id)]

    return _change_values(draft, category_id, feature_id, change, key)


def _missing(category_id: str) -> Category:
    raise AuthoringError("there is no category {id}", id=repr(category_id))


# ------------------------------------------------------------------ the key


def accepted_for_category(span: KeySpan, category: Category | None) -> dict[str, list[str]]:
    """A key span's accepted values that a category still asks (after a category change)."""
    if category is None:
        return {}
    kept = {}
    for feature_id, values in span.accepted.items():
        feature = category.feature(feature_id)
        if feature is not None and feature.kind == "choice":
            known = [v for v in values if feature.value(v) is not None]
            if known:
                kept[feature_id] = known
    return kept

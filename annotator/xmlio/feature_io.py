"""Features in the XML formats (formats.md, scoring.md §10): reading, writing, checking.

Kept apart from the readers and writers of spans so that those stay about
offsets and quotes: each hooks in here with one call per element.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from annotator.core.model import (
    Annotation,
    Category,
    Feature,
    FeatureOutcome,
    FeaturesSummary,
    FeatureValue,
    Grade,
    KeySpan,
    Outcome,
    Tagset,
)
from annotator.xmlio.elements import by_language, element, lang_texts, qname
from annotator.xmlio.errors import FormatError, quoted
from annotator.xmlio.feature_reasons import FEATURE_REASON
from annotator.xmlio.making import Make, checked

_FEATURE, _VALUE, _LABEL, _DESCRIPTION = (
    qname(name) for name in ("feature", "value", "label", "description")
)
FEATURE_VALUE_TAG = qname("feature-value")
_FEATURE_OUTCOME = qname("feature-outcome")


def _bool(value: str | None) -> bool:
    return value is not None and value.strip() in ("true", "1")


# ------------------------------------------------------------------- reading


def read_features(
    category: etree._Element, make: Make = checked
) -> list[Feature]:
    """The ``<feature>`` declarations of a ``<category>``, in file order.

    ``make`` builds each model (the readers' checked or trusted way).
    """
    return [
        make(
            Feature,
            id=f.get("id"),
            kind=f.get("kind"),
            required=_bool(f.get("required")),
            labels=by_language(f.iterchildren(_LABEL)),
            descriptions=by_language(f.iterchildren(_DESCRIPTION)),
            values=[
                make(
                    FeatureValue,
                    id=v.get("id"),
                    labels=by_language(v.iterchildren(_LABEL)),
                    descriptions=by_language(v.iterchildren(_DESCRIPTION)),
                )
                for v in f.iterchildren(_VALUE)
            ],
        )
        for f in category.iterchildren(_FEATURE)
    ]


def read_accepted(span: etree._Element) -> dict[str, list[str]]:
    """A key span's accepted values: feature -> values in file order (repeats kept to check)."""
    accepted: dict[str, list[str]] = {}
    if len(span) < 2:  # only its quote: the common case of a key without features
        return accepted
    for el in span.iterchildren(FEATURE_VALUE_TAG):
        accepted.setdefault(el.get("feature"), []).append((el.text or "").strip())
    return accepted


def read_given(annotation: etree._Element) -> dict[str, str]:
    """An annotation's values (the schema allows one per feature)."""
    return {el.get("feature"): el.text or "" for el in annotation.iterchildren(FEATURE_VALUE_TAG)}


def read_feature_outcomes(outcome: etree._Element) -> list[FeatureOutcome]:
    return [
        FeatureOutcome(
            feature=el.get("feature"),
            given=el.get("given"),
            verdict=el.get("verdict"),
            accepted=(el.get("accepted") or "").split(),
        )
        for el in outcome.iterchildren(_FEATURE_OUTCOME)
    ]


def read_features_summary(grade: etree._Element) -> FeaturesSummary | None:
    el = grade.find(qname("features"))
    if el is None:
        return None
    accuracy = el.get("accuracy")
    return FeaturesSummary(
        accuracy=None if accuracy is None else float(accuracy), weight=float(el.get("weight"))
    )


# ------------------------------------------------------------------- writing


def write_features(parent: etree._Element, category: Category) -> None:
    """``<feature>`` elements after a category's descriptions."""
    for feature in category.features:
        f = element(parent, "feature", id=feature.id, kind=feature.kind,
                    required="true" if feature.required else None)
        lang_texts(f, "label", feature.labels)
        lang_texts(f, "description", feature.descriptions)
        for value in feature.values:
            v = element(f, "value", id=value.id)
            lang_texts(v, "label", value.labels)
            lang_texts(v, "description", value.descriptions)


def write_accepted(parent: etree._Element, span: KeySpan) -> None:
    for feature, values in span.accepted.items():
        for value in values:
            element(parent, "feature-value", value, feature=feature)


def write_given(parent: etree._Element, annotation: Annotation) -> None:
    for feature, value in annotation.features.items():
        element(parent, "feature-value", value, feature=feature)


def write_feature_outcomes(parent: etree._Element, outcome: Outcome) -> None:
    for f in outcome.features:
        element(parent, "feature-outcome", feature=f.feature, given=f.given, verdict=f.verdict,
                accepted=" ".join(f.accepted) or None)


def write_features_summary(parent: etree._Element, grade: Grade, decimal) -> None:
    """``<features accuracy weight>``; accuracy left out when nothing was graded."""
    summary = grade.features
    if summary is None:
        return
    element(parent, "features",
            accuracy=None if summary.accuracy is None else decimal(summary.accuracy),
            weight=decimal(summary.weight))


# ------------------------------------------------------------------ checking


def check_accepted(span: KeySpan, tagset: Tagset, where, path: str | Path) -> None:
    """The key's values must be declared choice values of the span's category; no repeats."""
    if not span.accepted:
        return
    category = tagset.get(span.category)
    for feature_id, values in span.accepted.items():
        feature = _declared(category, feature_id, where, path)
        if feature.kind != "choice":
            raise FormatError(path, FEATURE_REASON(
                "text_in_key", where=where(), feature=quoted(feature_id, 40)))
        for value in values:
            _check_value(feature, value, where, path)
    check_no_repeats(span, where, path)


def check_given(annotation: Annotation, tagset: Tagset, where, path: str | Path) -> None:
    """A trainee's values must be of features of the category, choice values declared."""
    category = tagset.get(annotation.category)
    for feature_id, value in annotation.features.items():
        feature = _declared(category, feature_id, where, path)
        if feature.kind == "choice":
            _check_value(feature, value, where, path)


def check_no_repeats(span: KeySpan, where, path: str | Path) -> None:
    """A key file knows no tagset: only repeated values can be refused there."""
    for feature_id, values in span.accepted.items():
        repeated = next((v for i, v in enumerate(values) if v in values[:i]), None)
        if repeated is not None:
            raise FormatError(path, FEATURE_REASON(
                "repeated_value", where=where(), feature=quoted(feature_id, 40),
                value=quoted(repeated, 40)))


def _declared(category: Category | None, feature_id: str, where, path) -> Feature:
    feature = category.feature(feature_id) if category is not None else None
    if feature is None:
        raise FormatError(path, FEATURE_REASON(
            "unknown_feature", where=where(), feature=quoted(feature_id, 40),
            category=quoted(category.id if category else "?", 40)))
    return feature


def _check_value(feature: Feature, value: str, where, path) -> None:
    if feature.value(value) is None:
        raise FormatError(path, FEATURE_REASON(
            "unknown_value", where=where(), feature=quoted(feature.id, 40),
            value=quoted(value, 40)))

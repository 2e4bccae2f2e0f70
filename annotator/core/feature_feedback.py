"""Feature verdicts in plain words (scoring.md §10), in Spanish or English.

"Kind of source: you chose «Anonymous»; the expert sees «Official, named»."
Both values are named with the tagset's labels, so that the sentence teaches
the judgement; the key span's explanation follows it wherever feedback is
shown. ``text`` features (where the trainee checked) are never graded: they
are repeated beside the verdict so that the instructor and the trainee see
them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.core.feature_grading import FeatureVerdict
    from annotator.core.model import Annotation, Feature, Tagset


_WORDS = {
    "es": {
        "correct": "Elegiste {given}, como el experto.",
        "one_of": "Elegiste {given}, una de las respuestas que acepta el experto.",
        "wrong": "Elegiste {given}; el experto ve {accepted}.",
        "missing": "No elegiste nada; el experto ve {accepted}.",
        "or": " o ",
    },
    "en": {
        "correct": "You chose {given}, as the expert did.",
        "one_of": "You chose {given}, one of the answers the expert accepts.",
        "wrong": "You chose {given}; the expert sees {accepted}.",
        "missing": "You chose nothing; the expert sees {accepted}.",
        "or": " or ",
    },
}


def _after(lead: str, sentence: str) -> str:
    """The sentence after its question: small letter after a colon, capital after "?"."""
    if lead.endswith(":") and sentence[:1].isupper() and sentence[1:2].islower():
        sentence = sentence[0].lower() + sentence[1:]
    return f"{lead} {sentence}"
MAX_TEXT = 120  # characters of a text value repeated in feedback


def feature_sentences(
    verdicts: Sequence[FeatureVerdict],
    tagset: Tagset | None,
    language: str,
    annotation: Annotation | None = None,
) -> list[str]:
    """One sentence per judged feature, then one per text feature the trainee filled in."""
    words = _WORDS.get(language, _WORDS["en"])
    declared = _declared(tagset)
    sentences = []
    for v in verdicts:
        feature = declared.get(v.feature)
        accepted = words["or"].join(_value_label(feature, a, language) for a in v.accepted)
        kind = "one_of" if v.verdict == "correct" and len(v.accepted) > 1 else v.verdict
        sentences.append(_after(_feature_label(feature, v.feature, language), words[kind].format(
            given=_value_label(feature, v.given, language) if v.given else "",
            accepted=accepted,
        )))
    if annotation is not None:
        for feature_id, text in annotation.features.items():
            feature = declared.get(feature_id)
            if feature is not None and feature.kind == "text" and text.strip():
                shown = " ".join(text.split())
                if len(shown) > MAX_TEXT:
                    shown = shown[: MAX_TEXT - 1] + "…"
                sentences.append(f"{_feature_label(feature, feature_id, language)} {shown}")
    return sentences


def feature_label(tagset: Tagset | None, feature_id: str, language: str) -> str:
    """A question's label in ``language`` (its id when the tagset does not know it)."""
    feature = _declared(tagset).get(feature_id)
    return feature.label(language) if feature is not None else feature_id


def value_label(tagset: Tagset | None, feature_id: str, value: str, language: str) -> str:
    """A value's label in ``language`` (its id when the tagset does not know it)."""
    feature = _declared(tagset).get(feature_id)
    if feature is None or feature.kind != "choice":
        return value
    found = feature.value(value)
    return found.label(language) if found is not None else value


def _declared(tagset: Tagset | None) -> dict[str, Feature]:
    if tagset is None:
        return {}
    return {f.id: f for c in tagset.categories for f in c.features}


def _feature_label(feature: Feature | None, feature_id: str, language: str) -> str:
    """The question as a lead-in: "Kind of source:", "Can it be checked?" (no colon after ?)."""
    label = feature.label(language) if feature is not None else feature_id
    return label if label.endswith(("?", ":", "¿")) else f"{label}:"


def _value_label(feature: Feature | None, value: str, language: str) -> str:
    found = feature.value(value) if feature is not None else None
    return f"«{found.label(language) if found is not None else value}»"

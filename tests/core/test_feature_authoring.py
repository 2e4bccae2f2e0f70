"""Editing a category's questions as undoable tagset edits (scoring.md §10)."""

from __future__ import annotations

import re

import pytest

from annotator import bundled
from annotator.core.authoring import AuthoringError, Draft
from annotator.core.feature_authoring import (
    FeatureInUse,
    accepted_for_category,
    add_course_features,
    add_feature,
    add_value,
    move_value,
    remove_feature,
    remove_value,
    rename_value,
    update_feature,
)
from annotator.xmlio.readers import read_exercise


@pytest.fixture
def draft() -> Draft:
    return Draft.from_exercise(read_exercise(bundled.first_exercise()).document)


def apply(draft: Draft, edit) -> None:
    draft.apply(edit)


def test_add_rename_reorder_answers_and_undo(draft):
    """Ensure a new question gets a unique id and an answer, answers move, undo restores."""
    before = draft.categories
    apply(draft, add_feature(draft, "framing", "choice", {"es": "¿Carga?", "en": "Loaded?"}))
    feature = draft.category("framing").features[0]
    assert feature.id == "loaded" and feature.value_ids() == ["answer-1"]
    apply(draft, add_value(draft, "framing", "loaded", {"es": "Sí", "en": "Yes"}))
    apply(draft, rename_value(draft, "framing", "loaded", "answer-1", {"es": "No", "en": "No"}))
    apply(draft, move_value(draft, "framing", "loaded", "yes", -1))
    feature = draft.category("framing").feature("loaded")
    assert [v.label("en") for v in feature.values] == ["Yes", "No"]
    assert feature.value_ids() == ["yes", "answer-1"]  # ids (what files keep) stay
    edit = update_feature(draft, "framing", "loaded", required=True)
    apply(draft, edit)
    assert draft.category("framing").feature("loaded").required
    draft.apply(edit, undo=True)
    assert not draft.category("framing").feature("loaded").required
    draft.set_tagset(before, draft.key.annotations)
    assert draft.category("framing").features == []


def test_a_question_the_key_uses_goes_only_when_confirmed_and_takes_its_values(draft):
    """Ensure removing source-kind asks first, then strips the key's values, undoably."""
    with pytest.raises(FeatureInUse) as caught:
        remove_feature(draft, "attribution", "source-kind")
    assert caught.value.count == 6
    edit = remove_feature(draft, "attribution", "source-kind", confirmed=True)
    apply(draft, edit)
    assert all("source-kind" not in s.accepted for s in draft.key.annotations)
    draft.apply(edit, undo=True)
    assert sum(1 for s in draft.key.annotations if "source-kind" in s.accepted) == 6


def test_an_answer_the_key_accepts_goes_only_when_confirmed(draft):
    with pytest.raises(FeatureInUse) as caught:
        remove_value(draft, "claim", "checkable", "false")
    assert caught.value.count == 1
    apply(draft, remove_value(draft, "claim", "checkable", "false", confirmed=True))
    assert draft.category("claim").feature("checkable").value("false") is None
    assert all("false" not in s.accepted.get("checkable", []) for s in draft.key.annotations)
    apply(draft, remove_value(draft, "attribution", "source-kind", "unclear"))  # unused: no ask


def test_refusals_are_one_line_and_listed_for_translation(draft):
    """Ensure the core's refusals about questions are templates the window can translate."""
    from annotator.gui.authoring.features_editor import TEMPLATES

    with pytest.raises(AuthoringError) as caught:
        add_course_features(draft, "claim")
    assert caught.value.template in TEMPLATES
    with pytest.raises(AuthoringError) as caught:
        add_value(draft, "claim", "evidence")
    assert caught.value.template in TEMPLATES
    source = (bundled.first_exercise().parents[1] / "annotator" / "core" /
              "feature_authoring.py")
    if source.is_file():  # a checkout: every template raised is listed
        raised = set(re.findall(r'AuthoringError\(\s*"([^"]+)"', source.read_text("utf-8")))
        raised |= set(re.findall(r'super\(\).__init__\("([^"]+)"', source.read_text("utf-8")))
        assert raised <= set(TEMPLATES)


def test_a_new_category_keeps_only_the_answers_it_asks(draft):
    span = next(s for s in draft.key.annotations if s.id == "k6")
    moved = span.model_copy(update={"category": "claim"})
    assert accepted_for_category(moved, draft.category("claim")) == {}
    assert accepted_for_category(span, draft.category("attribution")) == span.accepted

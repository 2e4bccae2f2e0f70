"""Feature verdicts explained in plain words, both values named (scoring.md §10)."""

from __future__ import annotations

from annotator.core.feedback import feedback
from annotator.core.grading import grade
from annotator.core.model import Annotation, KeySpan
from annotator.core.tagset import default_tagset

LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4
TAGSET = default_tagset()
FEATURES = [f.id for f in TAGSET.choice_features()]


def graded(values: dict[str, str], category="attribution", accepted=None, end=30):
    key = KeySpan(id="k1", category=category, start=10, end=30, quote=LETTERS[10:30],
                  accepted=accepted or {"source-kind": ["official"]},
                  explanations={"es": "Porque sí.", "en": "Because."})
    mark = Annotation(id="a1", category=category, start=10, end=end, quote=LETTERS[10:end],
                      features=values)
    return grade([key], [mark], features=FEATURES)


def test_a_wrong_value_names_both_values_in_both_languages():
    """Ensure the sentence says what the trainee chose and what the expert sees."""
    result = graded({"source-kind": "anonymous"})
    (english,) = feedback(result, "en", TAGSET)
    assert "Kind of source: you chose «Anonymous»; the expert sees «Official, named»" in (
        english.sentence)
    assert english.explanation == "Because."
    (spanish,) = feedback(result, "es", TAGSET)
    assert "elegiste «Anónima»; el experto ve «Oficial, con nombre»" in spanish.sentence
    assert spanish.features == (spanish.sentence.split(". ", 1)[1],)


def test_correct_and_missing_values_are_told_too():
    """Ensure a right value is confirmed and an empty one is named as such."""
    (right,) = feedback(graded({"source-kind": "official"}), "en", TAGSET)
    assert "Kind of source: you chose «Official, named», as the expert did" in right.sentence
    (empty,) = feedback(graded({}), "en", TAGSET)
    assert "Kind of source: you chose nothing; the expert sees «Official, named»" in empty.sentence


def test_a_right_answer_among_several_accepted_says_so():
    """Ensure "as the expert did" is not said when the expert accepts more than one answer."""
    result = graded({"source-kind": "anonymous"},
                    accepted={"source-kind": ["official", "anonymous"]})
    (item,) = feedback(result, "en", TAGSET)
    assert item.features == (
        "Kind of source: you chose «Anonymous», one of the answers the expert accepts.",)


def test_text_features_are_shown_beside_the_verdict_but_not_judged():
    """Ensure where the trainee checked appears with the verdict, in the interface language."""
    result = graded({"checkable": "false", "evidence": "https://example.org/treaty"},
                    category="claim", accepted={"checkable": ["false"]}, end=28)
    (item,) = feedback(result, "en", TAGSET)
    assert item.verdict == "partial"
    assert item.features == ("Can it be checked? You chose «Checkable and false», as the "
                             "expert did.", "Where you checked: https://example.org/treaty")
    assert result.features.total.graded == 1


def test_missed_items_say_nothing_about_features():
    """Ensure an item the trainee did not find gets no feature sentence."""
    key = KeySpan(id="k1", category="attribution", start=10, end=30, quote=LETTERS[10:30],
                  accepted={"source-kind": ["official"]})
    (item,) = feedback(grade([key], [], features=FEATURES), "en", TAGSET)
    assert item.verdict == "missed" and item.features == ()

"""Feedback sentences: what each verdict tells the trainee, in Spanish and English."""

from __future__ import annotations

import pytest

from annotator import bundled
from annotator.core.feedback import explanation, feedback
from annotator.core.grading import grade
from annotator.core.model import Annotation
from annotator.core.tagset import default_tagset
from annotator.xmlio.readers import read_exercise


@pytest.fixture(scope="module")
def exercise():
    return read_exercise(bundled.first_exercise()).document


def marked(text: str, span_id: str, category: str, quote: str, before: int = 0, after: int = 0):
    start = text.index(quote) - before
    end = text.index(quote) + len(quote) + after
    return Annotation(id=span_id, category=category, start=start, end=end, quote=text[start:end])


@pytest.fixture(scope="module")
def result(exercise):
    text = exercise.article.text
    marks = [
        marked(text, "a1", "framing", "Alianza geopolítica en desarrollo"),          # k1 found
        marked(text, "a2", "claim", "sostuvo este martes una conversación"),       # k3 narrow
        marked(text, "a3", "attribution", "Según la Presidencia rusa, Putin"),     # k7 wide
        marked(text, "a5", "claim", "Celebración compartida"),                     # k13 wrong cat.
        marked(text, "a6", "claim", "Kim Jong-un"),                                # extra
        marked(text, "a7", "framing", "valorar altamente"),                        # k22 optional
        marked(text, "a8", "attribution", "indicó el Kremlin", before=len('japonés", ')),  # k11
        marked(text, "a9", "framing", "contra los militaristas"),  # k15 shifted
    ]
    return grade(exercise.key, marks, categories=exercise.tagset.ids())


def by_key(items):
    return {i.key: i for i in items if i.key}


def test_items_come_misses_first_then_partial_and_wrong_then_extras_then_found(result, exercise):
    """Ensure the reading order of scoring.md §4, and text order within each group."""
    items = feedback(result, "es", exercise.tagset)
    groups = {"missed": 0, "partial": 1, "wrong-category": 1, "extra": 2, "found": 3,
              "optional": 3}
    ranks = [groups[i.verdict] for i in items]
    assert ranks == sorted(ranks)
    for group in set(ranks):
        starts = [i.start for i, r in zip(items, ranks, strict=True) if r == group]
        assert starts == sorted(starts)
    assert items[0].verdict == "missed"
    # One item per key span (32, optional ones included) and one per extra.
    assert len(items) == 32 + 1


def test_found_and_missed_speak_both_languages(result, exercise):
    es = by_key(feedback(result, "es", exercise.tagset))
    en = by_key(feedback(result, "en", exercise.tagset))
    assert es["k1"].sentence.startswith("Bien") and "Encuadre" in es["k1"].sentence
    assert en["k1"].sentence.startswith("Well done") and "Framing" in en["k1"].sentence
    assert es["k2"].verdict == "missed" and "No marcaste" in es["k2"].sentence
    assert en["k2"].sentence == "You did not mark this passage; the expert marked it as Framing."


def test_partial_says_too_narrow_too_wide_or_shifted_by_which_words(result, exercise):
    """Ensure a partial span names the words it leaves out or adds."""
    en = by_key(feedback(result, "en", exercise.tagset))
    es = by_key(feedback(result, "es", exercise.tagset))
    assert "too narrow: it leaves out «telefónica»" in en["k3"].sentence
    assert "demasiado estrecha: deja fuera «telefónica»" in es["k3"].sentence
    assert "too wide: it also includes «Putin»" in en["k7"].sentence
    assert "incluye además «Putin»" in es["k7"].sentence
    # Quotes and commas at the edge of a piece are not words the trainee added.
    assert "too wide: it also includes «japonés»." in en["k11"].sentence
    assert "is shifted: it leaves out «nipones» and includes «contra»." in en["k15"].sentence
    assert "está desplazada: deja fuera «nipones» e incluye «contra»." in es["k15"].sentence
    assert "You cover 77% of the expert's span." in en["k3"].sentence


def test_wrong_category_names_both_categories_in_the_language(result, exercise):
    en = by_key(feedback(result, "en", exercise.tagset))
    es = by_key(feedback(result, "es", exercise.tagset))
    assert en["k13"].verdict == "wrong-category" and en["k13"].annotation == "a5"
    assert en["k13"].sentence == "Right passage; the expert called it Framing, not Claim."
    assert es["k13"].sentence == (
        "Pasaje correcto; el experto lo clasificó como Encuadre, no como Afirmación."
    )


def test_extra_says_the_expert_did_not_mark_it_not_that_it_is_wrong(result, exercise):
    items = [i for i in feedback(result, "en", exercise.tagset) if i.verdict == "extra"]
    assert [i.annotation for i in items] == ["a6"]
    extra = items[0]
    assert extra.key is None and extra.quote == "Kim Jong-un" and extra.explanation == ""
    assert "did not mark" in extra.sentence and "wrong:" in extra.sentence
    es = [i for i in feedback(result, "es", exercise.tagset) if i.verdict == "extra"][0]
    assert es.sentence.startswith("El experto no marcó este pasaje como Afirmación")


def test_optional_spans_appear_marked_or_not(result, exercise):
    en = by_key(feedback(result, "en", exercise.tagset))
    assert en["k22"].verdict == "optional" and en["k22"].annotation == "a7"
    assert en["k22"].sentence.startswith("Optional passage: the expert accepts it")
    assert en["k20"].annotation is None and "did not mark it" in en["k20"].sentence


def test_every_item_carries_the_key_span_explanation_in_the_language(result, exercise):
    es = by_key(feedback(result, "es", exercise.tagset))
    en = by_key(feedback(result, "en", exercise.tagset))
    for span in exercise.key:
        assert es[span.id].explanation == span.explanations["es"]
        assert en[span.id].explanation == span.explanations["en"]
        assert es[span.id].quote and es[span.id].end > es[span.id].start


def test_explanations_fall_back_to_the_other_language():
    assert explanation({"es": "solo español"}, "en") == "solo español"
    assert explanation({"en": "English only"}, "es") == "English only"
    assert explanation({"fr": "seulement"}, "es") == "seulement"
    assert explanation({}, "es") == ""


def test_without_a_tagset_categories_are_named_by_id_and_other_languages_get_english():
    from annotator.core.model import KeySpan

    text = "uno dos tres"
    keys = [KeySpan(id="k1", category="claim", start=0, end=7, quote="uno dos")]
    marks = [Annotation(id="a1", category="opinion", start=0, end=7, quote="uno dos")]
    items = feedback(grade(keys, marks), "fr")
    assert items[0].sentence == "Right passage; the expert called it claim, not opinion."
    labelled = feedback(grade(keys, marks), "es", default_tagset())
    assert "como Afirmación, no como opinion" in labelled[0].sentence
    assert text  # the quotes alone carried everything


def test_an_orphaned_span_is_an_extra_that_says_why():
    from annotator.core.model import KeySpan

    keys = [KeySpan(id="k1", category="claim", start=0, end=3, quote="uno")]
    lost = Annotation(id="a1", category="claim", start=0, end=3, quote="una", orphaned=True)
    items = feedback(grade(keys, [lost]), "en")
    assert [i.verdict for i in items] == ["missed", "extra"]
    assert "no longer matches the article" in items[1].sentence


def test_long_pieces_are_shortened_in_the_middle():
    from annotator.core.model import KeySpan

    text = "corto " + "palabra " * 20 + "fin"
    keys = [KeySpan(id="k1", category="claim", start=0, end=5, quote="corto")]
    wide = Annotation(id="a1", category="claim", start=0, end=len(text), quote=text)
    sentence = feedback(grade(keys, [wide]), "en")[0].sentence
    piece = sentence[sentence.index("«") + 1 : sentence.index("»")]
    assert "…" in piece and len(piece) <= 60 and piece.endswith("fin")

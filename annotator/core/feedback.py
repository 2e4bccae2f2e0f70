"""Feedback a trainee can learn from: one sentence per verdict, in Spanish or English.

scoring.md §4: misses first, then partial and wrong-category spans, then
extras, then found and optional spans; within a group, in text order. A
partial span says by which words it is too wide, too narrow or shifted; a
wrong category names both categories; an extra says the expert did not mark
the passage (which is not the same as wrong). Every item carries the
expert's explanation, so a panel or a report can show it beside the sentence.

Works from the grade alone (no article): the words that differ are cut from
the two quotes, which cover the text at their trimmed offsets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from annotator.core.feature_feedback import feature_sentences
from annotator.core.grading import GradeResult, Placed
from annotator.core.model import Tagset
from annotator.core.spans import is_trimmable

LANGUAGES = ("es", "en")
MAX_PIECE = 60  # characters of a quoted piece before it is shortened in the middle


@dataclass(frozen=True)
class FeedbackItem:
    """One line of feedback: what it is about, where, the sentence and the expert's why.

    ``quote``, ``start`` and ``end`` are the expert span's (trimmed) for
    every verdict but ``extra``, where they are the trainee's.
    """

    verdict: str
    key: str | None
    annotation: str | None
    category: str
    quote: str
    start: int
    end: int
    sentence: str
    explanation: str
    features: tuple[str, ...] = ()  # scoring.md §10, also at the end of ``sentence``


_GROUP = {
    "missed": 0,
    "partial": 1,
    "wrong-category": 1,
    "extra": 2,
    "found": 3,
    "optional": 3,
    "excused": 3,
    "accepted": 3,
}

_SENTENCES = {
    "es": {
        "found": "Bien: marcaste este pasaje como {cat}, igual que el experto.",
        "partial": "Pasaje y categoría ({cat}) correctos, pero tu selección {detail}. "
        "Cubres el {percent} % del pasaje del experto.",
        "wrong-category": "Pasaje correcto; el experto lo clasificó como {cat}, no como {yours}.",
        "wrong-category-edges": " Además, tu selección {detail}.",
        "missed": "No marcaste este pasaje; el experto lo marcó como {cat}.",
        "extra": "El experto no marcó este pasaje como {cat}. Eso no lo hace incorrecto: "
        "tu instructor puede aceptarlo.",
        "extra-orphaned": "Este pasaje ya no coincide con el texto del artículo, "
        "así que cuenta como extra.",
        "optional-marked": "Pasaje opcional: el experto lo acepta como {cat}; "
        "marcarlo no suma ni resta.",
        "optional": "Pasaje opcional ({cat}): no lo marcaste, y eso no resta.",
        "found-alternative": "Bien: marcaste este pasaje como {cat}; el experto también "
        "acepta esta extensión.",
        "partial-alternative": " Lo comparamos con otra extensión que el experto también "
        "acepta: {extent}.",
        "excused": "Tu instructor te dispensa de este pasaje ({cat}): no marcarlo no resta.",
        "accepted": "El experto no marcó este pasaje, pero tu instructor acepta tu "
        "subrayado ({cat}): no resta.",
        "credited": " Tu instructor lo cuenta como acierto completo.",
        "comment": " Comentario de {by}: {comment}",
        "wide": "es demasiado amplia: incluye además {extra}",
        "narrow": "es demasiado estrecha: deja fuera {missing}",
        "shifted": "está desplazada: deja fuera {missing} e incluye {extra}",
        "and": " y ",
    },
    "en": {
        "found": "Well done: you marked this passage as {cat}, as the expert did.",
        "partial": "Right passage and category ({cat}), but your span {detail}. "
        "You cover {percent}% of the expert's span.",
        "wrong-category": "Right passage; the expert called it {cat}, not {yours}.",
        "wrong-category-edges": " Also, your span {detail}.",
        "missed": "You did not mark this passage; the expert marked it as {cat}.",
        "extra": "The expert did not mark this passage as {cat}. That does not make it "
        "wrong: your instructor may accept it.",
        "extra-orphaned": "This span no longer matches the article's text, "
        "so it counts as extra.",
        "optional-marked": "Optional passage: the expert accepts it as {cat}; "
        "marking it neither adds to nor takes from your score.",
        "optional": "Optional passage ({cat}): you did not mark it, and that costs nothing.",
        "found-alternative": "Well done: you marked this passage as {cat}; the expert also "
        "accepts this extent.",
        "partial-alternative": " It is compared with another extent the expert also "
        "accepts: {extent}.",
        "excused": "Your instructor excused this passage ({cat}): not marking it costs nothing.",
        "accepted": "The expert did not mark this passage, but your instructor accepts your "
        "span ({cat}): it costs nothing.",
        "credited": " Your instructor counts it as fully right.",
        "comment": " Comment from {by}: {comment}",
        "wide": "is too wide: it also includes {extra}",
        "narrow": "is too narrow: it leaves out {missing}",
        "shifted": "is shifted: it leaves out {missing} and includes {extra}",
        "and": " and ",
    },
}


# The same verdicts told to the instructor about a trainee ({name}), for the class
# window: "Ana did not mark this passage", never "You did not mark".
_ABOUT = {
    "es": {
        "found": "{name} marcó este pasaje como {cat}, igual que el experto.",
        "partial": "Pasaje y categoría ({cat}) correctos, pero la selección de {name} "
        "{detail}. Cubre el {percent} % del pasaje del experto.",
        "wrong-category-edges": " Además, la selección de {name} {detail}.",
        "missed": "{name} no marcó este pasaje; el experto lo marcó como {cat}.",
        "extra": "El experto no marcó este pasaje como {cat}. Eso no lo hace incorrecto: "
        "puedes aceptarlo.",
        "optional-marked": "Pasaje opcional: el experto lo acepta como {cat}; "
        "marcarlo no suma ni resta.",
        "optional": "Pasaje opcional ({cat}): {name} no lo marcó, y eso no resta.",
        "found-alternative": "{name} marcó este pasaje como {cat}; el experto también acepta "
        "esta extensión.",
        "excused": "Pasaje dispensado ({cat}): a {name} no le resta no haberlo marcado.",
        "accepted": "El experto no marcó este pasaje, pero el subrayado de {name} ({cat}) está "
        "aceptado: no resta.",
        "credited": " Cuenta como acierto completo.",
    },
    "en": {
        "found": "{name} marked this passage as {cat}, as the expert did.",
        "partial": "Right passage and category ({cat}), but {name}'s span {detail}. "
        "It covers {percent}% of the expert's span.",
        "wrong-category-edges": " Also, {name}'s span {detail}.",
        "missed": "{name} did not mark this passage; the expert marked it as {cat}.",
        "extra": "The expert did not mark this passage as {cat}. That does not make it "
        "wrong: you may accept it.",
        "optional-marked": "Optional passage: the expert accepts it as {cat}; "
        "marking it neither adds to nor takes from the score.",
        "optional": "Optional passage ({cat}): {name} did not mark it, and that costs nothing.",
        "found-alternative": "{name} marked this passage as {cat}; the expert also accepts "
        "this extent.",
        "excused": "Passage excused ({cat}): not marking it costs {name} nothing.",
        "accepted": "The expert did not mark this passage, but {name}'s span ({cat}) is "
        "accepted: it costs nothing.",
        "credited": " Counted as fully right.",
    },
}


def feedback(
    result: GradeResult, language: str = "es", tagset: Tagset | None = None,
    about: str | None = None,
) -> list[FeedbackItem]:
    """Feedback items for a grade, in the order a trainee should read them.

    ``tagset`` gives the category labels in ``language``; without it (a key
    file has no tagset) categories are named by their ids. Sentences exist in
    Spanish and English (any other language gets English); explanations fall
    back to the other language, then to any, when one is missing. ``about``
    (a trainee's name) tells the verdicts to the instructor, about that
    trainee, instead of to the trainee.
    """
    words = dict(_SENTENCES.get(language, _SENTENCES["en"]))
    if about is not None:
        told = _ABOUT.get(language, _ABOUT["en"])
        words.update({k: v.replace("{name}", about.replace("{", "{{").replace("}", "}}"))
                      for k, v in told.items()})

    def label(category: str) -> str:
        found = tagset.get(category) if tagset is not None else None
        return found.label(language) if found is not None else category

    comments = _comments(result, words)
    items: list[FeedbackItem] = []
    for o in result.key_outcomes:
        key, mark = o.key, o.annotation
        matched = o.matched or key  # §8: measured against the extent the trainee chose
        if o.verdict == "found":
            wording = "found-alternative" if o.extent else "found"
            sentence = words[wording].format(cat=label(key.category))
        elif o.verdict == "partial":
            sentence = words["partial"].format(
                cat=label(key.category),
                detail=_edges(matched, mark, words),
                percent=f"{100 * o.overlap:.0f}",
            )
            if o.extent:
                sentence += words["partial-alternative"].format(
                    extent=_guillemets(_strip(matched.quote)))
        elif o.verdict == "excused":
            sentence = words["excused"].format(cat=label(key.category))
        elif o.verdict == "wrong-category":
            sentence = words["wrong-category"].format(
                cat=label(key.category), yours=label(mark.category)
            )
            if (mark.start, mark.end) != (matched.start, matched.end):
                sentence += words["wrong-category-edges"].format(
                    detail=_edges(matched, mark, words))
        elif o.verdict == "optional":
            wording = "optional-marked" if mark is not None else "optional"
            sentence = words[wording].format(cat=label(key.category))
        else:
            sentence = words["missed"].format(cat=label(key.category))
        judged = ()
        if o.verdict in ("found", "partial"):
            judged = tuple(feature_sentences(
                o.feature_verdicts, tagset, language, mark.source if mark else None))
            sentence = " ".join((sentence, *judged))
        if o.credited:
            sentence += words["credited"]
        sentence += comments.get(("key", key.id), "")
        if mark is not None and o.verdict != "optional":
            sentence += comments.get(("annotation", mark.id), "")
        items.append(
            FeedbackItem(
                verdict=o.verdict,
                key=key.id,
                annotation=mark.id if mark else None,
                category=key.category,
                quote=key.quote,
                start=key.start,
                end=key.end,
                sentence=sentence,
                explanation=explanation(o.span.explanations, language),
                features=judged,
            )
        )
    for o in result.annotation_outcomes:
        if o.verdict not in ("extra", "accepted") or o.duplicate_of is not None:
            continue  # the others are told through their key span, or are repeats
        span = o.annotation
        wording = "extra-orphaned" if span.orphaned else o.verdict
        items.append(
            FeedbackItem(
                verdict=o.verdict,
                key=None,
                annotation=span.id,
                category=span.category,
                quote=span.quote,
                start=span.start,
                end=span.end,
                sentence=words[wording].format(cat=label(span.category))
                + comments.get(("annotation", span.id), ""),
                explanation="",
            )
        )
    items.sort(key=lambda i: (_GROUP[i.verdict], i.start, i.end, i.key or "", i.annotation or ""))
    return items


def explanation(explanations: Mapping[str, str], language: str) -> str:
    """The explanation in ``language``, else in the other course language, else any."""
    if explanations.get(language):
        return explanations[language]
    for other in LANGUAGES:
        if explanations.get(other):
            return explanations[other]
    return next((text for text in explanations.values() if text), "")


def _comments(result: GradeResult, words: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """§9: each decision's comment, shown with the verdict of its target (key item first)."""
    said: dict[tuple[str, str], str] = {}
    for decision in result.decisions:
        if not decision.comment:
            continue
        target = ("key", decision.key) if decision.key else ("annotation", decision.annotation)
        if target[1] is None:
            continue  # a comment on the whole submission: shown apart, not on one verdict
        said[target] = said.get(target, "") + words["comment"].format(
            by=" ".join(decision.by.split()), comment=" ".join(decision.comment.split()))
    return said


def _edges(key: Placed, mark: Placed, words: Mapping[str, str]) -> str:
    """Too wide, too narrow or shifted, with the words that make the difference."""
    missing = _pieces(key, mark.start, mark.end)
    extra = _pieces(mark, key.start, key.end)
    joiner = words["and"]
    quoted = {"missing": joiner.join(missing), "extra": joiner.join(extra)}
    if missing and extra:
        return words["shifted"].format(**quoted)
    if extra:
        return words["wide"].format(**quoted)
    return words["narrow"].format(**quoted)


def _pieces(span: Placed, other_start: int, other_end: int) -> list[str]:
    """The stretches of ``span`` that fall outside [other_start, other_end), quoted.

    Cut from the span's own quote, which is the text at its offsets.
    """
    stretches = []
    if other_start > span.start:
        stretches.append(span.quote[: min(other_start, span.end) - span.start])
    if other_end < span.end:
        stretches.append(span.quote[max(other_end, span.start) - span.start :])
    return [_guillemets(s) for s in (_strip(s) for s in stretches) if s]


def _strip(text: str) -> str:
    start, end = 0, len(text)
    while start < end and is_trimmable(text[start]):
        start += 1
    while end > start and is_trimmable(text[end - 1]):
        end -= 1
    return text[start:end]


def _guillemets(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_PIECE:
        half = (MAX_PIECE - 1) // 2
        text = f"{text[:half]}…{text[-half:]}"
    return f"«{text}»"

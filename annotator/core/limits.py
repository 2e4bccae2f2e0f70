"""The format's limits, in one place, and the first one a document breaks, in plain words.

formats.md's schema caps every short text (a quote, a note, a name, a
title, a label, an explanation) at 10,000 characters, a free-text answer
(scoring.md §10) at 2,000, and every id at 128,
and the safe reader refuses a file over 16 MB or with more than 200,000
tags. A document over a limit cannot be saved, and one saved past the
reader's caps could not be opened again. The windows enforce these limits
where the user types; before writing, the writer asks :func:`over_limit` so
that a save that still breaks one says which highlight or field and which
limit, never a schema message.

Lengths are counted in code points, as the schema counts characters (a Qt
widget counts UTF-16 units, so an emoji counts twice there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.messages import Message, catalog

if TYPE_CHECKING:  # the models load with the first document, not with the window
    from annotator.core.model import Exercise, KeyFile, KeySpan, Submission

MAX_FEATURE_TEXT = 2000  # characters of a free-text answer (scoring.md §10)
TEXT_MAX = 10_000  # xs:maxLength of ShortText: quotes, notes, names, titles, labels, texts
ID_MAX = 128  # xs:maxLength of Id
FILE_MAX_BYTES = 16 * 1024 * 1024  # the safe reader refuses a larger file
TAGS_MAX = 200_000  # and one with more '<' characters than this
NEAR = 0.9  # a counter shows from this share of a limit on

LIMIT = catalog(__name__, {
    "highlight": ("highlight {number} (“{start}…”)", "subrayado {number} («{start}…»)"),
    "expert_span": ("expert span {id} (“{start}…”)", "pasaje de la clave {id} («{start}…»)"),
    "quote_long": (
        "{where} covers {count} characters; a highlight can cover at most {limit}. "
        "Mark a shorter passage.",
        "el {where} abarca {count} caracteres; un subrayado puede abarcar como mucho {limit}. "
        "Marca un fragmento más corto."),
    "note_long": (
        "the note of {where} has {count} characters; a note can have at most {limit}. "
        "Shorten the note.",
        "la nota del {where} tiene {count} caracteres; una nota puede tener como mucho {limit}. "
        "Acorta la nota."),
    "answer_long": (
        "the answer to “{feature}” of {where} has {count} characters; an answer can have at "
        "most {limit}. Shorten the answer.",
        "la respuesta a «{feature}» del {where} tiene {count} caracteres; una respuesta puede "
        "tener como mucho {limit}. Acorta la respuesta."),
    "explanation_long": (
        "the explanation of {where} has {count} characters; it can have at most {limit}.",
        "la explicación del {where} tiene {count} caracteres; puede tener como mucho {limit}."),
    "field_long": (
        "{field} has {count} characters; it can have at most {limit}.",
        "{field} tiene {count} caracteres; puede tener como mucho {limit}."),
    "trainee_name": ("the trainee's name", "el nombre del estudiante"),
    "trainee_id": ("the trainee's id", "el identificador del estudiante"),
    "title": ("the title", "el título"),
    "instructions": ("the instructions", "las instrucciones"),
    "publisher": ("the publisher", "el medio"),
    "url": ("the web address", "la dirección web"),
    "published": ("the date published", "la fecha de publicación"),
    "label": ("the name of category {id}", "el nombre de la categoría {id}"),
    "description": ("the description of category {id}", "la descripción de la categoría {id}"),
    "file_large": (
        "the file would be {size} MB, more than the {limit} MB a file can have, and could "
        "not be opened again. Split the work into smaller files.",
        "el archivo ocuparía {size} MB, más de los {limit} MB que puede tener, y no se podría "
        "volver a abrir. Divide el trabajo en archivos más pequeños."),
    "file_tags": (
        "the file would have {count} XML tags, more than the {limit} a file can have, and could "
        "not be opened again. Split the work into smaller files.",
        "el archivo tendría {count} etiquetas XML, más de las {limit} que puede tener, y no se "
        "podría volver a abrir. Divide el trabajo en archivos más pequeños."),
})


def length(text: str | None) -> int:
    """Characters as the format counts them (code points)."""
    return len(text or "")


def _start(text: str) -> str:
    words = " ".join(text.split())
    return words[:30].rstrip()


def _text(field: Message, text: str | None) -> Message | None:
    if length(text) > TEXT_MAX:
        return LIMIT("field_long", field=field, count=length(text), limit=TEXT_MAX)
    return None


def _span(where: Message, span, note: bool) -> Message | None:
    if length(span.quote) > TEXT_MAX:
        return LIMIT("quote_long", where=where, count=length(span.quote), limit=TEXT_MAX)
    if note and length(span.note) > TEXT_MAX:
        return LIMIT("note_long", where=where, count=length(span.note), limit=TEXT_MAX)
    for feature, answer in getattr(span, "features", {}).items():  # a trainee's answers
        if length(answer) > MAX_FEATURE_TEXT:
            return LIMIT("answer_long", feature=feature, where=where, count=length(answer),
                         limit=MAX_FEATURE_TEXT)
    for text in getattr(span, "explanations", {}).values():
        if length(text) > TEXT_MAX:
            return LIMIT("explanation_long", where=where, count=length(text), limit=TEXT_MAX)
    return None


def _key_spans(spans: list[KeySpan] | None) -> Message | None:
    for span in spans or []:
        where = LIMIT("expert_span", id=span.id, start=_start(span.quote))
        problem = _span(where, span, note=False)
        if problem:
            return problem
        for alternative in span.alternatives:  # scoring.md §8: each extent has a quote too
            if length(alternative.quote) > TEXT_MAX:
                return LIMIT("quote_long", where=where, count=length(alternative.quote),
                             limit=TEXT_MAX)
    return None


def over_limit(document: Exercise | KeyFile | Submission) -> Message | None:
    """The first length limit ``document`` breaks, naming the highlight or field; else None.

    Highlights are numbered as the trainee's list shows them (in text order, from 1).
    """
    from annotator.core.model import Exercise, KeyFile, Submission

    if isinstance(document, Submission):
        trainee = document.trainee
        if trainee is not None:
            problem = (_text(LIMIT("trainee_name"), trainee.name)
                       or _text(LIMIT("trainee_id"), trainee.id))
            if problem:
                return problem
        ordered = sorted(document.annotations, key=lambda a: (a.start, a.end, a.id))
        for number, annotation in enumerate(ordered, start=1):
            where = LIMIT("highlight", number=number, start=_start(annotation.quote))
            problem = _span(where, annotation, note=True)
            if problem:
                return problem
        return None
    if isinstance(document, KeyFile):
        return _key_spans(document.spans)
    if not isinstance(document, Exercise):  # a decisions file: its comments are capped where typed
        return None
    source = document.source
    fields = [(LIMIT("title"), document.title), (LIMIT("instructions"), document.instructions)]
    if source is not None:
        fields += [(LIMIT("publisher"), source.publisher), (LIMIT("url"), source.url),
                   (LIMIT("published"), source.published)]
    for category in document.tagset.categories:
        fields += [(LIMIT("label", id=category.id), text) for text in category.labels.values()]
        fields += [(LIMIT("description", id=category.id), text)
                   for text in category.descriptions.values()]
    for field, text in fields:
        problem = _text(field, text)
        if problem:
            return problem
    return _key_spans(document.key)


def too_big(data: bytes) -> Message | None:
    """Whether bytes about to be written pass the reader's caps; the reason if not."""
    if len(data) > FILE_MAX_BYTES:
        megabytes = f"{len(data) / (1024 * 1024):.1f}"
        return LIMIT("file_large", size=megabytes, limit=FILE_MAX_BYTES // (1024 * 1024))
    tags = data.count(b"<")
    if tags > TAGS_MAX:
        return LIMIT("file_tags", count=tags, limit=TAGS_MAX)
    return None


def near_limit(count: int, limit: int = TEXT_MAX) -> bool:
    """Whether a counter should show: from 90 % of the limit on."""
    return count >= NEAR * limit

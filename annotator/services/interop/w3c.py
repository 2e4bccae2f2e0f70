"""W3C Web Annotation (JSON-LD): what Hypothesis and other annotation servers exchange.

One ``NAME.jsonld`` holds an ``AnnotationCollection`` with one
``AnnotationPage``. Each span is an ``Annotation`` whose bodies are the
category (purpose ``tagging``), the note or explanation (``commenting``),
each answer to a category's question as ``feature=value`` (``classifying``
for a choice, ``describing`` for free text such as where the trainee
checked; a key span gives one per accepted answer) and, for a graded file,
the verdict (``assessing``); its target names the
article's text by its SHA-256 and selects the passage twice: by quote with
32 code points of context either side, and by position. The model counts
positions in code points, like our files, so offsets pass through as they are.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote as iri_quote

from annotator.services.interop.document import ExportDocument, ExportSpan
from annotator.services.interop.foreign import ForeignKey, ForeignSpan, read_text_file
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.xmlio.errors import FormatError, library_message

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32  # of prefix and suffix, in code points
SUFFIX = ".jsonld"


def _iri(*parts: str) -> str:
    return "urn:x-annotator:" + ":".join(iri_quote(part, safe="") for part in parts)


def text_iri(document: ExportDocument) -> str:
    """The article's text as a resource: the same text always has the same name."""
    return _iri("text", "sha256", document.text_sha256)


def _collection_iri(document: ExportDocument) -> str:
    return _iri(document.exercise_id, document.kind, document.name)


def annotation(document: ExportDocument, span: ExportSpan) -> dict:
    """One span as a W3C ``Annotation``."""
    bodies = [{"type": "TextualBody", "purpose": "tagging", "value": span.category}]
    if span.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": span.note,
                       "language": document.language, "format": "text/plain"})
    for feature, value in span.features:
        purpose = "classifying" if document.is_choice(feature) else "describing"
        bodies.append({"type": "TextualBody", "purpose": purpose, "value": f"{feature}={value}"})
    if span.verdict:
        bodies.append({"type": "TextualBody", "purpose": "assessing", "value": span.verdict})
    text = document.text
    item = {
        "@context": CONTEXT,
        "id": f"{_collection_iri(document)}:{iri_quote(span.id, safe='')}",
        "type": "Annotation",
        "motivation": "highlighting",
        "body": bodies,
        "target": {
            "source": text_iri(document),
            "selector": [
                _quote_selector(text, span),
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
    }
    if document.creator or document.creator_id:
        creator = {"type": "Person"}
        if document.creator:
            creator["name"] = document.creator
        if document.creator_id:
            creator["nickname"] = document.creator_id
        item["creator"] = creator
    return item


def _quote_selector(text: str, span: ExportSpan) -> dict:
    """The quote and up to 32 code points either side (none at the text's ends)."""
    selector = {"type": "TextQuoteSelector", "exact": span.quote}
    prefix = text[max(0, span.start - CONTEXT_CHARS):span.start]
    suffix = text[span.end:span.end + CONTEXT_CHARS]
    if prefix:
        selector["prefix"] = prefix
    if suffix:
        selector["suffix"] = suffix
    return selector


def collection(document: ExportDocument) -> dict:
    """The whole document as one ``AnnotationCollection`` with its one page."""
    base = _collection_iri(document)
    items = [annotation(document, span) for span in document.spans]
    return {
        "@context": CONTEXT,
        "id": base,
        "type": "AnnotationCollection",
        "label": document.title,
        "total": len(items),
        "first": {
            "id": f"{base}:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def to_bytes(document: ExportDocument) -> bytes:
    return (json.dumps(collection(document), ensure_ascii=False, indent=2) + "\n").encode()


# ------------------------------------------------------------------ reading


def read(path: str | Path) -> ForeignKey:
    """The annotations of a W3C JSON-LD file (a collection, a page, one or a list).

    Also takes the rows of a Hypothesis search result, whose tags stand for
    the category and whose text is the note.
    """
    path = Path(path)
    try:
        document = json.loads(read_text_file(path))
    except RecursionError:
        raise FormatError(path, INTEROP_REASON("too_deep_json")) from None
    except ValueError as exc:
        raise FormatError(path, INTEROP_REASON("not_json", detail=library_message(str(exc))))\
            from None
    items = _annotations(document)
    if items is None:
        raise FormatError(path, INTEROP_REASON("not_annotations"))
    found = ForeignKey(path=path, text=None)
    for number, item in enumerate(items, start=1):
        found.spans.append(_span(item, INTEROP_REASON("where_annotation", number=number)))
    return found


def _types(node: dict) -> set[str]:
    kinds = node.get("type", node.get("@type"))
    values = kinds if isinstance(kinds, list) else [kinds]
    return {v for v in values if isinstance(v, str)}


def _annotations(document: object) -> list[dict] | None:
    """The annotation objects in a document, or ``None`` when it holds none of the model's."""
    if isinstance(document, list):
        if document and all(isinstance(i, dict) and _is_annotation(i) for i in document):
            return document
        return None
    if not isinstance(document, dict):
        return None
    kinds = _types(document)
    if _is_annotation(document):
        return [document]
    if "AnnotationCollection" in kinds:
        first = document.get("first")
        return _annotations(first) if isinstance(first, dict) else None
    if "AnnotationPage" in kinds:
        items = document.get("items")
        if isinstance(items, list) and all(isinstance(i, dict) for i in items):
            return [i for i in items if _is_annotation(i)] if items else []
        return None
    rows = document.get("rows")  # a Hypothesis search result
    if isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows):
        return rows
    return None


def _is_annotation(node: dict) -> bool:
    return "Annotation" in _types(node) or ("target" in node and "tags" in node)


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value]


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _span(item: dict, where) -> ForeignSpan:
    category = note = None
    answers: list[tuple[str, str]] = []
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue
        purposes = {p for p in _as_list(body.get("purpose")) if isinstance(p, str)}
        value = _string(body.get("value"))
        if "tagging" in purposes and category is None:
            category = value
        elif "commenting" in purposes and note is None:
            note = value
        elif "classifying" in purposes and value and "=" in value:
            question, _, answer = value.partition("=")
            answers.append((question.strip(), answer.strip()))
    if category is None:
        tags = item.get("tags")  # Hypothesis
        category = _string(tags[0]) if isinstance(tags, list) and tags else None
    if note is None:
        note = _string(item.get("bodyValue")) or _string(item.get("text")) or None
    start = end = None
    quote = prefix = suffix = None
    for target in _as_list(item.get("target")):
        if not isinstance(target, dict):
            continue
        for selector in _as_list(target.get("selector")):
            if not isinstance(selector, dict):
                continue
            kinds = _types(selector)
            if "TextQuoteSelector" in kinds and quote is None:
                quote = _string(selector.get("exact"))
                prefix, suffix = _string(selector.get("prefix")), _string(selector.get("suffix"))
            elif "TextPositionSelector" in kinds and start is None:
                start, end = _int(selector.get("start")), _int(selector.get("end"))
    return ForeignSpan(where=where, category=category, start=start, end=end, quote=quote,
                       note=note, prefix=prefix, suffix=suffix, answers=tuple(answers))

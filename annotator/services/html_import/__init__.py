"""HTML import: a news page saved from a browser, to an article and its metadata.

Instructors find their articles on the web, and "Save page as" gives them the
story buried in navigation, ads, scripts, share buttons and cookie banners.
This package keeps the story: it drops what is never story (scripts, hidden
elements, navigation and footers by their tags and roles, web residue such as
"Expandir imagen"), walks the page into blocks whose kind follows the markup
(h1 headline, figcaption caption, li list item...), and keeps the blocks that
trafilatura's main-content detector recognises as the story, each whole or
not at all, so no sentence ever loses a word (docs/decisions/0007). When the
detector finds nothing, the page's ``<article>``, ``<main>`` or densest block
stands in. Every drop is listed in ``notes`` so the authoring window can show
the instructor what was left out: a silent drop could hide a teaching point.

One module a job, so each can be read and tuned alone: ``reading`` (bytes to
a tree, and why untrusted pages are safe to parse), ``metadata``,
``furniture`` (what is dropped before the walk, and the names of what is left
out), ``detector`` (which words are the story), ``story`` (the headline, and
the fallback container), ``blocks`` (the walk) and ``selection`` (which blocks
stay), over the word lists in ``vocabulary`` and the element questions in
``elements``. Imports run one way, from the jobs down to the word lists; an
import-linter contract keeps it so. This module runs the steps in order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from annotator.core.model import Article, Source
from annotator.services.html_import.blocks import Walker, finish_blocks, mark_lead
from annotator.services.html_import.detector import story_words
from annotator.services.html_import.elements import contains
from annotator.services.html_import.furniture import (
    drop_furniture,
    drop_hidden,
    drop_junk,
    drop_labels,
    drop_notes,
    drop_residue,
    protected_elements,
)
from annotator.services.html_import.metadata import page_language, page_metadata, page_source
from annotator.services.html_import.reading import (
    MAX_PAGE_BYTES,
    MAX_TAGS,
    check_size,
    decode_page,
    parse,
    read_page,
)
from annotator.services.html_import.selection import story_pieces
from annotator.services.html_import.story import article_root, headline_element
from annotator.services.import_reasons import IMPORT_REASON
from annotator.services.importer import ImportProblem

__all__ = [
    "MAX_PAGE_BYTES",
    "MAX_TAGS",
    "HtmlImport",
    "decode_page",
    "import_html",
    "read_page",
]


@dataclass
class HtmlImport:
    """What a page gave: the article, a title for the exercise, and what was left out."""

    article: Article
    title: str
    source: Source | None
    language: str | None
    notes: list[str] = field(default_factory=list)


def import_html(data: bytes, limit: int = MAX_PAGE_BYTES) -> HtmlImport:
    """Extract the article and its metadata from the bytes of a saved page."""
    check_size(data, limit)
    text, notes = decode_page(data)
    document = parse(text)
    meta = page_metadata(document)
    language = page_language(document, meta, notes)
    dropped: Counter[str] = Counter()
    examples: dict[str, str] = {}
    drop_junk(document, dropped)
    body = document.find("body")
    if body is None:
        body = document
    drop_hidden(body, set(), dropped, examples)
    headline = headline_element(body, meta)
    protected = protected_elements(body, headline)
    drop_hidden(body, protected, dropped, examples, aria=True)
    drop_furniture(body, protected, dropped, examples)
    drop_residue(body, dropped, examples)
    drop_labels(body, dropped, examples)
    pieces = None
    story = story_words(document)
    if story:
        walked, left = Counter(dropped), dict(examples)
        pieces = story_pieces(_walk(body, headline, meta, walked, left), story, body, walked, left)
        if pieces is not None:
            dropped, examples = walked, left
            notes.append(IMPORT_REASON("detected"))
    if pieces is None:
        root, where = article_root(body, headline)
        notes.append(IMPORT_REASON("taken_from", how=where[0], element=where[1]))
        pieces = story_pieces(
            _walk(root, headline, meta, dropped, examples), [], root, dropped, examples
        )
    blocks = finish_blocks(pieces, meta, notes)
    if not blocks:
        raise ImportProblem(IMPORT_REASON("no_article"))
    notes.extend(drop_notes(dropped, examples))
    title = next((b.text for b in blocks if b.kind == "headline"), blocks[0].text)
    return HtmlImport(
        article=Article(blocks=blocks),
        title=title,
        source=page_source(meta, [piece.element for piece in pieces]),
        language=language,
        notes=notes,
    )


def _walk(root, headline, meta, dropped: Counter[str], examples: dict[str, str]) -> list:
    """The pieces of ``root``, after those of the headline's own zone when it lies outside."""
    walker = Walker(headline, dropped, examples)
    if headline is not None and not contains(root, headline):
        zone = headline.getparent()
        walker.walk(headline if zone is None or zone.tag in ("body", "html") else zone)
    walker.walk(root)
    mark_lead(walker.pieces, meta)
    return walker.pieces

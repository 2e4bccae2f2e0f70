"""Walking the story into blocks: each run of inline text is a piece, and the markup gives its kind.

A block's kind (headline, standfirst, caption, credit...) follows the tags and
class words around its text, so an instructor starts from blocks already
sorted. When the body has no headline or standfirst, the page's title and
description stand in, with a note saying so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from annotator.core.model import Block
from annotator.core.text import normalize_block_text, xml_safe
from annotator.services.html_import.elements import (
    class_words,
    inline_text,
    is_block,
    is_residue,
    text_length,
)
from annotator.services.html_import.metadata import page_title
from annotator.services.html_import.vocabulary import (
    BYLINE,
    CAPTION,
    CREDIT,
    DATELINE,
    HEADINGS,
    HTML_SPACE,
    KIND_ORDER,
    KIND_TEXT_LIMIT,
    KIND_WORDS,
    PARENTHESISED_CREDIT,
    PICTURE,
    QUOTE,
    STANDFIRST,
    TEASERS,
)
from annotator.services.import_reasons import IMPORT_REASON


@dataclass
class Piece:
    """A run of inline text, with what the markup around it says and the block that holds it."""

    text: str
    contexts: frozenset[str]
    only: str | None  # what the one inline element holding all the text makes of it
    element: object  # the block element the run is in, for the notes on what was left out
    lead: bool = False  # the standfirst the description metadata points out

    @property
    def kind(self) -> str:
        return "standfirst" if self.lead else piece_kind(self)


class Walker:
    """Walks elements in document order; each run of inline text becomes one piece."""

    def __init__(self, headline, dropped: Counter[str], examples: dict[str, str]) -> None:
        self.headline = headline
        self.pieces: list[Piece] = []
        self.dropped = dropped
        self.examples = examples

    def walk(self, element, contexts: frozenset[str] = frozenset()) -> None:
        here = contexts | _contexts(element)
        if element is self.headline:
            here |= {"h1"}
        elif element.tag == "h1":
            here = (here - {"h1"}) | {"heading"}  # an h1 not chosen as the story's headline
        run: list[tuple[str, str | None]] = [(element.text or "", None)]
        last_was_break = False
        for child in element:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "br":
                if last_was_break:
                    self._flush(run, here, element)  # <br><br>: a new paragraph
                else:
                    run.append(("\n", None))
                last_was_break = True
            elif is_block(child):
                self._flush(run, here, element)
                self.walk(child, here)
                last_was_break = False
            else:
                text = inline_text(child)
                run.append((text, _inline_role(child)))
                last_was_break = last_was_break and not text.strip()
            run.append((child.tail or "", None))
            if (child.tail or "").strip():
                last_was_break = False
        self._flush(run, here, element)

    def _flush(self, run: list[tuple[str, str | None]], contexts: frozenset[str], element) -> None:
        raw = "".join(text for text, _ in run)
        if "pre" not in contexts:
            raw = HTML_SPACE.sub(" ", raw)  # how a browser shows it; <pre> keeps its spacing
        text = normalize_block_text(xml_safe(raw))
        roles = {role for part, role in run if part.strip()}
        run.clear()
        if not text:
            return
        only = roles.pop() if len(roles) == 1 else None
        if is_residue(text) or (only == "link" and text.casefold().startswith(TEASERS)):
            self.dropped["web residue"] += 1
            self.examples.setdefault("web residue", text)
            return
        self.pieces.append(Piece(text, contexts, only, element))


def _inline_role(element) -> str | None:
    """What an inline element makes of a run that holds nothing else.

    A lone ``<time>`` is a dateline, a lone ``<span class="fecha">`` too, a lone
    ``<strong>`` a crosshead, and a lone link may be a "Read more" teaser.
    """
    if element.tag == "time" or next(element.iter("time"), None) is not None:
        return "time"
    kinds = _contexts(element) & {"dateline", "byline", "standfirst", "caption"}
    if kinds:
        return min(kinds, key=KIND_ORDER.index)
    if element.tag in ("strong", "b"):
        return "bold"
    if element.tag == "a":
        return "link"
    return None


def _contexts(element) -> frozenset[str]:
    """What an element says about the kind of the text inside it."""
    tag = element.tag
    found = set()
    if tag == "h1":
        found.add("h1")
    elif tag in HEADINGS:
        found.update(("heading", tag))
    elif tag == "figcaption":
        found.add("caption")
    elif tag == "blockquote":
        found.add("quote")
    elif tag == "li":
        found.add("list-item")
    elif tag == "address":
        found.add("byline")
    elif tag == "pre":
        found.add("pre")
    named = class_words(element)
    words = named & KIND_WORDS
    if words and text_length(element) <= KIND_TEXT_LIMIT:
        if words & CREDIT or (words & BYLINE and named & PICTURE):
            found.add("credit")
        elif words & CAPTION:
            found.add("caption")
        elif words & BYLINE:
            found.add("byline")
        if words & STANDFIRST and not named & PICTURE:
            found.add("standfirst")
        if words & DATELINE:
            found.add("dateline")
        if words & QUOTE:
            found.add("quote")
    return frozenset(found)


def piece_kind(piece: Piece) -> str:
    flag = next((k for k in KIND_ORDER if k in piece.contexts), "paragraph")
    text = piece.text
    if flag in ("paragraph", "dateline") and piece.only == "time":
        return "dateline"
    if flag == "paragraph" and piece.only in KIND_ORDER:
        return piece.only
    if flag in ("paragraph", "caption") and PARENTHESISED_CREDIT.match(text):
        letters = [ch for ch in text if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters):
            return "credit"  # "(FUENTE EXTERNA)", "(AP)": a photo or wire credit
    if (
        flag == "paragraph" and piece.only == "bold" and len(text) <= 120
        and not text.endswith((".", ",", ";", ":"))
    ):
        return "subheading"  # a crosshead typed as a bold paragraph
    return {"h1": "headline", "heading": "subheading"}.get(flag, flag)


def finish_blocks(pieces: list[Piece], meta: dict[str, str], notes: list[str]) -> list[Block]:
    """Blocks for the pieces; the page's title stands in for a headline the body lacks."""
    blocks: list[Block] = []
    for piece in pieces:
        kind = piece.kind
        if kind == "headline" and any(b.kind == "headline" for b in blocks):
            kind = "subheading"
        elif (
            kind == "subheading" and "h2" in piece.contexts
            and [b.kind for b in blocks] == ["headline"] and len(piece.text.split()) >= 6
        ):
            kind = "standfirst"  # a sentence-long h2 right under the h1 is the standfirst
        blocks.append(Block(kind=kind, text=piece.text))
    if blocks and not any(b.kind == "headline" for b in blocks):
        title = page_title(meta)
        if title:
            blocks.insert(0, Block(kind="headline", text=title))
            notes.append(IMPORT_REASON("headline_from_title"))
        else:
            notes.append(IMPORT_REASON("no_headline"))
    return blocks


def mark_lead(pieces: list[Piece], meta: dict[str, str]) -> None:
    """Mark the standfirst the description metadata points out, if the page shows one.

    A standfirst is only ever text the page shows: the description may point
    one out (a block under the headline saying what the description says),
    never supply one. News pages often reuse the first paragraph as their
    description; that paragraph is the story's, so a block the description
    repeats counts only when it sits outside the container of the paragraphs
    after it.
    """
    lead = _shown_lead(pieces, meta)
    if lead is not None:
        lead.lead = True


def _shown_lead(pieces: list[Piece], meta: dict[str, str]) -> Piece | None:
    if any(p.kind == "standfirst" for p in pieces):
        return None
    raw = meta.get("description") or meta.get("og:description") or ""
    description = normalize_block_text(xml_safe(raw)).rstrip("…. ").casefold()
    if len(description) < 40:
        return None
    kinds = [p.kind for p in pieces]
    start = kinds.index("headline") + 1 if "headline" in kinds else 0
    for at in range(start, min(start + 4, len(pieces))):
        piece = pieces[at]
        if piece.kind in ("byline", "dateline", "credit", "caption"):
            continue
        text = piece.text.casefold()
        if piece.kind != "paragraph" or not (
            text.startswith(description[:60]) or description.startswith(text.rstrip("…. "))
        ):
            return None
        following = next((p for p in pieces[at + 1:] if p.kind == "paragraph"), None)
        if following is None or _holder(following) is _holder(piece):
            return None
        return piece
    return None


def _holder(piece: Piece):
    element = piece.element
    return element.getparent() if element.tag == "p" else element

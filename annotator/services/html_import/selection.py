"""Which blocks are the story: the detector's verdict, applied to whole blocks.

The walk gives every run of text on the page as a piece; here the pieces the
main-content detector does not recognise as story are left out, each named
in the notes by what the page called its container ("related articles") or
else as outside the story. The rule works on whole blocks: a paragraph is
kept with every word or left out entirely.

Captions, credits, bylines and datelines are not in the detector's text
(it reads prose); they are kept where they sit among the story's
paragraphs. What stands above the headline (a kicker such as "Movilidad", a
section's name) is not the story either, and is left out with a note.
"""

from __future__ import annotations

from collections import Counter

from annotator.services.html_import.blocks import Piece
from annotator.services.html_import.detector import shares_in_story
from annotator.services.html_import.elements import clean, contains, spaced_text, text_length
from annotator.services.html_import.furniture import furniture_reason

BODY_KINDS = ("paragraph", "subheading", "list-item", "quote")
KEEP_ABOVE_HEADLINE = ("dateline", "byline")  # right above the headline, still the story's
STORY_SHARE = 0.5  # a block is story when most of its words are the detector's, in order


def story_pieces(
    pieces: list[Piece], story: list[str], root, dropped: Counter[str], examples: dict[str, str]
) -> list[Piece] | None:
    """The pieces of ``root`` that belong to the story, by the detector's words if it found any.

    None when the detector found words but no block of ours holds them. With
    no words (the caller has fallen back on the page's own markup,
    ``<article>`` or ``<main>``), a block container named like furniture
    ("share", "related") is left out instead; a ``section``, an ``article``
    and an id made from a heading are never furniture by their names.
    """
    head = next((i for i, p in enumerate(pieces) if p.kind == "headline"), None)
    top = head or 0  # where the story starts: the headline, with a dateline or byline above it
    while top > 0 and pieces[top - 1].kind in KEEP_ABOVE_HEADLINE:
        top -= 1
    if story:
        in_story = _by_detector(pieces, story, head, top)
        if in_story is None:
            return None
    else:
        in_story = _by_names(pieces, root)
    kept = []
    for at, piece in enumerate(pieces):
        above = at < top
        if in_story[at] and not above:
            kept.append(piece)
            continue
        why = "above the headline" if above else (
            furniture_reason(piece.element, root) or "outside the story"
        )
        dropped[why] += 1
        examples.setdefault(why, _example(piece))
    return kept


def _by_detector(pieces: list[Piece], story: list[str], head: int | None, top: int):
    """Story blocks by the detector's words, with the captions and credits among them."""
    shares = shares_in_story([p.text for p in pieces], story)
    found = {
        i for i, p in enumerate(pieces)
        if p.kind in BODY_KINDS and shares[i] >= STORY_SHARE and (head is None or i > head)
    }
    if not found:
        return None
    # Text split by line breaks inside one element is one box of text: the
    # detector keeping part of it vouches for the rest.
    boxes = {id(pieces[i].element) for i in found}
    body = [
        i for i, p in enumerate(pieces)
        if i in found or (p.kind in BODY_KINDS and id(p.element) in boxes and i > top)
    ]
    start = top if head is not None else body[0]
    end = body[-1]
    box = pieces[end].element.getparent()
    while (
        end + 1 < len(pieces) and pieces[end + 1].kind not in BODY_KINDS
        and box is not None and contains(box, pieces[end + 1].element)
    ):
        end += 1  # a caption or credit after the last paragraph, in the same box, is the story's
    chosen = set(body)
    return [
        i == head or i in chosen or (start <= i <= end and p.kind not in BODY_KINDS)
        for i, p in enumerate(pieces)
    ]


def _by_names(pieces: list[Piece], root) -> list[bool]:
    """Without the detector: every block but those in containers named like furniture."""
    most = text_length(root) / 2  # a container named like furniture holding more is layout
    keep = [furniture_reason(p.element, root, sections=False, most=most) is None for p in pieces]
    if not any(k and p.kind in BODY_KINDS for k, p in zip(keep, pieces, strict=True)):
        return [True] * len(pieces)  # names alone never empty a page: better too much
    return keep


def _example(piece: Piece) -> str:
    """The text to show for a piece left out: its whole box, words spaced, when it is alone there.

    Share buttons and menus are runs of links with no space between them
    ("FacebookXWhatsApp"); listed for the instructor they read apart.
    """
    spaced = clean(spaced_text(piece.element))
    return spaced if spaced.replace(" ", "") == piece.text.replace(" ", "") else piece.text

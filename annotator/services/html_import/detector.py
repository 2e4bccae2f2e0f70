"""Which text is the story: trafilatura's main-content detector, asked for its words.

Telling the story from the page around it is the hard part of importing a
page, and trafilatura, maintained and measured on real pages, does it better
than the hand-written rules we had (see docs/decisions). We keep our own walk
of the page (block kinds, captions, credits, drop notes) and ask trafilatura
only which words are the story. A block of ours is then kept whole or dropped
whole, so no word is ever cut from inside a sentence.

trafilatura judges elements partly by their class and id words. Inside
running text those say nothing about the story (``<a class="popup">`` in a
sentence is part of the sentence), and an id made from a heading
(``id="how-cookies-are-made"``) is the heading's words, not a cookie banner.
So it reads a copy of the page with those names taken off.
"""

from __future__ import annotations

import copy
import difflib
import re

import lxml.html

from annotator.services.html_import.elements import is_block, is_heading_id

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Word tokens as both sides are compared: case-folded runs of letters and digits."""
    return _WORD.findall(text.casefold())


def story_words(document: lxml.html.HtmlElement) -> list[str]:
    """The words of the story as trafilatura finds it in the page; empty if it finds none.

    ``document`` is the page already read safely and cleared of scripts,
    hidden elements and navigation; trafilatura reads a copy and fetches
    nothing.
    """
    page = copy.deepcopy(document)
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        if not is_block(element) or element.tag == "section":
            element.attrib.pop("class", None)
            element.attrib.pop("id", None)
        elif is_heading_id(element):
            element.attrib.pop("id", None)
    try:
        import trafilatura  # on first use: only an HTML import needs it

        text = trafilatura.extract(
            page, include_comments=False, include_tables=True, deduplicate=False,
        )
    except Exception:  # a broken or missing detector must not stop an import: our walk stands
        return []
    return words(text or "")


def shares_in_story(texts: list[str], story: list[str]) -> list[float]:
    """For each text, the share of its words found in the story, aligned in the story's order."""
    bounds, ours = [], []
    for text in texts:
        tokens = words(text)
        bounds.append((len(ours), len(ours) + len(tokens)))
        ours.extend(tokens)
    found = [False] * len(ours)
    matcher = difflib.SequenceMatcher(None, ours, story, autojunk=False)
    for block in matcher.get_matching_blocks():
        found[block.a: block.a + block.size] = [True] * block.size
    return [sum(found[start:end]) / (end - start) if end > start else 0.0 for start, end in bounds]

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
    if len(ours) > ALIGN_LIMIT or len(story) > ALIGN_LIMIT:
        found = _found_in_runs(ours, story)
    else:
        found = _found_in_order(ours, story)
    return [sum(found[start:end]) / (end - start) if end > start else 0.0 for start, end in bounds]


# Aligning in order costs more than linear time on repetitive text; the longest
# page of the benchmark has about 8,000 words a side. Beyond this, a page is
# checked by runs of three words, in linear time, so no page can stall an import.
ALIGN_LIMIT = 16_000


def _found_in_order(ours: list[str], story: list[str]) -> list[bool]:
    """Which of our words the longest matching blocks place in the story, in order."""
    found = [False] * len(ours)
    matcher = difflib.SequenceMatcher(None, ours, story, autojunk=True)
    for block in matcher.get_matching_blocks():
        found[block.a: block.a + block.size] = [True] * block.size
    return found


def _found_in_runs(ours: list[str], story: list[str]) -> list[bool]:
    """Which of our words sit in a run of three that the story has too."""
    runs = {tuple(story[i:i + 3]) for i in range(len(story) - 2)}
    found = [False] * len(ours)
    for i in range(len(ours) - 2):
        if tuple(ours[i:i + 3]) in runs:
            found[i] = found[i + 1] = found[i + 2] = True
    return found

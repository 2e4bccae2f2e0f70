"""Page furniture: scripts, hidden elements, navigation and footers dropped; the rest named.

What a tag or role says is never story (scripts, ``<nav>``, ``role=banner``,
hidden elements, "Leer más" at the end of a line) is dropped before the walk.
Class and id words ("related", "share") drop nothing by themselves; they
name, in the notes, what the detector left out. Every drop is counted, with
an example, so the instructor sees what was left out: a silent drop could
hide a teaching point. The elements that hold the headline and the story
are protected from the furniture and ``aria-hidden`` passes.
"""

from __future__ import annotations

from collections import Counter

import lxml.html

from annotator.services.html_import.elements import (
    class_words,
    clean,
    inline_text,
    is_block,
    is_heading_id,
    is_residue,
    spaced_text,
    text_length,
)
from annotator.services.html_import.vocabulary import (
    FURNITURE_BY_WORD,
    FURNITURE_ROLES,
    FURNITURE_TAGS,
    HIDDEN_CLASSES,
    HIDDEN_STYLE,
    JUNK_TAGS,
    LABEL_SEPARATORS,
)
from annotator.services.import_reasons import DROPPED, IMPORT_REASON


def drop_junk(document: lxml.html.HtmlElement, dropped: Counter[str]) -> None:
    """Drop the ``<head>`` and what is never article text: scripts, styles, embeds, controls."""
    for head in list(document.iter("head")):
        head.drop_tree()  # read for metadata already; its <title> is not article text
    for element in list(document.iter(*JUNK_TAGS)):
        if element.getparent() is not None:
            dropped["scripts, styles, buttons and embedded objects"] += 1
            element.drop_tree()  # a nested one is counted too: the count is for information


def protected_elements(body: lxml.html.HtmlElement, headline) -> set:
    """Elements never dropped: those holding the headline, the main story or ``<main>``."""
    keep = {body}
    articles = sorted(body.iter("article"), key=text_length, reverse=True)
    for element in [headline, *articles[:1], *body.iter("main")]:
        if element is not None:
            keep.add(element)
            keep.update(element.iterancestors())
    return keep


def _sweep(body, verdict, dropped: Counter[str], examples: dict[str, str]) -> None:
    """Drop each element ``verdict`` names a reason for, without visiting what it held."""
    stack = list(reversed(body))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        why = verdict(element)
        if why:
            _drop(element, why, dropped, examples)
        else:
            stack.extend(reversed(element))


def drop_hidden(
    body, protected: set, dropped: Counter[str], examples: dict[str, str], aria: bool = False
) -> None:
    """Drop what a browser does not show, or (``aria``) hides from screen readers.

    The first pass runs before the headline is chosen, so a hidden h1 never
    becomes the headline; only a wrapper of most of the page's text survives it
    (anti-flicker scripts hide the whole page until they run). ``aria-hidden``
    comes second, with the story protected: sites set it on the page wrapper
    while a cookie dialog is open, and the saved page keeps it.
    """
    total = text_length(body)

    def verdict(element) -> str | None:
        if aria:
            hidden = (element.get("aria-hidden") or "").strip().lower() == "true"
            return "hidden elements" if hidden and element not in protected else None
        classes = set((element.get("class") or "").split())
        if (
            element.get("hidden") is not None
            or HIDDEN_STYLE.search(element.get("style") or "")
            or classes & HIDDEN_CLASSES
        ) and text_length(element) <= total / 2:
            return "hidden elements"
        return None

    _sweep(body, verdict, dropped, examples)


def drop_furniture(body, protected: set, dropped: Counter[str], examples: dict[str, str]) -> None:
    """Drop page furniture that says what it is by its tag or ARIA role: nav, footer, banner...

    Only block-level containers go: an inline element inside running text is
    part of its sentence, whatever it calls itself. What holds the headline or
    the story is protected, and a form is furniture only when it holds at most
    half the page's text (ASP.NET wraps whole pages in one). Class and id
    words ("related", "share") decide nothing here: the main-content detector
    judges those parts, and the words only name them in the notes
    (``furniture_reason``).
    """
    total = text_length(body)

    def verdict(element) -> str | None:
        if element in protected or not is_block(element):
            return None
        why = FURNITURE_TAGS.get(element.tag)
        if element.tag == "header" and _inside(element, ("article", "main")):
            why = None  # an article's own header holds its headline and standfirst
        if element.tag == "footer" and _inside(element, ("blockquote", "figure")):
            why = None  # who said the quote, who took the photo: attribution, not furniture
        why = why or FURNITURE_ROLES.get((element.get("role") or "").strip().lower())
        if element.tag == "form" and text_length(element) > total / 2:
            return None
        return why

    _sweep(body, verdict, dropped, examples)


def furniture_reason(
    element, root, sections: bool = True, most: float | None = None
) -> str | None:
    """What the page calls the block container of ``element`` inside ``root`` ("related articles").

    The nearest block container whose class or id has a furniture word names
    it. An ``article`` is the story by its tag, and an id made from a heading
    is the heading's words, so neither names anything; nor does a
    ``section`` unless ``sections`` (naming what the detector left out, not
    deciding it). Containers of ``root`` itself are not asked: a page
    wrapper "has-sidebar" holds everything, and a container holding more
    than ``most`` characters of text is layout, whatever its name.
    """
    skipped = ("article", "main", "body") if sections else ("article", "main", "body", "section")
    for container in (element, *element.iterancestors()):
        if container is root:
            return None
        if container.tag in skipped or not is_block(container):
            continue
        words = class_words(container, with_id=not is_heading_id(container))
        if most is not None and words & FURNITURE_BY_WORD.keys() and text_length(container) > most:
            return None  # a wrapper "has-sidebar" holding most of the story is layout
        why = _furniture_word(words)
        if why:
            return why
    return None


def drop_residue(body, dropped: Counter[str], examples: dict[str, str]) -> None:
    """Drop inline residue at the edge of a text run ("... <a>Leer más</a>").

    A residue word inside a sentence ("la <b>publicidad</b> engañosa") is text;
    whole blocks of residue are dropped by the walker.
    """
    def verdict(element) -> str | None:
        if len(element) > 3 or is_block(element):
            return None
        if is_residue(clean(inline_text(element))) and _at_run_edge(element):
            return "web residue"
        return None

    _sweep(body, verdict, dropped, examples)


def drop_labels(body, dropped: Counter[str], examples: dict[str, str]) -> None:
    """Drop a furniture-named label from a row of labels ("<time>…</time> · <a class=comments>").

    A row of labels is a run of inline elements with nothing but separators
    ("·", "|") between them, or beside a ``<time>``: no sentence, so nothing
    is cut from one (an editor that wraps each phrase of a sentence in a span
    puts only spaces between them). There a comment
    count or a share link named so goes, and the date beside it reads as a
    date. A row of nothing but such labels (a share bar) is left whole, to
    be judged and named as one.
    """
    for parent in list(body.iter()):
        if not isinstance(parent.tag, str) or not is_block(parent):
            continue
        for row, loose in _inline_runs(parent):
            if len(row) < 2 or any(ch.isalnum() for ch in loose):
                continue
            if not (set(loose) & LABEL_SEPARATORS or any(e.tag == "time" for e in row)):
                continue  # spans side by side with only spaces between may be one sentence
            named = [(label, _furniture_word(class_words(label))) for label in row]
            if all(why for _, why in named) or not any(why for _, why in named):
                continue
            for label, why in named:
                if why:
                    _drop(label, why, dropped, examples)
                elif label.tail:
                    label.tail = " "  # a separator ("·", "|") left beside nothing


def _inline_runs(parent):
    """The runs of inline children between block children, each with its loose text."""
    row, loose = [], parent.text or ""
    for child in parent:
        if not isinstance(child.tag, str) or child.tag == "br":
            loose += child.tail or ""
            continue
        if is_block(child):
            yield row, loose
            row, loose = [], child.tail or ""
            continue
        row.append(child)
        loose += child.tail or ""
    yield row, loose


def _furniture_word(words: set[str]) -> str | None:
    """What the first furniture word among class and id ``words`` calls the element, if any."""
    return next((FURNITURE_BY_WORD[w] for w in sorted(words) if w in FURNITURE_BY_WORD), None)


def _at_run_edge(element) -> bool:
    after = element.getnext()
    if not (element.tail or "").strip() and (after is None or is_block(after)):
        return True
    before = element.getprevious()
    text_before = (before.tail if before is not None else element.getparent().text) or ""
    return not text_before.strip() and (before is None or is_block(before))


def _drop(element, why: str, dropped: Counter[str], examples: dict[str, str]) -> None:
    text = clean(spaced_text(element))
    if text:
        dropped[why] += 1
        examples.setdefault(why, text)
    element.drop_tree()  # keeps the tail: text after the element is not the element's


def drop_notes(dropped: Counter[str], examples: dict[str, str]) -> list[str]:
    """One note for each kind of drop, with its count and an example of what went."""
    notes = []
    for why, count in dropped.items():
        example = examples.get(why)
        if example:
            notes.append(IMPORT_REASON(
                "dropped_example", what=DROPPED.get(why, why), count=count,
                example=_quoted(example),
            ))
        else:
            notes.append(IMPORT_REASON("dropped", what=DROPPED.get(why, why), count=count))
    return notes


def _inside(element, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in element.iterancestors())


def _quoted(text: str | None, limit: int = 60) -> str:
    text = text or ""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

"""Finding the story on the page by its markup: the headline, and the container of the story.

The headline is the visible heading that reads like the page's title. The
container (an ``<article>`` with enough of the text, else ``<main>``, else
the densest block) is where the story is taken from only when the detector
finds nothing; the note "taken from ..." then tells the instructor which
rule chose it.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import lxml.html

from annotator.services.html_import.detector import words
from annotator.services.html_import.elements import class_words, clean, contains, text_length
from annotator.services.html_import.furniture import furniture_reason
from annotator.services.html_import.metadata import page_title
from annotator.services.html_import.vocabulary import BLOCK_TAGS, HTML_SPACE, TITLE_SEPARATOR
from annotator.services.import_reasons import IMPORT_REASON


def headline_element(body, meta: dict[str, str]):
    """The page's visible main heading, checked against the page's own title.

    Candidates are the h1s, and the h2s and h3s that read like the page's
    title (og:title or ``<title>`` without the site's name): old blog themes
    keep the h1 for the site's name, magazine pages give one to a section.
    A heading that reads like the title wins over one that does not; an h1
    over a lesser heading; one inside ``<article>``/``<main>`` over one
    outside. Headings in navigation, asides, footers, the site's header or a
    figure (a photo caption) are not candidates, and neither is the site's name.
    """
    title = page_title(meta) or ""
    title_parts = TITLE_SEPARATOR.split(meta.get("title") or "")
    site_names = {
        name.casefold() for name in (
            meta.get("og:site_name"), meta.get("ld:publisher"),
            title_parts[-1] if len(title_parts) > 1 else None,
        ) if name
    }
    best, best_score = None, 0
    for heading in body.iter("h1", "h2", "h3"):
        text = clean(heading.text_content())
        if not text or text.casefold() in site_names:
            continue
        ancestors = list(heading.iterancestors())
        tags = {a.tag for a in ancestors}
        if tags & {"nav", "aside", "footer", "figure", "figcaption"} or any(
            _is_page_header(a) for a in ancestors
        ) or _is_logo(heading, ancestors):
            continue
        matches = reads_like(text, title)
        if heading.tag != "h1" and not matches:
            continue
        score = 1 + (4 if matches else 0) + (2 if heading.tag == "h1" else 0) + (
            1 if tags & {"article", "main"} else 0
        )
        if score > best_score:
            best, best_score = heading, score
    return best


def reads_like(heading: str, title: str) -> bool:
    """Whether a heading says what the page's title says (most words shared, either way)."""
    if not title:
        return False
    heading_words = set(words(heading))
    title_words = set(words(title))
    if len(heading_words) < 2 or not title_words:
        return heading.casefold() == title.casefold()
    shared = len(heading_words & title_words)
    return shared >= 0.8 * min(len(heading_words), len(title_words)) and (
        shared >= 0.5 * max(len(heading_words), len(title_words))
    )


def _is_logo(heading, ancestors) -> bool:
    """A heading that is the site's logo: named so, or a link to the site's home page."""
    if any({"logo", "brand"} & class_words(e) for e in (heading, *ancestors[:2])):
        return True
    if any(class_words(e) >= {"site", "title"} for e in (heading, *ancestors[:2])):
        return True
    links = [a for a in (*ancestors[:2], *heading.iter("a")) if a.tag == "a"]
    return any(_is_home(a.get("href") or "") for a in links)


def _is_home(href: str) -> bool:
    """Whether a link goes to a site's front page ("/", "https://example.com/")."""
    path = urlsplit(href.strip()).path
    return bool(href.strip()) and path in ("", "/") and "?" not in href and "#" not in href


def _is_page_header(element) -> bool:
    """A ``<header>`` with navigation in it is the site's, not the story's."""
    return element.tag == "header" and (
        next(element.iter("nav"), None) is not None
        or any(class_words(e) & {"menu", "nav", "navbar"} for e in element.iter())
    )


def article_root(body, headline) -> tuple[lxml.html.HtmlElement, tuple[str, str]]:
    """The element holding the story, and how it was found (for the notes)."""
    articles = sorted(body.iter("article"), key=text_length, reverse=True)
    main = next(body.iter("main"), None)
    whole = text_length(main if main is not None else body)
    if articles and text_length(articles[0]) >= 0.3 * whole:
        root, how = articles[0], "<article>"
    elif main is not None:
        root, how = main, "<main>"
    else:
        root, how = _densest(body), IMPORT_REASON("densest")
    if headline is not None and not contains(root, headline):
        ancestors = set(headline.iterancestors())
        joint = next((a for a in root.iterancestors() if a in ancestors), None)
        if joint is not None and joint.tag not in ("body", "html"):
            root = joint
    return root, (how, _describe(root))


def _densest(body) -> lxml.html.HtmlElement:
    """The container with most paragraph text, counting half for a grandparent's.

    Text in a container named like furniture ("footer-text", "sidebar")
    does not count: a long footer is not the story.
    """
    scores: Counter = Counter()
    most = text_length(body) / 2
    for paragraph in body.iter("p", "pre", "div", "td"):
        if furniture_reason(paragraph, body, sections=False, most=most):
            continue
        own = HTML_SPACE.sub(" ", (paragraph.text or "") + "".join(
            (c.text_content() if c.tag not in BLOCK_TAGS else "") + (c.tail or "")
            for c in paragraph if isinstance(c.tag, str)
        )).strip()
        if len(own) < 25:
            continue
        parent = paragraph.getparent() if paragraph.tag in ("p", "pre") else paragraph
        if parent is None:
            continue
        scores[parent] += len(own)
        if parent.getparent() is not None and parent is not body:
            scores[parent.getparent()] += len(own) / 2
    return max(scores, key=scores.__getitem__) if scores else body


def _describe(element) -> str:
    described = f"<{element.tag}"
    if element.get("id"):
        described += f" id={element.get('id')[:40]!r}"
    if element.get("class"):
        described += f" class={' '.join(element.get('class').split())[:60]!r}"
    return described + ">"

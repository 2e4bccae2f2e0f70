"""HTML import: a news page saved from a browser, to an article and its metadata.

Instructors find their articles on the web, and "Save page as" gives them the
story buried in navigation, ads, scripts, share buttons and cookie banners.
This module keeps the story: it picks the article container (``<article>``,
else ``<main>``, else the densest block of text), drops page furniture and web
residue ("Expandir imagen", "Leer más"), and turns the rest into blocks whose
kind follows the markup (h1 headline, figcaption caption, li list item...).
Every drop is listed in ``notes`` so the authoring window can show the
instructor what was left out: a silent drop could hide a teaching point.

Pages are untrusted. The bytes are capped, binary data and DOCTYPEs that
declare entities are refused, and libxml2's HTML parser runs with network off
(it never expands declared entities and caps nesting depth itself). Nothing is
fetched and no script runs. We do not use ``lxml.html.clean``: it now lives in
a separate package, and it sanitises markup for display, whereas we only read
text out of the tree and drop whole elements ourselves.
"""

from __future__ import annotations

import codecs
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from lxml import etree

from annotator.core.import_reasons import DROPPED, IMPORT_REASON
from annotator.core.importer import ImportProblem
from annotator.core.messages import os_reason
from annotator.core.model import Article, Block, Source
from annotator.core.text import normalize_block_text, xml_safe

MAX_PAGE_BYTES = 16 * 1024 * 1024
MAX_TAGS = 500_000  # a heavy news page has some 20,000; this bounds the tree's memory

# Invisible or interactive: never article text.
_JUNK_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "canvas", "button", "input", "select", "textarea", "option",
    "datalist", "dialog", "map", "audio", "video", "source", "track",
)
_FURNITURE_TAGS = {
    "nav": "navigation", "aside": "asides (related links, sidebars)", "footer": "footers",
    "form": "forms", "menu": "menus", "header": "page headers",
}
_FURNITURE_ROLES = {
    "navigation": "navigation", "banner": "page headers", "contentinfo": "footers",
    "complementary": "asides (related links, sidebars)", "search": "forms",
    "dialog": "pop-ups", "alertdialog": "pop-ups", "menu": "menus", "menubar": "menus",
}
# Class and id words (split on anything not a letter or digit) that mark furniture.
_FURNITURE_WORDS = {
    "advertisements": "ad adv ads adsbygoogle adslot advert adverts advertisement advertising "
    "anuncio anuncios dfp publicidad sponsor sponsored patrocinado promo outbrain taboola",
    "share buttons": "share sharing sharebar social compartir",
    "comments": "comment comments comentarios disqus",
    "cookie banners": "cookie cookies consent gdpr cmp",
    "related articles": "related relacionadas relacionados recommended recomendados",
    "newsletter and paywall boxes": "newsletter subscribe subscription suscripcion suscribete "
    "paywall",
    "navigation": "breadcrumb breadcrumbs menu navbar nav pagination sidebar widget toolbar skip "
    "masthead topbar",
    "footers": "footer postmetadata",
    "tag lists": "tags etiquetas",
    "pop-ups": "popup modal overlay",
}
_FURNITURE_BY_WORD = {w: why for why, words in _FURNITURE_WORDS.items() for w in words.split()}
_HIDDEN_CLASSES = {
    "hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "is-hidden", "hide",
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Class and id words that give a block its kind.
_STANDFIRST = set(
    "standfirst lead lede summary subtitle subtitulo dek deck sumario entradilla bajada "
    "excerpt intro".split()
)
_BYLINE = set("byline author authors autor autores firma writer".split())
_DATELINE = set("dateline date fecha published pubdate timestamp datetime".split())
_CREDIT = set("credit credits credito creditos source fuente copyright photographer".split())
_CAPTION = set("caption pie piefoto epigrafe leyenda".split())
_QUOTE = set("pullquote blockquote".split())
_PICTURE = set("photo foto image imagen img media video".split())
_KIND_WORDS = _STANDFIRST | _BYLINE | _DATELINE | _CREDIT | _CAPTION | _QUOTE
_KIND_TEXT_LIMIT = 1000  # a class-named standfirst/byline/caption longer than this is a wrapper

# Whole blocks that are buttons and labels left in the text, not article.
_RESIDUE = {
    "expandir imagen", "ampliar imagen", "ampliar", "expand image", "enlarge image", "expand",
    "enlarge", "ver imagen", "view image", "ver galería", "view gallery", "leer más",
    "lee más", "seguir leyendo", "sigue leyendo", "read more", "continue reading",
    "keep reading", "advertisement", "advertising", "publicidad", "anuncio", "ad",
    "sponsored", "patrocinado", "contenido patrocinado", "sponsored content", "compartir",
    "comparte", "share", "share this", "share this article", "tweet", "imprimir", "print",
    "cerrar", "close", "skip ad", "saltar publicidad", "scroll to continue",
    "scroll to continue with content", "view this post on instagram",
    "ver esta publicación en instagram", "escuchar", "escuchar noticia", "listen",
    "listen to this article",
}
# A paragraph that is one link starting so is a teaser for another article.
_TEASERS = (
    "leer más", "lee más", "ver más", "más noticias", "te puede interesar", "también te puede",
    "read more", "more on", "more from", "see more", "see also", "related:", "relacionad",
)
_RESIDUE_EDGES = " \t\u00a0…»«›‹→←↑↓>+|·•-–—:"

_BLOCK_TAGS = set(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_KIND_ORDER = (
    "credit", "caption", "h1", "quote", "list-item", "standfirst", "heading", "byline",
    "dateline",
)
_PARENTHESISED_CREDIT = re.compile(r"^\([^()]{2,60}\)$")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")  # "Story | Site", "Story - Site"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I
)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})")
_ENTITY_DECLARATION = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.I)
_WINDOWS_1252 = {"ascii", "iso8859-1", "latin-1", "cp1252"}  # what browsers read these as


@dataclass
class HtmlImport:
    """What a page gave: the article, a title for the exercise, and what was left out."""

    article: Article
    title: str
    source: Source | None
    language: str | None
    notes: list[str] = field(default_factory=list)


def read_page(path: str | Path, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The bytes of a saved page, refusing special files and anything over ``limit``."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ImportProblem(IMPORT_REASON("not_regular_file"))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportProblem(IMPORT_REASON("cannot_read", system=os_reason(exc))) from None
    _check_size(data, limit)
    return data


def import_html(data: bytes, limit: int = MAX_PAGE_BYTES) -> HtmlImport:
    """Extract the article and its metadata from the bytes of a saved page."""
    _check_size(data, limit)
    text, notes = decode_page(data)
    document = _parse(text)
    meta = _metadata(document)
    language = _language(document, meta, notes)
    dropped: Counter[str] = Counter()
    examples: dict[str, str] = {}
    _drop_junk(document, dropped)
    body = document.find("body")
    if body is None:
        body = document
    _drop_hidden(body, set(), dropped, examples)
    headline = _headline_element(body, meta)
    protected = _protected(body, headline)
    _drop_hidden(body, protected, dropped, examples, aria=True)
    _drop_furniture(body, protected, dropped, examples)
    _drop_residue(body, dropped, examples)
    root, where = _article_root(body, headline)
    notes.append(IMPORT_REASON("taken_from", how=where[0], element=where[1]))
    walker = _Walker(headline, dropped, examples)
    if headline is not None and not _contains(root, headline):
        zone = headline.getparent()
        walker.walk(headline if zone is None or zone.tag in ("body", "html") else zone)
    walker.walk(root)
    blocks = _finish(walker.pieces, meta, notes)
    if not blocks:
        raise ImportProblem(IMPORT_REASON("no_article"))
    notes.extend(_drop_notes(dropped, examples))
    title = next((b.text for b in blocks if b.kind == "headline"), blocks[0].text)
    return HtmlImport(
        article=Article(blocks=blocks),
        title=title,
        source=_source(meta, root),
        language=language,
        notes=notes,
    )


# ------------------------------------------------------------------ bytes to tree


def _check_size(data: bytes, limit: int) -> None:
    if len(data) > limit:
        raise ImportProblem(IMPORT_REASON("page_too_large", megabytes=limit // (1024 * 1024)))


def decode_page(data: bytes) -> tuple[str, list[str]]:
    """Decode a saved page: BOM, then UTF-8 if the bytes are UTF-8, then the declared charset.

    Valid UTF-8 wins over the page's own declaration: servers often send UTF-8
    with a charset header that overrides a stale ``<meta charset>``, and the
    saved file keeps the stale one. Latin-1 and ASCII labels mean windows-1252,
    as in browsers (curly quotes and the euro sign live in 0x80-0x9f).
    """
    if not data.strip():
        raise ImportProblem(IMPORT_REASON("empty_file"))
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _screened(data[len(bom):].decode(codec, errors="replace")), []
    notes = []
    match = _META_CHARSET.search(data[:8192]) or _XML_ENCODING.search(data[:1024])
    declared = match.group(1).decode("ascii").lower() if match else None
    codec = _codec(declared, notes) if declared else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if codec not in (None, "utf-8") and not data.isascii():
            notes.append(IMPORT_REASON("declared_but_utf8", declared=repr(declared)))
        return _screened(text), notes
    if codec in (None, "utf-8"):
        notes.append(IMPORT_REASON("not_utf8_page"))
        codec = "cp1252"
    try:
        return _screened(data.decode(codec)), notes
    except UnicodeDecodeError:
        notes.append(IMPORT_REASON("bytes_replaced", codec=declared or codec))
        return _screened(data.decode(codec, errors="replace")), notes


def _codec(declared: str, notes: list[str]) -> str | None:
    """The Python text codec for a charset label, or None when there is no usable one."""
    try:
        info = codecs.lookup(declared)
        "".encode(info.name)  # "base64", "rot13" and the like are no text encodings
    except LookupError:
        notes.append(IMPORT_REASON("unknown_charset", declared=repr(declared)))
        return None
    if info.name in _WINDOWS_1252:
        return "cp1252"
    if info.name.startswith(("utf-16", "utf-32")) or info.name == "utf-7":
        return "utf-8"  # markup readable as ASCII is not UTF-16; UTF-7 is never honoured
    return info.name


def _screened(text: str) -> str:
    """Refuse what no browser saved: binary data, no markup, entity definitions, tag floods."""
    controls = sum(1 for ch in text[:65536] if ch < " " and ch not in "\t\n\r\f")
    if "\x00" in text or controls > len(text[:65536]) // 100:
        raise ImportProblem(IMPORT_REASON("binary"))
    if "<" not in text:
        raise ImportProblem(IMPORT_REASON("no_markup"))
    if _ENTITY_DECLARATION.search(text):
        raise ImportProblem(IMPORT_REASON("entities"))
    if text.count("<") > MAX_TAGS:
        raise ImportProblem(IMPORT_REASON("too_many_tags", count=MAX_TAGS))
    return text


def _parse(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        huge_tree=False,
    )
    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ImportProblem(
            IMPORT_REASON("unreadable_html", detail=" ".join(str(exc).split())[:120])
        ) from None


# ------------------------------------------------------------------- metadata


def _metadata(document: lxml.html.HtmlElement) -> dict[str, str]:
    """Meta tags, the canonical link and JSON-LD article facts, keyed by lower-case name."""
    meta: dict[str, str] = {}
    for element in document.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        content = _clean(element.get("content") or "")
        if name and content:
            meta.setdefault(name.strip().lower(), content)
        if (element.get("http-equiv") or "").lower() == "content-language" and content:
            meta.setdefault("content-language", content)
    for element in document.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            meta.setdefault("canonical", element.get("href").strip())
    title = document.find(".//title")
    if title is not None and _clean(title.text_content()):
        meta.setdefault("title", _clean(title.text_content()))
    for script in document.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            _json_ld(script.text or "", meta)
    return meta


def _json_ld(raw: str, meta: dict[str, str]) -> None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return
    items = data if isinstance(data, list) else [data]
    items += [g for d in items if isinstance(d, dict) for g in d.get("@graph") or []]
    for item in items:
        if not isinstance(item, dict) or "datePublished" not in item:
            continue
        if isinstance(item["datePublished"], str):
            meta.setdefault("ld:published", item["datePublished"])
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.setdefault("ld:publisher", _clean(publisher["name"]))


def _language(document, meta: dict[str, str], notes: list[str]) -> str | None:
    """The page's language as a primary subtag: the tagset labels are per language, not region."""
    raw = (
        document.get("lang") or document.get("xml:lang") or meta.get("content-language")
        or meta.get("og:locale") or ""
    ).strip()
    match = _LANGUAGE.match(raw)
    if not match:
        if raw:
            notes.append(IMPORT_REASON("language_unknown", raw=repr(raw[:20])))
        return None
    return match.group(1).lower()


def _source(meta: dict[str, str], root: lxml.html.HtmlElement) -> Source | None:
    publisher = meta.get("og:site_name") or meta.get("ld:publisher") or meta.get("application-name")
    url = next(
        (u for u in (meta.get("canonical"), meta.get("og:url"))
         if u and u.lower().startswith(("http://", "https://"))),
        None,
    )
    published = None
    times = [t.get("datetime") or "" for t in root.iter("time")]
    for raw in (meta.get("article:published_time"), meta.get("ld:published"),
                meta.get("date"), meta.get("pubdate"), meta.get("dc.date"), *times):
        match = _ISO_DATE.match(raw or "")
        if match:
            published = match.group(1)
            break
    if not (publisher or url or published):
        return None
    return Source(publisher=publisher, url=url, published=published)


# -------------------------------------------------------------------- dropping


def _drop_junk(document: lxml.html.HtmlElement, dropped: Counter[str]) -> None:
    for head in list(document.iter("head")):
        head.drop_tree()  # read for metadata already; its <title> is not article text
    for element in list(document.iter(*_JUNK_TAGS)):
        if element.getparent() is not None:
            dropped["scripts, styles, buttons and embedded objects"] += 1
            element.drop_tree()  # a nested one is counted too: the count is for information


def _headline_element(body, meta: dict[str, str]):
    """The heading that titles the story: not a logo or the site's name in the page header.

    An h1 inside ``<article>``/``<main>`` or matching the page's title wins; old
    blog themes keep the h1 for the site's name and title the post with an h2,
    so an h2 that matches the page's title comes next.
    """
    title = (_page_title(meta) or "").casefold()
    title_parts = _TITLE_SEPARATOR.split(meta.get("title") or "")
    site_names = {
        name.casefold() for name in (
            meta.get("og:site_name"), meta.get("ld:publisher"),
            title_parts[-1] if len(title_parts) > 1 else None,
        ) if name
    }
    for tag in ("h1", "h2"):
        best, best_score = None, -1
        for heading in body.iter(tag):
            text = _clean(heading.text_content()).casefold()
            if not text or text in site_names:
                continue
            ancestors = list(heading.iterancestors())
            tags = {a.tag for a in ancestors}
            matches = bool(title) and len(text) >= 10 and (text in title or title in text)
            if tag == "h2" and not matches:
                continue
            score = (4 if tags & {"article", "main"} else 0) + (2 if matches else 0)
            if tags & {"nav", "aside", "footer"} or any(_is_page_header(a) for a in ancestors):
                score -= 5
            if score > best_score:
                best, best_score = heading, score
        if best is not None:
            return best
    return None


def _is_page_header(element) -> bool:
    """A ``<header>`` with navigation in it is the site's, not the story's."""
    return element.tag == "header" and (
        next(element.iter("nav"), None) is not None
        or any(_words(e) & {"menu", "nav", "navbar"} for e in element.iter())
    )


def _protected(body: lxml.html.HtmlElement, headline) -> set:
    """Elements never dropped: those holding the headline, the main story or ``<main>``."""
    keep = {body}
    articles = sorted(body.iter("article"), key=_text_length, reverse=True)
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


def _drop_hidden(
    body, protected: set, dropped: Counter[str], examples: dict[str, str], aria: bool = False
) -> None:
    """Drop what a browser does not show, or (``aria``) hides from screen readers.

    The first pass runs before the headline is chosen, so a hidden h1 never
    becomes the headline; only a wrapper of most of the page's text survives it
    (anti-flicker scripts hide the whole page until they run). ``aria-hidden``
    comes second, with the story protected: sites set it on the page wrapper
    while a cookie dialog is open, and the saved page keeps it.
    """
    total = _text_length(body)

    def verdict(element) -> str | None:
        if aria:
            hidden = (element.get("aria-hidden") or "").strip().lower() == "true"
            return "hidden elements" if hidden and element not in protected else None
        classes = set((element.get("class") or "").split())
        if (
            element.get("hidden") is not None
            or _HIDDEN_STYLE.search(element.get("style") or "")
            or classes & _HIDDEN_CLASSES
        ) and _text_length(element) <= total / 2:
            return "hidden elements"
        return None

    _sweep(body, verdict, dropped, examples)


def _drop_furniture(body, protected: set, dropped: Counter[str], examples: dict[str, str]) -> None:
    """Drop page furniture by tag, ARIA role or class/id word.

    What holds the headline or the story is protected. A class word or a form
    is furniture only when it holds at most half the page's text: a wrapper
    with a class like "has-sidebar", or the form ASP.NET wraps around a whole
    page, is layout. Navigation tags and roles need no such check; mega-menus
    can outweigh a short story.
    """
    total = _text_length(body)

    def verdict(element) -> str | None:
        if element in protected:
            return None
        why = _FURNITURE_TAGS.get(element.tag)
        if element.tag == "header" and _inside(element, ("article", "main")):
            why = None  # an article's own header holds its headline and standfirst
        if element.tag == "footer" and _inside(element, ("blockquote", "figure")):
            why = None  # who said the quote, who took the photo: attribution, not furniture
        why = why or _FURNITURE_ROLES.get((element.get("role") or "").strip().lower())
        if why and element.tag != "form":
            return why
        words = _words(element)
        why = why or next((_FURNITURE_BY_WORD[w] for w in words if w in _FURNITURE_BY_WORD), None)
        return why if why and _text_length(element) <= total / 2 else None

    _sweep(body, verdict, dropped, examples)


def _drop_residue(body, dropped: Counter[str], examples: dict[str, str]) -> None:
    """Drop inline residue at the edge of a text run ("... <a>Leer más</a>").

    A residue word inside a sentence ("la <b>publicidad</b> engañosa") is text;
    whole blocks of residue are dropped by the walker.
    """
    def verdict(element) -> str | None:
        if len(element) > 3 or _is_block(element):
            return None
        if _is_residue(_clean(_inline_text(element))) and _at_run_edge(element):
            return "web residue"
        return None

    _sweep(body, verdict, dropped, examples)


def _at_run_edge(element) -> bool:
    after = element.getnext()
    if not (element.tail or "").strip() and (after is None or _is_block(after)):
        return True
    before = element.getprevious()
    text_before = (before.tail if before is not None else element.getparent().text) or ""
    return not text_before.strip() and (before is None or _is_block(before))


def _drop(element, why: str, dropped: Counter[str], examples: dict[str, str]) -> None:
    text = _clean(element.text_content())
    if text:
        dropped[why] += 1
        examples.setdefault(why, text)
    element.drop_tree()  # keeps the tail: text after the element is not the element's


def _drop_notes(dropped: Counter[str], examples: dict[str, str]) -> list[str]:
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


# -------------------------------------------------------------- the story's root


def _article_root(body, headline) -> tuple[lxml.html.HtmlElement, tuple[str, str]]:
    """The element holding the story, and how it was found (for the notes)."""
    articles = sorted(body.iter("article"), key=_text_length, reverse=True)
    main = next(body.iter("main"), None)
    whole = _text_length(main if main is not None else body)
    if articles and _text_length(articles[0]) >= 0.3 * whole:
        root, how = articles[0], "<article>"
    elif main is not None:
        root, how = main, "<main>"
    else:
        root, how = _densest(body), IMPORT_REASON("densest")
    if headline is not None and not _contains(root, headline):
        ancestors = set(headline.iterancestors())
        joint = next((a for a in root.iterancestors() if a in ancestors), None)
        if joint is not None and joint.tag not in ("body", "html"):
            root = joint
    return root, (how, _describe(root))


def _densest(body) -> lxml.html.HtmlElement:
    """The container with most paragraph text, counting half for a grandparent's."""
    scores: Counter = Counter()
    for paragraph in body.iter("p", "pre", "div", "td"):
        own = _HTML_SPACE.sub(" ", (paragraph.text or "") + "".join(
            (c.text_content() if c.tag not in _BLOCK_TAGS else "") + (c.tail or "")
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


# ------------------------------------------------------------------- blocks


@dataclass
class _Piece:
    text: str
    contexts: frozenset[str]
    only: str | None  # what the one inline element holding all the text makes of it


class _Walker:
    """Walks elements in document order; each run of inline text becomes one piece."""

    def __init__(self, headline, dropped: Counter[str], examples: dict[str, str]) -> None:
        self.headline = headline
        self.pieces: list[_Piece] = []
        self.dropped = dropped
        self.examples = examples

    def walk(self, element, contexts: frozenset[str] = frozenset()) -> None:
        here = contexts | _contexts(element)
        if element is self.headline:
            here |= {"h1"}
        elif "h1" in here and element.tag == "h1" and self.headline is not None:
            here = (here - {"h1"}) | {"heading"}  # another h1: the story has its headline
        run: list[tuple[str, str | None]] = [(element.text or "", None)]
        last_was_break = False
        for child in element:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "br":
                if last_was_break:
                    self._flush(run, here)  # <br><br> separates paragraphs in hand-made pages
                else:
                    run.append(("\n", None))
                last_was_break = True
            elif _is_block(child):
                self._flush(run, here)
                self.walk(child, here)
                last_was_break = False
            else:
                text = _inline_text(child)
                run.append((text, _inline_role(child)))
                last_was_break = last_was_break and not text.strip()
            run.append((child.tail or "", None))
            if (child.tail or "").strip():
                last_was_break = False
        self._flush(run, here)

    def _flush(self, run: list[tuple[str, str | None]], contexts: frozenset[str]) -> None:
        raw = "".join(text for text, _ in run)
        if "pre" not in contexts:
            raw = _HTML_SPACE.sub(" ", raw)  # how a browser shows it; <pre> keeps its spacing
        text = normalize_block_text(xml_safe(raw))
        roles = {role for part, role in run if part.strip()}
        run.clear()
        if not text:
            return
        only = roles.pop() if len(roles) == 1 else None
        if _is_residue(text) or (only == "link" and text.casefold().startswith(_TEASERS)):
            self.dropped["web residue"] += 1
            self.examples.setdefault("web residue", text)
            return
        self.pieces.append(_Piece(text, contexts, only))


def _inline_role(element) -> str | None:
    """What an inline element makes of a run that holds nothing else.

    A lone ``<time>`` is a dateline, a lone ``<span class="fecha">`` too, a lone
    ``<strong>`` a crosshead, and a lone link may be a "Read more" teaser.
    """
    if element.tag == "time" or next(element.iter("time"), None) is not None:
        return "time"
    kinds = _contexts(element) & {"dateline", "byline", "standfirst", "caption"}
    if kinds:
        return min(kinds, key=_KIND_ORDER.index)
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
    elif tag in _HEADINGS:
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
    words = _words(element) & _KIND_WORDS
    if words and _text_length(element) <= _KIND_TEXT_LIMIT:
        if words & _CREDIT or (words & _BYLINE and words & _PICTURE):
            found.add("credit")
        elif words & _CAPTION:
            found.add("caption")
        elif words & _BYLINE:
            found.add("byline")
        if words & _STANDFIRST and not words & _PICTURE:
            found.add("standfirst")
        if words & _DATELINE:
            found.add("dateline")
        if words & _QUOTE:
            found.add("quote")
    return frozenset(found)


def _kind(piece: _Piece) -> str:
    flag = next((k for k in _KIND_ORDER if k in piece.contexts), "paragraph")
    text = piece.text
    if flag in ("paragraph", "dateline") and piece.only == "time":
        return "dateline"
    if flag == "paragraph" and piece.only in _KIND_ORDER:
        return piece.only
    if flag in ("paragraph", "caption") and _PARENTHESISED_CREDIT.match(text):
        letters = [ch for ch in text if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters):
            return "credit"  # "(FUENTE EXTERNA)", "(AP)": a photo or wire credit
    if (
        flag == "paragraph" and piece.only == "bold" and len(text) <= 120
        and not text.endswith((".", ",", ";", ":"))
    ):
        return "subheading"  # a crosshead typed as a bold paragraph
    return {"h1": "headline", "heading": "subheading"}.get(flag, flag)


def _finish(pieces: list[_Piece], meta: dict[str, str], notes: list[str]) -> list[Block]:
    """Kinds for the pieces, with the page's title and description where the body has none."""
    blocks: list[Block] = []
    for piece in pieces:
        kind = _kind(piece)
        if kind == "headline" and any(b.kind == "headline" for b in blocks):
            kind = "subheading"
        elif (
            kind == "subheading" and "h2" in piece.contexts
            and [b.kind for b in blocks] == ["headline"] and len(piece.text.split()) >= 6
        ):
            kind = "standfirst"  # a sentence-long h2 right under the h1 is the standfirst
        blocks.append(Block(kind=kind, text=piece.text))
    if blocks and not any(b.kind == "headline" for b in blocks):
        title = _page_title(meta)
        if title:
            blocks.insert(0, Block(kind="headline", text=title))
            notes.append(IMPORT_REASON("headline_from_title"))
    if blocks and not any(b.kind == "standfirst" for b in blocks):
        lead = _description_lead(meta, blocks)
        if lead:
            at = 1 if blocks[0].kind == "headline" else 0
            blocks.insert(at, Block(kind="standfirst", text=lead))
            notes.append(IMPORT_REASON("standfirst_from_meta"))
    if blocks and not any(b.kind == "headline" for b in blocks):
        notes.append(IMPORT_REASON("no_headline"))
    return blocks


def _page_title(meta: dict[str, str]) -> str | None:
    if meta.get("og:title"):
        return normalize_block_text(xml_safe(meta["og:title"]))
    title = meta.get("title")
    if not title:
        return None
    parts = _TITLE_SEPARATOR.split(title)
    site = (meta.get("og:site_name") or "").casefold()
    if len(parts) > 1 and (parts[-1].casefold() == site or len(parts[-1]) <= 30):
        parts = parts[:-1]  # "Story | Site": the site's name is not the headline
    return normalize_block_text(xml_safe(" - ".join(parts))) or None


def _description_lead(meta: dict[str, str], blocks: list[Block]) -> str | None:
    """The description, when it reads as a lead of its own rather than a teaser of the text."""
    raw = meta.get("description") or meta.get("og:description") or ""
    lead = normalize_block_text(xml_safe(raw))
    if len(lead) < 40 or lead.endswith(("…", "...")):
        return None
    folded = lead.casefold()
    for block in blocks:
        text = block.text.casefold()
        if text == folded or text.startswith(folded[:60]) or folded in text:
            return None  # the headline or the first paragraph again
    return lead


# -------------------------------------------------------------------- helpers


def _clean(text: str) -> str:
    return normalize_block_text(xml_safe(_HTML_SPACE.sub(" ", text)))


def _words(element) -> set[str]:
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return {w for w in re.split(r"[^a-z0-9]+", raw) if w}


def _text_length(element) -> int:
    return len(_HTML_SPACE.sub(" ", element.text_content()).strip())


def _is_residue(text: str) -> bool:
    return bool(text) and len(text) <= 60 and text.strip(_RESIDUE_EDGES).casefold() in _RESIDUE


def _is_block(element) -> bool:
    if element.tag in _BLOCK_TAGS:
        return True
    if _words(element) & _CREDIT:
        return True  # an inline credit span is still a block of its own
    return any(d.tag in _BLOCK_TAGS for d in element.iterdescendants())


def _inline_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _inside(element, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in element.iterancestors())


def _contains(ancestor, element) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def _describe(element) -> str:
    described = f"<{element.tag}"
    if element.get("id"):
        described += f" id={element.get('id')[:40]!r}"
    if element.get("class"):
        described += f" class={' '.join(element.get('class').split())[:60]!r}"
    return described + ">"


def _quoted(text: str | None, limit: int = 60) -> str:
    text = text or ""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

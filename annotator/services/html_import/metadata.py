"""What a page says about itself: meta tags, the canonical link, JSON-LD and its language.

The exercise's source (publisher, address, date) comes from here, and so do
the title and description that stand in when the body has no headline or
standfirst of its own. It is read before anything is dropped: the ``<head>``
that holds most of it is the first thing to go.
"""

from __future__ import annotations

import json
import re

import lxml.html

from annotator.core.model import Source
from annotator.core.text import normalize_block_text, xml_safe
from annotator.services.html_import.elements import clean
from annotator.services.html_import.vocabulary import TITLE_SEPARATOR
from annotator.services.import_reasons import IMPORT_REASON

_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def page_metadata(document: lxml.html.HtmlElement) -> dict[str, str]:
    """Meta tags, the canonical link and JSON-LD article facts, keyed by lower-case name."""
    meta: dict[str, str] = {}
    for element in document.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        content = clean(element.get("content") or "")
        if name and content:
            meta.setdefault(name.strip().lower(), content)
        if (element.get("http-equiv") or "").lower() == "content-language" and content:
            meta.setdefault("content-language", content)
    for element in document.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            meta.setdefault("canonical", element.get("href").strip())
    title = document.find(".//title")
    if title is not None and clean(title.text_content()):
        meta.setdefault("title", clean(title.text_content()))
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
            meta.setdefault("ld:publisher", clean(publisher["name"]))


def page_language(document, meta: dict[str, str], notes: list[str]) -> str | None:
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


def page_source(meta: dict[str, str], story: list) -> Source | None:
    """Publisher, web address and date of publication, so the exercise can cite its article.

    The date comes from the metadata, else from a ``<time>`` in the story's
    own blocks (``story``, elements): one in a sidebar dates another article.
    """
    publisher = meta.get("og:site_name") or meta.get("ld:publisher") or meta.get("application-name")
    url = next(
        (u for u in (meta.get("canonical"), meta.get("og:url"))
         if u and u.lower().startswith(("http://", "https://"))),
        None,
    )
    published = None
    times = [t.get("datetime") or "" for element in story for t in element.iter("time")]
    for raw in (meta.get("article:published_time"), meta.get("ld:published"),
                meta.get("date"), meta.get("pubdate"), meta.get("dc.date"), *times):
        match = _ISO_DATE.match(raw or "")
        if match:
            published = match.group(1)
            break
    if not (publisher or url or published):
        return None
    return Source(publisher=publisher, url=url, published=published)


def page_title(meta: dict[str, str]) -> str | None:
    """The story's title by the page's own account, without the site's name after it."""
    if meta.get("og:title"):
        return normalize_block_text(xml_safe(meta["og:title"]))
    title = meta.get("title")
    if not title:
        return None
    parts = TITLE_SEPARATOR.split(title)
    site = (meta.get("og:site_name") or "").casefold()
    if len(parts) > 1 and (parts[-1].casefold() == site or len(parts[-1]) <= 30):
        parts = parts[:-1]  # "Story | Site": the site's name is not the headline
    return normalize_block_text(xml_safe(" - ".join(parts))) or None

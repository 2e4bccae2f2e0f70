"""Element names and builders shared by every reader and writer of our formats.

Each module that reads or writes a part of a document (spans, features,
course metadata) uses these, so that a name in our namespace, an
``xml:lang`` text and a written attribute are spelt in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.xmlio import NAMESPACE

if TYPE_CHECKING:  # names and texts need no lxml (the first frame reads without it)
    from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NSMAP = {None: NAMESPACE}


def qname(name: str) -> str:
    """``name`` in our namespace, as lxml spells a tag."""
    return f"{{{NAMESPACE}}}{name}"


def element(
    parent: etree._Element | None, name: str, text: str | None = None, /, **attrs
) -> etree._Element:
    """A new element (a root when ``parent`` is None); attributes set to None are left out.

    An attribute's Python name becomes its XML name: ``text_sha256`` is
    ``text-sha256``, and a trailing ``_`` (``id_``) is dropped.
    """
    from lxml import etree

    tag = qname(name)
    el = etree.Element(tag, nsmap=NSMAP) if parent is None else etree.SubElement(parent, tag)
    for key, value in attrs.items():
        if value is not None:
            el.set(key.rstrip("_").replace("_", "-"), value)
    if text is not None:
        el.text = text
    return el


def lang_texts(parent: etree._Element, name: str, texts: dict[str, str]) -> None:
    """One ``<name xml:lang="…">`` child per language."""
    for language, text in texts.items():
        element(parent, name, text).set(XML_LANG, language)


def by_language(elements: Iterable[etree._Element]) -> dict[str, str]:
    """The texts of ``xml:lang`` elements, by language."""
    return {e.get(XML_LANG): e.text or "" for e in elements}

"""Reading a saved page: its bytes, their charset, and the tree parsed from them.

Pages are untrusted. The bytes are capped, binary data and DOCTYPEs that
declare entities are refused, and libxml2's HTML parser runs with network off
(it never expands declared entities and caps nesting depth itself). Nothing is
fetched and no script runs. We do not use ``lxml.html.clean``: it now lives in
a separate package, and it sanitises markup for display, whereas we only read
text out of the tree and drop whole elements ourselves.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import lxml.html
from lxml import etree

from annotator.services.import_reasons import IMPORT_REASON
from annotator.services.importer import ImportProblem, read_source

MAX_PAGE_BYTES = 16 * 1024 * 1024
MAX_TAGS = 500_000  # a heavy news page has some 20,000; this bounds the tree's memory

_META_CHARSET = re.compile(
    rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I
)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})")
_ENTITY_DECLARATION = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.I)
_WINDOWS_1252 = {"ascii", "iso8859-1", "latin-1", "cp1252"}  # what browsers read these as


def read_page(path: str | Path, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The bytes of a saved page, refusing special files and anything over ``limit``."""
    data = read_source(path, limit)
    check_size(data, limit)
    return data


def check_size(data: bytes, limit: int) -> None:
    """Refuse a page over ``limit`` bytes before any work is spent on it."""
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


def parse(text: str) -> lxml.html.HtmlElement:
    """The document tree, from libxml2 with network, comments and processing instructions off."""
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

"""The only place XML is parsed: bounded, offline, without DTDs or entities.

Files come from students on USB sticks and e-mail, so they are untrusted.
lxml's conveniences are the danger here: ``etree.parse(path)`` silently
gunzips (an 80 KB bomb grows to gigabytes), a DOCTYPE can pull in external
files or expand entities, and XInclude reaches other files. So we read the
bytes ourselves with a cap, refuse compressed or binary payloads by their
magic, refuse anything that is not UTF-8 (the format says so, and a UTF-16
file hides a DOCTYPE from a byte scan), refuse a DOCTYPE before libxml2 sees
it, parse with entity resolution, DTD loading and network off behind a
resolver that refuses everything, and check for a DOCTYPE again after parsing.
Sizes are bounded: bytes, tags (memory grows with elements, not bytes:
16 MB of ``<a/>`` took 1.1 GB) and depth.
"""

from __future__ import annotations

import os
import re
import stat
import threading
from pathlib import Path

from lxml import etree

from annotator.core.limits import FILE_MAX_BYTES, TAGS_MAX
from annotator.core.messages import Message, os_reason
from annotator.xmlio import FORMAT_VERSION, NAMESPACE
from annotator.xmlio.errors import FormatError, library_message, quoted
from annotator.xmlio.library_reasons import syntax_reason
from annotator.xmlio.reasons import XML_REASON

MAX_FILE_BYTES = FILE_MAX_BYTES  # the writer checks the same caps (core.limits)
MAX_TAGS = TAGS_MAX  # '<' characters; a long exercise has a few thousand
MAX_DEPTH = 32  # our formats nest 5 deep; anything far deeper is hostile
ROOTS = ("exercise", "key", "submission", "decisions")

_MAGIC = {
    b"\x1f\x8b": XML_REASON("gzip"),
    b"PK\x03\x04": XML_REASON("zip"),
    b"PK\x05\x06": XML_REASON("empty_zip"),
    b"\x89PNG": XML_REASON("png"),
    b"%PDF": XML_REASON("pdf"),
    b"BZh": XML_REASON("bzip2"),
    b"\xfd7zXZ": XML_REASON("xz"),
    b"7z\xbc\xaf": XML_REASON("7z"),
    b"\x28\xb5\x2f\xfd": XML_REASON("zstd"),
    b"\xff\xd8\xff": XML_REASON("jpeg"),
    b"GIF8": XML_REASON("gif"),
}

_WIDE_BOMS = {
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}
_DECLARED_ENCODING = re.compile(
    rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']{0,40})"
)
# The prolog: BOM, blanks, processing instructions and comments, then a DOCTYPE.
# One blank per step (not \s+): nested repeats would backtrack exponentially.
# Atomic and possessive: a processing instruction ends at its first "?>", and
# a failed match must not go back to stretch it to a later one (that scanned
# every document to its end).
_PROLOG_DOCTYPE = re.compile(
    rb"(?:\xef\xbb\xbf)?(?>\s|<\?.*?\?>|<!--.*?-->)*+<!DOCTYPE", re.DOTALL
)


class _DenyAll(etree.Resolver):
    """Refuses every external entity, DTD and schema a document asks for."""

    def resolve(self, system_url, public_id, context):  # noqa: ARG002
        raise etree.XMLSyntaxError("external resource refused", None, 0, 0)


_per_thread = threading.local()


def _parser() -> etree.XMLParser:
    """This thread's safe parser: made once, as making one took a quarter of a parse.

    lxml parsers can be reused for any number of documents, but not shared
    between threads (the class window reads in a worker thread).
    """
    parser = getattr(_per_thread, "parser", None)
    if parser is None:
        parser = _per_thread.parser = _new_parser()
    return parser


def _new_parser() -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    parser.resolvers.add(_DenyAll())
    return parser


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def _kind_problem(mode: int) -> Message | None:
    if stat.S_ISDIR(mode):
        return XML_REASON("folder")
    if not stat.S_ISREG(mode):
        return XML_REASON("special_file")
    return None


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file's bytes, refusing folders, special files and anything over ``limit``.

    Special files are refused before they are opened (opening some devices
    has effects) and again on the open handle, so that a file swapped for a
    FIFO in between cannot hang the program: the open does not block.
    """
    path = Path(path)
    try:
        problem = _kind_problem(os.stat(path).st_mode)
        if problem:
            raise FormatError(path, problem)
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            problem = _kind_problem(info.st_mode)
            if problem:
                raise FormatError(path, problem)
            if info.st_size > limit:
                raise FormatError(path, _too_large(limit))
            chunks, size = [], 0
            while size <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
    except FormatError:
        raise
    except OSError as exc:
        raise FormatError(path, XML_REASON("cannot_read", system=os_reason(exc))) from None
    if size > limit:  # the file grew while we read it
        raise FormatError(path, _too_large(limit))
    return b"".join(chunks)


def _too_large(limit: int) -> Message:
    return XML_REASON("too_large", megabytes=limit // (1024 * 1024))


def parse_bytes(data: bytes, path: str | Path) -> etree._Element:
    """Parse untrusted bytes into the root element of one of our documents."""
    root = parse_untrusted(data, path)
    _check_root(root, path)
    return root


def parse_untrusted(data: bytes, path: str | Path) -> etree._Element:
    """Parse untrusted UTF-8 XML of any vocabulary (UIMA XMI, a type system) safely.

    Every check of :func:`parse_bytes` but the root's: other tools' files
    get the same caps, the same refusal of a DOCTYPE and the same offline
    parser, before any other library reads them.
    """
    _check_bytes(data, path)
    if _PROLOG_DOCTYPE.match(data):
        raise FormatError(path, XML_REASON("doctype"))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(path, _syntax_reason(exc)) from None
    except ValueError as exc:
        raise FormatError(
            path, XML_REASON("not_well_formed", detail=library_message(str(exc)))
        ) from None
    if root is None:
        raise FormatError(path, XML_REASON("no_root"))
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise FormatError(path, XML_REASON("doctype"))
    _check_depth(root, path)
    return root


def _check_bytes(data: bytes, path: str | Path) -> None:
    """Refuse what is not UTF-8 XML text before any parser sees it."""
    if not data or data.isspace():  # isspace stops at the first other byte; strip copies
        raise FormatError(path, XML_REASON("empty_file"))
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FormatError(path, XML_REASON("not_xml", what=what))
    encoding = _wide_encoding(data)
    if encoding:
        raise FormatError(path, XML_REASON("wide_encoding", encoding=encoding))
    if b"\x00" in data:
        raise FormatError(path, XML_REASON("not_xml", what=XML_REASON("nul_bytes")))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        raise FormatError(path, XML_REASON(
            "not_utf8", line=line, column=column, byte=f"{data[exc.start]:02X}", detail=exc.reason,
        )) from None
    declared = _DECLARED_ENCODING.match(data)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        name = declared.group(1).decode("ascii", "replace")
        raise FormatError(path, XML_REASON("declared_encoding", name=quoted(name, 40)))
    if data.count(b"<") > MAX_TAGS:
        raise FormatError(path, XML_REASON("too_many_tags", count=MAX_TAGS))


def load(path: str | Path) -> etree._Element:
    """Read and parse one file: the single entry point for XML in the program."""
    path = Path(path)
    return parse_bytes(read_capped(path), path)


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 by their byte-order mark, or by the NULs of ASCII text without one."""
    for bom, encoding in _WIDE_BOMS.items():
        if data.startswith(bom):
            return encoding
    head = data[:64]
    if b"<" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if min(even, odd) == 0 and max(even, odd) >= max(1, len(head) // 4):  # NULs, not none
        return "UTF-16"
    quarters = [head[i::4].count(0) for i in range(4)]
    if quarters.count(0) == 1 and sum(quarters) >= len(head) * 5 // 8:
        return "UTF-32"
    return None


def _syntax_reason(exc: etree.XMLSyntaxError) -> Message:
    # libxml2 messages can quote input; keep them short and on one line.
    message = library_message(exc.msg or str(exc))
    line = getattr(exc, "lineno", None) or (exc.position[0] if exc.position else None)
    return syntax_reason(message, getattr(exc, "code", None), line)


_TOO_DEEP = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")


def _check_depth(root: etree._Element, path: str | Path) -> None:
    # In C: a walk in Python took seconds on a wide document.
    if _TOO_DEEP(root):
        raise FormatError(path, XML_REASON("too_deep", depth=MAX_DEPTH))


def _check_root(root: etree._Element, path: str | Path) -> None:
    qname = etree.QName(root)
    if not qname.namespace:
        raise FormatError(path, XML_REASON("no_namespace", namespace=repr(NAMESPACE)))
    if qname.namespace != NAMESPACE:
        raise FormatError(path, XML_REASON(
            "wrong_namespace", found=quoted(qname.namespace), namespace=repr(NAMESPACE)
        ))
    if qname.localname not in ROOTS:
        raise FormatError(
            path, XML_REASON("unknown_document", name=quoted(qname.localname, 40)[1:-1])
        )
    version = root.get("format")
    if version is None:
        raise FormatError(path, XML_REASON("no_format", name=qname.localname))
    if version != FORMAT_VERSION:
        raise FormatError(path, XML_REASON(
            "future_format", version=quoted(version, 20), supported=FORMAT_VERSION
        ))

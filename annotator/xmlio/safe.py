"""The only place XML is parsed: bounded, offline, without DTDs or entities.

Files come from students on USB sticks and e-mail, so they are untrusted.
lxml's conveniences are the danger here: ``etree.parse(path)`` silently
gunzips (an 80 KB bomb grows to gigabytes), a DOCTYPE can pull in external
files or expand entities, and XInclude reaches other files. So we read the
bytes ourselves with a cap, refuse compressed or binary payloads by their
magic, parse with entity resolution, DTD loading and network off behind a
resolver that refuses everything, and refuse any document that has a DOCTYPE
at all (checked after parsing: a UTF-16 file hides it from a byte scan).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from annotator.xmlio import FORMAT_VERSION, NAMESPACE
from annotator.xmlio.errors import FormatError, one_line, quoted

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32  # our formats nest 5 deep; anything far deeper is hostile
ROOTS = ("exercise", "key", "submission")

_MAGIC = {
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a zip archive",
    b"PK\x05\x06": "an empty zip archive",
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data",
    b"7z\xbc\xaf": "a 7-zip archive",
    b"\x28\xb5\x2f\xfd": "zstd-compressed data",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


class _DenyAll(etree.Resolver):
    """Refuses every external entity, DTD and schema a document asks for."""

    def resolve(self, system_url, public_id, context):  # noqa: ARG002
        raise etree.XMLSyntaxError("external resource refused", None, 0, 0)


def _parser() -> etree.XMLParser:
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


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file's bytes, refusing special files and anything over ``limit``."""
    try:
        if not path.is_file():
            raise FormatError(path, "not a regular file")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FormatError:
        raise
    except OSError as exc:
        raise FormatError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise FormatError(path, f"file larger than {limit // (1024 * 1024)} MB")
    return data


def parse_bytes(data: bytes, path: str | Path) -> etree._Element:
    """Parse untrusted bytes into the root element of one of our documents."""
    if not data.strip():
        raise FormatError(path, "empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FormatError(path, f"not XML: {what}")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        raise FormatError(path, "not XML: contains NUL bytes")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(path, _syntax_reason(exc)) from None
    except ValueError as exc:  # e.g. an unsupported encoding declaration
        raise FormatError(path, f"not well-formed: {one_line(str(exc), 120)}") from None
    if root is None:
        raise FormatError(path, "no root element")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise FormatError(path, "DOCTYPE declarations are not allowed")
    _check_depth(root, path)
    _check_root(root, path)
    return root


def load(path: str | Path) -> etree._Element:
    """Read and parse one file: the single entry point for XML in the program."""
    path = Path(path)
    return parse_bytes(read_capped(path), path)


def _syntax_reason(exc: etree.XMLSyntaxError) -> str:
    message = exc.msg or str(exc)
    # libxml2 messages can quote input; keep them short and on one line.
    message = one_line(message, 160)
    line = getattr(exc, "lineno", None) or (exc.position[0] if exc.position else None)
    prefix = f"line {line}: " if line else ""
    if "entit" in message.lower():
        return f"{prefix}entities are not allowed ({message})"
    return f"{prefix}not well-formed ({message})"


def _check_depth(root: etree._Element, path: str | Path) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise FormatError(path, f"elements nested deeper than {MAX_DEPTH} levels")
        stack.extend((child, depth + 1) for child in element)


def _check_root(root: etree._Element, path: str | Path) -> None:
    qname = etree.QName(root)
    if qname.namespace != NAMESPACE:
        where = quoted(qname.namespace) if qname.namespace else "no namespace"
        raise FormatError(path, f"unknown namespace {where}; expected {NAMESPACE!r}")
    if qname.localname not in ROOTS:
        raise FormatError(
            path,
            f"unknown document <{quoted(qname.localname, 40)[1:-1]}>; "
            "expected exercise, key or submission",
        )
    version = root.get("format")
    if version is None:
        raise FormatError(path, f"<{qname.localname}> has no format attribute")
    if version != FORMAT_VERSION:
        raise FormatError(
            path,
            f"format version {quoted(version, 20)} is not supported "
            f"(this program reads format {FORMAT_VERSION}); update annotator",
        )

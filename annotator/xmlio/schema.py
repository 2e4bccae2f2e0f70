"""Validation of every loaded document against the shipped XSD."""

from __future__ import annotations

import re
import threading
from importlib import resources
from pathlib import Path

from lxml import etree

from annotator.xmlio import NAMESPACE
from annotator.xmlio.errors import FormatError, library_message, quoted
from annotator.xmlio.library_reasons import schema_reason
from annotator.xmlio.reasons import XML_REASON

_FACET = re.compile(r"\[facet '[A-Za-z]+'\] ")
_ATTRIBUTE = re.compile(r"^Element '([^']*)', attribute '([^']*)': ")
_ELEMENT = re.compile(r"^Element '([^']*)': ")
_SHORTER = (
    (" is not accepted by the pattern ", " does not match "),
    (" is greater than the maximum value allowed ", " is above the maximum "),
    (" is less than the minimum value allowed ", " is below the minimum "),
    (" is not a valid value of the atomic type ", " is not a valid "),
)


def schema_path() -> Path:
    """Where the XSD lives inside the installed package (for docs and scripts)."""
    return Path(str(resources.files("annotator.xmlio").joinpath("annotator.xsd")))


_per_thread = threading.local()


def _schema() -> etree.XMLSchema:
    """This thread's schema: an XMLSchema keeps its error log in the object, so two
    threads validating with one (a window's grading worker and the window) would
    mix up or crash each other's results. Built once per thread."""
    schema = getattr(_per_thread, "schema", None)
    if schema is None:
        # The XSD is ours and trusted; it imports only the local xml.xsd beside it.
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        schema = etree.XMLSchema(etree.parse(str(schema_path()), parser))
        _per_thread.schema = schema
    return schema


def validate(root: etree._Element, path: str | Path) -> None:
    """Raise FormatError with the first schema violation, in one short line."""
    schema = _schema()
    if schema.validate(root):
        return
    error = schema.error_log.filter_from_errors()[0]
    reason = schema_reason(_tidy(error.message), error.type_name, error.line)
    span_id = _key_span_at(root, error.line)
    if span_id is not None:
        reason = XML_REASON("in_key_span", reason=reason, id=quoted(span_id, 40))
    raise FormatError(path, reason)


_SPAN_TAG = f"{{{NAMESPACE}}}span"


def _key_span_at(root: etree._Element, line: int) -> str | None:
    """The key span holding the element at ``line`` (an <alt> inside it), to name it."""
    if etree.QName(root).localname not in ("exercise", "key"):
        return None
    for span in root.iter(_SPAN_TAG):
        for element in span.iterdescendants():
            if element.sourceline == line:
                return span.get("id")
    return None


def is_valid(root: etree._Element) -> bool:
    return _schema().validate(root)


def _tidy(message: str) -> str:
    """libxml2's message without namespace noise, and cut: it quotes names and values."""
    message = message.replace("{" + NAMESPACE + "}", "")
    message = message.replace("{http://www.w3.org/XML/1998/namespace}", "xml:")
    message = _FACET.sub("", message)
    message = _ATTRIBUTE.sub(r"\1/@\2: ", message)
    message = _ELEMENT.sub(r"\1: ", message)
    for wordy, short in _SHORTER:
        message = message.replace(wordy, short)
    return library_message(message.strip().rstrip("."))

"""Validation of every loaded document against the shipped XSD."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

from annotator.xmlio import NAMESPACE
from annotator.xmlio.errors import FormatError

_QUOTED_VALUE = re.compile(r"'([^']{60,})'")


def schema_path() -> Path:
    """Where the XSD lives inside the installed package (for docs and scripts)."""
    return Path(str(resources.files("annotator.xmlio").joinpath("annotator.xsd")))


@lru_cache(maxsize=1)
def _schema() -> etree.XMLSchema:
    # The XSD is ours and trusted; it imports only the local xml.xsd beside it.
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(schema_path()), parser))


def validate(root: etree._Element, path: str | Path) -> None:
    """Raise FormatError with the first schema violation, in one short line."""
    schema = _schema()
    if schema.validate(root):
        return
    error = schema.error_log.filter_from_errors()[0]
    raise FormatError(path, f"line {error.line}: {_tidy(error.message)}")


def is_valid(root: etree._Element) -> bool:
    return _schema().validate(root)


def _tidy(message: str) -> str:
    message = message.replace("{" + NAMESPACE + "}", "")
    message = message.replace("{http://www.w3.org/XML/1998/namespace}", "xml:")
    message = _QUOTED_VALUE.sub(lambda m: "'" + m.group(1)[:57] + "…'", message)
    return message.rstrip(".")

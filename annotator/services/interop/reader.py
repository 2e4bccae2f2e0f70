"""One door to the three readers, by format name."""

from __future__ import annotations

from pathlib import Path

from annotator.services.interop import brat, w3c, xmi
from annotator.services.interop.foreign import ForeignKey


def read_foreign(
    path: str | Path, fmt: str, layer: str = xmi.LAYER, feature: str = xmi.CATEGORY_FEATURE
) -> ForeignKey:
    """The spans of another tool's file; raises FormatError with one line when it is unusable."""
    if fmt == "w3c":
        return w3c.read(path)
    if fmt == "xmi":
        return xmi.read(path, layer=layer, feature=feature)
    if fmt == "brat":
        return brat.read(path)
    raise ValueError(f"unknown format {fmt!r}")

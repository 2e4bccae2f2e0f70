"""The name of a list of annotations: ``annotations-sha256`` (formats.md).

One line per annotation, ``id TAB category TAB start TAB end LF``, sorted by
(start, end, category, id), hashed as UTF-8. It names a handed-in attempt,
and, in a decisions file, the annotations that were graded; the order the
annotations come in does not matter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.core.text import text_sha256

if TYPE_CHECKING:
    from annotator.core.model import Annotation


def annotations_sha256(annotations: Iterable[Annotation]) -> str:
    ordered = sorted(annotations, key=lambda a: (a.start, a.end, a.category, a.id))
    lines = "".join(f"{a.id}\t{a.category}\t{a.start}\t{a.end}\n" for a in ordered)
    return text_sha256(lines)

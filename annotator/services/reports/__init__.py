"""Reports for trainees and instructors: HTML that prints, and names for the files.

Qt-free like the core: the HTML is built here, and only turning it into a
PDF needs Qt (annotator.gui.pdf), so a server can still write HTML reports.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.services.classroom import ClassRow
    from annotator.services.reports.html import class_report, trainee_report


def __getattr__(name: str):
    # The report builders pull in class grading; the check window only needs
    # annotator.services.reports.article's symbols, so they load on first use.
    if name in ("class_report", "trainee_report"):
        from annotator.services.reports import html

        return getattr(html, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["RESERVED", "class_report", "report_names", "trainee_report"]

# Names the report folder uses for itself, and names Windows will not create.
RESERVED = {"class-report", "gradebook", "gradebook-moodle", "gradebook-canvas", "graded",
            "con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
            *(f"lpt{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r"[^\w.-]+")
MAX_STEM = 60


def report_names(rows: Sequence[ClassRow]) -> list[str]:
    """A file name stem per row: "id_name" as the file says, else the submission's name.

    Names come from students' files, so only letters, digits, ``_ . -``
    survive (no path separators, no leading dots), and each stem is unique
    ignoring case (file systems that fold case would merge them).
    """
    taken: set[str] = set()
    stems = []
    for row in rows:
        wanted = "_".join(p for p in (row.trainee_id, row.trainee_name) if p and p.strip())
        stem = _safe(wanted) or _safe(_submission_stem(row.file)) or "trainee"
        candidate, number = stem, 1
        while candidate.casefold() in taken or candidate.casefold() in RESERVED:
            number += 1
            candidate = f"{stem}-{number}"
        taken.add(candidate.casefold())
        stems.append(candidate)
    return stems


def _safe(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub("-", text.replace(" ", "_"))
    text = re.sub(r"-{2,}", "-", text).strip("-._")
    return text[:MAX_STEM].rstrip("-._")


def _submission_stem(file: str) -> str:
    name = Path(file).name
    for suffix in (".submission.xml", ".xml"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem

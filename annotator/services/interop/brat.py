"""brat standoff: ``NAME.txt`` (the text), ``NAME.ann`` (the spans), ``annotation.conf``.

Text-bound annotations (``T1<TAB>framing 159 192<TAB>quote``) carry the
category and the passage; notes travel as ``AnnotatorNotes`` (``#1``) and
verdicts as a ``Verdict`` attribute (``A1``). Answers to a category's
questions (scoring.md §10) are attributes too, named by the question
(``A2<TAB>source-kind T1 official``; a key span, one line per accepted
answer); brat attributes take only declared values, so a free-text answer
(where the trainee checked) joins the note. brat counts offsets in
characters of the ``.txt`` read as UTF-8, i.e. code points, like our files.
A ``.ann`` is one annotation per line, so a passage across a line break is
written as pieces split at the break, the way brat itself writes one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from annotator.services.interop.document import ExportDocument
from annotator.services.interop.foreign import ForeignKey, ForeignSpan, read_text_file
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.xmlio.errors import FormatError

CONFIG_NAME = "annotation.conf"
VERDICTS = ("correct", "partial", "wrong-category", "extra", "optional")

_TEXT_BOUND = re.compile(r"^T\w+$")
_NOTE = re.compile(r"^AnnotatorNotes (T\w+)$")
_ATTRIBUTE = re.compile(r"^(\S+) (T\w+) (\S+)$")
_FRAGMENT = re.compile(r"^(\d+) (\d+)$")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The passage split at line breaks into non-empty pieces (one when it has none)."""
    pieces, piece_start = [], start
    for i in range(start, end):
        if text[i] == "\n":
            if i > piece_start:
                pieces.append((piece_start, i))
            piece_start = i + 1
    if end > piece_start:
        pieces.append((piece_start, end))
    return pieces or [(start, end)]


def ann_text(document: ExportDocument) -> str:
    """The ``.ann`` file: one text-bound line per span, then its note and verdict."""
    lines: list[str] = []
    note_number = attribute_number = 0
    for number, span in enumerate(document.spans, start=1):
        tid = f"T{number}"
        pieces = fragments(document.text, span.start, span.end)
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        covered = " ".join(document.text[s:e] for s, e in pieces)
        lines.append(f"{tid}\t{span.category} {offsets}\t{covered}")
        texts = [f"{feature}: {value}" for feature, value in span.features
                 if not document.is_choice(feature)]
        note = " · ".join(part for part in [span.note or "", *texts] if part.strip())
        if note:
            note_number += 1
            lines.append(f"#{note_number}\tAnnotatorNotes {tid}\t{_one_line(note)}")
        for feature, value in span.features:
            if document.is_choice(feature):
                attribute_number += 1
                lines.append(f"A{attribute_number}\t{feature} {tid} {value}")
        if span.verdict:
            attribute_number += 1
            lines.append(f"A{attribute_number}\tVerdict {tid} {span.verdict}")
    return "".join(line + "\n" for line in lines)


def config_text(categories: Iterable[str], graded: bool, features: Iterable = ()) -> str:
    """``annotation.conf``: our categories as entity types; spans may overlap, as ours do.

    ``features`` (the tagset's questions) declare an attribute per choice question.
    """
    lines = ["[entities]", *dict.fromkeys(categories), "", "[relations]",
             "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "",
             "[attributes]"]
    if graded:
        lines.append("Verdict\tArg:<ENTITY>, Value:" + "|".join(VERDICTS))
    for feature in features:
        if feature.kind == "choice" and feature.values:
            lines.append(f"{feature.id}\tArg:<ENTITY>, Value:" + "|".join(feature.value_ids()))
    return "\n".join(lines) + "\n"


def files(document: ExportDocument) -> dict[str, bytes]:
    """The ``.txt`` and ``.ann`` of one document, by file name."""
    return {
        f"{document.name}.txt": document.text.encode("utf-8"),
        f"{document.name}.ann": ann_text(document).encode("utf-8"),
    }


# ------------------------------------------------------------------ reading


def read(path: str | Path) -> ForeignKey:
    """The text-bound annotations of a ``.ann`` and the ``.txt`` of the same name beside it."""
    path = Path(path)
    text_path = path.with_suffix(".txt")
    if not text_path.is_file():
        raise FormatError(path, INTEROP_REASON("no_brat_text", name=text_path.name))
    text = read_text_file(text_path)
    source = read_text_file(path)
    found = ForeignKey(path=path, text=text)
    notes: dict[str, str] = {}
    answers: dict[str, list[tuple[str, str]]] = {}
    bound: list[tuple[str, int, str, list[tuple[int, int]]]] = []
    for line_number, line in enumerate(source.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if _TEXT_BOUND.match(ident):
            if len(fields) < 2 or " " not in fields[1]:
                raise FormatError(path, INTEROP_REASON("brat_line", line=line_number))
            category, _, offsets = fields[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                match = _FRAGMENT.match(piece.strip())
                if not match:
                    raise FormatError(path, INTEROP_REASON("brat_line", line=line_number))
                start, end = int(match.group(1)), int(match.group(2))
                if not start <= end <= len(text):
                    raise FormatError(path, INTEROP_REASON(
                        "brat_offsets", line=line_number, start=start, end=end, length=len(text)
                    ))
                pieces.append((start, end))
            bound.append((ident, line_number, category, pieces))
        elif ident.startswith("#") and len(fields) >= 3:
            match = _NOTE.match(fields[1].strip())
            if match:
                notes.setdefault(match.group(1), fields[2])
        elif ident.startswith("A") and len(fields) >= 2:
            match = _ATTRIBUTE.match(fields[1].strip())
            if match and match.group(1) != "Verdict":
                answers.setdefault(match.group(2), []).append((match.group(1), match.group(3)))
    for ident, line_number, category, pieces in bound:
        where = INTEROP_REASON("where_brat", id=ident, line=line_number)
        start, end = pieces[0][0], pieces[-1][1]
        joins = zip(pieces, pieces[1:], strict=False)
        if any(later[0] < earlier[1] or text[earlier[1]:later[0]].strip()
               for earlier, later in joins):
            found.skipped.append(INTEROP_REASON("discontinuous", where=where))
            continue
        found.spans.append(ForeignSpan(where=where, category=category, start=start, end=end,
                                       quote=text[start:end], note=notes.get(ident),
                                       answers=tuple(answers.get(ident, ()))))
    return found

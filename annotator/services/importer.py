"""Plain-text import: one block per non-empty line, kinds set by the instructor.

An instructor pastes or saves an article as text; each non-empty line becomes
a block (indentation dropped, text normalised as formats.md requires). Kinds
come from an explicit list, else from the text itself: a leading bullet makes
a list item (the bullet is the kind's rendering, not text), the first line is
the headline, the second the standfirst, the rest paragraphs. Web residue
("Expandir imagen") can be skipped by exact line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.messages import os_reason
from annotator.core.model import BLOCK_KINDS, Article, Block, Exercise, KeySpan, Tagset
from annotator.core.spans import nth_occurrence
from annotator.core.text import normalize_block_text
from annotator.services.import_reasons import IMPORT_REASON

BULLETS = ("•", "·", "◦", "▪", "‣", "- ", "* ")
MAX_TEXT_BYTES = 16 * 1024 * 1024

# What a new exercise asks of the trainee until the instructor writes otherwise;
# the command line and the authoring window both start from these words.
DEFAULT_INSTRUCTIONS = {
    "es": "Marca las afirmaciones, las atribuciones y el encuadre.",
    "en": "Mark the claims, the attributions and the framing.",
}


class ImportProblem(ValueError):
    """The input cannot become a valid exercise; the message names the line."""


def read_source(path: str | Path, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of a file to import, so the caller can refuse a larger one.

    Folders, devices and FIFOs are refused before they are opened: a FIFO
    would block the import, a device could be endless.
    """
    path = Path(path)
    try:
        if not path.is_file():
            raise ImportProblem(IMPORT_REASON("not_regular_file"))
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise ImportProblem(IMPORT_REASON("cannot_read", system=os_reason(exc))) from None


def read_text_source(path: str | Path, not_utf8: str = "not_utf8") -> str:
    """A UTF-8 text file to import (a byte-order mark is dropped), at most 16 MB."""
    data = read_source(path, MAX_TEXT_BYTES)
    if len(data) > MAX_TEXT_BYTES:
        raise ImportProblem(
            IMPORT_REASON("text_too_large", megabytes=MAX_TEXT_BYTES // (1024 * 1024))
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem(IMPORT_REASON(not_utf8)) from None


def article_lines(raw: str, skip: Iterable[str] = ()) -> list[str]:
    """The non-empty, normalised lines of a text, minus residue lines to skip."""
    skipped = {normalize_block_text(s) for s in skip}
    lines = []
    for line in raw.splitlines():
        text = normalize_block_text(line)
        if text and text not in skipped:
            lines.append(text)
    return lines


def _strip_bullet(text: str) -> tuple[str, bool]:
    for bullet in BULLETS:
        if text.startswith(bullet):
            return text[len(bullet):].strip(), True
    return text, False


def blocks_from_lines(lines: Sequence[str], kinds: Sequence[str] | None = None) -> list[Block]:
    """Make blocks; ``kinds`` (one per line) overrides the guesses."""
    if kinds is not None and len(kinds) != len(lines):
        raise ImportProblem(IMPORT_REASON("kinds_count", kinds=len(kinds), lines=len(lines)))
    blocks = []
    for number, line in enumerate(lines):
        text, bulleted = _strip_bullet(line)
        if kinds is not None:
            kind = kinds[number]
            if kind not in BLOCK_KINDS:
                raise ImportProblem(
                    IMPORT_REASON("unknown_kind", line=number + 1, kind=repr(kind))
                )
        elif bulleted:
            kind = "list-item"
        else:
            kind = ("headline", "standfirst")[number] if number < 2 else "paragraph"
        if kind != "list-item":
            text = line
        if not text:
            raise ImportProblem(IMPORT_REASON("bullet_only", line=number + 1))
        blocks.append(Block(kind=kind, text=text))
    if not blocks:
        raise ImportProblem(IMPORT_REASON("no_text"))
    return blocks


def import_text(raw: str, kinds: Sequence[str] | None = None, skip: Iterable[str] = ()) -> Article:
    return Article(blocks=blocks_from_lines(article_lines(raw, skip), kinds))


@dataclass(frozen=True)
class KeyRow:
    """One expert span as an instructor writes it: by quote, not by offset."""

    category: str
    required: bool
    quote: str
    explanations: dict[str, str]
    occurrence: int = 1
    accepted: dict[str, list[str]] = field(default_factory=dict)  # scoring.md §10


def explanation_languages(language: str) -> tuple[str, str]:
    """The languages of a key table's two explanation columns for an article in ``language``.

    The first is the article's own; the second English, or Spanish for an
    English article. A Spanish article keeps the historical order (es, en).
    """
    return (language, "es" if language == "en" else "en")


def parse_key_table(raw: str, languages: tuple[str, str] = ("es", "en")) -> list[KeyRow]:
    """Read a tab-separated key table.

    Columns: category, ``req`` or ``opt``, exact quote, explanation in the
    first of ``languages``, optionally explanation in the second and the
    accepted feature values (``source-kind=official interested; other=value``).
    Blank lines and lines starting with ``#`` are skipped. A quote that occurs
    more than once may end in ``@n`` (n-th).
    """
    rows = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 4:
            raise ImportProblem(IMPORT_REASON("table_cells", line=number))
        category, flag, quote, explanation_es = (c.strip() for c in cells[:4])
        if flag not in ("req", "opt"):
            raise ImportProblem(IMPORT_REASON("table_flag", line=number))
        occurrence = 1
        head, at, tail = quote.rpartition("@")
        if at and tail.isdigit():
            quote, occurrence = head, int(tail)
        explanations = {languages[0]: explanation_es}
        if len(cells) > 4 and cells[4].strip():
            explanations[languages[1]] = cells[4].strip()
        accepted = _accepted_cell(cells[5], number) if len(cells) > 5 else {}
        rows.append(KeyRow(category, flag == "req", quote, explanations, occurrence, accepted))
    return rows


def _accepted_cell(cell: str, number: int) -> dict[str, list[str]]:
    """``feature=value value; feature=value``: the values the expert accepts."""
    accepted: dict[str, list[str]] = {}
    for part in cell.split(";"):
        if not part.strip():
            continue
        feature, equals, values = part.partition("=")
        if not equals or not feature.strip() or not values.split():
            raise ImportProblem(IMPORT_REASON("table_features", line=number))
        accepted.setdefault(feature.strip(), []).extend(
            v for v in values.split() if v not in accepted.get(feature.strip(), [])
        )
    return accepted


def _check_accepted(row: KeyRow, number: int, tagset: Tagset) -> None:
    category = tagset.get(row.category)
    for feature_id, values in row.accepted.items():
        feature = category.feature(feature_id) if category else None
        if feature is None or feature.kind != "choice":
            raise ImportProblem(IMPORT_REASON(
                "row_feature", row=number, feature=repr(feature_id)))
        for value in values:
            if feature.value(value) is None:
                raise ImportProblem(IMPORT_REASON(
                    "row_value", row=number, feature=repr(feature_id), value=repr(value)))


def key_from_rows(
    article: Article, rows: Sequence[KeyRow], known: Iterable[str], tagset: Tagset | None = None
) -> list[KeySpan]:
    """Anchor key rows on the article's text; a missing quote is an error naming the row.

    With ``tagset``, accepted feature values must be choice values it declares.
    """
    known = set(known)
    spans = []
    for number, row in enumerate(rows, start=1):
        if row.category not in known:
            raise ImportProblem(
                IMPORT_REASON("row_category", row=number, category=repr(row.category))
            )
        if tagset is not None:
            _check_accepted(row, number, tagset)
        placed = nth_occurrence(article.text, row.quote, row.occurrence)
        if placed is None:
            raise ImportProblem(
                IMPORT_REASON("row_quote", row=number, quote=repr(row.quote[:60]))
            )
        spans.append(
            KeySpan(
                id=f"k{number}",
                category=row.category,
                start=placed[0],
                end=placed[1],
                quote=row.quote,
                required=row.required,
                explanations=dict(row.explanations),
                accepted={f: list(v) for f, v in row.accepted.items()},
            )
        )
    return spans


def with_key(exercise: Exercise, spans: list[KeySpan]) -> Exercise:
    return exercise.model_copy(update={"key": spans})

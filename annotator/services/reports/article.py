"""The article as report HTML: a trainee's highlights with verdicts, or a class heat map.

Reports are printed, often in black and white, and also turned into PDF by
Qt's QTextDocument, which knows only a small part of CSS (one underline
style, no borders on text). So nothing here depends on colour or on CSS
that Qt drops: each category has its own pair of brackets around a
trainee's span, each verdict its own symbol after it, and a missed expert
passage its own brackets and an underline; colour (the category's fill)
only adds to that. The heat map shades by how many trainees marked each
passage, in steps that stay apart in grey.

Offsets are code points of the canonical text, as everywhere in the core;
spans are drawn at their trimmed (graded) offsets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from annotator.core.model import Article, Tagset
from annotator.core.overview import Run, count_at

# Known categories keep the brackets the course teaches with; others take the rest in turn.
_BRACKETS = {"claim": ("[", "]"), "attribution": ("⟨", "⟩"), "framing": ("{", "}")}
_SPARE_BRACKETS = (("⌊", "⌋"), ("⌈", "⌉"), ("‹", "›"), ("[", "]"), ("⟨", "⟩"), ("{", "}"))
MISSED_BRACKETS = ("⟦", "⟧")
DEFAULT_COLOR = "#777777"

SYMBOLS = {
    "correct": "✓", "found": "✓", "partial": "◐", "wrong-category": "⇄",
    "extra": "+", "optional": "○", "missed": "✗", "accepted": "✓", "excused": "○",
}
# Text colours of the verdict symbols and words: each at least 4.5:1 (WCAG AA) on
# white and on the selected row of the feedback list (#dbe7f6).
SYMBOL_COLORS = {
    "✓": "#18703a", "◐": "#9a4d00", "⇄": "#6a3d9a", "+": "#35618f", "○": "#555555",
    "✗": "#b3261e",
}
SHADES = (0.14, 0.28, 0.42, 0.56, 0.70)  # fill strength per fifth of the class

_BLOCK_CLASS = {
    "headline": "headline", "standfirst": "standfirst", "subheading": "subheading",
    "caption": "caption", "credit": "caption", "byline": "byline", "dateline": "byline",
    "quote": "quote", "list-item": "listitem", "paragraph": "para",
}


@dataclass(frozen=True)
class CategoryLook:
    """How a category shows in a report: its label, colour and brackets."""

    label: str
    color: str
    opening: str
    closing: str


def looks(
    categories: Sequence[str], tagset: Tagset | None, language: str
) -> dict[str, CategoryLook]:
    """One look per category, stable for a tagset; a key file has no tagset: ids and grey."""
    result: dict[str, CategoryLook] = {}
    used = {_BRACKETS[c] for c in categories if c in _BRACKETS}
    spare = [b for b in _SPARE_BRACKETS if b not in used]
    for category in categories:
        found = tagset.get(category) if tagset is not None else None
        label = found.label(language) if found is not None else category
        color = found.color if found is not None else DEFAULT_COLOR
        pair = _BRACKETS.get(category) or (spare.pop(0) if spare else ("[", "]"))
        result[category] = CategoryLook(label, color, *pair)
    return result


def blend(color: str, strength: float) -> str:
    """``color`` laid over white at ``strength`` (0..1), as #rrggbb (Qt and print agree on it)."""
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def darker(color: str, factor: float = 0.7) -> str:
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * factor):02x}" for c in rgb)


@dataclass(frozen=True)
class Mark:
    """Something drawn on the article: a trainee's span, or an expert passage they missed.

    ``marker`` is the symbol and number written after it ("✓3").
    """

    start: int
    end: int
    category: str
    verdict: str
    marker: str
    missed: bool = False


def _blocks(article: Article) -> list[tuple[str, int, int]]:
    blocks, position = [], 0
    for block in article.blocks:
        blocks.append((block.kind, position, position + len(block.text)))
        position += len(block.text) + 1
    return blocks


def _paragraph(kind: str, body: str) -> str:
    css = _BLOCK_CLASS.get(kind, "para")
    bullet = "• " if kind == "list-item" else ""
    return f'<p class="{css}">{bullet}{body}</p>'


def marked_article(article: Article, marks: Sequence[Mark], look: dict[str, CategoryLook]) -> str:
    """The article's blocks with the marks drawn: brackets, fill, underline, markers."""
    text = article.text
    parts = []
    for kind, block_start, block_end in _blocks(article):
        inside = [m for m in marks if m.start < block_end and m.end > block_start]
        cuts = {block_start, block_end}
        cuts.update(p for m in inside for p in (m.start, m.end) if block_start < p < block_end)
        order = sorted(cuts)
        body = []
        for position, after in zip(order, [*order[1:], None], strict=True):
            closing = sorted((m for m in inside if m.end == position and m.start < position),
                             key=lambda m: (-m.start, m.end))
            body.extend(_close(m, look) for m in closing)
            if after is None:
                break
            opening = sorted((m for m in inside if m.start == position),
                             key=lambda m: (-m.end, m.start))
            body.extend(_open(m, look) for m in opening)
            active = [m for m in inside if m.start <= position and m.end >= after]
            body.append(_segment(text[position:after], active, look))
        parts.append(_paragraph(kind, "".join(body)))
    return "\n".join(parts)


def _open(mark: Mark, look: dict[str, CategoryLook]) -> str:
    if mark.missed:
        return f'<b style="color:#555555">{MISSED_BRACKETS[0]}</b>'
    style = look.get(mark.category)
    color = darker(style.color, 0.5) if style else "#333333"
    return f'<b style="color:{color}">{escape(style.opening if style else "[")}</b>'


def _close(mark: Mark, look: dict[str, CategoryLook]) -> str:
    if mark.missed:
        bracket = f'<b style="color:#555555">{MISSED_BRACKETS[1]}</b>'
    else:
        style = look.get(mark.category)
        color = darker(style.color, 0.5) if style else "#333333"
        bracket = f'<b style="color:{color}">{escape(style.closing if style else "]")}</b>'
    symbol = mark.marker[:1]
    color = SYMBOL_COLORS.get(symbol, "#333333")
    # A word joiner keeps the marker on the line of its bracket.
    return (f'{bracket}\u2060<span style="font-size:8pt; color:{color}">'
            f"<b>{escape(mark.marker)}</b></span>")


def _segment(piece: str, active: Sequence[Mark], look: dict[str, CategoryLook]) -> str:
    content = escape(piece)
    spans = [m for m in active if not m.missed]
    styles = []
    if spans:
        inner = min(spans, key=lambda m: (m.end - m.start, m.start))
        style = look.get(inner.category)
        styles.append(f"background-color:{blend(style.color if style else DEFAULT_COLOR, 0.3)}")
    if any(m.missed for m in active):
        styles.append("text-decoration:underline; text-decoration-color:#555555")
    return f'<span style="{"; ".join(styles)}">{content}</span>' if styles else content


# ------------------------------------------------------------------ heat map


def shade_level(count: int, trainees: int) -> int:
    """0 for nobody, else 1-5: the fifth of the class that marked it."""
    if count <= 0 or trainees <= 0:
        return 0
    return max(1, min(len(SHADES), math.ceil(len(SHADES) * count / trainees)))


def heat_article(
    article: Article,
    runs: Sequence[Run],
    trainees: int,
    key_spans: Sequence[tuple[int, int]],
    color: str,
) -> str:
    """The article shaded by how many trainees marked each passage; key spans underlined."""
    text = article.text
    parts = []
    for kind, block_start, block_end in _blocks(article):
        cuts = {block_start, block_end}
        for run in runs:
            if run.start < block_end and run.end > block_start:
                cuts.update(p for p in (run.start, run.end) if block_start < p < block_end)
        for start, end in key_spans:
            if start < block_end and end > block_start:
                cuts.update(p for p in (start, end) if block_start < p < block_end)
        order = sorted(cuts)
        body = []
        for position, after in zip(order, order[1:], strict=False):
            level = shade_level(count_at(runs, position), trainees)
            keyed = any(s <= position and e >= after for s, e in key_spans)
            styles = []
            if level:
                styles.append(f"background-color:{blend(color, SHADES[level - 1])}")
            if keyed:
                styles.append(f"text-decoration:underline; text-decoration-color:{darker(color)}")
            piece = escape(text[position:after])
            body.append(f'<span style="{"; ".join(styles)}">{piece}</span>' if styles else piece)
        parts.append(_paragraph(kind, "".join(body)))
    return "\n".join(parts)

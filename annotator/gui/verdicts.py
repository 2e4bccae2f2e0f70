"""How each verdict looks on screen: a symbol, a colour, a line and a name.

The symbols and colours are the printed report's (annotator.services.reports.article),
so a trainee sees the same ✓ ◐ ⇄ ✗ + on paper and in the app. The symbol
and the outline's line style carry the verdict on their own, so nothing
depends on telling red from green.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from annotator.services.reports.article import SYMBOL_COLORS, SYMBOLS

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# What is not a difference: F8 skips it, the article draws it quietly.
AGREEMENTS = ("found", "correct", "optional", "accepted", "excused")

_NAMES = {
    "found": QT_TRANSLATE_NOOP("Verdicts", "Found"),
    "correct": QT_TRANSLATE_NOOP("Verdicts", "Found"),
    "partial": QT_TRANSLATE_NOOP("Verdicts", "In part"),
    "wrong-category": QT_TRANSLATE_NOOP("Verdicts", "Other category"),
    "missed": QT_TRANSLATE_NOOP("Verdicts", "Missed"),
    "extra": QT_TRANSLATE_NOOP("Verdicts", "Not on the expert's list"),
    "optional": QT_TRANSLATE_NOOP("Verdicts", "Optional"),
    "accepted": QT_TRANSLATE_NOOP("Verdicts", "Accepted by the instructor"),
    "excused": QT_TRANSLATE_NOOP("Verdicts", "Excused by the instructor"),
}
# Solid where the trainee marked the passage; dashed where nobody (or only optionally) did.
_LINES = {"missed": "dash", "optional": "dot", "wrong-category": "dashdot", "excused": "dot"}

# The order the filter offers them in: as the feedback list reads.
FILTER_ORDER = ("missed", "partial", "wrong-category", "extra", "found", "optional")


@dataclass(frozen=True)
class VerdictLook:
    symbol: str
    color: QColor
    line: str  # outline of the expert's passage: solid, dash, dot, dashdot
    name: str  # translated


def look(verdict: str) -> VerdictLook:
    symbol = SYMBOLS.get(verdict, "·")
    return VerdictLook(
        symbol=symbol,
        color=QColor(SYMBOL_COLORS.get(symbol, "#555555")),
        line=_LINES.get(verdict, "solid"),
        name=translate("Verdicts", _NAMES.get(verdict, verdict)),
    )


def is_difference(verdict: str) -> bool:
    return verdict not in AGREEMENTS

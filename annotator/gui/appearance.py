"""The look chosen in Settings: light, dark or high-contrast, and the interface text size.

The stylesheet is the numbered .qss set in resources/styles (theme.py reads
the top-level files, the light look every theme starts from) followed by the
numbered files of the theme's own folder (resources/styles/dark/,
resources/styles/high-contrast/), which override colours only. What holds
colours made for a light page (the article, check mode's score card and
feedback rows, the class window's tables and heat map) stays paper in every
theme, and each sheet sets its ink explicitly rather than leaving it to the
palette, whose ink is light in the dark themes. A palette
goes with each theme so that widgets no sheet mentions (dialogs, menus,
scroll bars) match. "system" follows the desktop's light or dark setting,
also when it changes while the app runs.

The text size scales the application font and every ``pt`` size in the
sheets by the same factor, so headings keep their proportions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from annotator.bundled import resources_dir
from annotator.gui import theme

if TYPE_CHECKING:
    from annotator.gui.storage import Preferences

THEMES = ("system", "light", "dark", "high-contrast")
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 24
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def resolve(choice: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme to draw: "system" becomes light or dark from the desktop's colour scheme."""
    if choice in ("light", "dark", "high-contrast"):
        return choice
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def stylesheet(name: str, scale: float = 1.0) -> str:
    """The base sheets, then the theme's own, with every point size scaled."""
    parts = [theme.stylesheet()]
    folder = resources_dir() / "styles" / name
    if name != "light" and folder.is_dir():
        parts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.qss"))]
    sheet = "\n".join(parts)
    if scale != 1.0:
        sheet = _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", sheet)
    return sheet


def palette(name: str, app: QApplication) -> QPalette:
    if name == "dark":
        return _palette(
            window="#23272f", text="#e8eaed", base="#1b1e24", alt="#262a32",
            button="#2d323b", highlight="#4c8ed9", highlighted="#ffffff",
            link="#8ab4f8", disabled="#80868f", tip="#2d323b",
        )
    if name == "high-contrast":
        return _palette(
            window="#000000", text="#ffffff", base="#000000", alt="#141414",
            button="#000000", highlight="#ffff00", highlighted="#000000",
            link="#00ffff", disabled="#b0b0b0", tip="#000000",
        )
    return app.style().standardPalette()


def _palette(**c: str) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.Window: c["window"], QPalette.WindowText: c["text"],
        QPalette.Base: c["base"], QPalette.AlternateBase: c["alt"],
        QPalette.Text: c["text"], QPalette.Button: c["button"],
        QPalette.ButtonText: c["text"], QPalette.Highlight: c["highlight"],
        QPalette.HighlightedText: c["highlighted"], QPalette.Link: c["link"],
        QPalette.ToolTipBase: c["tip"], QPalette.ToolTipText: c["text"],
        QPalette.PlaceholderText: c["disabled"], QPalette.BrightText: c["highlight"],
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(c["disabled"]))
    return p


def base_font_size(app: QApplication) -> float:
    """The desktop's own text size, remembered before the first change."""
    if app.property("annotatorBaseFontSize") is None:
        app.setProperty("annotatorBaseFontSize", app.font().pointSizeF())
    return float(app.property("annotatorBaseFontSize"))


class Appearance(QObject):
    """Applies a theme and a text size to the app, and follows the desktop when asked to."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = "system"
        self.font_size = 0  # 0: the desktop's size
        self.current = ""
        base_font_size(app)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def apply(self, choice: str = "system", font_size: int = 0) -> str:
        """Draw with ``choice`` at ``font_size`` points; returns the theme actually drawn."""
        self.choice = choice if choice in THEMES else "system"
        self.font_size = font_size if MIN_FONT_SIZE <= font_size <= MAX_FONT_SIZE else 0
        base = base_font_size(self.app)
        size = float(self.font_size) if self.font_size else base
        font = QFont(self.app.font())
        font.setPointSizeF(size)
        self.app.setFont(font)
        self.current = resolve(self.choice)
        self.app.setPalette(palette(self.current, self.app))
        self.app.setStyleSheet(stylesheet(self.current, size / base if base > 0 else 1.0))
        return self.current

    def _on_scheme_changed(self, *args) -> None:
        if self.choice == "system":
            self.apply(self.choice, self.font_size)


def appearance(app: QApplication) -> Appearance:
    """The app's one Appearance, made on first use."""
    existing = app.findChild(Appearance)
    return existing if existing is not None else Appearance(app)


def apply_look(prefs: Preferences, view=None) -> str:
    """Put the theme and text sizes into effect now; returns the theme drawn."""
    app = QApplication.instance()
    drawn = appearance(app).apply(prefs.theme, prefs.font_size)
    if view is not None and prefs.article_size:
        view.set_point_size(prefs.article_size)
    return drawn

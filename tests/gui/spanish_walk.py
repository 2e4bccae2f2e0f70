"""Read every piece of text a window can show, and spot what is still in English.

Used by the Spanish-mode tests: a string is "untranslated" when it matches
an English source text of annotator_es.ts whose Spanish differs (templates
with %1 match anything in their place), or when it contains a word that
only English has. Proper names (annotator, Qt, Moodle, ...) and key names
are not words of either language and pass.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
SPANISH_TS = REPO / "resources" / "translations" / "annotator_es.ts"

# Words a Spanish interface never uses; short and common, so a left-over English
# string almost always contains one. Words both languages share (extra, normal,
# total, color, error) are left out on purpose.
ENGLISH_WORDS = frozenset(
    """
    the and your you with open save saved file files highlight highlights note notes undo
    redo find close cancel quit edit view help settings about delete copy next previous
    exercise category categories quote trainee trainees grade grading select
    what who working unsaved apply reset restore defaults discard yes ok of to from marked
    marking mark key keys only both show missed found score passed language theme light
    dark size text folder name choose browse add remove guide shortcuts version licence
    license built component other this that is are not all none in on at for by or an it
    be can cannot will new last first zoom tools exact stop compare comparison expert
    check back feedback class overview gradebook problems export report block kind
    headline paragraph caption credit split merge move up down when where how why
    """.split()
)
# Names that are neither Spanish nor English text.
PROPER_NAMES = ("Qt for Python", "GPL-3.0-or-later")  # a product, a licence identifier
FILE_NAME = re.compile(r"\S*[/\\]\S*|\S+\.(?:xml|html?|txt|csv|pdf|png)\b")
# Each language is offered under its own name, so a student finds theirs.
OWN_NAMES = {("languageChoice", "English"), ("languageChoice", "Español")}


def plain(text: str) -> str:
    """What a user reads: no mnemonic '&', no HTML tags or entities, single spaces."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "\0").replace("&lt;", "<")
    text = text.replace("&gt;", ">").replace("&&", "\0").replace("&", "").replace("\0", "&")
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    text = FILE_NAME.sub(" ", text)  # file names and paths are the user's, not ours
    return " ".join(text.split())


def english_templates(ts: Path = SPANISH_TS) -> list[tuple[re.Pattern, str]]:
    """A pattern per English source whose Spanish differs (%1, %n match anything)."""
    patterns = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        translated = "".join(translation.itertext()) if translation is not None else ""
        if translated == source or len(re.sub(r"%\d|%n|\W|\d", "", source)) < 3:
            continue
        pieces = re.split(r"%\d|%n", plain(source))
        pattern = ".+?".join(re.escape(p) for p in pieces)
        patterns.append((re.compile(pattern, re.DOTALL), source))
    return patterns


def untranslated(text: str, templates) -> str | None:
    """Why ``text`` looks English, or None when it does not."""
    readable = plain(text)
    if not re.search(r"[^\W\d_]{2,}", readable):
        return None  # numbers, symbols, single letters
    for pattern, source in templates:
        if pattern.fullmatch(readable):
            return f"English source text {source!r}"
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", readable)}
    english = sorted(words & ENGLISH_WORDS)
    return f"English words {english}" if english else None


def _action_texts(action, where: str):
    for kind, text in (
        ("text", action.text()),
        ("tooltip", action.toolTip()),
        ("status tip", action.statusTip()),
        ("icon text", action.iconText()),
    ):
        yield f"{where} action {kind}", text
    if action.menu() is not None:
        yield from menu_texts(action.menu(), f"{where} › {plain(action.text())}")


def menu_texts(menu: QMenu, where: str):
    yield f"{where} menu title", menu.title()
    for action in menu.actions():
        if not action.isSeparator():
            yield from _action_texts(action, where)


def _model_texts(view: QAbstractItemView, where: str, max_rows: int = 60):
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: it has one column
        columns = 1
    for orientation in (Qt.Horizontal, Qt.Vertical):
        for section in range(columns if orientation == Qt.Horizontal else 0):
            for role in (Qt.DisplayRole, Qt.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{where} header {section}", value
    for row in range(min(model.rowCount(root), max_rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.DisplayRole, Qt.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"{where} row {row} column {column}", value


def widget_texts(root: QWidget, skip_documents: tuple[QWidget, ...] = ()):
    """(where, text) for everything ``root`` and its children can show."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}#{w.objectName() or '?'}"
        if w.isWindow():
            yield f"{where} window title", w.windowTitle()
        yield f"{where} tooltip", w.toolTip()
        yield f"{where} status tip", w.statusTip()
        yield f"{where} what's this", w.whatsThis()
        for action in w.actions():
            yield from _action_texts(action, where)
        if isinstance(w, QMainWindow):
            yield f"{where} status bar", w.statusBar().currentMessage()
        if isinstance(w, QMenu):
            yield from menu_texts(w, where)
        if isinstance(w, QLabel):
            yield f"{where} text", w.text()
        if isinstance(w, QAbstractButton):
            yield f"{where} text", w.text()
        if isinstance(w, QGroupBox):
            yield f"{where} title", w.title()
        if isinstance(w, QLineEdit):
            yield f"{where} placeholder", w.placeholderText()
        if isinstance(w, QTextEdit):
            yield f"{where} placeholder", w.placeholderText()
            if w in skip_documents:
                continue
            if w.isReadOnly() and w.objectName() not in ("article",):
                yield f"{where} document", w.toPlainText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item {i}", w.itemText(i)
                tip = w.itemData(i, Qt.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{where} item {i} tooltip", tip
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
                yield f"{where} tab {i} tooltip", w.tabToolTip(i)
        if isinstance(w, QAbstractSpinBox):
            yield f"{where} special value", w.specialValueText()
            yield f"{where} suffix", getattr(w, "suffix", lambda: "")()
        if isinstance(w, QProgressBar):
            yield f"{where} format", w.format()
        if isinstance(w, QAbstractItemView) and not _inside_combo(w):
            yield from _model_texts(w, where)


def _inside_combo(widget: QWidget) -> bool:
    """A combo box's pop-up list: its items are read from the combo box itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def english_left(
    root: QWidget, skip_documents: tuple[QWidget, ...] = (), content: tuple[str, ...] = ()
) -> list[str]:
    """One line per string under ``root`` that is not Spanish.

    ``content`` is text that comes from the user's files (an exercise's English
    explanations, shown to the instructor who wrote them): it is not checked.
    """
    templates = english_templates()
    pieces = sorted({c for c in content if c}, key=len, reverse=True)
    problems = []
    for where, text in widget_texts(root, skip_documents):
        for piece in pieces:
            text = text.replace(piece, " ")
        if not text or any(name in where and text == own for name, own in OWN_NAMES):
            continue
        reason = untranslated(text, templates)
        if reason:
            problems.append(f"{where}: {text!r} ({reason})")
    return sorted(set(problems))


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Menus (and the menu bar) where two entries answer the same Alt+letter."""
    clashes = []
    holders = [w for w in [root, *root.findChildren(QWidget)] if isinstance(w, (QMenu, QMenuBar))]
    for holder in holders:
        seen: dict[str, str] = {}
        for action in holder.actions():
            letter = _letter(action.text()) if action.isVisible() else None
            if letter is None:
                continue
            if letter in seen:
                clashes.append(f"Alt+{letter}: {seen[letter]!r} and {action.text()!r}")
            seen[letter] = action.text()
    return clashes


def button_clashes(window: QWidget) -> list[str]:
    """Visible buttons whose Alt+letter a menu title of the same window also answers."""
    bars = [w for w in window.findChildren(QMenuBar) if w.isVisible()]
    menus = {_letter(a.text()): a.text() for bar in bars for a in bar.actions() if a.isVisible()}
    buttons: dict[str, str] = {}
    clashes = []
    for button in window.findChildren(QAbstractButton):
        letter = _letter(button.text()) if button.isVisible() else None
        if letter is None:
            continue
        other = menus.get(letter) or buttons.get(letter)
        if other is not None:
            clashes.append(f"Alt+{letter}: {button.text()!r} and {other!r}")
        buttons[letter] = button.text()
    return clashes

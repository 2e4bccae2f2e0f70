"""The keyboard shortcut sheet, read from the window's real QActions so it never lies.

A shortcut added, changed or removed in the code shows up here with no
second list to keep in step. Rows are grouped under the menu that shows the
action (in menu-bar order); actions that live on the window only, such as
Esc on the article, come last under "Other keys".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


@dataclass(frozen=True)
class Shortcut:
    group: str  # the menu it is in, without its mnemonic
    keys: str  # every key sequence, as the platform writes it, joined by " / "
    command: str  # the action's text, without its mnemonic
    description: str  # its status tip, else its tooltip (without the "(keys)" suffix)


def plain(text: str) -> str:
    """Menu text without its mnemonic ampersand or trailing dots: "&Open…" -> "Open"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_text(action: QAction) -> str:
    return " / ".join(
        s.toString(QKeySequence.NativeText) for s in action.shortcuts() if not s.isEmpty()
    )


# "(Ctrl+Z)" or "(Esc)" at the end of a tip: the sheet shows the keys in their own column.
_KEYS_AT_END = re.compile(r"\s*\([^()\s]+\)$")


def _description(action: QAction, keys: str) -> str:
    tip = action.statusTip() or action.toolTip()
    for suffix in (f" ({keys})", f" ({keys.split(' / ')[0]})"):
        tip = tip.removesuffix(suffix)
    tip = _KEYS_AT_END.sub("", tip)
    return "" if plain(tip) == plain(action.text()) else tip


def _menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def shortcuts(window: QWidget) -> list[Shortcut]:
    """Every action of ``window`` that has a key and a name, grouped by menu."""
    rows: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()

    def add(group: str, action: QAction) -> None:
        keys = key_text(action)
        command = plain(action.text())
        if not keys or not command or (keys, command) in seen:
            return
        seen.add((keys, command))
        rows.append(Shortcut(group, keys, command, _description(action, keys)))

    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is not None:
        for top in menu_bar.actions():
            if top.menu() is not None:
                for action in _menu_actions(top.menu()):
                    add(plain(top.text()), action)
    other = translate("Shortcuts", "Other keys")
    for action in window.findChildren(QAction):
        if not isinstance(action.parent(), QMenu):  # a context menu's copies are not commands
            add(other, action)
    return rows

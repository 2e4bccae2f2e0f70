"""Walk a window as a screen reader and a keyboard-only user meet it.

``nodes`` goes down the accessible tree (QAccessible interfaces, what the
AT-SPI bridge hands to Orca) and copies what a reader gets from each
visible one; ``unnamed_controls`` lists the interactive ones without a
name; ``tab_cycle`` presses Tab from a widget until the focus comes back,
and ``skipped_by_tab`` lists the visible controls that Tab never reached.

Only plain copies leave this module: an interface wrapper kept past its
widget's life (in a failed test's traceback, say) lets shiboken hand the
wrapper out again for a new widget at the same address.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import getCppPointer

INTERACTIVE = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.List,
    QAccessible.Role.Table, QAccessible.Role.Tree, QAccessible.Role.Slider,
    QAccessible.Role.SpinBox, QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown,
    QAccessible.Role.PageTab, QAccessible.Role.ProgressBar, QAccessible.Role.Graphic,
    QAccessible.Role.ListItem, QAccessible.Role.Cell,
}
ITEMS = (QAccessible.Role.ListItem, QAccessible.Role.Cell)
MAX_ITEMS = 200  # rows of a long table: the first ones show the pattern


@dataclass(frozen=True)
class Node:
    """What a screen reader gets from one accessible object."""

    role: QAccessible.Role
    name: str
    description: str
    value: str
    where: str  # the widget's class and object name, for messages
    current_value: float | None = None  # a value interface's (progress bars, sliders)
    maximum_value: float | None = None


def _node(iface) -> Node:
    obj = iface.object()
    where = f"{type(obj).__name__} {obj.objectName()!r}" if obj is not None else "item"
    values = iface.valueInterface()
    return Node(
        iface.role(), iface.text(QAccessible.Text.Name),
        iface.text(QAccessible.Text.Description), iface.text(QAccessible.Text.Value), where,
        values.currentValue() if values is not None else None,
        values.maximumValue() if values is not None else None,
    )


def nodes(root: QWidget) -> list[Node]:
    """Every visible accessible object under ``root``; list and table items all, scrolled or not."""
    found, stack = [], [QAccessible.queryAccessibleInterface(root)]
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        if iface.state().invisible and iface.role() not in ITEMS:
            continue
        found.append(_node(iface))
        count = iface.childCount()
        for k in range(min(count, MAX_ITEMS)):
            stack.append(iface.child(k))
    return found


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls (and pictures) a screen reader would announce without a name."""
    return [f"{n.role.name} in {n.where}" for n in nodes(root)
            if n.role in INTERACTIVE and not n.name.strip()]


def find(root: QWidget, role, name_part: str = "") -> list[Node]:
    return [n for n in nodes(root) if n.role == role and name_part in n.name]


def items(widget: QWidget) -> list[Node]:
    """The rows (list items, table cells) of a list or table, as a reader gets them."""
    return [n for n in nodes(widget) if n.role in ITEMS]


def spoken(widget: QWidget, text=QAccessible.Text.Name) -> str:
    """One widget's name (or description, or value) as a reader gets it."""
    return QAccessible.queryAccessibleInterface(widget).text(text)


def read_text(widget: QWidget) -> str:
    """All the text of a text widget, through its accessible text interface."""
    text = QAccessible.queryAccessibleInterface(widget).textInterface()
    return text.text(0, text.characterCount())


def tab_cycle(qtbot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until the focus comes back (or ``limit`` steps)."""
    start.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    first = QApplication.focusWidget()
    seen = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        here = QApplication.focusWidget()
        if here is first:
            break
        seen.append(here)
    return seen


def tab_stops(area: QWidget) -> list[QWidget]:
    """The visible, enabled widgets in ``area`` that take focus from Tab."""
    stops = []
    for widget in area.findChildren(QWidget):
        if not widget.isVisibleTo(area.window()) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.TabFocus or widget.focusProxy() is not None:
            continue
        if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea") \
                and widget.objectName().startswith("qt_scrollarea"):
            continue
        if isinstance(widget, QAbstractButton) and widget.parent().inherits("QLineEdit"):
            continue  # a line edit's clear button: the mouse's, Esc or Ctrl+A do it by keys
        stops.append(widget)
    return stops


def _address(widget: QWidget) -> int:
    """The C++ object's address: Python wrappers of Qt-made widgets come and go."""
    return getCppPointer(widget)[0]


def skipped_by_tab(qtbot, area: QWidget, start: QWidget) -> list[str]:
    """Visible controls in ``area`` that Tab, pressed from ``start``, never reaches."""
    reached = set(map(_address, tab_cycle(qtbot, start)))
    return [f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
            for w in tab_stops(area) if _address(w) not in reached]

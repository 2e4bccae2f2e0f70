"""Walk a window as a screen reader and a keyboard-only user meet it.

``unnamed_controls`` goes down the accessible tree (QAccessible interfaces,
what the AT-SPI bridge hands to Orca) and lists every visible interactive
control whose name is empty; ``tab_cycle`` presses Tab from a widget until
the focus comes back, and ``skipped_by_tab`` lists the visible controls
that Tab never reached.
"""

from __future__ import annotations

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
SKIPPED_ITEMS = 40  # rows of a long list or table: the first ones show the pattern


def interfaces(root) -> list:
    """Every visible accessible interface under ``root`` (a widget or an interface)."""
    start = root if hasattr(root, "childCount") else QAccessible.queryAccessibleInterface(root)
    found, stack = [], [start]
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid() or iface.state().invisible:
            continue
        found.append(iface)
        count = iface.childCount()
        for k in range(min(count, SKIPPED_ITEMS)):
            stack.append(iface.child(k))
    return found


def describe(iface) -> str:
    obj = iface.object()
    where = f"{type(obj).__name__} {obj.objectName()!r}" if obj is not None else "item"
    return f"{iface.role().name} in {where}"


def unnamed_controls(root) -> list[str]:
    """Interactive controls (and pictures) a screen reader would announce without a name."""
    missing = []
    for iface in interfaces(root):
        if iface.role() not in INTERACTIVE:
            continue
        if iface.role() == QAccessible.Role.Cell and iface.state().invisible:
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            missing.append(describe(iface))
    return missing


def find(root, role, name_part: str = "") -> list:
    return [i for i in interfaces(root)
            if i.role() == role and name_part in i.text(QAccessible.Text.Name)]


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

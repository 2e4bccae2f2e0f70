"""Tooltips that name their shortcut: one helper for every action that has one."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def set_tip(action: QAction, tip: str) -> None:
    """A tooltip that names the shortcut, and the same words in the status bar."""
    keys = action.shortcut().toString(QKeySequence.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)

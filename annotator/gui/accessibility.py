"""What a screen reader hears: names, descriptions and spoken announcements.

Highlights are painted over the article (painter.py), so Qt's own text
accessibility never sees them. The windows therefore say what happens in
words: :func:`announce` sends a ``QAccessibleAnnouncementEvent`` (read out by
Orca, NVDA or VoiceOver without moving the focus), and the article's
accessible description names the highlight under the caret, so a reader
that asks again hears it again (the status bar's line is gone after a few
seconds). Every control gets its name from :func:`name`, in the interface
language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

CARET_SETTING = "accessibility/announce_caret"  # speak the highlight the caret enters


def announce(target: QObject, message: str, assertive: bool = False) -> None:
    """Have screen readers speak ``message`` now, without moving the focus.

    Polite announcements wait for the reader to finish its sentence; an
    assertive one (an error) interrupts it. Qt drops the event cheaply when
    no assistive technology listens.
    """
    if not message:
        return
    event = QAccessibleAnnouncementEvent(target, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def name(widget, text: str, description: str = ""):
    """Give a control the name (and description) a screen reader says; returns it."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def plain_text(text: str) -> str:
    """A menu text as words: no "&" mnemonic marks, no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def caret_announcements_on(settings) -> bool:
    """Whether to speak the highlight the caret enters (on unless turned off in Settings)."""
    if settings is None:
        return True
    value = settings.value(CARET_SETTING, True)
    return value not in (False, "false", "0", 0)

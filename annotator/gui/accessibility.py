"""What a screen reader hears: names, descriptions and spoken announcements.

Highlights are painted over the article (painter.py), so Qt's own text
accessibility never sees them. The windows therefore say what happens in
words: :func:`announce` sends a ``QAccessibleAnnouncementEvent`` (read out by
Orca, NVDA or VoiceOver without moving the focus), and the article's
accessible description names the highlight under the caret, so a reader
that asks again hears it again (the status bar's line is gone after a few
seconds). Controls get their names where they are built, in the interface
language; tests/gui/test_accessibility.py walks every window for one without.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

CARET_SETTING = "accessibility/announce_caret"  # speak the highlight the caret enters


def announce(target: QObject, message: str) -> None:
    """Have screen readers speak ``message`` now, without moving the focus.

    The announcement is polite: it waits for the reader to finish its
    sentence. Qt drops the event cheaply when no assistive technology listens.
    """
    if message:
        # Loaded with the first announcement: the accessibility classes' enums are
        # many, and nothing is announced before the first paint.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(target, message))


def plain_text(text: str) -> str:
    """A menu text as words: no "&" mnemonic marks, no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def caret_announcements_on(settings) -> bool:
    """Whether to speak the highlight the caret enters (on unless turned off in Settings)."""
    if settings is None:
        return True
    value = settings.value(CARET_SETTING, True)
    return value not in (False, "false", "0", 0)

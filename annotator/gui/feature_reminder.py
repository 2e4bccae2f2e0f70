"""The reminder of required questions left unanswered, when work is saved or handed in.

Never blocking (scoring.md §10: ``required`` only reminds): the trainee may
hand in with answers missing; a missing answer then counts as ``missing``
where the expert gave values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.features import unanswered

if TYPE_CHECKING:
    from annotator.core.session import Session

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SHOWN = 3  # highlights named in the line; the count says how many more


def unanswered_reminder(session: Session | None, language: str) -> str:
    """One line naming the first highlights whose required questions are empty; "" if none."""
    if session is None:
        return ""
    missing = unanswered(session.exercise.tagset, session.annotations)
    if not missing:
        return ""
    named = []
    for item in missing[:SHOWN]:
        quote = " ".join(item.annotation.quote.split())
        if len(quote) > 30:
            quote = quote[:29] + "…"
        named.append(f"«{quote}» ({item.feature.label(language)})")
    count = len(missing)
    line = translate("FeatureReminder", "%n question(s) not answered yet: %1", "", count)
    line = line.replace("%n", str(count)).replace("%1", "; ".join(named))
    if count > SHOWN:
        line += " …"
    return line

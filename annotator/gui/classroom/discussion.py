"""The discussion page of the class overview: the instructor notes' prompts for the lesson.

After grading, an instructor turns to the class. The exercise's notes hold
the discussion prompts (and the goals and background facts behind them);
this page shows them beside the numbers, in the interface language when
the notes have it, else in the exercise's own.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from annotator.core.model import InstructorNotes

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class DiscussionPage(QTextBrowser):
    """Read-only, selectable text: prompts first, then goals and background facts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discussionPrompts")
        self.setOpenLinks(False)
        self.setAccessibleName(translate("Overview", "Discussion prompts"))
        self.prompts: list[str] = []
        self.set_notes(None, "en")

    def set_notes(self, notes: InstructorNotes | None, language: str) -> None:
        if notes is None:
            self.prompts = []
            empty = translate(
                "Overview", "This exercise has no instructor notes: no discussion prompts to show.")
            self.setHtml(f"<p>{escape(empty)}</p>")
            return
        self.prompts = notes.in_language("prompts", language)
        sections = (
            (translate("Overview", "Questions for the class"), self.prompts, "ol"),
            (translate("Overview", "What the lesson is for"),
             notes.in_language("goals", language), "ul"),
            (translate("Overview", "Facts to have at hand"),
             notes.in_language("background", language), "ul"),
            (translate("Overview", "Time plan"), notes.in_language("time_plan", language), "ul"),
        )
        parts = []
        for heading, items, tag in sections:
            if items:
                rows = "".join(f"<li>{escape(item)}</li>" for item in items)
                parts.append(f"<h3>{escape(heading)}</h3><{tag}>{rows}</{tag}>")
        self.setHtml("".join(parts))

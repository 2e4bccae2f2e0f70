"""Help: the trainee's guide, the instructor's guide and the keyboard shortcut sheet.

The guides are HTML files shipped in resources/help/<language>/, written for
people, with no external resources, so they work offline on a school laptop.
The shortcut sheet is built from the window's QActions each time it is
shown (shortcuts.py), so it lists the keys that really work, in the
language the actions speak.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from annotator.bundled import resources_dir
from annotator.gui.i18n import DEFAULT_LANGUAGE
from annotator.gui.shortcuts import shortcuts

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

GUIDES = ("trainee", "instructor")
PAGES = (*GUIDES, "shortcuts")


def guide_path(name: str, language: str) -> Path:
    """The guide in ``language``, else in English."""
    folder = resources_dir() / "help"
    path = folder / language / f"{name}.html"
    return path if path.is_file() else folder / DEFAULT_LANGUAGE / f"{name}.html"


class ShortcutSheet(QWidget):
    """Every key of a window, under the menu it belongs to, as a table that wraps."""

    def __init__(self, window: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.window_with_actions = window
        self.view = QTextBrowser(self)
        self.view.setObjectName("shortcutSheet")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.rows: list = []
        self.refresh()

    def refresh(self) -> None:
        """Read the actions again: an exercise with other categories has other keys."""
        self.rows = shortcuts(self.window_with_actions)
        self.view.setHtml(self.html())

    def html(self) -> str:
        headers = (
            translate("HelpWindow", "Keys"),
            translate("HelpWindow", "Command"),
            translate("HelpWindow", "What it does"),
        )
        title = translate("HelpWindow", "Keyboard shortcuts")
        parts = [
            f"<h2>{escape(title)}</h2>",
            "<p>"
            + escape(
                translate(
                    "HelpWindow",
                    "Every key below works in this window. Category keys mark the selected "
                    "words; hold Alt with them to mark exactly what is selected.",
                )
            )
            + "</p>",
            "<table cellspacing='0' cellpadding='4' width='100%'>",
            "<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in headers) + "</tr>",
        ]
        group = None
        for row in self.rows:
            if row.group != group:
                group = row.group
                parts.append(f"<tr><td colspan='3'><h3>{escape(group)}</h3></td></tr>")
            parts.append(
                f"<tr><td><b>{escape(row.keys)}</b></td><td>{escape(row.command)}</td>"
                f"<td>{escape(row.description)}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)


class HelpWindow(QWidget):
    """One window with the two guides and the shortcut sheet, one tab each."""

    def __init__(self, window: QWidget, language: str, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(translate("HelpWindow", "annotator help"))
        self.language = language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("helpTabs")
        self.guides: dict[str, QTextBrowser] = {}
        titles = {
            "trainee": translate("HelpWindow", "&Guide for trainees"),
            "instructor": translate("HelpWindow", "Guide for &instructors"),
        }
        for name in GUIDES:
            browser = QTextBrowser(self)
            browser.setObjectName("guideView")
            browser.setOpenExternalLinks(False)
            browser.setSource(QUrl.fromLocalFile(str(guide_path(name, language))))
            self.guides[name] = browser
            self.tabs.addTab(browser, titles[name])
        self.sheet = ShortcutSheet(window, self)
        self.tabs.addTab(self.sheet, translate("HelpWindow", "&Keyboard shortcuts"))
        self.tabs.setTabToolTip(0, translate("HelpWindow", "How to mark an article (Alt+G)"))
        self.tabs.setTabToolTip(
            1, translate("HelpWindow", "Making, handing out and grading exercises (Alt+I)")
        )
        self.tabs.setTabToolTip(2, translate("HelpWindow", "Every key, from the menus (Alt+K)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.Close, self, self.close)
        self.resize(820, 640)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Escape:  # what the pages do not use closes the window
            self.close()
        else:
            super().keyPressEvent(event)

    def show_page(self, page: str) -> None:
        """Bring the window up on one page: "trainee", "instructor" or "shortcuts"."""
        if page == "shortcuts":
            self.sheet.refresh()
        self.tabs.setCurrentIndex(PAGES.index(page))
        self.show()
        self.raise_()
        self.activateWindow()
        self.tabs.currentWidget().setFocus()

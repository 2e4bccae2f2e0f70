"""About: the version, our licence and the licences of what we are built on.

Schools must be able to tell what they installed and under which terms. The
versions come from the running modules themselves (they are right in a
wheel, a checkout and a frozen app alike); our licence comes from the
installed package's metadata, which pyproject.toml writes, with the same
expression as a fallback for a frozen app without metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

import annotator
from annotator.bundled import resources_dir

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

OWN_LICENCE = "GPL-3.0-or-later"  # as in pyproject.toml; used when no metadata is installed


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def own_licence() -> str:
    try:
        info = metadata.metadata("annotator")
    except metadata.PackageNotFoundError:
        return OWN_LICENCE
    return info.get("License-Expression") or info.get("License") or OWN_LICENCE


def components() -> list[Component]:
    """What the app runs on, with the version actually loaded."""
    import lxml.etree
    import pydantic
    import PySide6

    return [
        Component("Qt", qVersion(), "LGPL-3.0"),
        Component("Qt for Python (PySide6)", PySide6.__version__, "LGPL-3.0"),
        Component("pydantic", pydantic.VERSION, "MIT"),
        Component("lxml", lxml.etree.__version__, "BSD-3-Clause"),
        Component("libxml2", ".".join(map(str, lxml.etree.LIBXML_VERSION)), "MIT"),
    ]


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{escape(c.name)}</td><td>{escape(c.version)}</td>"
        f"<td>{escape(c.licence)}</td></tr>"
        for c in components()
    )
    texts = {
        "intro": translate(
            "About",
            "Highlight claims, attributions and framing in news articles, then compare "
            "with an expert's answer, span by span.",
        ),
        "version": translate("About", "Version %1").replace("%1", annotator.__version__),
        "licence": translate(
            "About",
            "Free software under the licence %1: you may use it, study it, share it and "
            "change it; if you share changed copies, share them under the same licence.",
        ).replace("%1", f"<b>{escape(own_licence())}</b>"),
        "built": translate("About", "Built on"),
        "component": translate("About", "Component"),
        "component_version": translate("About", "Version"),
        "component_licence": translate("About", "Licence"),
        "lgpl": translate(
            "About",
            "Qt and PySide6 are used as shared libraries under the LGPL-3.0; you may "
            "replace them with other versions.",
        ),
    }
    return (
        "<h2>annotator</h2>"
        f"<p>{texts['intro']}</p>"
        f"<p><b>{texts['version']}</b></p>"
        f"<p>{texts['licence']}</p>"
        f"<h3>{texts['built']}</h3>"
        "<table cellspacing='0' cellpadding='4' border='1'>"
        f"<tr><th>{texts['component']}</th><th>{texts['component_version']}</th>"
        f"<th>{texts['component_licence']}</th></tr>{rows}</table>"
        f"<p>{texts['lgpl']}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("About", "About annotator"))
        icon = QLabel(self)
        icon.setPixmap(
            QIcon(str(resources_dir() / "icons" / "app" / "annotator.svg")).pixmap(64, 64)
        )
        icon.setAlignment(Qt.AlignTop)
        icon.setAccessibleName("annotator")  # the app's picture: its name says it all
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutView")
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html())
        self.text.setMinimumSize(500, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        about_qt = buttons.addButton(translate("About", "About &Qt"), QDialogButtonBox.HelpRole)
        about_qt.setToolTip(translate("About", "Qt's own version and licence"))
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

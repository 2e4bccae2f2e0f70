"""Words of Qt's own dialogs that Qt's Spanish catalog lacks or gets wrong.

The file dialogs come from Qt and are translated by its ``qtbase_es.qm``,
which still has the labels of older Qt versions ("Look in:" where Qt 6
shows "&Look in:"), leaves the file types of the list in English ("Folder")
and drops a letter from one tooltip. Writing those few strings here, in
Qt's own contexts, puts them in our translation files; our translator is
installed after Qt's, so it is asked first and fills exactly these gaps.
Nothing calls this at run time except the test that checks the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def qt_words() -> list[str]:
    """Each string in the current language (the test checks none stays English in Spanish)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QFileDialog", "Computer"),
        translate("QFileDialog", "Go to the parent directory"),
        translate("QAbstractFileIconProvider", "Folder"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "File"),
        translate("QAbstractFileIconProvider", "%1 File"),
        translate("QAbstractFileIconProvider", "Shortcut"),
        translate("QAbstractFileIconProvider", "Unknown"),
    ]

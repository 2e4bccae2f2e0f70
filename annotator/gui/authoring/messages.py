"""The core's refusals in the instructor's language.

The core (annotator.core.authoring) raises AuthoringError with an English
template and its values; the core cannot use Qt's translations, so the
templates are listed here for pyside6-lupdate, and :func:`describe` looks
them up. A test checks that this list and the core's templates agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from annotator.core.authoring import AuthoringError

translate = QCoreApplication.translate

TEMPLATES = (
    QT_TRANSLATE_NOOP("AuthoringErrors", "the exercise id cannot be empty"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the category id cannot be empty"),
    QT_TRANSLATE_NOOP(
        "AuthoringErrors",
        "{id} is not a valid exercise id: use letters, digits, '-', '_' or '.', starting with "
        "a letter",
    ),
    QT_TRANSLATE_NOOP(
        "AuthoringErrors",
        "{id} is not a valid category id: use letters, digits, '-', '_' or '.', starting with "
        "a letter",
    ),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the exercise needs a title"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "{language} is not a language code such as es or en"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the version must be one word, such as 1 or 2b"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "no key span {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "range {start}-{end} is not inside the text"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "key span {id} already exists"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "cannot change {fields} of a key span"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "duplicate key span id {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "unknown category {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "an article needs at least one block"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "an exercise needs at least one category"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "{where}: {problem}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is no block {number}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "unknown block kind {kind}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a block cannot be empty: delete it instead"),
    QT_TRANSLATE_NOOP(
        "AuthoringErrors", "put the cursor inside the text to split it: one side is empty"
    ),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the last block has nothing after it to merge with"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is no place {number} for a block"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a block cannot be empty"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "two categories cannot share the id {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the key {key} is already the shortcut of {category}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the category {id} needs a label"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is no category {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a category needs a label"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is already a category {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "{color} is not a colour like #0072b2"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a shortcut is a single key"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "{count} key spans use the category {category}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "key span {id} already has exactly this extent"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "key span {id} has no alternative {n}"),
)


def describe(error: AuthoringError) -> str:
    """The refusal as one line in the interface's language (English if no translation)."""
    translated = translate("AuthoringErrors", error.template)
    try:
        return translated.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)

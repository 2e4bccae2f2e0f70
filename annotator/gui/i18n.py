"""The interface language: which one to speak, and Qt's translators for it.

Schools install once and students use the app in their own language, so the
choice is layered: ``--language`` on the command line wins (a teacher's
shortcut or a kiosk script), then the language picked in Settings, then the
system locale (Spanish for any ``es*`` locale, English otherwise).

Two translators are installed: ours (``annotator_xx.qm`` from
resources/translations) and Qt's own ``qtbase_xx.qm`` from the PySide6
wheel, so the standard buttons and file dialogs speak the same language.
The source strings are English; ``annotator_en.qm`` only carries plural
forms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from annotator.bundled import resources_dir

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "en"  # for locales that are neither Spanish nor English
# Each language named in itself: a student who cannot read the current
# language still finds their own in the list.
LANGUAGE_NAMES = {"es": "Español", "en": "English"}
SETTING = "ui/language"  # "" follows the system


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """Spanish for any Spanish locale (es_ES, es_MX, es_419, ...), else English."""
    locale = locale or QLocale.system()
    return "es" if locale.language() == QLocale.Spanish else DEFAULT_LANGUAGE


def saved_language(store: QSettings | None) -> str | None:
    """The language picked in Settings, or None when it should follow the system."""
    if store is None:
        return None
    value = store.value(SETTING, "", str)
    return value if value in LANGUAGES else None


def choose_language(requested: str | None, store: QSettings | None = None) -> str:
    """Command line, else Settings, else the system locale."""
    if requested in LANGUAGES:
        return requested
    return saved_language(store) or system_language()


def install(app: QCoreApplication, language: str) -> list[str]:
    """Replace the app's translators with those for ``language``; return what was loaded.

    Safe to call again (Settings, tests): the previous translators are removed
    first. A missing file is not an error; the strings then stay English.
    """
    for old in getattr(app, "_annotator_translators", []):
        app.removeTranslator(old)
    app._annotator_translators = []
    loaded = []
    for name, folder in (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
        (f"annotator_{language}", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            app._annotator_translators.append(translator)
            loaded.append(name)
    QLocale.setDefault(QLocale(QLocale.Spanish if language == "es" else QLocale.English))
    return loaded


def decimal(value: float, decimals: int = 1) -> str:
    """A score as the interface language writes it: 73,5 in Spanish, 73.5 in English.

    Follows the default locale that :func:`install` sets, like the reports'
    ``Words.number`` does for PDFs, so the window and the reports agree.
    """
    return QLocale().toString(float(value), "f", decimals)


def mark(value: float) -> str:
    """A pass mark without needless decimals: 60, or 62,5 in Spanish."""
    return QLocale().toString(float(value), "g", 6)

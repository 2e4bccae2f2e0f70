"""Translations: complete .ts files, the language choice, and a Spanish UI with no English left."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from spanish_walk import REPO, english_left, english_templates, mnemonic_clashes, untranslated

from annotator.gui import i18n

TRANSLATIONS = REPO / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}")  # Qt's %1, %n and Python's {name}


def _update_script():
    return _load("update_translations", REPO / "scripts" / "update_translations")


@pytest.fixture
def spanish(qapp):
    """Spanish translators (ours and Qt's) for one test; English again afterwards."""
    default = QLocale()
    assert i18n.install(qapp, "es") == ["qtbase_es", "annotator_es"]
    yield
    for translator in qapp._annotator_translators:
        qapp.removeTranslator(translator)
    qapp._annotator_translators = []
    QLocale.setDefault(default)


# ------------------------------------------------------------------ .ts files


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_entry_is_translated_and_keeps_its_placeholders(language):
    """Ensure no .ts entry is unfinished, and no translation drops a %1 or a mnemonic."""
    ts = TRANSLATIONS / f"annotator_{language}.ts"
    script = _update_script()
    assert script.unfinished(ts) == [], f"run scripts/update_translations and translate {ts.name}"
    for context, source, translation in script.messages(ts):
        text = "".join(translation.itertext())
        assert sorted(set(PLACEHOLDER.findall(source))) == sorted(
            set(PLACEHOLDER.findall(text))
        ), f"{ts.name} {context}: {source!r} -> {text!r}"
        has_mnemonic = re.search(r"&[^&\s]", source) is not None
        assert has_mnemonic == (re.search(r"&[^&\s]", text) is not None), (
            f"{ts.name} {context}: the mnemonic of {source!r} is lost or added in {text!r}"
        )


def test_translation_sources_cover_the_code_and_the_qm_files_are_built():
    """Ensure every translate() in the GUI is in the .ts files and the .qm match them."""
    problems = _update_script().check()
    assert problems == [], "\n".join(problems)


def test_the_qm_files_ship_inside_the_package():
    """Ensure the compiled translations sit in resources/, which the wheel maps in."""
    for language in i18n.LANGUAGES:
        assert (i18n.translations_dir() / f"annotator_{language}.qm").is_file()


def test_mnemonics_in_one_spanish_menu_do_not_clash():
    """Ensure Alt+letter reaches one command per menu in Spanish (checked on the File menu)."""
    root = ET.parse(TRANSLATIONS / "annotator_es.ts").getroot()
    spanish = {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}
    file_menu = ["&Open…", "Open &Recent", "&Save", "Save &As…", "&Quit"]
    letters = [re.search(r"&(\w)", spanish[s]).group(1).casefold() for s in file_menu]
    assert len(letters) == len(set(letters)), letters


# ------------------------------------------------------------ language choice


def test_the_command_line_beats_the_setting_which_beats_the_system(tmp_path):
    """Ensure --language, then Settings, then the system locale decide the language."""
    store = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    system = i18n.system_language()
    assert i18n.choose_language(None, store) == system
    store.setValue("ui/language", "es")
    assert i18n.choose_language(None, store) == "es"
    assert i18n.choose_language("en", store) == "en"
    store.setValue("ui/language", "fr")  # not one we speak: follow the system
    assert i18n.choose_language(None, store) == system


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("es_ES", "es"), ("es_MX", "es"), ("es_AR", "es"), ("en_GB", "en"), ("fr_FR", "en")],
)
def test_spanish_locales_get_spanish_and_the_rest_english(locale, expected):
    assert i18n.system_language(QLocale(locale)) == expected


def test_spanish_mode_translates_our_strings_and_qts_own(spanish):
    """Ensure both translators are installed: our menus and Qt's standard buttons."""
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_the_checker_spots_english(spanish):
    """Ensure the walk below would catch an English string (and let Spanish through)."""
    templates = english_templates()
    assert untranslated("Save your highlights to another file", templates)
    assert untranslated("Working: Ana", templates)  # a template with its %1 filled in
    assert untranslated("Settings for the class", templates)
    assert untranslated("Guardar tus subrayados en otro archivo", templates) is None
    assert untranslated("Trabajando: Ana — annotator", templates) is None
    assert untranslated("Ctrl+Mayús+Z · F1 · 100 %", templates) is None


# ------------------------------------------------------------------ the walk


def _check(widget, content: tuple[str, ...] = ()) -> None:
    guides = tuple(getattr(widget, "guides", {}).values())  # prose: checked on its own below
    left = english_left(widget, guides, content)
    assert left == [], "English in Spanish mode:\n" + "\n".join(left)
    clashes = mnemonic_clashes(widget)
    assert clashes == [], "Spanish menus with one Alt+letter twice:\n" + "\n".join(clashes)


def test_the_spanish_workspace_shows_no_english(spanish, qtbot, exercise_path, prompts):
    """Ensure menus, toolbar, legend, list, find bar and context menu all speak Spanish."""
    from tests_gui_helpers import mark

    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language="es")
    qtbot.addWidget(window)
    assert window.start(exercise_path) == "opened"
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    mark(qtbot, window, "Alianza geopolítica en desarrollo")
    assert window.session.annotations
    window._fill_recent_menu()
    window.find_bar.open_bar()
    _check(window)
    start = window.session.text.index("sostuvo este martes")
    window.view.select_offsets(start, start + 10)
    menu = window.context_menu(window.session.annotations[0].start)
    _check(menu)


def test_the_spanish_comparison_with_the_expert_shows_no_english(spanish, qtbot, window_es):
    """Ensure check mode (score card, feedback list, filters, verdicts) speaks Spanish."""
    from tests_gui_helpers import mark

    window_es.activateWindow()
    qtbot.waitUntil(window_es.isActiveWindow, timeout=2000)
    mark(qtbot, window_es, "Alianza geopolítica en desarrollo", Qt.Key_3)
    mark(qtbot, window_es, "Según la Presidencia rusa", Qt.Key_1)  # the wrong category
    mark(qtbot, window_es, "Kim Jong-un", Qt.Key_1)  # an extra
    assert window_es.comparison.enter()
    qtbot.waitUntil(lambda: window_es.comparison.result is not None)
    _check(window_es)
    sentences = [row.item.sentence for row in window_es.comparison.view.rows]
    assert sentences and all(untranslated(s, []) is None for s in sentences)  # the core's es


def test_the_spanish_authoring_window_shows_no_english(spanish, qtbot, exercise_path):
    """Ensure the instructor's authoring window, on every page, speaks Spanish."""
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language="es")
    qtbot.addWidget(window)
    assert window.open_path(exercise_path)
    window.show()
    qtbot.waitExposed(window)
    _check(window, _exercise_content(exercise_path))


def test_the_spanish_course_dialog_shows_no_english(spanish, qtbot, exercise_path):
    """Ensure both pages of the course and teacher's notes dialog, and a refusal, speak
    Spanish."""
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language="es")
    qtbot.addWidget(window)
    assert window.open_path(exercise_path)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.edit_course()
    qtbot.waitExposed(dialog)
    course = window.draft.course
    content = (*_exercise_content(exercise_path), window.draft.details.licence,
               *(label for skill in course.skills for label in skill.labels.values()),
               *(skill.id for skill in course.skills))
    dialog.pairs_box.setEditText("mal id")
    assert dialog.check() is None
    assert dialog.problem.text() == (
        "⚠ 'mal id' no es un identificador de ejercicio: usa letras, cifras, '-', '_' o '.', "
        "empezando por una letra")
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        left = english_left(dialog, (), content + _notes(window.draft.notes))
        assert left == [], "English in Spanish mode:\n" + "\n".join(left)
    dialog.reject()


def _notes(notes) -> tuple[str, ...]:
    return tuple(item for name in ("goals", "background", "prompts", "time_plan")
                 for items in getattr(notes, name).values() for item in items) if notes else ()


def _exercise_content(path: Path) -> tuple[str, ...]:
    """Every text of an exercise file, in every language: what its author wrote, not ours."""
    from annotator.xmlio.readers import read_exercise

    exercise = read_exercise(path).document
    texts = [exercise.title, exercise.instructions or ""]
    for category in exercise.tagset.categories:
        texts += [*category.labels.values(), *category.descriptions.values()]
    for span in exercise.key:
        texts += [span.quote, *span.explanations.values()]
    return tuple(texts)


def test_the_spanish_class_window_shows_no_english(spanish, qtbot, tmp_path):
    """Ensure the gradebook, the class overview, the problems and a trainee's view speak Spanish."""
    from annotator.bundled import first_exercise
    from annotator.gui.classroom.prompts import NoClassPrompts
    from annotator.gui.classroom.window import ClassWindow

    make_class = _load("class_maker", REPO / "tests" / "gui" / "classroom" / "class_maker.py")
    folder = tmp_path / "entregas"
    make_class.make_class(folder, size=6, broken=True, foreign=True, duplicate=True)
    window = ClassWindow(prompts=NoClassPrompts(), language="es")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(first_exercise(), [folder])
    # Why a file could not be graded comes from the Qt-free core and the XML parser:
    # the Problems page must say it in Spanish too, nothing allowed as English.
    problems = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert len(problems) == 3
    for line in problems:
        assert untranslated(line, []) is None, line
    # Numbers as Spanish writes them, as the PDF reports do: 66,7, never 66.7.
    scores = [window.gradebook.proxy.index(row, column).data()
              for row in range(window.gradebook.proxy.rowCount())
              for column in range(window.gradebook.proxy.columnCount())]
    decimals = [s for s in scores if isinstance(s, str) and re.fullmatch(r"\d+[.,]\d", s)]
    assert decimals and all("," in s for s in decimals), decimals
    assert re.search(r"mediana \d+,\d", window._summary(window.result)), window._summary
    _check(window)
    window.gradebook.table.setCurrentIndex(window.gradebook.proxy.index(0, 0))
    window.gradebook.table.activated_row.emit(0)  # what Enter on a row does
    qtbot.waitUntil(lambda: getattr(window, "trainee_view", None) is not None)
    _check(window.trainee_view)


def _load(name: str, path: Path):
    loader = SourceFileLoader(name, str(path))
    module = module_from_spec(spec_from_loader(name, loader))
    loader.exec_module(module)
    return module


def test_spanish_settings_help_and_about_show_no_english(spanish, qtbot, window_es):
    """Ensure the Settings dialog, every help page and About speak Spanish."""
    from annotator.gui import help_menu

    settings = help_menu.open_settings(window_es)
    _check(settings)
    settings.reject()
    help_window = help_menu.open_help(window_es, "shortcuts")
    _check(help_window)
    about = help_menu.open_about(window_es)
    _check(about)
    about.reject()


def test_the_spanish_trainee_question_shows_no_english(spanish, qtbot):
    from annotator.gui.trainee_dialog import TraineeDialog

    dialog = TraineeDialog(None, "Putin, Kim y la cumbre de Alaska")
    qtbot.addWidget(dialog)
    _check(dialog)


@pytest.fixture
def window_es(spanish, qtbot, exercise_path, prompts):
    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language="es")
    qtbot.addWidget(window)
    window.start(exercise_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_guides_exist_in_every_language_and_the_spanish_ones_are_spanish():
    """Ensure each guide is there in Spanish and English, and the Spanish has no English."""
    from spanish_walk import ENGLISH_WORDS

    for name in ("trainee", "instructor"):
        for language in i18n.LANGUAGES:
            assert (REPO / "resources" / "help" / language / f"{name}.html").is_file()
        html = (REPO / "resources" / "help" / "es" / f"{name}.html").read_text("utf-8")
        prose = re.sub(r"<(code|pre|kbd|style)>.*?</\1>", " ", html, flags=re.S)
        prose = re.sub(r"<[^>]+>", " ", prose)
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+", prose)}
        assert not words & ENGLISH_WORDS, f"{name}.html: {sorted(words & ENGLISH_WORDS)}"


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_spanish_file_dialogs_show_no_english(spanish, qtbot, tmp_path, mode):
    """Ensure Qt's own file dialogs are Spanish too, labels and the file list's types."""
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel

    (tmp_path / "clase").mkdir()
    (tmp_path / "ana.submission.xml").write_text("<x/>", encoding="utf-8")
    dialog = QFileDialog(None, "", str(tmp_path), "Entregas (*.submission.xml)")
    dialog.setOption(QFileDialog.DontUseNativeDialog)  # what Qt shows without a desktop's own
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check(dialog, (str(tmp_path), "Entregas (*.submission.xml)", "ana.submission.xml"))
    model = dialog.findChild(QFileSystemModel)
    folder = model.index(str(tmp_path / "clase"))
    qtbot.waitUntil(lambda: model.type(folder) != "", timeout=5000)
    assert model.type(folder) == "Carpeta"


def test_qt_words_are_all_translated(spanish):
    """Ensure every gap in Qt's Spanish catalog that we fill is filled (none left English)."""
    from annotator.gui.qt_words import qt_words

    english = [w for w in qt_words() if untranslated(w, english_templates())]
    assert english == []


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "Expert key: 1 span", "Expert key: 2 spans"),
    ("es", "Clave del experto: 1 pasaje", "Clave del experto: 2 pasajes"),
])
def test_counts_in_the_windows_take_the_right_number(qapp, language, one, two):
    """Ensure a count of one reads '1 span' ('1 pasaje'), not '1 spans', in both languages."""
    default = QLocale()
    i18n.install(qapp, language)
    try:
        assert QCoreApplication.translate("KeyPanel", "Expert key: %n spans", "", 1) == one
        assert QCoreApplication.translate("KeyPanel", "Expert key: %n spans", "", 2) == two
        trainees = QCoreApplication.translate("Gradebook", "%n trainees", "", 1)
        assert trainees in ("1 trainee", "1 estudiante")
    finally:
        for translator in qapp._annotator_translators:
            qapp.removeTranslator(translator)
        qapp._annotator_translators = []
        QLocale.setDefault(default)


# ------------------------------------------------------------ the guided example


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_guided_example_speaks_the_interface_language_and_its_keys_do_not_clash(
    request, qtbot, prompts, language
):
    """Ensure the start page's offer and the step strip (each step) show no English in
    Spanish, open the example in that language, and that no Alt+letter of theirs is also a
    menu's."""
    from spanish_walk import button_clashes

    from annotator.gui.library_launch import show_library
    from annotator.gui.main_window import MainWindow
    from annotator.gui.tour import STEPS

    if language == "es":
        request.getfixturevalue("spanish")
    window = MainWindow(prompts=prompts, language=language)
    qtbot.addWidget(window)
    library = show_library(window)
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    assert library.tour_offer.isVisible()
    assert button_clashes(library) == []
    if language == "es":
        _check(library.tour_offer)
        _check(library, tuple(entry.title for entry in library.entries))  # titles: content
    library.start_tour()
    tour = window.tour
    assert window.session.exercise.language == language
    qtbot.waitExposed(window)
    for _step in STEPS:
        assert button_clashes(window) == [], tour.strip.instruction
        if language == "es":
            _check(tour.strip)
            _check(window)
        tour.skip()
    assert tour.strip.finish_button.isVisible()
    assert button_clashes(window) == []
    tour.end()
    if language == "es":
        assert "Ayuda › Ejemplo guiado" in window.statusBar().currentMessage()

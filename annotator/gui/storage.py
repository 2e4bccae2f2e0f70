"""Where the app keeps its own files: settings, recovery journal, recent files.

Everything lives under the user data folder (QStandardPaths'
AppDataLocation), or under ``ANNOTATOR_DATA_DIR`` when that is set, so a
test or a kiosk set-up can point the app at a folder of its own. Settings
are an INI file in that folder, not the platform registry, for the same
reason.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings, QStandardPaths

from annotator.gui.accessibility import CARET_SETTING

if TYPE_CHECKING:
    from annotator.core.model import Trainee
    from annotator.services.journal import Journal

DATA_DIR_VARIABLE = "ANNOTATOR_DATA_DIR"
MAX_RECENT = 8


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))


def settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)


def journal(window: str | None = None) -> Journal:
    """The recovery journal; ``window`` gives a window journals of its own."""
    from annotator.services.journal import Journal  # with the first file opened

    return Journal(data_dir() / "recovery", window)


# ----------------------------------------------------------------- trainee


def instructor_name(store: QSettings) -> str:
    """The name that signs an instructor's decisions (Settings), "" when not set."""
    return " ".join(store.value("instructor/name", "", str).split())


def remember_instructor(store: QSettings, name: str) -> None:
    store.setValue("instructor/name", " ".join(name.split()))
    store.sync()


def last_trainee(store: QSettings) -> Trainee | None:
    name = store.value("trainee/name", "", str)
    trainee_id = store.value("trainee/id", "", str)
    if not (name or trainee_id):
        return None
    from annotator.core.model import Trainee  # the models load with the first document

    return Trainee(id=trainee_id or None, name=name or None)


def remember_trainee(store: QSettings, trainee: Trainee) -> None:
    store.setValue("trainee/name", trainee.name or "")
    store.setValue("trainee/id", trainee.id or "")


# ------------------------------------------------------------ recent files


def _owner(trainee: Trainee | None) -> str:
    from annotator.services.journal import identity

    return "|".join(identity(trainee)) if trainee else ""


def recent_files(store: QSettings, trainee: Trainee | None) -> list[Path]:
    """Recent exercises, and the recent submissions of this trainee only."""
    entries = store.value("recent/files", [], list) or []
    mine, result = _owner(trainee), []
    for entry in entries:
        path, _, owner = str(entry).partition("\t")
        if owner in ("", mine) and Path(path) not in result:
            result.append(Path(path))
    return result


def add_recent(store: QSettings, path: Path, trainee: Trainee | None = None) -> None:
    """Put a file first in the list; a submission belongs to the trainee who saved it."""
    owner = _owner(trainee) if path.name.endswith(".submission.xml") else ""
    entry = f"{path.resolve()}\t{owner}"
    entries = [str(e) for e in (store.value("recent/files", [], list) or [])]
    entries = [entry] + [e for e in entries if e.partition("\t")[0] != str(path.resolve())]
    store.setValue("recent/files", entries[: MAX_RECENT * 3])


# ------------------------------------------------------------ preferences


class Preferences(NamedTuple):
    """What the Settings dialog edits. Empty or zero means "the system's choice"."""

    language: str = ""  # "", "es", "en"
    theme: str = "system"  # system, light, dark, high-contrast
    font_size: int = 0  # interface text, in points
    article_size: float = 0.0  # article text, in points (the view's zoom)
    trainee_name: str = ""
    trainee_id: str = ""
    save_folder: str = ""  # where Save suggests new submissions
    announce_caret: bool = True  # screen readers speak the highlight the caret enters
    instructor_name: str = ""  # signs an instructor's decisions in the class window


def load_preferences(store: QSettings) -> Preferences:
    return Preferences(
        language=store.value("ui/language", "", str),
        theme=store.value("ui/theme", "system", str),
        font_size=store.value("ui/font_size", 0, int),
        article_size=store.value("view/point_size", 0.0, float),
        trainee_name=store.value("trainee/name", "", str),
        trainee_id=store.value("trainee/id", "", str),
        save_folder=store.value("files/save_folder", "", str),
        announce_caret=store.value(CARET_SETTING, True, bool),
        instructor_name=store.value("instructor/name", "", str),
    )


def save_preferences(store: QSettings, prefs: Preferences) -> None:
    store.setValue("ui/language", prefs.language)
    store.setValue("ui/theme", prefs.theme)
    store.setValue("ui/font_size", prefs.font_size)
    if prefs.article_size:
        store.setValue("view/point_size", prefs.article_size)
    store.setValue("trainee/name", prefs.trainee_name)
    store.setValue("trainee/id", prefs.trainee_id)
    store.setValue("files/save_folder", prefs.save_folder)
    store.setValue(CARET_SETTING, prefs.announce_caret)
    store.setValue("instructor/name", prefs.instructor_name)
    store.sync()


# ------------------------------------------------------------ checks


def checked_scores(store: QSettings, trainee: Trainee | None) -> dict[str, float]:
    """The last score of this trainee's check in the workspace, per exercise id."""
    mine, scores = _owner(trainee), {}
    for entry in store.value("library/checked", [], list) or []:
        owner, _, rest = str(entry).partition("\t")
        exercise_id, _, score = rest.partition("\t")
        if owner == mine and exercise_id not in scores:
            try:
                scores[exercise_id] = float(score)
            except ValueError:
                continue
    return scores


def record_check(store: QSettings, trainee: Trainee | None, exercise_id: str, score: float) -> None:
    """Remember a check's score for the library (newest first, one per trainee and exercise)."""
    mine = _owner(trainee)
    entries = [str(e) for e in (store.value("library/checked", [], list) or [])]
    entries = [e for e in entries if e.split("\t")[:2] != [mine, exercise_id]]
    store.setValue("library/checked", [f"{mine}\t{exercise_id}\t{score!r}"] + entries[:199])


# ------------------------------------------------------------ guided example

TOUR_SETTING = "tour/state"  # "", then "declined", "started" or "done"


def tour_state(store: QSettings) -> str:
    """What happened to the guided example: "" (never offered an answer) or what did."""
    return store.value(TOUR_SETTING, "", str)


def remember_tour(store: QSettings, state: str) -> None:
    """Keep "declined", "started" or "done": the start page offers the tour only before."""
    store.setValue(TOUR_SETTING, state)
    store.sync()

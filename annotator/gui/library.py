"""The library: the start page that lists the course and the trainee's own exercises.

One row an exercise: title, language, level, minutes, skills, and this
trainee's status. Arrow keys and Enter (or a double click) open the chosen
one; Ctrl+O opens any file. On a shared laptop the statuses are shown only
once the trainee has said who they are (the same question the workspace
asks), never those of whoever used it before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import storage
from annotator.gui.banner import banner
from annotator.gui.prompts import DialogPrompts, Prompts
from annotator.gui.quitting import close_and_quit_actions
from annotator.gui.tour_offer import TourOffer, library_menu_bar
from annotator.services.library import (
    Entry,
    Group,
    Progress,
    Status,
    course_entries,
    own_entries,
    own_files,
    progress_by_exercise,
)

if TYPE_CHECKING:
    from annotator.core.model import Trainee

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

COLUMNS = 6
PATH_ROLE = Qt.UserRole
LANGUAGE_NAMES = {"es": ("Spanish", "español"), "en": ("English", "inglés")}


def _language_name(code: str, interface: str) -> str:
    names = LANGUAGE_NAMES.get(code)
    if names is None:
        return code
    return names[1] if interface == "es" else names[0]


def status_text(progress: Progress | None, language: str) -> str:
    """The status in words; the score with the interface language's decimal mark."""
    if progress is None:
        return "—"
    if progress.status is Status.CHECKED:
        if progress.score is None:
            return translate("Library", "Checked")
        locale = QLocale(QLocale.Spanish if language == "es" else QLocale.English)
        return translate("Library", "Checked: %1 of 100").replace(
            "%1", locale.toString(progress.score, "f", 1))
    return {
        Status.NOT_STARTED: translate("Library", "Not started"),
        Status.IN_PROGRESS: translate("Library", "In progress"),
        Status.HANDED_IN: translate("Library", "Handed in"),
    }[progress.status]


class LibraryWindow(QWidget):
    """The start page. ``open_requested(path, trainee)``: open this file in the workspace."""

    open_requested = Signal(Path, object)
    tour_requested = Signal(object)  # the guided example, for this trainee (or None)
    first_painted = Signal()  # the list is on screen: what can wait may start

    def __init__(
        self,
        settings=None,
        language: str = "en",
        prompts: Prompts | None = None,
        journal=None,
        trainee: Trainee | None = None,
        parent: QWidget | None = None,
        own_later: bool = False,
    ) -> None:
        """``own_later``: list the course now and the trainee's own exercises once the
        page is painted. The course comes from first frames; an exercise of one's own is
        read whole, with the models, which the page's first paint does not need."""
        super().__init__(parent, Qt.Window)
        self.setObjectName("libraryWindow")
        self.settings = settings if settings is not None else storage.settings()
        self.language = language
        self.prompts = prompts or DialogPrompts()
        self.journal = journal
        self.trainee = trainee
        self.entries: list[Entry] = []
        self.progress: dict[str, Progress] = {}
        self.setWindowTitle(translate("Library", "Library — annotator"))
        self._build()
        self.refresh(own=not own_later)
        if own_later and own_files(self._recent()):
            self.first_painted.connect(self.refresh)  # now with the own files
        self.tree.viewport().installEventFilter(self)  # until the list is first painted

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        title = QLabel(translate("Library", "Library"), self)
        title.setObjectName("exerciseTitle")
        subtitle = QLabel(translate(
            "Library", "Choose an exercise with the arrow keys and press Enter, or double-click "
            "it. Start with a worked example if this is your first time."), self)
        subtitle.setObjectName("exerciseInstructions")
        subtitle.setWordWrap(True)
        top = banner(self, "banner", title, subtitle)
        self.tour_offer = TourOffer(self.settings, self)  # first start: "New here?"
        self.tour_offer.start_requested.connect(self.start_tour)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("libraryList")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([
            translate("Library", "Exercise"), translate("Library", "Language"),
            translate("Library", "Level"), translate("Library", "Minutes"),
            translate("Library", "Skills"), translate("Library", "Your status"),
        ])
        self.tree.setAccessibleName(translate("Library", "Exercises"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(self._on_activated)  # Enter, Return, double click
        self.tree.currentItemChanged.connect(self._update_buttons)

        self.who_label = QLabel(self)
        self.who_label.setObjectName("traineeLabel")
        self.who_label.setWordWrap(True)
        self.who_button = QPushButton(self)
        self.who_button.clicked.connect(self.ask_trainee)
        self.open_button = QPushButton(translate("Library", "&Open"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        self.file_button = QPushButton(translate("Library", "Open &file…"), self)
        self.file_button.setToolTip(translate("Library", "Open an exercise or a saved submission "
                                              "from a folder (Ctrl+O)"))
        self.file_button.clicked.connect(self.choose_file)
        self.close_action, self.quit_action = close_and_quit_actions(self)  # Ctrl+W, Ctrl+Q
        open_file = QAction(self)
        open_file.setShortcut(QKeySequence.Open)
        open_file.triggered.connect(self.choose_file)
        self.addAction(open_file)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 8, 20, 12)
        buttons.addWidget(self.who_label, 1)
        buttons.addWidget(self.who_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.setMenuBar(library_menu_bar(self))
        layout.addWidget(top)
        layout.addWidget(self.tour_offer)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.tree, self.open_button)
        self.resize(1280, 800)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:  # the first: the filter goes with it
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint is done
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ content

    def _recent(self) -> list[Path]:
        return storage.recent_files(self.settings, self.trainee)

    def refresh(self, own: bool = True) -> None:
        """Read the lists and the trainee's progress again, keeping the chosen row;
        ``own=False`` leaves out the trainee's own exercises, for now."""
        chosen = self.current_path()
        recent = self._recent()
        self.entries = course_entries() + (own_entries(recent) if own else [])
        submissions = [p for p in recent if p.name.endswith(".submission.xml")]
        self.progress = progress_by_exercise(
            self.trainee, submissions, self.journal,
            storage.checked_scores(self.settings, self.trainee) if self.trainee else None,
        )
        self.tree.clear()
        groups = (
            (Group.EXAMPLE, translate("Library", "Worked examples (practice, not graded)")),
            (Group.COURSE, translate("Library", "Course exercises")),
            (Group.MINE, translate("Library", "Your exercises (recent files and their folders)")),
        )
        first = None
        for group, heading in groups:
            members = [e for e in self.entries if e.group is group]
            if group is Group.EXAMPLE:  # the one in the trainee's language first
                members.sort(key=lambda e: e.language != self.language)
            if not members:
                continue
            head = QTreeWidgetItem(self.tree, [heading])
            head.setFlags(Qt.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            for entry in members:
                item = self._row(entry)
                self.tree.addTopLevelItem(item)
                if first is None or entry.path == chosen:
                    first = item
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tour_offer.refresh()
        self._update_who()
        self._update_buttons()

    def _row(self, entry: Entry) -> QTreeWidgetItem:
        progress = self.progress.get(entry.id, Progress()) if self.trainee else None
        level = (translate("Library", "%1 of 3").replace("%1", str(entry.level))
                 if entry.level else "—")
        minutes = (translate("Library", "%1 min").replace("%1", str(entry.minutes))
                   if entry.minutes else "—")
        values = [
            entry.title, _language_name(entry.language, self.language), level, minutes,
            ", ".join(entry.skill_labels(self.language)) or "—",
            status_text(progress, self.language),
        ]
        item = QTreeWidgetItem(values)
        item.setData(0, PATH_ROLE, str(entry.path))
        item.setToolTip(0, str(entry.path))
        item.setToolTip(4, values[4])
        return item

    def _update_who(self) -> None:
        if self.trainee is None:
            self.who_label.setText(translate(
                "Library", "Say who you are to see how far you got in each exercise."))
            self.who_button.setText(translate("Library", "&Show my progress…"))
        else:
            self.who_label.setText(translate("Library", "Progress of %1").replace(
                "%1", self.trainee.name or self.trainee.id or ""))
            self.who_button.setText(translate("Library", "&Not me…"))

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.current_path() is not None)

    # ------------------------------------------------------------ choosing

    def current_path(self) -> Path | None:
        item = self.tree.currentItem()
        value = item.data(0, PATH_ROLE) if item is not None else None
        return Path(value) if value else None

    def path_to_open(self, path: Path) -> Path:
        """The exercise itself, or the trainee's saved work on it to go on with."""
        entry = next((e for e in self.entries if e.path == path), None)
        progress = self.progress.get(entry.id) if entry and self.trainee else None
        saved = progress.submission if progress is not None else None
        return saved if saved is not None and saved.is_file() else path

    def open_current(self) -> None:
        path = self.current_path()
        if path is not None:
            self.open_requested.emit(self.path_to_open(path), self.trainee)

    def start_tour(self) -> None:
        self.tour_requested.emit(self.trainee)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, PATH_ROLE):
            self.open_current()

    def choose_file(self) -> None:
        recent = self._recent()
        folder = recent[0].parent if recent else Path.home()
        path = self.prompts.open_path(self, folder)
        if path is not None:
            self.open_requested.emit(Path(path), self.trainee)

    def ask_trainee(self) -> None:
        """Who is working: the workspace's question; statuses follow the answer."""
        suggested = self.trainee or storage.last_trainee(self.settings)
        if self.trainee is not None:
            suggested = None  # "Not me": start from an empty form
        trainee = self.prompts.confirm_trainee(self, suggested, translate("Library", "Library"))
        if trainee is None:
            return
        storage.remember_trainee(self.settings, trainee)
        self.set_trainee(trainee)

    def set_trainee(self, trainee: Trainee | None) -> None:
        self.trainee = trainee
        self.refresh()

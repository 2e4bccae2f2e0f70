"""The main window's actions, menus, toolbar, context menu and hover text.

Every command is a QAction with a shortcut and a tooltip, added to the
window itself so its key works wherever the focus is (unless an editor
keeps the key for itself); the toolbar and menus only show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.gui import launcher
from annotator.gui.commands import remove_spans
from annotator.gui.help_menu import add_help_and_settings
from annotator.gui.legend import line_name
from annotator.gui.quitting import close_and_quit_actions
from annotator.gui.span_styles import swatch_icon
from annotator.gui.standard_icons import dialog_icon
from annotator.gui.tools_bar import tools_toolbar

if TYPE_CHECKING:
    from annotator.core.model import Tagset
    from annotator.xmlio.first_frame import FrameTagset

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ActionsMixin:
    """The main window's commands; expects the attributes MainWindow sets up."""

    # ================================================================ actions

    def _action(
        self,
        text: str,
        shortcut=None,
        tip: str = "",
        slot=None,
        checkable=False,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            keys = action.shortcut().toString(QKeySequence.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when a menu or toolbar hides it
        return action

    def _enable_work_actions(self) -> None:
        """Save, Save As and Find act on open work: greyed out without any.

        Edit exercise shows the key, so gui/hand_in.py alone decides it (open
        work *and* the check policy), never this.
        """
        has_work = self.session is not None or self.first_frame is not None
        for action in (self.save_action, self.save_as_action, self.find_action):
            action.setEnabled(has_work)

    def _build_actions(self) -> None:
        self.open_action = self._action(
            translate("MainWindow", "&Open…"),
            QKeySequence.Open,
            translate("MainWindow", "Open an exercise or a saved submission"),
            self.choose_file,
            icon=dialog_icon(self, "open"),
        )
        self.library_action = self._action(
            translate("MainWindow", "&Library…"),
            "Ctrl+L",
            translate("MainWindow", "Show the library: the course's exercises and yours"),
            self.show_library,
        )
        self.save_action = self._action(
            translate("MainWindow", "&Save"),
            QKeySequence.Save,
            translate("MainWindow", "Save your highlights to a submission file"),
            self.save,
            icon=dialog_icon(self, "save"),
        )
        self.save_as_action = self._action(
            translate("MainWindow", "Save &As…"),
            QKeySequence.SaveAs,
            translate("MainWindow", "Save your highlights to another file"),
            self.save_as,
        )
        self.new_exercise_action = self._action(
            translate("MainWindow", "&New exercise…"),
            "Ctrl+Shift+N",
            translate("MainWindow", "Make an exercise from an article, in the authoring window"),
            lambda: self._open_authoring(None),
        )
        self.edit_exercise_action = self._action(
            translate("MainWindow", "Edit e&xercise…"),
            "Ctrl+Shift+I",
            translate("MainWindow", "Open this exercise and its key in the authoring window"),
            lambda: self._open_authoring(self.exercise_path),
        )
        self.grade_class_action = self._action(
            translate("MainWindow", "&Grade a class…"),
            "Ctrl+Shift+G",
            translate("MainWindow", "Grade a class's submissions against this exercise's key"),
            self._open_class_window,
        )
        self.close_action, self.quit_action = close_and_quit_actions(self)
        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts([QKeySequence.Undo])
        self.undo_action.setToolTip(translate("MainWindow", "Undo the last change (Ctrl+Z)"))
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(translate("MainWindow", "Redo what was undone (Ctrl+Shift+Z)"))
        self.addActions([self.undo_action, self.redo_action])
        self.find_action = self._action(
            translate("MainWindow", "&Find…"),
            QKeySequence.Find,
            translate("MainWindow", "Find words in the article"),
            lambda: self.find_bar.open_bar(),  # the bar is made when first opened
        )
        self.delete_action = self._action(
            translate("MainWindow", "&Delete highlight"),
            [QKeySequence.Delete, "Backspace"],
            translate("MainWindow", "Delete the chosen highlight"),
            self.delete_current,
        )
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.note_action = self._action(
            translate("MainWindow", "Edit &note…"),
            "F2",
            translate("MainWindow", "Write a note on the chosen highlight"),
            self.edit_current_note,
        )
        self.judge_action = self._action(
            translate("MainWindow", "&Judge highlight…"),
            "Ctrl+J",
            translate("MainWindow",
                      "Answer the questions of the chosen highlight: the kind of source, "
                      "whether a claim can be checked"),
            self.judge_current,
        )
        self.exact_action = self._action(
            translate("MainWindow", "&Exact selection"),
            "Ctrl+E",
            translate(
                "MainWindow", "Mark exactly what is selected instead of whole words (or hold Alt)"
            ),
            checkable=True,
        )
        self.stop_action = self._action(
            translate("MainWindow", "Stop marking"),
            "Esc",
            translate("MainWindow", "Leave marker mode and clear the selection"),
            self.stop_marking,
        )
        self.stop_action.setShortcutContext(Qt.WidgetShortcut)
        self.zoom_in_action = self._action(
            translate("MainWindow", "Zoom &in"),
            [QKeySequence.ZoomIn, "Ctrl+="],
            translate("MainWindow", "Larger text"),
            self.view.zoom_in,
        )
        self.zoom_out_action = self._action(
            translate("MainWindow", "Zoom &out"),
            QKeySequence.ZoomOut,
            translate("MainWindow", "Smaller text"),
            self.view.zoom_out,
        )
        self.zoom_reset_action = self._action(
            translate("MainWindow", "&Normal size"),
            "Ctrl+0",
            translate("MainWindow", "Text at its normal size"),
            self.view.zoom_reset,
        )
        # Delete belongs to the workspace (editors keep their own Delete); Esc to the
        # article only, so that it still cancels a note being edited.
        self.removeAction(self.stop_action)
        self.view.addAction(self.stop_action)
        self.centralWidget().addAction(self.delete_action)
        self.category_actions: dict[str, QAction] = {}

        menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        menu.addAction(self.library_action)
        self.file_menu = menu
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addActions([self.new_exercise_action, self.edit_exercise_action])
        menu.addSeparator()
        menu.addAction(self.grade_class_action)
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])
        edit = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.note_action, self.judge_action, self.delete_action,
                         self.find_action])
        self.mark_menu = self.menuBar().addMenu(translate("MainWindow", "&Mark"))
        view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        add_help_and_settings(self, edit, self.start_tour)  # Settings in Edit, then Help

        self.toolbar, self._category_anchor = tools_toolbar(
            self, translate("MainWindow", "Tools"),
            [[self.open_action, self.save_action], [self.undo_action, self.redo_action]],
            self.exact_action,
            [self.find_action, self.zoom_out_action, self.zoom_in_action],
            (
                (self.undo_action, translate("MainWindow", "↶ Undo")),
                (self.redo_action, translate("MainWindow", "↷ Redo")),
                (self.zoom_out_action, translate("MainWindow", "A−")),
                (self.zoom_in_action, translate("MainWindow", "A+")),
                (self.exact_action, translate("MainWindow", "Exact")),
            ),
        )

    def _build_category_actions(self, tagset: Tagset | FrameTagset) -> None:
        for action in self.category_actions.values():
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.category_actions.clear()
        self.mark_menu.clear()
        for category in tagset.categories:
            label = category.label(self.language)
            key = category.shortcut
            action = QAction(swatch_icon(self.styles[category.id]), label, self)
            action.setCheckable(True)
            tip = (
                translate(
                    "MainWindow",
                    "Mark the selection as %1, drawn with a %2; with nothing selected, "
                    "keep %1 as a marker",
                )
                .replace("%1", label)
                .replace("%2", line_name(self.styles[category.id].line))
            )
            if key:
                action.setShortcut(QKeySequence(key))
                action.setText(f"{label}")
                action.setIconText(f"{key} {label}")
                tip += f" ({key})"
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, cid=category.id: self.choose_category(cid))
            self.addAction(action)
            self.toolbar.insertAction(self._category_anchor, action)
            self.mark_menu.addAction(action)
            self.category_actions[category.id] = action
            if key:  # Alt+key marks exactly what is selected
                exact = QAction(self)
                exact.setShortcut(QKeySequence(f"Alt+{key}"))
                exact.triggered.connect(
                    lambda _=False, cid=category.id: self.choose_category(cid, exact=True)
                )
                self.addAction(exact)
                action.destroyed.connect(exact.deleteLater)
        self.toolbar.name_buttons(self.category_actions.values())

    def _tooltip_at(self, offset: int) -> str:
        if self.session is None:
            return ""
        lines = []
        for a in self.session.at_offset(offset):
            category = self.session.exercise.tagset.get(a.category)
            style = self.styles[a.category]
            line = (
                f"<b style='color:{style.line_color().name()}'>"
                f"{category.label(self.language)}</b> "
                f"<i>({line_name(style.line)})</i>"
            )
            if a.note:
                line += "<br>" + _escape(a.note)
            lines.append(line)
        return "<hr>".join(lines)

    def _show_context_menu(self, global_pos, offset: int) -> None:
        menu = self.context_menu(offset)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def context_menu(self, offset: int) -> QMenu:
        """Mark the selection; note, recategorise or delete the highlights under the mouse."""
        menu = QMenu(self)
        if self.session is None:
            return menu
        if self.view.selection_offsets() is not None:
            for cid, action in self.category_actions.items():
                item = menu.addAction(
                    action.icon(),
                    translate("MainWindow", "Mark as %1").replace("%1", action.text()),
                )
                item.setShortcut(action.shortcut())
                item.triggered.connect(lambda _=False, c=cid: self.mark(c))
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Copy"), self.view.copy)
        for a in self.session.at_offset(offset) if offset >= 0 else []:
            label = self.session.exercise.tagset.get(a.category).label(self.language)
            quote = a.quote if len(a.quote) < 30 else a.quote[:29] + "…"
            sub = menu.addMenu(self.category_actions[a.category].icon(), f"{label}: “{quote}”")
            sub.addAction(
                translate("MainWindow", "Edit note…"), lambda i=a.id: self._edit_note_of(i)
            )
            change = sub.addMenu(translate("MainWindow", "Change category"))
            for cid, action in self.category_actions.items():
                item = change.addAction(action.icon(), action.text())
                item.setEnabled(cid != a.category)
                item.triggered.connect(lambda _=False, i=a.id, c=cid: self.change_category([i], c))
            sub.addAction(
                translate("MainWindow", "Delete"),
                lambda i=a.id: self.undo_stack.push(
                    remove_spans(self.session, [self.session.get(i)])
                ),
            )
        return menu

    def _open_class_window(self) -> None:
        launcher.open_window("class", self)

    def _open_authoring(self, path) -> None:
        launcher.open_window("authoring", self, path)

    def _edit_note_of(self, annotation_id: str) -> None:
        self._note_from_article = True
        self.panel.edit_note(annotation_id)

    def start_tour(self) -> None:
        """Help › Guided example: the worked example, step by step (gui/tour.py)."""
        from annotator.gui.tour import start_tour  # loaded when first wanted

        start_tour(self)

"""The authoring window's commands: menus, toolbar and keys.

Every command is a QAction with a shortcut and a tooltip, added to the
window so its key works wherever the focus is (editors keep the keys they
type with); the toolbar and menus only show them. Category keys are the
ones trainees use, so the instructor marks the key the way trainees will.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from annotator.gui.help_menu import add_help_and_settings
from annotator.gui.legend import line_name
from annotator.gui.quitting import close_and_quit_actions
from annotator.gui.span_styles import swatch_icon
from annotator.gui.tools_bar import tools_toolbar

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class ActionsMixin:
    """Expects the attributes AuthoringWindow sets up."""

    def _action(self, text: str, shortcut=None, tip: str = "", slot=None, checkable=False):
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        keys = action.shortcut().toString(QKeySequence.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:  # noqa: PLR0915 (one list of every command)
        t = translate
        self.new_action = self._action(
            t("AuthoringWindow", "&New exercise…"), QKeySequence.New,
            t("AuthoringWindow", "Start an exercise from pasted text, a saved web page, a text "
              "file or a copy of another exercise"),
            self.new_exercise,
        )
        self.open_action = self._action(
            t("AuthoringWindow", "&Open…"), QKeySequence.Open,
            t("AuthoringWindow", "Open an exercise to edit, or a saved web page or text file to "
              "start from"),
            self.choose_file,
        )
        self.save_action = self._action(
            t("AuthoringWindow", "&Save"), QKeySequence.Save,
            t("AuthoringWindow", "Save the exercise with its key (checked against the format)"),
            self.save,
        )
        self.save_as_action = self._action(
            t("AuthoringWindow", "Save &As…"), QKeySequence.SaveAs,
            t("AuthoringWindow", "Save the exercise to another file"), self.save_as,
        )
        self.student_action = self._action(
            t("AuthoringWindow", "Export &student copy…"), "Ctrl+Shift+E",
            t("AuthoringWindow", "Write the exercise without its key, to hand out"),
            self.export_student_copy,
        )
        self.sealed_action = self._action(
            t("AuthoringWindow", "Export s&ealed student copy…"), "Ctrl+Alt+E",
            t("AuthoringWindow", "Write the exercise with its key locked by a release code "
              "that you give trainees when they may check"),
            self.export_sealed_copy,
        )
        self.key_action = self._action(
            t("AuthoringWindow", "Export &key…"), "Ctrl+Shift+K",
            t("AuthoringWindow", "Write the key on its own, for grading"), self.export_key,
        )
        self.interop_actions = {
            "w3c": self._action(
                t("AuthoringWindow", "&W3C Web Annotation (JSON-LD)…"), None,
                t("AuthoringWindow", "The article and its key for Hypothesis and other W3C "
                  "tools, into a folder"), lambda: self.export_for_tools("w3c")),
            "xmi": self._action(
                t("AuthoringWindow", "&INCEpTION (UIMA XMI)…"), None,
                t("AuthoringWindow", "The article and its key for INCEpTION, into a folder"),
                lambda: self.export_for_tools("xmi")),
            "brat": self._action(
                t("AuthoringWindow", "&brat…"), None,
                t("AuthoringWindow", "The article and its key for brat, into a folder"),
                lambda: self.export_for_tools("brat")),
        }
        self.preview_action = self._action(
            t("AuthoringWindow", "&Preview as student"), "F5",
            t("AuthoringWindow", "Open the exercise in the trainee workspace, as trainees see "
              "it"),
            self.preview_as_student,
        )
        self.close_action, self.quit_action = close_and_quit_actions(self)
        self.undo_action = self.undo_stack.createUndoAction(self, t("AuthoringWindow", "&Undo"))
        self.undo_action.setShortcuts([QKeySequence.Undo])
        self.undo_action.setToolTip(t("AuthoringWindow", "Undo the last change (Ctrl+Z)"))
        self.redo_action = self.undo_stack.createRedoAction(self, t("AuthoringWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(t("AuthoringWindow", "Redo what was undone (Ctrl+Shift+Z)"))
        self.addActions([self.undo_action, self.redo_action])
        self.exact_action = self._action(
            t("AuthoringWindow", "&Exact selection"), "Ctrl+E",
            t("AuthoringWindow", "Mark exactly what is selected instead of whole words (or hold "
              "Alt)"),
            checkable=True,
        )
        self.delete_span_action = self._action(
            t("AuthoringWindow", "&Delete expert span"), "Ctrl+D",
            t("AuthoringWindow", "Delete the chosen expert span"), self.delete_current_span,
        )
        self.explain_action = self._action(
            t("AuthoringWindow", "E&xplain span"), "F2",
            t("AuthoringWindow", "Write the explanation of the chosen expert span"),
            self._explain_current,
        )
        self.course_action = self._action(
            t("AuthoringWindow", "C&ourse and teacher's notes…"), "Ctrl+Shift+C",
            t("AuthoringWindow", "Level, minutes, skills, the exercise it pairs with, the "
              "licence of the text, and your notes (never in a student copy)"),
            self.edit_course,
        )
        self.find_action = self._action(
            t("AuthoringWindow", "&Find…"), QKeySequence.Find,
            t("AuthoringWindow", "Find words in the article"), self.find_bar.open_bar,
        )
        self.zoom_in_action = self._action(
            t("AuthoringWindow", "Zoom &in"), [QKeySequence.ZoomIn, "Ctrl+="],
            t("AuthoringWindow", "Larger text"), self.view.zoom_in,
        )
        self.zoom_out_action = self._action(
            t("AuthoringWindow", "Zoom &out"), QKeySequence.ZoomOut,
            t("AuthoringWindow", "Smaller text"), self.view.zoom_out,
        )
        self.tab_actions = []
        for number in range(4):
            action = self._action(
                self.tabs.tabText(number).replace("&", ""), f"Ctrl+{number + 1}",
                self.tabs.tabToolTip(number).rsplit(" (", 1)[0],
                lambda _=False, n=number: self._show_tab(n),
            )
            self.tab_actions.append(action)
        self.category_actions: dict[str, QAction] = {}
        self._category_extras: list[QAction] = []

        menu = self.menuBar().addMenu(t("AuthoringWindow", "&File"))
        menu.addActions([self.new_action, self.open_action])
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addActions([self.student_action, self.sealed_action, self.key_action])
        tools = menu.addMenu(t("AuthoringWindow", "Export for other annotation &tools"))
        tools.addActions(list(self.interop_actions.values()))
        menu.addAction(self.preview_action)
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])
        edit = self.menuBar().addMenu(t("AuthoringWindow", "&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.explain_action, self.delete_span_action, self.find_action])
        edit.addSeparator()
        edit.addAction(self.course_action)
        self.mark_menu = self.menuBar().addMenu(t("AuthoringWindow", "&Mark"))
        view = self.menuBar().addMenu(t("AuthoringWindow", "&View"))
        view.addActions(self.tab_actions)
        view.addSeparator()
        view.addActions([self.zoom_in_action, self.zoom_out_action])
        add_help_and_settings(self, edit)  # Settings in Edit, then the Help menu

        self.toolbar, self._category_anchor = tools_toolbar(
            self, t("AuthoringWindow", "Tools"),
            [[self.new_action, self.open_action, self.save_action],
             [self.undo_action, self.redo_action]],
            self.exact_action,
            [self.preview_action, self.student_action, self.key_action],
            (
                (self.new_action, t("AuthoringWindow", "New")),
                (self.open_action, t("AuthoringWindow", "Open")),
                (self.save_action, t("AuthoringWindow", "Save")),
                (self.undo_action, t("AuthoringWindow", "↶ Undo")),
                (self.redo_action, t("AuthoringWindow", "↷ Redo")),
                (self.exact_action, t("AuthoringWindow", "Exact")),
                (self.preview_action, t("AuthoringWindow", "Preview")),
                (self.student_action, t("AuthoringWindow", "Student copy")),
                (self.key_action, t("AuthoringWindow", "Key file")),
            ),
        )
        style = self.style()
        for action, pixmap in (
            (self.new_action, style.StandardPixmap.SP_FileIcon),
            (self.open_action, style.StandardPixmap.SP_DialogOpenButton),
            (self.save_action, style.StandardPixmap.SP_DialogSaveButton),
        ):
            action.setIcon(style.standardIcon(pixmap))
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.draft is not None
        for action in (self.save_action, self.save_as_action, self.student_action,
                       self.sealed_action, self.key_action, self.preview_action,
                       self.delete_span_action, self.explain_action, self.course_action,
                       *self.interop_actions.values()):
            action.setEnabled(has)

    def _show_tab(self, number: int) -> None:
        self.tabs.setCurrentIndex(number)
        self.tabs.currentWidget().focusNextChild()

    def _explain_current(self) -> None:
        span_id = self.key_panel.current_id()
        if span_id is None and self.draft is not None:
            here = self.draft.key.at_offset(self.view.caret_offset())
            span_id = here[0].id if here else None
        if span_id is None:
            self.statusBar().showMessage(
                translate("AuthoringWindow", "Choose an expert span to explain first."), 4000
            )
            return
        self.tabs.setCurrentIndex(0)
        self.key_panel.edit_explanation(span_id)

    def _build_category_actions(self) -> None:
        """One action per category with the category's own key; rebuilt when the tagset changes."""
        for action in [*self.category_actions.values(), *self._category_extras]:
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.category_actions.clear()
        self._category_extras.clear()
        self.mark_menu.clear()
        for category in self.draft.categories:
            label = category.label(self.language)
            key = category.shortcut
            action = QAction(swatch_icon(self.styles[category.id]), label, self)
            tip = (
                translate(
                    "AuthoringWindow",
                    "Add the selection to the key as %1 (drawn with a %2); in the key list, "
                    "change the chosen spans to %1",
                )
                .replace("%1", label)
                .replace("%2", line_name(self.styles[category.id].line))
            )
            if key:
                action.setShortcut(QKeySequence(key))
                action.setIconText(f"{key} {label}")
                tip += f" ({key})"
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, c=category.id: self.choose_category(c))
            self.addAction(action)
            self.toolbar.insertAction(self._category_anchor, action)
            self.mark_menu.addAction(action)
            self.category_actions[category.id] = action
            if key:  # Alt+key marks exactly what is selected, as in the workspace
                exact = QAction(self)
                exact.setShortcut(QKeySequence(f"Alt+{key}"))
                exact.triggered.connect(
                    lambda _=False, c=category.id: self.choose_category(c, exact=True)
                )
                self.addAction(exact)
                self._category_extras.append(exact)
        self.toolbar.name_buttons(self.category_actions.values())
        self._update_actions()

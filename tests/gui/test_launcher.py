"""Windows open each other by name through the launcher (gui/launcher.py)."""

from __future__ import annotations

import pytest

from annotator.gui import launcher


@pytest.mark.parametrize("name", sorted(launcher.WINDOWS))
def test_every_window_name_leads_to_something_that_opens_it(name):
    """Ensure each name in the launcher's table imports and names a callable."""
    assert callable(launcher.window_factory(name))


def test_the_launcher_opens_the_workspace_it_names(qtbot):
    """Ensure open_window builds the real window with the arguments given."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.prompts import NoPrompts

    window = launcher.open_window("workspace", prompts=NoPrompts(), language="es",
                                  interactive=False)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.language == "es"


def test_an_unknown_window_name_is_a_clear_error():
    """Ensure a misspelt name fails at once and names itself."""
    with pytest.raises(KeyError, match="classs"):
        launcher.open_window("classs")

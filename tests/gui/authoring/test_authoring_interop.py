"""The authoring window's File ▸ Export for other annotation tools: the exercise as it stands."""

from __future__ import annotations

from annotator.bundled import first_exercise
from annotator.services.interop.reader import read_foreign
from annotator.xmlio.readers import read_exercise


def test_the_file_menu_exports_the_article_and_key_for_each_tool(authoring, scripted, tmp_path):
    """Ensure each entry writes the exercise's text and key in its format, into the folder."""
    window = authoring(first_exercise())
    exercise = read_exercise(first_exercise()).document
    files = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    tools = next(a.menu() for a in files.actions()
                 if a.menu() is not None and "annotation tools" in a.text().replace("&", ""))
    assert list(window.interop_actions.values()) == tools.actions()
    expected = {"w3c": "putin-kim-alaska.jsonld", "xmi": "putin-kim-alaska.xmi",
                "brat": "putin-kim-alaska.ann"}
    for fmt, action in window.interop_actions.items():
        scripted.folder = tmp_path / fmt
        action.trigger()
        found = read_foreign(tmp_path / fmt / expected[fmt], fmt)
        assert sorted((s.start, s.end, s.category) for s in found.spans) == sorted(
            (s.start, s.end, s.category) for s in exercise.key)
    assert scripted.errors() == []
    assert "written to" in window.statusBar().currentMessage()


def test_no_folder_chosen_writes_nothing(authoring, scripted, tmp_path):
    """Ensure cancelling the folder question exports nothing and says nothing."""
    window = authoring(first_exercise())
    scripted.folder = None
    assert window.export_for_tools("brat") is False
    assert [a[0] for a in scripted.asked] == ["folder"] and scripted.errors() == []


"""The class window's Export ▸ For other annotation tools: the key and every graded trainee."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cassis import load_cas_from_xmi, load_typesystem


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _wait_exported(qtbot, window) -> tuple[list, bool]:
    with qtbot.waitSignal(window.runner.finished, timeout=30000) as blocker:
        pass
    return blocker.args


def _tools_menu(window):
    export = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Export")
    return next(a.menu() for a in export.actions()
                if a.menu() is not None and "annotation tools" in a.text().replace("&", ""))


def test_the_export_menu_writes_each_format_with_the_windows_verdicts(
    qtbot, graded_window, class_prompts, class_folder, tmp_path
):
    """Ensure the three entries write the key plus one file per graded trainee, with
    verdicts from the grading in the window, and leave the student files as they were."""
    before = _digests(class_folder)
    window = graded_window
    menu = _tools_menu(window)
    assert [a.text() for a in menu.actions()] == [
        "&W3C Web Annotation (JSON-LD)…", "&INCEpTION (UIMA XMI)…", "&brat…"]
    rows = window.result.graded.rows
    for fmt, action in window.interop_actions.items():
        assert action in menu.actions() and action.isEnabled() and action.statusTip()
        class_prompts.folder = tmp_path / fmt
        action.trigger()
        assert _wait_exported(qtbot, window) == [[], False]
        # a step per document after the shared files: the window stays responsive
        assert window.progress.maximum() == len(rows) + 2
    assert len(list((tmp_path / "w3c").glob("*.jsonld"))) == len(rows) + 1
    assert len(list((tmp_path / "brat").glob("*.ann"))) == len(rows) + 1
    types = load_typesystem((tmp_path / "xmi" / "TypeSystem.xml").read_bytes().decode())
    xmi_files = sorted((tmp_path / "xmi").glob("*.xmi"))
    assert len(xmi_files) == len(rows) + 1
    first = rows[0]
    name = Path(first.file).name.removesuffix(".submission.xml")
    cas = load_cas_from_xmi((tmp_path / "xmi" / f"{name}.xmi").read_bytes().decode(),
                            typesystem=types)
    spans = list(cas.select("webanno.custom.MediaLiteracy"))
    assert len(spans) == len(first.submission.annotations)
    assert all(span.verdict for span in spans)  # graded here, though the file is not
    assert _digests(class_folder) == before

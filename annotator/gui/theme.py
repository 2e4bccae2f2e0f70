"""The look: numbered .qss files from resources/styles, concatenated in order."""

from __future__ import annotations

from annotator.bundled import resources_dir


def stylesheet() -> str:
    folder = resources_dir() / "styles"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.qss")))


def apply(app) -> None:
    app.setStyleSheet(stylesheet())

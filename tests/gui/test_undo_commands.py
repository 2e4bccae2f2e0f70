"""Undo commands stay whole however Python's memory is reused.

Deleting several highlights made one command with Qt child commands made
in Python; Python freed the children at once and the first undo or redo ran
freed memory. The check runs in a child process, so a crash fails the test
instead of ending the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

DELETE_THREE = textwrap.dedent("""
    import gc
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from annotator.bundled import first_exercise
    from annotator.core.model import Trainee
    from annotator.core.session import Session
    from annotator.gui.commands import AddSpan, remove_spans
    from annotator.xmlio.readers import read_exercise

    app = QApplication([])
    session = Session(read_exercise(first_exercise()).document, Trainee(name="Ana"))
    text = session.text
    spans = []
    for quote in ("indicó el Kremlin", "señaló el Kremlin", "Kim Jong-un"):
        start = text.index(quote)
        spans.append(session.new_annotation("attribution", start, start + len(quote)))
        session.add(spans[-1])
    stack = QUndoStack()
    for round_ in range(20):
        command = remove_spans(session, spans)
        # Reuse the memory Python may have freed: many commands made and dropped.
        churn = [AddSpan(session, spans[0]) for _ in range(200)]
        del churn
        gc.collect()
        stack.push(command)
        assert len(session) == 0, len(session)
        stack.undo()
        assert sorted(a.id for a in session.annotations) == sorted(a.id for a in spans)
        stack.redo()
        assert len(session) == 0
        stack.undo()
    print("whole", round_ + 1)
""")


def test_deleting_several_highlights_survives_memory_reuse(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", DELETE_THREE], env=env, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["whole", "20"]

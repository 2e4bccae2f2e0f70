"""``annotator validate`` as a real process against the hostile corpus.

One run validates the whole corpus under an audit hook that records every
file Python opens and every socket it touches; the hook is installed before
the program is imported, and opens inside the interpreter, the virtual
environment and the package (imports, the XSD) are Python's own business.
Anything else opened must be a file named on the command line. Files and
sockets opened from C are watched by the corpus traps (conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest
from make_corpus import REFUSE, REPAIR, SECRET

import annotator
from annotator import bundled

# Runs the program like ``python -m annotator`` after installing the hook.
AUDITED = r"""
import json, os, runpy, sys
events = []

def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        events.append(["open", os.fsdecode(args[0])])
    elif event in ("os.listdir", "os.scandir") and args and args[0] is not None:
        events.append([event, os.fsdecode(args[0])])
    elif event.startswith("socket.") or event in ("urllib.Request", "subprocess.Popen"):
        events.append([event, repr(args)[:200]])

log = os.environ.pop("AUDIT_LOG")
sys.addaudithook(hook)
sys.argv[0] = "annotator"
try:
    runpy.run_module("annotator", run_name="__main__", alter_sys=True)
    code = 0
except SystemExit as exc:
    code = exc.code
recorded = list(events)
with open(log, "w") as out:
    json.dump(recorded, out)
sys.exit(code)
"""


def python_roots() -> list[Path]:
    """Where the interpreter, its libraries and the package live: opens there are imports."""
    places = {sys.prefix, sys.base_prefix, sys.exec_prefix, *sysconfig.get_paths().values()}
    places |= {str(Path(annotator.__file__).parent), str(bundled.exercises_dir()),
               str(bundled.resources_dir())}
    return [Path(p).resolve() for p in places if p]


def outside(path: str, roots: list[Path]) -> bool:
    resolved = Path(path).resolve()
    return not any(resolved.is_relative_to(root) for root in roots)


def run_validate(args: list[str], timeout: float = 60, audit_log: Path | None = None):
    """Run ``annotator validate`` with a stdin that stays open (a DTD at /dev/stdin would hang)."""
    read_end, write_end = os.pipe()
    command = [sys.executable, "-P"]
    command += ["-c", AUDITED] if audit_log else ["-m", "annotator"]
    env = dict(os.environ, AUDIT_LOG=str(audit_log)) if audit_log else None
    try:
        started = time.monotonic()
        result = subprocess.run(
            [*command, "validate", *args], stdin=read_end, capture_output=True, text=True,
            timeout=timeout, env=env,
        )
        return result, time.monotonic() - started
    finally:
        os.close(read_end)
        os.close(write_end)


def lines_by_file(stdout: str, paths: list[Path]) -> dict[Path, list[str]]:
    found: dict[Path, list[str]] = {path: [] for path in paths}
    by_prefix = {f"{path}: ": path for path in paths}
    for line in stdout.splitlines():
        prefix = line[: line.index(": ") + 2] if ": " in line else line
        assert prefix in by_prefix, f"a line that names no file given: {line[:200]}"
        found[by_prefix[prefix]].append(line)
    return found


def test_validate_the_whole_corpus(corpus, tmp_path: Path) -> None:
    """Ensure validate gives each file one verdict line or its repairs, and opens nothing else."""
    cases = list(corpus.cases.values())
    paths = [case.path for case in cases]
    log = tmp_path / "audit.json"
    result, elapsed = run_validate(["--exercise", str(corpus.base), *map(str, paths)],
                                   audit_log=log)
    assert "Traceback" not in result.stderr
    assert result.stderr == ""
    assert result.returncode == 1
    assert SECRET not in result.stdout
    assert elapsed < 2 * len(cases)

    found = lines_by_file(result.stdout, paths)
    for case in cases:
        lines = found[case.path]
        assert lines, f"{case.name}: no line"
        reasons = [line.removeprefix(f"{case.path}: ") for line in lines]
        if case.expect == REFUSE:
            assert len(lines) == 1, f"{case.name}: {len(lines)} lines"
            assert not reasons[0].startswith(("valid (", "repaired: ")), lines[0]
            assert case.says in reasons[0], lines[0]
            assert len(reasons[0]) <= 240
        elif case.expect == REPAIR:
            assert all(r.startswith("repaired: ") for r in reasons), lines[:3]
            assert any(case.says in r for r in reasons), lines[:3]
        else:
            assert len(lines) == 1 and reasons[0].startswith("valid ("), lines

    events = json.loads(log.read_text())
    roots = python_roots()
    named = {str(p) for p in paths} | {str(corpus.base), str(log)}
    strays = [e for e in events if e[0] != "open" and not e[0].startswith("os.")]
    assert strays == [], f"sockets or processes: {strays[:5]}"
    listed = [e[1] for e in events if e[0].startswith("os.") and outside(e[1], roots)]
    assert listed == [], f"folders listed: {listed[:5]}"
    opened = {e[1] for e in events if e[0] == "open" and outside(e[1], roots)}
    assert opened <= named, f"opened files that were not named: {sorted(opened - named)[:5]}"
    assert len(opened) > len(cases) // 2, "the audit hook saw nothing: is it installed?"
    assert str(corpus.secret) not in opened


def test_exit_zero_when_every_file_is_valid_as_it_stands(corpus) -> None:
    """Ensure exit 0 and one 'valid' line per file when nothing needed repair."""
    names = ["valid.submission.xml", "valid.key.xml", "quote-only-span.exercise.xml"]
    paths = [str(corpus.base)] + [str(corpus.cases[n].path) for n in names]
    result, _ = run_validate(["--exercise", str(corpus.base), *paths])
    assert result.returncode == 0, result.stdout
    assert [line.split(": ", 1)[1][:6] for line in result.stdout.splitlines()] == ["valid "] * 4


@pytest.mark.parametrize(
    "name", ["hash-missing.exercise.xml", "billion-laughs.exercise.xml", "empty.exercise.xml"]
)
def test_exit_one_when_a_file_needed_repair_or_was_refused(corpus, name: str) -> None:
    """Ensure exit 1 for a repaired or a refused file, even beside a valid one."""
    result, _ = run_validate([str(corpus.base), str(corpus.cases[name].path)])
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith(f"{corpus.base}: valid (")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [[], ["--no-such-option", "x.xml"]])
def test_exit_two_on_a_usage_error(args: list[str]) -> None:
    """Ensure a usage error exits 2 with argparse's message, no traceback."""
    result, _ = run_validate(args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("usage: annotator")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name",
    ["a-fifo.exercise.xml", "dtd-at-dev-stdin.exercise.xml", "a-folder.exercise.xml",
     "gzip-bomb.exercise.xml"],
)
def test_files_that_could_hang_are_refused_at_once(corpus, startup: float, name: str) -> None:
    """Ensure a FIFO, a DTD at /dev/stdin, a folder or a gzip bomb do not hold the program."""
    case = corpus.cases[name]
    result, elapsed = run_validate([str(case.path)], timeout=20)
    assert elapsed < startup + 2
    assert result.returncode == 1
    assert result.stdout.count("\n") == 1 and case.says in result.stdout


@pytest.fixture(scope="module")
def startup() -> float:
    """Seconds the program takes to start and print its help: not the loader's time."""
    _, elapsed = run_validate(["--help"])
    return elapsed


def test_counts_are_said_with_the_noun_in_the_right_number(tmp_path) -> None:
    """Ensure one annotation is '1 annotation', never '1 annotations'."""
    from annotator.bundled import first_exercise
    from annotator.core.model import Annotation, Submission
    from annotator.xmlio.readers import read_exercise
    from annotator.xmlio.writers import save

    exercise = read_exercise(first_exercise()).document
    start = exercise.article.text.index("Kremlin")
    one = Annotation(id="a1", category="claim", start=start, end=start + 7, quote="Kremlin")
    save(Submission(exercise=exercise.id, exercise_version=exercise.version,
                    text_sha256=exercise.article.sha256, annotations=[one]),
         tmp_path / "one.submission.xml")
    result, _ = run_validate([str(tmp_path / "one.submission.xml"), str(first_exercise())])
    assert "1 annotation;" in result.stdout and "1 annotations" not in result.stdout
    assert "13 blocks, 32 key spans" in result.stdout


def test_counted_puts_the_noun_in_the_right_number() -> None:
    from annotator.core.messages import counted

    assert [counted(n, "span") for n in (0, 1, 2)] == ["0 spans", "1 span", "2 spans"]
    assert counted(1, "key span") == "1 key span" and counted(3, "box", "boxes") == "3 boxes"


@pytest.mark.parametrize("data", [b"<x\n", b"<a", b"<"])
def test_a_tiny_broken_file_is_not_called_utf16(tmp_path, data) -> None:
    """Ensure a short file with no NUL byte is reported as broken XML, not as UTF-16."""
    path = tmp_path / "tiny.submission.xml"
    path.write_bytes(data)
    result, _ = run_validate([str(path)])
    assert result.returncode == 1
    assert "UTF-16" not in result.stdout and "not well-formed" in result.stdout
    assert len(result.stdout.splitlines()) == 1

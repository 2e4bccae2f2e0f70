"""Atomic saving: old file or new file, never half of one, whatever stops the save."""

from __future__ import annotations

import errno
import os
import random
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.model import Article, Block, Category, Exercise, Tagset
from annotator.xmlio import atomic
from annotator.xmlio.atomic import SaveError, atomic_write, clean_stale_temp_files
from annotator.xmlio.writers import save

OLD = b"<old/>\n" * 1000
NEW = b"<new/>\n" * 50_000

# Saves the two contents in turn, for ever; says "ready" once the first save is done.
SAVER = """
import sys
from annotator.xmlio.atomic import atomic_write
target, contents = sys.argv[1], [b"A" * 300_000, b"B" * 200_001]
atomic_write(target, contents[0])
print("ready", flush=True)
i = 1
while True:
    atomic_write(target, contents[i % 2])
    i += 1
"""


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(atomic.TEMP_SUFFIX))


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "work.submission.xml"
    path.write_bytes(OLD)
    return path


@pytest.mark.slow
def test_kill_during_repeated_saves_leaves_old_or_new(tmp_path: Path) -> None:
    """Ensure 50 kill -9s in the middle of saving leave a whole old or whole new file each time."""
    path = tmp_path / "target.xml"
    allowed = {b"A" * 300_000, b"B" * 200_001}
    rng = random.Random(20250812)
    interrupted = 0
    deadline = time.monotonic() + 45
    for _ in range(50):
        assert time.monotonic() < deadline, "kill loop took too long"
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0, 0.01))
        finally:
            child.kill()
            child.wait(timeout=10)
            child.stdout.close()
        assert path.read_bytes() in allowed
        interrupted += bool(temp_files(tmp_path))
        clean_stale_temp_files(tmp_path, older_than_seconds=0)
    # Evidence that kills landed inside saves, not only between them.
    assert interrupted > 0
    assert [p.name for p in tmp_path.iterdir()] == ["target.xml"]


def short_then_full_disk(real_write):
    """An os.write that writes half of what it is given once, then nothing (a full disk)."""
    calls = {"n": 0}

    def write(fd: int, data) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        return 0

    return write


def test_short_writes_on_a_full_disk_raise_and_keep_the_old_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure a write that silently stops short is a SaveError; old file kept, no temp left."""
    monkeypatch.setattr(atomic.os, "write", short_then_full_disk(os.write))
    with pytest.raises(SaveError) as raised:
        atomic_write(target, NEW)
    assert "No space left" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert target.read_bytes() == OLD
    assert temp_files(target.parent) == []


@pytest.mark.parametrize(
    ("function", "error"),
    [
        ("write", errno.ENOSPC),
        ("fsync", errno.EIO),
        ("replace", errno.EXDEV),
    ],
)
def test_failing_system_calls_raise_and_keep_the_old_file(
    target: Path, monkeypatch: pytest.MonkeyPatch, function: str, error: int
) -> None:
    """Ensure ENOSPC on write, EIO on fsync or a failed rename keep the old file and no temp."""

    def fail(*args, **kwargs):
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(atomic.os, function, fail)
    with pytest.raises(SaveError) as raised:
        atomic_write(target, NEW)
    monkeypatch.undo()
    assert str(raised.value).startswith(f"{target}: not saved: {os.strerror(error)}")
    assert target.read_bytes() == OLD
    assert temp_files(target.parent) == []


def test_no_permission_to_create_the_temp_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure EACCES when creating the temp file is a one-line SaveError and the old file stays."""
    real_open = os.open

    def deny(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", deny)
    with pytest.raises(SaveError) as raised:
        atomic_write(target, NEW)
    monkeypatch.undo()
    assert str(raised.value) == f"{target}: cannot write in {target.parent}: Permission denied"
    assert target.read_bytes() == OLD
    assert temp_files(target.parent) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes in read-only folders"
)
def test_read_only_folder(target: Path) -> None:
    """Ensure saving into a folder without write permission fails cleanly (not as root)."""
    target.parent.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="cannot write in"):
            atomic_write(target, NEW)
        assert target.read_bytes() == OLD
    finally:
        target.parent.chmod(0o755)


def test_an_interrupt_during_the_write_removes_the_temp_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure Ctrl+C in the middle of a save propagates, keeps the old file and leaves no temp."""

    def interrupted(fd, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert temp_files(target.parent) == []


def test_save_replaces_the_contents_and_keeps_permissions(target: Path) -> None:
    """Ensure a successful save writes the new bytes and keeps a private file private."""
    target.chmod(0o600)
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert temp_files(target.parent) == []


def test_save_through_a_symbolic_link_keeps_the_link(tmp_path: Path, target: Path) -> None:
    """Ensure saving to a symbolic link writes the file it points to instead of replacing it."""
    link = tmp_path / "link.xml"
    link.symlink_to(target)
    atomic_write(link, NEW)
    assert link.is_symlink()
    assert target.read_bytes() == NEW


def test_saving_an_invalid_document_writes_nothing(target: Path) -> None:
    """Ensure a model the schema refuses (an illegal character) is a SaveError and nothing moves."""
    exercise = Exercise(
        id="x", title="bad \x01 title",
        tagset=Tagset(categories=[Category(id="c", color="#000000", labels={"es": "c"})]),
        article=Article(blocks=[Block(kind="paragraph", text="text")]),
    )
    with pytest.raises(SaveError):
        save(exercise, target)
    assert target.read_bytes() == OLD
    assert temp_files(target.parent) == []


def test_clean_stale_temp_files_removes_only_old_temp_files(tmp_path: Path) -> None:
    """Ensure start-up cleaning removes temp files of killed saves, not fresh ones or real files."""
    old_temp = tmp_path / f".a.xml.1.1{atomic.TEMP_SUFFIX}"
    fresh_temp = tmp_path / f".b.xml.2.2{atomic.TEMP_SUFFIX}"
    real = tmp_path / "a.xml"
    for path in (old_temp, fresh_temp, real):
        path.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(old_temp, (an_hour_ago, an_hour_ago))
    os.utime(real, (an_hour_ago, an_hour_ago))
    assert clean_stale_temp_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh_temp.name, real.name])
    assert clean_stale_temp_files(tmp_path / "missing") == 0


def plant_stale_temp(folder: Path, name: str = "work.submission.xml") -> tuple[Path, Path]:
    """A temp file a killed save left an hour ago, and one of another program's."""
    stale = folder / f".{name}.4242.123456789{atomic.TEMP_SUFFIX}"
    theirs = folder / f".{name}.annotator-tmp.notes"
    for path in (stale, theirs):
        path.write_bytes(b"half a file")
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    return stale, theirs


def test_the_next_save_into_a_folder_clears_stale_temp_files_of_ours(tmp_path: Path) -> None:
    """Ensure a save (the API's save()) removes temp files killed saves left there an hour
    ago, and leaves files not named like ours and fresh temp files alone."""
    stale, theirs = plant_stale_temp(tmp_path)
    fresh = tmp_path / f".other.xml.1.2{atomic.TEMP_SUFFIX}"
    fresh.write_bytes(b"a save in progress elsewhere")
    exercise = Exercise(
        id="x", title="x",
        tagset=Tagset(categories=[Category(id="c", color="#000000", labels={"es": "c"})]),
        article=Article(blocks=[Block(kind="paragraph", text="text")]),
    )
    save(exercise, tmp_path / "x.exercise.xml")
    assert not stale.exists()
    assert theirs.exists() and fresh.exists()


def test_a_note_over_the_formats_limit_is_a_plain_save_error_and_nothing_moves(
        target: Path) -> None:
    """Ensure saving a note longer than the format holds names the highlight and the limit,
    marks the error as the document's (another folder cannot help) and keeps the old file."""
    from annotator.core.limits import TEXT_MAX
    from annotator.core.model import Annotation, Submission

    note = Annotation(id="a1", category="claim", start=0, end=4, quote="Hola",
                      note="n" * (TEXT_MAX + 1))
    with pytest.raises(SaveError) as raised:
        save(Submission(exercise="x", exercise_version="1", text_sha256="0" * 64,
                        annotations=[note]), target)
    assert raised.value.in_document
    assert "highlight 1" in str(raised.value) and f"at most {TEXT_MAX}" in str(raised.value)
    assert "refusing" not in str(raised.value) and "Element" not in str(raised.value)
    assert target.read_bytes() == OLD

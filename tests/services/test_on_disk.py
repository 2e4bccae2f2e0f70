"""Changed on disk: size, time and bytes; conflict copies beside the file."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.services.on_disk import (
    changed_since,
    conflict_path,
    fingerprint,
    is_conflict_copy,
    keep_copy,
)


def test_only_other_bytes_count_as_a_change(tmp_path):
    """Ensure a touch is no change, and the same size with the old time put back is one."""
    path = tmp_path / "mine.submission.xml"
    path.write_bytes(b"<ours/>")
    known = fingerprint(path)
    os.utime(path, ns=(known.mtime_ns + 5_000_000_000, known.mtime_ns + 5_000_000_000))
    assert not changed_since(path, known)  # touched, same bytes
    path.write_bytes(b"<them/>")  # same size
    os.utime(path, ns=(known.mtime_ns, known.mtime_ns))
    assert changed_since(path, known)
    path.write_bytes(b"<longer than ours/>")
    assert changed_since(path, known)
    path.unlink()
    assert not changed_since(path, known)  # gone: nothing of theirs to lose
    assert not changed_since(path, None)


def test_conflict_copies_never_take_an_existing_name_nor_look_like_a_submission(tmp_path):
    path = tmp_path / "mine.submission.xml"
    path.write_bytes(b"theirs")
    first = keep_copy(path)
    second = keep_copy(path, b"ours")
    assert first != second and first.read_bytes() == b"theirs" and second.read_bytes() == b"ours"
    for copy in (first, second, conflict_path(path)):
        assert copy.name.startswith("mine.submission.conflict-") and copy.suffix == ".xml"
        assert not copy.name.endswith(".submission.xml")


def test_grading_a_folder_leaves_conflict_copies_out(tmp_path):
    """Ensure a class folder's conflict copy (the version a trainee did not keep) is not
    graded as one more file of theirs."""
    from annotator.services.classroom import submission_files

    (tmp_path / "ana.submission.xml").write_bytes(b"<x/>")
    copy = keep_copy(tmp_path / "ana.submission.xml")
    assert is_conflict_copy(copy.name) and not is_conflict_copy("ana.submission.xml")
    files, problems = submission_files([tmp_path])
    assert [Path(f).name for f in files] == ["ana.submission.xml"] and problems == []

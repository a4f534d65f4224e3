"""Private files written atomically (medenclave.files)."""

from __future__ import annotations

import errno
import os

import pytest

from medenclave import files
from medenclave.files import write_private


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_replaces_atomically_with_the_mode_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "secret.key"
    write_private(target, b"one")
    write_private(target, "two")
    assert target.read_bytes() == b"two"
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret.key"]


def test_mode_is_exact_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        write_private(tmp_path / "ca.pem", b"cert", mode=0o644)
    finally:
        os.umask(old)
    assert _mode(tmp_path / "ca.pem") == 0o644


def test_exclusive_never_replaces(tmp_path):
    target = tmp_path / "officer.key"
    write_private(target, b"first", exclusive=True)
    with pytest.raises(FileExistsError):
        write_private(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["officer.key"]


def test_exclusive_without_hard_links_creates_with_o_excl(tmp_path, monkeypatch):
    def no_link(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_link)
    target = tmp_path / "officer.key"
    write_private(target, b"first", exclusive=True)
    with pytest.raises(FileExistsError):
        write_private(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first" and _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["officer.key"]


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "state.json"
    write_private(target, b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OSError):
        write_private(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]

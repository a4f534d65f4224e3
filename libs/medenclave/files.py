"""Files that must never be seen half-written or by the wrong user: keys, secrets, state.

:func:`write_private` is the one way the kit, the services and the CLI put such a file on disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

__all__ = [
    "InsecureFileMode",
    "fsync_directory",
    "private_dir",
    "read_private",
    "restrict_mode",
    "secure_data_dir",
    "write_private",
]

#: what ``link`` fails with on a filesystem without hard links (FAT, exFAT, some shares)
_NO_HARD_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP)


#: permission bits that let group or others at a private file or folder
_OPEN_TO_OTHERS = 0o077
#: the files SQLite keeps for one database (the database, its write-ahead log and shared memory)
_SQLITE_SUFFIXES = (".db", ".db-wal", ".db-shm", ".db-journal")


class InsecureFileMode(PermissionError):
    """A key or secret file that group or others may read or write: refused, as ssh does."""

    def __init__(self, path: Path, mode: int) -> None:
        self.path = path
        self.mode = mode
        super().__init__(f"{path} is accessible by group/others (mode {mode:04o}); refusing to "
                         f"use it; fix: chmod 600 {path}")


def read_private(path: Path) -> bytes:
    """The content of the key or secret file ``path``, refused when group or others may use it.

    The mode is checked on the opened file (``fstat``), so a swap after the check is read as
    what was checked.

    Raises:
        InsecureFileMode: the file's mode has any group or other bit (e.g. 0644).
        OSError: the file cannot be read.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        mode = os.fstat(fd).st_mode & 0o7777
        if mode & _OPEN_TO_OTHERS:
            raise InsecureFileMode(path, mode)
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def restrict_mode(path: Path, mode: int = 0o600) -> None:
    """Take away from ``path`` every permission bit not in ``mode``, if it exists.

    Best effort on a filesystem without Unix modes or a file owned by someone else (left as is).
    """
    with contextlib.suppress(FileNotFoundError, PermissionError):
        current = path.stat().st_mode & 0o7777
        if current & ~mode:
            os.chmod(path, current & mode)


def private_dir(path: Path) -> Path:
    """Make the folder ``path`` (and missing parents) and give it mode 0700; returns it.

    An existing folder is tightened to 0700 too (never widened). Parents that had to be made
    get the umask's mode: only ``path`` itself is the private folder.

    Raises:
        OSError: the folder could not be made.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    restrict_mode(path, 0o700)
    return path


def secure_data_dir(data_dir: Path) -> None:
    """Tighten an existing data dir: the folder and each service folder in it 0700, each key
    folder 0700, and every SQLite database file (with its ``-wal``/``-shm``) 0600.

    Installations made before the kit created files private get fixed at start-up; a missing
    data dir is left missing.
    """
    if not data_dir.is_dir():
        return
    restrict_mode(data_dir, 0o700)
    for child in data_dir.iterdir():
        if child.is_dir() and not child.is_symlink():
            restrict_mode(child, 0o700)
            restrict_mode(child / "keys", 0o700)
            for db in child.iterdir():
                if db.name.endswith(_SQLITE_SUFFIXES):
                    restrict_mode(db, 0o600)


def write_private(path: Path, data: bytes | str, *, mode: int = 0o600,
                  exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` atomically and durably, with permission bits ``mode``.

    The data goes to a temporary file beside ``path`` (``.NAME.*.tmp``, created with ``mode``),
    which is fsynced and then renamed over ``path``, or with ``exclusive`` hard-linked to it so
    that an existing file is never replaced; the directory is fsynced last. A reader sees the old
    file or the whole new one, never a part. On a filesystem without hard links (a FAT-formatted
    stick), ``exclusive`` creates ``path`` itself with ``O_EXCL`` instead.

    Args:
        path: the file to write; its directory must exist.
        data: the content; a ``str`` is written as UTF-8.
        mode: the file's permission bits (0o644 for a public file such as a certificate). The
            umask does not narrow them, except on a filesystem without Unix modes, where the
            file is never more open than ``mode``.
        exclusive: create ``path`` only if it does not exist yet, even against another process
            creating it at the same moment.

    Raises:
        FileExistsError: ``exclusive`` and ``path`` exists; it was left as it was.
        OSError: the file or its directory could not be written.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    _write_new(tmp, raw, mode)
    placed = False
    try:
        if exclusive:
            _link_new(tmp, path, raw, mode)
        else:
            os.replace(tmp, path)
            placed = True
    finally:
        if not placed:
            os.unlink(tmp)
    fsync_directory(path.parent)


def _write_new(path: Path, raw: bytes, mode: int) -> None:
    """Create ``path`` (which must not exist) holding ``raw``, fsynced; removed if that fails."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            os.fchmod(fd, mode)  # undo the umask
        except PermissionError:
            pass  # no Unix modes here (FAT): the file is no more open than mode already
        view = memoryview(raw)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(path)
        raise
    os.close(fd)


def _link_new(tmp: Path, path: Path, raw: bytes, mode: int) -> None:
    """Give the written ``tmp`` the name ``path`` unless ``path`` exists.

    Raises:
        FileExistsError: ``path`` exists.
    """
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        _write_new(path, raw, mode)


def fsync_directory(directory: Path) -> None:
    """Make a rename, link or new file in ``directory`` durable.

    Raises:
        OSError: the directory could not be synced.
    """
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

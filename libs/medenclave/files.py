"""Files that must never be seen half-written or by the wrong user: keys, secrets, state.

:func:`write_private` is the one way the kit, the services and the CLI put such a file on disk.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

__all__ = ["fsync_directory", "write_private"]

#: what ``link`` fails with on a filesystem without hard links (FAT, exFAT, some shares)
_NO_HARD_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP)


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

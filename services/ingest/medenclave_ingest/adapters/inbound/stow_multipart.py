"""``multipart/related`` (RFC 2046 §5.1) split on a seekable file, in bounded chunks.

STOW-RS bodies are spooled to disk (:mod:`stow_http`); this module finds where each part's
content lies in that file without ever holding more than one scan window (``chunk_bytes`` plus
the delimiter) in memory. The caller then reads one part at a time, only when it is within its
per-object limit.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import BinaryIO

__all__ = ["MultipartError", "PartSpan", "TooManyParts", "boundary_of", "parse_multipart",
           "split_parts"]

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.I)
#: transport padding after a delimiter, and one part's header block, are bounded
_MAX_LINE = 1024
_MAX_PART_HEADERS = 8 * 1024
#: the content type given to a part whose header block is unreadable (always refused)
MALFORMED = "malformed"


class MultipartError(ValueError):
    """The body is not ``multipart/related`` with a usable boundary."""


class TooManyParts(ValueError):
    """The body holds more parts than the caller allows."""


@dataclass(frozen=True)
class PartSpan:
    """Where one part's content lies in the body file.

    Attributes:
        content_type: the part's media type, lower case, parameters dropped ("" when absent,
            ``"malformed"`` when its header block could not be read).
        offset: first byte of the content.
        length: content bytes (the CRLF before the next delimiter excluded).
    """

    content_type: str
    offset: int
    length: int


def boundary_of(content_type: str) -> bytes:
    """The boundary of a ``multipart/related`` content type.

    Raises:
        MultipartError: another media type, or no (or an over-long) boundary.
    """
    if not content_type.lower().startswith("multipart/related"):
        raise MultipartError("not multipart/related")
    match = _BOUNDARY.search(content_type)
    if match is None or len(match.group(1)) > 70:  # RFC 2046: 1 to 70 characters
        raise MultipartError("no usable boundary")
    return match.group(1).encode("ascii", "replace")


def _delimiters(body: BinaryIO, size: int, delimiter: bytes, chunk_bytes: int,
                max_parts: int) -> list[int]:
    """Offsets of each delimiter (at the start of the body or after a CRLF) in ``body``."""
    found: list[int] = []
    body.seek(0)
    if body.read(len(delimiter)) == delimiter:
        found.append(0)
    pattern = b"\r\n" + delimiter
    carry = b""
    start = 0  # file offset of carry[0]
    body.seek(0)
    while start + len(carry) < size:
        block = body.read(chunk_bytes)
        if not block:
            break
        window = carry + block
        at = window.find(pattern)
        while at != -1:
            found.append(start + at + 2)
            if len(found) > max_parts + 1:  # + the close delimiter
                raise TooManyParts(f"more than {max_parts} parts")
            at = window.find(pattern, at + 1)
        keep = min(len(window), len(pattern) - 1)
        start += len(window) - keep
        carry = window[len(window) - keep:]
    return found


def _read_until(body: BinaryIO, offset: int, marker: bytes, limit: int) -> int:
    """The offset just after ``marker`` searched from ``offset`` within ``limit`` bytes, or -1."""
    body.seek(offset)
    window = body.read(limit)
    at = window.find(marker)
    return -1 if at == -1 else offset + at + len(marker)


def _content_type(head: bytes) -> str:
    ctype = ""
    for line in head.split(b"\r\n"):
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-type":
            ctype = value.strip().split(";")[0].strip().lower()
    return ctype


def split_parts(content_type: str, body: BinaryIO, size: int, *, max_parts: int,
                chunk_bytes: int = 1024 * 1024) -> list[PartSpan]:
    """The parts of a ``multipart/related`` body held in a seekable binary file.

    Args:
        content_type: the request's Content-Type (with the boundary).
        body: the body, readable and seekable (a spool file).
        size: the body's length in bytes.
        max_parts: more parts than this raise :class:`TooManyParts`.
        chunk_bytes: the scan window.

    Raises:
        MultipartError: not multipart/related with a usable boundary.
        TooManyParts: more than ``max_parts`` parts.
    """
    delimiter = b"--" + boundary_of(content_type)
    marks = _delimiters(body, size, delimiter, chunk_bytes, max_parts)
    parts: list[PartSpan] = []
    for index, mark in enumerate(marks):
        after = mark + len(delimiter)
        body.seek(after)
        if body.read(2) == b"--":
            break  # the close delimiter
        line_end = _read_until(body, after, b"\r\n", _MAX_LINE)
        if line_end == -1:
            continue  # not a delimiter line after all (no CRLF in sight)
        end = marks[index + 1] - 2 if index + 1 < len(marks) else size
        body.seek(line_end)
        if body.read(2) == b"\r\n":  # no header fields
            parts.append(PartSpan("", line_end + 2, max(0, end - line_end - 2)))
            continue
        head_end = _read_until(body, line_end, b"\r\n\r\n", min(_MAX_PART_HEADERS,
                                                                 max(0, end - line_end)))
        if head_end == -1:
            parts.append(PartSpan(MALFORMED, line_end, 0))
            continue
        body.seek(line_end)
        head = body.read(head_end - 4 - line_end)
        length = end - head_end
        if index + 1 >= len(marks):  # no close delimiter: the rest, less a final CRLF
            body.seek(max(head_end, size - 2))
            if size - head_end >= 2 and body.read(2) == b"\r\n":
                length -= 2
        parts.append(PartSpan(_content_type(head), head_end, max(0, length)))
        if len(parts) > max_parts:
            raise TooManyParts(f"more than {max_parts} parts")
    return parts


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, bytes]]:
    """The (content type, bytes) of each part of a small in-memory multipart/related body.

    Raises:
        ValueError: not multipart/related with a boundary.
    """
    stream = io.BytesIO(body)
    out = []
    for span in split_parts(content_type, stream, len(body), max_parts=1_000_000):
        stream.seek(span.offset)
        out.append((span.content_type, stream.read(span.length)))
    return out

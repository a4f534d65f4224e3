"""HTTP/1.1 request heads for the bounded server: parsed strictly, framing refused when ambiguous.

RFC 9112 §6: a request carrying both Content-Length and Transfer-Encoding, several
Content-Length fields, a length that is not one decimal number (``-1`` included), or a transfer
coding other than ``chunked`` is refused before any body byte is read; so is a POST with no
framing at all (411). Header field values are never logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CHUNK_SIZE", "Answer", "Refused", "RequestHead", "parse_head"]

_TOKEN = re.compile(rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_LENGTH = re.compile(r"[0-9]{1,19}")
#: a chunk-size line: hex digits, optional extensions (ignored)
CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(;[^\r\n]*)?")


@dataclass(frozen=True)
class RequestHead:
    """A parsed request head. Header names are lower case; values are never logged."""

    method: str
    target: str
    headers: dict[str, str]
    content_length: int | None  # None: chunked
    peer: str = ""


@dataclass(frozen=True)
class Answer:
    """A response: status, body and its media type, extra header fields."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


class Refused(Exception):
    """A request refused with ``answer`` (a short text message unless given)."""

    def __init__(self, status: int, message: str = "", answer: Answer | None = None) -> None:
        super().__init__(status)
        self.answer = answer or Answer(status, (message + "\n").encode())


def parse_head(raw: bytes, peer: str, *, method: str) -> RequestHead:
    """The head (without its final CRLFCRLF) of a request for ``method``.

    Raises:
        Refused: 400 malformed or ambiguous, 405 another method, 411 no framing, 501 a
            transfer coding other than chunked.
    """
    lines = raw.split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or not _TOKEN.fullmatch(parts[0]) or \
            parts[2] not in (b"HTTP/1.1", b"HTTP/1.0"):
        raise Refused(400, "malformed request line")
    headers: dict[str, str] = {}
    lengths: list[str] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            raise Refused(400, "obsolete header line folding is not accepted")
        name, sep, value = line.partition(b":")
        if not sep or not _TOKEN.fullmatch(name):
            raise Refused(400, "malformed header field")
        key, text = name.decode("ascii").lower(), value.decode("latin-1").strip()
        if key == "content-length":
            lengths.append(text)
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    if parts[0].decode("ascii") != method:
        raise Refused(405, answer=Answer(405, f"only {method} is served here\n".encode(),
                                         headers=(("Allow", method),)))
    return RequestHead(method=method, target=parts[1].decode("latin-1"),
                       headers=headers, content_length=_framing(headers, lengths, parts[2]),
                       peer=peer)


def _framing(headers: dict[str, str], lengths: list[str], version: bytes) -> int | None:
    """The declared body length, or None for chunked; refuses every ambiguous framing."""
    coding = headers.get("transfer-encoding")
    if coding is not None:
        if lengths:
            raise Refused(400, "Content-Length and Transfer-Encoding together are not accepted")
        if version != b"HTTP/1.1":
            raise Refused(400, "Transfer-Encoding needs HTTP/1.1")
        if coding.strip().lower() != "chunked":
            raise Refused(501, "only the chunked transfer coding is supported")
        return None
    if not lengths:
        raise Refused(411, "Content-Length (or Transfer-Encoding: chunked) is required")
    if len(lengths) > 1 or not _LENGTH.fullmatch(lengths[0]):
        raise Refused(400, "Content-Length must be one non-negative decimal integer")
    return int(lengths[0])

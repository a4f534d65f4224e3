"""Structure-aware malformed inputs for the fuzz tests (issue 15), and a per-call deadline.

:func:`mutate` starts from a valid seed (a DICOM file, a PDU, a STOW body) and applies one to
four mutations: byte flips, truncations, insertions, deletions, duplicated slices, length
fields set to edge values (zero, huge, ``0xFFFFFFFF`` — negative as unsigned), wrong VRs,
nested sequences of undefined length (terminated or not), character-set changes and escape
sequences (ISO 2022, GB18030, broken UTF-8); one input in twenty is random bytes. Element
boundaries are guessed from the seed (explicit-VR headers), so length and VR corruptions land
on real fields.

Input ``n`` is ``mutate(Random(n), seeds)``: deterministic, and a failure names the ``n`` that
regenerates it. :func:`sweep` runs a check over inputs ``0 .. count-1``, each under
:func:`within`'s wall-clock bound (SIGALRM, main thread), so a hang fails like a crash.
Hypothesis's engine costs about 3 ms per example here against about 0.06 ms per mutation:
10,000 inputs per target would not fit CI's budget through it, so the sweep is a plain seeded
loop (the property tests that shrink structured values stay with hypothesis)."""

from __future__ import annotations

import functools
import signal
import struct
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from random import Random
from typing import Any, TypeVar

__all__ = ["Hang", "Seed", "dicom_anchors", "mutate", "nested_sequences", "sweep", "within"]

T = TypeVar("T")

#: edge values for 16- and 32-bit length fields
EDGE_32 = (0, 1, 2, 3, 7, 8, 0x7F, 0x80, 0xFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000,
           0xFFFFFFFE, 0xFFFFFFFF)
EDGE_16 = (0, 1, 2, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF)
VRS = (b"SQ", b"UN", b"OB", b"OW", b"UT", b"UC", b"LO", b"PN", b"UI", b"US", b"UL", b"AT",
       b"FD", b"DS", b"CS", b"XX", b"\x00\x00", b"ob", b"\xff\xff")
CHARSETS = (b"ISO 2022 IR 87", b"\\ISO 2022 IR 87", b"ISO 2022 IR 13\\ISO 2022 IR 87",
            b"GB18030", b"GBK", b"ISO_IR 192", b"\\ISO 2022 IR 149", b"ISO 2022 IR 58",
            b"ISO_IR 100", b"ISO_IR 13", b"NOT A CHARSET", b"", b"\\\\\\", b"ISO 2022 IR 6")
#: byte runs that trip decoders: ISO 2022 escapes, GB18030 four-byte codes, broken UTF-8
ODD_TEXT = (b"\x1b$B", b"\x1b(B", b"\x1b(J", b"\x1b$)C", b"\x1b$A", b"\x1b-A", b"\x1b%G",
            b"\x1b", b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39", b"\xff\xfe", b"\xc3\x28",
            b"\xe4\xb8", b"\xed\xa0\x80", b"\x00", b"\\", b"^^^^", b"=", b"\x8e")
_SPECIFIC_CHARSET = b"\x08\x00\x05\x00CS"
_VR_SET = frozenset(VRS[:17])


class Hang(BaseException):
    """Raised by the alarm inside :func:`within` (a BaseException: ``except Exception`` in
    the code under test must not swallow it)."""


@dataclass(frozen=True)
class Seed:
    """A valid input and where its fields start (``anchors``: element or item headers)."""

    name: str
    data: bytes
    anchors: tuple[int, ...] = field(default=())

    def __repr__(self) -> str:  # hypothesis prints the seed's name, not its bytes
        return f"Seed({self.name})"


def dicom_anchors(data: bytes, start: int = 0) -> tuple[int, ...]:
    """Offsets from ``start`` that look like explicit-VR element headers (even, known VR)."""
    return tuple(pos for pos in range(start + (start & 1), len(data) - 8, 2)
                 if (data[pos + 4:pos + 6] in _VR_SET and data[pos + 1] in (0, 0x7F, 0xFF))
                 or data[pos:pos + 4] in (b"\xfe\xff\x00\xe0", b"\xfe\xff\xdd\xe0"))


@functools.lru_cache(maxsize=64)
def nested_sequences(depth: int, *, explicit: bool = True, defined: bool = False,
                     terminated: bool = True) -> bytes:
    """``depth`` nested (0008,1115) sequences, each with one item, undefined lengths unless
    ``defined``; ``terminated`` False leaves every delimiter out."""
    inner = b""
    for _ in range(depth):
        item_end = b"\xfe\xff\x0d\xe0\x00\x00\x00\x00" if terminated and not defined else b""
        seq_end = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00" if terminated and not defined else b""
        item_len = len(inner) if defined else 0xFFFFFFFF
        item = b"\xfe\xff\x00\xe0" + struct.pack("<I", item_len) + inner + item_end
        seq_len = len(item) if defined else 0xFFFFFFFF
        head = (b"\x08\x00\x15\x11SQ\x00\x00" if explicit else b"\x08\x00\x15\x11")
        inner = head + struct.pack("<I", seq_len) + item + seq_end
    return inner


def _pos(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> int:
    if anchors and rng.random() < 0.5:
        return min(rng.choice(anchors), max(len(data) - 1, 0))
    return rng.randrange(max(len(data), 1))


def _flip(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    if data:
        data[_pos(rng, data, anchors)] = rng.randrange(256)
    return data


def _truncate(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    return data[:_pos(rng, data, anchors) + rng.randrange(13)]


def _insert(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    at = _pos(rng, data, anchors)
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def _delete(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    at = _pos(rng, data, anchors)
    return data[:at] + data[at + rng.randint(1, 256):]


def _duplicate(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    start, at = _pos(rng, data, anchors), _pos(rng, data, anchors)
    piece = data[start:start + rng.randint(1, 512)]
    return data[:at] + piece * rng.randint(1, 3) + data[at:]


def _length(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    """An edge value written where a length field is likely (2, 4, 6 or 8 bytes into a
    header), 16 or 32 bits, either byte order (PDUs are big endian)."""
    at = _pos(rng, data, anchors) + rng.choice((0, 2, 4, 6, 8))
    wide = rng.random() < 0.5
    value = rng.choice(EDGE_32 if wide else EDGE_16)
    if rng.random() < 0.25:  # near the real size: off by a few
        value = (len(data) - at + rng.randint(-9, 9)) % (1 << (32 if wide else 16))
    packed = struct.pack(rng.choice("<>") + ("I" if wide else "H"), value)
    return data[:at] + packed + data[at + len(packed):]


def _vr(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    at = _pos(rng, data, anchors) + 4
    return data[:at] + rng.choice(VRS) + data[at + 2:]


def _nest(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    at = _pos(rng, data, anchors)
    blob = nested_sequences(rng.choice((1, 2, 3, 17, 40, 200, 600)),
                            explicit=rng.random() < 0.5, defined=rng.random() < 0.5,
                            terminated=rng.random() < 0.5)
    return data[:at] + blob + data[at:]


def _charset(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    """Rewrite (0008,0005) Specific Character Set, keeping or breaking its length field."""
    at = bytes(data).find(_SPECIFIC_CHARSET)
    if at == -1 or at + 8 > len(data):
        return _text(rng, data, anchors)
    (old,) = struct.unpack_from("<H", data, at + 6)
    value = rng.choice(CHARSETS)
    if rng.random() < 0.5:  # keep the element's length: pad or cut the new value
        value = value[:old].ljust(old, b" ")
    return data[:at + 6] + struct.pack("<H", len(value)) + value + data[at + 8 + old:]


def _text(rng: Random, data: bytearray, anchors: tuple[int, ...]) -> bytearray:
    at = _pos(rng, data, anchors) + rng.choice((0, 8, 9, 10, 12))
    run = b"".join(rng.choices(ODD_TEXT, k=rng.randint(1, 4)))
    if rng.random() < 0.5:
        return data[:at] + run + data[at + len(run):]
    return data[:at] + run + data[at:]


MUTATIONS: tuple[Callable[[Random, bytearray, tuple[int, ...]], bytearray], ...] = (
    _flip, _flip, _truncate, _insert, _delete, _duplicate, _length, _length, _vr, _nest,
    _charset, _text)


def mutate(rng: Random, seeds: Sequence[Seed], *, random_max: int = 4096,
           max_mutations: int = 4) -> bytes:
    """One malformed input: a seed under 1 to ``max_mutations`` mutations (or, one time in
    twenty, random bytes up to ``random_max`` long)."""
    if rng.randrange(20) == 0:
        return rng.randbytes(rng.randint(0, random_max))
    seed = rng.choice(seeds)
    data = bytearray(seed.data)
    for _ in range(rng.randint(1, max_mutations)):
        data = rng.choice(MUTATIONS)(rng, data, seed.anchors)
    return bytes(data)


def sweep(check: Callable[[bytes], object], seeds: Sequence[Seed], *, count: int,
          seconds: float = 5.0, first: int = 0, **options: int) -> None:
    """Run ``check`` on ``count`` inputs, ``mutate(Random(n), seeds, **options)`` for n from
    ``first``, each under a ``seconds`` bound. ``check`` raises on a broken contract (its
    asserts, or an error the code under test must not let out).

    Raises:
        AssertionError: naming the first few failing inputs by ``n`` (to regenerate them) and
            the error type; a hang is one.
    """
    failures: list[str] = []
    for n in range(first, first + count):
        data = mutate(Random(n), seeds, **options)
        try:
            within(seconds, check, data)
        except Exception as exc:  # the contract is broken: collect, report by input number
            failures.append(f"input n={n} ({len(data)} bytes): {type(exc).__name__}: "
                            f"{str(exc)[:300]}")
            if len(failures) >= 5:
                break
    assert not failures, "\n".join(failures)


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def on_alarm(signum: int, frame: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer, _interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # pytest-timeout's (or another outer) alarm keeps running
            signal.setitimer(signal.ITIMER_REAL,
                             max(outer - (time.monotonic() - started), 0.001))


def within(seconds: float, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``call(*args, **kwargs)``, failed as a hang if it runs longer than ``seconds``.

    Raises:
        AssertionError: the call did not return within ``seconds`` (a hang).
    """
    try:
        with _alarm(seconds):
            return call(*args, **kwargs)
    except Hang:
        pass
    raise AssertionError(f"hang: {getattr(call, '__name__', call)} ran over {seconds} s")

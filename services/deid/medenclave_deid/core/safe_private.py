"""Retain Safe Private: the private elements a knowledge base vouches for, and nothing else.

The knowledge base is TCIA's private tag list (``tcia_private_tag_kb.csv``): each row names an
element by its path and gives a disposition — ``k`` keep, ``h`` replace by a keyed hash (UIDs:
remapped), ``o`` shift as a date by the patient's offset, anything else (``d`` delete, ``na``,
``oi``…) removes it. A path is a tuple of steps: a public tag (``int``) or a :class:`PrivateKey`.
First-level rows such as ``(0019,"GEMS_ACQU_01",10)`` are one-step paths; nested rows name the
enclosing sequences first, either a private element inside a public sequence's item
(``(0008,1110)[<0>](2001,"Philips Imaging DD 001",c1)``) or any element inside a private
sequence's item (``(0009,"GEIIS",10)[<0>](0028,0002)``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

__all__ = [
    "PathStep",
    "PrivateKey",
    "SafePrivateList",
    "SafePrivateListError",
    "creator_key",
    "read_kb_csv",
]

_PRIVATE_STEP = re.compile(r'^\(([0-9A-Fa-f]{4}),"*([^()\[\]]*?)"*,([0-9A-Fa-f]{2})\)$')
_PUBLIC_STEP = re.compile(r"^\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)$")
_ITEM = re.compile(r"\[<\d+>\]")
_DISPOSITIONS = {"k", "h", "o"}


class SafePrivateListError(ValueError):
    """The knowledge base cannot be read (names the line, never data)."""


class PrivateKey(NamedTuple):
    """(odd group, private creator as written, element byte); a tuple, so hashing ~9,000
    knowledge-base paths at start-up stays in C."""

    group: int
    creator: str
    element: int


#: one step of a path: a public tag, or a private (group, creator, element byte) key
PathStep = int | PrivateKey


def creator_key(creator: str) -> str:
    """A private creator as the list keys it (quotes and spaces trimmed, upper case)."""
    return creator.strip().strip('"').strip().upper()


def _norm_step(step: PathStep) -> PathStep:
    if isinstance(step, PrivateKey):
        return PrivateKey(step.group, creator_key(step.creator), step.element & 0xFF)
    return int(step)


def _norm_path(key: PrivateKey | tuple[PathStep, ...]) -> tuple[PathStep, ...]:
    steps = (key,) if isinstance(key, PrivateKey) else tuple(key)
    return tuple(_norm_step(s) for s in steps)


def _parse_signature(signature: str) -> tuple[PathStep, ...] | None:
    """``(0009,"GEIIS",10)[<0>](0028,0002)`` → its path; None: not a usable private signature
    (a public first-level tag, a malformed step, a private step with an even group or a public
    step with an odd one)."""
    steps: list[PathStep] = []
    for part in _ITEM.split(signature):
        m = _PRIVATE_STEP.match(part)
        if m:
            group = int(m.group(1), 16)
            if not group & 1:
                return None
            steps.append(PrivateKey(group, creator_key(m.group(2)), int(m.group(3), 16)))
            continue
        m = _PUBLIC_STEP.match(part)
        if not m or int(m.group(1), 16) & 1:
            return None
        steps.append(int(m.group(1) + m.group(2), 16))
    if not steps or not any(isinstance(s, PrivateKey) for s in steps):
        return None
    return tuple(steps)


def read_kb_csv(text: str) -> tuple[dict[PrivateKey | tuple[PathStep, ...], str],
                                    set[tuple[PathStep, ...]], set[tuple[PathStep, ...]]]:
    """The TCIA CSV as :class:`SafePrivateList`'s normalised arguments: path → disposition
    (kept ones), paths named for deletion, paths known as sequences.

    Raises:
        SafePrivateListError: the header is missing.
    """
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in next(rows, [])]
    if "element_sig_pattern" not in header:
        raise SafePrivateListError("missing element_sig_pattern column")
    sig_at = header.index("element_sig_pattern")
    vr_at = header.index("vr") if "vr" in header else None
    disp_at = header.index("private_disposition") if "private_disposition" in header else None
    entries: dict[PrivateKey | tuple[PathStep, ...], str] = {}
    strict: set[tuple[PathStep, ...]] = set()
    deleted: set[tuple[PathStep, ...]] = set()
    sequences: set[tuple[PathStep, ...]] = set()
    parsed: dict[str, tuple[PathStep, ...] | None] = {}  # one row per VR repeats signatures
    for row in rows:
        signature = row[sig_at].strip() if sig_at < len(row) else ""
        if signature in parsed:
            path = parsed[signature]
        else:
            path = parsed[signature] = _parse_signature(signature)
        if path is None:
            continue
        if len(path) > 1:
            sequences.update(path[:i] for i in range(1, len(path)))
        if vr_at is not None and vr_at < len(row) and row[vr_at].strip().upper() == "SQ":
            sequences.add(path)
        disposition = row[disp_at].strip().lower() \
            if disp_at is not None and disp_at < len(row) else ""
        if disposition not in _DISPOSITIONS:
            strict.add(path)
            if disposition == "d":
                deleted.add(path)
            continue
        if entries.get(path, disposition) != disposition:
            strict.add(path)
        entries[path] = disposition
    return {k: v for k, v in entries.items() if k not in strict}, deleted, sequences


class SafePrivateList:
    """Paths of private elements (and of elements inside private sequences) → ``k``, ``h``
    or ``o``.

    Args:
        entries: path (or, for a first-level element, its :class:`PrivateKey`) → disposition.
        removed: paths the knowledge base names for deletion (``d``): a sequence named so is
            not entered, whatever it lists under it.
        sequences: paths the knowledge base knows as sequences (never kept as opaque bytes).
    """

    def __init__(self, entries: Mapping[PrivateKey | tuple[PathStep, ...], str], *,
                 removed: Iterable[tuple[PathStep, ...]] = (),
                 sequences: Iterable[tuple[PathStep, ...]] = (),
                 normalised: bool = False) -> None:
        norm = (lambda p: p) if normalised else _norm_path
        self._entries = {norm(k): v for k, v in entries.items()}
        self._removed = frozenset(norm(p) for p in removed) - self._entries.keys()
        #: every proper prefix of a path that is kept: the sequences worth entering
        self._kept_under = frozenset(path[:i] for path in self._entries if len(path) > 1
                                     for i in range(1, len(path)))
        self._sequences = frozenset(norm(p) for p in sequences) | frozenset(
            path[:i] for path in (*self._entries, *self._removed) if len(path) > 1
            for i in range(1, len(path)))

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def from_csv(cls, text: str) -> SafePrivateList:
        """Parse the TCIA CSV (``element_sig_pattern, tag_name, vr, private_disposition``).

        A signature listed more than once (one row per VR) must agree on keeping it; a row that
        disagrees removes it (the stricter one wins). Nested signatures become paths.

        Raises:
            SafePrivateListError: the header is missing.
        """
        entries, deleted, sequences = read_kb_csv(text)
        return cls(entries, removed=deleted, sequences=sequences, normalised=True)

    @classmethod
    def of(cls, items: Iterable[tuple[int, str, int, str]]) -> SafePrivateList:
        """From (group, creator, element byte, disposition) tuples (tests, configuration)."""
        return cls({PrivateKey(g, c, e): d for g, c, e, d in items})

    @staticmethod
    def key(*, group: int, creator: str, element: int) -> PrivateKey:
        """The normalised step of a private element (creator upper-cased, element byte)."""
        return PrivateKey(group, creator_key(creator), element & 0xFF)

    def disposition(self, *, group: int, creator: str, element: int,
                    path: tuple[PathStep, ...] = ()) -> str:
        """``k``, ``h``, ``o``, or ``x`` (remove) for a private element.

        Args:
            group, creator, element: the element (its element byte is ``element & 0xFF``).
            path: the steps of the sequences enclosing it (empty at the top level).
        """
        return self.disposition_of((*path, self.key(group=group, creator=creator,
                                                    element=element)))

    def disposition_of(self, path: tuple[PathStep, ...]) -> str:
        """``k``, ``h``, ``o``, or ``x`` for the element at ``path`` (normalised steps)."""
        return self._entries.get(path, "x")

    def keeps_under(self, path: tuple[PathStep, ...]) -> bool:
        """Whether the sequence at ``path`` is worth entering: something under it is kept and
        the knowledge base does not name the sequence itself for deletion (``d``; ``na`` and
        the like do not veto its contents)."""
        return path in self._kept_under and path not in self._removed

    def is_sequence(self, path: tuple[PathStep, ...]) -> bool:
        """Whether the knowledge base knows the element at ``path`` as a sequence."""
        return path in self._sequences

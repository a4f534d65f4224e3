"""The identifying values and deny-list of a source, computed once per series.

The slices of a series repeat their patient's identifying values; :class:`SeriesIdentifiers`
keys what :meth:`LeakGuard.collect` and :func:`deny_terms` found by the bytes they depend on,
as read, so a slice whose identifying bytes were seen before is not decoded again.
"""

from __future__ import annotations

import warnings

from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from medenclave_deid.core.dataset_reading import charsets_of
from medenclave_deid.core.descriptors import DENY_ATTRIBUTES, deny_terms
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.leak_guard import IDENTIFYING_ATTRIBUTES, Identifier, LeakGuard

__all__ = ["SeriesIdentifiers"]

#: the source attributes the leak guard and the deny-list read (plus the character set)
_RECORD_TAGS = frozenset(IDENTIFYING_ATTRIBUTES) | frozenset(DENY_ATTRIBUTES) | {0x00080005}
#: more records than this: the cache starts again
_MAX_RECORDS = 1024
_IR58_ESCAPE = "\x1b$)A"
_STRING_VRS = frozenset({"PN", "LO", "SH", "ST", "LT", "UT", "UC"})


class SeriesIdentifiers:
    """The identifiers and deny-list of source records, by what they depend on as read.

    One per deidentifier, shared by its sessions: the slices of a series repeat them.
    """

    def __init__(self) -> None:
        self._records: dict[tuple, tuple[frozenset[Identifier], frozenset[str]]] = {}

    def of(self, ds: Dataset, as_read: dict[int, object] | None, *, guard: LeakGuard
           ) -> tuple[frozenset[Identifier], frozenset[str]]:
        """The identifying values of ``ds`` (for the leak guard) and its deny-list (for
        Clean Descriptors).

        Args:
            ds: the source as parsed; ISO 2022 IR 58 escapes are stripped from its text
                when they are decoded here.
            as_read: its elements as the reader left them (None: no caching).
            guard: collects the identifying values.

        Raises:
            InvalidInstance: ``wrong_encoding`` (a value could not be decoded in the
                dataset's character set).
        """
        ir58 = "ISO 2022 IR 58" in charsets_of(ds)
        key = _record_key(as_read) if as_read is not None and not ir58 else None
        known = self._records.get(key) if key is not None else None
        if known is not None:  # a slice of a series already seen: same identifying values
            return known
        found = _collect(ds, guard=guard, ir58=ir58)
        if key is not None:
            if len(self._records) >= _MAX_RECORDS:
                self._records.clear()
            self._records[key] = found
        return found


def _collect(ds: Dataset, *, guard: LeakGuard, ir58: bool
             ) -> tuple[frozenset[Identifier], frozenset[str]]:
    """Decode the identifying values and the deny-list of ``ds``.

    Raises:
        InvalidInstance: ``wrong_encoding``.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if ir58:
            _strip_ir58_escapes(ds)
        identifiers = frozenset(guard.collect(ds))
        deny = deny_terms(ds)
    if any(_is_decoding_problem(w.message) for w in caught):
        raise InvalidInstance("wrong_encoding")
    return identifiers, deny


def _record_key(as_read: dict[int, object]) -> tuple | None:
    """What :meth:`LeakGuard.collect` and :func:`deny_terms` depend on, as the bytes read: the
    identifying attributes, and every element that may be a sequence (they look inside). None
    when a value was not read (deferred): no caching then."""
    parts: list[tuple] = []
    for tag, elem in as_read.items():
        if not isinstance(elem, RawDataElement):  # decoded by the reader (character set …)
            if elem.VR == "SQ":  # type: ignore[attr-defined]
                return None
            if tag in _RECORD_TAGS:
                parts.append((tag, elem.VR, str(elem.value)))  # type: ignore[attr-defined]
            continue
        if tag in _RECORD_TAGS or elem.VR in (None, "SQ", "UN"):
            if elem.value is None:
                return None
            parts.append((tag, elem.VR, elem.value))
    return tuple(parts)


def _is_decoding_problem(message: object) -> bool:
    text = str(message).lower()
    return "decode" in text or "unknown encoding" in text or "character set" in text


def _strip_ir58_escapes(ds: Dataset) -> None:
    """Drop the ``ESC $ ) A`` designations pydicom leaves in ISO 2022 IR 58 text (it decodes
    GB 2312 in G1 but keeps the escape as text), so names and deny-lists match."""
    for elem in ds.iterall():
        if elem.VR not in _STRING_VRS or elem.value is None:
            continue
        values = elem.value if isinstance(elem.value, (list, MultiValue)) else [elem.value]
        if any(_IR58_ESCAPE in str(v) for v in values):
            cleaned = [str(v).replace(_IR58_ESCAPE, "") for v in values]
            elem.value = cleaned[0] if len(cleaned) == 1 else cleaned

"""PHI spans: what a detector found where, and how overlapping finds are resolved."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["CATEGORIES", "PhiSpan", "add_uncovered", "resolve_overlaps", "span_without"]

#: Every PHI category the notes are checked for (HIPAA Safe Harbor plus GB/T 37964 extras).
CATEGORIES = (
    "name", "date", "age", "phone", "fax", "email", "url", "ip", "ssn", "id_card", "mrn",
    "accession", "account", "health_plan", "licence", "device", "vehicle", "passport",
    "other_id", "address", "geo", "hospital", "department", "workplace",
)
#: Higher wins when two spans of the same length overlap.
_PRIORITY = {c: i for i, c in enumerate(reversed(CATEGORIES))}
_PRIORITY.update({"id_card": 100, "email": 99, "url": 98, "ssn": 97, "ip": 96, "address": 95})


@dataclass(frozen=True, order=True)
class PhiSpan:
    """``text[start:end]`` is identifying information of ``category``."""

    start: int
    end: int
    category: str


def resolve_overlaps(spans: list[PhiSpan]) -> list[PhiSpan]:
    """Non-overlapping spans, sorted: longer spans win, then the higher-priority category; but a
    network address wins over a longer span that only cuts into it (a street read in a flowsheet's
    ``72  SR      10.41.7.27`` is no reason to lose the monitor's address), not over one that
    holds all of it (a link with the address in it).

    Args:
        spans: candidate spans, in any order, possibly overlapping.
    """
    if all(a.start < a.end <= b.start for a, b in pairwise(spans)) and (
        not spans or spans[-1].start < spans[-1].end
    ):
        return list(spans)  # resolved already (most calls: a pass that found nothing new)
    whole = _whole_addresses(spans)
    ranked = sorted(spans, key=lambda s: (not whole or s not in whole, -(s.end - s.start),
                                          -_PRIORITY.get(s.category, 0), s.start))
    # the spans taken so far never overlap and are never empty, so sorted by start they are sorted
    # by end too: a span is free when the first taken one that ends after its start begins at or
    # after its end (a bisection instead of a look at every taken span)
    starts: list[int] = []
    ends: list[int] = []
    taken: list[PhiSpan] = []
    beaten: list[PhiSpan] = []
    for span in ranked:
        if span.end <= span.start:
            continue
        k = bisect_right(ends, span.start)
        if k == len(ends) or span.end <= starts[k]:
            starts.insert(k, span.start)
            ends.insert(k, span.end)
            taken.insert(k, span)
        elif span.category == "hospital":
            beaten.append(span)
    # sorted already: no two share a start
    return _joined_facilities(taken, ends, beaten) if beaten else taken


def _joined_facilities(taken: list[PhiSpan], ends: list[int], beaten: list[PhiSpan]) -> list[PhiSpan]:
    """``taken`` with each facility that a longer one cut into joined to it, where the join
    meets no other span: ``Muncie Community Hospital`` and ``Community Hospital Noninvasive
    Cardiology`` are one facility, its town included (``ends``: the taken spans' ends, kept
    in step)."""
    for span in beaten:
        k = bisect_right(ends, span.start)
        if k == len(taken) or taken[k].category != "hospital" or span.end <= taken[k].start:
            continue
        start, end = min(span.start, taken[k].start), max(span.end, taken[k].end)
        if (k and taken[k - 1].end > start) or (k + 1 < len(taken) and taken[k + 1].start < end):
            continue
        taken[k] = PhiSpan(start, end, "hospital")
        ends[k] = end
    return taken


def _whole_addresses(spans: list[PhiSpan]) -> set[PhiSpan]:
    """The network addresses among ``spans`` that no longer span holds."""
    ips = [s for s in spans if s.category == "ip"]
    return {
        ip for ip in ips
        if not any(o.start <= ip.start and ip.end <= o.end and o.end - o.start > ip.end - ip.start
                   for o in spans)
    }


def add_uncovered(spans: list[PhiSpan], extra: list[PhiSpan], text: str) -> list[PhiSpan]:
    """``spans`` resolved with ``extra``, and of an extra span that a longer one beat the words no
    span covers (``This is Ivy Cross, Ngoc Anh's daughter``: "Cross, Ngoc Anh" won, "Ivy" stays
    a name too).

    Args:
        spans: the spans found so far.
        extra: further finds, each sure of all its words.
        text: the note.
    """
    taken = resolve_overlaps(spans + extra)
    pieces: list[PhiSpan] = []
    for span in extra:
        start = span.start
        for t in taken:
            if t.end <= start or t.start >= span.end:
                continue
            pieces.extend(_words_of(text, start, t.start, span.category))
            start = max(start, t.end)
        pieces.extend(_words_of(text, start, span.end, span.category))
    return resolve_overlaps(taken + pieces)


def _words_of(text: str, start: int, end: int, category: str) -> list[PhiSpan]:
    """The span of ``text[start:end]`` without the spaces and the punctuation at its ends, if it
    still holds a letter."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return [PhiSpan(start, end, category)] if any(c.isalpha() for c in text[start:end]) else []


def span_without(span: PhiSpan, start: int, end: int, text: str) -> list[PhiSpan]:
    """``span`` less ``[start, end)``, its parts trimmed of blanks and punctuation."""
    out = []
    for a, b in ((span.start, min(span.end, start)), (max(span.start, end), span.end)):
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if b > a:
            out.append(PhiSpan(a, b, span.category))
    return out

"""PHI spans: what a detector found where, and how overlapping finds are resolved."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATEGORIES", "PhiSpan", "resolve_overlaps"]

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
    whole = _whole_addresses(spans)
    ranked = sorted(spans, key=lambda s: (s not in whole, -(s.end - s.start), -_PRIORITY.get(s.category, 0),
                                          s.start))
    taken: list[PhiSpan] = []
    for span in ranked:
        if span.end <= span.start:
            continue
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken)


def _whole_addresses(spans: list[PhiSpan]) -> set[PhiSpan]:
    """The network addresses among ``spans`` that no longer span holds."""
    ips = [s for s in spans if s.category == "ip"]
    return {
        ip for ip in ips
        if not any(o.start <= ip.start and ip.end <= o.end and o.end - o.start > ip.end - ip.start
                   for o in spans)
    }

"""Safe Harbor generalisation and k-anonymity over quasi-identifiers, ARX-style.

Every quasi-identifier has a generalisation hierarchy (dates: year → decade → *; ages: exact →
5 → 10 → 20-year bands → *; ZIP: three digits → two → *; anything else: value → *). The search
walks the whole lattice of level combinations; a node is acceptable when, after suppressing the
rows of equivalence classes smaller than k (or not l-diverse in the sensitive column), at most
``max_suppression`` of the rows are gone; among acceptable nodes the one with the least
information loss (normalised certainty penalty, suppressed cells counting 1) wins.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

__all__ = ["KINDS", "RESTRICTED_ZIP3", "AnonymityError", "AnonymityReport", "QuasiIdentifier",
           "anonymise_rows", "guess_kind", "safe_harbor_value"]

KINDS = ("date", "age", "zip", "categorical")
#: Three-digit ZIP areas with 20,000 people or fewer (Census 2000), reported as 000 (HIPAA).
RESTRICTED_ZIP3 = frozenset({"036", "059", "063", "102", "203", "556", "692", "790", "821", "823",
                             "830", "831", "878", "879", "884", "890", "893"})
_LEVELS = {"date": 3, "age": 5, "zip": 3, "categorical": 2}
_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")
_DATE_LIKE = re.compile(r"^\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{8}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4})"
                        r"(?:[ T].*)?$")
_AGE_BANDS = (1, 5, 10, 20)
SUPPRESSED = "*"


class AnonymityError(ValueError):
    """The request cannot be met; the message is a code (``unknown_kind``, ``bad_k``, …)."""


@dataclass(frozen=True)
class QuasiIdentifier:
    """A quasi-identifying column and the hierarchy it is generalised by."""

    column: str
    kind: str


@dataclass
class AnonymityReport:
    """What the search chose and what it cost."""

    k_requested: int
    k_reached: int
    rows_in: int
    rows_suppressed: int
    information_loss: float
    levels: dict[str, int] = field(default_factory=dict)
    l_requested: int | None = None
    l_reached: int | None = None
    nodes_searched: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def guess_kind(column: str, values: list[str]) -> str:
    """A hierarchy for a column from its name and values.

    Args:
        column: the column name.
        values: its values (non-empty ones are looked at).
    """
    norm = re.sub(r"[^a-z]", "", column.lower())
    seen = [v.strip() for v in values if v.strip()][:200]
    if "zip" in norm or "postal" in norm or "postcode" in norm:
        return "zip"
    if "age" in norm and all(v.rstrip("+").isdigit() for v in seen):
        return "age"
    if seen and ("date" in norm or "dob" in norm or "birth" in norm or "year" in norm
                 or all(_DATE_LIKE.match(v) for v in seen)) and all(_YEAR.search(v) for v in seen):
        return "date"
    return "categorical"


def safe_harbor_value(kind: str, value: str) -> str:
    """The HIPAA Safe Harbor form of a value: dates to the year, ages 90 and over to ``90+``,
    ZIP codes to their first three digits (000 for the restricted areas).

    Args:
        kind: one of :data:`KINDS`.
        value: the cell.
    """
    value = value.strip()
    if not value:
        return value
    if kind == "date":
        if re.match(r"^(1[89]|20)\d{6}(?!\d)", value):      # DICOM-style YYYYMMDD
            return value[:4]
        m = _YEAR.search(value)
        return m.group(1) if m else SUPPRESSED
    if kind == "age":
        digits = value.rstrip("+")
        if not digits.isdigit():
            return SUPPRESSED
        return "90+" if int(digits) >= 90 else str(int(digits))
    if kind == "zip":
        digits = re.sub(r"\D", "", value)[:3]
        if len(digits) < 3:
            return SUPPRESSED
        return "000" if digits in RESTRICTED_ZIP3 else digits
    return value


def _generalise(kind: str, value: str, level: int) -> str:
    if value in ("", SUPPRESSED) or level == 0:
        return value
    if level >= _LEVELS[kind] - 1:
        return SUPPRESSED
    if kind == "date":
        decade = int(value) // 10 * 10
        return f"{decade}-{decade + 9}"
    if kind == "age":
        if value == "90+":
            return value
        width = _AGE_BANDS[level]
        lo = int(value) // width * width
        return f"{lo}-{min(lo + width - 1, 89)}"
    if kind == "zip":
        return "000" if value == "000" else value[:2] + "*"
    return SUPPRESSED


def _ncp(kind: str, general: str, column_values: set[str], span: float) -> float:
    """Normalised certainty penalty of one generalised cell, from 0 (exact) to 1 (suppressed)."""
    if general == SUPPRESSED:
        return 1.0
    if kind in ("date", "age") and "-" in general:
        lo, hi = (int(x) for x in general.split("-"))
        return min(1.0, (hi - lo) / span) if span else 0.0
    if kind == "zip" and general.endswith("*"):
        covered = sum(1 for v in column_values if v.startswith(general[:-1]))
        return (covered - 1) / (len(column_values) - 1) if len(column_values) > 1 else 0.0
    return 0.0


def anonymise_rows(rows: list[dict[str, str]], quasi: list[QuasiIdentifier], *, k: int = 5,
                   max_suppression: float = 0.1, sensitive: str | None = None,
                   l_diversity: int | None = None, max_nodes: int = 20000,
                   ) -> tuple[list[dict[str, str]], AnonymityReport]:
    """Generalise and suppress so that every kept row shares its quasi-identifiers with k-1 others.

    The rows must already be in Safe Harbor form for the quasi-identifiers
    (:func:`safe_harbor_value`).

    Args:
        rows: the table, one dict per row.
        quasi: the quasi-identifiers and their kinds.
        k: the smallest equivalence class allowed.
        max_suppression: the largest fraction of rows that may be suppressed.
        sensitive: a column that must be l-diverse within each class (distinct l-diversity).
        l_diversity: the l for ``sensitive``.
        max_nodes: refuse lattices larger than this.

    Raises:
        AnonymityError: ``bad_k``, ``unknown_kind``, ``unknown_column``, ``lattice_too_large`` or
            ``k_unreachable`` (no node meets k within the suppression limit).
    """
    _check_request(rows, quasi, k=k, sensitive=sensitive)
    ranges, total_nodes = _lattice(quasi, max_nodes=max_nodes)
    need_l = l_diversity if sensitive else None
    # work on the distinct quasi-identifier tuples (weighted by their rows), not on every row
    tuples = _distinct_tuples(rows, quasi, ranges, sensitive=sensitive, need_l=need_l)
    best = _search(tuples, ranges, k=k, need_l=need_l, max_suppression=max_suppression,
                   n=len(rows))
    if best is None:
        raise AnonymityError("k_unreachable")
    (loss, suppressed, _), node, keys, bad, sizes, values = best
    out = _generalised_rows(rows, quasi, tuples, keys=keys, bad=bad)
    kept = [key for key in sizes if key not in bad]
    report = AnonymityReport(
        k_requested=k, k_reached=min((sizes[key] for key in kept), default=0), rows_in=len(rows),
        rows_suppressed=suppressed, information_loss=round(loss, 4),
        levels={q.column: lvl for q, lvl in zip(quasi, node, strict=True)}, nodes_searched=total_nodes)
    if need_l:
        report.l_requested = need_l
        report.l_reached = min((len(values[key]) for key in kept), default=0)
    return out, report


def _check_request(rows: list[dict[str, str]], quasi: list[QuasiIdentifier], *, k: int,
                   sensitive: str | None) -> None:
    """Raises: AnonymityError ``bad_k``, ``unknown_kind`` or ``unknown_column``."""
    if k < 1:
        raise AnonymityError("bad_k")
    for q in quasi:
        if q.kind not in KINDS:
            raise AnonymityError("unknown_kind")
        if rows and q.column not in rows[0]:
            raise AnonymityError("unknown_column")
    if sensitive is not None and rows and sensitive not in rows[0]:
        raise AnonymityError("unknown_column")


def _lattice(quasi: list[QuasiIdentifier], *, max_nodes: int) -> tuple[list[range], int]:
    """The generalisation levels of each quasi-identifier and the number of nodes.

    Raises: AnonymityError ``lattice_too_large``."""
    ranges = [range(_LEVELS[q.kind]) for q in quasi]
    total_nodes = 1
    for r in ranges:
        total_nodes *= len(r)
    if total_nodes > max_nodes:
        raise AnonymityError("lattice_too_large")
    return ranges, total_nodes


@dataclass
class _DistinctTuples:
    """The distinct quasi-identifier tuples of a table, weighted by their rows, and per column
    and level, computed once: each tuple's generalised value and penalty."""

    members: dict[tuple, list[int]]      # tuple → its rows
    base: list[tuple]                    # the tuples, in first-seen order
    weight: list[int]                    # rows per tuple
    diverse: list[frozenset]             # sensitive values per tuple (l-diversity only)
    mapped: list[list[list[str]]]        # [column][level][tuple] → generalised value
    penalty: list[list[list[float]]]     # [column][level][tuple] → its penalty
    weighted: list[list[float]]          # [column][level] → the weighted penalty sum


def _distinct_tuples(rows: list[dict[str, str]], quasi: list[QuasiIdentifier],
                     ranges: list[range], *, sensitive: str | None,
                     need_l: int | None) -> _DistinctTuples:
    members: dict[tuple, list[int]] = defaultdict(list)
    for idx, r in enumerate(rows):
        members[tuple(r[q.column] for q in quasi)].append(idx)
    base = list(members)
    weight = [len(members[b]) for b in base]
    diverse = [frozenset(rows[i][sensitive] for i in members[b]) for b in base] \
        if need_l and sensitive is not None else []  # need_l comes with sensitive
    distinct = [{b[i] for b in base} for i in range(len(quasi))]
    spans = []
    for column_values in distinct:
        nums = [int(v.rstrip("+")) for v in column_values if v.rstrip("+").isdigit()]
        spans.append(float(max(nums) - min(nums)) if nums else 0.0)
    mapped: list[list[list[str]]] = []
    penalty: list[list[list[float]]] = []
    weighted: list[list[float]] = []
    for i, q in enumerate(quasi):
        column = [b[i] for b in base]
        mapped.append([])
        penalty.append([])
        weighted.append([])
        for lvl in ranges[i]:
            cache = {v: _generalise(q.kind, v, lvl) for v in distinct[i]}
            ncp = {v: _ncp(q.kind, cache[v], distinct[i], spans[i]) for v in distinct[i]}
            mapped[i].append([cache[v] for v in column])
            penalty[i].append([ncp[v] for v in column])
            weighted[i].append(sum(w * p for w, p in zip(weight, penalty[i][-1], strict=True)))
    return _DistinctTuples(members=members, base=base, weight=weight, diverse=diverse,
                           mapped=mapped, penalty=penalty, weighted=weighted)


def _search(t: _DistinctTuples, ranges: list[range], *, k: int, need_l: int | None,
            max_suppression: float, n: int) -> tuple | None:
    """The node of least information loss that meets k (and l) within the suppression limit:
    ((loss, suppressed, height), node, keys, bad, sizes, values), or None."""
    nq = len(ranges)
    weight, mapped, penalty, weighted = t.weight, t.mapped, t.penalty, t.weighted
    uniform = all(w == 1 for w in weight)
    best = None
    for node in itertools.product(*ranges):
        keys = list(zip(*(mapped[i][lvl] for i, lvl in enumerate(node)), strict=True))
        if uniform:
            sizes = Counter(keys)
        else:
            sizes = Counter()
            for key, w in zip(keys, weight, strict=True):
                sizes[key] += w
        values: dict[tuple, set] = defaultdict(set)
        if need_l:
            for j, key in enumerate(keys):
                values[key] |= t.diverse[j]
        bad = {key for key, size in sizes.items()
               if size < k or (need_l and len(values[key]) < need_l)}
        suppressed = sum(sizes[key] for key in bad)
        if suppressed > max_suppression * n:
            continue
        loss = sum(weighted[i][lvl] for i, lvl in enumerate(node)) + nq * suppressed
        if bad:
            loss -= sum(weight[j] * sum(penalty[i][lvl][j] for i, lvl in enumerate(node))
                        for j, key in enumerate(keys) if key in bad)
        loss /= max(1, n * nq)
        rank = (round(loss, 12), suppressed, sum(node))
        if best is None or rank < best[0]:
            best = (rank, node, keys, bad, sizes, values)
    return best


def _generalised_rows(rows: list[dict[str, str]], quasi: list[QuasiIdentifier],
                      t: _DistinctTuples, *, keys: list[tuple], bad: set[tuple]
                      ) -> list[dict[str, str]]:
    """The rows outside the suppressed classes, their quasi-identifiers generalised."""
    general_of = {}
    for j, b in enumerate(t.base):
        for idx in t.members[b]:
            general_of[idx] = keys[j]
    out = []
    for idx, row in enumerate(rows):
        key = general_of[idx]
        if key in bad:
            continue
        new = dict(row)
        for i, q in enumerate(quasi):
            new[q.column] = key[i]
        out.append(new)
    return out

"""SNOMED CT terminology: RF2 snapshot rows, identifier checks, and local labels mapped to concepts.

Pure logic (no I/O): the adapters hand in numbered text lines and a store
(:class:`~medenclave_training.core.ports.TerminologyStore`). Every bad row is named by file and
line number; limits bound what one import may hold (safe defaults, never "unlimited"). No SNOMED
content ships with MedEnclave (it is licensed): the operator imports their own release.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from medenclave_training.core.ports import TerminologyStore

__all__ = [
    "CONCEPT_HEADER",
    "DESCRIPTION_HEADER",
    "FSN",
    "IS_A",
    "RELATIONSHIP_HEADER",
    "SYNONYM",
    "Concept",
    "ConceptRow",
    "DescriptionRow",
    "IsARow",
    "LabelMapInvalid",
    "LabelMapping",
    "Rf2Invalid",
    "Rf2Limits",
    "UnmappedLabels",
    "check_label_map",
    "concept_rows",
    "description_rows",
    "is_a_rows",
    "is_sctid",
    "label_map_rows",
    "map_labels",
    "verhoeff_digit",
]

#: |Is a (attribute)|: the relationship type of the subsumption hierarchy
IS_A = 116680003
#: description types kept: fully specified name and synonym (text definitions are not kept)
FSN = 900000000000003001
SYNONYM = 900000000000013009

CONCEPT_HEADER = ("id", "effectiveTime", "active", "moduleId", "definitionStatusId")
DESCRIPTION_HEADER = ("id", "effectiveTime", "active", "moduleId", "conceptId", "languageCode",
                      "typeId", "term", "caseSignificanceId")
RELATIONSHIP_HEADER = ("id", "effectiveTime", "active", "moduleId", "sourceId", "destinationId",
                       "relationshipGroup", "typeId", "characteristicTypeId", "modifierId")
LABEL_MAP_HEADER = ("label", "concept_id")

# Verhoeff's dihedral group D5: multiplication, position permutation, inverse
_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
      (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
      (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
      (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
      (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_P1 = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)  # the position permutation; row i of _P is its i-th power
_P: tuple[tuple[int, ...], ...] = (tuple(range(10)),)
for _ in range(7):
    _P += (tuple(_P1[x] for x in _P[-1]),)
_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)
#: SCTID partition (the 2nd and 3rd digits from the right): core and extension namespaces
_PARTITIONS = {"concept": ("00", "10"), "description": ("01", "11"), "relationship": ("02", "12")}


class Rf2Invalid(ValueError):
    """A row or file of an RF2 snapshot is unusable; nothing was imported.

    Attributes:
        file: ``concept``, ``description`` or ``relationship``.
        line: the 1-based line number (0: the file as a whole).
        problem: a stable code (``wrong_header``, ``wrong_column_count``, ``invalid_id``, …).
    """

    def __init__(self, file: str, line: int, problem: str) -> None:
        where = f"line {line}" if line else "file"
        super().__init__(f"RF2 {file} {where}: {problem}")
        self.file, self.line, self.problem = file, line, problem


class LabelMapInvalid(ValueError):
    """The label map (CSV) has bad rows; nothing was stored. ``errors`` lists them all (at most
    :data:`_MAX_REPORTED`), each ``"line N: problem"``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("label map invalid: " + "; ".join(errors))
        self.errors = errors


class UnmappedLabels(LookupError):
    """Some local labels have no concept in the label map. ``labels``: the local labels (the
    hospital's class names, never patient data)."""

    def __init__(self, labels: list[str]) -> None:
        super().__init__(f"{len(labels)} label(s) have no SNOMED CT concept mapped")
        self.labels = labels


@dataclass(frozen=True)
class Rf2Limits:
    """Bounds on one import. Defaults fit a full International Edition snapshot.

    Attributes:
        max_line_bytes: the longest line accepted (RF2 terms are at most 4096 characters).
        max_rows: rows per file.
        max_label_rows: rows of a label map.
    """

    max_line_bytes: int = 16384
    max_rows: int = 5_000_000
    max_label_rows: int = 100_000

    def __post_init__(self) -> None:
        for name in ("max_line_bytes", "max_rows", "max_label_rows"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")


@dataclass(frozen=True)
class ConceptRow:
    concept_id: int
    active: bool


@dataclass(frozen=True)
class DescriptionRow:
    description_id: int
    concept_id: int
    type_id: int
    term: str
    active: bool


@dataclass(frozen=True)
class IsARow:
    """An active, inferred |Is a| relationship: ``child_id`` is a ``parent_id``."""

    child_id: int
    parent_id: int


@dataclass(frozen=True)
class Concept:
    """A concept as looked up: its fully specified name and synonyms (active descriptions)."""

    concept_id: int
    active: bool
    fsn: str = ""
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelMapping:
    label: str
    concept_id: int
    line: int


def verhoeff_digit(digits: str) -> int:
    """The Verhoeff check digit to append to ``digits``."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return _INV[c]


def is_sctid(text: str, kind: str = "concept") -> bool:
    """``text`` is a SNOMED CT identifier of ``kind``: 6–18 digits, no leading zero, the
    partition of ``kind``, and a valid Verhoeff check digit."""
    if not (6 <= len(text) <= 18 and text.isascii() and text.isdigit()) or text[0] == "0":
        return False
    if text[-3:-1] not in _PARTITIONS[kind]:
        return False
    return verhoeff_digit(text[:-1]) == int(text[-1])


def _rows(kind: str, header: tuple[str, ...], lines: Iterable[tuple[int, str]],
          limits: Rf2Limits) -> Iterator[tuple[int, list[str]]]:
    it = iter(lines)
    first = next(it, None)
    if first is None or tuple(first[1].rstrip("\r\n").split("\t")) != header:
        raise Rf2Invalid(kind, 1, "wrong_header")
    count = 0
    for number, text in it:
        text = text.rstrip("\r\n")
        if not text:
            continue
        count += 1
        if count > limits.max_rows:
            raise Rf2Invalid(kind, number, "too_many_rows")
        cols = text.split("\t")
        if len(cols) != len(header):
            raise Rf2Invalid(kind, number, "wrong_column_count")
        if len(cols[1]) != 8 or not cols[1].isdigit():
            raise Rf2Invalid(kind, number, "invalid_effective_time")
        if cols[2] not in ("0", "1"):
            raise Rf2Invalid(kind, number, "invalid_active_flag")
        yield number, cols


def _id(kind: str, number: int, text: str, id_kind: str = "concept") -> int:
    if not is_sctid(text, id_kind):
        raise Rf2Invalid(kind, number, "invalid_id")
    return int(text)


def concept_rows(lines: Iterable[tuple[int, str]], limits: Rf2Limits) -> Iterator[ConceptRow]:
    """The rows of an RF2 concept snapshot (``sct2_Concept_Snapshot``).

    Raises:
        Rf2Invalid: naming the first bad line.
    """
    for number, cols in _rows("concept", CONCEPT_HEADER, lines, limits):
        yield ConceptRow(concept_id=_id("concept", number, cols[0]), active=cols[2] == "1")


def description_rows(lines: Iterable[tuple[int, str]],
                     limits: Rf2Limits) -> Iterator[DescriptionRow]:
    """The active FSN and synonym rows of an RF2 description snapshot (others are skipped).

    Raises:
        Rf2Invalid: naming the first bad line.
    """
    for number, cols in _rows("description", DESCRIPTION_HEADER, lines, limits):
        row = DescriptionRow(description_id=_id("description", number, cols[0], "description"),
                             concept_id=_id("description", number, cols[4]),
                             type_id=_id("description", number, cols[6]),
                             term=cols[7], active=cols[2] == "1")
        if not row.term.strip() or len(row.term) > 4096:
            raise Rf2Invalid("description", number, "invalid_term")
        if row.active and row.type_id in (FSN, SYNONYM):
            yield row


def is_a_rows(lines: Iterable[tuple[int, str]], limits: Rf2Limits) -> Iterator[IsARow]:
    """The active |Is a| rows of an RF2 (inferred) relationship snapshot; others are skipped.

    Raises:
        Rf2Invalid: naming the first bad line (a row of another type is checked too).
    """
    for number, cols in _rows("relationship", RELATIONSHIP_HEADER, lines, limits):
        _id("relationship", number, cols[0], "relationship")
        child, parent = _id("relationship", number, cols[4]), _id("relationship", number, cols[5])
        type_id = _id("relationship", number, cols[7])
        if not cols[6].isdigit():
            raise Rf2Invalid("relationship", number, "invalid_group")
        if cols[2] == "1" and type_id == IS_A:
            if child == parent:
                raise Rf2Invalid("relationship", number, "is_a_itself")
            yield IsARow(child_id=child, parent_id=parent)


_MAX_REPORTED = 50


def label_map_rows(lines: Iterable[str], limits: Rf2Limits) -> list[LabelMapping]:
    """The rows of a label map: CSV with the header ``label,concept_id``.

    Raises:
        LabelMapInvalid: every bad row, by line number (the header is line 1).
    """
    errors: list[str] = []
    seen: dict[str, int] = {}
    out: list[LabelMapping] = []
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != LABEL_MAP_HEADER:
        raise LabelMapInvalid(["line 1: the header must be label,concept_id"])
    for row in reader:
        number = reader.line_num
        if not row or not any(c.strip() for c in row):
            continue
        if len(out) + len(errors) >= limits.max_label_rows:
            raise LabelMapInvalid([f"line {number}: more than {limits.max_label_rows} rows"])
        label, concept = (row + ["", ""])[:2] if len(row) <= 2 else ("", "")
        label, concept = label.strip(), concept.strip()
        if len(row) != 2:
            errors.append(f"line {number}: expected 2 columns")
        elif not label or len(label) > 128:
            errors.append(f"line {number}: label must be 1-128 characters")
        elif not is_sctid(concept):
            errors.append(f"line {number}: concept_id is not a SNOMED CT concept id")
        elif label in seen:
            errors.append(f"line {number}: label repeats line {seen[label]}")
        else:
            seen[label] = number
            out.append(LabelMapping(label=label, concept_id=int(concept), line=number))
    if errors:
        raise LabelMapInvalid(errors[:_MAX_REPORTED])
    return out


def check_label_map(store: TerminologyStore, rows: list[LabelMapping]) -> None:
    """Every mapped concept is in the imported terminology and active.

    Raises:
        LabelMapInvalid: naming the lines whose concept is unknown or inactive.
    """
    active = store.active_concepts(concept_ids={r.concept_id for r in rows})
    errors = [f"line {r.line}: concept {r.concept_id} is not an active concept of the imported "
              "terminology" for r in rows if r.concept_id not in active]
    if errors:
        raise LabelMapInvalid(errors[:_MAX_REPORTED])


def map_labels(store: TerminologyStore, labels: Mapping[str, str]) -> dict[str, Concept]:
    """The concept of each local label, through the label map.

    Args:
        store: the terminology store.
        labels: key (e.g. a pseudonymous study id or a class index) → local label.

    Returns:
        key → the mapped concept.

    Raises:
        UnmappedLabels: some labels have no mapping (all of them are listed).
    """
    mapped = store.label_concepts(labels=set(labels.values()))
    missing = sorted({label for label in labels.values() if label not in mapped})
    if missing:
        raise UnmappedLabels(missing)
    return {key: mapped[label] for key, label in labels.items()}

"""Label tables: which de-identified study carries which class. No I/O here."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["MIN_STUDIES", "InvalidLabels", "LabelSet", "parse_labels"]

MIN_STUDIES = 4
_PSEUDO_ID = re.compile(r"^[0-9A-Za-z.:_-]{1,128}$")


class InvalidLabels(ValueError):
    """The labels table cannot be used. ``code`` says why; the message names no values."""

    def __init__(self, code: str, row: int | None = None) -> None:
        super().__init__(code if row is None else f"{code} (row {row})")
        self.code = code
        self.row = row


@dataclass(frozen=True)
class LabelSet:
    """Study-level labels: pseudo_study_id → class index (0 … num_classes-1)."""

    labels: Mapping[str, int]

    @property
    def num_classes(self) -> int:
        return max(self.labels.values()) + 1

    @property
    def studies(self) -> list[str]:
        return sorted(self.labels)

    def by_class(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for study, label in sorted(self.labels.items()):
            out.setdefault(label, []).append(study)
        return out


def parse_labels(data: bytes, *, min_studies: int = MIN_STUDIES) -> LabelSet:
    """Read a UTF-8 CSV with the columns ``pseudo_study_id,label``.

    Labels are integer classes ≥ 0; the number of classes is the highest label + 1.

    Raises:
        InvalidLabels: with code ``labels_not_utf8``, ``labels_missing_columns``,
            ``pseudo_study_id_invalid``, ``label_not_integer``, ``label_negative``,
            ``duplicate_study``, ``too_few_studies`` or ``too_few_classes``.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidLabels("labels_not_utf8") from None
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip() for f in (reader.fieldnames or [])]
    if "pseudo_study_id" not in fields or "label" not in fields:
        raise InvalidLabels("labels_missing_columns")
    reader.fieldnames = fields
    labels: dict[str, int] = {}
    for row_no, row in enumerate(reader, start=2):
        study = (row.get("pseudo_study_id") or "").strip()
        raw = (row.get("label") or "").strip()
        if not study and not raw:
            continue  # blank line
        if not _PSEUDO_ID.match(study):
            raise InvalidLabels("pseudo_study_id_invalid", row_no)
        try:
            label = int(raw)
        except ValueError:
            raise InvalidLabels("label_not_integer", row_no) from None
        if label < 0:
            raise InvalidLabels("label_negative", row_no)
        if study in labels:
            raise InvalidLabels("duplicate_study", row_no)
        labels[study] = label
    if len(labels) < min_studies:
        raise InvalidLabels("too_few_studies")
    if len(set(labels.values())) < 2:
        raise InvalidLabels("too_few_classes")
    return LabelSet(labels=labels)

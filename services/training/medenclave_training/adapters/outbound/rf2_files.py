"""RF2 snapshot files and label-map CSVs on disk, read with bounded lines into the terminology
store. The folder is a release as SNOMED International or a national centre ships it (the
``sct2_*_Snapshot*`` files anywhere below it) or just the three files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from medenclave_training.core.ports import TerminologyStore
from medenclave_training.core.terminology import (
    LabelMapInvalid,
    Rf2Invalid,
    Rf2Limits,
    check_label_map,
    concept_rows,
    description_rows,
    is_a_rows,
    label_map_rows,
)

__all__ = ["Rf2Snapshot", "find_snapshot", "import_label_map", "import_snapshot"]

#: the most folder entries looked at while finding the snapshot files
_MAX_ENTRIES = 10_000
_PATTERNS = {"concept": "sct2_Concept_*Snapshot*.txt",
             "description": "sct2_Description_*Snapshot*.txt",
             "relationship": "sct2_Relationship_*Snapshot*.txt"}


@dataclass(frozen=True)
class Rf2Snapshot:
    concept: Path
    description: Path
    relationship: Path


def find_snapshot(folder: Path) -> Rf2Snapshot:
    """The concept, description and (inferred) relationship snapshot files below ``folder``.

    Raises:
        Rf2Invalid: a file is missing or more than one matches (``file`` names which).
    """
    found: dict[str, list[Path]] = {kind: [] for kind in _PATTERNS}
    for seen, path in enumerate(Path(folder).rglob("*")):
        if seen >= _MAX_ENTRIES:
            raise Rf2Invalid("release", 0, "too_many_files")
        if not path.name.startswith("sct2_") or not path.is_file() or path.is_symlink():
            continue
        for kind, pattern in _PATTERNS.items():
            if path.match(pattern):
                found[kind].append(path)
    for kind, paths in found.items():
        if len(paths) != 1:
            raise Rf2Invalid(kind, 0, "file_missing" if not paths else "several_files")
    return Rf2Snapshot(**{kind: paths[0] for kind, paths in found.items()})


def _lines(path: Path, kind: str, limits: Rf2Limits) -> Iterator[tuple[int, str]]:
    """Numbered UTF-8 lines of ``path``, none longer than ``limits.max_line_bytes``."""
    with open(path, "rb") as f:
        number = 0
        while True:
            raw = f.readline(limits.max_line_bytes + 1)
            if not raw:
                return
            number += 1
            if len(raw) > limits.max_line_bytes:
                raise Rf2Invalid(kind, number, "line_too_long")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise Rf2Invalid(kind, number, "not_utf8") from None
            if number == 1:
                text = text.removeprefix("\ufeff")
            yield number, text


def import_snapshot(store: TerminologyStore, folder: Path,
                    limits: Rf2Limits | None = None) -> dict[str, int]:
    """Replace the terminology with the RF2 snapshot in ``folder`` (all or nothing).

    Returns:
        Rows stored: ``concepts``, ``descriptions`` (active FSNs and synonyms), ``is_a``
        (active inferred |Is a| links).

    Raises:
        Rf2Invalid: naming the file and line of the first bad row; nothing was changed.
    """
    limits = limits or Rf2Limits()
    files = find_snapshot(folder)
    return store.replace_snapshot(
        concepts=concept_rows(_lines(files.concept, "concept", limits), limits),
        descriptions=description_rows(_lines(files.description, "description", limits), limits),
        relationships=is_a_rows(_lines(files.relationship, "relationship", limits), limits))


def import_label_map(store: TerminologyStore, path: Path,
                     limits: Rf2Limits | None = None) -> int:
    """Replace the label map with the CSV at ``path`` (``label,concept_id``); rows stored.

    Raises:
        LabelMapInvalid: every bad line (unknown or inactive concepts included); nothing changed.
    """
    limits = limits or Rf2Limits()
    lines: list[str] = []
    try:
        for number, text in _lines(Path(path), "label_map", limits):
            if number > limits.max_label_rows + 1:   # the header, then the rows
                raise LabelMapInvalid([f"line {number}: more than {limits.max_label_rows} rows"])
            lines.append(text)
    except Rf2Invalid as exc:
        raise LabelMapInvalid([f"line {exc.line}: {exc.problem}"]) from None
    rows = label_map_rows(lines, limits)
    check_label_map(store, rows)
    return store.replace_label_map(rows=rows)

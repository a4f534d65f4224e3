"""A small RF2 snapshot written by the project itself, for the terminology tests.

SNOMED CT content is licensed, so none ships here: every concept below is fictional (its terms
say "Sample"), with identifiers built the SNOMED way (item number, partition, Verhoeff check
digit) in item numbers chosen for these tests. Only the metadata identifiers the format itself
needs (|Is a|, the description types, the module) are SNOMED's.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CONCEPTS", "sctid", "write_rf2_sample"]

_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
      (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
      (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
      (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
      (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
# the position permutation as Verhoeff wrote it, in cycles: (0 1 5 8 9 4 2 7)(3 6)
_CYCLES = ((0, 1, 5, 8, 9, 4, 2, 7), (3, 6))
_STEP = {a: c[(i + 1) % len(c)] for c in _CYCLES for i, a in enumerate(c)}
_P = [list(range(10))]
for _ in range(7):
    _P.append([_STEP[x] for x in _P[-1]])
_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)

IS_A = "116680003"
FSN = "900000000000003001"
SYNONYM = "900000000000013009"
DEFINITION = "900000000000550004"
MODULE = "900000000000207008"
PRIMITIVE = "900000000000074008"
INFERRED = "900000000000011006"
SOME = "900000000000451002"
CASE = "900000000000448009"


def sctid(item: int, partition: str = "00") -> str:
    """An identifier: ``item``, the partition, and the Verhoeff check digit."""
    digits = f"{item}{partition}"
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return digits + str(_INV[c])


#: name → (item number, fully specified name, synonym, parents, active)
CONCEPTS: dict[str, tuple[int, str, str, tuple[str, ...], bool]] = {
    "root": (9900001, "Sample root concept (root)", "Sample root", (), True),
    "finding": (9900002, "Sample clinical finding (finding)", "Sample finding", ("root",), True),
    "lung": (9900003, "Sample lung finding (finding)", "Sample lung disorder", ("finding",), True),
    "consolidation": (9900004, "Sample lung consolidation (finding)", "Sample consolidation",
                      ("lung",), True),
    "nodule": (9900005, "Sample pulmonary nodule (finding)", "Sample lung nodule",
               ("lung", "mass"), True),
    "mass": (9900006, "Sample mass finding (finding)", "Sample mass", ("finding",), True),
    "structure": (9900007, "Sample body structure (body structure)", "Sample structure",
                  ("root",), True),
    "retired": (9900008, "Sample retired finding (finding)", "Sample retired", ("finding",),
                False),
    "site": (9900009, "Sample finding site (attribute)", "Sample site", ("root",), True),
}
_HEADERS = {
    "concept": "id\teffectiveTime\tactive\tmoduleId\tdefinitionStatusId",
    "description": "id\teffectiveTime\tactive\tmoduleId\tconceptId\tlanguageCode\ttypeId\tterm\t"
                   "caseSignificanceId",
    "relationship": "id\teffectiveTime\tactive\tmoduleId\tsourceId\tdestinationId\t"
                    "relationshipGroup\ttypeId\tcharacteristicTypeId\tmodifierId",
}


def write_rf2_sample(folder: Path, *, extra: dict[str, list[str]] | None = None) -> dict[str, int]:
    """Write the sample as an RF2 release folder (``Snapshot/Terminology/sct2_*``).

    Args:
        folder: where to write.
        extra: more raw lines per file (``concept``, ``description``, ``relationship``),
            appended as they are (the attack tests use it).

    Returns:
        name → concept id.
    """
    ids = {name: int(sctid(item)) for name, (item, *_rest) in CONCEPTS.items()}
    rows: dict[str, list[str]] = {"concept": [], "description": [], "relationship": []}
    n_desc = n_rel = 0
    for name, (_item, fsn, synonym, parents, active) in CONCEPTS.items():
        cid = ids[name]
        rows["concept"].append(f"{cid}\t20250101\t{int(active)}\t{MODULE}\t{PRIMITIVE}")
        for type_id, term in ((FSN, fsn), (SYNONYM, synonym),
                              (DEFINITION, f"A sample definition of {synonym.lower()}.")):
            n_desc += 1
            rows["description"].append(
                f"{sctid(9800000 + n_desc, '01')}\t20250101\t1\t{MODULE}\t{cid}\ten\t{type_id}\t"
                f"{term}\t{CASE}")
        for parent in parents:
            n_rel += 1
            rows["relationship"].append(
                f"{sctid(9700000 + n_rel, '02')}\t20250101\t{int(active)}\t{MODULE}\t{cid}\t"
                f"{ids[parent]}\t0\t{IS_A}\t{INFERRED}\t{SOME}")
    # an inactive is-a (lung → structure) and an attribute relationship: neither is subsumption
    rows["relationship"].append(f"{sctid(9700100, '02')}\t20250101\t0\t{MODULE}\t{ids['lung']}\t"
                                f"{ids['structure']}\t0\t{IS_A}\t{INFERRED}\t{SOME}")
    rows["relationship"].append(f"{sctid(9700101, '02')}\t20250101\t1\t{MODULE}\t"
                                f"{ids['consolidation']}\t{ids['structure']}\t1\t{ids['site']}\t"
                                f"{INFERRED}\t{SOME}")
    for kind, lines in (extra or {}).items():
        rows[kind].extend(lines)
    target = folder / "Snapshot" / "Terminology"
    target.mkdir(parents=True, exist_ok=True)
    names = {"concept": "sct2_Concept_Snapshot_INT_20250101.txt",
             "description": "sct2_Description_Snapshot-en_INT_20250101.txt",
             "relationship": "sct2_Relationship_Snapshot_INT_20250101.txt"}
    for kind, lines in rows.items():
        (target / names[kind]).write_text("\r\n".join([_HEADERS[kind], *lines]) + "\r\n",
                                          encoding="utf-8")
    return ids

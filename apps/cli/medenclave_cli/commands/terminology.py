"""``medenclave terminology``: SNOMED CT in the training database (host administrator).

``import RF2_DIR`` replaces the terminology with an RF2 snapshot (concepts, descriptions, inferred
|Is a| relationships; all or nothing, bad rows named by file and line), ``lookup`` finds a
concept by id or by words of its descriptions, ``is-a A B`` answers whether A is (below) B, and
``map --csv FILE`` replaces the label map (``label,concept_id``) that ``datasets create`` codes
labels with; ``map LABEL…`` shows what labels map to. Straight on the data dir's training
database (or ``--database-url``). MedEnclave ships no SNOMED CT content: import your licence's.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg

__all__ = ["register"]


def _db_args(p: argparse.ArgumentParser) -> None:
    data_dir_arg(p)
    p.add_argument("--database-url", default="",
                   help="the training service's PostgreSQL (postgresql://…) instead of the data "
                        "dir's SQLite file")
    p.add_argument("--database-schema", default="", help="its PostgreSQL schema, if any")
    p.add_argument("--json", action="store_true")


def register(registry: CommandRegistry) -> None:
    """Add ``terminology import``, ``lookup``, ``is-a`` and ``map``."""
    group = registry.group("terminology", "SNOMED CT concepts and the label map")
    imp = group.add_parser("import", help="replace the terminology with an RF2 snapshot",
                           description="Import the sct2_Concept, sct2_Description and "
                                       "sct2_Relationship snapshot files found below RF2_DIR.")
    imp.add_argument("rf2_dir", type=Path)
    imp.add_argument("--max-rows", type=int, default=5_000_000, help="rows per file")
    imp.add_argument("--max-line-bytes", type=int, default=16384)
    _db_args(imp)
    imp.set_defaults(func=terminology_import)

    lookup = group.add_parser("lookup", help="a concept by id, or concepts by words")
    lookup.add_argument("query", help="a concept id, or words of a description")
    lookup.add_argument("--limit", type=int, default=20)
    _db_args(lookup)
    lookup.set_defaults(func=terminology_lookup)

    is_a = group.add_parser("is-a", help="is CONCEPT a kind of ANCESTOR? (exit 0 yes, 1 no)")
    is_a.add_argument("concept", type=int)
    is_a.add_argument("ancestor", type=int)
    _db_args(is_a)
    is_a.set_defaults(func=terminology_is_a)

    mapping = group.add_parser("map", help="replace the label map (--csv) or show labels' concepts")
    mapping.add_argument("labels", nargs="*", help="local labels to show")
    mapping.add_argument("--csv", type=Path, help="label map: label,concept_id")
    _db_args(mapping)
    mapping.set_defaults(func=terminology_map)


@contextmanager
def _store(ns: argparse.Namespace):
    from medenclave.config import ServiceSettings, database_url_for
    from medenclave_training.offline import open_terminology

    url = database_url_for(ServiceSettings(data_dir=ns.data_dir, database_url=ns.database_url),
                           "training")
    with open_terminology(url, schema=ns.database_schema) as store:
        yield store


def _concept(c) -> dict:
    return {"concept_id": str(c.concept_id), "active": c.active, "fsn": c.fsn,
            "synonyms": list(c.synonyms)}


def _show(ns: argparse.Namespace, concepts: list) -> None:
    if ns.json:
        print(json.dumps([_concept(c) for c in concepts], indent=2, ensure_ascii=False))
        return
    for c in concepts:
        flag = "" if c.active else " (inactive)"
        print(f"{c.concept_id}\t{c.fsn or (c.synonyms[0] if c.synonyms else '')}{flag}")


def terminology_import(ns: argparse.Namespace) -> int:
    from medenclave_training.offline import Rf2Invalid, Rf2Limits, import_snapshot

    try:
        limits = Rf2Limits(max_rows=ns.max_rows, max_line_bytes=ns.max_line_bytes)
        with _store(ns) as store:
            counts = import_snapshot(store, ns.rf2_dir, limits)
    except (Rf2Invalid, ValueError) as exc:
        print(f"terminology import: {exc}; nothing was imported", file=sys.stderr)
        return 2
    print(json.dumps(counts) if ns.json else
          f"imported {counts['concepts']} concepts, {counts['descriptions']} descriptions, "
          f"{counts['is_a']} is-a links")
    return 0


def terminology_lookup(ns: argparse.Namespace) -> int:
    with _store(ns) as store:
        if ns.query.isdigit():
            found = store.concept(concept_id=int(ns.query))
            concepts = [found] if found else []
        else:
            if not 1 <= len(ns.query) <= 200:
                print("terminology lookup: words must be 1-200 characters", file=sys.stderr)
                return 2
            concepts = store.search(term=ns.query, limit=ns.limit)
    _show(ns, concepts)
    return 0 if concepts else 1


def terminology_is_a(ns: argparse.Namespace) -> int:
    with _store(ns) as store:
        answer = store.is_a(concept_id=ns.concept, ancestor_id=ns.ancestor)
    print(json.dumps({"is_a": answer}) if ns.json else ("yes" if answer else "no"))
    return 0 if answer else 1


def terminology_map(ns: argparse.Namespace) -> int:
    from medenclave_training.offline import (
        LabelMapInvalid,
        UnmappedLabels,
        import_label_map,
        map_labels,
    )

    with _store(ns) as store:
        if ns.csv:
            try:
                rows = import_label_map(store, ns.csv)
            except LabelMapInvalid as exc:
                for error in exc.errors:
                    print(f"terminology map: {error}", file=sys.stderr)
                print("terminology map: nothing was changed", file=sys.stderr)
                return 2
            print(f"label map: {rows} labels")
        if ns.labels:
            try:
                mapped = map_labels(store, {label: label for label in ns.labels})
            except UnmappedLabels as exc:
                print(f"terminology map: no concept for: {', '.join(exc.labels)}",
                      file=sys.stderr)
                return 1
            if ns.json:
                print(json.dumps({k: _concept(c) for k, c in mapped.items()}, indent=2,
                                 ensure_ascii=False))
            else:
                for label, c in mapped.items():
                    print(f"{label}\t{c.concept_id}\t{c.fsn}")
    return 0

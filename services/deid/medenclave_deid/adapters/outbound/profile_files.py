"""Loads the confidentiality profile from the shipped files: one function for service and CLI.

The safe private list (TCIA's CSV, ~9,000 rows) ships beside a parsed copy,
``tcia_private_tag_kb.parsed.json`` (:func:`write_safe_private_cache`: the list's normalised
arguments and a digest of the CSV they came from), read in about a quarter of the CSV's time
(~40 ms); a copy whose digest does not match the CSV beside it is ignored and the CSV parsed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from medenclave_deid.adapters.outbound.file_layout import DEFAULT_SAFE_PRIVATE_LIST
from medenclave_deid.core.options import resolve_options
from medenclave_deid.core.ports import DescriptorCleaner
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.safe_private import SafePrivateList, read_kb_csv

__all__ = ["DEFAULT_SAFE_PRIVATE_LIST", "load_profile", "safe_private_cache",
           "write_safe_private_cache"]

#: the parsed copy's layout; a copy of another version is ignored
_CACHE_VERSION = 1



@lru_cache(maxsize=8)
def _table(path: Path) -> ProfileTable:
    return ProfileTable.from_rows(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=8)
def _safe_private(path: Path) -> SafePrivateList:
    data = path.read_bytes()
    cached = _cached_safe_private(safe_private_cache(path), data)
    if cached is not None:
        return cached
    return SafePrivateList.from_csv(data.decode("utf-8-sig"))


def safe_private_cache(path: Path) -> Path:
    """Where the parsed copy of the safe private list at ``path`` lives."""
    return path.with_suffix(".parsed.json")


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _path(steps: list) -> tuple:
    """A path from JSON: a private step ([group, creator, element]) becomes a plain tuple,
    which hashes and compares as the list's own :class:`PrivateKey` does."""
    return tuple(tuple(step) if isinstance(step, list) else step for step in steps)


def _cached_safe_private(cache: Path, data: bytes) -> SafePrivateList | None:
    """The list from its parsed copy, or None (no copy, another layout, or made from another
    CSV)."""
    try:
        doc = json.loads(cache.read_bytes())
        if doc["version"] != _CACHE_VERSION or doc["digest"] != _digest(data):
            return None
        return SafePrivateList({_path(p): d for p, d in doc["entries"]},
                               removed=[_path(p) for p in doc["removed"]],
                               sequences=[_path(p) for p in doc["sequences"]], normalised=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_safe_private_cache(path: Path = DEFAULT_SAFE_PRIVATE_LIST) -> Path:
    """Parse the CSV at ``path`` and write its parsed copy beside it; returns its path.

    Raises:
        SafePrivateListError: the CSV is malformed.
    """
    data = path.read_bytes()
    entries, removed, sequences = read_kb_csv(data.decode("utf-8-sig"))
    doc = {"version": _CACHE_VERSION, "digest": _digest(data), "csv": path.name,
           "entries": [[list(k), v] for k, v in entries.items()],
           "removed": sorted((list(p) for p in removed), key=repr),
           "sequences": sorted((list(p) for p in sequences), key=repr)}
    cache = safe_private_cache(path)
    cache.write_text(json.dumps(doc, separators=(",", ":")).replace("]],[", "]],\n[") + "\n",
                     encoding="utf-8")
    return cache


def load_profile(*, table_path: Path, profile: str, options: Iterable[str] = (),
                 safe_private_path: Path = DEFAULT_SAFE_PRIVATE_LIST,
                 cleaner: DescriptorCleaner | None = None) -> BasicProfile:
    """The profile called ``profile`` plus ``options``, over the table at ``table_path``.

    Args:
        table_path: the Annex E table (JSON rows).
        profile: ``medenclave-default`` or ``annex-e-basic``.
        options: extra option names.
        safe_private_path: the safe private list (TCIA knowledge base CSV).
        cleaner: Clean Descriptors (default: the record's deny-list only).

    Raises:
        OSError: a file cannot be read.
        ValueError: the table or list is malformed, or a profile/option name is unknown
            (ProfileTableError, SafePrivateListError, UnknownProfile, UnknownOption).
    """
    selected = resolve_options(profile, tuple(options))
    return BasicProfile(_table(Path(table_path)), options=selected,
                        safe_private=_safe_private(Path(safe_private_path)), cleaner=cleaner)

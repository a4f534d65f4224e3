"""Loads the confidentiality profile from the shipped files: one function for service and CLI."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from medenclave_deid.adapters.outbound.file_layout import DEFAULT_SAFE_PRIVATE_LIST
from medenclave_deid.core.options import resolve_options
from medenclave_deid.core.ports import DescriptorCleaner
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.safe_private import SafePrivateList

__all__ = ["DEFAULT_SAFE_PRIVATE_LIST", "load_profile"]



@lru_cache(maxsize=8)
def _table(path: Path) -> ProfileTable:
    return ProfileTable.from_rows(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=8)
def _safe_private(path: Path) -> SafePrivateList:
    return SafePrivateList.from_csv(path.read_text(encoding="utf-8-sig"))


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

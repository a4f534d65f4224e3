"""UID remapping: the one function that turns an original UID into its pseudonymous twin.

The same function serves images (every ``U`` action of the profile) and tables
(:func:`medenclave_deid.core.tables.deidentify_table`), so a label table and the images of a
study agree on ``pseudo_study_id``.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["UidRemapper", "remap_uid"]


def _normalise(uid: str) -> str:
    return uid.strip().rstrip("\0").strip()


def remap_uid(secret: bytes, uid: str) -> str:
    """The de-identified twin of ``uid``: ``2.25.<int of HMAC-SHA256(secret, uid)[:16]>``.

    Deterministic under ``secret`` (the deid service's ``uid`` key), one-way without it, and a
    valid DICOM UID (``2.25`` root, at most 44 characters, no leading zeros).

    Args:
        secret: the UID key.
        uid: an original UID (surrounding blanks and a trailing NUL pad are ignored).
    """
    digest = hmac.new(secret, _normalise(uid).encode("ascii", "replace"), hashlib.sha256).digest()
    return "2.25." + str(int.from_bytes(digest[:16], "big"))


class UidRemapper:
    """Remaps UIDs with :func:`remap_uid` and remembers which originals it has seen.

    The leak guard scans every output for the remembered originals.
    """

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        self._cache: dict[str, str] = {}
        #: original UID → keyword of the attribute it was first found in
        self.originals: dict[str, str] = {}

    def remap(self, uid: str, *, keyword: str = "UID") -> str:
        """The remapped UID (empty stays empty)."""
        uid = _normalise(uid)
        if not uid:
            return ""
        new = self._cache.get(uid)
        if new is None:
            new = self._cache[uid] = remap_uid(self._secret, uid)
            self.originals.setdefault(uid, keyword or "UID")
        return new

"""TOTP secrets sealed with AES-256-GCM under a key file kept outside the database.

A copy of ``access.db`` alone (a backup, a local user reading the file) yields no second
factor: the key is ``keys/totp-secrets.key`` (created 0600 on first start, refused when the
group or others may read it). The username is bound in as associated data, so a sealed
secret copied to another user's row does not open.
"""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from medenclave.security.crypto import load_or_create_secret

__all__ = ["KEY_NAME", "SealBroken", "TotpSeal"]

KEY_NAME = "totp-secrets"
_PREFIX = "v1:"


class SealBroken(Exception):
    """A sealed secret does not open (altered, another user's, or another key)."""


class TotpSeal:
    """Seals and opens TOTP secrets with the key in ``keys_dir``.

    Raises:
        PermissionError: the key file is readable or writable by the group or others.
    """

    def __init__(self, keys_dir: Path) -> None:
        key = load_or_create_secret(keys_dir, KEY_NAME)
        mode = stat.S_IMODE((keys_dir / f"{KEY_NAME}.key").stat().st_mode)
        if mode & 0o077:
            raise PermissionError(f"{KEY_NAME}.key is mode {mode:o}; chmod 600 it")
        self._aead = AESGCM(key)

    def seal(self, secret: str, *, username: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, secret.encode(), username.encode())
        return _PREFIX + base64.b64encode(nonce + sealed).decode()

    def open(self, sealed: str, *, username: str) -> str:
        """Raises: SealBroken."""
        if not sealed.startswith(_PREFIX):
            raise SealBroken("not a sealed secret")
        try:
            raw = base64.b64decode(sealed[len(_PREFIX):], validate=True)
            return self._aead.decrypt(raw[:12], raw[12:], username.encode()).decode()
        except (InvalidTag, ValueError):
            raise SealBroken("sealed secret does not open") from None

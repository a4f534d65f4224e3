"""Envelope encryption (AES-256-GCM) behind a key-encryption-key interface.

Every object gets its own random data key; the data key is wrapped by the key-encryption key
(KEK). The file KEK below is the embedded default; a KMS, HSM or Vault adapter implements the
same :class:`KeyEncryptionKey` protocol. The object's storage key is bound in as associated
data, so a blob moved to another key fails to decrypt.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from medenclave.files import private_dir, read_private, write_private

__all__ = [
    "DecryptionError",
    "EnvelopeCipher",
    "FileKeyEncryptionKey",
    "KeyEncryptionKey",
    "keyed_digest",
    "load_or_create_secret",
]

MAGIC = b"MEV1"


class DecryptionError(Exception):
    """The blob is not ours, was altered, or was wrapped by another key."""


class KeyEncryptionKey(Protocol):
    """Wraps and unwraps data keys. Implementations: file (default), KMS, Vault."""

    key_id: str

    def wrap(self, data_key: bytes, *, aad: bytes) -> bytes: ...

    def unwrap(self, wrapped: bytes, *, aad: bytes) -> bytes:
        """Raises: DecryptionError."""
        ...


def load_or_create_secret(keys_dir: Path, name: str, *, size: int = 32) -> bytes:
    """A random secret kept in ``keys_dir/name.key`` (mode 0600, folder 0700), created on first use.

    Raises:
        InsecureFileMode: the key file is open to group or others (fix: ``chmod 600``).
        ValueError: the key file has the wrong length.
    """
    private_dir(keys_dir)
    path = keys_dir / f"{name}.key"
    if not path.exists():
        # exclusive: never replace a key another process created meanwhile
        with contextlib.suppress(FileExistsError):
            write_private(path, os.urandom(size), exclusive=True)
    data = read_private(path)
    if len(data) != size:
        raise ValueError(f"key file {path.name} has the wrong length")
    return data


def keyed_digest(secret: bytes, *parts: str) -> str:
    """Hex HMAC-SHA256 of ``parts`` under ``secret``: a stable, non-reversible reference."""
    mac = hmac.new(secret, digestmod=hashlib.sha256)
    for part in parts:
        data = part.encode("utf-8")
        mac.update(struct.pack(">I", len(data)))
        mac.update(data)
    return mac.hexdigest()


class FileKeyEncryptionKey:
    """A 256-bit KEK in a key file of the data dir."""

    def __init__(self, keys_dir: Path, name: str = "kek") -> None:
        secret = load_or_create_secret(keys_dir, name)
        self._aead = AESGCM(secret)
        self.key_id = f"file:{name}:{hashlib.sha256(secret).hexdigest()[:8]}"

    def wrap(self, data_key: bytes, *, aad: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, data_key, aad)

    def unwrap(self, wrapped: bytes, *, aad: bytes) -> bytes:
        try:
            return self._aead.decrypt(wrapped[:12], wrapped[12:], aad)
        except InvalidTag:
            raise DecryptionError("data key does not unwrap") from None


class EnvelopeCipher:
    """Encrypts each object under a fresh data key wrapped by ``kek``."""

    def __init__(self, kek: KeyEncryptionKey) -> None:
        self._kek = kek

    def encrypt(self, plaintext: bytes, *, aad: bytes) -> bytes:
        return b"".join(self.encrypt_parts(plaintext, aad=aad))

    def encrypt_parts(self, plaintext: bytes, *, aad: bytes) -> tuple[bytes, bytes]:
        """The envelope as ``(head, ciphertext)``, whose concatenation :meth:`encrypt` returns:
        a writer that takes several buffers (``pwritev``) spares copying a large object."""
        data_key = AESGCM.generate_key(bit_length=256)
        wrapped = self._kek.wrap(data_key, aad=aad)
        nonce = os.urandom(12)
        body = AESGCM(data_key).encrypt(nonce, plaintext, aad)
        kid = self._kek.key_id.encode()
        return b"".join([MAGIC, struct.pack(">B", len(kid)), kid,
                         struct.pack(">H", len(wrapped)), wrapped, nonce]), body

    def decrypt(self, blob: bytes, *, aad: bytes) -> bytes:
        """Raises: DecryptionError."""
        try:
            if blob[:4] != MAGIC:
                raise DecryptionError("not an envelope")
            pos = 4
            (klen,) = struct.unpack_from(">B", blob, pos)
            pos += 1 + klen
            (wlen,) = struct.unpack_from(">H", blob, pos)
            pos += 2
            wrapped = blob[pos:pos + wlen]
            pos += wlen
            nonce, body = blob[pos:pos + 12], blob[pos + 12:]
        except struct.error:
            raise DecryptionError("truncated envelope") from None
        data_key = self._kek.unwrap(wrapped, aad=aad)
        try:
            return AESGCM(data_key).decrypt(nonce, body, aad)
        except InvalidTag:
            raise DecryptionError("ciphertext altered") from None

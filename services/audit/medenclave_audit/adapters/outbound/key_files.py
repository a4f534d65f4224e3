"""The audit service's checkpoint key: Ed25519 in ``data_dir/audit/keys`` (created on first use).

The private key never leaves the key folder; the public key is published in the store
(``audit_checkpoint_keys``), by the ``GetCheckpointKey`` RPC and next to it as
``checkpoint-signing.pub`` (PEM) for offline verifiers.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidSignature as _CryptoInvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from medenclave.files import private_dir, read_private, write_private
from medenclave_audit.core.checkpoint import Checkpoint, InvalidSignature, key_id

__all__ = ["CheckpointKey", "TrustedKeys", "load_or_create_checkpoint_key", "public_key_from_pem",
           "public_key_pem", "read_public_key_file"]

PRIVATE_NAME = "checkpoint-signing.pem"
PUBLIC_NAME = "checkpoint-signing.pub"


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_pem(raw: bytes) -> str:
    """PEM (SubjectPublicKeyInfo) of a raw Ed25519 public key."""
    return Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def public_key_from_pem(pem: str | bytes) -> bytes:
    """The raw 32 bytes of a PEM Ed25519 public key. Raises: ValueError."""
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return _raw(key)


class CheckpointKey:
    """Implements the core's ``CheckpointSigner`` with an Ed25519 private key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public_key = _raw(private_key.public_key())
        self.key_id = key_id(self.public_key)

    def sign(self, body: bytes) -> bytes:
        return self._key.sign(body)


def load_or_create_checkpoint_key(keys_dir: Path) -> CheckpointKey:
    """The key in ``keys_dir`` (mode 0600, created on first use; the .pub written beside it).

    Raises:
        ValueError: the key file holds something other than an Ed25519 private key.
        InsecureFileMode: the key file is open to group or others (fix: ``chmod 600``).
    """
    private_dir(keys_dir)
    path = keys_dir / PRIVATE_NAME
    if not path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        write_private(path, pem)
    key = serialization.load_pem_private_key(read_private(path), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("checkpoint signing key is not Ed25519")
    signer = CheckpointKey(key)
    pub = keys_dir / PUBLIC_NAME
    if not pub.exists():
        pub.write_text(public_key_pem(signer.public_key))
    return signer


def read_public_key_file(path: Path) -> bytes:
    """The raw public key in a PEM file. Raises: OSError, ValueError."""
    return public_key_from_pem(path.read_bytes())


class TrustedKeys:
    """Implements the core's ``CheckpointVerifier`` over raw public keys by key id."""

    def __init__(self, keys: Mapping[str, bytes] | list[bytes]) -> None:
        raws = list(keys.values()) if isinstance(keys, Mapping) else list(keys)
        # the key id is recomputed: a store cannot file a foreign key under a trusted id
        self._keys = {key_id(raw): Ed25519PublicKey.from_public_bytes(raw) for raw in raws}

    def verify(self, checkpoint: Checkpoint) -> None:
        key = self._keys.get(checkpoint.key_id)
        if key is None:
            raise InvalidSignature("checkpoint signed by an unknown key")
        try:
            key.verify(base64.b64decode(checkpoint.signature), checkpoint.body())
        except (_CryptoInvalidSignature, ValueError):
            raise InvalidSignature("checkpoint signature does not verify") from None

"""The raw vault and the quarantine: envelope-encrypted (AES-256-GCM), fsynced local files.

The same :class:`EncryptedVault` wraps any :class:`medenclave.storage.ObjectStore`, so an
S3-compatible store or a CephFS volume slots in by configuration.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from medenclave.security.crypto import DecryptionError, EnvelopeCipher, FileKeyEncryptionKey
from medenclave.storage import EncryptedObjectStore, LocalObjectStore, ObjectNotFound, ObjectStore
from medenclave_ingest.core.ports import ObjectMissing, StorageUnavailable

__all__ = ["EncryptedVault", "open_local_vault"]


class EncryptedVault:
    """:class:`~medenclave_ingest.core.ports.RawVault` over an encrypted object store.

    Blocking file I/O and encryption run in a worker thread.
    """

    def __init__(self, store: ObjectStore) -> None:
        self._store = store

    async def put(self, *, key: str, data: bytes) -> None:
        try:
            await asyncio.to_thread(self._store.put, key, data)
        except OSError as exc:
            raise StorageUnavailable(f"vault write failed: {type(exc).__name__}") from None

    async def get(self, *, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self._store.get, key)
        except ObjectNotFound:
            raise ObjectMissing(key) from None
        except (OSError, DecryptionError) as exc:
            raise StorageUnavailable(f"vault read failed: {type(exc).__name__}") from None

    async def exists(self, *, key: str) -> bool:
        try:
            return await asyncio.to_thread(self._store.exists, key)
        except OSError as exc:
            raise StorageUnavailable(f"vault read failed: {type(exc).__name__}") from None


    async def shred(self, *, keys: list[str]) -> int:
        """Erase the objects under ``keys`` (each one's envelope, with its wrapped data key,
        is deleted); unknown keys are skipped. Returns how many were erased.

        Raises:
            StorageUnavailable.
        """
        def work() -> int:
            done = 0
            for key in dict.fromkeys(keys):
                if self._store.exists(key):
                    self._store.delete(key)
                    done += 1
            return done
        try:
            return await asyncio.to_thread(work)
        except OSError as exc:
            raise StorageUnavailable(f"vault erase failed: {type(exc).__name__}") from None


def open_local_vault(root: Path, keys_dir: Path) -> EncryptedVault:
    """Encrypted files under ``root`` with the file key-encryption key in ``keys_dir``."""
    cipher = EnvelopeCipher(FileKeyEncryptionKey(keys_dir))
    return EncryptedVault(EncryptedObjectStore(LocalObjectStore(root), cipher))

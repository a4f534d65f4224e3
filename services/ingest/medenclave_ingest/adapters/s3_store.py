"""An S3-compatible :class:`medenclave.storage.ObjectStore` (MinIO, Ceph RGW, AWS S3).

UNFINISHED FOR PRODUCTION: exercised only against an in-memory fake client in the tests, never
against a live MinIO. ``put`` returns once the PUT succeeded (S3-compatible stores acknowledge
a PUT only after the object is durable). The client is a boto3 S3 client (``boto3`` is not a
dependency of MedEnclave: install it to use this backend); anything with the same four calls
works. Objects hold ciphertext only: the vault wraps this store in
:class:`medenclave.storage.EncryptedObjectStore`.
"""

from __future__ import annotations

from typing import Any, Iterator

from medenclave.storage import ObjectNotFound

__all__ = ["S3ObjectStore", "make_s3_client"]

_MISSING = {"404", "NoSuchKey", "NotFound"}


def _missing(exc: Exception) -> bool:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", "")) in _MISSING


class S3ObjectStore:
    """Bytes by key in ``bucket`` under ``prefix``.

    Args:
        client: a boto3 S3 client (``put_object``, ``get_object``, ``head_object``,
            ``delete_object``, ``get_paginator("list_objects_v2")``).
        bucket: the bucket (created by the operator, versioning and object lock advised).
        prefix: key prefix, e.g. ``"vault/"``.
    """

    def __init__(self, client: Any, bucket: str, prefix: str = "") -> None:
        self._client = client
        self._bucket = bucket
        self._prefix = prefix

    def put(self, key: str, data: bytes) -> None:
        self._client.put_object(Bucket=self._bucket, Key=self._prefix + key, Body=data)

    def get(self, key: str) -> bytes:
        try:
            reply = self._client.get_object(Bucket=self._bucket, Key=self._prefix + key)
        except Exception as exc:
            if _missing(exc):
                raise ObjectNotFound(key) from None
            raise OSError(f"object store read failed: {type(exc).__name__}") from None
        return reply["Body"].read()

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self._bucket, Key=self._prefix + key)
        except Exception as exc:
            if _missing(exc):
                return False
            raise OSError(f"object store read failed: {type(exc).__name__}") from None
        return True

    def delete(self, key: str) -> None:
        self._client.delete_object(Bucket=self._bucket, Key=self._prefix + key)

    def keys(self, prefix: str = "") -> Iterator[str]:
        pages = self._client.get_paginator("list_objects_v2").paginate(
            Bucket=self._bucket, Prefix=self._prefix + prefix)
        for page in pages:
            for item in page.get("Contents", []):
                yield item["Key"][len(self._prefix):]


def make_s3_client(endpoint_url: str) -> Any:  # pragma: no cover - needs boto3
    """A boto3 S3 client for ``endpoint_url``; credentials from the usual AWS variables."""
    import boto3  # type: ignore[import-not-found]

    return boto3.client("s3", endpoint_url=endpoint_url or None)

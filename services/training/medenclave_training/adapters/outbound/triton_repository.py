"""The model repository in Triton's layout, shared with inference::

    <repo>/<model>/config.pbtxt
    <repo>/<model>/<version>/model.onnx
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from pathlib import Path

from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medenclave.files import write_private
from medenclave_training.core.ports import ServingSignature

__all__ = ["TritonModelRepository", "model_config", "render_config_pbtxt"]

_EXTRA_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def model_config(signature: ServingSignature) -> model_config_pb2.ModelConfig:
    """The Triton ModelConfig for an image classifier with a softmax output."""
    cfg = model_config_pb2.ModelConfig(
        name=signature.model_name, platform=signature.platform,
        max_batch_size=signature.max_batch_size)
    cfg.input.add(name=signature.input_name, data_type=model_config_pb2.TYPE_FP32,
                  dims=[1, signature.image_size, signature.image_size])
    cfg.output.add(name=signature.output_name, data_type=model_config_pb2.TYPE_FP32,
                   dims=[signature.num_classes])
    cfg.instance_group.add(kind=model_config_pb2.ModelInstanceGroup.KIND_CPU, count=1)
    cfg.dynamic_batching.SetInParent()
    cfg.version_policy.latest.num_versions = 1
    return cfg


def render_config_pbtxt(signature: ServingSignature) -> str:
    """config.pbtxt text for ``signature``."""
    return text_format.MessageToString(model_config(signature))


class TritonModelRepository:
    """Writes model versions so that a reader never sees a half-written one: the version
    folder is filled under a hidden name and renamed into place, config.pbtxt is replaced
    atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def latest_version(self, *, model_name: str) -> int:
        folder = self.root / model_name
        if not folder.is_dir():
            return 0
        versions = [int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit()]
        return max(versions, default=0)

    def publish(self, *, signature: ServingSignature, version: int, onnx: bytes,
                extras: Mapping[str, bytes] | None = None) -> None:
        extras = dict(extras or {})
        for name in extras:
            if not _EXTRA_NAME.fullmatch(name) or name == "model.onnx":
                raise ValueError("extras: a file name without folders, not model.onnx")
        model_dir = self.root / signature.model_name
        model_dir.mkdir(parents=True, exist_ok=True)
        final = model_dir / str(version)
        if final.exists():
            raise FileExistsError(f"version {version} exists")
        staging = model_dir / f".{version}.tmp-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            for name, data in extras.items():  # e.g. drift_reference.json
                write_private(staging / name, data, mode=0o644)
            write_private(staging / "model.onnx", onnx, mode=0o644)  # synced with its folder
            os.rename(staging, final)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        # atomic and durable; its folder sync also makes the version folder's rename durable
        write_private(model_dir / "config.pbtxt", render_config_pbtxt(signature), mode=0o644)

    def model_path(self, *, model_name: str, version: int) -> Path:
        return self.root / model_name / str(version) / "model.onnx"

"""The model repository in Triton's layout, shared with inference::

    <repo>/<model>/config.pbtxt
    <repo>/<model>/<version>/model.onnx
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medenclave.files import write_private
from medenclave_training.core.ports import ServingSignature

__all__ = ["TritonModelRepository", "model_config", "render_config_pbtxt"]


def model_config(signature: ServingSignature, *,
                 instance_kind: str = "KIND_CPU") -> model_config_pb2.ModelConfig:
    """The Triton ModelConfig for an image classifier with a softmax output (and, for the
    fusion task, a second input of report token ids). ``instance_kind``: ``KIND_GPU`` when the
    serving target has a GPU, ``KIND_CPU`` otherwise."""
    cfg = model_config_pb2.ModelConfig(
        name=signature.model_name, platform=signature.platform,
        max_batch_size=signature.max_batch_size)
    cfg.input.add(name=signature.input_name, data_type=model_config_pb2.TYPE_FP32,
                  dims=[1, signature.image_size, signature.image_size])
    if signature.text_length:
        cfg.input.add(name=signature.text_input_name, data_type=model_config_pb2.TYPE_INT64,
                      dims=[signature.text_length])
    cfg.output.add(name=signature.output_name, data_type=model_config_pb2.TYPE_FP32,
                   dims=[signature.num_classes])
    cfg.instance_group.add(kind=model_config_pb2.ModelInstanceGroup.Kind.Value(instance_kind),
                           count=1)
    cfg.dynamic_batching.SetInParent()
    cfg.version_policy.latest.num_versions = 1
    return cfg


def render_config_pbtxt(signature: ServingSignature, *, instance_kind: str = "KIND_CPU") -> str:
    """config.pbtxt text for ``signature``."""
    return text_format.MessageToString(model_config(signature, instance_kind=instance_kind))


class TritonModelRepository:
    """Writes model versions so that a reader never sees a half-written one: the version
    folder is filled under a hidden name and renamed into place, config.pbtxt is replaced
    atomically."""

    def __init__(self, root: Path, *, instance_kind: str = "KIND_CPU") -> None:
        self.root = root
        self.instance_kind = instance_kind
        root.mkdir(parents=True, exist_ok=True)

    def latest_version(self, *, model_name: str) -> int:
        folder = self.root / model_name
        if not folder.is_dir():
            return 0
        versions = [int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit()]
        return max(versions, default=0)

    def publish(self, *, signature: ServingSignature, version: int, onnx: bytes) -> None:
        model_dir = self.root / signature.model_name
        model_dir.mkdir(parents=True, exist_ok=True)
        final = model_dir / str(version)
        if final.exists():
            raise FileExistsError(f"version {version} exists")
        staging = model_dir / f".{version}.tmp-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            write_private(staging / "model.onnx", onnx, mode=0o644)  # synced with its folder
            os.rename(staging, final)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        # atomic and durable; its folder sync also makes the version folder's rename durable
        write_private(model_dir / "config.pbtxt", render_config_pbtxt(
            signature, instance_kind=self.instance_kind), mode=0o644)

    def model_path(self, *, model_name: str, version: int) -> Path:
        return self.root / model_name / str(version) / "model.onnx"

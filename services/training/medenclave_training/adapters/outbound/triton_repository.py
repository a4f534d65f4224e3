"""The model repository in Triton's layout, shared with inference::

    <repo>/<model>/config.pbtxt
    <repo>/<model>/<version>/model.onnx

config.pbtxt's ``version_policy`` names the one approved, served version
(``specific { versions: [V] }``), or none (``specific { }``): candidate folders lie there
but neither Triton nor the embedded server loads them.
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


class ExtraNameRefused(OSError, ValueError):
    """An extra file name with folders, a leading dot, or model.onnx: nothing is written."""


def model_config(signature: ServingSignature, served: int = 0, *,
                 instance_kind: str = "KIND_CPU") -> model_config_pb2.ModelConfig:
    """The Triton ModelConfig for an image classifier with a softmax output (and, for the
    fusion task, a second input of report token ids; for segmentation, a ``[C, S, S]`` output),
    serving only version ``served`` (0: none).
    ``instance_kind``: ``KIND_GPU`` when the serving target has a GPU, ``KIND_CPU`` otherwise."""
    cfg = model_config_pb2.ModelConfig(
        name=signature.model_name, platform=signature.platform,
        max_batch_size=signature.max_batch_size)
    cfg.input.add(name=signature.input_name, data_type=model_config_pb2.TYPE_FP32,
                  dims=[1] + [signature.image_size] * signature.dims)
    if signature.text_length:
        cfg.input.add(name=signature.text_input_name, data_type=model_config_pb2.TYPE_INT64,
                      dims=[signature.text_length])
    size = signature.image_size  # segmentation: per-pixel class probabilities
    cfg.output.add(name=signature.output_name, data_type=model_config_pb2.TYPE_FP32,
                   dims=[signature.num_classes, size, size] if signature.segmentation
                   else [signature.num_classes])
    cfg.instance_group.add(kind=model_config_pb2.ModelInstanceGroup.Kind.Value(instance_kind),
                           count=1)
    cfg.dynamic_batching.SetInParent()
    _serve_only(cfg, served)
    return cfg


def _serve_only(cfg: model_config_pb2.ModelConfig, served: int) -> None:
    cfg.version_policy.specific.SetInParent()
    del cfg.version_policy.specific.versions[:]
    if served > 0:
        cfg.version_policy.specific.versions.append(served)


def render_config_pbtxt(signature: ServingSignature, served: int = 0, *,
                        instance_kind: str = "KIND_CPU") -> str:
    """config.pbtxt text for ``signature`` serving only version ``served`` (0: none)."""
    return text_format.MessageToString(model_config(signature, served,
                                                    instance_kind=instance_kind))


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

    def publish(self, *, signature: ServingSignature, version: int, onnx: bytes,
                served: int = 0, extras: Mapping[str, bytes] | None = None) -> None:
        extras = dict(extras or {})
        for name in extras:
            if not _EXTRA_NAME.fullmatch(name) or name == "model.onnx":
                raise ExtraNameRefused("extras: a file name without folders, not model.onnx")
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
        write_private(model_dir / "config.pbtxt", render_config_pbtxt(
            signature, served, instance_kind=self.instance_kind), mode=0o644)

    def serve(self, *, model_name: str, version: int) -> None:
        """Rewrite config.pbtxt (atomically) so that only ``version`` is served (0: none)."""
        path = self.root / model_name / "config.pbtxt"
        cfg = text_format.Parse(path.read_text(), model_config_pb2.ModelConfig())
        _serve_only(cfg, version)
        write_private(path, text_format.MessageToString(cfg), mode=0o644)

    def served(self, *, model_name: str) -> list[int]:
        """The versions config.pbtxt serves: those ``specific`` names, or, for a config written
        before governance, what its ``latest``/``all`` policy (Triton's default: the newest
        version) makes Triton load."""
        path = self.root / model_name / "config.pbtxt"
        if not path.is_file():
            return []
        cfg = text_format.Parse(path.read_text(), model_config_pb2.ModelConfig())
        policy = cfg.version_policy.WhichOneof("policy_choice")
        if policy == "specific":
            return list(cfg.version_policy.specific.versions)
        folder = self.root / model_name
        versions = sorted(int(p.name) for p in folder.iterdir()
                          if p.is_dir() and p.name.isdigit() and (p / "model.onnx").is_file())
        if policy == "all":
            return versions
        newest = cfg.version_policy.latest.num_versions if policy == "latest" else 1
        return versions[-max(newest, 1):] if versions else []

    def has_version(self, *, model_name: str, version: int) -> bool:
        return (self.root / model_name / str(version)).is_dir()

    def remove_version(self, *, model_name: str, version: int) -> bool:
        """Delete a version folder (the models retention sweep); False if it was not there.
        Renamed to a hidden name first, so a reader never sees half a version."""
        folder = self.root / model_name / str(version)
        if not folder.is_dir():
            return False
        doomed = folder.with_name(f".{version}.expired-{os.getpid()}")
        os.rename(folder, doomed)
        shutil.rmtree(doomed)
        return True

    def model_path(self, *, model_name: str, version: int) -> Path:
        return self.root / model_name / str(version) / "model.onnx"

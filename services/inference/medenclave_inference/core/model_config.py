"""Triton model configuration as the core sees it: tensors, batching, version choice.

The text of ``config.pbtxt`` is parsed at the edge (``adapters/outbound/model_config_pbtxt.py``
reads it with Triton's own ``ModelConfig`` schema, so a repository written for NVIDIA Triton
means the same thing here) into :class:`ModelConfig`; this module checks it and derives what
clients see. No I/O and no protobuf here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

__all__ = [
    "DATATYPES",
    "MAX_INSTANCES",
    "SUPPORTED_PLATFORMS",
    "DynamicBatching",
    "InstanceGroup",
    "InvalidModelConfig",
    "ModelConfig",
    "ModelSignature",
    "TensorConfig",
    "TensorSpec",
    "VersionPolicy",
    "check_model_config",
    "numpy_dtype",
    "select_versions",
    "signature_of",
]

#: KServe v2 datatype name → numpy dtype (BYTES excluded: these models take numbers).
DATATYPES: dict[str, np.dtype] = {
    "BOOL": np.dtype(np.bool_),
    "UINT8": np.dtype(np.uint8),
    "UINT16": np.dtype(np.uint16),
    "UINT32": np.dtype(np.uint32),
    "UINT64": np.dtype(np.uint64),
    "INT8": np.dtype(np.int8),
    "INT16": np.dtype(np.int16),
    "INT32": np.dtype(np.int32),
    "INT64": np.dtype(np.int64),
    "FP16": np.dtype(np.float16),
    "FP32": np.dtype(np.float32),
    "FP64": np.dtype(np.float64),
}

SUPPORTED_PLATFORMS = ("onnxruntime_onnx",)
#: at most this many parallel sessions per model version (each holds the model's weights)
MAX_INSTANCES = 16


@dataclass(frozen=True)
class TensorConfig:
    """One ``input``/``output`` entry: KServe datatype name and dims without the batch."""

    name: str
    datatype: str
    dims: tuple[int, ...]


@dataclass(frozen=True)
class VersionPolicy:
    """Triton's ``version_policy``: the latest N, all, or specific versions."""

    kind: Literal["latest", "all", "specific"] = "latest"
    num_versions: int = 1
    versions: tuple[int, ...] = ()


@dataclass(frozen=True)
class DynamicBatching:
    """Triton's ``dynamic_batching`` block (times in microseconds, as in config.pbtxt).

    ``max_queue_size`` and ``default_timeout_us`` come from ``default_queue_policy``; 0 there
    means "no limit of the model's own": the server's limits apply (never unlimited).
    """

    preferred_batch_sizes: tuple[int, ...] = ()
    max_queue_delay_us: int = 0
    max_queue_size: int = 0
    default_timeout_us: int = 0


@dataclass(frozen=True)
class InstanceGroup:
    """Triton's ``instance_group``: ``count`` parallel executions on ``kind`` (CPU or GPU)."""

    count: int = 1
    kind: Literal["KIND_AUTO", "KIND_CPU", "KIND_GPU"] = "KIND_AUTO"


@dataclass(frozen=True)
class ModelConfig:
    """What the server needs of a ``config.pbtxt``; ``text`` is the file as read."""

    name: str
    platform: str
    backend: str
    max_batch_size: int
    inputs: tuple[TensorConfig, ...]
    outputs: tuple[TensorConfig, ...]
    version_policy: VersionPolicy = VersionPolicy()
    #: None: no dynamic batching (each request executes on its own)
    dynamic_batching: DynamicBatching | None = None
    instance_group: InstanceGroup = InstanceGroup()
    text: str = ""


class InvalidModelConfig(ValueError):
    """A ``config.pbtxt`` that cannot be served (the message names the model and the field)."""


def numpy_dtype(datatype: str) -> np.dtype:
    """The numpy dtype of a KServe datatype name (``"FP32"``).

    Raises:
        KeyError: unsupported datatype.
    """
    return DATATYPES[datatype]


@dataclass(frozen=True)
class TensorSpec:
    """One input or output as a client sees it: full shape with the batch dimension (-1)."""

    name: str
    datatype: str
    shape: tuple[int, ...]

    def accepts(self, shape: Sequence[int]) -> bool:
        """True if ``shape`` matches, ``-1`` matching any size."""
        return len(shape) == len(self.shape) and all(
            want == -1 or want == got for want, got in zip(self.shape, shape, strict=True))


@dataclass(frozen=True)
class ModelSignature:
    name: str
    platform: str
    max_batch_size: int
    inputs: tuple[TensorSpec, ...]
    outputs: tuple[TensorSpec, ...]

    def input(self, name: str) -> TensorSpec | None:
        return next((t for t in self.inputs if t.name == name), None)

    def output(self, name: str) -> TensorSpec | None:
        return next((t for t in self.outputs if t.name == name), None)


def check_model_config(config: ModelConfig, *, model_name: str) -> ModelConfig:
    """Check that ``config`` describes a model this server can run; fill in the defaults.

    The config's ``name`` may be empty (Triton fills in the folder name) but must otherwise
    equal the folder name; ``platform`` defaults to ``onnxruntime_onnx``.

    Raises:
        InvalidModelConfig: wrong name, unsupported platform/backend or datatype, no inputs
            or outputs, duplicate names, invalid dims.
    """
    if config.name and config.name != model_name:
        raise InvalidModelConfig(
            f"model '{model_name}': config name '{config.name}' differs from its folder name")
    if config.backend and config.backend != "onnxruntime":
        raise InvalidModelConfig(f"model '{model_name}': backend '{config.backend}' is not "
                                 f"supported; use platform 'onnxruntime_onnx'")
    platform = config.platform or "onnxruntime_onnx"
    if platform not in SUPPORTED_PLATFORMS:
        raise InvalidModelConfig(f"model '{model_name}': platform '{platform}' is not "
                                 f"supported; choose one of {', '.join(SUPPORTED_PLATFORMS)}")
    if config.max_batch_size < 0:
        raise InvalidModelConfig(f"model '{model_name}': max_batch_size must be >= 0")
    batching = config.dynamic_batching
    if batching is not None:
        if any(size < 1 or size > max(config.max_batch_size, 1)
               for size in batching.preferred_batch_sizes):
            raise InvalidModelConfig(f"model '{model_name}': dynamic_batching "
                                     f"preferred_batch_size must lie in 1..max_batch_size")
        if batching.max_queue_delay_us < 0 or batching.max_queue_size < 0 \
                or batching.default_timeout_us < 0:
            raise InvalidModelConfig(f"model '{model_name}': dynamic_batching times and "
                                     f"sizes must be >= 0")
    if not 1 <= config.instance_group.count <= MAX_INSTANCES:
        raise InvalidModelConfig(f"model '{model_name}': instance_group count must lie in "
                                 f"1..{MAX_INSTANCES}")
    if not config.inputs or not config.outputs:
        raise InvalidModelConfig(f"model '{model_name}': config declares no inputs or outputs")
    for kind, tensors in (("input", config.inputs), ("output", config.outputs)):
        seen: set[str] = set()
        for tensor in tensors:
            if not tensor.name or tensor.name in seen:
                raise InvalidModelConfig(
                    f"model '{model_name}': {kind} names must be unique and non-empty")
            seen.add(tensor.name)
            if tensor.datatype not in DATATYPES:
                raise InvalidModelConfig(f"model '{model_name}': {kind} '{tensor.name}' has "
                                         f"unsupported data_type {tensor.datatype}")
            if any(d < -1 or d == 0 for d in tensor.dims):
                raise InvalidModelConfig(f"model '{model_name}': {kind} '{tensor.name}' has "
                                         f"invalid dims {list(tensor.dims)}")
    return replace(config, name=model_name, platform=platform)


def signature_of(config: ModelConfig) -> ModelSignature:
    """Inputs and outputs as clients see them (batch dimension -1 first when batching)."""
    batch = (-1,) if config.max_batch_size > 0 else ()

    def spec(tensor: TensorConfig) -> TensorSpec:
        return TensorSpec(tensor.name, tensor.datatype, batch + tensor.dims)

    return ModelSignature(name=config.name, platform=config.platform,
                          max_batch_size=config.max_batch_size,
                          inputs=tuple(spec(t) for t in config.inputs),
                          outputs=tuple(spec(t) for t in config.outputs))


def select_versions(config: ModelConfig, available: Iterable[int]) -> list[int]:
    """The versions to serve under the config's ``version_policy`` (default: the latest one).

    Args:
        config: the model's configuration.
        available: version numbers present in the repository with a model file.

    Returns:
        Ascending version numbers (empty if none qualifies).
    """
    versions = sorted(set(available))
    policy = config.version_policy
    if policy.kind == "all":
        return versions
    if policy.kind == "specific":
        wanted = set(policy.versions)
        return [v for v in versions if v in wanted]
    return versions[-max(policy.num_versions, 1):] if versions else []

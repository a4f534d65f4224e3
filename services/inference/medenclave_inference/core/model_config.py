"""Triton model configuration: parsing ``config.pbtxt``, tensor signatures, version choice.

The schema is Triton's own ``ModelConfig`` protobuf (shipped with tritonclient), so a model
repository written for NVIDIA Triton means the same thing here. No I/O: callers pass text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

__all__ = [
    "DATATYPES",
    "InvalidModelConfig",
    "ModelSignature",
    "SUPPORTED_PLATFORMS",
    "TensorSpec",
    "numpy_dtype",
    "parse_model_config",
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


class InvalidModelConfig(ValueError):
    """A ``config.pbtxt`` that cannot be served (the message names the model and the field)."""


def numpy_dtype(datatype: str) -> np.dtype:
    """The numpy dtype of a KServe datatype name (``"FP32"``).

    Raises:
        KeyError: unsupported datatype.
    """
    return DATATYPES[datatype]


def _kserve_name(data_type: int) -> str:
    # model_config_pb2.TYPE_FP32 → "FP32"; TYPE_STRING → "BYTES"
    name = model_config_pb2.DataType.Name(data_type)[len("TYPE_"):]
    return "BYTES" if name == "STRING" else name


@dataclass(frozen=True)
class TensorSpec:
    """One input or output as a client sees it: full shape with the batch dimension (-1)."""

    name: str
    datatype: str
    shape: tuple[int, ...]

    def accepts(self, shape: Sequence[int]) -> bool:
        """True if ``shape`` matches, ``-1`` matching any size."""
        return len(shape) == len(self.shape) and all(
            want == -1 or want == got for want, got in zip(self.shape, shape))


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


def parse_model_config(text: str, *, model_name: str) -> model_config_pb2.ModelConfig:
    """Parse ``config.pbtxt`` text and check it describes a model this server can run.

    The config's ``name`` may be omitted (Triton fills in the folder name) but must otherwise
    equal the folder name; ``platform`` defaults to ``onnxruntime_onnx``.

    Raises:
        InvalidModelConfig: unparsable text, wrong name, unsupported platform/backend or
            datatype, no inputs or outputs.
    """
    config = model_config_pb2.ModelConfig()
    try:
        text_format.Parse(text, config)
    except text_format.ParseError as exc:
        # the parser's message quotes config tokens, never patient data: keep line/column
        raise InvalidModelConfig(f"model '{model_name}': config.pbtxt does not parse: {exc}") \
            from None
    if config.name and config.name != model_name:
        raise InvalidModelConfig(
            f"model '{model_name}': config name '{config.name}' differs from its folder name")
    config.name = model_name
    if config.backend and config.backend != "onnxruntime":
        raise InvalidModelConfig(f"model '{model_name}': backend '{config.backend}' is not "
                                 f"supported; use platform 'onnxruntime_onnx'")
    if not config.platform:
        config.platform = "onnxruntime_onnx"
    if config.platform not in SUPPORTED_PLATFORMS:
        raise InvalidModelConfig(f"model '{model_name}': platform '{config.platform}' is not "
                                 f"supported; choose one of {', '.join(SUPPORTED_PLATFORMS)}")
    if config.max_batch_size < 0:
        raise InvalidModelConfig(f"model '{model_name}': max_batch_size must be >= 0")
    if not config.input or not config.output:
        raise InvalidModelConfig(f"model '{model_name}': config declares no inputs or outputs")
    for kind, tensors in (("input", config.input), ("output", config.output)):
        seen: set[str] = set()
        for tensor in tensors:
            if not tensor.name or tensor.name in seen:
                raise InvalidModelConfig(
                    f"model '{model_name}': {kind} names must be unique and non-empty")
            seen.add(tensor.name)
            datatype = _kserve_name(tensor.data_type)
            if datatype not in DATATYPES:
                raise InvalidModelConfig(f"model '{model_name}': {kind} '{tensor.name}' has "
                                         f"unsupported data_type {datatype}")
            if any(d < -1 or d == 0 for d in tensor.dims):
                raise InvalidModelConfig(f"model '{model_name}': {kind} '{tensor.name}' has "
                                         f"invalid dims {list(tensor.dims)}")
    return config


def signature_of(config: model_config_pb2.ModelConfig) -> ModelSignature:
    """Inputs and outputs as clients see them (batch dimension -1 first when batching)."""
    batch = (-1,) if config.max_batch_size > 0 else ()

    def spec(tensor) -> TensorSpec:  # noqa: ANN001
        return TensorSpec(tensor.name, _kserve_name(tensor.data_type), batch + tuple(tensor.dims))

    return ModelSignature(name=config.name, platform=config.platform,
                          max_batch_size=config.max_batch_size,
                          inputs=tuple(spec(t) for t in config.input),
                          outputs=tuple(spec(t) for t in config.output))


def select_versions(config: model_config_pb2.ModelConfig, available: Iterable[int]) -> list[int]:
    """The versions to serve under the config's ``version_policy`` (default: the latest one).

    Args:
        config: the model's configuration.
        available: version numbers present in the repository with a model file.

    Returns:
        Ascending version numbers (empty if none qualifies).
    """
    versions = sorted(set(available))
    policy = config.version_policy
    which = policy.WhichOneof("policy_choice")
    if which == "all":
        return versions
    if which == "specific":
        wanted = set(policy.specific.versions)
        return [v for v in versions if v in wanted]
    count = policy.latest.num_versions if which == "latest" else 1
    return versions[-max(count, 1):] if versions else []

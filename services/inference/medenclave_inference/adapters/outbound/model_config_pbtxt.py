"""``config.pbtxt`` read with Triton's own ``ModelConfig`` schema (shipped with tritonclient).

Text in, the core's :class:`~medenclave_inference.core.model_config.ModelConfig` out; and back
to Triton's message for the ModelConfig RPC.
"""

from __future__ import annotations

from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medenclave_inference.core.model_config import (
    DynamicBatching,
    InstanceGroup,
    InvalidModelConfig,
    ModelConfig,
    TensorConfig,
    VersionPolicy,
    check_model_config,
)

__all__ = ["PbtxtConfigReader", "parse_model_config", "to_triton_config"]


def _kserve_name(data_type: int) -> str:
    # model_config_pb2.TYPE_FP32 → "FP32"; TYPE_STRING → "BYTES"
    name = model_config_pb2.DataType.Name(data_type)[len("TYPE_"):]
    return "BYTES" if name == "STRING" else name


def _tensors(entries) -> tuple[TensorConfig, ...]:
    return tuple(TensorConfig(t.name, _kserve_name(t.data_type), tuple(t.dims)) for t in entries)


def _policy(config: model_config_pb2.ModelConfig) -> VersionPolicy:
    policy = config.version_policy
    which = policy.WhichOneof("policy_choice")
    if which == "all":
        return VersionPolicy(kind="all")
    if which == "specific":
        return VersionPolicy(kind="specific", versions=tuple(policy.specific.versions))
    if which == "latest":
        return VersionPolicy(kind="latest", num_versions=policy.latest.num_versions)
    return VersionPolicy()


def _batching(config: model_config_pb2.ModelConfig) -> DynamicBatching | None:
    if not config.HasField("dynamic_batching"):
        return None
    block = config.dynamic_batching
    policy = block.default_queue_policy
    return DynamicBatching(preferred_batch_sizes=tuple(block.preferred_batch_size),
                           max_queue_delay_us=block.max_queue_delay_microseconds,
                           max_queue_size=policy.max_queue_size,
                           default_timeout_us=policy.default_timeout_microseconds)


def _instances(config: model_config_pb2.ModelConfig) -> InstanceGroup:
    groups = list(config.instance_group)
    if not groups:
        return InstanceGroup()
    kinds = {model_config_pb2.ModelInstanceGroup.Kind.Name(g.kind) for g in groups}
    kind = "KIND_GPU" if "KIND_GPU" in kinds else \
        ("KIND_CPU" if kinds == {"KIND_CPU"} else "KIND_AUTO")
    # Triton counts a group without ``count`` as one instance
    count = sum(g.count if g.count > 0 else 1 for g in groups)
    return InstanceGroup(count=count, kind=kind)  # type: ignore[arg-type]


def parse_model_config(text: str, *, model_name: str) -> ModelConfig:
    """Parse ``config.pbtxt`` text and check it describes a model this server can run.

    Raises:
        InvalidModelConfig: unparsable text, or what
            :func:`~medenclave_inference.core.model_config.check_model_config` refuses.
    """
    config = model_config_pb2.ModelConfig()
    try:
        text_format.Parse(text, config)
    except text_format.ParseError as exc:
        # the parser's message quotes config tokens, never patient data: keep line/column
        raise InvalidModelConfig(f"model '{model_name}': config.pbtxt does not parse: {exc}") \
            from None
    return check_model_config(ModelConfig(
        name=config.name, platform=config.platform, backend=config.backend,
        max_batch_size=config.max_batch_size, inputs=_tensors(config.input),
        outputs=_tensors(config.output), version_policy=_policy(config),
        dynamic_batching=_batching(config), instance_group=_instances(config), text=text),
        model_name=model_name)


def to_triton_config(config: ModelConfig) -> model_config_pb2.ModelConfig:
    """Triton's ``ModelConfig`` message of a checked config (name and platform filled in)."""
    message = model_config_pb2.ModelConfig()
    text_format.Parse(config.text, message)
    message.name = config.name
    message.platform = config.platform
    return message


class PbtxtConfigReader:
    """:class:`~medenclave_inference.core.ports.ModelConfigReader` for ``config.pbtxt``."""

    def parse(self, text: str, *, model_name: str) -> ModelConfig:
        return parse_model_config(text, model_name=model_name)

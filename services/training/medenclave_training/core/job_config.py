"""Longer than 450 lines: every block of the job config and its checks are read in one place.

The job config: a YAML document sent with StartJob (``config_yaml``), validated with every
problem reported at once. No I/O here: bytes in, a frozen :class:`JobConfig` out.

::

    task: fusion                      # classification | segmentation | fewshot | fusion
    model: {name: DenseNet121, args: {init_features: 16}, norm: group}
    training: {epochs: 20, batch_size: 16, optimizer: adamw, lr: 0.001, amp: bf16, seed: 7,
               lr_schedule: cosine, early_stopping: {patience: 5}}
    data: {image_size: 64, dims: 2}
    transforms: [{name: window, args: {a_min: -160, a_max: 240}}]   # checked by preprocess
    fusion: {text_length: 64, vocab_size: 2000}

Every number has a bound; a missing key takes its safe default. Errors are
``"path: problem"`` strings that name keys, never the values sent.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import yaml

__all__ = ["MAX_CONFIG_BYTES", "NETWORKS", "TASKS", "DataConfig", "DistributedConfig",
           "EarlyStopping", "EvaluationConfig", "FewShotConfig", "FusionConfig",
           "InvalidJobConfig", "JobConfig", "ModelConfig", "PrivacyConfig", "TrainingConfig",
           "parse_job_config", "read_job_document"]

MAX_CONFIG_BYTES = 64 * 1024
MAX_TRANSFORMS = 32
TASKS = ("classification", "segmentation", "fewshot", "fusion")
# network → allowed args: (kind, low, high) for numbers, a tuple of choices for strings,
# ("ints", n_low, n_high, low, high) for lists of ints
_Arg = tuple[Any, ...]
NETWORKS: Mapping[str, Mapping[str, _Arg]] = MappingProxyType({
    "DenseNet121": {"init_features": ("int", 4, 128), "growth_rate": ("int", 4, 64),
                    "dropout_prob": ("float", 0.0, 0.9)},
    "ResNet": {"depth": ("int", 10, 50), "widen_factor": ("float", 0.25, 4.0)},
    "EfficientNet": {"variant": ("b0", "b1", "b2", "b3")},
    "UNet": {"channels": ("ints", 2, 6, 4, 512), "strides": ("ints", 1, 5, 1, 2),
             "num_res_units": ("int", 0, 4), "dropout": ("float", 0.0, 0.9)},
    "ViT": {"patch_size": ("int", 2, 64), "hidden_size": ("int", 16, 1024),
            "mlp_dim": ("int", 16, 4096), "num_layers": ("int", 1, 24),
            "num_heads": ("int", 1, 16), "dropout_rate": ("float", 0.0, 0.9)},
})
_RESNET_DEPTHS = (10, 18, 34, 50)
_SEED_MAX = 2**63 - 1
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


class InvalidJobConfig(ValueError):
    """The config cannot be used. ``errors``: every problem, as ``"path: problem"``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class ModelConfig:
    name: str = "DenseNet121"
    args: Mapping[str, Any] = field(default_factory=dict)
    #: normalisation layers: group (default; serves as it trains, suits DP-SGD), instance, batch
    norm: str = "group"


@dataclass(frozen=True)
class EarlyStopping:
    patience: int = 5
    min_delta: float = 0.0


@dataclass(frozen=True)
class TrainingConfig:
    epochs: int = 16
    batch_size: int = 16
    seed: int = 0
    optimizer: str = "adam"
    lr: float = 2e-3
    lr_schedule: str = "constant"
    amp: str = "off"
    gradient_checkpointing: bool = False
    early_stopping: EarlyStopping | None = None


@dataclass(frozen=True)
class DataConfig:
    image_size: int = 64
    dims: int = 2


@dataclass(frozen=True)
class PrivacyConfig:
    target_epsilon: float = 8.0
    delta: float = 1e-5
    max_grad_norm: float = 1.0


@dataclass(frozen=True)
class DistributedConfig:
    nproc_per_node: int = 1
    nnodes: int = 1
    backend: str = "auto"


@dataclass(frozen=True)
class EvaluationConfig:
    metrics: tuple[str, ...] = ("accuracy",)
    bootstrap_samples: int = 1000
    confidence: float = 0.95


@dataclass(frozen=True)
class FewShotConfig:
    n_way: int = 3
    k_shot: int = 5
    query: int = 5
    inner_steps: int = 5
    inner_lr: float = 0.05  # small: the prototype head's logits are on the features' scale
    first_order: bool = False
    #: an episode's head before the inner loop: the support class means (Proto-MAML) or zero
    head_init: str = "prototypes"
    #: meta-training starts from the baseline's pre-trained backbone (Meta-Baseline) or random
    init: str = "pretrained"
    meta_batch: int = 4
    meta_iterations: int = 200
    meta_lr: float = 1e-3
    test_episodes: int = 100
    #: class indices held out from meta-training and used for meta-testing; empty: the last n_way
    meta_test_classes: tuple[int, ...] = ()


@dataclass(frozen=True)
class FusionConfig:
    text_length: int = 64
    vocab_size: int = 2000
    d_model: int = 64
    heads: int = 4
    text_layers: int = 2
    image_encoder: str = "cnn"
    #: also train the image-only model and report it next to fusion
    ablation: bool = True


@dataclass(frozen=True)
class JobConfig:
    task: str = "classification"
    model: ModelConfig = field(default_factory=ModelConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    data: DataConfig = field(default_factory=DataConfig)
    transforms: tuple[Mapping[str, Any], ...] = ()
    privacy: PrivacyConfig | None = None
    distributed: DistributedConfig = field(default_factory=DistributedConfig)
    evaluation: EvaluationConfig = field(default_factory=EvaluationConfig)
    fewshot: FewShotConfig | None = None
    fusion: FusionConfig | None = None


# --- the reader ---------------------------------------------------------------------------

_Check = Callable[["_Reader", str, Any], Any]


class _Reader:
    """Collects every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, path: str, problem: str) -> None:
        self.errors.append(f"{path}: {problem}")

    def mapping(self, path: str, value: Any, allowed: Mapping[str, Any]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, "must be a mapping")
            return {}
        out: dict[str, Any] = {}
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str) or key not in allowed:
                close = difflib.get_close_matches(str(key), list(allowed), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                # a key is named only when it looks like one, so no pasted value is echoed
                name = key if isinstance(key, str) and _KEY.fullmatch(key) else f"<key {index}>"
                self.fail(f"{path}.{name}", f"unknown key{hint}; allowed: {', '.join(allowed)}")
                continue
            out[key] = item
        return out

    def section(self, path: str, value: Any, spec: Mapping[str, _Check]) -> dict[str, Any]:
        """Read a mapping whose keys ``spec`` checks; returns only the valid values."""
        raw = self.mapping(path, value, spec)
        out = {}
        for key, item in raw.items():
            before = len(self.errors)
            checked = spec[key](self, f"{path}.{key}", item)
            if len(self.errors) == before:
                out[key] = checked
        return out


def _int(low: int, high: int) -> _Check:
    def check(r: _Reader, path: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            r.fail(path, "must be an integer")
        elif not low <= value <= high:
            r.fail(path, f"must lie in [{low}, {high}]")
        return value
    return check


def _float(low: float, high: float, *, open_low: bool = False) -> _Check:
    def check(r: _Reader, path: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            r.fail(path, "must be a number")
            return value
        ok = (low < value if open_low else low <= value) and value <= high
        if not ok:
            r.fail(path, f"must lie in {'(' if open_low else '['}{low}, {high}]")
        return float(value)
    return check


def _choice(*names: str) -> _Check:
    def check(r: _Reader, path: str, value: Any) -> Any:
        if not isinstance(value, str) or value not in names:
            close = difflib.get_close_matches(str(value), names, n=1) \
                if isinstance(value, str) else []
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            r.fail(path, f"must be one of {', '.join(names)}{hint}")
        return value
    return check


def _bool(r: _Reader, path: str, value: Any) -> Any:
    if not isinstance(value, bool):
        r.fail(path, "must be true or false")
    return value


def _ints(n_low: int, n_high: int, low: int, high: int) -> _Check:
    def check(r: _Reader, path: str, value: Any) -> Any:
        if not isinstance(value, list) or not n_low <= len(value) <= n_high:
            r.fail(path, f"must be a list of {n_low} to {n_high} integers")
            return value
        for i, item in enumerate(value):
            _int(low, high)(r, f"{path}[{i}]", item)
        return tuple(value)
    return check


def _early_stopping(r: _Reader, path: str, value: Any) -> Any:
    return EarlyStopping(**r.section(path, value, {
        "patience": _int(1, 1000), "min_delta": _float(0.0, 1.0)}))


def _transforms(r: _Reader, path: str, value: Any) -> Any:
    """Kept as data: the preprocessing chain (``medenclave.preprocess``) checks each step."""
    if not isinstance(value, list) or len(value) > MAX_TRANSFORMS:
        r.fail(path, f"must be a list of at most {MAX_TRANSFORMS} steps")
        return ()
    for i, step in enumerate(value):
        if not isinstance(step, dict) or not isinstance(step.get("name"), str) \
                or set(step) - {"name", "args"} or not isinstance(step.get("args", {}), dict):
            r.fail(f"{path}[{i}]", "must be a mapping {name: ..., args: {...}}")
    return tuple(MappingProxyType(dict(step)) for step in value if isinstance(step, dict))


_TRAINING: Mapping[str, _Check] = {
    "epochs": _int(1, 1000), "batch_size": _int(1, 1024), "seed": _int(0, _SEED_MAX),
    "optimizer": _choice("adam", "adamw", "sgd"), "lr": _float(0.0, 10.0, open_low=True),
    "lr_schedule": _choice("constant", "cosine", "step", "onecycle"),
    "amp": _choice("off", "fp16", "bf16"), "gradient_checkpointing": _bool,
    "early_stopping": _early_stopping,
}
_DATA: Mapping[str, _Check] = {"image_size": _int(16, 512), "dims": _int(2, 3)}
_PRIVACY: Mapping[str, _Check] = {
    "target_epsilon": _float(0.0, 100.0, open_low=True),
    "delta": _float(0.0, 0.1, open_low=True),
    "max_grad_norm": _float(0.0, 100.0, open_low=True)}
_DISTRIBUTED: Mapping[str, _Check] = {
    "nproc_per_node": _int(1, 64), "nnodes": _int(1, 256),
    "backend": _choice("auto", "gloo", "nccl")}
_METRICS = ("accuracy", "balanced_accuracy", "auroc", "f1", "sensitivity", "specificity",
            "dice", "calibration")
_FEWSHOT: Mapping[str, _Check] = {
    "n_way": _int(2, 20), "k_shot": _int(1, 50), "query": _int(1, 50),
    "inner_steps": _int(1, 50), "inner_lr": _float(0.0, 10.0, open_low=True),
    "first_order": _bool, "head_init": _choice("prototypes", "zero"),
    "init": _choice("pretrained", "random"), "meta_batch": _int(1, 64),
    "meta_iterations": _int(1, 100_000),
    "meta_lr": _float(0.0, 1.0, open_low=True), "test_episodes": _int(10, 10_000),
    "meta_test_classes": _ints(2, 20, 0, 999)}
_FUSION: Mapping[str, _Check] = {
    "text_length": _int(8, 512), "vocab_size": _int(100, 50_000), "d_model": _int(16, 512),
    "heads": _int(1, 16), "text_layers": _int(1, 8), "image_encoder": _choice("cnn", "vit"),
    "ablation": _bool}


def _metrics(r: _Reader, path: str, value: Any) -> Any:
    if not isinstance(value, list) or not 1 <= len(value) <= len(_METRICS):
        r.fail(path, "must be a non-empty list of metric names")
        return ()
    for i, item in enumerate(value):
        _choice(*_METRICS)(r, f"{path}[{i}]", item)
    return tuple(value)


_EVALUATION: Mapping[str, _Check] = {
    "metrics": _metrics, "bootstrap_samples": _int(100, 100_000),
    "confidence": _float(0.5, 0.999)}


def _model(r: _Reader, value: Any, data: DataConfig) -> ModelConfig:
    raw = r.section("model", value, {"name": _choice(*NETWORKS), "norm":
                                     _choice("group", "instance", "batch"),
                                     "args": lambda r, p, v: v})
    name = raw.get("name", ModelConfig.name)
    args: dict[str, Any] = {}
    if "args" in raw and name in NETWORKS:
        if isinstance(raw["args"], dict) and "pretrained" in raw["args"]:
            r.fail("model.args.pretrained", "downloaded weights are not allowed")
            raw["args"] = {k: v for k, v in raw["args"].items() if k != "pretrained"}
        spec = {key: _arg_check(rule) for key, rule in NETWORKS[name].items()}
        args = r.section("model.args", raw["args"], spec)
    if name == "ResNet" and args.get("depth", 18) not in _RESNET_DEPTHS:
        r.fail("model.args.depth", f"must be one of {', '.join(map(str, _RESNET_DEPTHS))}")
    if name == "ViT":
        patch = args.get("patch_size", 16)
        if data.image_size % patch:
            r.fail("model.args.patch_size", "must divide data.image_size")
        if args.get("hidden_size", 768) % args.get("num_heads", 12):
            r.fail("model.args.num_heads", "must divide model.args.hidden_size")
    if name == "UNet" and len(args.get("strides", ())) not in (0, len(args.get(
            "channels", ())) - 1):
        r.fail("model.args.strides", "must have one entry fewer than model.args.channels")
    return ModelConfig(name=name, args=MappingProxyType(args), norm=raw.get("norm", "group"))


def _arg_check(rule: _Arg) -> _Check:
    if rule[0] == "int":
        return _int(rule[1], rule[2])
    if rule[0] == "float":
        return _float(rule[1], rule[2])
    if rule[0] == "ints":
        return _ints(*rule[1:])
    return _choice(*rule)


def _cross_checks(r: _Reader, cfg: JobConfig, present: set[str]) -> None:
    if cfg.task == "segmentation" and cfg.model.name != "UNet":
        r.fail("model.name", "task segmentation needs UNet")
    if cfg.task != "segmentation" and cfg.model.name == "UNet":
        r.fail("model.name", f"UNet does not fit task {cfg.task}")
    if cfg.task == "fewshot" and "fewshot" not in present:
        r.fail("fewshot", "task fewshot needs a fewshot block")
    if cfg.task == "fusion" and "fusion" not in present:
        r.fail("fusion", "task fusion needs a fusion block")
    for block in ("fewshot", "fusion"):
        if block in present and cfg.task != block:
            r.fail(block, f"only allowed with task {block}")
    if cfg.privacy is not None and cfg.model.norm == "batch":
        r.fail("model.norm", "batch norm cannot be trained with differential privacy")
    if cfg.fewshot is not None and cfg.fewshot.meta_test_classes and \
            len(set(cfg.fewshot.meta_test_classes)) < cfg.fewshot.n_way:
        r.fail("fewshot.meta_test_classes", "must name at least n_way distinct classes")
    if cfg.fusion is not None and cfg.fusion.d_model % cfg.fusion.heads:
        r.fail("fusion.heads", "must divide fusion.d_model")
    if cfg.training.amp == "fp16" and cfg.privacy is not None:
        r.fail("training.amp", "fp16 cannot be combined with differential privacy")


class _AliasRefused(Exception):
    pass


class _Loader(yaml.SafeLoader):
    """``safe_load`` without aliases: a config has no use for them, and an alias bomb
    (a few hundred bytes naming millions of values) would reach whoever serialises it."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused
        return super().compose_node(parent, index)


_TOP = ("task", "model", "training", "data", "transforms", "privacy", "distributed",
        "evaluation", "fewshot", "fusion", "queue")  # queue: core.job_queue reads it


def read_job_document(data: bytes) -> dict[str, Any]:
    """A job config's YAML as a mapping, not yet validated (empty bytes: ``{}``).

    Raises:
        InvalidJobConfig: too large, not UTF-8, not plain YAML, too deep, not a mapping at the top.
    """
    if len(data) > MAX_CONFIG_BYTES:
        raise InvalidJobConfig([f"config: larger than {MAX_CONFIG_BYTES} bytes"])
    try:
        loader = _Loader(data.decode("utf-8") if data.strip() else "")
        try:
            doc = loader.get_single_data()
        finally:
            loader.dispose()
    except UnicodeDecodeError:
        raise InvalidJobConfig(["config: not UTF-8"]) from None
    except _AliasRefused:
        raise InvalidJobConfig(["config: YAML anchors and aliases are not allowed"]) from None
    except RecursionError:
        raise InvalidJobConfig(["config: nested too deeply"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise InvalidJobConfig([f"config: not valid YAML{where}"]) from None
    if doc is not None and not isinstance(doc, dict):
        raise InvalidJobConfig(["config: must be a mapping at the top"])
    return doc or {}


def parse_job_config(data: bytes | dict[str, Any]) -> JobConfig:
    """Parse and validate a YAML job config (or :func:`read_job_document`'s mapping of one).

    Raises:
        InvalidJobConfig: with every problem found.
    """
    doc = data if isinstance(data, dict) else read_job_document(data)
    r = _Reader()
    top = r.mapping("config", doc, dict.fromkeys(_TOP))
    task = _choice(*TASKS)(r, "task", top.get("task", "classification"))
    data_cfg = DataConfig(**r.section("data", top.get("data"), _DATA))
    training = r.section("training", top.get("training"), _TRAINING)
    optional: dict[str, Any] = {}
    for key, spec, cls in (("privacy", _PRIVACY, PrivacyConfig),
                           ("fewshot", _FEWSHOT, FewShotConfig),
                           ("fusion", _FUSION, FusionConfig)):
        if key in top:
            optional[key] = cls(**r.section(key, top[key], spec))
    cfg = JobConfig(
        task=task if task in TASKS else "classification",
        model=_model(r, top.get("model"), data_cfg),
        training=TrainingConfig(**training), data=data_cfg,
        transforms=_transforms(r, "transforms", top["transforms"]) if "transforms" in top else (),
        distributed=DistributedConfig(**r.section("distributed", top.get("distributed"), _DISTRIBUTED)),
        evaluation=EvaluationConfig(**r.section("evaluation", top.get("evaluation"),
                                                _EVALUATION)),
        **optional)
    _cross_checks(r, cfg, set(top))
    if r.errors:
        raise InvalidJobConfig(r.errors)
    return cfg

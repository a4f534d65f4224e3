"""The YAML job config: defaults, a full document, and every error path (all reported at once)."""

from __future__ import annotations

import pytest

from medenclave_training.core.job_config import (
    MAX_CONFIG_BYTES,
    InvalidJobConfig,
    JobConfig,
    parse_job_config,
    read_job_document,
)


def errors_of(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(InvalidJobConfig) as info:
        parse_job_config(data)
    return info.value.errors


def test_empty_config_gives_safe_defaults():
    cfg = parse_job_config(b"")
    assert cfg == JobConfig()
    assert cfg.task == "classification" and cfg.model.norm == "group"
    assert cfg.training.amp == "off" and cfg.privacy is None
    assert parse_job_config(b"# only a comment\n") == JobConfig()


def test_full_config_is_read():
    cfg = parse_job_config(b"""
task: fewshot
model: {name: ResNet, args: {depth: 18}, norm: instance}
training:
  epochs: 3
  batch_size: 8
  seed: 7
  optimizer: adamw
  lr: 0.0005
  lr_schedule: cosine
  amp: bf16
  gradient_checkpointing: true
  early_stopping: {patience: 2, min_delta: 0.01}
data: {image_size: 32, dims: 3}
transforms: [{name: window, args: {center: 40, width: 400}}, {name: normalize}]
privacy: {target_epsilon: 3, delta: 0.00001, max_grad_norm: 1.5}
distributed: {nproc_per_node: 2, nnodes: 1, backend: gloo}
evaluation: {metrics: [accuracy, auroc], bootstrap_samples: 200, confidence: 0.9}
fewshot: {n_way: 3, k_shot: 2, inner_steps: 3, first_order: true, meta_test_classes: [5, 6, 7]}
""")
    assert cfg.task == "fewshot" and cfg.model.name == "ResNet"
    assert dict(cfg.model.args) == {"depth": 18} and cfg.model.norm == "instance"
    assert cfg.training.amp == "bf16" and cfg.training.early_stopping.patience == 2
    assert cfg.data.dims == 3 and cfg.data.image_size == 32
    assert [t["name"] for t in cfg.transforms] == ["window", "normalize"]
    assert cfg.privacy.target_epsilon == 3.0 and cfg.distributed.nproc_per_node == 2
    assert cfg.evaluation.metrics == ("accuracy", "auroc")
    assert cfg.fewshot.first_order and cfg.fewshot.meta_test_classes == (5, 6, 7)
    assert cfg.fusion is None


def test_fusion_and_segmentation_configs():
    cfg = parse_job_config(b"task: fusion\nfusion: {text_length: 32, d_model: 32, heads: 4}\n"
                           b"model: {name: ViT, args: {patch_size: 8, hidden_size: 64,"
                           b" num_heads: 4}}\n")
    assert cfg.fusion.text_length == 32 and cfg.fusion.ablation
    seg = parse_job_config(b"task: segmentation\nmodel: {name: UNet, args: "
                           b"{channels: [8, 16, 32], strides: [2, 2]}}\n")
    assert seg.model.args["channels"] == (8, 16, 32)


def test_every_error_is_reported_at_once():
    errors = errors_of("""
task: clasification
model: {name: DenseNet, args: {pretrained: true}}
training: {epochs: 0, batch_size: 99999, lr: -1, amp: fp8, optimiser: adam, seed: yes}
data: {image_size: 8, dims: 4}
privacy: {target_epsilon: 0}
distributed: {nproc_per_node: 0}
evaluation: {metrics: [accuracy, top5]}
bogus: 1
""")
    expected = [
        "task: must be one of classification, segmentation, fewshot, fusion "
        "(did you mean 'classification'?)",
        "model.name: must be one of",
        "model.args.pretrained: downloaded weights are not allowed",
        "training.epochs: must lie in [1, 1000]",
        "training.batch_size: must lie in [1, 1024]",
        "training.lr: must lie in (0.0, 10.0]",
        "training.amp: must be one of off, fp16, bf16",
        "training.optimiser: unknown key (did you mean 'optimizer'?)",
        "training.seed: must be an integer",
        "data.image_size: must lie in [16, 512]",
        "data.dims: must lie in [2, 3]",
        "privacy.target_epsilon: must lie in (0.0, 100.0]",
        "distributed.nproc_per_node: must lie in [1, 64]",
        "evaluation.metrics[1]: must be one of",
        "config.bogus: unknown key",
    ]
    for prefix in expected:
        assert any(e.startswith(prefix) for e in errors), (prefix, errors)
    assert len(errors) == len(expected)


def test_model_args_are_checked_per_network():
    errors = errors_of("model: {name: DenseNet121, args: {pretrained: true, growth_rate: 0,"
                       " depth: 18}}\n")
    assert "model.args.pretrained: downloaded weights are not allowed" in errors
    assert any(e.startswith("model.args.growth_rate: must lie in") for e in errors)
    assert any(e.startswith("model.args.depth: unknown key") for e in errors)
    assert errors_of("model: {name: ResNet, args: {depth: 20}}\n") == [
        "model.args.depth: must be one of 10, 18, 34, 50"]
    vit = errors_of("data: {image_size: 64}\nmodel: {name: ViT, args: {patch_size: 12,"
                    " hidden_size: 64, num_heads: 5}}\n")
    assert vit == ["model.args.patch_size: must divide data.image_size",
                   "model.args.num_heads: must divide model.args.hidden_size"]
    unet = errors_of("task: segmentation\nmodel: {name: UNet, args: {channels: [8, 16],"
                     " strides: [2, 2, 2]}}\n")
    assert unet == ["model.args.strides: must have one entry fewer than model.args.channels"]
    assert errors_of("model: {name: UNet, args: {channels: [8, x]}}\n") == [
        "model.args.channels[1]: must be an integer", "model.name: UNet does not fit task "
        "classification"]


def test_task_blocks_and_cross_checks():
    assert errors_of("task: fewshot\n") == ["fewshot: task fewshot needs a fewshot block"]
    assert errors_of("task: fusion\n") == ["fusion: task fusion needs a fusion block"]
    assert errors_of("fusion: {}\n") == ["fusion: only allowed with task fusion"]
    assert errors_of("task: segmentation\n") == ["model.name: task segmentation needs UNet"]
    assert errors_of("model: {norm: batch}\nprivacy: {}\n") == [
        "model.norm: batch norm cannot be trained with differential privacy"]
    assert errors_of("training: {amp: fp16}\nprivacy: {}\n") == [
        "training.amp: fp16 cannot be combined with differential privacy"]
    assert errors_of("task: fewshot\nfewshot: {n_way: 3, meta_test_classes: [1, 1]}\n") == [
        "fewshot.meta_test_classes: must name at least n_way distinct classes"]
    assert errors_of("task: fusion\nfusion: {d_model: 30, heads: 4}\n") == [
        "fusion.heads: must divide fusion.d_model"]
    assert errors_of("task: fewshot\nfewshot: {k_shot: 0, first_order: 1}\n") == [
        "fewshot.k_shot: must lie in [1, 50]", "fewshot.first_order: must be true or false"]
    assert errors_of("task: fewshot\nfewshot: {head_init: protos, init: scratch}\n") == [
        "fewshot.head_init: must be one of prototypes, zero (did you mean 'prototypes'?)",
        "fewshot.init: must be one of pretrained, random"]


def test_shapes_of_sections_and_transforms():
    assert errors_of("training: 5\n") == ["training: must be a mapping"]
    assert errors_of("transforms: {name: window}\n") == [
        "transforms: must be a list of at most 32 steps"]
    assert errors_of("transforms: [{name: window}, 3, {args: {}}, {name: a, extra: 1}]\n") == [
        "transforms[1]: must be a mapping {name: ..., args: {...}}",
        "transforms[2]: must be a mapping {name: ..., args: {...}}",
        "transforms[3]: must be a mapping {name: ..., args: {...}}"]
    assert errors_of("training: {early_stopping: {patience: 0, mode: max}}\n") == [
        "training.early_stopping.mode: unknown key; allowed: patience, min_delta",
        "training.early_stopping.patience: must lie in [1, 1000]"]


def test_documents_that_are_not_configs():
    assert errors_of("- a\n- b\n") == ["config: must be a mapping at the top"]
    assert errors_of("task: [unclosed\n") == ["config: not valid YAML (line 2)"]
    assert errors_of(b"\xff\xfe") == ["config: not UTF-8"]
    assert errors_of(b"a" * (MAX_CONFIG_BYTES + 1)) == [
        f"config: larger than {MAX_CONFIG_BYTES} bytes"]
    # a value from the document never appears in an error
    secret = "PATIENT-DOE-JOHN"
    assert not any(secret in e for e in errors_of(f"task: {secret}\n{secret}: 1\n"))


def test_the_document_is_read_once_and_validated_as_a_mapping():
    """What read_job_settings and the queue do: read the YAML once, validate that mapping."""
    text = b"queue: {priority: 5}\ntraining: {epochs: 3}\ndata: {image_size: 32}\n"
    doc = read_job_document(text)
    assert doc == {"queue": {"priority": 5}, "training": {"epochs": 3},
                   "data": {"image_size": 32}}
    assert parse_job_config(doc) == parse_job_config(text)
    assert doc["training"] == {"epochs": 3}  # validation leaves the document as it was
    assert read_job_document(b"") == read_job_document(b"  \n") == read_job_document(b"# x\n") == {}
    for bad, error in ((b"- a\n", "config: must be a mapping at the top"),
                       (b"a: &x 1\nb: *x\n", "config: YAML anchors and aliases are not allowed"),
                       (b"\xff", "config: not UTF-8")):
        with pytest.raises(InvalidJobConfig) as info:
            read_job_document(bad)
        assert info.value.errors == [error]


def test_hostile_documents_are_refused_with_one_error():
    """The config is a file a client sends: alias bombs and deep nesting are refused."""
    lol = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lol += f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
    lol += "transforms: [" + ", ".join(["*i"] * 9) + "]\n"  # 9**9 strings if expanded
    assert errors_of(lol) == ["config: YAML anchors and aliases are not allowed"]
    assert errors_of("training: &a {epochs: 3}\ndata: *a\n") == [
        "config: YAML anchors and aliases are not allowed"]
    assert errors_of("a: " + "[" * 20000 + "]" * 20000) == ["config: nested too deeply"]
    assert errors_of("transforms: [" + "{name: a}, " * 40 + "]\n") == [
        "transforms: must be a list of at most 32 steps"]
    # python-specific tags are not constructed
    assert errors_of("task: !!python/object/apply:os.system [echo hi]\n") == [
        "config: not valid YAML (line 1)"]

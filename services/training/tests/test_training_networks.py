"""MONAI networks by name from the job config (random init, GroupNorm, 2-D and 3-D), and the
segmentation network's ONNX export checked like every task's."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from medenclave_training.adapters.outbound.networks import build_network
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
from medenclave_training.core.job_config import ModelConfig, parse_job_config
from medenclave_training.core.ports import TrainingFailed

pytestmark = [pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning"),
              pytest.mark.usefixtures("one_torch_thread")]

CASES = [
    ("classification", "{name: DenseNet121, args: {init_features: 8, growth_rate: 8}}", 2, 32),
    ("classification", "{name: ResNet, args: {depth: 10, widen_factor: 0.25}}", 2, 32),
    ("classification", "{name: ResNet, args: {depth: 10, widen_factor: 0.25}}", 3, 16),
    ("classification", "{name: EfficientNet, args: {variant: b0}}", 2, 32),
    ("classification", "{name: ViT, args: {patch_size: 8, hidden_size: 32, mlp_dim: 64,"
                       " num_layers: 1, num_heads: 4}}", 2, 32),
    ("segmentation", "{name: UNet, args: {channels: [8, 16, 32], strides: [2, 2],"
                     " num_res_units: 1}}", 2, 32),
    ("segmentation", "{name: UNet, args: {channels: [8, 16], strides: [2]}}", 3, 16),
]


@pytest.mark.parametrize(("task", "model", "dims", "size"), CASES)
def test_every_named_network_builds_with_group_norm(task, model, dims, size):
    cfg = parse_job_config(f"task: {task}\nmodel: {model}\n"
                           f"data: {{image_size: {size}, dims: {dims}}}\n".encode())
    net = build_network(cfg.model, dims=dims, in_channels=1, out_channels=3,
                        image_size=size).eval()
    norms = [m for m in net.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    assert norms == []  # GroupNorm by default: serves as it trains, suits DP-SGD
    assert not any(getattr(m, "inplace", False) for m in net.modules())
    with torch.no_grad():
        out = net(torch.randn(2, 1, *([size] * dims)))
    assert out.shape == ((2, 3, *([size] * dims)) if task == "segmentation" else (2, 3))


def test_segmentation_export_matches_on_every_row():
    cfg = parse_job_config(b"task: segmentation\nmodel: {name: UNet, args: {channels: [8, 16],"
                           b" strides: [2], num_res_units: 1}}\n")
    torch.manual_seed(0)
    net = build_network(cfg.model, dims=2, in_channels=1, out_channels=2, image_size=32).eval()
    images = np.random.default_rng(0).normal(size=(6, 1, 32, 32)).astype(np.float32)
    onnx = export_onnx(net, {"image": images}, output="mask_logits")
    assert check_export(net, onnx, {"image": images}, output="mask_logits") <= 1e-4


def test_unknown_network_is_refused():
    with pytest.raises(TrainingFailed, match="model_args_invalid"):
        build_network(ModelConfig(name="LeNet"), dims=2, in_channels=1, out_channels=2,
                      image_size=32)

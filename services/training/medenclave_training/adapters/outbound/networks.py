"""MONAI networks by name, from a job config's ``model`` block: DenseNet121, ResNet,
EfficientNet, UNet, ViT, in 2-D or 3-D, randomly initialised (never downloaded weights),
GroupNorm by default and activations built non-inplace (per-sample gradients for DP-SGD need
that)."""

from __future__ import annotations

import math
from typing import Any

import torch

from medenclave_training.core.job_config import ModelConfig
from medenclave_training.core.ports import TrainingFailed

__all__ = ["build_network"]

_ACT = ("relu", {"inplace": False})


def _norm(kind: str, channels: list[int]) -> tuple[str, dict[str, Any]] | str:
    """MONAI's norm argument; GroupNorm with the largest group count ≤ 8 that divides every
    width the network normalises."""
    if kind != "group":
        return kind
    groups = 8
    for c in channels:
        groups = math.gcd(groups, int(c))
    return ("group", {"num_groups": max(groups, 1)})


def _densenet_widths(init: int, growth: int, blocks: tuple[int, ...] = (6, 12, 24, 16),
                     bn_size: int = 4) -> list[int]:
    """Every channel count DenseNet121 normalises (dense layers, transitions)."""
    widths, c = [init, bn_size * growth], init
    for i, n in enumerate(blocks):
        widths += [c + j * growth for j in range(n)]
        c += n * growth
        widths.append(c)
        if i < len(blocks) - 1:
            c //= 2
    return widths


class _Logits(torch.nn.Module):
    """MONAI's ViT returns (logits, hidden states): keep the logits."""

    def __init__(self, net: torch.nn.Module) -> None:
        super().__init__()
        self.net = net

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.net(image)[0]
        return out


def build_network(model: ModelConfig, *, dims: int, in_channels: int, out_channels: int,
                  image_size: int) -> torch.nn.Module:
    """The network ``model`` names, with its args (already checked by ``parse_job_config``).

    Raises:
        TrainingFailed: ``model_args_invalid`` (MONAI refused the combination).
    """
    from monai.networks import nets  # heavy; imported when a network is built

    a = dict(model.args)
    net = _build(nets, model.name, a, model.norm, dims=dims, in_channels=in_channels,
                 out_channels=out_channels, image_size=image_size)
    if model.norm == "group":
        _group_norm_everywhere(net)
    for module in net.modules():  # some MONAI blocks hard-code inplace activations
        if getattr(module, "inplace", False):
            module.inplace = False
    return net


def _group_norm_everywhere(net: torch.nn.Module) -> None:
    """Replace any BatchNorm MONAI hard-codes (e.g. ResNet's shortcut) by GroupNorm."""
    for name, child in list(net.named_children()):
        if isinstance(child, torch.nn.modules.batchnorm._BatchNorm):
            c = child.num_features
            setattr(net, name, torch.nn.GroupNorm(math.gcd(8, c), c))
        else:
            _group_norm_everywhere(child)


def _build(nets: Any, name: str, a: dict[str, Any], norm: str, *, dims: int, in_channels: int,
           out_channels: int, image_size: int) -> torch.nn.Module:
    model = ModelConfig(name=name, args=a, norm=norm)
    try:
        if model.name == "DenseNet121":
            init, growth = a.get("init_features", 64), a.get("growth_rate", 32)
            return nets.DenseNet121(
                spatial_dims=dims, in_channels=in_channels, out_channels=out_channels,
                init_features=init, growth_rate=growth, dropout_prob=a.get("dropout_prob", 0.0),
                norm=_norm(model.norm, _densenet_widths(init, growth)), act=_ACT)
        if model.name == "ResNet":
            depth = a.get("depth", 18)
            factory = getattr(nets, f"resnet{depth}")
            widths = [max(1, int(w * a.get("widen_factor", 1.0))) for w in (64, 128, 256, 512)]
            return factory(pretrained=False, spatial_dims=dims, n_input_channels=in_channels,
                           num_classes=out_channels, widen_factor=a.get("widen_factor", 1.0),
                           norm=_norm(model.norm, widths), act=_ACT)
        if model.name == "EfficientNet":
            return nets.EfficientNetBN(
                f"efficientnet-{a.get('variant', 'b0')}", pretrained=False, spatial_dims=dims,
                in_channels=in_channels, num_classes=out_channels,
                norm=_norm(model.norm, [8]))
        if model.name == "UNet":
            channels = a.get("channels", (16, 32, 64, 128))
            return nets.UNet(
                spatial_dims=dims, in_channels=in_channels, out_channels=out_channels,
                channels=channels, strides=a.get("strides", (2,) * (len(channels) - 1)),
                num_res_units=a.get("num_res_units", 2), dropout=a.get("dropout", 0.0),
                norm=_norm(model.norm, [*channels, out_channels]), act=_ACT)
        if model.name == "ViT":
            return _Logits(nets.ViT(
                in_channels=in_channels, img_size=image_size, patch_size=a.get("patch_size", 16),
                hidden_size=a.get("hidden_size", 768), mlp_dim=a.get("mlp_dim", 3072),
                num_layers=a.get("num_layers", 12), num_heads=a.get("num_heads", 12),
                classification=True, num_classes=out_channels, spatial_dims=dims,
                dropout_rate=a.get("dropout_rate", 0.0)))
    except (TypeError, ValueError, AssertionError, RuntimeError):
        raise TrainingFailed("model_args_invalid") from None
    raise TrainingFailed("model_args_invalid")

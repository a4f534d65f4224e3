"""Text classification of de-identified notes (the emergency triage scenario): a WordPiece
tokenizer learnt on the job's own corpus (HuggingFace ``tokenizers``, the fusion task's
:func:`~medenclave_training.adapters.outbound.fusion.train_tokenizer`: Chinese characters one
by one, English by words), a bag of embeddings (mean over the non-padding tokens) and a small
MLP with a softmax. The served graph takes ``token_ids`` int64 ``[B, L]`` (``[CLS]`` first,
0 = padding) and gives ``probabilities`` float32 ``[B, C]``; ``tokenizer.json`` and
``labels.json`` lie next to ``model.onnx`` in the version folder, so a caller tokenizes exactly
as training did.

The version is written as :class:`TritonModelRepository` writes image models (filled under a
hidden name, renamed into place, then config.pbtxt replaced atomically).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn

from medenclave.files import write_private
from medenclave_training.adapters.outbound.fusion import encode_texts, tokenizer_json, train_tokenizer
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx

__all__ = ["TextFit", "TextNet", "fit_text_classifier", "labels_json", "publish_version",
           "text_config_pbtxt"]


class TextNet(nn.Module):
    """Token ids → class probabilities (mean of the non-padding token embeddings, then MLP)."""

    def __init__(self, vocab: int, num_classes: int, dim: int = 48) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, dim, padding_idx=0)
        self.mlp = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, num_classes))

    def logits(self, token_ids: torch.Tensor) -> torch.Tensor:
        mask = (token_ids != 0).unsqueeze(-1).to(torch.float32)
        summed = (self.embed(token_ids) * mask).sum(dim=1)
        return self.mlp(summed / mask.sum(dim=1).clamp(min=1.0))

    def forward(self, token_ids: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.logits(token_ids), dim=1)


@dataclass
class TextFit:
    """The trained model, its ONNX bytes (checked against PyTorch) and the version's files."""

    model: TextNet
    onnx: bytes
    tokenizer: bytes
    labels: list[str]
    length: int
    val_accuracy: float
    train_loss: float
    seconds: float
    figures: dict = field(default_factory=dict)


def fit_text_classifier(texts: Sequence[str], labels: Sequence[str], *, val_texts: Sequence[str],
                        val_labels: Sequence[str], vocab_size: int = 2000, length: int = 96,
                        epochs: int = 8, batch_size: int = 32, lr: float = 5e-3,
                        seed: int = 0) -> TextFit:
    """Learn the tokenizer on ``texts``, train, export to ONNX and check the export on the
    validation split (the same check as every other task).

    Raises:
        TrainingFailed: ``export_failed`` or ``export_mismatch``.
    """
    started = time.perf_counter()
    names = sorted(set(labels))
    index = {name: i for i, name in enumerate(names)}
    tok = train_tokenizer(texts, vocab_size=vocab_size, length=length)
    x = torch.from_numpy(encode_texts(tok, texts))
    y = torch.tensor([index[v] for v in labels])
    vx = encode_texts(tok, val_texts)
    vy = np.array([index.get(v, -1) for v in val_labels])
    torch.manual_seed(seed)
    net = TextNet(tok.get_vocab_size(), len(names))
    opt = torch.optim.AdamW(net.parameters(), lr=lr)
    gen = torch.Generator().manual_seed(seed)
    loss_value = float("nan")
    for _ in range(max(epochs, 1)):
        net.train()
        order = torch.randperm(len(x), generator=gen)
        for start in range(0, len(x), batch_size):
            idx = order[start:start + batch_size]
            loss = nn.functional.cross_entropy(net.logits(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss_value = float(loss.detach())
    net.eval()
    with torch.no_grad():
        predicted = net(torch.from_numpy(vx)).argmax(dim=1).numpy()
    inputs = {"token_ids": vx}
    onnx = export_onnx(net, inputs)
    max_diff = check_export(net, onnx, inputs)
    return TextFit(model=net, onnx=onnx, tokenizer=tokenizer_json(tok), labels=names,
                   length=length, val_accuracy=float((predicted == vy).mean()),
                   train_loss=loss_value, seconds=time.perf_counter() - started,
                   figures={"vocab": tok.get_vocab_size(), "onnx_max_abs_diff": max_diff,
                            "train_notes": len(texts), "val_notes": len(val_texts)})


def text_config_pbtxt(name: str, *, length: int, num_classes: int, served: int,
                      max_batch_size: int = 32, queue_delay_us: int = 1000) -> str:
    """config.pbtxt for a :class:`TextNet` serving only version ``served``."""
    return (f'name: "{name}"\nplatform: "onnxruntime_onnx"\nmax_batch_size: {max_batch_size}\n'
            f'input [ {{ name: "token_ids" data_type: TYPE_INT64 dims: [ {length} ] }} ]\n'
            f'output [ {{ name: "probabilities" data_type: TYPE_FP32 dims: [ {num_classes} ] }} ]\n'
            "instance_group [ { count: 1 kind: KIND_CPU } ]\n"
            f"dynamic_batching {{ max_queue_delay_microseconds: {queue_delay_us} }}\n"
            f"version_policy {{ specific {{ versions: [ {served} ] }} }}\n")


def publish_version(root: Path, *, name: str, version: int, onnx: bytes, config_pbtxt: str,
                    extras: Mapping[str, bytes] | None = None) -> Path:
    """Write ``root/name/version/`` (model.onnx and ``extras``) and ``config.pbtxt``; the
    version folder appears whole or not at all.

    Raises:
        FileExistsError: the version exists.
    """
    model_dir = root / name
    model_dir.mkdir(parents=True, exist_ok=True)
    final = model_dir / str(version)
    if final.exists():
        raise FileExistsError(f"version {version} exists")
    staging = model_dir / f".{version}.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        for extra, data in (extras or {}).items():
            write_private(staging / Path(extra).name, data, mode=0o644)
        write_private(staging / "model.onnx", onnx, mode=0o644)
        os.rename(staging, final)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    write_private(model_dir / "config.pbtxt", config_pbtxt, mode=0o644)
    return final


def labels_json(labels: Sequence[str]) -> bytes:
    """``labels.json``: the class names in output order."""
    return json.dumps(list(labels), ensure_ascii=False).encode()

"""Image + report fusion: an image encoder and a small transformer over the de-identified
report text, fused by cross-attention both ways (image tokens attend to text tokens and text
tokens to image tokens), then a classification head.

The tokenizer (HuggingFace ``tokenizers``, WordPiece) is trained here on the de-identified
corpus of the job (Chinese characters are split one by one, English by words), and saved with
the model as ``tokenizer.json``. The served graph takes two inputs: ``image`` (float32
``[B, 1, S, S]``) and ``token_ids`` (int64 ``[B, L]``, 0 = padding).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
from torch import nn
from torch.nn import functional as F

from medenclave.reports import encode_texts
from medenclave_training.core.job_config import FusionConfig
from medenclave_training.core.ports import Progress, TrainingCancelled, TrainingFailed

__all__ = ["FusionFit", "FusionNet", "encode_texts", "fit_fusion", "train_tokenizer"]

PAD, UNK, CLS = "[PAD]", "[UNK]", "[CLS]"


def train_tokenizer(corpus: Sequence[str], *, vocab_size: int, length: int) -> Tokenizer:
    """A WordPiece tokenizer learnt from ``corpus`` (already de-identified); with ``[CLS]``
    put first by :func:`encode_texts`, every text becomes ``length`` ids, ``[PAD]`` = 0."""
    tok = Tokenizer(models.WordPiece(unk_token=UNK))
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True,
                                                strip_accents=True, lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(list(corpus), trainers.WordPieceTrainer(
        vocab_size=vocab_size, special_tokens=[PAD, UNK, CLS], show_progress=False))
    tok.enable_truncation(max_length=length - 1)
    tok.enable_padding(length=length - 1, pad_id=0, pad_token=PAD)
    return tok


class _Attention(nn.Module):
    """Multi-head attention of ``x`` over ``ctx`` (written out: exports to plain ONNX ops)."""

    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(dim, dim) for _ in range(4))
        self.norm = nn.LayerNorm(dim)

    def forward(self, x: torch.Tensor, ctx: torch.Tensor,
                ctx_pad: torch.Tensor | None = None) -> torch.Tensor:
        b, lq, d = x.shape
        h, dh = self.heads, d // self.heads
        q = self.q(x).reshape(b, lq, h, dh).transpose(1, 2)
        k = self.k(ctx).reshape(b, -1, h, dh).transpose(1, 2)
        v = self.v(ctx).reshape(b, -1, h, dh).transpose(1, 2)
        scores = q @ k.transpose(-1, -2) / math.sqrt(dh)
        if ctx_pad is not None:
            scores = scores.masked_fill(ctx_pad[:, None, None, :], -1e4)
        out = (scores.softmax(dim=-1) @ v).transpose(1, 2).reshape(b, lq, d)
        return self.norm(x + self.o(out))


class _Block(nn.Module):
    """Self-attention and a feed-forward layer (post-norm)."""

    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.attn = _Attention(dim, heads)
        self.ff = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim))
        self.norm = nn.LayerNorm(dim)

    def forward(self, x: torch.Tensor, pad: torch.Tensor) -> torch.Tensor:
        x = self.attn(x, x, pad)
        return self.norm(x + self.ff(x))


class _ImageTokens(nn.Module):
    """A small CNN whose last feature map becomes a sequence of image tokens."""

    def __init__(self, dim: int, image_size: int) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        cin = 1
        for cout in (dim // 4, dim // 2, dim):
            layers += [nn.Conv2d(cin, cout, 3, padding=1), nn.GroupNorm(4, cout),
                       nn.ReLU(inplace=False), nn.MaxPool2d(2)]
            cin = cout
        self.conv = nn.Sequential(*layers)
        self.pos = nn.Parameter(torch.zeros(1, (image_size // 8) ** 2, dim))

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        return self.conv(image).flatten(2).transpose(1, 2) + self.pos


class _VitTokens(nn.Module):
    """MONAI's ViT (random init, no downloads) as the image encoder: its patch tokens."""

    def __init__(self, dim: int, image_size: int, heads: int) -> None:
        super().__init__()
        from monai.networks.nets import ViT  # imported only when asked for
        self.vit = ViT(in_channels=1, img_size=image_size, patch_size=8, hidden_size=dim,
                       mlp_dim=2 * dim, num_layers=2, num_heads=heads, spatial_dims=2,
                       classification=False)

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.vit(image)[0]
        return out


class FusionNet(nn.Module):
    """Image ↔ text cross-attention classifier; ``text=False`` is the image-only ablation
    (same image encoder and head, no text input)."""

    def __init__(self, cfg: FusionConfig, *, vocab: int, image_size: int, num_classes: int,
                 text: bool = True) -> None:
        super().__init__()
        d = cfg.d_model
        self.use_text = text
        self.image = _VitTokens(d, image_size, cfg.heads) if cfg.image_encoder == "vit" \
            else _ImageTokens(d, image_size)
        if text:
            self.embed = nn.Embedding(vocab, d, padding_idx=0)
            self.pos = nn.Parameter(torch.zeros(1, cfg.text_length, d))
            self.text = nn.ModuleList(_Block(d, cfg.heads) for _ in range(cfg.text_layers))
            self.img_to_txt = _Attention(d, cfg.heads)
            self.txt_to_img = _Attention(d, cfg.heads)
        self.head = nn.Sequential(nn.Linear(2 * d if text else d, d), nn.GELU(),
                                  nn.Linear(d, num_classes))

    def forward(self, image: torch.Tensor, token_ids: torch.Tensor | None = None
                ) -> torch.Tensor:
        img = self.image(image)
        if not self.use_text or token_ids is None:
            return torch.softmax(self.head(img.mean(dim=1)), dim=1)
        pad = token_ids == 0
        txt = self.embed(token_ids) + self.pos[:, :token_ids.shape[1]]
        for block in self.text:
            txt = block(txt, pad)
        img2 = self.img_to_txt(img, txt, pad)     # image tokens attend to the report
        txt2 = self.txt_to_img(txt, img, None)     # report tokens attend to the image
        keep = (~pad).unsqueeze(-1).to(txt2.dtype)
        txt_pooled = (txt2 * keep).sum(dim=1) / keep.sum(dim=1).clamp(min=1.0)
        fused = torch.cat([img2.mean(dim=1), txt_pooled], dim=1)
        return torch.softmax(self.head(fused), dim=1)


@dataclass(frozen=True)
class FusionFit:
    model: FusionNet
    val_accuracy: float
    train_loss: float


def fit_fusion(cfg: FusionConfig, *, images: np.ndarray, tokens: np.ndarray | None,
               labels: Sequence[int], val_images: np.ndarray, val_tokens: np.ndarray | None,
               val_labels: Sequence[int], num_classes: int, vocab: int, epochs: int,
               batch_size: int, lr: float, seed: int,
               progress: Progress | None = None) -> FusionFit:
    """Train a :class:`FusionNet` (image-only when ``tokens`` is None) with AdamW;
    ``progress`` hears of every epoch (epoch, mean loss) and stops the run with False.

    Raises:
        TrainingFailed: ``training_diverged``.
        TrainingCancelled: ``progress`` returned False.
    """
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    text = tokens is not None
    net = FusionNet(cfg, vocab=vocab, image_size=images.shape[-1], num_classes=num_classes,
                    text=text)
    opt = torch.optim.AdamW(net.parameters(), lr=lr)
    x, y = torch.from_numpy(images), torch.tensor(list(labels))
    t = torch.from_numpy(tokens) if tokens is not None else None
    loss_value = float("nan")
    for epoch in range(epochs):
        net.train()
        total = 0.0
        perm = torch.randperm(len(x), generator=gen)
        for i in range(0, len(x), batch_size):
            idx = perm[i:i + batch_size]
            probs = net(x[idx], t[idx] if t is not None else None)
            loss = F.nll_loss(torch.log(probs.clamp(min=1e-7)), y[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(idx)
        loss_value = total / len(x)
        if not math.isfinite(loss_value):
            raise TrainingFailed("training_diverged")
        if progress is not None and not progress(epoch + 1, loss_value):
            raise TrainingCancelled
    net.eval()
    with torch.no_grad():
        probs = net(torch.from_numpy(val_images),
                    torch.from_numpy(val_tokens) if text and val_tokens is not None else None)
    accuracy = float((probs.argmax(dim=1) == torch.tensor(list(val_labels))).float().mean())
    return FusionFit(model=net, val_accuracy=accuracy, train_loss=loss_value)


def tokenizer_json(tok: Tokenizer) -> bytes:
    """The tokenizer as saved next to the model (``tokenizer.json``)."""
    return json.dumps(json.loads(tok.to_str()), ensure_ascii=False, sort_keys=True).encode()

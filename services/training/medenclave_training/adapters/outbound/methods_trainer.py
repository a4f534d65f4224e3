"""The few-shot and fusion tasks end to end, as the job service will run them: train, report,
export to ONNX with a dynamic batch and check the export on the whole validation split.
Each returns a :class:`TrainedModel` whose ``metrics`` carry the task's report and whose
``extras`` carry the files saved next to ``model.onnx`` (fusion: ``tokenizer.json``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from medenclave_training.adapters.outbound.fewshot import FewShotData, FewShotLearner
from medenclave_training.adapters.outbound.fusion import (
    encode_texts,
    fit_fusion,
    tokenizer_json,
    train_tokenizer,
)
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
from medenclave_training.core.job_config import FewShotConfig, FusionConfig, JobConfig
from medenclave_training.core.ports import Progress, TrainedModel, TrainingFailed

__all__ = ["train_fewshot", "train_fusion"]


def _split_by_patient(data: FewShotData, classes: Sequence[int], k_shot: int, seed: int
                      ) -> tuple[list[int], list[int]]:
    """Support (K images per class, from as few patients as give K) and validation (every
    image of the other patients of those classes)."""
    rng = np.random.default_rng(seed)
    support: list[int] = []
    val: list[int] = []
    for cls in classes:
        patients = sorted({p for p, c in zip(data.patients, data.labels, strict=True)
                           if c == cls})
        rng.shuffle(patients)
        taken: list[int] = []
        for patient in patients[:-1]:  # at least one patient stays for validation
            if len(taken) >= k_shot:
                break
            taken += [i for i, p in enumerate(data.patients) if p == patient][:k_shot - len(taken)]
        used = {data.patients[i] for i in taken}
        support += taken
        val += [i for i, (p, c) in enumerate(zip(data.patients, data.labels, strict=True))
                if c == cls and p not in used]
    return support, val


def train_fewshot(config: JobConfig, data: FewShotData, *, threads: int = 2) -> TrainedModel:
    """Meta-train on every class but the held-out ones, meta-test on those (report with CI and
    baseline), then adapt to the first ``n_way`` held-out classes and export that classifier.

    Raises:
        TrainingFailed: a sampler code, ``training_diverged``, ``export_failed`` or
            ``export_mismatch``.
    """
    cfg = config.fewshot or FewShotConfig()
    seed = config.training.seed
    classes = sorted(set(data.labels))
    held_out = list(cfg.meta_test_classes) or classes[-cfg.n_way:]
    if set(held_out) - set(classes):
        raise TrainingFailed("fewshot_class_missing")
    learner = FewShotLearner(cfg, seed=seed, threads=threads)
    meta_train = [c for c in classes if c not in held_out]
    loss = learner.meta_train(data, meta_train)
    report = learner.evaluate(data, held_out, episodes=cfg.test_episodes, seed=seed + 1)
    target = held_out[:cfg.n_way]
    support, val = _split_by_patient(data, target, cfg.k_shot, seed)
    index = {c: i for i, c in enumerate(target)}
    model = learner.adapt_model([data.images[i] for i in support],
                                [index[data.labels[i]] for i in support])
    served = torch.nn.Sequential(model, torch.nn.Softmax(dim=1)).eval()
    val_x = np.stack([data.images[i] for i in val]).astype(np.float32)
    val_y = np.array([index[data.labels[i]] for i in val])
    with torch.no_grad():
        accuracy = float((served(torch.from_numpy(val_x)).argmax(dim=1).numpy() == val_y).mean())
    onnx = export_onnx(served, {"image": val_x})
    diff = check_export(served, onnx, {"image": val_x})
    return TrainedModel(onnx=onnx, val_accuracy=accuracy, train_loss=loss, metrics={
        **report.as_metrics(), "meta_train_classes": meta_train, "served_classes": target,
        "onnx_max_abs_diff": diff})


def train_fusion(config: JobConfig, *, images: Sequence[np.ndarray], texts: Sequence[str],
                 labels: Sequence[int], val_images: Sequence[np.ndarray],
                 val_texts: Sequence[str], val_labels: Sequence[int], num_classes: int,
                 threads: int = 2, progress: Progress | None = None) -> TrainedModel:
    """Train the tokenizer on the (de-identified) training reports, the fusion model and, with
    ``ablation``, the image-only model; export fusion with inputs ``image`` and ``token_ids``.
    ``progress`` hears of the fusion model's epochs (a False stops the run).

    Raises:
        TrainingFailed: ``training_diverged``, ``export_failed`` or ``export_mismatch``.
    """
    cfg = config.fusion or FusionConfig()
    torch.set_num_threads(threads)
    tok = train_tokenizer(texts, vocab_size=cfg.vocab_size, length=cfg.text_length)
    ids, v_ids = encode_texts(tok, texts), encode_texts(tok, val_texts)
    x, v_x = np.stack(list(images)).astype(np.float32), np.stack(list(val_images)).astype(
        np.float32)
    common = {"labels": labels, "val_images": v_x, "val_labels": val_labels,
              "num_classes": num_classes, "vocab": tok.get_vocab_size(),
              "epochs": config.training.epochs, "batch_size": config.training.batch_size,
              "lr": config.training.lr, "seed": config.training.seed}
    fused = fit_fusion(cfg, images=x, tokens=ids, val_tokens=v_ids, progress=progress, **common)
    metrics: dict[str, float] = {"fusion_val_accuracy": fused.val_accuracy}
    if cfg.ablation:
        alone = fit_fusion(cfg, images=x, tokens=None, val_tokens=None, **common)
        metrics["image_only_val_accuracy"] = alone.val_accuracy
    inputs = {"image": v_x, "token_ids": v_ids}
    onnx = export_onnx(fused.model, inputs)
    metrics["onnx_max_abs_diff"] = check_export(fused.model, onnx, inputs)
    return TrainedModel(onnx=onnx, val_accuracy=fused.val_accuracy,
                        train_loss=fused.train_loss, metrics=metrics,
                        extras={"tokenizer.json": tokenizer_json(tok)})

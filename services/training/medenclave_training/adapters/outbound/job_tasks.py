"""What a job's config asks the trainer for, in the trainer's terms: the runtime options
(mixed precision, gradient checkpointing, DP-SGD, processes), the network of ``model``, and
the few-shot and fusion tasks run on the job's :class:`TrainingData`.

The job's own ``epochs`` and ``seed`` (StartJob's fields, else the config's) win over the
config's ``training`` block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
import onnxruntime as ort
import torch
from tokenizers import Tokenizer

from medenclave_training.adapters.outbound.fewshot import FewShotData
from medenclave_training.adapters.outbound.fusion import encode_texts
from medenclave_training.adapters.outbound.methods_trainer import train_fewshot, train_fusion
from medenclave_training.adapters.outbound.networks import build_network
from medenclave_training.adapters.outbound.segmentation import train_segmentation
from medenclave_training.core.dataset_jobs import runtime_document
from medenclave_training.core.job_config import FusionConfig, JobConfig, ModelConfig
from medenclave_training.core.ports import (
    Progress,
    TrainedModel,
    TrainingData,
    TrainingFailed,
)
from medenclave_training.core.runtime import InvalidRuntimeOptions, RuntimeOptions

__all__ = ["job_runtime", "network_builder", "train_task"]


def job_runtime(config: JobConfig, base: RuntimeOptions) -> RuntimeOptions | None:
    """The config's runtime options on top of the service's ``base`` (checkpoint interval);
    None when the config sets none of them (the service's own switches apply).

    Raises:
        TrainingFailed: ``config_invalid`` (StartJob checked it; a stored config may predate
            a check).
    """
    training = config.training
    if training.amp == "off" and not training.gradient_checkpointing \
            and config.privacy is None and config.distributed.nproc_per_node == 1 \
            and config.distributed.nnodes == 1:
        return None
    doc = runtime_document(config, checkpoint_every=base.checkpoint_every)
    try:
        return RuntimeOptions.from_dict(doc)
    except InvalidRuntimeOptions:
        raise TrainingFailed("config_invalid") from None


def network_builder(config: JobConfig, data: TrainingData
                    ) -> Callable[[], torch.nn.Module] | None:
    """A builder of the network ``model`` names (``data.dims`` spatial dimensions, one input
    channel); None when the config has no ``model`` block (the service's small DenseNet)."""
    if config.model == ModelConfig():
        return None
    return lambda: build_network(config.model, dims=config.data.dims, in_channels=1,
                                 out_channels=data.num_classes, image_size=data.image_size)


def train_task(config: JobConfig, data: TrainingData, *, epochs: int, seed: int,
               threads: int, progress: Progress | None = None) -> TrainedModel:
    """Train a few-shot, fusion or segmentation (:mod:`.segmentation`) job on ``data``
    (every split of a few-shot job is one pool of patients: meta-training and meta-testing
    split it by class, not by the dataset split).

    Fusion reports its epochs to ``progress`` (and stops when it answers False); few-shot
    sees a cancel only when it ends.

    Raises:
        TrainingFailed: the task's codes, ``fewshot_patients_missing``,
            ``report_text_missing`` or ``task_not_supported``.
        TrainingCancelled: ``progress`` returned False.
    """
    config = replace(config, training=replace(config.training, epochs=epochs, seed=seed))
    if config.task == "fewshot":
        images = [*data.train_images, *data.val_images, *data.test_images]
        patients = [*data.train_patients, *data.val_patients, *data.test_patients]
        if len(patients) != len(images):
            raise TrainingFailed("fewshot_patients_missing")
        pool = FewShotData(images=images, labels=[*data.train_labels, *data.val_labels,
                                                  *data.test_labels], patients=patients)
        trained = train_fewshot(config, pool, threads=threads)
        n_way = config.fewshot.n_way if config.fewshot is not None else 0
        return replace(trained, num_classes=n_way)
    if config.task == "fusion":
        if len(data.train_texts) != len(data.train_images) \
                or len(data.val_texts) != len(data.val_images):
            raise TrainingFailed("report_text_missing")
        trained = train_fusion(
            config, images=data.train_images, texts=data.train_texts,
            labels=data.train_labels, val_images=data.val_images, val_texts=data.val_texts,
            val_labels=data.val_labels, num_classes=data.num_classes, threads=threads,
            progress=progress)
        val, test = _fusion_probabilities(trained, data)
        return replace(trained, text_length=(config.fusion or FusionConfig()).text_length,
                       val_probabilities=val, test_probabilities=test)
    if config.task == "segmentation":
        return train_segmentation(config, data, threads=threads, progress=progress)
    raise TrainingFailed("task_not_supported")


def _fusion_probabilities(trained: TrainedModel, data: TrainingData
                          ) -> tuple[np.ndarray, np.ndarray | None]:
    """The served graph's probabilities on validation and test (images with their reports,
    through the saved tokenizer), for the runner's evaluation."""
    tok = Tokenizer.from_str(trained.extras["tokenizer.json"].decode("utf-8"))
    session = ort.InferenceSession(trained.onnx, providers=["CPUExecutionProvider"])

    def scores(images: Sequence[np.ndarray], texts: Sequence[str]) -> np.ndarray:
        x, ids = np.stack(list(images)).astype(np.float32), encode_texts(tok, texts)
        return np.concatenate([session.run(["probabilities"], {
            "image": x[i:i + 64], "token_ids": ids[i:i + 64]})[0]
            for i in range(0, len(x), 64)])
    test = scores(data.test_images, data.test_texts) \
        if len(data.test_images) and len(data.test_texts) == len(data.test_images) else None
    return scores(data.val_images, data.val_texts), test

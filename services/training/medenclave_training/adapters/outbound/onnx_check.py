"""ONNX export for every task, with a dynamic batch dimension on every input, checked against
PyTorch on the whole validation split before anyone may register the model.

fp32 models must agree within ``MAX_ABS_DIFF`` (1e-4) on every output value; the check runs
the split through onnxruntime in batches of several sizes, so the dynamic batch is exercised.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from medenclave_training.core.ports import TrainingFailed

__all__ = ["MAX_ABS_DIFF", "check_export", "export_onnx", "instance_kind"]

log = logging.getLogger(__name__)

MAX_ABS_DIFF = 1e-4
_CHECK_BATCH = 64


def instance_kind(setting: str) -> str:
    """Triton's instance kind for the ``serving_instance_kind`` setting (``auto``: KIND_GPU
    when torch sees a CUDA device here)."""
    if setting != "auto":
        return setting
    return "KIND_GPU" if torch.cuda.is_available() else "KIND_CPU"


def export_onnx(module: torch.nn.Module, examples: Mapping[str, np.ndarray], *,
                output: str = "probabilities") -> bytes:
    """Export ``module`` (called with the inputs of ``examples`` in order) to ONNX bytes.

    Raises:
        TrainingFailed: ``export_failed``.
    """
    module = module.cpu().eval()
    names = list(examples)
    args = tuple(torch.from_numpy(np.ascontiguousarray(v[:2])) for v in examples.values())
    batch = torch.export.Dim("batch", min=1, max=4096)
    with tempfile.TemporaryDirectory(prefix="medenclave-onnx-") as tmp:
        path = Path(tmp) / "model.onnx"
        try:
            program = torch.onnx.export(
                module, args, input_names=names, output_names=[output],
                dynamic_shapes=tuple({0: batch} for _ in names), dynamo=True,
                external_data=False, verbose=False)
            program.save(str(path))
        except Exception as exc:  # the dynamo exporter can fail on some graphs
            log.warning("dynamo export failed, using the TorchScript exporter", extra={
                "code": "TRN-350", "fields": {"error": type(exc).__name__}})
            try:
                torch.onnx.export(module, args, str(path), input_names=names,
                                  output_names=[output], dynamo=False,
                                  dynamic_axes={n: {0: "batch"} for n in [*names, output]})
            except Exception as exc2:
                log.error("onnx export failed", extra={
                    "code": "TRN-351", "fields": {"error": type(exc2).__name__}})
                raise TrainingFailed("export_failed") from None
        return path.read_bytes()


def check_export(module: torch.nn.Module, onnx_bytes: bytes, inputs: Mapping[str, np.ndarray],
                 *, output: str = "probabilities", max_abs_diff: float = MAX_ABS_DIFF) -> float:
    """Run every row of ``inputs`` (the whole validation split) through PyTorch and
    onnxruntime; returns the largest absolute difference.

    Raises:
        TrainingFailed: ``export_mismatch`` (a difference above ``max_abs_diff``, a wrong shape
            or a graph onnxruntime cannot run).
    """
    module = module.cpu().eval()
    rows = len(next(iter(inputs.values())))
    worst = 0.0
    try:
        session = ort.InferenceSession(onnx_bytes, providers=["CPUExecutionProvider"])
        start = 0
        while start < rows:
            size = 1 if start == 0 else 3 if start == 1 else _CHECK_BATCH  # batch is dynamic
            part = {k: np.ascontiguousarray(v[start:start + size]) for k, v in inputs.items()}
            with torch.no_grad():
                expected = module(*(torch.from_numpy(v) for v in part.values())).numpy()
            got = session.run([output], part)[0]
            if got.shape != expected.shape:
                raise TrainingFailed("export_mismatch")
            worst = max(worst, float(np.max(np.abs(got - expected))))
            start += size
    except TrainingFailed:
        raise
    except Exception as exc:
        log.error("onnx check failed", extra={
            "code": "TRN-352", "fields": {"error": type(exc).__name__}})
        raise TrainingFailed("export_mismatch") from None
    if not worst <= max_abs_diff:
        log.error("onnx output differs from the trained model", extra={
            "code": "TRN-353", "fields": {"max_abs_diff": worst}})
        raise TrainingFailed("export_mismatch")
    return worst

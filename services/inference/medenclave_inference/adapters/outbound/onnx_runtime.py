"""onnxruntime as the embedded server's model runtime: one InferenceSession per loaded
version, CPU execution provider, runs on worker threads so the event loop stays free."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence

import numpy as np
import onnxruntime as ort

from medenclave_inference.core.errors import InferenceFailed, ModelLoadFailed
from medenclave_inference.core.model_config import ModelConfig, signature_of

__all__ = ["OnnxModelRuntime"]

_ORT_TYPES = {
    "tensor(float)": "FP32", "tensor(float16)": "FP16", "tensor(double)": "FP64",
    "tensor(int64)": "INT64", "tensor(int32)": "INT32", "tensor(int16)": "INT16",
    "tensor(int8)": "INT8", "tensor(uint8)": "UINT8", "tensor(uint16)": "UINT16",
    "tensor(uint32)": "UINT32", "tensor(uint64)": "UINT64", "tensor(bool)": "BOOL",
}


def _check_against_config(session: ort.InferenceSession,
                          config: ModelConfig) -> None:
    signature = signature_of(config)
    have_in = {i.name: i for i in session.get_inputs()}
    have_out = {o.name: o for o in session.get_outputs()}
    for kind, specs, have in (("input", signature.inputs, have_in),
                              ("output", signature.outputs, have_out)):
        for spec in specs:
            node = have.get(spec.name)
            if node is None:
                raise ModelLoadFailed(f"model '{config.name}': the ONNX file has no {kind} "
                                      f"'{spec.name}'")
            if _ORT_TYPES.get(node.type) != spec.datatype:
                raise ModelLoadFailed(f"model '{config.name}': {kind} '{spec.name}' is "
                                      f"{node.type} in the ONNX file, {spec.datatype} in "
                                      f"config.pbtxt")
            if kind == "input" and len(node.shape) != len(spec.shape):
                raise ModelLoadFailed(f"model '{config.name}': input '{spec.name}' has rank "
                                      f"{len(node.shape)} in the ONNX file, {len(spec.shape)} "
                                      f"in config.pbtxt")
    missing = [n for n in have_in if signature.input(n) is None]
    if missing:
        raise ModelLoadFailed(f"model '{config.name}': ONNX inputs not in config.pbtxt: "
                              f"{', '.join(missing)}")


class OnnxModelRuntime:
    """:class:`~medenclave_inference.core.ports.ModelRuntime` on onnxruntime (CPU)."""

    def __init__(self, *, intra_op_threads: int = 0) -> None:
        self._sessions: dict[tuple[str, int], ort.InferenceSession] = {}
        self._intra_op_threads = intra_op_threads

    def _open(self, model_file: str, config: ModelConfig) -> ort.InferenceSession:
        options = ort.SessionOptions()
        options.intra_op_num_threads = self._intra_op_threads
        options.log_severity_level = 3
        try:
            session = ort.InferenceSession(model_file, sess_options=options,
                                           providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelLoadFailed(f"model '{config.name}': onnxruntime could not load the "
                                  f"model file ({type(exc).__name__})") from None
        _check_against_config(session, config)
        return session

    async def load(self, *, model: str, version: int, config: ModelConfig,
                   model_file: str) -> None:
        session = await asyncio.to_thread(self._open, model_file, config)
        self._sessions[(model, version)] = session

    async def unload(self, *, model: str, version: int) -> None:
        self._sessions.pop((model, version), None)

    async def run(self, *, model: str, version: int, inputs: Mapping[str, np.ndarray],
                  outputs: Sequence[str]) -> list[np.ndarray]:
        session = self._sessions.get((model, version))
        if session is None:
            raise InferenceFailed(f"model '{model}' version {version} is not loaded")
        try:
            results = await asyncio.to_thread(session.run, list(outputs), dict(inputs))
        except Exception as exc:
            raise InferenceFailed(f"onnxruntime failed on model '{model}' version {version} "
                                  f"({type(exc).__name__})") from None
        return [np.asarray(r) for r in results]


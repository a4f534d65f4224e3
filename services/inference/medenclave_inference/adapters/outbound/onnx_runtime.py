"""onnxruntime as the embedded server's model runtime: ``instance_group`` count sessions per
loaded version (Triton's model instances), run on worker threads so the event loop stays free.

Execution provider: CUDA when onnxruntime has it and the config does not ask for ``KIND_CPU``
(``KIND_GPU`` or ``KIND_AUTO``); CPU otherwise. A ``KIND_GPU`` model on a machine without CUDA
runs on the CPU with warning INF-030 (Triton would refuse it; a hospital's CPU-only node
keeps serving)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import onnxruntime as ort

from medenclave_inference.core.errors import InferenceFailed, ModelLoadFailed
from medenclave_inference.core.model_config import ModelConfig, signature_of
from medenclave_inference.core.ports import JoinedRun

__all__ = ["OnnxModelRuntime", "providers_for"]

log = logging.getLogger(__name__)

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


def providers_for(config: ModelConfig, available: Sequence[str]) -> list[str]:
    """onnxruntime execution providers for ``config``'s instance kind, given ``available``."""
    kind = config.instance_group.kind
    if kind != "KIND_CPU" and "CUDAExecutionProvider" in available:
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    if kind == "KIND_GPU":
        log.warning("KIND_GPU model runs on the CPU: no CUDA execution provider",
                    extra={"code": "INF-030", "fields": {"model": config.name}})
    return ["CPUExecutionProvider"]


class OnnxModelRuntime:
    """:class:`~medenclave_inference.core.ports.ModelRuntime` on onnxruntime (CPU)."""

    def __init__(self, *, intra_op_threads: int = 0, spin: bool = False) -> None:
        """
        Args:
            intra_op_threads: onnxruntime's threads per session (0: its default, one a core
                for every session). Several instances on few cores run more threads than
                cores with 0: less CPU per request under load with 1, but a lone request's
                run is no longer spread over the cores (docs/benchmarks.md, issue 14).
            spin: let those threads busy-wait for the next run (onnxruntime's default). Off
                here: a server does other work between runs (gRPC, the audit record's
                PubAck), which spinning threads starve on a small CPU (docs/benchmarks.md,
                issue 14's overhead round).
        """
        self._sessions: dict[tuple[str, int], list[ort.InferenceSession]] = {}
        #: one thread per instance of each loaded version: ``session.run`` never waits
        #: behind other work in asyncio's default executor (file reads, model loads)
        self._threads: dict[tuple[str, int], ThreadPoolExecutor] = {}
        self._intra_op_threads = intra_op_threads
        self._spin = spin

    def _open(self, model_file: str, config: ModelConfig) -> list[ort.InferenceSession]:
        return [self._open_one(model_file, config) for _ in range(config.instance_group.count)]

    def _open_one(self, model_file: str, config: ModelConfig) -> ort.InferenceSession:
        options = ort.SessionOptions()
        options.intra_op_num_threads = self._intra_op_threads
        options.log_severity_level = 3
        if not self._spin:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            session = ort.InferenceSession(
                model_file, sess_options=options,
                providers=providers_for(config, ort.get_available_providers()))
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelLoadFailed(f"model '{config.name}': onnxruntime could not load the "
                                  f"model file ({type(exc).__name__})") from None
        _check_against_config(session, config)
        return session

    async def load(self, *, model: str, version: int, config: ModelConfig,
                   model_file: str) -> None:
        sessions = await asyncio.to_thread(self._open, model_file, config)
        old = self._threads.pop((model, version), None)
        self._threads[(model, version)] = ThreadPoolExecutor(
            max_workers=len(sessions), thread_name_prefix=f"ort-{model}-{version}")
        self._sessions[(model, version)] = sessions
        if old is not None:
            old.shutdown(wait=False)  # runs under way finish; their threads then exit

    async def unload(self, *, model: str, version: int) -> None:
        self._sessions.pop((model, version), None)
        threads = self._threads.pop((model, version), None)
        if threads is not None:
            threads.shutdown(wait=False)

    async def run(self, *, model: str, version: int, inputs: Mapping[str, np.ndarray],
                  outputs: Sequence[str], instance: int = 0) -> list[np.ndarray]:
        sessions = self._sessions.get((model, version))
        if not sessions:
            raise InferenceFailed(f"model '{model}' version {version} is not loaded")
        session = sessions[instance % len(sessions)]
        threads = self._threads[(model, version)]
        try:
            results = await asyncio.get_running_loop().run_in_executor(
                threads, session.run, list(outputs), dict(inputs))
        except Exception as exc:
            raise InferenceFailed(f"onnxruntime failed on model '{model}' version {version} "
                                  f"({type(exc).__name__})") from None
        return [np.asarray(r) for r in results]

    async def run_joined(self, *, model: str, version: int,
                         parts: Sequence[Mapping[str, np.ndarray]], outputs: Sequence[str],
                         instance: int = 0) -> JoinedRun:
        """:meth:`run` of ``parts`` joined along the batch dimension on the instance's worker
        thread (the copy leaves the event loop free; numpy holds the GIL while it copies)."""
        sessions = self._sessions.get((model, version))
        if not sessions:
            raise InferenceFailed(f"model '{model}' version {version} is not loaded")
        session = sessions[instance % len(sessions)]
        threads = self._threads[(model, version)]

        def join_and_run() -> JoinedRun:
            started = time.perf_counter_ns()
            inputs = {name: np.concatenate([part[name] for part in parts])
                      for name in parts[0]}
            joined = time.perf_counter_ns()
            results = session.run(list(outputs), inputs)
            return JoinedRun([np.asarray(r) for r in results], joined - started)

        try:
            return await asyncio.get_running_loop().run_in_executor(threads, join_and_run)
        except Exception as exc:
            raise InferenceFailed(f"onnxruntime failed on model '{model}' version {version} "
                                  f"({type(exc).__name__})") from None

    def run_inline(self, *, model: str, version: int, inputs: Mapping[str, np.ndarray],
                   outputs: Sequence[str], instance: int = 0) -> list[np.ndarray]:
        """:meth:`run` on the calling thread (the scheduler's choice for short runs)."""
        sessions = self._sessions.get((model, version))
        if not sessions:
            raise InferenceFailed(f"model '{model}' version {version} is not loaded")
        try:
            results = sessions[instance % len(sessions)].run(list(outputs), dict(inputs))
        except Exception as exc:
            raise InferenceFailed(f"onnxruntime failed on model '{model}' version {version} "
                                  f"({type(exc).__name__})") from None
        return [np.asarray(r) for r in results]


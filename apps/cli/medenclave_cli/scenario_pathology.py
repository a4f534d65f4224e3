"""``medenclave scenario pathology``: pathology tile classification at 1024×1024, frames/s.

1. Start the platform (each service its own process, free ports, a fresh data dir).
2. Generate H&E-like RGB tiles (:mod:`medenclave_cli.pathology_tiles`), train the small
   convolutional classifier on them (the training service's code,
   :func:`medenclave_training.offline.fit_tiles`), export to ONNX (checked against PyTorch),
   write it into the model repository as ``pathology_tiles`` version 1 (uint8 RGB input,
   ``max_batch_size`` 8, dynamic batching) and load it (``RepositoryModelLoad``).
3. Accuracy on held-out tiles through the server (tritonclient, a ``clinician`` token).
4. Tiles/s and p50/p99 through the server with one tile per request at concurrency 1 and 4,
   and bare onnxruntime in-process on the same ONNX file (batch 1, one caller) for comparison.

The brief's goal is 30 frames/s; on this machine's CPU the figures are what they are, the GPU
script (``bench/gpu/infer_gpu.sh``) measures the same network on a GPU.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import numpy as np

from medenclave_cli.pathology_tiles import CLASSES, make_tiles
from medenclave_cli.scenario_stack import (
    issue_tokens,
    load_model,
    percentile_ms,
    refuse_taken_model,
    run_on_stack,
)
from medenclave_cli.supervisor import Endpoints

__all__ = ["MODEL_NAME", "pathology_journey", "run_pathology"]

MODEL_NAME = "pathology_tiles"
GOAL_TILES_PER_S = 30.0
#: the scenario's people: role → subject
PEOPLE = {role: f"scenario.{role}" for role in ("ai_engineer", "clinician")}


async def _load(client, tiles: np.ndarray, headers: dict, concurrency: int,
                seconds: float) -> dict:
    import tritonclient.grpc as tc

    latencies: list[float] = []
    stop = time.perf_counter() + seconds

    async def caller(k: int) -> None:
        i = k
        while time.perf_counter() < stop or not latencies:
            tensor = tc.InferInput("image", [1, *tiles.shape[1:]], "UINT8")
            tensor.set_data_from_numpy(tiles[i % len(tiles)][None])
            t0 = time.perf_counter()
            await client.infer(MODEL_NAME, [tensor], model_version="1", headers=headers)
            latencies.append(time.perf_counter() - t0)
            i += concurrency

    started = time.perf_counter()
    await asyncio.gather(*(caller(k) for k in range(concurrency)))
    wall = time.perf_counter() - started
    return {"concurrency": concurrency, "requests": len(latencies),
            "tiles_per_s": round(len(latencies) / wall, 2),
            "p50_ms": percentile_ms(latencies, 50), "p99_ms": percentile_ms(latencies, 99)}


def _bare(model: Path, tiles: np.ndarray, seconds: float) -> dict:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(str(model), sess_options=options,
                                   providers=["CPUExecutionProvider"])
    session.run(["probabilities"], {"image": tiles[:1]})
    latencies: list[float] = []
    started = time.perf_counter()
    i = 0
    while time.perf_counter() - started < seconds or not latencies:
        t0 = time.perf_counter()
        session.run(["probabilities"], {"image": tiles[i % len(tiles)][None]})
        latencies.append(time.perf_counter() - t0)
        i += 1
    wall = time.perf_counter() - started
    return {"concurrency": 1, "requests": len(latencies),
            "tiles_per_s": round(len(latencies) / wall, 2),
            "p50_ms": percentile_ms(latencies, 50), "p99_ms": percentile_ms(latencies, 99)}


async def pathology_journey(eps: Endpoints, *, size: int, n_train: int, n_test: int,
                            epochs: int, seconds: float, seed: int, log=print) -> dict:
    """The scenario against a running stack; returns the summary."""
    import tritonclient.grpc as tc

    from medenclave_training.offline import (
        check_export,
        export_onnx,
        fit_tiles,
        publish_version,
        tile_config_pbtxt,
    )

    refuse_taken_model(eps, MODEL_NAME)
    started = time.monotonic()
    tokens = await issue_tokens(eps, PEOPLE)
    log(f"generating {n_train + n_test} tiles of {size}×{size}")
    tiles, labels = await asyncio.to_thread(make_tiles, n_train + n_test, size=size, seed=seed)
    train_x, train_y, test_x, test_y = tiles[:n_train], labels[:n_train], tiles[n_train:], \
        labels[n_train:]
    log("training the tile classifier")
    fit = await asyncio.to_thread(fit_tiles, train_x, train_y, num_classes=len(CLASSES),
                                  epochs=epochs, seed=seed)
    examples = {"image": test_x[:4]}
    onnx = await asyncio.to_thread(export_onnx, fit.model, examples)
    max_diff = await asyncio.to_thread(check_export, fit.model, onnx, examples)
    version_dir = publish_version(
        Path(eps.data_dir) / "model-repository", name=MODEL_NAME, version=1, onnx=onnx,
        config_pbtxt=tile_config_pbtxt(MODEL_NAME, size=size, num_classes=len(CLASSES),
                                       served=1),
        extras={"labels.json": json.dumps(list(CLASSES)).encode()})
    client, headers = await load_model(eps, MODEL_NAME, tokens)

    log("classifying the held-out tiles through the server")
    right = 0
    for tile, label in zip(test_x, test_y, strict=True):
        tensor = tc.InferInput("image", [1, *tile.shape], "UINT8")
        tensor.set_data_from_numpy(tile[None])
        result = await client.infer(MODEL_NAME, [tensor], model_version="1", headers=headers)
        right += int(np.argmax(result.as_numpy("probabilities")[0])) == int(label)
    log(f"timing: {seconds:.0f} s per figure")
    served = [await _load(client, test_x, headers, c, seconds) for c in (1, 4)]
    await client.close()
    bare = await asyncio.to_thread(_bare, version_dir / "model.onnx", test_x, seconds)
    best = max(r["tiles_per_s"] for r in served)
    return {
        "model": f"{MODEL_NAME}:1", "tile": [3, size, size], "classes": list(CLASSES),
        "train_tiles": n_train, "test_tiles": n_test,
        "test_accuracy": round(right / max(n_test, 1), 4),
        "train_loss": round(fit.train_loss, 4),
        "train_seconds_per_epoch": [round(s, 1) for s in fit.seconds_per_epoch],
        "onnx_max_abs_diff": max_diff,
        "served": served, "onnxruntime_in_process": bare,
        "served_best_tiles_per_s": best,
        "goal_30_tiles_per_s_on_this_cpu": best >= GOAL_TILES_PER_S,
        "seconds": round(time.monotonic() - started, 1),
    }


def run_pathology(*, data_dir: Path, size: int = 1024, n_train: int = 64, n_test: int = 32,
                  epochs: int = 3, seconds: float = 10.0, seed: int = 7,
                  as_json: bool = False) -> int:
    """Start the stack in ``data_dir``, run the scenario, stop, print the summary."""
    if size < 32 or n_train < 2 or n_test < 1:
        raise SystemExit("--size must be at least 32, --train at least 2, --test at least 1")
    run_on_stack(
        lambda eps, log: pathology_journey(eps, size=size, n_train=n_train, n_test=n_test,
                                           epochs=epochs, seconds=seconds, seed=seed, log=log),
        data_dir=data_dir, title="Pathology scenario summary", as_json=as_json, width=34)
    return 0

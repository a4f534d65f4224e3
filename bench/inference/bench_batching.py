"""Serving with and without dynamic batching: the embedded Triton-compatible server through
NVIDIA's tritonclient, against bare onnxruntime in-process, on the same convolutional model.

``--model small`` (the default): a small convolutional classifier (1×128×128 in, 2 classes
out; four 3×3 convolutions); ``--model resnet18`` / ``densenet121``: MONAI's ResNet18 /
DenseNet121 (2-D, 1×224×224 in, 2 classes), a realistic radiology classifier. The model is
exported from torch (CPU, seeded random weights) to ONNX and put in a model repository twice: ``conv_plain``
(``max_batch_size: 32``, no ``dynamic_batching``: one onnxruntime run per request) and
``conv_batched`` (``dynamic_batching { max_queue_delay_microseconds: D }``, default 2000 µs).
Both have ``instance_group [{ count: 2 kind: KIND_CPU }]``. The inference service runs in its
own process with its real peers (nats-server, the access service for the token keys; every
call is authorised and audited as in production); the clients run in this process:
``tritonclient.grpc.aio``, C concurrent callers, each sending one image per request for
``--seconds``. Bare onnxruntime: C threads calling ``session.run`` on one image each, the
same session options (intra-op threads: onnxruntime's default).

    .venv/bin/python bench/inference/bench_batching.py [--seconds 5] [--delay-us 2000]
        [--concurrency 1 8 32] [--repeat N] [--contenders bare plain batched] [--json FILE]
        [--model small|resnet18|densenet121]

Reported per contender and concurrency: p50/p99 latency and requests/s; the batched
server's mean batch size (from ModelStatistics); the CPU time per request of the server
process (its threads and nats-server, from /proc) and of this client process (``cpu ms/req``:
server + client; on a machine whose cores are all busy, throughput ≈ cores ÷ this).
Goal: dynamic batching ≥ 2× the unbatched server's throughput at concurrency 32; server
overhead (the unbatched server's p50 minus onnxruntime's at concurrency 1) ≤ 0.3 ms. With
``--repeat N`` every cell runs N times and the medians are reported (the runs' p50s too).
The server process's pid is printed (``server pid``) for ``py-spy record --pid``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
#: image side (one channel) per ``--model``: a small chest X-ray thumbnail for the small CNN,
#: ImageNet's 224 for the MONAI networks
SIZES = {"small": 128, "resnet18": 224, "densenet121": 224}
SIZE = SIZES["small"]
CONFIG = """
max_batch_size: 32
input [ {{ name: "image" data_type: TYPE_FP32 dims: [ 1, {size}, {size} ] }} ]
output [ {{ name: "probabilities" data_type: TYPE_FP32 dims: [ 2 ] }} ]
instance_group [ {{ count: 2 kind: KIND_CPU }} ]
{batching}
"""


def _network(kind: str):
    """The ``--model`` network, random weights (seeded), eval mode, softmax at the end."""
    import torch
    from torch import nn

    torch.manual_seed(0)
    if kind == "resnet18":
        from monai.networks.nets import resnet18

        body = resnet18(spatial_dims=2, n_input_channels=1, num_classes=2)
    elif kind == "densenet121":
        from monai.networks.nets import DenseNet121

        body = DenseNet121(spatial_dims=2, in_channels=1, out_channels=2)
    else:
        body = nn.Sequential(
            nn.Conv2d(1, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(64, 128, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(128, 128, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 2))
    return nn.Sequential(body, nn.Softmax(dim=1)).eval()


def export_model(path: Path, kind: str = "small") -> None:
    """The ``kind`` network exported with a dynamic batch dimension."""
    import torch

    size = SIZES[kind]
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(_network(kind), (torch.zeros(1, 1, size, size),), str(path),
                      input_names=["image"], output_names=["probabilities"], opset_version=17,
                      dynamo=False, dynamic_axes={"image": {0: "N"}, "probabilities": {0: "N"}})


def build_repository(repo: Path, delay_us: int, kind: str = "small") -> Path:
    size = SIZES[kind]
    source = repo / "conv_plain" / "1" / "model.onnx"
    export_model(source, kind)
    (repo / "conv_plain" / "config.pbtxt").write_text(CONFIG.format(size=size, batching=""))
    (repo / "conv_batched" / "1").mkdir(parents=True)
    (repo / "conv_batched" / "1" / "model.onnx").write_bytes(source.read_bytes())
    (repo / "conv_batched" / "config.pbtxt").write_text(CONFIG.format(
        size=size, batching=f"dynamic_batching {{ max_queue_delay_microseconds: {delay_us} }}"))
    return source


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of process ``pid`` and its children still running (Linux
    /proc; None elsewhere)."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / tick
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (OSError, ValueError, IndexError):
        return None
    return total + sum(cpu_seconds(int(child)) or 0.0 for child in children)


def client_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


#: the contenders, by their command-line key
CONTENDERS = {"bare": "onnxruntime in-process", "plain": "server, no batching",
              "batched": "server, dynamic batching"}


# ------------------------------------------------------------------ the server process
def serve(root: Path) -> None:
    """Run the inference stack (the test suite's Stack: nats-server, access, inference) until
    stdin closes; print the Triton URL once ready."""
    spec = importlib.util.spec_from_file_location(
        "inference_conftest", ROOT / "services" / "inference" / "tests" / "conftest.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    stack = module.Stack(root).start()
    print(f"READY {stack.triton_url}", flush=True)
    sys.stdin.read()
    stack.stop()


# ------------------------------------------------------------------ the clients
def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = np.sort(np.asarray(samples))
    return (float(np.percentile(ordered, 50)) * 1000, float(np.percentile(ordered, 99)) * 1000)


async def drive_server(url: str, token: str, model: str, concurrency: int,
                       seconds: float, size: int = SIZE,
                       server_pid: int | None = None) -> dict[str, float]:
    import tritonclient.grpc as tc
    from tritonclient.grpc.aio import InferenceServerClient

    client = InferenceServerClient(url)
    headers = {"authorization": f"Bearer {token}"}
    image = np.random.default_rng(1).standard_normal((1, 1, size, size)).astype(np.float32)
    latencies: list[float] = []
    for _ in range(20):  # warm-up
        tensor = tc.InferInput("image", [1, 1, size, size], "FP32")
        tensor.set_data_from_numpy(image)
        await client.infer(model, [tensor], headers=headers)
    before = await client.get_inference_statistics(model, headers=headers)
    stop = time.perf_counter() + seconds

    async def caller() -> None:
        while time.perf_counter() < stop:
            tensor = tc.InferInput("image", [1, 1, size, size], "FP32")
            tensor.set_data_from_numpy(image)
            started = time.perf_counter()
            await client.infer(model, [tensor], headers=headers)
            latencies.append(time.perf_counter() - started)

    server_cpu = cpu_seconds(server_pid) if server_pid else None
    client_cpu = client_cpu_seconds()
    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    wall = time.perf_counter() - started
    client_cpu = client_cpu_seconds() - client_cpu
    server_after = cpu_seconds(server_pid) if server_pid else None
    after = await client.get_inference_statistics(model, headers=headers)
    await client.close()
    b, a = before.model_stats[0], after.model_stats[0]
    executions = a.execution_count - b.execution_count
    p50, p99 = percentiles(latencies)
    count = max(len(latencies), 1)
    server_ms = 1000 * (server_after - server_cpu) / count \
        if server_cpu is not None and server_after is not None else float("nan")
    return {"p50_ms": p50, "p99_ms": p99, "rps": len(latencies) / wall,
            "mean_batch": (a.inference_count - b.inference_count) / max(executions, 1),
            "server_cpu_ms": server_ms, "client_cpu_ms": 1000 * client_cpu / count}


def drive_bare(path: Path, concurrency: int, seconds: float,
               size: int = SIZE) -> dict[str, float]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(str(path), sess_options=options,
                                   providers=["CPUExecutionProvider"])
    image = np.random.default_rng(1).standard_normal((1, 1, size, size)).astype(np.float32)
    for _ in range(20):
        session.run(["probabilities"], {"image": image})
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def caller() -> None:
        mine = []
        while time.perf_counter() < stop:
            started = time.perf_counter()
            session.run(["probabilities"], {"image": image})
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    client_cpu = client_cpu_seconds()
    started = time.perf_counter()
    threads = [threading.Thread(target=caller) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    client_cpu = client_cpu_seconds() - client_cpu
    p50, p99 = percentiles(latencies)
    return {"p50_ms": p50, "p99_ms": p99, "rps": len(latencies) / wall, "mean_batch": 1.0,
            "server_cpu_ms": 0.0, "client_cpu_ms": 1000 * client_cpu / max(len(latencies), 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--delay-us", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of every cell; the medians of p50/p99/req/s are reported")
    parser.add_argument("--contenders", nargs="+", choices=sorted(CONTENDERS),
                        default=sorted(CONTENDERS))
    parser.add_argument("--model", choices=sorted(SIZES), default="small",
                        help="small CNN at 128² (default) or MONAI ResNet18/DenseNet121 at 224²")
    parser.add_argument("--serve", type=Path, default=None, help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.serve is not None:
        serve(ns.serve)
        return
    with tempfile.TemporaryDirectory(prefix="bench-inference-") as tmp:
        root = Path(tmp)
        model = build_repository(root / "data" / "model-repository", ns.delay_us, ns.model)
        size = SIZES[ns.model]
        env = dict(os.environ)
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(root)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                  env=env)
        try:
            line = server.stdout.readline() if server.stdout else ""
            if not line.startswith("READY "):
                raise SystemExit(f"the server did not start: {line!r}")
            url = line.split()[1]
            print(f"server pid {server.pid}", flush=True)
            from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
            key = load_or_create_signing_key(root / "data" / "access" / "keys")
            token = TokenIssuer(key).issue(subject="bench", role="clinician")[0]
            runs = {
                "bare": lambda c: drive_bare(model, c, ns.seconds, size),
                "plain": lambda c: asyncio.run(drive_server(
                    url, token, "conv_plain", c, ns.seconds, size, server.pid)),
                "batched": lambda c: asyncio.run(drive_server(
                    url, token, "conv_batched", c, ns.seconds, size, server.pid))}
            rows = []
            for concurrency in ns.concurrency:
                for key in (k for k in ("bare", "plain", "batched") if k in ns.contenders):
                    name = CONTENDERS[key]
                    # repetitions interleaved per cell; medians of each figure
                    results = [runs[key](concurrency) for _ in range(max(ns.repeat, 1))]
                    result = {k: float(np.median([r[k] for r in results])) for k in results[0]}
                    result["p50_runs_ms"] = [round(r["p50_ms"], 3) for r in results]
                    rows.append({"contender": name, "concurrency": concurrency, **result})
                    print(f"{name:26s} c={concurrency:<3d} p50 {result['p50_ms']:7.2f} ms  "
                          f"p99 {result['p99_ms']:7.2f} ms  {result['rps']:8.1f} req/s  "
                          f"mean batch {result['mean_batch']:.1f}  cpu ms/req "
                          f"{result['server_cpu_ms'] + result['client_cpu_ms']:.2f} "
                          f"(server {result['server_cpu_ms']:.2f})  "
                          f"(p50 of each run: {result['p50_runs_ms']})", flush=True)
        finally:
            if server.stdin:
                server.stdin.close()
            server.wait(60)
    by = {(r["contender"], r["concurrency"]): r for r in rows}
    top, low = max(ns.concurrency), min(ns.concurrency)
    summary: dict[str, float] = {}
    if {"plain", "batched"} <= set(ns.contenders):
        summary["gain"] = by[(CONTENDERS["batched"], top)]["rps"] / \
            by[(CONTENDERS["plain"], top)]["rps"]
        print(f"dynamic batching at concurrency {top}: {summary['gain']:.2f}× the unbatched "
              f"throughput (goal ≥ 2×: {'reached' if summary['gain'] >= 2 else 'not reached'})")
    if low == 1 and {"bare", "plain"} <= set(ns.contenders) and ns.model == "small":
        summary["overhead_ms"] = by[(CONTENDERS["plain"], 1)]["p50_ms"] - \
            by[(CONTENDERS["bare"], 1)]["p50_ms"]
        print(f"server overhead at concurrency 1 (p50, no batching − onnxruntime): "
              f"{summary['overhead_ms']:.2f} ms (goal ≤ 0.3 ms: "
              f"{'reached' if summary['overhead_ms'] <= 0.3 else 'not reached'})")
    if ns.json:
        ns.json.write_text(json.dumps({"model": ns.model, "rows": rows, **summary}, indent=1))


if __name__ == "__main__":
    main()

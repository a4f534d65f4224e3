"""The floor under the server-overhead goal: what one empty RPC costs, before any model work.

``tritonclient.grpc.aio`` (the client of ``bench_batching.py``) calls ``ServerLive`` — no
authentication, no model, no audit — against three servers in their own processes:

- ``tritonserver``: NVIDIA's C++ server (the binary bundled in nvidia-pytriton; no models),
  skipped when nvidia-pytriton is not installed;
- ``grpc.aio``: a bare Python ``grpc.aio`` server with only that method (no interceptor),
  the kind of server the embedded Triton-compatible server is;
- ``grpc sync``: a bare Python ``grpc.server`` on a thread pool, same method.

    .venv/bin/python bench/inference/bench_floor.py [--calls 500] [--repeat 5]

Reported: the median over ``--repeat`` rounds of each round's p50 (ms).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def _serve(kind: str) -> None:
    """Serve ``ServerLive`` on a free port (printed) until stdin closes."""
    import grpc
    from tritonclient.grpc import service_pb2, service_pb2_grpc

    if kind == "sync":
        from concurrent.futures import ThreadPoolExecutor

        class Sync(service_pb2_grpc.GRPCInferenceServiceServicer):
            def ServerLive(self, request, context):
                return service_pb2.ServerLiveResponse(live=True)

        server = grpc.server(ThreadPoolExecutor(4))
        service_pb2_grpc.add_GRPCInferenceServiceServicer_to_server(Sync(), server)
        print(server.add_insecure_port("127.0.0.1:0"), flush=True)
        server.start()
        sys.stdin.read()
        return

    class Aio(service_pb2_grpc.GRPCInferenceServiceServicer):
        async def ServerLive(self, request, context):
            return service_pb2.ServerLiveResponse(live=True)

    async def main() -> None:
        aio = grpc.aio.server()
        service_pb2_grpc.add_GRPCInferenceServiceServicer_to_server(Aio(), aio)
        print(aio.add_insecure_port("127.0.0.1:0"), flush=True)
        await aio.start()
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

    asyncio.run(main())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tritonserver(work: Path) -> tuple[subprocess.Popen, str] | None:
    spec = importlib.util.find_spec("pytriton")
    if spec is None or not spec.submodule_search_locations:
        return None
    dist = Path(next(iter(spec.submodule_search_locations))) / "tritonserver"
    if not (dist / "bin" / "tritonserver").exists():
        return None
    (work / "repo").mkdir()
    port = _free_port()
    env = dict(os.environ, LD_LIBRARY_PATH=str(dist.parent.parent / "nvidia_pytriton.libs"))
    proc = subprocess.Popen(
        [str(dist / "bin" / "tritonserver"), f"--model-repository={work / 'repo'}",
         "--model-control-mode=explicit", f"--backend-directory={dist / 'backends'}",
         "--grpc-address=127.0.0.1", f"--grpc-port={port}", "--http-address=127.0.0.1",
         f"--http-port={_free_port()}", "--allow-metrics=false"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    import tritonclient.grpc as tc

    client = tc.InferenceServerClient(f"127.0.0.1:{port}")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if client.is_server_live():
                return proc, f"127.0.0.1:{port}"
        except Exception:  # not listening yet
            time.sleep(0.2)
    proc.terminate()
    return None


async def _live_p50s(url: str, calls: int, repeat: int) -> list[float]:
    from tritonclient.grpc.aio import InferenceServerClient

    client = InferenceServerClient(url)
    rounds = []
    for _ in range(repeat):
        for _ in range(50):
            await client.is_server_live()
        latencies = []
        for _ in range(calls):
            started = time.perf_counter()
            await client.is_server_live()
            latencies.append(time.perf_counter() - started)
        rounds.append(float(np.median(latencies)) * 1000)
    await client.close()
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--serve", choices=["aio", "sync"], help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.serve:
        _serve(ns.serve)
        return
    with tempfile.TemporaryDirectory(prefix="bench-floor-") as tmp:
        servers: list[tuple[str, subprocess.Popen, str]] = []
        golden = _tritonserver(Path(tmp))
        if golden is not None:
            servers.append(("tritonserver (C++)", *golden))
        else:
            print("tritonserver: not measured (nvidia-pytriton not installed)")
        for kind, name in (("aio", "grpc.aio (Python)"), ("sync", "grpc sync (Python)")):
            proc = subprocess.Popen([sys.executable, __file__, "--serve", kind],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            port = proc.stdout.readline().strip() if proc.stdout else ""
            servers.append((name, proc, f"127.0.0.1:{port}"))
        try:
            for name, _, url in servers:
                rounds = asyncio.run(_live_p50s(url, ns.calls, ns.repeat))
                print(f"{name:22s} ServerLive p50 {np.median(rounds):.3f} ms "
                      f"(rounds: {[round(r, 3) for r in rounds]})", flush=True)
        finally:
            for _, proc, _ in servers:
                if proc.stdin:
                    proc.stdin.close()
                else:
                    proc.terminate()
                proc.wait(30)


if __name__ == "__main__":
    main()

"""The cost of the authorisation interceptor per call, against the same call without it.

One run, one machine: a trivial unary RPC on two grpc.aio servers on loopback, one bare and
one behind medenclave.rpc.GuardInterceptor (tracing span, bearer token, EdDSA verification,
policy check). The same client (token and trace metadata on every call) calls each server N
times, in alternating rounds. A third server's guard verifies the signature on every call (token
cache off) to show what the verified-token cache saves.

    .venv/bin/python bench/access/bench_authz.py [--calls 4000] [--rounds 4]

Goal: under 200 µs added per authorised call.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import grpc

from medenclave.rpc import GuardInterceptor, StaticToken, secure_channel
from medenclave.security.policy import LivePolicy, Policy
from medenclave.security.tokens import TokenIssuer, TokenVerifier, load_or_create_signing_key

METHOD = "/bench.Ward/Ping"
GOAL_US = 200.0


class _Verifiers:
    def __init__(self, verifier: TokenVerifier) -> None:
        self._verifier = verifier

    async def verifier_for(self, token: str) -> TokenVerifier:
        return self._verifier


class _UncachedVerifier(TokenVerifier):
    def verify(self, token: str):
        return self._verify(token)


async def _ping(request: bytes, context) -> bytes:
    return b"pong"


async def _server(guard: GuardInterceptor | None) -> tuple[grpc.aio.Server, int]:
    server = grpc.aio.server(interceptors=[guard] if guard else [])
    handler = grpc.method_handlers_generic_handler("bench.Ward", {
        "Ping": grpc.unary_unary_rpc_method_handler(
            _ping, request_deserializer=lambda b: b, response_serializer=lambda b: b)})
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    return server, port


async def _time_calls(port: int, token: str, n: int) -> float:
    async with secure_channel(f"127.0.0.1:{port}", StaticToken(token)) as ch:
        call = ch.unary_unary(METHOD, request_serializer=lambda b: b,
                              response_deserializer=lambda b: b)
        for _ in range(50):  # warm-up: connection, caches
            await call(b"ping")
        start = time.perf_counter()
        for _ in range(n):
            await call(b"ping")
        return (time.perf_counter() - start) / n * 1e6


async def main(calls: int, rounds: int) -> None:
    key = load_or_create_signing_key(Path(tempfile.mkdtemp()) / "keys")
    token, _ = TokenIssuer(key).issue(subject="bench", role="clinician", ttl_s=3600)
    public = {key.kid: key.public_pem}
    live = LivePolicy(lambda: Policy(version=1))  # as in every service: the fetched policy

    def guard(verifier: TokenVerifier) -> GuardInterceptor:
        return GuardInterceptor(permissions={METHOD: "model.predict"}, policy=live,
                                verifiers=_Verifiers(verifier))

    servers = {"bare": await _server(None),
               "guarded": await _server(guard(TokenVerifier(public))),
               "guarded, no token cache": await _server(guard(_UncachedVerifier(public)))}
    per_round = max(1, calls // rounds)
    samples: dict[str, list[float]] = {name: [] for name in servers}
    for _ in range(rounds):
        for name, (_, port) in servers.items():
            samples[name].append(await _time_calls(port, token, per_round))
    for server, _ in servers.values():
        await server.stop(None)

    median = {name: statistics.median(v) for name, v in samples.items()}
    bare = median["bare"]
    print(f"{rounds} rounds x {per_round} sequential unary calls over loopback, median per call")
    for name, us in median.items():
        extra = "" if name == "bare" else f"   interceptor +{us - bare:7.1f} µs   ratio {us / bare:4.2f}x"
        print(f"  {name:<24} {us:8.1f} µs{extra}")
    cost = median["guarded"] - bare
    verdict = "REACHED" if cost < GOAL_US else "NOT reached"
    print(f"goal: authorised call costs < {GOAL_US:.0f} µs more than the bare call: {verdict} "
          f"({cost:.1f} µs)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    asyncio.run(main(args.calls, args.rounds))

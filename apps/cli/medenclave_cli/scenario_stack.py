"""What the serving scenarios (``medenclave scenario triage|pathology``) do around their own
steps: a stack in a fresh data dir, a token per role (the demo's too), their model loaded and
ready, latency percentiles, and the summary printed as a table or JSON."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.v1 import access_pb2, access_pb2_grpc
from medenclave_cli.supervisor import Endpoints, Stack, StackConfig

__all__ = ["issue_tokens", "load_model", "percentile_ms", "refuse_taken_model", "run_on_stack"]

#: a scenario's steps against a running stack: (endpoints, log) → the summary
Journey = Callable[[Endpoints, Callable[[str], None]], Awaitable[dict[str, Any]]]


async def issue_tokens(eps: Endpoints, people: Mapping[str, str]) -> dict[str, StaticToken]:
    """A token per role (``people``: role → subject), issued by access to a host admin signed
    with the stack's key."""
    key = load_or_create_signing_key(Path(eps.data_dir) / "access" / "keys")
    admin = StaticToken(TokenIssuer(key).issue(subject="host-admin", role="admin", ttl_s=3600)[0])
    tokens: dict[str, StaticToken] = {}
    async with secure_channel(eps.grpc["access"], admin) as ch:
        stub = access_pb2_grpc.AccessServiceStub(ch)
        for role, subject in people.items():
            tok = await stub.IssueToken(access_pb2.IssueTokenRequest(subject=subject, role=role,
                                                                     ttl_s=3600))
            tokens[role] = StaticToken(tok.token)
    return tokens


def percentile_ms(values: list[float], q: float) -> float:
    """The ``q``-th percentile of ``values`` (seconds) in milliseconds, 0.0 for none."""
    return round(float(np.percentile(np.asarray(values) * 1000, q)), 1) if values else 0.0


def refuse_taken_model(eps: Endpoints, model: str) -> None:
    """Stop before anything runs when the stack's model repository already holds ``model``.

    Raises:
        SystemExit: it does (a scenario runs on a fresh data dir).
    """
    if (Path(eps.data_dir) / "model-repository" / model).exists():
        raise SystemExit(f"{eps.data_dir} already holds the model {model}: "
                         "run the scenario on a fresh --data-dir")


async def load_model(eps: Endpoints, model: str, tokens: Mapping[str, StaticToken]
                     ) -> tuple[Any, dict[str, str]]:
    """Load version 1 of ``model`` (Triton's ``RepositoryModelLoad``, as ``ai_engineer``) and
    check that it is ready for a ``clinician``; returns the tritonclient and the clinician's
    headers.

    Raises:
        RuntimeError: the model is not ready after the load.
    """
    from tritonclient.grpc.aio import InferenceServerClient

    client = InferenceServerClient(eps.triton)
    engineer = {"authorization": f"Bearer {await tokens['ai_engineer'].token()}"}
    await client.load_model(model, headers=engineer)
    clinician = {"authorization": f"Bearer {await tokens['clinician'].token()}"}
    if not await client.is_model_ready(model, "1", headers=clinician):
        raise RuntimeError(f"{model} is not ready after RepositoryModelLoad")
    return client, clinician


def run_on_stack(journey: Journey, *, data_dir: Path, title: str, as_json: bool,
                 width: int) -> dict[str, Any]:
    """Start the stack in ``data_dir``, run ``journey`` on it, stop, print the summary (one
    JSON line, or a table under ``title`` with keys ``width`` wide) and return it."""
    cfg = StackConfig(data_dir=data_dir, quiet_period_s=1.0).with_free_ports()
    stack = Stack(cfg)
    log = (lambda m: print(m, file=sys.stderr)) if as_json else print
    try:
        log("starting the platform")
        eps = stack.start()
        summary = asyncio.run(journey(eps, log))
    finally:
        stack.stop()
    if as_json:
        print(json.dumps(summary))
    else:
        print(f"\n{title}")
        for key, value in summary.items():
            print(f"  {key:<{width}} {value}")
    return summary

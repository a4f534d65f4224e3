"""The access service's key set as every verifier sees it: public keys, revocations, policy."""

from __future__ import annotations

import asyncio
import contextlib
import time

import grpc

from medenclave.rpc import secure_channel
from medenclave.security.policy import Policy
from medenclave.security.tokens import TokenVerifier

__all__ = ["KeySetClient"]


class KeySetClient:
    """Fetches the access service's key set: public keys, revocations and the policy.

    Refetches when a token names an unknown key, and in the background every ``refresh_s``
    seconds so revocations and policy edits reach every verifier within a few seconds. The
    verifier (and its token cache) is rebuilt only when the fetched document changes.
    """

    def __init__(self, endpoint: str, *, refresh_s: float = 2.0) -> None:
        self._endpoint = endpoint
        self._refresh_s = refresh_s
        self._verifier: TokenVerifier | None = None
        self._policy: Policy | None = None
        self._fingerprint = b""
        self._last_fetch = 0.0
        self._lock = asyncio.Lock()
        self._background: asyncio.Task | None = None

    @property
    def loaded(self) -> bool:
        return self._verifier is not None

    @property
    def policy(self) -> Policy | None:
        """The policy access published (``None`` until fetched or if it sent none)."""
        return self._policy

    async def refresh(self) -> bool:
        from medenclave.v1 import access_pb2, access_pb2_grpc

        async with self._lock:
            self._last_fetch = time.monotonic()
            try:
                async with secure_channel(self._endpoint) as channel:
                    stub = access_pb2_grpc.AccessServiceStub(channel)
                    keyset = await stub.GetKeySet(access_pb2.GetKeySetRequest(), timeout=3)
            except grpc.aio.AioRpcError:
                return False
            fingerprint = keyset.SerializeToString(deterministic=True)
            if fingerprint == self._fingerprint:
                return True
            self._verifier = TokenVerifier(
                {k.kid: k.public_key_pem for k in keyset.keys},
                issuer=keyset.issuer, audience=keyset.audience,
                revoked={r.subject: float(r.revoked_before.seconds) for r in keyset.revocations})
            if keyset.HasField("policy") and keyset.policy.roles:
                self._policy = Policy(
                    roles={r.role: frozenset(r.permissions) for r in keyset.policy.roles},
                    version=keyset.policy.version)
            self._fingerprint = fingerprint
            return True

    async def _refresh_quietly(self) -> None:
        with contextlib.suppress(Exception):
            await self.refresh()

    async def keep_fresh(self, stopping: asyncio.Event) -> None:
        """Refetch every ``refresh_s`` seconds until ``stopping`` is set, calls or no calls, so
        a revocation reaches this verifier within seconds even when it has been idle (a fetch
        triggered by a call would let that first call through on the old key set)."""
        while not stopping.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stopping.wait(), self._refresh_s)
            if not stopping.is_set() and time.monotonic() - self._last_fetch >= self._refresh_s:
                await self._refresh_quietly()

    async def verifier_for(self, token: str) -> TokenVerifier | None:
        since = time.monotonic() - self._last_fetch
        if self._verifier is None or not self._verifier.knows(TokenVerifier.key_id(token)):
            # an unknown key id: maybe a key just rotated. Refetch, at most once a second
            # (waiting out the rest of that second) so forged key ids cannot flood access.
            if since < 1.0:
                await asyncio.sleep(1.0 - since)
            if time.monotonic() - self._last_fetch >= 1.0:
                await self.refresh()
        elif since > self._refresh_s and (self._background is None or self._background.done()):
            self._last_fetch = time.monotonic()
            self._background = asyncio.get_running_loop().create_task(self._refresh_quietly())
        return self._verifier

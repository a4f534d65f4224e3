"""Raw instances from the ingest service: IngestService.FetchInstances (permission raw.read)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import grpc

from medenclave.v1 import ingest_pb2, ingest_pb2_grpc
from medenclave_deid.core.ports import SourceNotFound, SourceUnavailable

__all__ = ["IngestRawSource"]

_NOT_FOUND = {grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT}


class IngestRawSource:
    """:class:`medenclave_deid.core.ports.RawInstanceSource` over gRPC.

    Args:
        channel: returns the channel to ingest (authenticated as svc-deid).
        timeout_s: deadline of one FetchInstances stream.
    """

    def __init__(self, channel: Callable[[], grpc.aio.Channel], *, timeout_s: float = 600.0) -> None:
        self._channel = channel
        self._timeout = timeout_s

    async def fetch(self, *, study_ref: str,
                    instance_refs: list[str]) -> AsyncIterator[tuple[str, bytes]]:
        stub = ingest_pb2_grpc.IngestServiceStub(self._channel())
        request = ingest_pb2.FetchInstancesRequest(study_ref=study_ref,
                                                   instance_refs=list(instance_refs))
        try:
            async for raw in stub.FetchInstances(request, timeout=self._timeout):
                yield raw.instance_ref, raw.dicom
        except grpc.aio.AioRpcError as exc:
            if exc.code() in _NOT_FOUND:
                raise SourceNotFound(exc.code().name) from None
            # UNAVAILABLE, DEADLINE_EXCEEDED, UNAUTHENTICATED (keys not there yet), ...
            raise SourceUnavailable(exc.code().name) from None
        except OSError as exc:  # token fetch from access failed
            raise SourceUnavailable(type(exc).__name__) from None

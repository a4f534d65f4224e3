"""deid for Predict: de-identified studies (FetchStudy, ``data.read``) and DICOM
de-identified in memory (DeidentifyInstance, ``dicom.deidentify``), with this service's account.

Errors keep deid's status code only, never its message (which could only name ids, but the
answer goes back to a caller that sent the instance).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import grpc

from medenclave.v1 import deid_pb2, deid_pb2_grpc
from medenclave_inference.core.errors import (
    BackendUnavailable,
    InvalidInput,
    LimitExceeded,
    StudyNotFound,
)

__all__ = ["DeidInstances", "DeidStudies"]

log = logging.getLogger(__name__)


def _unavailable(exc: grpc.aio.AioRpcError, what: str) -> BackendUnavailable:
    log.warning("deid call failed", extra={"code": "INF-040", "fields": {
        "call": what, "status": exc.code().name}})
    return BackendUnavailable(f"deid {what} failed ({exc.code().name})")


class DeidStudies:
    """:class:`~medenclave_inference.core.ports.StudySource` over deid's FetchStudy."""

    def __init__(self, *, channel: Callable[[], grpc.aio.Channel], timeout_s: float = 30.0) -> None:
        self._channel = channel  # () -> an authenticated channel to deid
        self._timeout = timeout_s

    async def instances(self, *, pseudo_study_id: str, max_instances: int,
                        max_bytes: int) -> list[bytes]:
        stub = deid_pb2_grpc.DeidServiceStub(self._channel())
        blobs: list[bytes] = []
        size = 0
        call = stub.FetchStudy(deid_pb2.FetchStudyRequest(pseudo_study_id=pseudo_study_id),
                               timeout=self._timeout)
        try:
            async for instance in call:
                blobs.append(instance.dicom)
                size += len(instance.dicom)
                if len(blobs) > max_instances or size > max_bytes:
                    call.cancel()
                    raise LimitExceeded(f"study larger than {max_instances} instances or "
                                        f"{max_bytes} bytes")
        except grpc.aio.AioRpcError as exc:
            if exc.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT):
                raise StudyNotFound("no de-identified study with that id") from None
            raise _unavailable(exc, "FetchStudy") from None
        if not blobs:
            raise StudyNotFound("no de-identified study with that id")
        return blobs


class DeidInstances:
    """:class:`~medenclave_inference.core.ports.InstanceDeidentifier` over deid's
    DeidentifyInstance."""

    def __init__(self, *, channel: Callable[[], grpc.aio.Channel], timeout_s: float = 30.0) -> None:
        self._channel = channel
        self._timeout = timeout_s

    async def deidentify(self, *, dicom: bytes) -> bytes:
        stub = deid_pb2_grpc.DeidServiceStub(self._channel())
        try:
            answer = await stub.DeidentifyInstance(
                deid_pb2.DeidentifyInstanceRequest(dicom=dicom), timeout=self._timeout)
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.INVALID_ARGUMENT:
                code = (exc.details() or "").removeprefix("instance refused: ")
                raise InvalidInput(f"DICOM refused by de-identification: "
                                   f"{code if code.replace('_', '').isalnum() else 'invalid'}"
                                   ) from None
            if exc.code() == grpc.StatusCode.RESOURCE_EXHAUSTED:
                raise LimitExceeded("DICOM instance too large for de-identification") from None
            raise _unavailable(exc, "DeidentifyInstance") from None
        return answer.dicom

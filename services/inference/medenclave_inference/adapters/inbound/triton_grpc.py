"""The embedded Triton-compatible server: KServe v2 ``inference.GRPCInferenceService``.

NVIDIA's tritonclient, perf_analyzer and anything else speaking Triton's gRPC protocol talk
to it unchanged. It runs on its own port behind the same guard as the service's own API:
liveness and readiness are public, everything else needs ``model.predict`` (repository
load/unload: ``model.tune``); clients send ``authorization: Bearer <token>`` metadata
(tritonclient's ``headers=``). With service TLS on, the port is TLS too: mutual by default,
server-only or plaintext when configured so (:func:`triton_server_credentials`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from importlib import metadata as pkg_metadata
from pathlib import Path

import grpc
from tritonclient.grpc import service_pb2, service_pb2_grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import (
    GuardInterceptor,
    VerifierSource,
    current_principal,
    load_tls_identity,
    server_credentials,
)
from medenclave.security.policy import PUBLIC, Policy
from medenclave_inference.adapters.inbound.metrics import REQUESTS, timed_call
from medenclave_inference.adapters.inbound.tensors import decode_inputs, encode_outputs
from medenclave_inference.adapters.outbound.model_config_pbtxt import to_triton_config
from medenclave_inference.core.catalog import LoadedVersion, ModelCatalog
from medenclave_inference.core.errors import (
    InferenceFailed,
    InvalidInput,
    ModelLoadFailed,
    ModelNotFound,
    QueueFull,
    RequestTimeout,
)

__all__ = ["EXTENSIONS", "TRITON_PERMISSIONS", "UNSERVED_RPCS", "TritonServicer",
           "build_triton_server", "triton_server_credentials"]

log = logging.getLogger(__name__)

_SERVICE = "/inference.GRPCInferenceService/"
#: Triton RPCs this server does not serve: an authenticated caller holding ``model.predict``
#: gets UNIMPLEMENTED (as from a tritonserver without the extension); others are refused first
UNSERVED_RPCS = ("ModelStreamInfer", "SystemSharedMemoryStatus", "SystemSharedMemoryRegister",
                 "SystemSharedMemoryUnregister", "CudaSharedMemoryStatus",
                 "CudaSharedMemoryRegister", "CudaSharedMemoryUnregister", "TraceSetting",
                 "LogSettings")
#: permission per Triton RPC; a method not listed is denied by the guard
TRITON_PERMISSIONS: dict[str, str] = {
    _SERVICE + "ServerLive": PUBLIC,
    _SERVICE + "ServerReady": PUBLIC,
    _SERVICE + "ModelReady": PUBLIC,
    _SERVICE + "ServerMetadata": PUBLIC,
    _SERVICE + "ModelMetadata": "model.predict",
    _SERVICE + "ModelConfig": "model.predict",
    _SERVICE + "ModelInfer": "model.predict",
    _SERVICE + "RepositoryIndex": "model.predict",
    _SERVICE + "ModelStatistics": "model.predict",
    _SERVICE + "RepositoryModelLoad": "model.tune",
    _SERVICE + "RepositoryModelUnload": "model.tune",
    **{_SERVICE + rpc: "model.predict" for rpc in UNSERVED_RPCS},
}
#: Triton extensions this server implements (perf_analyzer reads "statistics")
EXTENSIONS = ("model_repository", "model_configuration", "statistics")

_CODES: list[tuple[type[Exception], grpc.StatusCode]] = [
    (ModelNotFound, grpc.StatusCode.NOT_FOUND),
    (InvalidInput, grpc.StatusCode.INVALID_ARGUMENT),
    (ModelLoadFailed, grpc.StatusCode.INVALID_ARGUMENT),
    (InferenceFailed, grpc.StatusCode.INTERNAL),
    (QueueFull, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (RequestTimeout, grpc.StatusCode.DEADLINE_EXCEEDED),
]
_CORE_ERRORS = tuple(cls for cls, _ in _CODES)

AuditSource = Callable[[], AuditPublisher | None]
LoadedSink = Callable[[str, int], Awaitable[None]]


def _code(exc: Exception) -> grpc.StatusCode:
    return next(code for cls, code in _CODES if isinstance(exc, cls))


def _server_version() -> str:
    try:
        return pkg_metadata.version("medenclave")
    except pkg_metadata.PackageNotFoundError:
        return "0.0.0"


class TritonServicer(service_pb2_grpc.GRPCInferenceServiceServicer):
    """KServe v2 / Triton gRPC over the :class:`ModelCatalog`."""

    def __init__(self, *, catalog: ModelCatalog, audit: AuditSource,
                 ready: Callable[[], bool], on_loaded: LoadedSink | None = None) -> None:
        self._catalog = catalog
        self._audit = audit
        self._ready = ready
        self._on_loaded = on_loaded
        self._version = _server_version()

    async def _record(self, **fields: str) -> None:
        """Audit one record; raises BusUnavailable when it cannot be persisted."""
        audit = self._audit()
        if audit is None:
            raise BusUnavailable("audit publisher not ready")
        await audit.record(principal=current_principal(), **fields)

    async def _resolve(self, context: grpc.aio.ServicerContext, name: str,
                       version: str) -> LoadedVersion:
        try:
            return self._catalog.resolve(name, version)
        except _CORE_ERRORS as exc:
            await context.abort(_code(exc), str(exc))
            raise  # unreachable: abort raises

    # ------------------------------------------------------------- health and metadata
    async def ServerLive(self, request, context):
        return service_pb2.ServerLiveResponse(live=True)

    async def ServerReady(self, request, context):
        return service_pb2.ServerReadyResponse(ready=self._ready())

    async def ModelReady(self, request, context):
        return service_pb2.ModelReadyResponse(
            ready=self._ready() and self._catalog.is_ready(request.name, request.version))

    async def ServerMetadata(self, request, context):
        return service_pb2.ServerMetadataResponse(name="medenclave", version=self._version,
                                                  extensions=list(EXTENSIONS))

    async def ModelMetadata(self, request, context):
        target = await self._resolve(context, request.name, request.version)
        sig = target.signature
        response = service_pb2.ModelMetadataResponse(
            name=target.name, platform=sig.platform,
            versions=[str(v) for v in self._catalog.versions_of(target.name)])
        for spec in sig.inputs:
            response.inputs.add(name=spec.name, datatype=spec.datatype, shape=list(spec.shape))
        for spec in sig.outputs:
            response.outputs.add(name=spec.name, datatype=spec.datatype, shape=list(spec.shape))
        return response

    async def ModelConfig(self, request, context):
        target = await self._resolve(context, request.name, request.version)
        return service_pb2.ModelConfigResponse(config=to_triton_config(target.config))

    # ------------------------------------------------------------- inference
    @timed_call("triton")
    async def ModelInfer(self, request, context):
        # every call's latency, failures included: timed_call (labels from served models only)
        return await self._infer(request, context)

    async def _infer(self, request, context):
        name = request.model_name
        target = await self._resolve(context, name, request.model_version)
        resource = f"{name}:{target.version}"
        started_ns = self._catalog.now_ns()
        try:
            try:
                inputs = decode_inputs(request)
            except InvalidInput:
                self._catalog.record_failure(target, started_ns=started_ns)
                raise
            result = await self._catalog.infer(name, target.version, inputs=inputs,
                                               outputs=[o.name for o in request.outputs])
        except _CORE_ERRORS as exc:
            REQUESTS.labels(model=name, api="triton", outcome="error").inc()
            try:
                await self._record(action="model.predict", resource=resource, outcome="failure",
                                   reason=type(exc).__name__)
            except BusUnavailable:
                pass  # nothing is released on this path
            await context.abort(_code(exc), str(exc))
        try:
            await self._record(action="model.predict", resource=resource)
        except BusUnavailable:
            REQUESTS.labels(model=name, api="triton", outcome="unaudited").inc()
            log.warning("prediction withheld: audit unavailable",
                        extra={"code": "INF-503", "fields": {"model": name,
                                                            "version": target.version}})
            await context.abort(grpc.StatusCode.UNAVAILABLE,
                                "audit log unavailable; inference refused")
        response = service_pb2.ModelInferResponse(model_name=name,
                                                  model_version=str(result.version),
                                                  id=request.id)
        encode_outputs(result.outputs, response)
        REQUESTS.labels(model=name, api="triton", outcome="success").inc()
        return response

    # ------------------------------------------------------------- not served
    async def _unserved(self, context, rpc: str):
        await context.abort(grpc.StatusCode.UNIMPLEMENTED,
                            f"{rpc} is not implemented by this server")

    async def ModelStreamInfer(self, request_iterator, context):
        await self._unserved(context, "ModelStreamInfer")

    async def SystemSharedMemoryStatus(self, request, context):
        await self._unserved(context, "SystemSharedMemoryStatus")

    async def SystemSharedMemoryRegister(self, request, context):
        await self._unserved(context, "SystemSharedMemoryRegister")

    async def SystemSharedMemoryUnregister(self, request, context):
        await self._unserved(context, "SystemSharedMemoryUnregister")

    async def CudaSharedMemoryStatus(self, request, context):
        await self._unserved(context, "CudaSharedMemoryStatus")

    async def CudaSharedMemoryRegister(self, request, context):
        await self._unserved(context, "CudaSharedMemoryRegister")

    async def CudaSharedMemoryUnregister(self, request, context):
        await self._unserved(context, "CudaSharedMemoryUnregister")

    async def TraceSetting(self, request, context):
        await self._unserved(context, "TraceSetting")

    async def LogSettings(self, request, context):
        await self._unserved(context, "LogSettings")

    # ------------------------------------------------------------- repository
    async def RepositoryIndex(self, request, context):
        response = service_pb2.RepositoryIndexResponse()
        for row in self._catalog.index(ready_only=request.ready):
            response.models.add(name=row.name, version=row.version, state=row.state,
                                reason=row.reason)
        return response

    async def RepositoryModelLoad(self, request, context):
        name = request.model_name
        if "config" in request.parameters or any(k.startswith("file:")
                                                 for k in request.parameters):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "load parameters (config override, files) are not supported")
        try:
            await self._record(action="model.load", resource=name)
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        try:
            loaded = await self._catalog.load(name)
        except _CORE_ERRORS as exc:
            await context.abort(_code(exc), str(exc))
        if self._on_loaded is not None:
            for version in loaded:
                await self._on_loaded(name, version)
        return service_pb2.RepositoryModelLoadResponse()

    async def RepositoryModelUnload(self, request, context):
        name = request.model_name
        try:
            await self._record(action="model.unload", resource=name)
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        try:
            await self._catalog.unload(name)
        except _CORE_ERRORS as exc:
            await context.abort(_code(exc), str(exc))
        return service_pb2.RepositoryModelUnloadResponse()

    async def ModelStatistics(self, request, context):
        if request.name:
            await self._resolve(context, request.name, request.version)
        response = service_pb2.ModelStatisticsResponse()
        for target in self._catalog.loaded():
            if request.name and target.name != request.name:
                continue
            if request.version and str(target.version) != request.version:
                continue
            response.model_stats.append(_statistics(target))
        return response


def _statistics(target: LoadedVersion) -> service_pb2.ModelStatistics:
    """Triton's ModelStatistics of one version: per-request durations, per-batch-size rows."""
    s = target.stats
    d = service_pb2.StatisticDuration
    stats = service_pb2.ModelStatistics(
        name=target.name, version=str(target.version), last_inference=s.last_inference_ms,
        inference_count=s.inference_count, execution_count=s.execution_count,
        inference_stats=service_pb2.InferStatistics(
            success=d(count=s.success_count, ns=s.success_ns),
            fail=d(count=s.fail_count, ns=s.fail_ns),
            queue=d(count=s.success_count, ns=s.queue_ns),
            compute_input=d(count=s.success_count, ns=s.compute_input_ns),
            compute_infer=d(count=s.success_count, ns=s.compute_infer_ns),
            compute_output=d(count=s.success_count, ns=s.compute_output_ns)))
    for size in sorted(s.batches):
        row = s.batches[size]
        stats.batch_stats.add(batch_size=size,
                              compute_input=d(count=row.count, ns=row.compute_input_ns),
                              compute_infer=d(count=row.count, ns=row.compute_infer_ns),
                              compute_output=d(count=row.count, ns=row.compute_output_ns))
    return stats


def triton_server_credentials(tls_dir: Path | None, mode: str) -> grpc.ServerCredentials | None:
    """The Triton port's credentials: the service's own certificate (``inference.pem``).

    Args:
        tls_dir: the service TLS folder; None: plaintext, like every port of the service.
        mode: ``mutual`` (a client certificate from ``ca.pem`` required), ``server`` (server
            certificate only) or ``plaintext`` (the wiring warns).

    Raises:
        FileNotFoundError: a certificate or key is missing from ``tls_dir``.
        InsecureFileMode: ``inference.key`` is open to group or others.
    """
    if tls_dir is None or mode == "plaintext":
        return None
    identity = load_tls_identity(tls_dir, "inference")
    if mode == "mutual":
        return server_credentials(identity)
    return grpc.ssl_server_credentials([(identity.key_pem, identity.cert_pem)],
                                       require_client_auth=False)


def build_triton_server(servicer: TritonServicer, *, host: str, port: int, policy: Policy,
                        verifiers: VerifierSource, audit: AuditSource,
                        ready: Callable[[], bool] = lambda: True,
                        credentials: grpc.ServerCredentials | None = None,
                        ) -> tuple[grpc.aio.Server, int]:
    """A guarded grpc.aio server for ``servicer`` bound to ``host:port`` (not yet started):
    TLS with ``credentials``, else plaintext.

    Returns:
        ``(server, bound port)``.
    """

    async def audit_denial(*, method: str, subject: str, role: str, reason: str) -> None:
        publisher = audit()
        if publisher is not None:
            await publisher.record(action="rpc.denied", resource=method, outcome="denied",
                                   reason=reason, subject=subject or "unauthenticated", role=role)

    guard = GuardInterceptor(permissions=TRITON_PERMISSIONS, policy=policy, verifiers=verifiers,
                             on_denied=audit_denial, ready=ready)
    server = grpc.aio.server(interceptors=[guard], options=[
        ("grpc.max_receive_message_length", 256 * 1024 * 1024),
        ("grpc.max_send_message_length", 256 * 1024 * 1024),
        ("grpc.so_reuseport", 0),
    ])
    service_pb2_grpc.add_GRPCInferenceServiceServicer_to_server(servicer, server)
    address = f"{host}:{port}"
    if credentials is None:
        bound = server.add_insecure_port(address)
    else:
        bound = server.add_secure_port(address, credentials)
    return server, bound

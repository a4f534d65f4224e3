"""Wiring: settings → repository, runtime, catalog → gRPC servers and NATS.
``python -m medenclave_inference``.

Default (embedded): an onnxruntime-backed Triton-compatible server on ``triton_host:
triton_port`` serves the model repository; Predict runs on the same catalog.
With ``triton_url`` set, an external NVIDIA Triton serves the repository instead and
Predict/ListModels go to it. With service TLS on (``tls_dir``) the Triton protocol is TLS both
ways (``triton_tls``: mutual by default); plaintext only when configured so, with a warning.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Iterable

import grpc

from medenclave.config import load_settings
from medenclave.service import Service, ServiceContext, run
from medenclave.v1 import inference_pb2, inference_pb2_grpc
from medenclave_inference.adapters.inbound.consumer import (
    REGISTERED_DURABLE,
    CatalogLoader,
    ModelRegisteredHandler,
    RepositoryPoller,
)
from medenclave_inference.adapters.inbound.drift_api import MonitoringServicer
from medenclave_inference.adapters.inbound.gpu_metrics import gpu_metrics
from medenclave_inference.adapters.inbound.grpc_api import InferenceServicer
from medenclave_inference.adapters.inbound.serving_metrics import SERVING
from medenclave_inference.adapters.inbound.triton_grpc import (
    TritonServicer,
    build_triton_server,
    triton_server_credentials,
)
from medenclave_inference.adapters.outbound.deid_client import DeidInstances, DeidStudies
from medenclave_inference.adapters.outbound.drift_alerts import BusDriftAlerts, DriftReferenceFolder
from medenclave_inference.adapters.outbound.model_config_pbtxt import PbtxtConfigReader
from medenclave_inference.adapters.outbound.onnx_runtime import OnnxModelRuntime
from medenclave_inference.adapters.outbound.publisher import LoadedPublisher
from medenclave_inference.adapters.outbound.repository_folder import FolderLayout, VersionFiles
from medenclave_inference.adapters.outbound.triton_remote import RemoteTriton, TritonTls
from medenclave_inference.config import InferenceSettings
from medenclave_inference.core.catalog import ModelCatalog, QueueLimits
from medenclave_inference.core.drift_monitor import DriftMonitor, MonitoredClassifier
from medenclave_inference.core.health_history import HealthHistory
from medenclave_inference.core.image_predict import ImagePredictor, PredictLimits
from medenclave_inference.core.ports import VersionLoader
from medenclave_inference.core.predict import CatalogClassifier, Predictor
from medenclave_inference.core.repository import ModelRepository

__all__ = ["InferenceService", "main"]

log = logging.getLogger(__name__)


class InferenceService(Service):
    name = "inference"

    def __init__(self, settings: InferenceSettings) -> None:
        self.settings = settings
        self.instance = socket.gethostname()
        self.remote: RemoteTriton | None = None
        self.catalog: ModelCatalog | None = None
        tls_dir = settings.tls_dir if settings.triton_tls != "plaintext" else None
        if settings.tls_dir is not None and tls_dir is None:
            log.warning("Triton protocol is plaintext although service TLS is on",
                        extra={"code": "INF-020", "fields": {"option": "triton_tls",
                                                             "remote": bool(settings.triton_url)}})
        self._ctx: ServiceContext | None = None
        self.health = HealthHistory(points=settings.health_points)
        self._health_task: asyncio.Task | None = None
        self.drift = DriftMonitor(
            references=DriftReferenceFolder(settings.repository_path),
            alerts=BusDriftAlerts(bus=lambda: self._ctx.bus if self._ctx else None,
                                  audit=lambda: self._ctx.audit if self._ctx else None),
            window=settings.drift_window, threshold=settings.drift_threshold)
        if settings.triton_url:
            tls = None if tls_dir is None else \
                TritonTls.from_dir(tls_dir, mutual=settings.triton_tls == "mutual")
            self.remote = RemoteTriton(settings.triton_url, tls=tls)
            self.predictor = Predictor(MonitoredClassifier(self.remote, self.drift))
        else:
            repository = ModelRepository(FolderLayout(settings.repository_path), configs=PbtxtConfigReader())
            limits = QueueLimits(max_requests=settings.max_queue_requests,
                                 max_bytes=settings.max_queue_mib * 1024 * 1024,
                                 timeout_ns=int(settings.request_timeout_s * 1e9),
                                 inline_max_ns=int(settings.inline_max_ms * 1e6))
            self.catalog = ModelCatalog(repository=repository,
                                        runtime=OnnxModelRuntime(
                                            spin=settings.ort_spin,
                                            intra_op_threads=settings.ort_threads),
                                        limits=limits, observer=self.drift)
            self.predictor = Predictor(CatalogClassifier(self.catalog))
        self._deid_channel: grpc.aio.Channel | None = None
        self._ctx: ServiceContext | None = None
        self.images = ImagePredictor(
            backend=self.predictor.backend, files=VersionFiles(settings.repository_path),
            studies=DeidStudies(channel=self._deid, timeout_s=settings.deid_timeout_s),
            deid=DeidInstances(channel=self._deid, timeout_s=settings.deid_timeout_s),
            limits=PredictLimits(max_instances=settings.predict_max_instances,
                                 max_bytes=settings.predict_max_dicom_mib * 1024 * 1024))
        self.triton_server: grpc.aio.Server | None = None
        self.triton_port = 0
        self._ready = False
        self._publisher: LoadedPublisher | None = None
        self._poller_task: asyncio.Task | None = None

    def _deid(self) -> grpc.aio.Channel:
        """The channel to deid, authenticated as this service (opened on first use)."""
        if self._deid_channel is None:
            if self._ctx is None:
                raise RuntimeError("used before register()")
            self._deid_channel = self._ctx.channel(self.settings.deid_endpoint)
        return self._deid_channel

    def register(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        ctx.add_servicer(inference_pb2_grpc.add_MonitoringServiceServicer_to_server,
                         MonitoringServicer(monitor=self.drift, history=self.health),
                         inference_pb2.DESCRIPTOR.services_by_name["MonitoringService"])
        ctx.add_servicer(inference_pb2_grpc.add_InferenceServiceServicer_to_server,
                         InferenceServicer(predictor=self.predictor, audit=lambda: ctx.audit,
                                           images=self.images),
                         inference_pb2.DESCRIPTOR.services_by_name["InferenceService"])
        if self.catalog is not None:
            servicer = TritonServicer(catalog=self.catalog, audit=lambda: ctx.audit,
                                      ready=lambda: self._ready, on_loaded=self._announce)
            self.triton_server, self.triton_port = build_triton_server(
                servicer, host=self.settings.triton_host, port=self.settings.triton_port,
                policy=ctx.policy, verifiers=ctx.keys, audit=lambda: ctx.audit,
                ready=lambda: self._ready,
                credentials=triton_server_credentials(self.settings.tls_dir,
                                                      self.settings.triton_tls))

    async def _announce(self, model: str, version: int) -> None:
        self.drift.forget(model, version)  # a (re)loaded file: its reference is read afresh
        if self._publisher is not None:
            await self._publisher(model, version)

    async def start(self, ctx: ServiceContext) -> None:
        if ctx.bus is None:
            raise RuntimeError("used before start()")
        self._publisher = LoadedPublisher(ctx.bus, self.instance)
        gpu_metrics()
        SERVING.attach(self.catalog, self.drift)
        if self.catalog is not None:
            with contextlib.suppress(OSError):  # a read-only shared volume may exist already
                self.settings.repository_path.mkdir(parents=True, exist_ok=True)
            poller = RepositoryPoller(catalog=self.catalog, publish=self._publisher,
                                      interval_s=self.settings.repository_poll_s)
            loaded = await poller.scan_once()
            log.info("repository scanned", extra={"code": "INF-001",
                                                  "fields": {"versions_loaded": len(loaded)}})
            if self.settings.repository_poll_s > 0:
                self._poller_task = asyncio.create_task(poller.run(), name="repository-poll")
                # the other replicas' copy of each model.registered: rescan now, not in 10 s
                await ctx.bus.on_live(REGISTERED_DURABLE, poller.wake)
            loader: VersionLoader = CatalogLoader(self.catalog)
        else:
            if self.remote is None:
                raise RuntimeError("used before start()")
            loader = self.remote
        ctx.bus.consume(REGISTERED_DURABLE,
                        ModelRegisteredHandler(loader=loader, publish=self._publisher))
        self._health_task = asyncio.create_task(self._sample_health(), name="serving-health")
        self._ready = True

    async def _sample_health(self) -> None:
        """Every ``health_interval_s``: one sample of each loaded version's health."""
        while True:
            kl = {(m, v): r.kl for m, v, r in self.drift.reports() if r.judged}
            loaded = self.catalog.loaded() if self.catalog is not None else []
            self.health.sample(time.time(), [(t.name, t.version, t.stats) for t in loaded], kl)
            await asyncio.sleep(self.settings.health_interval_s)

    async def stop(self) -> None:
        self._ready = False
        SERVING.detach(self.catalog, self.drift)
        for task in (self._poller_task, self._health_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._poller_task = self._health_task = None
        if self.remote is not None:
            await self.remote.close()
        if self._deid_channel is not None:
            await self._deid_channel.close()

    def extra_servers(self) -> Iterable[grpc.aio.Server]:
        return [self.triton_server] if self.triton_server is not None else []


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m medenclave_inference")
    parser.add_argument("--triton-url", default=None,
                        help="external NVIDIA Triton gRPC endpoint host:port (default: the "
                             "embedded server; env MEDENCLAVE_INFERENCE_TRITON_URL)")
    args = parser.parse_args(argv)
    overrides = {"triton_url": args.triton_url} if args.triton_url is not None else {}
    settings = load_settings(InferenceSettings, **overrides)
    run(lambda: InferenceService(settings), settings)  # built after the start-up file check


if __name__ == "__main__":
    main()

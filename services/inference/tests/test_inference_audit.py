"""Fail closed: no inference result leaves the server when its audit record cannot be
published (the adapters with a real onnxruntime model, a publisher whose bus is down)."""

from __future__ import annotations

import asyncio

import grpc
import numpy as np
import pytest
from tritonclient.grpc import service_pb2

from medenclave import rpc
from medenclave.bus import BusUnavailable
from medenclave.security.tokens import Principal
from medenclave.v1 import inference_pb2
from medenclave_inference.adapters.inbound.grpc_api import InferenceServicer
from medenclave_inference.adapters.inbound.triton_grpc import TritonServicer
from medenclave_inference.adapters.outbound.model_config_pbtxt import PbtxtConfigReader
from medenclave_inference.adapters.outbound.onnx_runtime import OnnxModelRuntime
from medenclave_inference.adapters.outbound.repository_folder import FolderLayout
from medenclave_inference.core.catalog import ModelCatalog
from medenclave_inference.core.predict import CatalogClassifier, Predictor
from medenclave_inference.core.repository import ModelRepository


class Aborted(Exception):
    def __init__(self, code, details):
        super().__init__(details)
        self.code = code


class FakeContext:
    async def abort(self, code, details):
        raise Aborted(code, details)


class DownAudit:
    def __init__(self):
        self.calls = []

    async def record(self, **fields):
        self.calls.append(fields)
        raise BusUnavailable("no PubAck")


class UpAudit(DownAudit):
    async def record(self, **fields):
        self.calls.append(fields)


async def _catalog(repo):
    catalog = ModelCatalog(repository=ModelRepository(FolderLayout(repo), configs=PbtxtConfigReader()),
                           runtime=OnnxModelRuntime())
    await catalog.sync()
    return catalog


def _request(images):
    request = service_pb2.ModelInferRequest(model_name="chest")
    request.inputs.add(name="image", datatype="FP32", shape=list(images.shape))
    request.raw_input_contents.append(images.astype("<f4").tobytes())
    return request


@pytest.mark.parametrize("audit_cls, outcome", [(DownAudit, "refused"), (UpAudit, "served")])
def test_model_infer_fails_closed(tmp_path, helpers, audit_cls, outcome):
    helpers.write_model(tmp_path, "chest", 1, seed=1)
    audit = audit_cls()

    async def scenario():
        catalog = await _catalog(tmp_path)
        servicer = TritonServicer(catalog=catalog, audit=lambda: audit, ready=lambda: True)
        token = rpc._principal.set(Principal(subject="ris", role="clinician"))
        try:
            return await servicer.ModelInfer(_request(np.ones((2, 1, 8, 8), np.float32)),
                                             FakeContext())
        finally:
            rpc._principal.reset(token)

    if outcome == "refused":
        with pytest.raises(Aborted) as err:
            asyncio.run(scenario())
        assert err.value.code == grpc.StatusCode.UNAVAILABLE
    else:
        response = asyncio.run(scenario())
        assert response.model_version == "1" and len(response.raw_output_contents[0]) == 16
    assert audit.calls[-1]["action"] == "model.predict"
    assert audit.calls[-1]["resource"] == "chest:1"
    assert audit.calls[-1]["principal"].subject == "ris"


def test_predict_fails_closed(tmp_path, helpers):
    helpers.write_model(tmp_path, "chest", 1, seed=1)
    audit = DownAudit()

    async def scenario():
        catalog = await _catalog(tmp_path)
        servicer = InferenceServicer(predictor=Predictor(CatalogClassifier(catalog)),
                                     audit=lambda: audit)
        token = rpc._principal.set(Principal(subject="ris", role="clinician"))
        try:
            return await servicer.Predict(inference_pb2.PredictRequest(
                model_name="chest", shape=[1, 8, 8],
                float32_data=np.zeros(64, "<f4").tobytes()), FakeContext())
        finally:
            rpc._principal.reset(token)

    with pytest.raises(Aborted) as err:
        asyncio.run(scenario())
    assert err.value.code == grpc.StatusCode.UNAVAILABLE
    assert audit.calls and audit.calls[0]["resource"] == "chest:1"

"""Predict by de-identified study and by DICOM bytes through the real inference service, the
real access service (tokens, RBAC) and a deid service running the real DeidServicer (FetchStudy
over studies held in memory, DeidentifyInstance de-identifying in memory).

The tensors Predict builds are the training path's (``decode_instance``) bit for bit; PHI sent
in DICOM never reaches a log line or the answer; limits refuse before anything is read.
"""

from __future__ import annotations

import io
import json
import logging

import grpc
import numpy as np
import onnxruntime as ort
import pydicom
import pytest
from onnx import TensorProto, helper, numpy_helper
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import BasicTextSRStorage, CTImageStorage, ExplicitVRLittleEndian

from medenclave import preprocess, reports, telemetry
from medenclave.rpc import StaticToken, secure_channel
from medenclave.v1 import deid_pb2, deid_pb2_grpc, inference_pb2, inference_pb2_grpc
from medenclave_inference.core.image_predict import _inputs
from medenclave_training.adapters.outbound.deid_client import decode_instance

STUDY = "2.25.4242"
SIZE = 8
PHI = {"PatientName": "Quixote^Alonso", "PatientID": "MRN-77123499",
       "PatientBirthDate": "19470315", "AccessionNumber": "ACC-5550199",
       "InstitutionName": "La Mancha General"}
MAX_INSTANCES = 6
MAX_MIB = 1


def ct_instance(n: int, *, phi: dict | None = None, rows: int = 24, cols: int = 20) -> bytes:
    """A small CT instance; with ``phi`` it carries identifying values (synthetic)."""
    rng = np.random.default_rng(n)
    uid = f"2.25.{9000 + n}" if phi is None else f"1.2.826.0.1.3680043.8.498.{5000 + n}"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, uid
    ds.StudyInstanceUID = STUDY if phi is None else "1.2.826.0.1.3680043.8.498.4999"
    ds.SeriesInstanceUID = ds.StudyInstanceUID + ".1"
    for key, value in (phi or {"PatientIdentityRemoved": "YES"}).items():
        setattr(ds, key, value)
    ds.Modality, ds.InstanceNumber = "CT", n + 1
    ds.ImagePositionPatient = [0.0, 0.0, 2.0 * n]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing, ds.SliceThickness = [0.8, 0.6], 2.0
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = rng.integers(0, 4095, (rows, cols)).astype(np.uint16).tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def sr_instance() -> bytes:
    """A structured report: no pixel data (skipped, not fatal)."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = BasicTextSRStorage
    meta.MediaStorageSOPInstanceUID = "2.25.8888"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = BasicTextSRStorage, "2.25.8888"
    ds.StudyInstanceUID, ds.Modality = STUDY, "SR"
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def report_instance(text: str) -> bytes:
    """A structured report whose content tree holds ``text`` (one nested TEXT item)."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = BasicTextSRStorage
    meta.MediaStorageSOPInstanceUID = "2.25.8889"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = BasicTextSRStorage, "2.25.8889"
    ds.StudyInstanceUID, ds.Modality = FUSION_STUDY, "SR"
    ds.SpecificCharacterSet = "ISO_IR 192"
    item, finding = Dataset(), Dataset()
    finding.ValueType, finding.TextValue = "TEXT", text
    item.ValueType, item.ContentSequence = "CONTAINER", [finding]
    ds.ValueType, ds.ContentSequence = "CONTAINER", [item]
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


STUDY_BLOBS = [ct_instance(0), ct_instance(1), sr_instance(), ct_instance(2)]
FUSION_STUDY = "2.25.4343"
REPORT = "spiculated nodule right upper lobe 右上肺结节"
TOKENS = 12


def fusion_bytes(seed: int) -> bytes:
    """image [N,1,S,S] + token_ids [N,L] → Softmax(flat·W + float(ids)·V): the answer moves
    with the report's token ids, as a fusion model's does."""
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((SIZE * SIZE, 2)).astype(np.float32)
    v = (rng.standard_normal((TOKENS, 2)) / 10).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("Flatten", ["image"], ["flat"], axis=1),
         helper.make_node("MatMul", ["flat", "w"], ["a"]),
         helper.make_node("Cast", ["token_ids"], ["ids"], to=TensorProto.FLOAT),
         helper.make_node("MatMul", ["ids", "v"], ["b"]),
         helper.make_node("Add", ["a", "b"], ["logits"]),
         helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)],
        "fusion",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 1, SIZE, SIZE]),
         helper.make_tensor_value_info("token_ids", TensorProto.INT64, ["N", TOKENS])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2])],
        initializer=[numpy_helper.from_array(w, "w"), numpy_helper.from_array(v, "v")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model.SerializeToString()


FUSION_CONFIG = f"""
name: "fusion"
platform: "onnxruntime_onnx"
max_batch_size: 32
input [ {{ name: "image" data_type: TYPE_FP32 dims: [ 1, {SIZE}, {SIZE} ] }},
        {{ name: "token_ids" data_type: TYPE_INT64 dims: [ {TOKENS} ] }} ]
output [ {{ name: "probabilities" data_type: TYPE_FP32 dims: [ 2 ] }} ]
"""


def write_fusion(repo, chain: bytes) -> bytes:
    """The fusion model, its preprocessing and its tokenizer; returns tokenizer.json."""
    from medenclave_training.adapters.outbound.fusion import tokenizer_json, train_tokenizer

    tok = tokenizer_json(train_tokenizer([REPORT, "no nodule 无结节", "clear lungs 双肺清晰"],
                                         vocab_size=80, length=TOKENS))
    folder = repo / "fusion" / "1"
    folder.mkdir(parents=True)
    (repo / "fusion" / "config.pbtxt").write_text(FUSION_CONFIG)
    (folder / preprocess.PREPROCESS_FILE).write_bytes(chain)
    (folder / "tokenizer.json").write_bytes(tok)
    (folder / "model.onnx").write_bytes(fusion_bytes(5))
    return tok


@pytest.fixture(scope="module")
def deid_stack(tmp_path_factory, helpers):
    telemetry.configure_tracing("medenclave-test")  # spans, so answers carry a trace id
    root = tmp_path_factory.mktemp("predict-images")
    repo = root / "data" / "model-repository"
    chain = preprocess.dumps(preprocess.default_chain(SIZE))
    for name in ("chest", "triage", "bare"):
        helpers.write_model(repo, name, 1, seed=3)
        if name != "bare":
            (repo / name / "1" / preprocess.PREPROCESS_FILE).write_bytes(chain)
    (repo / "triage" / "1" / "operating_point.json").write_text(
        json.dumps({"positive_class": 1, "threshold": 0.05}))
    write_fusion(repo, chain)
    fusion_study = [ct_instance(3), report_instance(REPORT), ct_instance(4)]
    s = helpers.Stack(root, deid_studies={STUDY: STUDY_BLOBS, FUSION_STUDY: fusion_study},
                      inference_options={
        "predict_max_instances": MAX_INSTANCES, "predict_max_dicom_mib": MAX_MIB})
    try:
        yield s.start()
    finally:
        s.stop()


def _stub(stack, role: str):
    channel = secure_channel(stack.grpc_url, StaticToken(stack.token(role)))
    return channel, inference_pb2_grpc.InferenceServiceStub(channel)


def _predict(stack, request, role: str = "clinician"):
    async def call():
        channel, stub = _stub(stack, role)
        try:
            return await stub.Predict(request, timeout=60)
        finally:
            await channel.close()
    return stack.call(call(), timeout=90)


def _code(stack, request, role: str = "clinician") -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as err:
        _predict(stack, request, role)
    return err.value.code()


def _scores(helpers, batch: np.ndarray) -> np.ndarray:
    """The fixture model run in onnxruntime in-process on ``batch``."""
    session = ort.InferenceSession(helpers.classifier_bytes(3), providers=["CPUExecutionProvider"])
    return session.run(None, {"image": batch.astype(np.float32)})[0]


def test_training_and_predict_paths_build_identical_tensors():
    """Training's decode_instance and Predict's input builder, same DICOM, same chain: the
    same bytes — for the default chain and a 2-D chain with rescale, spacing, window and
    pad/crop."""
    custom = preprocess.parse_chain([
        {"name": "frames"}, {"name": "rescale"},
        {"name": "spacing", "args": {"pixdim": [1.2, 1.2]}},
        {"name": "window", "args": {"a_min": -1000, "a_max": 2000}},
        {"name": "pad_or_crop", "args": {"spatial_size": [16, 16]}}])
    images = [b for b in STUDY_BLOBS if b is not STUDY_BLOBS[2]]
    for chain in (preprocess.default_chain(SIZE), custom):
        training = np.stack([decode_instance(b, SIZE, chain) for b in images])
        serving, skipped = _inputs(chain, STUDY_BLOBS)
        assert skipped == 1
        assert serving.dtype == training.dtype == np.float32
        assert serving.shape == training.shape
        assert np.array_equal(serving, training)


def test_predict_by_study(deid_stack, helpers):
    answer = _predict(deid_stack, inference_pb2.PredictRequest(model_name="chest",
                                                               pseudo_study_id=STUDY))
    assert (answer.model_name, answer.version) == ("chest", 1)
    assert (answer.instances, answer.skipped) == (3, 1)
    assert answer.decision_rule == "argmax" and len(answer.trace_id) == 32
    images = [b for b in STUDY_BLOBS if b is not STUDY_BLOBS[2]]
    expected = _scores(helpers, np.stack([decode_instance(b, SIZE) for b in images]))
    got = np.array(answer.probabilities, np.float32).reshape(answer.shape)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
    assert list(answer.classes) == expected.argmax(axis=1).tolist()
    assert answer.decision == int(expected.mean(axis=0).argmax())
    # the service account fetched the study (deid's FetchStudy needs data.read)
    assert deid_stack.deid is not None


def test_predict_by_dicom_deidentifies_and_never_logs_phi(deid_stack, helpers, caplog):
    sources = [ct_instance(10, phi=PHI), ct_instance(11, phi=PHI)]
    before = deid_stack.deid.deidentify_calls
    with caplog.at_level(logging.DEBUG):
        answer = _predict(deid_stack, inference_pb2.PredictRequest(model_name="triage",
                                                                   dicom=sources))
    assert deid_stack.deid.deidentify_calls - before == 2  # every instance went through deid
    assert answer.instances == 2 and answer.version == 1
    # the pixels survive de-identification: the scores are those of the sources' pixels
    expected = _scores(helpers, np.stack([decode_instance(b, SIZE) for b in sources]))
    np.testing.assert_allclose(np.array(answer.probabilities).reshape(answer.shape), expected,
                               rtol=1e-5, atol=1e-6)
    # the saved operating point decides, and the answer says so
    assert answer.decision_rule == "operating_point.json"
    assert answer.positive_class == 1 and answer.threshold == pytest.approx(0.05)
    assert list(answer.classes) == [1 if p >= 0.05 else 0 for p in expected[:, 1]]
    text = answer.SerializeToString().decode("latin-1") + "\n".join(
        f"{r.getMessage()} {getattr(r, 'fields', '')}" for r in caplog.records)
    for value in PHI.values():
        assert value not in text
        assert value.split("^")[0] not in text


def test_predict_fusion_model_reads_the_studys_report(deid_stack):
    """A fusion model gets the study's de-identified report text as token ids, built by the
    tokenizer saved with it exactly as training built them (one copy per image)."""
    answer = _predict(deid_stack, inference_pb2.PredictRequest(model_name="fusion",
                                                               pseudo_study_id=FUSION_STUDY))
    assert (answer.instances, answer.skipped) == (2, 1)
    tok = reports.load_tokenizer(
        (deid_stack.root / "data" / "model-repository" / "fusion" / "1" / "tokenizer.json")
        .read_bytes())
    ids = reports.encode_texts(tok, [REPORT])
    assert ids.shape == (1, TOKENS) and (ids[0, 1:] > 1).sum() >= 3  # known tokens, not [UNK]
    images = np.stack([decode_instance(ct_instance(n), SIZE) for n in (3, 4)])
    session = ort.InferenceSession(fusion_bytes(5), providers=["CPUExecutionProvider"])
    expected = session.run(None, {"image": images, "token_ids": np.repeat(ids, 2, axis=0)})[0]
    got = np.array(answer.probabilities, np.float32).reshape(answer.shape)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
    without = session.run(None, {"image": images, "token_ids": np.zeros_like(
        np.repeat(ids, 2, axis=0))})[0]
    assert not np.allclose(got, without, atol=1e-4)  # the text moved the answer
    # a study without a report, or a bare tensor: refused, saying why
    req = inference_pb2.PredictRequest
    assert _code(deid_stack, req(model_name="fusion", pseudo_study_id=STUDY)) == \
        grpc.StatusCode.FAILED_PRECONDITION
    assert _code(deid_stack, req(model_name="fusion", shape=[1, SIZE, SIZE],
                                 float32_data=np.zeros((1, 1, SIZE, SIZE), "<f4").tobytes())) \
        == grpc.StatusCode.INVALID_ARGUMENT


def test_refusals(deid_stack):
    req = inference_pb2.PredictRequest
    assert _code(deid_stack, req(model_name="chest", pseudo_study_id="2.25.1")) == \
        grpc.StatusCode.NOT_FOUND
    # only pseudonymous ids are sent on (and audited): a name is refused as such
    assert _code(deid_stack, req(model_name="chest", pseudo_study_id="Quixote^Alonso")) == \
        grpc.StatusCode.INVALID_ARGUMENT
    assert _code(deid_stack, req(model_name="chest", pseudo_study_id=STUDY,
                                 dicom=[b"x"])) == grpc.StatusCode.INVALID_ARGUMENT
    # a model saved without its preprocessing takes tensors only
    assert _code(deid_stack, req(model_name="bare", pseudo_study_id=STUDY)) == \
        grpc.StatusCode.FAILED_PRECONDITION
    assert _code(deid_stack, req(model_name="chest", dicom=[b"not dicom at all"])) == \
        grpc.StatusCode.INVALID_ARGUMENT


def test_role_without_model_predict_refused(deid_stack):
    """A radiologist (data.read, no model.predict) may not Predict, nor call deid's
    DeidentifyInstance (a service account's permission)."""
    assert _code(deid_stack, inference_pb2.PredictRequest(model_name="chest",
                                                          pseudo_study_id=STUDY),
                 role="radiologist") == grpc.StatusCode.PERMISSION_DENIED

    async def deidentify(role):
        channel = secure_channel(f"127.0.0.1:{deid_stack.deid_port}",
                                 StaticToken(deid_stack.token(role)))
        try:
            await deid_pb2_grpc.DeidServiceStub(channel).DeidentifyInstance(
                deid_pb2.DeidentifyInstanceRequest(dicom=ct_instance(20, phi=PHI)), timeout=30)
        finally:
            await channel.close()

    for role in ("radiologist", "clinician", "ai_engineer"):
        with pytest.raises(grpc.aio.AioRpcError) as err:
            deid_stack.call(deidentify(role), timeout=60)
        assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED


def test_too_large_dicom_refused_before_anything_reads_it(deid_stack):
    """Beyond the byte or instance cap: RESOURCE_EXHAUSTED, and deid never saw the bytes."""
    before = deid_stack.deid.deidentify_calls
    big = b"\0" * (MAX_MIB * 1024 * 1024 + 1)
    assert _code(deid_stack, inference_pb2.PredictRequest(model_name="chest", dicom=[big])) == \
        grpc.StatusCode.RESOURCE_EXHAUSTED
    many = [ct_instance(30)] * (MAX_INSTANCES + 1)
    assert _code(deid_stack, inference_pb2.PredictRequest(model_name="chest", dicom=many)) == \
        grpc.StatusCode.RESOURCE_EXHAUSTED
    assert deid_stack.deid.deidentify_calls == before


def test_remote_triton_resolves_latest_from_cached_metadata():
    """Predict by image resolves "latest" before it preprocesses; with an external Triton the
    versions come from its metadata, asked once per model until the model is reloaded."""
    import asyncio
    from types import SimpleNamespace

    from medenclave_inference.adapters.outbound.triton_remote import RemoteTriton
    from medenclave_inference.core.errors import ModelNotFound

    class FakeClient:
        calls = 0
        versions = ["2", "7", "3"]

        async def get_model_metadata(self, model, version, client_timeout=None):
            FakeClient.calls += 1
            return SimpleNamespace(versions=list(FakeClient.versions),
                                   inputs=[SimpleNamespace(name="image")],
                                   outputs=[SimpleNamespace(name="probabilities")])

        async def load_model(self, model, client_timeout=None):
            return None

        async def is_model_ready(self, model, version, client_timeout=None):
            return True

    remote = RemoteTriton("triton:8001")
    remote._client = FakeClient()  # type: ignore[assignment]

    async def calls():
        assert [await remote.resolve(model="chest", version=0) for _ in range(4)] == [7] * 4
        assert await remote.resolve(model="chest", version=2) == 2
        assert FakeClient.calls == 1
        with pytest.raises(ModelNotFound):  # not served: asked once more, then refused
            await remote.resolve(model="chest", version=5)
        assert FakeClient.calls == 2
        FakeClient.versions = ["7", "8"]
        await remote.load_version(model="chest", version=8)
        assert await remote.resolve(model="chest", version=0) == 8
        assert FakeClient.calls == 3

    asyncio.run(calls())

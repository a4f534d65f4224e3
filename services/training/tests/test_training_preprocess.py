"""The training side of the one preprocessing path: the version folder gets preprocess.json
(and the trainer's extras) next to model.onnx, written with the version or not at all."""

from __future__ import annotations

import pytest

from medenclave import preprocess
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.ports import ServingSignature, TrainedModel
from medenclave_training.core.runner import _extras

SIG = ServingSignature(model_name="chest-ct", image_size=32, num_classes=2)


def test_default_preprocess_saved_unless_the_trainer_saved_its_own():
    extras = _extras(TrainedModel(onnx=b"m", val_accuracy=1.0, train_loss=0.1), 32)
    assert preprocess.loads(extras[preprocess.PREPROCESS_FILE]) == preprocess.default_chain(32)
    own = preprocess.dumps(preprocess.parse_chain([{"name": "frames"}, {"name": "normalize"}]))
    trained = TrainedModel(onnx=b"m", val_accuracy=1.0, train_loss=0.1,
                           extras={preprocess.PREPROCESS_FILE: own, "drift_reference.json": b"{}"})
    assert _extras(trained, 32) == {preprocess.PREPROCESS_FILE: own,
                                    "drift_reference.json": b"{}"}


def test_repository_writes_extras_into_the_version_folder(tmp_path):
    repo = TritonModelRepository(tmp_path)
    chain = preprocess.dumps(preprocess.default_chain(32))
    repo.publish(signature=SIG, version=1, onnx=b"onnx", extras={"preprocess.json": chain})
    folder = tmp_path / "chest-ct" / "1"
    assert sorted(p.name for p in folder.iterdir()) == ["model.onnx", "preprocess.json"]
    assert (folder / "preprocess.json").read_bytes() == chain


@pytest.mark.parametrize("name", ["../escape.json", ".hidden", "model.onnx", "", "a/b"])
def test_repository_refuses_extra_names_and_writes_nothing(tmp_path, name):
    repo = TritonModelRepository(tmp_path)
    with pytest.raises(OSError):
        repo.publish(signature=SIG, version=1, onnx=b"onnx", extras={name: b"x"})
    assert repo.latest_version(model_name="chest-ct") == 0
    assert not (tmp_path / "escape.json").exists()

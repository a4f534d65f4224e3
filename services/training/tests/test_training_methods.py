"""The training methods on small generated data, CPU only: MAML few-shot (by patient, held-out
classes, against a baseline), image + text fusion (against image-only), the checked ONNX export
and the Triton config's instance kind."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from google.protobuf import text_format
from tokenizers import Tokenizer
from tritonclient.grpc import model_config_pb2

from medenclave_testing.methods_data import FUSION_SIZE, fewshot_data, fusion_data
from medenclave_training.adapters.outbound.fewshot import (
    EpisodeSampler,
    FewShotData,
    FewShotLearner,
)
from medenclave_training.adapters.outbound.fusion import (
    encode_texts,
    fit_fusion,
    tokenizer_json,
    train_tokenizer,
)
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.job_config import FewShotConfig, FusionConfig
from medenclave_training.core.ports import ServingSignature, TrainingFailed

pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")


@pytest.fixture(autouse=True)
def one_thread():
    """One intra-op thread: small models run faster so on a shared 2-core machine."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def test_episodes_are_sampled_by_patient_from_the_named_classes():
    x, y, p = fewshot_data(classes=6, patients=4, images=2)
    data = FewShotData(x, y, p)
    sampler = EpisodeSampler(data, [0, 1, 2, 3], n_way=3, k_shot=2, query=3)
    rng = np.random.default_rng(0)
    for _ in range(20):
        s_idx, s_y, q_idx, q_y = sampler.sample(rng)
        assert len(s_idx) == 6 and len(q_idx) == 9
        assert sorted(set(s_y)) == sorted(set(q_y)) == [0, 1, 2]
        assert {y[i] for i in s_idx + q_idx} <= {0, 1, 2, 3}
        # no patient gives both a support and a query image
        assert not {p[i] for i in s_idx} & {p[i] for i in q_idx}
        for way in range(3):  # one class per episode label
            assert len({y[i] for i, w in zip(s_idx + q_idx, s_y + q_y) if w == way}) == 1
    with pytest.raises(TrainingFailed, match="fewshot_too_few_classes"):
        EpisodeSampler(data, [0, 1], n_way=3, k_shot=2, query=3)
    one_patient = FewShotData(x[:2], [0, 0], ["a", "a"])
    with pytest.raises(TrainingFailed, match="fewshot_too_few_patients"):
        EpisodeSampler(one_patient, [0], n_way=1, k_shot=1, query=1)


def test_maml_learns_held_out_classes_above_chance_and_reports_baseline():
    x, y, p = fewshot_data(classes=16, patients=4, images=2, seed=0)
    data = FewShotData(x, y, p)
    cfg = FewShotConfig(n_way=3, k_shot=2, query=3, inner_steps=3, inner_lr=0.5,
                        first_order=True, meta_batch=2, meta_iterations=20, meta_lr=1e-2)
    learner = FewShotLearner(cfg, seed=0, threads=1)
    learner.meta_train(data, classes=list(range(12)))
    report = learner.evaluate(data, classes=[12, 13, 14, 15], episodes=10, seed=1)
    print(f"\nMAML {report.accuracy:.3f} ± {report.ci95:.3f}, baseline "
          f"{report.baseline_accuracy:.3f} ± {report.baseline_ci95:.3f}, chance {report.chance:.3f}")
    assert report.meta_test_classes == (12, 13, 14, 15)
    assert report.accuracy >= report.chance + 0.15
    assert 0 < report.ci95 < 0.5 and 0.0 <= report.baseline_accuracy <= 1.0
    metrics = report.as_metrics()
    assert set(metrics) >= {"fewshot_accuracy", "fewshot_ci95", "baseline_accuracy"}

    # the adapted model for the held-out classes exports and matches on all their images
    support = [i for i, c in enumerate(y) if c in (12, 13, 14) and p[i].endswith("-00")]
    model = learner.adapt_model([x[i] for i in support], [y[i] - 12 for i in support])
    served = torch.nn.Sequential(model, torch.nn.Softmax(dim=1))
    rest = np.stack([x[i] for i, c in enumerate(y) if c in (12, 13, 14)])
    onnx = export_onnx(served, {"image": rest})
    assert check_export(served, onnx, {"image": rest}) <= 1e-4


def test_second_order_maml_differs_from_first_order():
    x, y, p = fewshot_data(classes=4, patients=3, images=1, seed=2)
    data = FewShotData(x, y, p)
    nets = []
    for first_order in (False, True):
        cfg = FewShotConfig(n_way=2, k_shot=1, query=1, inner_steps=1, inner_lr=0.5,
                            first_order=first_order, meta_batch=1, meta_iterations=2)
        learner = FewShotLearner(cfg, seed=0, threads=1)
        learner.meta_train(data, classes=[0, 1, 2, 3])
        nets.append(torch.cat([q.flatten() for q in learner.net.parameters()]))
    assert not torch.allclose(nets[0], nets[1])


def test_fusion_beats_image_only_when_the_label_needs_the_report():
    images, texts, labels = fusion_data(160, seed=0)
    v_images, v_texts, v_labels = fusion_data(80, seed=1)
    cfg = FusionConfig(text_length=24, vocab_size=200, d_model=32, heads=4, text_layers=1)
    tok = train_tokenizer(texts, vocab_size=cfg.vocab_size, length=cfg.text_length)
    ids, v_ids = encode_texts(tok, texts), encode_texts(tok, v_texts)
    assert ids.shape == (160, 24) and ids.dtype == np.int64
    assert "强" in tok.get_vocab() and "enhancement" in tok.get_vocab()  # both languages
    # saved with the model: reloading gives the same ids
    again = Tokenizer.from_str(tokenizer_json(tok).decode())
    assert (encode_texts(again, v_texts) == v_ids).all()

    common = {"labels": labels, "val_images": np.stack(v_images), "val_labels": v_labels,
              "num_classes": 2, "vocab": tok.get_vocab_size(), "epochs": 8, "batch_size": 16,
              "lr": 3e-3, "seed": 0}
    fused = fit_fusion(cfg, images=np.stack(images), tokens=ids, val_tokens=v_ids, **common)
    alone = fit_fusion(cfg, images=np.stack(images), tokens=None, val_tokens=None, **common)
    print(f"\nfusion {fused.val_accuracy:.3f}, image-only {alone.val_accuracy:.3f}")
    assert fused.val_accuracy >= 0.9
    assert fused.val_accuracy >= alone.val_accuracy + 0.1

    inputs = {"image": np.stack(v_images), "token_ids": v_ids}
    onnx = export_onnx(fused.model, inputs)
    assert check_export(fused.model, onnx, inputs) <= 1e-4


def test_export_check_refuses_a_graph_that_differs():
    x, _, _ = fewshot_data(classes=2, patients=2, images=2)
    images = np.stack(x)
    torch.manual_seed(0)
    one = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(28 * 28, 2))
    other = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(28 * 28, 2))
    onnx = export_onnx(one, {"image": images})
    assert check_export(one, onnx, {"image": images}) <= 1e-4
    with pytest.raises(TrainingFailed, match="export_mismatch"):
        check_export(other, onnx, {"image": images})
    with pytest.raises(TrainingFailed, match="export_mismatch"):
        check_export(one, b"not an onnx file", {"image": images})


def test_triton_config_instance_kind_and_text_input(tmp_path):
    sig = ServingSignature(model_name="report-fusion", image_size=FUSION_SIZE, num_classes=2,
                           text_length=24)
    TritonModelRepository(tmp_path / "gpu", instance_kind="KIND_GPU").publish(
        signature=sig, version=1, onnx=b"x")
    TritonModelRepository(tmp_path / "cpu").publish(signature=sig, version=1, onnx=b"x")
    for folder, kind in (("gpu", model_config_pb2.ModelInstanceGroup.KIND_GPU),
                         ("cpu", model_config_pb2.ModelInstanceGroup.KIND_CPU)):
        cfg = text_format.Parse((tmp_path / folder / "report-fusion/config.pbtxt").read_text(),
                                model_config_pb2.ModelConfig())
        assert cfg.instance_group[0].kind == kind
        assert [i.name for i in cfg.input] == ["image", "token_ids"]
        assert cfg.input[1].data_type == model_config_pb2.TYPE_INT64
        assert list(cfg.input[1].dims) == [24]

"""The training methods on small generated data, CPU only: MAML few-shot (by patient, held-out
classes, against a baseline), image + text fusion (against image-only), the checked ONNX export
and the Triton config's instance kind."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
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
    _prototype_head,
)
from medenclave_training.adapters.outbound.fusion import encode_texts, train_tokenizer
from medenclave_training.adapters.outbound.methods_trainer import train_fewshot, train_fusion
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.job_config import FewShotConfig, FusionConfig, parse_job_config
from medenclave_training.core.ports import ServingSignature, TrainingFailed

pytestmark = [pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning"),
              pytest.mark.usefixtures("one_torch_thread")]


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
    config = parse_job_config(b"""
task: fewshot
training: {seed: 0}
fewshot: {n_way: 3, k_shot: 2, query: 3, inner_steps: 3, inner_lr: 0.05, first_order: true,
          meta_batch: 2, meta_iterations: 20, meta_lr: 0.01, test_episodes: 10,
          meta_test_classes: [12, 13, 14, 15]}
""")
    trained = train_fewshot(config, FewShotData(x, y, p), threads=1)
    m = trained.metrics
    print(f"\nMAML {m['fewshot_accuracy']:.3f} ± {m['fewshot_ci95']:.3f}, baseline "
          f"{m['baseline_accuracy']:.3f} ± {m['baseline_ci95']:.3f}, chance {m['chance']:.3f}")
    assert m["meta_test_classes"] == [12, 13, 14, 15] and m["episodes"] == 10
    assert m["meta_train_classes"] == list(range(12))
    assert m["fewshot_accuracy"] >= m["chance"] + 0.15
    assert 0 < m["fewshot_ci95"] < 0.5 and 0.0 <= m["baseline_accuracy"] <= 1.0
    # the served classifier: the first 3 held-out classes, adapted on 2 shots, checked on
    # every image of the other patients of those classes
    assert m["served_classes"] == [12, 13, 14] and m["onnx_max_abs_diff"] <= 1e-4
    session = ort.InferenceSession(trained.onnx, providers=["CPUExecutionProvider"])
    assert session.get_inputs()[0].shape[0] != 1  # dynamic batch
    assert 0.0 <= trained.val_accuracy <= 1.0


def test_each_episode_head_starts_as_the_nearest_support_class_mean():
    torch.manual_seed(0)
    features, labels = torch.randn(12, 5), torch.arange(12) % 3
    w, b = _prototype_head(features, labels, 3)
    means = torch.stack([features[labels == c].mean(0) for c in range(3)])
    queries = torch.randn(50, 5)
    assert torch.equal((queries @ w.T + b).argmax(1), torch.cdist(queries, means).argmin(1))


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
    ids = encode_texts(tok, texts)
    assert ids.shape == (160, 24) and ids.dtype == np.int64 and (ids[:, 0] == 2).all()
    assert "强" in tok.get_vocab() and "enhancement" in tok.get_vocab()  # both languages

    config = parse_job_config(b"""
task: fusion
training: {epochs: 8, batch_size: 16, lr: 0.003, seed: 0}
fusion: {text_length: 24, vocab_size: 200, d_model: 32, heads: 4, text_layers: 1}
""")
    trained = train_fusion(config, images=images, texts=texts, labels=labels,
                           val_images=v_images, val_texts=v_texts, val_labels=v_labels,
                           num_classes=2, threads=1)
    m = trained.metrics
    print(f"\nfusion {m['fusion_val_accuracy']:.3f}, image-only {m['image_only_val_accuracy']:.3f}")
    assert trained.val_accuracy == m["fusion_val_accuracy"] >= 0.9
    assert m["fusion_val_accuracy"] >= m["image_only_val_accuracy"] + 0.1
    assert m["onnx_max_abs_diff"] <= 1e-4
    # the tokenizer travels with the model: reloading it gives the same ids
    again = Tokenizer.from_str(trained.extras["tokenizer.json"].decode())
    v_ids = encode_texts(again, v_texts)
    session = ort.InferenceSession(trained.onnx, providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["image", "token_ids"]
    probs = session.run(["probabilities"], {"image": np.stack(v_images), "token_ids": v_ids})[0]
    assert (probs.argmax(axis=1) == np.array(v_labels)).mean() >= 0.9


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

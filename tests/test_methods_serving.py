"""A fusion model (CNN or MONAI ViT image encoder) as training registers it (ONNX with two
inputs, config.pbtxt) loads and answers in the embedded Triton-compatible server's own config
reader and runtime, and gives what PyTorch gives."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
import torch

from medenclave_inference.adapters.outbound.model_config_pbtxt import parse_model_config
from medenclave_inference.adapters.outbound.onnx_runtime import OnnxModelRuntime
from medenclave_inference.adapters.outbound.repository_folder import FolderLayout
from medenclave_testing.methods_data import FUSION_SIZE, fusion_data
from medenclave_training.adapters.outbound.fusion import encode_texts, fit_fusion, train_tokenizer
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.job_config import FusionConfig
from medenclave_training.core.ports import ServingSignature

pytestmark = [pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning"),
              pytest.mark.usefixtures("one_torch_thread")]


@pytest.mark.parametrize("encoder", ["cnn", "vit"])
def test_fusion_model_is_served_with_two_inputs(tmp_path, encoder):
    images, texts, labels = fusion_data(24, seed=3)
    cfg = FusionConfig(text_length=16, vocab_size=120, d_model=16, heads=2, text_layers=1,
                       image_encoder=encoder)
    tok = train_tokenizer(texts, vocab_size=cfg.vocab_size, length=cfg.text_length)
    ids = encode_texts(tok, texts)
    x = np.stack(images)
    fit = fit_fusion(cfg, images=x, tokens=ids, labels=labels, val_images=x, val_tokens=ids,
                     val_labels=labels, num_classes=2, vocab=tok.get_vocab_size(), epochs=1,
                     batch_size=8, lr=1e-3, seed=0)
    inputs = {"image": x, "token_ids": ids}
    onnx = export_onnx(fit.model, inputs)
    check_export(fit.model, onnx, inputs)

    repo = TritonModelRepository(tmp_path / "repo")
    repo.publish(signature=ServingSignature(model_name="report-fusion", image_size=FUSION_SIZE,
                                            num_classes=2, text_length=cfg.text_length),
                 version=1, onnx=onnx)
    layout = FolderLayout(tmp_path / "repo")
    config = parse_model_config(layout.read_config(model="report-fusion") or "",
                                model_name="report-fusion")
    assert [t.name for t in config.inputs] == ["image", "token_ids"]
    assert config.instance_group.kind == "KIND_CPU"

    async def serve() -> np.ndarray:
        runtime = OnnxModelRuntime(intra_op_threads=1)
        await runtime.load(model="report-fusion", version=1, config=config,
                           model_file=layout.model_file(model="report-fusion", version=1))
        (probs,) = await runtime.run(model="report-fusion", version=1,
                                     inputs={"image": x[:5], "token_ids": ids[:5]},
                                     outputs=["probabilities"])
        return probs

    probs = asyncio.run(serve())
    with torch.no_grad():
        expected = fit.model(torch.from_numpy(x[:5]), torch.from_numpy(ids[:5])).numpy()
    assert probs.shape == (5, 2)
    assert np.max(np.abs(probs - expected)) <= 1e-4

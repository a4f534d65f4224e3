"""``medenclave scenario triage``: emergency triage suggestions from symptom text, end to end.

1. Start the platform (each service its own process, free ports, a fresh data dir).
2. Generate English and Chinese triage notes with planted PHI (:mod:`medenclave_cli.triage_notes`).
3. De-identify the training notes through the deid service (``DeidentifyNote``, an
   ``ai_engineer`` token), and count planted identifiers left in what comes back.
4. Train the text classifier on the de-identified notes (the training service's own code,
   :func:`medenclave_training.offline.fit_text_classifier`: WordPiece tokenizer learnt on the
   corpus, ONNX export checked against PyTorch), write it into the model repository as
   ``triage_acuity`` version 1 with ``tokenizer.json`` and ``labels.json``, and load it
   (Triton's ``RepositoryModelLoad``, as ``ai_engineer``).
5. For every held-out note, as the hospital's triage system would: ``DeidentifyNote`` (a
   ``radiologist`` token: the clinical role that may de-identify), tokenize with the model's
   saved tokenizer, ``ModelInfer`` through tritonclient (a ``clinician`` token), take the
   suggestion. Timed per note from the raw note to the suggestion; one note at a time.

The summary gives accuracy on the held-out notes, p50/p99 of the whole path (goal: p99 < 3 s)
and of its two calls, and the planted identifiers found in de-identified notes (goal 0).
Training does not go through ``StartJob``: the job service trains image classifiers only.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import numpy as np

from medenclave.rpc import secure_channel
from medenclave.v1 import deid_pb2, deid_pb2_grpc
from medenclave_cli.scenario_stack import (
    issue_tokens,
    load_model,
    percentile_ms,
    refuse_taken_model,
    run_on_stack,
)
from medenclave_cli.supervisor import Endpoints
from medenclave_cli.triage_notes import TriageNote, make_notes

__all__ = ["MODEL_NAME", "run_triage", "triage_journey"]

MODEL_NAME = "triage_acuity"
GOAL_P99_S = 3.0
#: the scenario's people: role → subject
PEOPLE = {role: f"scenario.{role}" for role in ("ai_engineer", "radiologist", "clinician")}


async def _deidentify(stub, notes: list[TriageNote], concurrency: int = 4) -> list[str]:
    gate = asyncio.Semaphore(concurrency)

    async def one(note: TriageNote) -> str:
        async with gate:
            reply = await stub.DeidentifyNote(deid_pb2.DeidentifyNoteRequest(text=note.text),
                                              timeout=30)
            return reply.text

    return list(await asyncio.gather(*(one(n) for n in notes)))


def _leaks(notes: list[TriageNote], texts: list[str]) -> int:
    return sum(1 for note, text in zip(notes, texts, strict=True) for v in note.phi if v in text)


def _encode(tokenizer, text: str) -> np.ndarray:
    """As training encodes (``encode_texts``): ``[CLS]``, the tokens, 0-padding."""
    from medenclave_training.offline import encode_texts

    return encode_texts(tokenizer, [text])


async def triage_journey(eps: Endpoints, *, n_train: int, n_test: int, epochs: int, seed: int,
                         log=print) -> dict:
    """The scenario against a running stack; returns the summary."""
    import tritonclient.grpc as tc
    from tokenizers import Tokenizer

    from medenclave_training.offline import (
        fit_text_classifier,
        labels_json,
        publish_version,
        text_config_pbtxt,
    )

    refuse_taken_model(eps, MODEL_NAME)
    started = time.monotonic()
    tokens = await issue_tokens(eps, PEOPLE)
    notes = make_notes(n_train + n_test, seed=seed)
    train, test = notes[:n_train], notes[n_train:]
    async with secure_channel(eps.grpc["deid"], tokens["ai_engineer"]) as ch:
        log(f"de-identifying {len(train)} training notes (DeidentifyNote)")
        texts = await _deidentify(deid_pb2_grpc.DeidServiceStub(ch), train)
    train_leaks = _leaks(train, texts)
    n_val = max(len(train) // 5, 4)
    log("training the text classifier")
    fit = await asyncio.to_thread(
        fit_text_classifier, texts[n_val:], [n.label for n in train[n_val:]],
        val_texts=texts[:n_val], val_labels=[n.label for n in train[:n_val]], epochs=epochs,
        seed=seed)
    publish_version(Path(eps.data_dir) / "model-repository", name=MODEL_NAME, version=1,
                    onnx=fit.onnx, config_pbtxt=text_config_pbtxt(
                        MODEL_NAME, length=fit.length, num_classes=len(fit.labels), served=1),
                    extras={"tokenizer.json": fit.tokenizer, "labels.json": labels_json(fit.labels)})
    client, clinician = await load_model(eps, MODEL_NAME, tokens)

    # the triage system's side: the model's own tokenizer and labels, from its version folder
    version_dir = Path(eps.data_dir) / "model-repository" / MODEL_NAME / "1"
    tokenizer = Tokenizer.from_str((version_dir / "tokenizer.json").read_text())
    tokenizer.enable_truncation(max_length=fit.length - 1)
    tokenizer.enable_padding(length=fit.length - 1, pad_id=0, pad_token="[PAD]")  # noqa: S106
    labels = json.loads((version_dir / "labels.json").read_text())
    log(f"suggesting for {len(test)} held-out notes, one at a time")
    total, deid_s, infer_s, right, test_leaks = [], [], [], 0, 0
    async with secure_channel(eps.grpc["deid"], tokens["radiologist"]) as ch:
        deid = deid_pb2_grpc.DeidServiceStub(ch)
        for note in test:
            t0 = time.perf_counter()
            clean = (await deid.DeidentifyNote(deid_pb2.DeidentifyNoteRequest(text=note.text),
                                               timeout=30)).text
            t1 = time.perf_counter()
            ids = _encode(tokenizer, clean)
            tensor = tc.InferInput("token_ids", list(ids.shape), "INT64")
            tensor.set_data_from_numpy(ids)
            result = await client.infer(MODEL_NAME, [tensor], model_version="1",
                                        headers=clinician)
            suggestion = labels[int(np.argmax(result.as_numpy("probabilities")[0]))]
            t2 = time.perf_counter()
            total.append(t2 - t0)
            deid_s.append(t1 - t0)
            infer_s.append(t2 - t1)
            right += suggestion == note.label
            test_leaks += _leaks([note], [clean])
    await client.close()
    p99 = percentile_ms(total, 99) / 1000
    return {
        "model": f"{MODEL_NAME}:1", "classes": labels,
        "train_notes": len(train) - n_val, "val_notes": n_val, "test_notes": len(test),
        "chinese_share_test": round(sum(n.lang == "zh" for n in test) / max(len(test), 1), 2),
        "val_accuracy": round(fit.val_accuracy, 4),
        "test_accuracy": round(right / max(len(test), 1), 4),
        "train_seconds": round(fit.seconds, 1), "vocab": fit.figures["vocab"],
        "onnx_max_abs_diff": fit.figures["onnx_max_abs_diff"],
        "e2e_p50_ms": percentile_ms(total, 50), "e2e_p99_ms": percentile_ms(total, 99),
        "deid_p50_ms": percentile_ms(deid_s, 50), "deid_p99_ms": percentile_ms(deid_s, 99),
        "infer_p50_ms": percentile_ms(infer_s, 50), "infer_p99_ms": percentile_ms(infer_s, 99),
        "goal_p99_under_3s": bool(total) and p99 < GOAL_P99_S,
        "phi_left_in_deidentified_notes": train_leaks + test_leaks,
        "seconds": round(time.monotonic() - started, 1),
    }


def run_triage(*, data_dir: Path, n_train: int = 800, n_test: int = 200, epochs: int = 8,
               seed: int = 7, as_json: bool = False) -> int:
    """Start the stack in ``data_dir``, run the scenario, stop, print the summary."""
    if n_train < 20 or n_test < 1:
        raise SystemExit("--train must be at least 20 and --test at least 1")
    summary = run_on_stack(
        lambda eps, log: triage_journey(eps, n_train=n_train, n_test=n_test, epochs=epochs,
                                        seed=seed, log=log),
        data_dir=data_dir, title="Triage scenario summary", as_json=as_json, width=32)
    return 0 if summary["phi_left_in_deidentified_notes"] == 0 else 2

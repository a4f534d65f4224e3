"""The job config's methods run through the job path: JobScheduler.submit → JobRunner.run →
the real TorchTrainer → the real Triton model repository on disk → the model card. The
dataset source, stores and announcer are in-memory fakes of our own ports; everything is small
generated data on CPU: a MONAI network by name with bf16, DP-SGD
(ε on the card), optimiser + lr schedule + early stopping, segmentation (UNet, Dice, masks
from a generated mask source), few-shot MAML by patient (above chance, with CI and baseline), image + report
fusion (better than image-only), a 2-process torchrun job (one export), and the queue
(priorities, per-project GPU quota, cancel) with a fake trainer."""

from __future__ import annotations

import asyncio
import json

import numpy as np
import onnxruntime as ort
import pytest
from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medenclave_testing.methods_data import fewshot_data, fusion_data
from medenclave_testing.training_fakes import (
    MemoryJobs,
    MemoryModels,
    MemoryRepository,
    MemorySource,
    MemoryStudies,
    QuietAnnouncer,
)
from medenclave_training.adapters.outbound.launcher import JobLauncher
from medenclave_training.adapters.outbound.segmentation import dice_scores
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.governance import NOT_PRIVATE
from medenclave_training.core.job_queue import QueueLimits
from medenclave_training.core.jobs import InvalidJob, JobSpec, JobState
from medenclave_training.core.labels import LabelSet
from medenclave_training.core.ports import TrainedModel
from medenclave_training.core.runner import JobRunner
from medenclave_training.core.scheduler import JobScheduler

pytestmark = [pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning"),
              pytest.mark.usefixtures("one_torch_thread")]


# --- in-memory fakes of our own ports (the rest: medenclave_testing.training_fakes) --------

class Cards:
    def __init__(self):
        self.cards = []

    def add(self, *, card):
        self.cards.append(card)

    def served(self, *, model_name):
        return 0


class Log:
    def __init__(self):
        self.lines = []

    def append(self, *, job_id, line, at):
        self.lines.append(line)


def run_job(tmp_path, *, studies, splits, images, config, image_size, reports=None,
            epochs=2, patients=None, trainer=None, job_log=None, cancel=False, masks=None):
    """One job through scheduler, runner, real trainer and repository; (job, card, repo)."""
    labels = LabelSet(labels={s: y for s, (y, _p) in studies.items()})
    catalog = MemoryStudies.of_patients(patients or {s: p for s, (_y, p) in studies.items()})
    jobs, cards = MemoryJobs(), Cards()
    repository = TritonModelRepository(tmp_path / "repo", instance_kind="KIND_CPU")
    source = MemorySource(images=images, reports=reports)
    runner = JobRunner(jobs=jobs, studies=catalog, source=source,
                       trainer=trainer or TorchTrainer(torch_threads=1), models=MemoryModels(),
                       repository=repository, announcer=QuietAnnouncer(), cards=cards,
                       job_log=job_log, masks=masks)
    spec = JobSpec(model_name="m", labels=labels, epochs=epochs, seed=0, image_size=image_size,
                   dataset="d", dataset_version=1, splits=splits, config=config)
    job, run_now = JobScheduler(jobs=jobs, studies=catalog).submit(
        spec=spec, requested_by="eve", origin="", trace_id="t")
    assert run_now
    if cancel:  # CancelJob on a RUNNING job: the run stops at its next epoch boundary
        jobs.replace(job=job.cancel(now=1.0), expected=JobState.RUNNING)
    done = asyncio.run(runner.run(job))
    if cancel:
        return done, None, tmp_path / "repo" / "m"
    assert done.state is JobState.SUCCEEDED, done.error_code
    return done, cards.cards[-1], tmp_path / "repo" / "m"


def disk_studies(n=40, size=32, seed=0):
    """n one-image studies (one patient each), class 1 has a bright square; 60/20/20 split."""
    rng = np.random.default_rng(seed)
    studies, images, splits = {}, {}, {}
    for i in range(n):
        y = i % 2
        x = rng.normal(0, 1, (1, size, size)).astype(np.float32)
        x[:, 12:20, 12:20] += 2.0 * y
        s = f"2.25.{100 + i}"
        studies[s], images[s] = (y, f"pp-{i}"), [x]
        splits[s] = "train" if i < 0.6 * n else "val" if i < 0.8 * n else "test"
    return studies, images, splits


# --- classification: network by name, runtime options, DP-SGD ----------------------------

def test_a_monai_network_by_name_with_bf16(tmp_path):
    studies, images, splits = disk_studies()
    done, card, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                                 image_size=32, epochs=1, config=(
        "model: {name: ResNet, args: {depth: 10, widen_factor: 0.25}}\n"
        "training: {amp: bf16, batch_size: 8}\n"))
    runtime = json.loads(done.metrics_json)["runtime"]
    assert runtime["amp"] == "bf16" and runtime["steps"] == 3  # 24 images, batches of 8
    assert card.privacy == NOT_PRIVATE
    session = ort.InferenceSession(str(folder / "1" / "model.onnx"),
                                   providers=["CPUExecutionProvider"])
    assert session.run(None, {"image": np.zeros((3, 1, 32, 32), np.float32)})[0].shape == (3, 2)


def test_dp_sgd_job_puts_the_spent_epsilon_on_the_model_card(tmp_path):
    studies, images, splits = disk_studies()
    done, card, _ = run_job(tmp_path, studies=studies, splits=splits, images=images,
                            image_size=32, config=(
        "privacy: {target_epsilon: 4.0, delta: 0.00001, max_grad_norm: 1.0}\n"
        "training: {batch_size: 8}\n"))
    privacy = json.loads(card.privacy)
    print(f"\njob DP-SGD epsilon {privacy['epsilon']} (target 4.0), delta {privacy['delta']}")
    assert privacy["dp"] is True and privacy["accountant"] == "rdp"
    assert 0 < privacy["epsilon"] <= 4.0 + 1e-6 and privacy["delta"] == 1e-5
    assert json.loads(done.metrics_json)["privacy"]["epsilon"] == privacy["epsilon"]


def test_optimiser_schedule_and_early_stopping_through_the_job_path(tmp_path):
    """min_delta 1.0 is more than a cross-entropy near 0.7 can improve: patience 1 stops the
    4-epoch job after its second epoch, and the job log, metrics and card say so."""
    studies, images, splits = disk_studies()
    job_log = Log()
    done, card, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                                 image_size=32, epochs=4, job_log=job_log, config=(
        "training: {optimizer: sgd, lr_schedule: cosine, batch_size: 8, lr: 0.01,\n"
        "           early_stopping: {patience: 1, min_delta: 1.0}}\n"))
    runtime = json.loads(done.metrics_json)["runtime"]
    assert (runtime["optimizer"], runtime["lr_schedule"]) == ("sgd", "cosine")
    assert runtime["stopped_early"] is True and runtime["epochs_run"] == 2
    assert runtime["steps"] == 6 and runtime["best_val_loss"] > 0  # 2 epochs of 3 batches
    assert [line for line in job_log.lines if line.startswith("epoch")] == [
        line for line in job_log.lines if line.startswith(("epoch 1/4", "epoch 2/4"))]
    assert any(line.startswith("stopped early after epoch 2/4") for line in job_log.lines)
    assert card.metrics["runtime"]["stopped_early"] is True
    assert (folder / "1" / "model.onnx").exists()


class Masks:
    """The mask source (our own port): each image's class map, one per image."""

    def __init__(self, masks):
        self.of = masks

    async def masks(self, *, pseudo_study_id, image_size, chain=None):
        return self.of[pseudo_study_id]


def segmentation_studies(n=24, size=32, seed=1):
    """n one-image studies: a bright square at a random place, its mask the square (class 1)."""
    rng = np.random.default_rng(seed)
    studies, images, masks, splits = {}, {}, {}, {}
    for i in range(n):
        r, c = rng.integers(2, size - 12, 2)
        x = rng.normal(0, 0.5, (1, size, size)).astype(np.float32)
        m = np.zeros((size, size), np.uint8)
        m[r:r + 10, c:c + 10] = 1
        x[0][m == 1] += 2.0
        s = f"2.25.{500 + i}"
        studies[s], images[s], masks[s] = (i % 2, f"pp-{i}"), [x], [m]
        splits[s] = "train" if i < 0.6 * n else "val" if i < 0.8 * n else "test"
    return studies, images, masks, splits


def test_segmentation_job_trains_a_unet_scores_dice_and_serves_pixel_probabilities(tmp_path):
    studies, images, masks, splits = segmentation_studies()
    done, card, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                                 image_size=32, epochs=15, masks=Masks(masks), config=(
        "task: segmentation\n"
        "model: {name: UNet, args: {channels: [8, 16, 32], strides: [2, 2], "
        "num_res_units: 1}}\n"
        "training: {batch_size: 4, lr: 0.01, optimizer: adamw, lr_schedule: onecycle}\n"))
    metrics = json.loads(done.metrics_json)
    print(f"\nsegmentation job Dice: validation {metrics['validation']['dice']}, "
          f"test {metrics['test']['dice']}")
    assert metrics["task"] == "segmentation" and metrics["classes"] == 2
    assert metrics["validation"]["dice"] > 0.6 and metrics["test"]["dice"] > 0.6
    assert metrics["onnx_max_abs_diff"] <= 1e-4
    session = ort.InferenceSession(str(folder / "1" / "model.onnx"),
                                   providers=["CPUExecutionProvider"])
    out = session.run(None, {"image": np.stack(images["2.25.520"] * 3)})[0]
    assert out.shape == (3, 2, 32, 32) and np.allclose(out.sum(axis=1), 1.0, atol=1e-5)
    cfg = text_format.Parse((folder / "config.pbtxt").read_text(),
                            model_config_pb2.ModelConfig())
    assert list(cfg.output[0].dims) == [2, 32, 32] and list(cfg.input[0].dims) == [1, 32, 32]
    assert card.metrics["validation"]["dice"] == metrics["validation"]["dice"]


def test_dice_per_class_over_the_split():
    target = np.array([[[1, 1, 0, 2]], [[0, 0, 0, 2]]])
    predicted = np.array([[[1, 0, 0, 2]], [[1, 0, 0, 0]]])
    scores = dice_scores(predicted, target, classes=4)  # class 3 in neither: left out
    assert scores["dice_class_1"] == pytest.approx(2 * 1 / (2 + 2))
    assert scores["dice_class_2"] == pytest.approx(2 * 1 / (1 + 2))
    assert "dice_class_3" not in scores
    assert scores["dice"] == pytest.approx((0.5 + 2 / 3) / 2, abs=1e-6)
    assert scores["pixel_accuracy"] == pytest.approx(5 / 8)


def test_a_segmentation_job_without_a_mask_source_fails_and_says_why(tmp_path):
    studies, images, _masks, splits = segmentation_studies(n=10)
    labels = LabelSet(labels={s: y for s, (y, _p) in studies.items()})
    catalog = MemoryStudies.of_patients({s: p for s, (_y, p) in studies.items()})
    jobs = MemoryJobs()
    runner = JobRunner(jobs=jobs, studies=catalog, source=MemorySource(images=images),
                       trainer=TorchTrainer(torch_threads=1), models=MemoryModels(),
                       repository=TritonModelRepository(tmp_path / "repo"),
                       announcer=QuietAnnouncer(), cards=Cards())
    spec = JobSpec(model_name="m", labels=labels, epochs=1, seed=0, image_size=32,
                   dataset="d", dataset_version=1, splits=splits,
                   config="task: segmentation\nmodel: {name: UNet}\n")
    job, _ = JobScheduler(jobs=jobs, studies=catalog).submit(
        spec=spec, requested_by="eve", origin="", trace_id="t")
    done = asyncio.run(runner.run(job))
    assert (done.state, done.error_code) == (JobState.FAILED, "segmentation_masks_missing")


# --- few-shot and fusion ----------------------------------------------------------------

def test_fewshot_job_learns_held_out_classes_by_patient_above_chance(tmp_path):
    x, y, p = fewshot_data(classes=16, patients=4, images=2, seed=0)
    studies, images, splits, patients = {}, {}, {}, {}
    for i in range(0, len(x), 2):  # one study per patient, its two images
        s = f"2.25.{5000 + i}"
        studies[s], images[s], patients[s] = (y[i], p[i]), [x[i], x[i + 1]], p[i]
        splits[s] = ("train", "train", "val", "test")[int(p[i][-2:])]
    done, card, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                                 image_size=28, patients=patients, config="""
task: fewshot
fewshot: {n_way: 3, k_shot: 2, query: 3, inner_steps: 3, inner_lr: 0.05, first_order: true,
          meta_batch: 2, meta_iterations: 20, meta_lr: 0.01, test_episodes: 10,
          meta_test_classes: [12, 13, 14, 15]}
""")
    m = json.loads(done.metrics_json)
    print(f"\njob MAML {m['fewshot_accuracy']:.3f} ± {m['fewshot_ci95']:.3f}, baseline "
          f"{m['baseline_accuracy']:.3f} ± {m['baseline_ci95']:.3f}, chance {m['chance']:.3f}")
    assert m["fewshot_accuracy"] >= m["chance"] + 0.15 and 0 < m["fewshot_ci95"] < 0.5
    assert "baseline_accuracy" in m and m["meta_train_classes"] == list(range(12))
    assert card.metrics["fewshot_accuracy"] == m["fewshot_accuracy"]
    cfg = text_format.Parse((folder / "config.pbtxt").read_text(), model_config_pb2.ModelConfig())
    assert list(cfg.output[0].dims) == [3]  # the served classifier has n_way outputs


def test_fusion_job_reads_the_report_text_and_beats_image_only(tmp_path):
    xs, texts, labels = fusion_data(200, seed=0)
    studies, images, splits, reports = {}, {}, {}, {}
    for i, (x, t, y) in enumerate(zip(xs, texts, labels, strict=True)):
        s = f"2.25.{9000 + i}"
        studies[s], images[s], reports[s] = (y, f"pp-{i}"), [x], t
        splits[s] = "train" if i < 140 else "val" if i < 180 else "test"
    log = Log()
    done, _card, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                                  image_size=32, reports=reports, epochs=8, job_log=log,
                                  config="""
task: fusion
training: {batch_size: 16, lr: 0.003}
fusion: {text_length: 24, vocab_size: 200, d_model: 32, heads: 4, text_layers: 1}
""")
    m = json.loads(done.metrics_json)
    print(f"\njob fusion {m['fusion_val_accuracy']:.3f}, image-only "
          f"{m['image_only_val_accuracy']:.3f}")
    assert m["fusion_val_accuracy"] >= m["image_only_val_accuracy"] + 0.1
    # the runner's evaluation ran on the test split, through the served graph and tokenizer
    assert m["split"] == "test" and m["accuracy"] >= 0.9
    assert log.lines[7].startswith("epoch 8/8 loss=")  # the fusion model's epochs
    assert sorted(p.name for p in (folder / "1").iterdir()) == [
        "model.onnx", "preprocess.json", "tokenizer.json"]
    cfg = text_format.Parse((folder / "config.pbtxt").read_text(), model_config_pb2.ModelConfig())
    assert [(i.name, list(i.dims)) for i in cfg.input] == [("image", [1, 32, 32]),
                                                          ("token_ids", [24])]


# --- distributed ----------------------------------------------------------------------------

@pytest.mark.slow
def test_two_process_torchrun_job_through_the_runner_exports_once(tmp_path):
    studies, images, splits = disk_studies()
    log = Log()
    done, card, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                                 image_size=32, job_log=log, config=(
        "distributed: {nproc_per_node: 2}\ntraining: {batch_size: 8}\n"
        "model: {name: ResNet, args: {depth: 10, widen_factor: 0.25}}\n"))
    runtime = json.loads(done.metrics_json)["runtime"]
    assert runtime["world_size"] == 2 and runtime["backend"] == "gloo"
    assert runtime["steps"] == 6  # 2 epochs × 3 batches, each shared by both processes
    assert sorted(p.name for p in folder.iterdir()) == ["1", "config.pbtxt"]
    assert (folder / "1" / "model.onnx").is_file() and card.version == 1
    assert json.loads(done.metrics_json)["split"] == "test"  # scored by the exported graph
    assert [line.split(" loss=")[0] for line in log.lines[:2]] == ["epoch 1/2", "epoch 2/2"]


@pytest.mark.slow
def test_a_cancelled_torchrun_job_stops_its_processes_at_the_first_epoch(tmp_path):
    studies, images, splits = disk_studies()
    log = Log()
    done, _, folder = run_job(tmp_path, studies=studies, splits=splits, images=images,
                              image_size=32, epochs=50, cancel=True, job_log=log, config=(
        "distributed: {nproc_per_node: 2}\ntraining: {batch_size: 8}\n"))
    assert done.state is JobState.CANCELLED and not folder.exists()
    assert [line.split(" loss=")[0] for line in log.lines] == ["epoch 1/50", "cancelled"]


# --- the queue ------------------------------------------------------------------------------

class GatedTrainer:
    """Records which job trains, and holds each run until the test lets it go."""

    def __init__(self):
        self.started: list[str] = []
        self.gates: dict[str, asyncio.Event] = {}

    async def train(self, *, data, epochs, seed, job_id="", progress=None, **_):
        self.started.append(job_id)
        await self.gates.setdefault(job_id, asyncio.Event()).wait()
        if progress is not None:
            progress(1, 0.1)
        return TrainedModel(onnx=b"onnx", val_accuracy=1.0, train_loss=0.1)


def test_queue_starts_by_priority_within_project_quota_and_cancels(tmp_path):
    async def scenario():
        jobs, catalog = MemoryJobs(), MemoryStudies.of_patients({"2.25.1": "a", "2.25.2": "b"})
        sched = JobScheduler(jobs=jobs, studies=catalog,
                             limits=QueueLimits(max_running=2, project_gpus=1))
        trainer = GatedTrainer()
        runner = JobRunner(jobs=jobs, studies=catalog, source=MemorySource(images={
            "2.25.1": [np.zeros((1, 16, 16), np.float32)],
            "2.25.2": [np.zeros((1, 16, 16), np.float32)]}), trainer=trainer,
            models=MemoryModels(), repository=MemoryRepository(), announcer=QuietAnnouncer())

        def finished(_job_id):
            for job in sched.start_queued(trace_id="t"):
                launcher.launch(job)
        launcher = JobLauncher(runner, finished=finished)

        def submit(name, queue):
            spec = JobSpec(model_name=name, labels=LabelSet(labels={"2.25.1": 0, "2.25.2": 1}),
                           epochs=1, splits={"2.25.1": "train", "2.25.2": "val"},
                           config=f"queue: {queue}\n")
            job, run_now = sched.submit(spec=spec, requested_by="eve", origin="",
                                        trace_id="t")
            if run_now:
                launcher.launch(job)
            return job

        async def until(check):
            for _ in range(500):
                if check():
                    return
                await asyncio.sleep(0.01)
            raise AssertionError("condition not reached")

        a1 = submit("a1", "{project: onco}")                # runs: onco holds its one GPU
        b1 = submit("b1", "{project: neuro, priority: -5}")  # runs: the service is full now
        low = submit("low", "{project: onco, priority: 1}")
        high = submit("high", "{project: onco, priority: 9}")
        gone = submit("gone", "{project: onco, priority: 50}")
        await until(lambda: len(trainer.started) == 2)
        assert [jobs.get(job_id=j.job_id).state for j in (low, high, gone)] == \
            [JobState.QUEUED] * 3
        cancelled = jobs.get(job_id=gone.job_id).cancel(now=1.0)  # what CancelJob stores
        assert jobs.replace(job=cancelled, expected=JobState.QUEUED)
        assert cancelled.state is JobState.CANCELLED
        trainer.gates.setdefault(b1.job_id, asyncio.Event()).set()  # neuro ends: onco at quota
        await until(lambda: jobs.get(job_id=b1.job_id).state is JobState.SUCCEEDED)
        assert jobs.get(job_id=high.job_id).state is JobState.QUEUED
        trainer.gates.setdefault(a1.job_id, asyncio.Event()).set()  # onco's GPU is free
        await until(lambda: len(trainer.started) == 3)
        assert trainer.started[2] == high.job_id  # highest priority first
        trainer.gates[high.job_id].set()
        await until(lambda: len(trainer.started) == 4)
        trainer.gates.setdefault(low.job_id, asyncio.Event()).set()
        await until(lambda: jobs.get(job_id=low.job_id).state is JobState.SUCCEEDED)
        assert gone.job_id not in trainer.started
        with pytest.raises(InvalidJob, match="project_quota_too_small"):
            sched.check_quota(JobSpec(model_name="x", labels=LabelSet(labels={"2.25.1": 0}),
                                      epochs=1, config="distributed: {nproc_per_node: 2}\n"))
        await launcher.close()
    asyncio.run(scenario())


def test_report_text_is_the_text_of_the_studys_structured_reports():
    import io

    import pydicom
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian

    from medenclave_training.adapters.outbound.deid_client import report_text

    def sr(texts):
        ds = Dataset()
        ds.file_meta = FileMetaDataset()
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = "1.2.840.10008.5.1.4.1.1.88.11", \
            "2.25.77", "SR"
        ds.SpecificCharacterSet = "ISO_IR 192"  # UTF-8: Chinese reports
        items = []
        for t in texts:
            item = Dataset()
            item.ValueType, item.TextValue = "TEXT", t
            items.append(item)
        nested = Dataset()
        nested.ValueType, nested.ContentSequence = "CONTAINER", items[1:]
        ds.ContentSequence = [items[0], nested]
        buf = io.BytesIO()
        pydicom.dcmwrite(buf, ds, enforce_file_format=True)
        return buf.getvalue()

    assert report_text([sr(["结节强化明显", "chest ct"])]) == "结节强化明显\nchest ct"
    assert report_text([]) == ""


def test_the_torchrun_entry_point_checks_the_model_block(tmp_path):
    from medenclave_training.distributed import main

    rng = np.random.default_rng(0)
    np.savez(tmp_path / "job.npz", train_images=rng.normal(size=(4, 1, 16, 16)).astype(
        np.float32), train_labels=np.array([0, 1, 0, 1]), val_images=rng.normal(
        size=(2, 1, 16, 16)).astype(np.float32), val_labels=np.array([0, 1]),
        num_classes=np.int64(2))
    for model in ({"name": "Nope"}, {"name": "ViT", "args": {"patch_size": 5}}, "x"):
        (tmp_path / "c.json").write_text(json.dumps({"model": model}))
        assert main(["--bundle", str(tmp_path / "job.npz"), "--out", str(tmp_path / "out"),
                     "--config", str(tmp_path / "c.json")]) == 2
    assert not (tmp_path / "out").exists()

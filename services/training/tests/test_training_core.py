"""Core unit tests with in-memory adapters: labels, split, job states, scheduling, runs."""

from __future__ import annotations

import asyncio

import pytest
from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medenclave_testing.training_fakes import (
    MemoryJobs,
    MemoryModels,
    MemoryRepository,
    MemorySource,
    MemoryStudies,
    RecordingAnnouncer,
    RecordingTrainer,
)
from medenclave_training.adapters.outbound.triton_repository import render_config_pbtxt
from medenclave_training.core.jobs import (
    IllegalTransition,
    InvalidJob,
    Job,
    JobState,
    make_spec,
)
from medenclave_training.core.labels import InvalidLabels, LabelSet, parse_labels
from medenclave_training.core.ports import (
    AvailableStudy,
    ServingSignature,
    TrainedModel,
)
from medenclave_training.core.runner import JobRunner
from medenclave_training.core.scheduler import JobScheduler
from medenclave_training.core.split import split_studies


def csv(rows: list[tuple[str, object]]) -> bytes:
    return ("pseudo_study_id,label\n" + "".join(f"{s},{l}\n" for s, l in rows)).encode()


FOUR = csv([("2.25.1", 0), ("2.25.2", 1), ("2.25.3", 0), ("2.25.4", 1)])


# --- labels -------------------------------------------------------------------------------

def test_labels_parse_and_count_classes():
    labels = parse_labels(csv([("2.25.1", 0), ("2.25.2", 2), ("2.25.3", 0), ("2.25.4", 1)]))
    assert labels.num_classes == 3
    assert labels.studies == ["2.25.1", "2.25.2", "2.25.3", "2.25.4"]


def test_labels_accept_bom_whitespace_and_extra_columns():
    data = "\ufeffpseudo_study_id , label ,note\n a,0,x\nb ,1,y\nc,0,z\nd, 1 ,w\n\n".encode()
    assert dict(parse_labels(data).labels) == {"a": 0, "b": 1, "c": 0, "d": 1}


@pytest.mark.parametrize("data,code", [
    (b"\xff\xfe", "labels_not_utf8"),
    (b"study,label\n1,0\n", "labels_missing_columns"),
    (csv([("2.25.1", "x"), ("2.25.2", 1), ("2.25.3", 0), ("2.25.4", 1)]), "label_not_integer"),
    (csv([("2.25.1", "1.5"), ("2.25.2", 1), ("2.25.3", 0), ("2.25.4", 1)]), "label_not_integer"),
    (csv([("2.25.1", -1), ("2.25.2", 1), ("2.25.3", 0), ("2.25.4", 1)]), "label_negative"),
    (csv([("2.25.1", 0), ("2.25.1", 1), ("2.25.3", 0), ("2.25.4", 1)]), "duplicate_study"),
    (csv([("2.25.1", 0), ("2.25.2", 1), ("2.25.3", 0)]), "too_few_studies"),
    (csv([("2.25.1", 1), ("2.25.2", 1), ("2.25.3", 1), ("2.25.4", 1)]), "too_few_classes"),
    (csv([("bad id;", 0), ("2.25.2", 1), ("2.25.3", 0), ("2.25.4", 1)]), "pseudo_study_id_invalid"),
])
def test_labels_rejected_with_codes(data, code):
    with pytest.raises(InvalidLabels) as info:
        parse_labels(data)
    assert info.value.code == code


def test_label_errors_name_rows_not_values():
    with pytest.raises(InvalidLabels) as info:
        parse_labels(csv([("2.25.1", "secret-value"), ("2.25.2", 1), ("2.25.3", 0),
                          ("2.25.4", 1)]))
    assert "secret-value" not in str(info.value) and "row 2" in str(info.value)


# --- split --------------------------------------------------------------------------------

def test_split_is_deterministic_disjoint_and_stratified():
    labels = parse_labels(csv([(f"2.25.{i}", i % 2) for i in range(20)]))
    a = split_studies(labels, val_fraction=0.25, seed=7)
    b = split_studies(labels, val_fraction=0.25, seed=7)
    assert a == b
    assert not set(a.train) & set(a.val)
    assert set(a.train) | set(a.val) == set(labels.labels)
    assert {labels.labels[s] for s in a.val} == {0, 1}
    assert len(a.val) == 6  # 2.5 rounds up to 3 per class


def test_split_changes_with_seed_and_keeps_each_class_in_train():
    labels = parse_labels(csv([(f"2.25.{i}", i % 2) for i in range(40)]))
    splits = {split_studies(labels, seed=s).val for s in range(5)}
    assert len(splits) > 1
    small = parse_labels(FOUR)
    split = split_studies(small, val_fraction=0.25, seed=1)
    assert {small.labels[s] for s in split.val} == {0, 1}
    assert {small.labels[s] for s in split.train} == {0, 1}


def test_split_single_study_class_stays_in_train():
    labels = parse_labels(csv([("a", 0), ("b", 0), ("c", 0), ("d", 1)]))
    split = split_studies(labels, val_fraction=0.5, seed=0)
    assert "d" in split.train and len(split.val) == 2 and "d" not in split.val


def test_split_rejects_bad_fraction():
    with pytest.raises(ValueError):
        split_studies(parse_labels(FOUR), val_fraction=1.0)


# --- job spec and states ------------------------------------------------------------------

def spec(**over):
    args = dict(model_name="chest-ct", labels_csv=FOUR, epochs=0, seed=1, val_fraction=0,
                image_size=0, wait_for_studies=True, wait_timeout_s=0, default_epochs=8,
                default_wait_timeout_s=600)
    args.update(over)
    return make_spec(**args)


def test_spec_defaults():
    s = spec()
    assert (s.epochs, s.val_fraction, s.image_size, s.wait_timeout_s) == (8, 0.25, 64, 600)


@pytest.mark.parametrize("over,code", [
    ({"model_name": "Bad Name"}, "model_name_invalid"),
    ({"model_name": ""}, "model_name_invalid"),
    ({"epochs": -1}, "epochs_invalid"),
    ({"val_fraction": 1.5}, "val_fraction_invalid"),
    ({"image_size": 8}, "image_size_invalid"),
    ({"wait_timeout_s": -5}, "wait_timeout_invalid"),
    ({"labels_csv": b"pseudo_study_id,label\n"}, "too_few_studies"),
])
def test_spec_rejected_with_codes(over, code):
    with pytest.raises(InvalidJob) as info:
        spec(**over)
    assert info.value.code == code


def test_job_transitions():
    job = Job.new(spec=spec(), now=100.0)
    assert job.state is JobState.WAITING and job.wait_deadline == 700.0 and job.studies == 4
    running = job.start(trace_id="a" * 32, now=101.0)
    assert running.state is JobState.RUNNING and running.trace_id == "a" * 32
    done = running.succeed(now=102.0, model_version=3, val_accuracy=0.9, train_loss=0.1,
                           images=12)
    assert done.state is JobState.SUCCEEDED and done.finished
    with pytest.raises(IllegalTransition):
        done.fail(code="x", now=103.0)
    with pytest.raises(IllegalTransition):
        running.start(trace_id="", now=103.0)
    with pytest.raises(IllegalTransition):
        job.succeed(now=1, model_version=1, val_accuracy=1, train_loss=0, images=1)
    failed = job.fail(code="studies_not_available", now=800.0)
    assert failed.state is JobState.FAILED and failed.error_code == "studies_not_available"
    assert job.overdue(700.0) and not job.overdue(699.0) and not running.overdue(10_000)


# --- in-memory adapters (medenclave_testing.training_fakes) and a clock --------------------

class Clock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now


def make_scheduler():
    jobs, studies, clock = MemoryJobs(), MemoryStudies(), Clock()
    return JobScheduler(jobs=jobs, studies=studies, clock=clock), jobs, studies, clock


def test_waiting_job_starts_when_last_study_arrives():
    sched, jobs, studies, _ = make_scheduler()
    job, run_now = sched.submit(spec=spec(), requested_by="alice", origin="", trace_id="t0")
    assert not run_now and job.state is JobState.WAITING
    for i, study in enumerate(["2.25.1", "2.25.2", "2.25.3"]):
        sched.record_study(study=AvailableStudy(pseudo_study_id=study))
        assert sched.start_ready(trace_id=f"t{i}") == []
    sched.record_study(study=AvailableStudy(pseudo_study_id="2.25.4"))
    started = sched.start_ready(trace_id="t-last")
    assert [j.job_id for j in started] == [job.job_id]
    assert jobs.get(job_id=job.job_id).state is JobState.RUNNING
    assert jobs.get(job_id=job.job_id).trace_id == "t-last"
    assert sched.start_ready(trace_id="again") == []  # a redelivered event starts nothing


def test_job_runs_at_once_without_waiting_or_when_studies_are_there():
    sched, jobs, studies, _ = make_scheduler()
    job, run_now = sched.submit(spec=spec(wait_for_studies=False), requested_by="a",
                                origin="", trace_id="now")
    assert run_now and job.state is JobState.RUNNING and job.trace_id == "now"
    for s in ["2.25.1", "2.25.2", "2.25.3", "2.25.4"]:
        sched.record_study(study=AvailableStudy(pseudo_study_id=s))
    job2, run_now2 = sched.submit(spec=spec(), requested_by="a", origin="", trace_id="t2")
    assert run_now2 and job2.state is JobState.RUNNING


def test_overdue_waiting_job_fails_and_restart_fails_running_jobs():
    sched, jobs, studies, clock = make_scheduler()
    waiting, _ = sched.submit(spec=spec(wait_timeout_s=30), requested_by="a", origin="",
                              trace_id="")
    running, _ = sched.submit(spec=spec(wait_for_studies=False), requested_by="a", origin="",
                              trace_id="")
    clock.now += 29
    assert sched.expire_overdue() == []
    clock.now += 1
    expired = sched.expire_overdue()
    assert [j.job_id for j in expired] == [waiting.job_id]
    assert jobs.get(job_id=waiting.job_id).error_code == "studies_not_available"
    # an overdue job does not start even if its studies come in
    for s in ["2.25.1", "2.25.2", "2.25.3", "2.25.4"]:
        sched.record_study(study=AvailableStudy(pseudo_study_id=s))
    assert sched.start_ready(trace_id="") == []
    interrupted = sched.recover_interrupted()
    assert [j.job_id for j in interrupted] == [running.job_id]
    assert jobs.get(job_id=running.job_id).error_code == "interrupted"


def test_restart_keeps_waiting_jobs_waiting():
    sched, jobs, _, _ = make_scheduler()
    waiting, _ = sched.submit(spec=spec(), requested_by="a", origin="", trace_id="")
    assert sched.recover_interrupted() == []
    assert jobs.get(job_id=waiting.job_id).state is JobState.WAITING


# --- runs ---------------------------------------------------------------------------------

MODEL = TrainedModel(onnx=b"onnx-bytes", val_accuracy=0.75, train_loss=0.2)


def make_runner(source, existing=0):
    sched, jobs, studies, clock = make_scheduler()
    trainer, registry = RecordingTrainer(MODEL), MemoryModels()
    repo, announcer = MemoryRepository(existing), RecordingAnnouncer()
    runner = JobRunner(jobs=jobs, studies=studies, source=source, trainer=trainer,
                       models=registry, repository=repo, announcer=announcer, clock=clock)
    for s in ["2.25.1", "2.25.2", "2.25.3", "2.25.4"]:
        sched.record_study(study=AvailableStudy(pseudo_study_id=s))
    return sched, runner, trainer, registry, repo, announcer


def test_run_trains_registers_next_version_and_announces():
    sched, runner, trainer, registry, repo, announcer = make_runner(MemorySource(), existing=2)
    job, run_now = sched.submit(spec=spec(), requested_by="a", origin="", trace_id="t")
    assert run_now
    done = asyncio.run(runner.run(job))
    assert done.state is JobState.SUCCEEDED and done.model_version == 3
    assert done.images == 12 and done.val_accuracy == 0.75
    assert len(trainer.data.val_images) == 6 and set(trainer.data.val_labels) == {0, 1}
    assert repo.files[("chest-ct", 3)] == b"onnx-bytes"
    assert repo.signature == ServingSignature(model_name="chest-ct", image_size=64,
                                              num_classes=2)
    model = registry.models[("chest-ct", 3)]
    assert model.dataset_studies == ("2.25.1", "2.25.2", "2.25.3", "2.25.4")
    assert len(model.onnx_sha256) == 64
    assert announcer.events == [
        ("job", "RUNNING", ""), ("audit", "training.run", "success", "started"),
        ("model", "chest-ct", 3, "onnxruntime_onnx"),
        ("audit", "model.register", "success", "registered"),
        ("job", "SUCCEEDED", ""), ("audit", "training.run", "success", "succeeded")]
    # the next job of the same model gets the next version
    job2, _ = sched.submit(spec=spec(), requested_by="a", origin="", trace_id="t")
    assert asyncio.run(runner.run(job2)).model_version == 4


def test_run_fails_with_code_when_a_study_cannot_be_fetched():
    sched, runner, _, registry, repo, announcer = make_runner(MemorySource(missing={"2.25.3"}))
    job, _ = sched.submit(spec=spec(), requested_by="a", origin="", trace_id="t")
    done = asyncio.run(runner.run(job))
    assert done.state is JobState.FAILED and done.error_code == "study_not_found"
    assert not registry.models and not repo.files
    assert announcer.events[-2:] == [("job", "FAILED", "study_not_found"),
                                     ("audit", "training.run", "failure", "study_not_found")]


def test_run_fails_when_studies_are_not_available():
    sched, jobs, studies, clock = make_scheduler()
    runner = JobRunner(jobs=jobs, studies=studies, source=MemorySource(),
                       trainer=RecordingTrainer(MODEL), models=MemoryModels(),
                       repository=MemoryRepository(),
                       announcer=RecordingAnnouncer(), clock=clock)
    job, run_now = sched.submit(spec=spec(wait_for_studies=False), requested_by="a",
                                origin="", trace_id="t")
    assert run_now
    done = asyncio.run(runner.run(job))
    assert done.error_code == "studies_not_available"


# --- config.pbtxt -------------------------------------------------------------------------

def test_config_pbtxt_parses_back_with_the_serving_contract():
    text = render_config_pbtxt(ServingSignature(model_name="chest-ct", image_size=64,
                                                num_classes=3))
    cfg = text_format.Parse(text, model_config_pb2.ModelConfig())
    assert cfg.name == "chest-ct" and cfg.platform == "onnxruntime_onnx"
    assert cfg.max_batch_size == 32
    (inp,) = cfg.input
    assert (inp.name, inp.data_type, list(inp.dims)) == ("image", model_config_pb2.TYPE_FP32,
                                                         [1, 64, 64])
    (out,) = cfg.output
    assert (out.name, out.data_type, list(out.dims)) == ("probabilities",
                                                         model_config_pb2.TYPE_FP32, [3])
    (group,) = cfg.instance_group
    assert group.kind == model_config_pb2.ModelInstanceGroup.KIND_CPU and group.count == 1
    assert cfg.HasField("dynamic_batching")
    # nothing is served until a version is approved
    assert cfg.version_policy.WhichOneof("policy_choice") == "specific"
    assert list(cfg.version_policy.specific.versions) == []
    served = text_format.Parse(render_config_pbtxt(ServingSignature(
        model_name="chest-ct", image_size=64, num_classes=3), served=4),
        model_config_pb2.ModelConfig())
    assert list(served.version_policy.specific.versions) == [4]
    assert "dynamic_batching {" in text


def test_split_keeps_every_study_of_a_patient_on_one_side():
    labels = LabelSet(labels={f"s{i}": i % 2 for i in range(24)})
    patients = {f"s{i}": f"p{i // 3}" for i in range(24)}       # three studies per patient
    for seed in range(6):
        split = split_studies(labels, val_fraction=0.25, seed=seed, patients=patients)
        side = dict.fromkeys(split.val, "val") | dict.fromkeys(split.train, "train")
        assert sorted(side) == sorted(labels.labels)
        for p in set(patients.values()):
            assert len({side[s] for s, q in patients.items() if q == p}) == 1
        assert split.val and split.train
    # without patients each study is its own: the split it always was
    assert split_studies(labels, seed=3) == split_studies(labels, seed=3, patients={})

"""Datasets in the core: the patient-level split, the manifest hash, label-table bad input, and
the builder against in-memory ports (nothing stored when a table is refused)."""

from __future__ import annotations

import asyncio
import random

import pytest

from medenclave_testing.training_fakes import MemorySource, MemoryStudies, RecordingAnnouncer
from medenclave_training.core.dataset_builder import DatasetBuilder, DatasetRequest
from medenclave_training.core.dataset_jobs import make_dataset_spec, read_job_settings
from medenclave_training.core.datasets import (
    MAX_LABEL_BYTES,
    DatasetMember,
    DatasetNotFound,
    InvalidDataset,
    StudyContents,
    manifest_sha256,
    parse_dataset_labels,
    parse_dataset_ref,
    parse_split,
    split_by_patient,
)
from medenclave_training.core.job_config import InvalidJobConfig
from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.ports import AvailableStudy, DatasetVersionTaken, StudyUnavailable


def cohort(patients: int = 30, studies_per_patient: int = 3, seed: int = 1):
    """study → (patient, label); each patient's studies share a label, classes alternate."""
    rng = random.Random(seed)
    out = {}
    for p in range(patients):
        for s in range(rng.randint(1, studies_per_patient)):
            out[f"2.25.{p}{s:02d}{p}"] = (f"pp{p:04d}", p % 2)
    return out


def test_split_keeps_each_patient_in_one_split():
    members = cohort()
    split = split_by_patient(members, seed=7)
    side_of_patient: dict[str, set[str]] = {}
    for study, side in split.items():
        side_of_patient.setdefault(members[study][0], set()).add(side)
    assert all(len(sides) == 1 for sides in side_of_patient.values())
    assert set(split) == set(members)


def test_split_is_reproducible_and_depends_on_the_seed():
    members = cohort()
    assert split_by_patient(members, seed=3) == split_by_patient(dict(reversed(members.items())),
                                                                 seed=3)
    assert split_by_patient(members, seed=3) != split_by_patient(members, seed=4)


def test_split_is_stratified_by_class():
    members = cohort(patients=40)
    split = split_by_patient(members, fractions=(0.5, 0.25, 0.25), seed=0)
    for side in ("train", "val", "test"):
        labels = {members[s][1] for s, v in split.items() if v == side}
        assert labels == {0, 1}, side
    for label in (0, 1):
        patients = {members[s][0] for s in members if members[s][1] == label}
        val = {members[s][0] for s, v in split.items() if v == "val" and members[s][1] == label}
        assert len(val) == round(len(patients) * 0.25)


def test_split_refuses_a_single_class_and_a_class_too_small():
    with pytest.raises(InvalidDataset) as exc:
        split_by_patient({"1.1": ("a", 0), "1.2": ("b", 0)})
    assert exc.value.code == "single_class"
    members = {**{f"1.{i}": (f"p{i}", 0) for i in range(10)}, "2.1": ("q1", 1),
               "2.2": ("q2", 1)}
    with pytest.raises(InvalidDataset) as exc:
        split_by_patient(members, rows={"2.1": 12, "2.2": 13, "1.0": 2})
    assert exc.value.code == "class_too_few_patients"
    assert exc.value.rows == (12, 13)


def test_manifest_hash_is_stable_and_covers_every_field():
    members = [DatasetMember(study=f"2.25.{i}", patient=f"p{i // 2}", label=i % 2,
                             split="train", series=(f"2.25.{i}.1",), content_sha256="ab" * 32)
               for i in range(6)]
    digest = manifest_sha256(members)
    assert digest == manifest_sha256(list(reversed(members)))
    assert len(digest) == 64
    changed = [members[0].__class__(**{**members[0].__dict__, "split": "val"}), *members[1:]]
    assert manifest_sha256(changed) != digest
    relabelled = [members[0].__class__(**{**members[0].__dict__, "label": 1}), *members[1:]]
    assert manifest_sha256(relabelled) != digest
    # a fixed input has a fixed hash: the canonical form must not drift between releases
    fixed = [DatasetMember(study="2.25.1", patient="p", label=0, split="test", series=("2.25.2",),
                           content_sha256="0" * 64)]
    assert manifest_sha256(fixed) == \
        "6123a3364fcb6676f540418968a9e7f4f06f4ed3bbc6fde9e97f668833cf4b77"


@pytest.mark.parametrize(("csv", "code", "rows"), [
    (b"pseudo_study_id,label\n2.25.1,0\n2.25.2,1\n2.25.1,1\n", "duplicate_study", (2, 4)),
    (b"pseudo_study_id,label\n2.25.1,0\n2.25.2,x\n", "label_invalid", (3,)),
    (b"pseudo_study_id,label\n2.25.1,0\n2.25.\x072,1\n", "pseudo_study_id_invalid", (3,)),
    (b'pseudo_study_id,label\n2.25.1,0\n"2.25\n2",1\n', "pseudo_study_id_invalid", (3,)),
    (b"study,label\n2.25.1,0\n", "labels_missing_columns", ()),
    (b"pseudo_study_id,label\n", "labels_empty", ()),
    (b"pseudo_study_id,label,row\n2.25.1,0,7\n2.25.1,1,9\n", "duplicate_study", (7, 9)),
    (b"\xff\xfe", "labels_not_utf8", ()),
])
def test_label_table_bad_input_names_rows_only(csv, code, rows):
    with pytest.raises(InvalidDataset) as exc:
        parse_dataset_labels(csv)
    assert exc.value.code == code
    assert exc.value.rows == rows
    assert "2.25" not in str(exc.value)


def test_label_table_limits():
    big = b"pseudo_study_id,label\n" + b"2.25.1,0\n" * 1_000_000
    with pytest.raises(InvalidDataset) as exc:
        parse_dataset_labels(big)
    assert exc.value.code in ("labels_too_large", "labels_too_many_rows")
    with pytest.raises(InvalidDataset) as exc:
        parse_dataset_labels(b"pseudo_study_id,label\n" + b"x" * MAX_LABEL_BYTES)
    assert exc.value.code == "labels_too_large"


def test_refs_and_splits():
    assert parse_dataset_ref("chest") == ("chest", None)
    assert parse_dataset_ref("chest:3") == ("chest", 3)
    for bad in ("Chest", "chest:0", "chest:x", "", "a\nb", "chest:1:2"):
        with pytest.raises(InvalidDataset):
            parse_dataset_ref(bad)
    assert parse_split([]) == (0.7, 0.15, 0.15)
    for bad in ([0.5, 0.5], [0.8, 0.1, 0.2], [1.0, 0.0, 0.0], [0.5, -0.1, 0.6]):
        with pytest.raises(InvalidDataset):
            parse_split(bad)


def test_job_settings_from_yaml():
    s = read_job_settings(b"training: {epochs: 3, seed: 9}\ndata: {image_size: 32}\n")
    assert (s.epochs, s.seed, s.image_size) == (3, 9, 32)
    assert read_job_settings(b"") == read_job_settings(b"task: classification\n")
    for bad in (b"training: [1, 2]", b"training: {epochs: three}", b": :\n  - [", b"- 1\n"):
        with pytest.raises(InvalidJobConfig):
            read_job_settings(bad)
    # the methods run (task, model, privacy, amp, checkpointing, processes, queue) ...
    served = read_job_settings(b"task: fusion\nfusion: {text_length: 32}\n")
    assert served.text.startswith("task: fusion")
    read_job_settings(b"model: {name: ResNet, args: {depth: 10}}\nprivacy: {target_epsilon: 4.0}"
                      b"\ntraining: {amp: bf16}\nqueue: {priority: 5, project: onco}\n")
    read_job_settings(b"training: {gradient_checkpointing: true}\n"
                      b"distributed: {nproc_per_node: 2}\n")
    read_job_settings(b"training: {optimizer: sgd, lr_schedule: onecycle, "
                      b"early_stopping: {patience: 3}}\nprivacy: {target_epsilon: 4.0}\n")
    # optimiser, schedule and early stopping: classification in one process, under torchrun
    # (the same loop) and on Kubernetes; few-shot and fusion train with their own loops
    read_job_settings(b"training: {optimizer: adamw, lr_schedule: cosine, "
                      b"early_stopping: {patience: 3}}\ndistributed: {nproc_per_node: 2}\n")
    read_job_settings(b"training: {optimizer: sgd, early_stopping: {patience: 2}}\n"
                      b"distributed: {nproc_per_node: 2, nnodes: 2}\n", multi_node=True)
    with pytest.raises(InvalidJobConfig) as refused:
        read_job_settings(b"task: fusion\nfusion: {text_length: 32}\ntraining: {optimizer: sgd, "
                          b"lr_schedule: step, early_stopping: {patience: 3}}\n")
    assert refused.value.errors == [
        f"training.{key}: not run by the job service yet (few-shot and fusion train with "
        "their own loop)" for key in ("optimizer", "lr_schedule", "early_stopping")]
    # ... what the job service does not run yet is refused by path, never silently ignored
    with pytest.raises(InvalidJobConfig) as refused:
        read_job_settings(b"task: fusion\nfusion: {text_length: 32}\n"
                          b"privacy: {target_epsilon: 4.0}\ntraining: {amp: bf16}\n"
                          b"distributed: {nnodes: 2}\ntransforms: []\n")
    assert refused.value.errors == [
        "privacy: DP-SGD runs in one process (distributed must be 1 × 1)",
        "distributed.nnodes: not run by the job service yet (several nodes run as Kubernetes "
        "jobs: MEDENCLAVE_TRAINING_LAUNCHER=kubernetes)",
        "privacy: not run by the job service yet (DP-SGD trains classification only)",
        "training.amp: not run by the job service yet (mixed precision trains classification "
        "only)"]
    with pytest.raises(InvalidJobConfig) as refused:
        read_job_settings(b"queue: {priority: 1000, project: Bad!, x: 1}\n"
                          b"privacy: {target_epsilon: 4.0}\n"
                          b"distributed: {nproc_per_node: 2}\ntask: segmentation\n"
                          b"model: {name: UNet}\n")
    assert refused.value.errors == [
        "queue.x: unknown key; allowed: priority, project",
        "queue.priority: must be an integer in [-100, 100]",
        "queue.project: must be 1 to 63 of a-z, 0-9, _ and -",
        "privacy: DP-SGD runs in one process (distributed must be 1 × 1)",
        "privacy: not run by the job service yet (DP-SGD trains classification only)",
        "distributed.nproc_per_node: not run by the job service yet (several processes train "
        "classification only)"]


# --- the builder ------------------------------------------------------------------------

class MemoryInspector:
    def __init__(self, empty=(), missing=(), down=False):
        self.empty, self.missing, self.calls, self.down = set(empty), set(missing), 0, down

    async def contents(self, *, pseudo_study_id):
        self.calls += 1
        if self.down:
            raise StudyUnavailable("deid_unavailable")
        if pseudo_study_id in self.missing:
            raise StudyUnavailable("study_not_found")
        images = 0 if pseudo_study_id in self.empty else 2
        return StudyContents(series=(pseudo_study_id + ".1",), content_sha256="c" * 64,
                             images=images, skipped_non_image=1)


class MemoryDatasets:
    def __init__(self):
        self.rows = {}

    def latest_version(self, *, name):
        return max((v for n, v in self.rows if n == name), default=0)

    def add(self, *, dataset):
        if (dataset.name, dataset.version) in self.rows:
            raise DatasetVersionTaken(dataset.ref)
        self.rows[(dataset.name, dataset.version)] = dataset

    def get(self, *, name, version=None):
        try:
            return self.rows[(name, version or self.latest_version(name=name))]
        except KeyError:
            raise DatasetNotFound(name) from None

    def list(self):
        return list(self.rows.values())


def builder_for(members, **inspector):
    catalog = MemoryStudies({s: AvailableStudy(pseudo_study_id=s, modality="CR" if i % 5 else "CT",
                                               pseudo_patient_id=p, body_part="CHEST")
                             for i, (s, (p, _label)) in enumerate(members.items())})
    store = MemoryDatasets()
    return DatasetBuilder(studies=catalog, inspector=MemoryInspector(**inspector),
                          datasets=store, clock=lambda: 1000.0), store


def table(members, extra=b""):
    return b"pseudo_study_id,label\n" + b"".join(
        f"{s},{label}\n".encode() for s, (_p, label) in members.items()) + extra


def test_builder_creates_versions_with_the_same_manifest():
    members = cohort()
    builder, store = builder_for(members)
    first = asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members),
                                                      seed=5)))
    second = asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members),
                                                       seed=5)))
    assert (first.version, second.version) == (1, 2)
    assert first.manifest_sha256 == second.manifest_sha256
    assert first.studies == len(members)
    assert first.patients == len({p for p, _ in members.values()})
    assert first.skipped_non_image == len(members)
    assert store.get(name="chest").version == 2
    only_cr = asyncio.run(builder.create(DatasetRequest(name="cr", labels_csv=table(members),
                                                        modality="cr", seed=5)))
    assert 0 < only_cr.excluded < len(members)


@pytest.mark.parametrize(("make", "code", "rows"), [
    (lambda m: table(m, b"2.25.999999,1\n"), "study_not_deidentified", "last"),
    (lambda m: b"pseudo_study_id,label\n" + b"".join(
        f"{s},0\n".encode() for s in m), "single_class", None),
])
def test_builder_refuses_bad_tables_and_creates_nothing(make, code, rows):
    members = cohort()
    builder, store = builder_for(members)
    with pytest.raises(InvalidDataset) as exc:
        asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=make(members))))
    assert exc.value.code == code
    if rows == "last":
        assert exc.value.rows == (len(members) + 2,)
    assert store.rows == {}


def test_builder_refuses_studies_without_images_naming_their_rows():
    members = cohort()
    empty = sorted(members)[:2]
    builder, store = builder_for(members, empty=empty)
    with pytest.raises(InvalidDataset) as exc:
        asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members))))
    assert exc.value.code == "study_has_no_images"
    order = list(members)
    assert exc.value.rows == tuple(sorted(order.index(s) + 2 for s in empty))
    assert store.rows == {}


def test_builder_reports_missing_studies_by_row_and_deid_down_as_unavailable():
    members = cohort()
    gone = sorted(members)[-1]
    builder, store = builder_for(members, missing=[gone])
    with pytest.raises(InvalidDataset) as exc:
        asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members))))
    assert (exc.value.code, exc.value.rows) == ("study_unavailable",
                                                (list(members).index(gone) + 2,))
    builder, store = builder_for(members, down=True)
    with pytest.raises(StudyUnavailable, match="deid_unavailable"):
        asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members))))
    assert store.rows == {}


def test_job_spec_from_a_dataset_keeps_its_split():
    members = cohort()
    builder, _ = builder_for(members)
    dataset = asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members))))
    spec = make_dataset_spec(model_name="m", dataset=dataset,
                             settings=read_job_settings(b"training: {epochs: 2}"), epochs=0,
                             seed=0, image_size=0, default_epochs=16)
    assert spec.epochs == 2 and spec.dataset == "chest" and spec.dataset_version == 1
    assert spec.manifest_sha256 == dataset.manifest_sha256
    assert {m.study: m.split for m in dataset.members} == dict(spec.splits)
    job = Job.new(spec=spec, now=0.0)
    cancelled = job.cancel(now=1.0)
    assert cancelled.state is JobState.CANCELLED and cancelled.finished


# --- a running job cancelled at an epoch boundary ------------------------------------------

class CancellingTrainer:
    """Calls the progress hook every epoch; CancelJob arrives during epoch 2."""

    def __init__(self, cancel):
        self.cancel, self.epochs_run = cancel, 0

    async def train(self, *, data, epochs, seed, progress=None, **_):
        from medenclave_training.core.ports import TrainingCancelled

        for epoch in range(1, epochs + 1):
            self.epochs_run = epoch
            if epoch == 2:
                self.cancel()
            if progress is not None and not progress(epoch, 1.0 / epoch):
                raise TrainingCancelled
        raise AssertionError("not cancelled")


def test_running_job_stops_at_the_next_epoch_and_publishes_nothing(tmp_path):
    import sqlalchemy as sa

    from medenclave_training.adapters.outbound.sql_datasets import SqlJobLog
    from medenclave_training.adapters.outbound.sql_store import (
        SqlJobStore,
        SqlModelStore,
        SqlStudyCatalog,
        create_tables,
    )
    from medenclave_training.core.runner import JobRunner
    from medenclave_training.core.scheduler import JobScheduler

    class Repository:
        def latest_version(self, *, model_name):
            return 0

        def publish(self, *, signature, version, onnx):
            raise AssertionError("a cancelled job publishes no model")

    engine = sa.create_engine(f"sqlite:///{tmp_path / 't.db'}")
    create_tables(engine)
    create_tables(engine)  # idempotent
    jobs, studies, job_log = SqlJobStore(engine), SqlStudyCatalog(engine), SqlJobLog(engine)
    members = cohort()
    builder, _ = builder_for(members)
    dataset = asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=table(members))))
    for s, (p, _y) in members.items():
        studies.record(study=AvailableStudy(pseudo_study_id=s, pseudo_patient_id=p))
    spec = make_dataset_spec(model_name="m", dataset=dataset, settings=read_job_settings(b""),
                             epochs=5, seed=0, image_size=16, default_epochs=16)
    job, run_now = JobScheduler(jobs=jobs, studies=studies).submit(
        spec=spec, requested_by="eve", origin="", trace_id="t")
    assert run_now

    def cancel():
        current = jobs.get(job_id=job.job_id)
        assert jobs.replace(job=current.cancel(now=5.0), expected=JobState.RUNNING)

    trainer, announcer = CancellingTrainer(cancel), RecordingAnnouncer()
    runner = JobRunner(jobs=jobs, studies=studies, source=MemorySource(per_study=1),
                       trainer=trainer, models=SqlModelStore(engine), repository=Repository(),
                       announcer=announcer, job_log=job_log)
    done = asyncio.run(runner.run(job))
    assert done.state is JobState.CANCELLED and trainer.epochs_run == 2
    assert jobs.get(job_id=job.job_id).state is JobState.CANCELLED
    assert SqlModelStore(engine).list() == []
    # the start only: no end event, no model
    assert [e for e in announcer.events if e[0] != "audit"] == [("job", "RUNNING", "")]
    assert ("audit", "training.run", "success", "cancelled") in announcer.events
    assert [line for _at, line in job_log.lines(job_id=job.job_id)] == [
        "epoch 1/5 loss=1.0000", "epoch 2/5 loss=0.5000", "cancelled"]

"""Segmentation datasets in the core and the SQL store: the table lists studies only (no label
column), every member's label is 0, the split is by patient in one stratum, the manifest hash
says the task, the version keeps it, and a job on it must be a segmentation job."""

from __future__ import annotations

import asyncio

import pytest

from medenclave.storage import make_engine
from medenclave_testing.training_fakes import MemoryStudies
from medenclave_training.adapters.outbound.sql_datasets import SqlDatasetStore
from medenclave_training.adapters.outbound.sql_store import create_tables
from medenclave_training.core.dataset_builder import DatasetBuilder, DatasetRequest
from medenclave_training.core.datasets import (
    InvalidDataset,
    StudyContents,
    manifest_sha256,
    parse_dataset_labels,
    split_by_patient,
)
from medenclave_training.core.ports import AvailableStudy

PATIENTS = 12
STUDIES = [f"2.25.{700 + p}" for p in range(PATIENTS)]


class Inspector:
    async def contents(self, *, pseudo_study_id):
        return StudyContents(series=(pseudo_study_id + ".1",), content_sha256="c" * 64,
                             images=2)


@pytest.fixture
def builder(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    create_tables(engine)
    catalog = MemoryStudies({s: AvailableStudy(pseudo_study_id=s, modality="CT",
                                               pseudo_patient_id=f"pp{i // 2:03d}")
                             for i, s in enumerate(STUDIES)})
    store = SqlDatasetStore(engine)
    yield DatasetBuilder(studies=catalog, inspector=Inspector(), datasets=store,
                         clock=lambda: 5.0), store
    engine.dispose()


def studies_csv(studies=STUDIES, header="pseudo_study_id") -> bytes:
    return (header + "\n" + "".join(f"{s}\n" for s in studies)).encode()


def test_a_study_list_parses_with_label_zero_and_a_label_column_is_refused():
    rows = parse_dataset_labels(studies_csv() + b"\n", labelled=False)
    assert [(r.row, r.study, r.label) for r in rows] == [
        (i + 2, s, 0) for i, s in enumerate(STUDIES)]
    with_rows = parse_dataset_labels(b"pseudo_study_id,row\n2.25.1,7\n", labelled=False)
    assert [(r.row, r.label) for r in with_rows] == [(7, 0)]
    for table, code in ((b"pseudo_study_id,label\n2.25.1,1\n", "labels_not_wanted"),
                        (b"study\n2.25.1\n", "labels_missing_columns"),
                        (b"pseudo_study_id\n2.25.1\n2.25.1\n", "duplicate_study"),
                        (b"pseudo_study_id\n\n", "labels_empty")):
        with pytest.raises(InvalidDataset) as exc:
            parse_dataset_labels(table, labelled=False)
        assert exc.value.code == code
    with pytest.raises(InvalidDataset, match="labels_missing_columns"):
        parse_dataset_labels(studies_csv())   # a classification table still needs labels


def test_one_stratum_splits_by_patient_when_one_class_is_allowed():
    members = {s: (f"pp{i // 2:03d}", 0) for i, s in enumerate(STUDIES)}
    with pytest.raises(InvalidDataset, match="single_class"):
        split_by_patient(members)
    split = split_by_patient(members, fractions=(0.5, 0.25, 0.25), seed=1, min_classes=1)
    sides: dict[str, set[str]] = {}
    for study, side in split.items():
        sides.setdefault(members[study][0], set()).add(side)
    assert all(len(s) == 1 for s in sides.values())
    assert sorted(split.values()).count("val") == 2 * 2     # 2 of 6 patients, 2 studies each
    assert set(split.values()) == {"train", "val", "test"}


def test_builder_creates_a_segmentation_dataset_the_store_keeps(builder):
    build, store = builder
    dataset = asyncio.run(build.create(DatasetRequest(
        name="livers", labels_csv=studies_csv(), task=" Segmentation ", seed=2,
        split=[0.5, 0.25, 0.25])))
    assert dataset.task == "segmentation" and dataset.num_classes == 0
    assert {m.label for m in dataset.members} == {0} and dataset.classes == ()
    assert {m.split for m in dataset.members} == {"train", "val", "test"}
    assert dataset.studies == PATIENTS and dataset.images == 2 * PATIENTS
    assert dataset.manifest_sha256 == manifest_sha256(dataset.members, task="segmentation")
    assert dataset.manifest_sha256 != manifest_sha256(dataset.members)
    kept = store.get(name="livers")
    assert kept.task == "segmentation" and kept.members == dataset.members
    assert kept.manifest_sha256 == dataset.manifest_sha256


def test_builder_refuses_an_unknown_task_and_labels_for_segmentation(builder):
    build, store = builder
    labelled = b"pseudo_study_id,label\n" + b"".join(
        f"{s},{i % 2}\n".encode() for i, s in enumerate(STUDIES))
    for task, table, code in (("segmentaton", studies_csv(), "dataset_task_invalid"),
                              ("segmentation", labelled, "labels_not_wanted"),
                              ("", studies_csv(), "labels_missing_columns")):
        with pytest.raises(InvalidDataset) as exc:
            asyncio.run(build.create(DatasetRequest(name="x", labels_csv=table, task=task)))
        assert exc.value.code == code
    assert store.list() == []
    classified = asyncio.run(build.create(DatasetRequest(name="x", labels_csv=labelled,
                                                         task="classification")))
    assert classified.task == "classification" and classified.num_classes == 2
    assert store.get(name="x").task == "classification"

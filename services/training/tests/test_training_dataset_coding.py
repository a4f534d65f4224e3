"""Datasets coded in SNOMED CT: a label table that names classes (``pneumonia``) is coded through
the label map (``medenclave terminology map --csv``) when the dataset is created; each member
keeps its concept, the version keeps its classes, and the manifest hash covers both. Unknown
labels are refused by row. The terminology store is the real SQL one on SQLite."""

from __future__ import annotations

import asyncio

import pytest

from medenclave.storage import make_engine
from medenclave_testing.rf2_sample import write_rf2_sample
from medenclave_training.adapters.outbound.rf2_files import import_label_map, import_snapshot
from medenclave_training.adapters.outbound.sql_datasets import SqlDatasetStore
from medenclave_training.adapters.outbound.sql_terminology import SqlTerminologyStore
from medenclave_training.core.dataset_builder import DatasetBuilder, DatasetRequest
from medenclave_training.core.datasets import (
    InvalidDataset,
    LabelRow,
    StudyContents,
    code_labels,
)
from medenclave_training.core.ports import AvailableStudy
from medenclave_training.core.terminology import Concept


def cohort(patients: int = 24) -> dict[str, tuple[str, int]]:
    """study → (patient, class 0|1); two studies a patient."""
    return {f"2.25.{p}0{s}": (f"pp{p:04d}", p % 2) for p in range(patients) for s in range(2)}


class Catalog:
    def __init__(self, members):
        self.studies = {s: AvailableStudy(pseudo_study_id=s, modality="CR", pseudo_patient_id=p,
                                          body_part="CHEST") for s, (p, _l) in members.items()}

    def describe(self, *, pseudo_study_ids):
        return {s: self.studies[s] for s in pseudo_study_ids if s in self.studies}


class Inspector:
    async def contents(self, *, pseudo_study_id):
        return StudyContents(series=(pseudo_study_id + ".1",), content_sha256="c" * 64, images=2)


class NoStore:
    def latest_version(self, *, name):
        return 0

    def add(self, *, dataset):
        self.added = dataset


def builder_for(members, terminology=None, datasets=None):
    return DatasetBuilder(studies=Catalog(members), inspector=Inspector(),
                          datasets=datasets or NoStore(), terminology=terminology,
                          clock=lambda: 1000.0)


@pytest.fixture
def coded(tmp_path):
    """A builder whose terminology holds the RF2 sample and a label map of three labels."""
    engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    terminology = SqlTerminologyStore(engine)
    ids = write_rf2_sample(tmp_path / "rf2")
    import_snapshot(terminology, tmp_path / "rf2")
    (tmp_path / "map.csv").write_text(
        f"label,concept_id\npneumonia,{ids['consolidation']}\n"
        f"consolidation,{ids['consolidation']}\nnodule,{ids['nodule']}\n")
    import_label_map(terminology, tmp_path / "map.csv")
    members = cohort()
    store = SqlDatasetStore(engine)
    builder = builder_for(members, terminology, store)
    yield builder, store, members, ids
    engine.dispose()


def named_table(members, names=("nodule", "pneumonia"), extra=b""):
    return b"pseudo_study_id,label\n" + b"".join(
        f"{s},{names[label]}\n".encode() for s, (_p, label) in members.items()) + extra


def test_local_labels_are_coded_and_kept_with_the_version(coded):
    builder, store, members, ids = coded
    dataset = asyncio.run(builder.create(DatasetRequest(name="chest",
                                                        labels_csv=named_table(members))))
    low, high = sorted((ids["consolidation"], ids["nodule"]))
    assert [(c.label, c.concept_id) for c in dataset.classes] == [(0, low), (1, high)]
    assert {c.concept_id: c.local_labels for c in dataset.classes} == {
        ids["consolidation"]: ("pneumonia",), ids["nodule"]: ("nodule",)}
    assert all(c.term.endswith("(finding)") for c in dataset.classes)
    by_label = {c.label: c.concept_id for c in dataset.classes}
    assert all(m.concept_id == by_label[m.label] for m in dataset.members)
    stored = store.get(name="chest")
    assert stored.classes == dataset.classes
    assert stored.members == dataset.members
    assert stored.manifest_sha256 == dataset.manifest_sha256
    # synonyms mapped to one concept are one class; the hash covers the local labels too
    renamed = asyncio.run(builder.create(DatasetRequest(
        name="chest", labels_csv=named_table(members, names=("nodule", "consolidation")))))
    assert [c.concept_id for c in renamed.classes] == [c.concept_id for c in dataset.classes]
    assert renamed.manifest_sha256 != dataset.manifest_sha256


def test_unmapped_labels_are_refused_by_row_and_nothing_is_stored(coded):
    builder, store, members, _ids = coded
    bad = named_table(members, extra=b"2.25.99990,effusion\n2.25.99991,nodule\n")
    with pytest.raises(InvalidDataset) as err:
        asyncio.run(builder.create(DatasetRequest(name="chest", labels_csv=bad)))
    assert err.value.code == "label_unmapped"
    assert err.value.rows == (len(members) + 2,)
    assert "effusion" not in str(err.value)
    assert store.list() == []


def test_integer_classes_are_not_coded_and_keep_their_hash(coded):
    builder, _store, members, _ids = coded
    table = b"pseudo_study_id,label\n" + b"".join(
        f"{s},{label}\n".encode() for s, (_p, label) in members.items())
    dataset = asyncio.run(builder.create(DatasetRequest(name="plain", labels_csv=table)))
    assert dataset.classes == ()
    assert {m.concept_id for m in dataset.members} == {0}
    memory = builder_for(members)   # without a terminology: the same manifest
    assert asyncio.run(memory.create(DatasetRequest(name="plain", labels_csv=table))
                       ).manifest_sha256 == dataset.manifest_sha256


def test_without_a_label_map_names_are_unmapped_and_inactive_concepts_refused():
    members = cohort()
    builder = builder_for(members)
    with pytest.raises(InvalidDataset) as err:
        asyncio.run(builder.create(DatasetRequest(name="x", labels_csv=named_table(members))))
    assert err.value.code == "label_unmapped"
    assert len(err.value.rows) == len(members)
    rows = [LabelRow(row=2, study="a", label=-1, local="old"),
            LabelRow(row=3, study="b", label=-1, local="new")]
    concepts = {"old": Concept(concept_id=22298006, active=False),
                "new": Concept(concept_id=233604007, active=True)}
    with pytest.raises(InvalidDataset) as err:
        code_labels(rows, concepts)
    assert (err.value.code, err.value.rows) == ("label_concept_inactive", (2,))

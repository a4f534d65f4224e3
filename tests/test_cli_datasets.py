"""``medenclave datasets create``'s label-table handling (before anything is sent): the key
column, row numbers kept through the mapping, and bad input refused by row number only."""

from __future__ import annotations

import pytest

from medenclave_cli.commands.datasets import (
    LabelTableError,
    read_label_table,
    rows_to_training_csv,
)
from medenclave_cli.main import _parser


def test_key_columns_and_row_numbers():
    kind, rows = read_label_table(b"Accession Number,label\nA1,0\n\nA2,1\n")
    assert kind == "accession_number"
    assert [(r.row, r.key, r.label) for r in rows] == [(2, "A1", "0"), (4, "A2", "1")]
    csv = rows_to_training_csv(rows, {2: "2.25.11", 4: "2.25.12"})
    assert csv.decode().splitlines() == ["pseudo_study_id,label,row", "2.25.11,0,2",
                                         "2.25.12,1,4"]
    kind, _ = read_label_table(b"\xef\xbb\xbfStudyInstanceUID,label\n1.2.3,0\n")
    assert kind == "study_instance_uid"


@pytest.mark.parametrize(("data", "message"), [
    (b"study_instance_uid,label\n1.2.3,0\n1.2.3\x1b[31m,1\n", "id_invalid (rows 3)"),
    (b"accession_number,label\nA1,0\nA2,1\nA1,1\n", "duplicate_study (rows 2, 4)"),
    (b"mrn,label\n123,0\n", "labels_missing_columns"),
    (b"accession_number,study_instance_uid,label\nA1,1.2,0\n", "labels_missing_columns"),
    (b"accession_number,label\n" + b"A1,0\n" * 1_000_000, "labels_too_many_rows"),
    (b"accession_number,label\n" + b"A" * (50 * 1024 * 1024), "labels_too_large"),
])
def test_bad_tables_name_rows_never_values(data, message):
    with pytest.raises(LabelTableError) as exc:
        read_label_table(data)
    assert str(exc.value) == message


def test_unknown_studies_are_named_by_row():
    _, rows = read_label_table(b"accession_number,label\nA1,0\nA2,1\nA3,1\n")
    with pytest.raises(LabelTableError) as exc:
        rows_to_training_csv(rows, {2: "2.25.1", 3: "", 4: ""})
    assert str(exc.value) == "study_unknown (rows 3, 4)"


def test_commands_are_registered():
    parser = _parser()
    ns = parser.parse_args(["datasets", "create", "chest", "--labels", "x.csv", "--seed", "3",
                            "--split", "0.6,0.2,0.2", "--json"])
    assert (ns.name, ns.seed, ns.split, ns.json) == ("chest", 3, "0.6,0.2,0.2", True)
    ns = parser.parse_args(["train", "--dataset", "chest:2", "--config", "job.yaml", "--wait"])
    assert (ns.dataset, ns.wait) == ("chest:2", True)
    for action in ("show", "cancel", "logs"):
        assert parser.parse_args(["jobs", action, "job-1"]).job == "job-1"
    assert parser.parse_args(["jobs", "list"]).func.__name__ == "jobs_list"


def test_named_labels_pass_through_and_coded_classes_are_printed():
    from medenclave.v1 import training_pb2
    from medenclave_cli.commands.datasets import dataset_dict

    _kind, rows = read_label_table(b"pseudo_study_id,label\n2.25.1,pneumonia\n2.25.2,nodule\n")
    assert [r.label for r in rows] == ["pneumonia", "nodule"]   # coded by training, not here
    d = training_pb2.Dataset(name="chest", version=1, classes=2, coded_classes=[
        training_pb2.DatasetClass(label=0, concept_id=233604007, term="Pneumonia (disorder)",
                                  local_labels=["pneumonia"])], members=[
        training_pb2.DatasetMember(study="2.25.1", patient="p1", label=0, split="train",
                                   concept_id=233604007)])
    out = dataset_dict(d)
    assert out["coded_classes"] == [{"label": 0, "concept_id": "233604007",
                                     "term": "Pneumonia (disorder)",
                                     "local_labels": ["pneumonia"]}]
    assert out["splits"]["train"] == [{"study": "2.25.1", "patient": "p1", "label": 0,
                                       "concept_id": "233604007"}]


def test_a_segmentation_study_list_keeps_its_rows_and_sends_no_label():
    from medenclave.v1 import training_pb2
    from medenclave_cli.commands.datasets import dataset_dict

    kind, rows = read_label_table(b"Study Instance UID\n1.2.3\n\n1.2.4\n", labelled=False)
    assert kind == "study_instance_uid" and [(r.row, r.key) for r in rows] == [(2, "1.2.3"),
                                                                               (4, "1.2.4")]
    csv = rows_to_training_csv(rows, {2: "2.25.11", 4: "2.25.12"}, labelled=False)
    assert csv.decode().splitlines() == ["pseudo_study_id,row", "2.25.11,2", "2.25.12,4"]
    with pytest.raises(LabelTableError, match="labels_not_wanted"):
        read_label_table(b"pseudo_study_id,label\n2.25.1,0\n", labelled=False)
    ns = _parser().parse_args(["datasets", "create", "livers", "--labels", "x.csv",
                               "--task", "segmentation"])
    assert ns.task == "segmentation"
    assert _parser().parse_args(["datasets", "create", "c", "--labels", "x.csv"]).task == \
        "classification"
    out = dataset_dict(training_pb2.Dataset(name="livers", version=1, task="segmentation"))
    assert out["task"] == "segmentation" and out["classes"] == 0
    assert dataset_dict(training_pb2.Dataset(name="old", version=1))["task"] == "classification"

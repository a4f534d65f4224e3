import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from medenclave.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StartJobRequest(_message.Message):
    __slots__ = ("model_name", "labels_csv", "epochs", "wait_for_studies", "wait_timeout_s", "seed", "val_fraction", "image_size", "config_yaml", "dataset")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    LABELS_CSV_FIELD_NUMBER: _ClassVar[int]
    EPOCHS_FIELD_NUMBER: _ClassVar[int]
    WAIT_FOR_STUDIES_FIELD_NUMBER: _ClassVar[int]
    WAIT_TIMEOUT_S_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    VAL_FRACTION_FIELD_NUMBER: _ClassVar[int]
    IMAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CONFIG_YAML_FIELD_NUMBER: _ClassVar[int]
    DATASET_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    labels_csv: bytes
    epochs: int
    wait_for_studies: bool
    wait_timeout_s: int
    seed: int
    val_fraction: float
    image_size: int
    config_yaml: bytes
    dataset: str
    def __init__(self, model_name: _Optional[str] = ..., labels_csv: _Optional[bytes] = ..., epochs: _Optional[int] = ..., wait_for_studies: _Optional[bool] = ..., wait_timeout_s: _Optional[int] = ..., seed: _Optional[int] = ..., val_fraction: _Optional[float] = ..., image_size: _Optional[int] = ..., config_yaml: _Optional[bytes] = ..., dataset: _Optional[str] = ...) -> None: ...

class Job(_message.Message):
    __slots__ = ("job_id", "state", "model_name", "model_version", "val_accuracy", "train_loss", "studies", "images", "error_code", "trace_id", "created_at", "finished_at", "dataset", "dataset_version", "manifest_sha256", "metrics_json")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    VAL_ACCURACY_FIELD_NUMBER: _ClassVar[int]
    TRAIN_LOSS_FIELD_NUMBER: _ClassVar[int]
    STUDIES_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    FINISHED_AT_FIELD_NUMBER: _ClassVar[int]
    DATASET_FIELD_NUMBER: _ClassVar[int]
    DATASET_VERSION_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_SHA256_FIELD_NUMBER: _ClassVar[int]
    METRICS_JSON_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    state: str
    model_name: str
    model_version: int
    val_accuracy: float
    train_loss: float
    studies: int
    images: int
    error_code: str
    trace_id: str
    created_at: _timestamp_pb2.Timestamp
    finished_at: _timestamp_pb2.Timestamp
    dataset: str
    dataset_version: int
    manifest_sha256: str
    metrics_json: str
    def __init__(self, job_id: _Optional[str] = ..., state: _Optional[str] = ..., model_name: _Optional[str] = ..., model_version: _Optional[int] = ..., val_accuracy: _Optional[float] = ..., train_loss: _Optional[float] = ..., studies: _Optional[int] = ..., images: _Optional[int] = ..., error_code: _Optional[str] = ..., trace_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finished_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., dataset: _Optional[str] = ..., dataset_version: _Optional[int] = ..., manifest_sha256: _Optional[str] = ..., metrics_json: _Optional[str] = ...) -> None: ...

class CancelJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class GetJobLogsRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class JobLogLine(_message.Message):
    __slots__ = ("at", "line")
    AT_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    at: _timestamp_pb2.Timestamp
    line: str
    def __init__(self, at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., line: _Optional[str] = ...) -> None: ...

class GetJobLogsResponse(_message.Message):
    __slots__ = ("lines",)
    LINES_FIELD_NUMBER: _ClassVar[int]
    lines: _containers.RepeatedCompositeFieldContainer[JobLogLine]
    def __init__(self, lines: _Optional[_Iterable[_Union[JobLogLine, _Mapping]]] = ...) -> None: ...

class CreateDatasetRequest(_message.Message):
    __slots__ = ("name", "labels_csv", "modality", "body_part", "split", "seed", "task")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LABELS_CSV_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    BODY_PART_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    TASK_FIELD_NUMBER: _ClassVar[int]
    name: str
    labels_csv: bytes
    modality: str
    body_part: str
    split: _containers.RepeatedScalarFieldContainer[float]
    seed: int
    task: str
    def __init__(self, name: _Optional[str] = ..., labels_csv: _Optional[bytes] = ..., modality: _Optional[str] = ..., body_part: _Optional[str] = ..., split: _Optional[_Iterable[float]] = ..., seed: _Optional[int] = ..., task: _Optional[str] = ...) -> None: ...

class DatasetMember(_message.Message):
    __slots__ = ("study", "patient", "label", "split", "series", "content_sha256", "images", "concept_id")
    STUDY_FIELD_NUMBER: _ClassVar[int]
    PATIENT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    SERIES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_SHA256_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_ID_FIELD_NUMBER: _ClassVar[int]
    study: str
    patient: str
    label: int
    split: str
    series: _containers.RepeatedScalarFieldContainer[str]
    content_sha256: str
    images: int
    concept_id: int
    def __init__(self, study: _Optional[str] = ..., patient: _Optional[str] = ..., label: _Optional[int] = ..., split: _Optional[str] = ..., series: _Optional[_Iterable[str]] = ..., content_sha256: _Optional[str] = ..., images: _Optional[int] = ..., concept_id: _Optional[int] = ...) -> None: ...

class DatasetClass(_message.Message):
    __slots__ = ("label", "concept_id", "term", "local_labels")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_ID_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    LOCAL_LABELS_FIELD_NUMBER: _ClassVar[int]
    label: int
    concept_id: int
    term: str
    local_labels: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, label: _Optional[int] = ..., concept_id: _Optional[int] = ..., term: _Optional[str] = ..., local_labels: _Optional[_Iterable[str]] = ...) -> None: ...

class Dataset(_message.Message):
    __slots__ = ("name", "version", "manifest_sha256", "studies", "patients", "classes", "images", "skipped_non_image", "excluded", "split", "seed", "modality", "body_part", "created_by", "created_at", "members", "coded_classes", "task")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_SHA256_FIELD_NUMBER: _ClassVar[int]
    STUDIES_FIELD_NUMBER: _ClassVar[int]
    PATIENTS_FIELD_NUMBER: _ClassVar[int]
    CLASSES_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_NON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    BODY_PART_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    CODED_CLASSES_FIELD_NUMBER: _ClassVar[int]
    TASK_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: int
    manifest_sha256: str
    studies: int
    patients: int
    classes: int
    images: int
    skipped_non_image: int
    excluded: int
    split: _containers.RepeatedScalarFieldContainer[float]
    seed: int
    modality: str
    body_part: str
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    members: _containers.RepeatedCompositeFieldContainer[DatasetMember]
    coded_classes: _containers.RepeatedCompositeFieldContainer[DatasetClass]
    task: str
    def __init__(self, name: _Optional[str] = ..., version: _Optional[int] = ..., manifest_sha256: _Optional[str] = ..., studies: _Optional[int] = ..., patients: _Optional[int] = ..., classes: _Optional[int] = ..., images: _Optional[int] = ..., skipped_non_image: _Optional[int] = ..., excluded: _Optional[int] = ..., split: _Optional[_Iterable[float]] = ..., seed: _Optional[int] = ..., modality: _Optional[str] = ..., body_part: _Optional[str] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., members: _Optional[_Iterable[_Union[DatasetMember, _Mapping]]] = ..., coded_classes: _Optional[_Iterable[_Union[DatasetClass, _Mapping]]] = ..., task: _Optional[str] = ...) -> None: ...

class ListDatasetsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListDatasetsResponse(_message.Message):
    __slots__ = ("datasets",)
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    datasets: _containers.RepeatedCompositeFieldContainer[Dataset]
    def __init__(self, datasets: _Optional[_Iterable[_Union[Dataset, _Mapping]]] = ...) -> None: ...

class GetDatasetRequest(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: str
    def __init__(self, dataset: _Optional[str] = ...) -> None: ...

class GetJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class ListJobsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListJobsResponse(_message.Message):
    __slots__ = ("jobs",)
    JOBS_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[Job]
    def __init__(self, jobs: _Optional[_Iterable[_Union[Job, _Mapping]]] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ModelVersion(_message.Message):
    __slots__ = ("model_name", "version", "job_id", "val_accuracy", "onnx_sha256", "registered_at", "stage", "served")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    VAL_ACCURACY_FIELD_NUMBER: _ClassVar[int]
    ONNX_SHA256_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_AT_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    SERVED_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    job_id: str
    val_accuracy: float
    onnx_sha256: str
    registered_at: _timestamp_pb2.Timestamp
    stage: str
    served: bool
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., job_id: _Optional[str] = ..., val_accuracy: _Optional[float] = ..., onnx_sha256: _Optional[str] = ..., registered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., stage: _Optional[str] = ..., served: _Optional[bool] = ...) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[ModelVersion]
    def __init__(self, models: _Optional[_Iterable[_Union[ModelVersion, _Mapping]]] = ...) -> None: ...

class ListTrainedOnRequest(_message.Message):
    __slots__ = ("pseudo_study_ids", "erasure_ref")
    PSEUDO_STUDY_IDS_FIELD_NUMBER: _ClassVar[int]
    ERASURE_REF_FIELD_NUMBER: _ClassVar[int]
    pseudo_study_ids: _containers.RepeatedScalarFieldContainer[str]
    erasure_ref: str
    def __init__(self, pseudo_study_ids: _Optional[_Iterable[str]] = ..., erasure_ref: _Optional[str] = ...) -> None: ...

class ListTrainedOnResponse(_message.Message):
    __slots__ = ("job_ids", "models", "datasets")
    JOB_IDS_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    job_ids: _containers.RepeatedScalarFieldContainer[str]
    models: _containers.RepeatedCompositeFieldContainer[ModelVersion]
    datasets: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, job_ids: _Optional[_Iterable[str]] = ..., models: _Optional[_Iterable[_Union[ModelVersion, _Mapping]]] = ..., datasets: _Optional[_Iterable[str]] = ...) -> None: ...

class ApproveModelRequest(_message.Message):
    __slots__ = ("model_name", "version", "reason")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    reason: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class RollbackModelRequest(_message.Message):
    __slots__ = ("model_name", "to_version", "reason")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TO_VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    to_version: int
    reason: str
    def __init__(self, model_name: _Optional[str] = ..., to_version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class RetireModelRequest(_message.Message):
    __slots__ = ("model_name", "version", "reason")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    reason: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class GetModelCardRequest(_message.Message):
    __slots__ = ("model_name", "version")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ModelCard(_message.Message):
    __slots__ = ("model_name", "version", "stage", "served", "job_id", "dataset", "dataset_version", "manifest_sha256", "metrics_json", "config_sha256", "code_version", "trained_by", "registered_at", "approved_by", "approved_at", "approval_reason", "retired_by", "retired_at", "privacy", "onnx_sha256", "metrics_split")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    SERVED_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    DATASET_FIELD_NUMBER: _ClassVar[int]
    DATASET_VERSION_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_SHA256_FIELD_NUMBER: _ClassVar[int]
    METRICS_JSON_FIELD_NUMBER: _ClassVar[int]
    CONFIG_SHA256_FIELD_NUMBER: _ClassVar[int]
    CODE_VERSION_FIELD_NUMBER: _ClassVar[int]
    TRAINED_BY_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_AT_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    APPROVED_AT_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_REASON_FIELD_NUMBER: _ClassVar[int]
    RETIRED_BY_FIELD_NUMBER: _ClassVar[int]
    RETIRED_AT_FIELD_NUMBER: _ClassVar[int]
    PRIVACY_FIELD_NUMBER: _ClassVar[int]
    ONNX_SHA256_FIELD_NUMBER: _ClassVar[int]
    METRICS_SPLIT_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    stage: str
    served: bool
    job_id: str
    dataset: str
    dataset_version: str
    manifest_sha256: str
    metrics_json: str
    config_sha256: str
    code_version: str
    trained_by: str
    registered_at: _timestamp_pb2.Timestamp
    approved_by: str
    approved_at: _timestamp_pb2.Timestamp
    approval_reason: str
    retired_by: str
    retired_at: _timestamp_pb2.Timestamp
    privacy: str
    onnx_sha256: str
    metrics_split: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., stage: _Optional[str] = ..., served: _Optional[bool] = ..., job_id: _Optional[str] = ..., dataset: _Optional[str] = ..., dataset_version: _Optional[str] = ..., manifest_sha256: _Optional[str] = ..., metrics_json: _Optional[str] = ..., config_sha256: _Optional[str] = ..., code_version: _Optional[str] = ..., trained_by: _Optional[str] = ..., registered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., approved_by: _Optional[str] = ..., approved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., approval_reason: _Optional[str] = ..., retired_by: _Optional[str] = ..., retired_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., privacy: _Optional[str] = ..., onnx_sha256: _Optional[str] = ..., metrics_split: _Optional[str] = ...) -> None: ...

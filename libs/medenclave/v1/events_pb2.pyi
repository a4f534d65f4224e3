import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InstanceStored(_message.Message):
    __slots__ = ("instance_ref", "study_ref", "sop_class_uid", "transfer_syntax_uid", "size_bytes", "stored_at", "calling_ae")
    INSTANCE_REF_FIELD_NUMBER: _ClassVar[int]
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_SYNTAX_UID_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    STORED_AT_FIELD_NUMBER: _ClassVar[int]
    CALLING_AE_FIELD_NUMBER: _ClassVar[int]
    instance_ref: str
    study_ref: str
    sop_class_uid: str
    transfer_syntax_uid: str
    size_bytes: int
    stored_at: _timestamp_pb2.Timestamp
    calling_ae: str
    def __init__(self, instance_ref: _Optional[str] = ..., study_ref: _Optional[str] = ..., sop_class_uid: _Optional[str] = ..., transfer_syntax_uid: _Optional[str] = ..., size_bytes: _Optional[int] = ..., stored_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., calling_ae: _Optional[str] = ...) -> None: ...

class InstanceQuarantined(_message.Message):
    __slots__ = ("quarantine_id", "reason_code", "calling_ae", "size_bytes", "quarantined_at")
    QUARANTINE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    CALLING_AE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    QUARANTINED_AT_FIELD_NUMBER: _ClassVar[int]
    quarantine_id: str
    reason_code: str
    calling_ae: str
    size_bytes: int
    quarantined_at: _timestamp_pb2.Timestamp
    def __init__(self, quarantine_id: _Optional[str] = ..., reason_code: _Optional[str] = ..., calling_ae: _Optional[str] = ..., size_bytes: _Optional[int] = ..., quarantined_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class StudyReceived(_message.Message):
    __slots__ = ("study_ref", "completion", "instance_refs", "total_instances", "modality", "received_at")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_REFS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_INSTANCES_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    instance_refs: _containers.RepeatedScalarFieldContainer[str]
    total_instances: int
    modality: str
    received_at: _timestamp_pb2.Timestamp
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., instance_refs: _Optional[_Iterable[str]] = ..., total_instances: _Optional[int] = ..., modality: _Optional[str] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class StudyDeidentified(_message.Message):
    __slots__ = ("study_ref", "completion", "pseudo_study_id", "pseudo_patient_id", "instance_count", "profile", "modality", "completed_at", "body_part")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    PSEUDO_STUDY_ID_FIELD_NUMBER: _ClassVar[int]
    PSEUDO_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    BODY_PART_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    pseudo_study_id: str
    pseudo_patient_id: str
    instance_count: int
    profile: str
    modality: str
    completed_at: _timestamp_pb2.Timestamp
    body_part: str
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., pseudo_study_id: _Optional[str] = ..., pseudo_patient_id: _Optional[str] = ..., instance_count: _Optional[int] = ..., profile: _Optional[str] = ..., modality: _Optional[str] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., body_part: _Optional[str] = ...) -> None: ...

class StudyQuarantined(_message.Message):
    __slots__ = ("study_ref", "completion", "reason_code", "quarantined_at")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    QUARANTINED_AT_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    reason_code: str
    quarantined_at: _timestamp_pb2.Timestamp
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., reason_code: _Optional[str] = ..., quarantined_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TrainingJobChanged(_message.Message):
    __slots__ = ("job_id", "state", "model_name", "error_code", "at")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    state: str
    model_name: str
    error_code: str
    at: _timestamp_pb2.Timestamp
    def __init__(self, job_id: _Optional[str] = ..., state: _Optional[str] = ..., model_name: _Optional[str] = ..., error_code: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ModelRegistered(_message.Message):
    __slots__ = ("model_name", "version", "platform", "job_id", "val_accuracy", "onnx_sha256", "dataset_studies", "registered_at", "change")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    VAL_ACCURACY_FIELD_NUMBER: _ClassVar[int]
    ONNX_SHA256_FIELD_NUMBER: _ClassVar[int]
    DATASET_STUDIES_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_AT_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    platform: str
    job_id: str
    val_accuracy: float
    onnx_sha256: str
    dataset_studies: _containers.RepeatedScalarFieldContainer[str]
    registered_at: _timestamp_pb2.Timestamp
    change: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., platform: _Optional[str] = ..., job_id: _Optional[str] = ..., val_accuracy: _Optional[float] = ..., onnx_sha256: _Optional[str] = ..., dataset_studies: _Optional[_Iterable[str]] = ..., registered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., change: _Optional[str] = ...) -> None: ...

class ModelLoaded(_message.Message):
    __slots__ = ("model_name", "version", "loaded_at")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LOADED_AT_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    loaded_at: _timestamp_pb2.Timestamp
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., loaded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DriftDetected(_message.Message):
    __slots__ = ("model_name", "version", "metric", "value", "threshold", "at")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    metric: str
    value: float
    threshold: float
    at: _timestamp_pb2.Timestamp
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., metric: _Optional[str] = ..., value: _Optional[float] = ..., threshold: _Optional[float] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AuditRecord(_message.Message):
    __slots__ = ("record_id", "time", "service", "subject", "role", "action", "resource", "outcome", "reason", "trace_id")
    RECORD_ID_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    record_id: str
    time: _timestamp_pb2.Timestamp
    service: str
    subject: str
    role: str
    action: str
    resource: str
    outcome: str
    reason: str
    trace_id: str
    def __init__(self, record_id: _Optional[str] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., service: _Optional[str] = ..., subject: _Optional[str] = ..., role: _Optional[str] = ..., action: _Optional[str] = ..., resource: _Optional[str] = ..., outcome: _Optional[str] = ..., reason: _Optional[str] = ..., trace_id: _Optional[str] = ...) -> None: ...

class BreakGlassGranted(_message.Message):
    __slots__ = ("grant_id", "subject", "from_role", "granted_role", "reason_code", "granted_at", "expires_at", "trace_id")
    GRANT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    FROM_ROLE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_ROLE_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    grant_id: str
    subject: str
    from_role: str
    granted_role: str
    reason_code: str
    granted_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    trace_id: str
    def __init__(self, grant_id: _Optional[str] = ..., subject: _Optional[str] = ..., from_role: _Optional[str] = ..., granted_role: _Optional[str] = ..., reason_code: _Optional[str] = ..., granted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trace_id: _Optional[str] = ...) -> None: ...

class DeidLeakBlocked(_message.Message):
    __slots__ = ("study_ref", "completion", "reason_code", "at")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    reason_code: str
    at: _timestamp_pb2.Timestamp
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., reason_code: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

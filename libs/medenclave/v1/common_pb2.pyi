import datetime

from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StudyState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STUDY_STATE_UNSPECIFIED: _ClassVar[StudyState]
    STUDY_STATE_RECEIVING: _ClassVar[StudyState]
    STUDY_STATE_RECEIVED: _ClassVar[StudyState]
    STUDY_STATE_DEIDENTIFIED: _ClassVar[StudyState]
    STUDY_STATE_QUARANTINED: _ClassVar[StudyState]
STUDY_STATE_UNSPECIFIED: StudyState
STUDY_STATE_RECEIVING: StudyState
STUDY_STATE_RECEIVED: StudyState
STUDY_STATE_DEIDENTIFIED: StudyState
STUDY_STATE_QUARANTINED: StudyState
PERMISSION_FIELD_NUMBER: _ClassVar[int]
permission: _descriptor.FieldDescriptor

class Page(_message.Message):
    __slots__ = ("limit", "after")
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    AFTER_FIELD_NUMBER: _ClassVar[int]
    limit: int
    after: str
    def __init__(self, limit: _Optional[int] = ..., after: _Optional[str] = ...) -> None: ...

class StudySummary(_message.Message):
    __slots__ = ("study_ref", "state", "instance_count", "pseudo_study_id", "modality", "received_at", "updated_at", "quarantine_reason", "trace_id")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PSEUDO_STUDY_ID_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    QUARANTINE_REASON_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    state: StudyState
    instance_count: int
    pseudo_study_id: str
    modality: str
    received_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    quarantine_reason: str
    trace_id: str
    def __init__(self, study_ref: _Optional[str] = ..., state: _Optional[_Union[StudyState, str]] = ..., instance_count: _Optional[int] = ..., pseudo_study_id: _Optional[str] = ..., modality: _Optional[str] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., quarantine_reason: _Optional[str] = ..., trace_id: _Optional[str] = ...) -> None: ...

import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from medenclave.v1 import common_pb2 as _common_pb2
from medenclave.v1 import events_pb2 as _events_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class QueryRequest(_message.Message):
    __slots__ = ("subject", "action", "resource", "since", "until", "limit", "trace_id")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    subject: str
    action: str
    resource: str
    since: _timestamp_pb2.Timestamp
    until: _timestamp_pb2.Timestamp
    limit: int
    trace_id: str
    def __init__(self, subject: _Optional[str] = ..., action: _Optional[str] = ..., resource: _Optional[str] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., limit: _Optional[int] = ..., trace_id: _Optional[str] = ...) -> None: ...

class StoredRecord(_message.Message):
    __slots__ = ("seq", "record", "hash")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    HASH_FIELD_NUMBER: _ClassVar[int]
    seq: int
    record: _events_pb2.AuditRecord
    hash: str
    def __init__(self, seq: _Optional[int] = ..., record: _Optional[_Union[_events_pb2.AuditRecord, _Mapping]] = ..., hash: _Optional[str] = ...) -> None: ...

class QueryResponse(_message.Message):
    __slots__ = ("records",)
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[StoredRecord]
    def __init__(self, records: _Optional[_Iterable[_Union[StoredRecord, _Mapping]]] = ...) -> None: ...

class VerifyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class VerifyResponse(_message.Message):
    __slots__ = ("valid", "records", "first_bad_seq", "problem", "head_hash", "checkpoints", "checkpoint_size")
    VALID_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    FIRST_BAD_SEQ_FIELD_NUMBER: _ClassVar[int]
    PROBLEM_FIELD_NUMBER: _ClassVar[int]
    HEAD_HASH_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINTS_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_SIZE_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    records: int
    first_bad_seq: int
    problem: str
    head_hash: str
    checkpoints: int
    checkpoint_size: int
    def __init__(self, valid: _Optional[bool] = ..., records: _Optional[int] = ..., first_bad_seq: _Optional[int] = ..., problem: _Optional[str] = ..., head_hash: _Optional[str] = ..., checkpoints: _Optional[int] = ..., checkpoint_size: _Optional[int] = ...) -> None: ...

class Checkpoint(_message.Message):
    __slots__ = ("tree_size", "root_hash", "chain_hash", "time_ns", "key_id", "signature", "body", "consistency_proof")
    TREE_SIZE_FIELD_NUMBER: _ClassVar[int]
    ROOT_HASH_FIELD_NUMBER: _ClassVar[int]
    CHAIN_HASH_FIELD_NUMBER: _ClassVar[int]
    TIME_NS_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    CONSISTENCY_PROOF_FIELD_NUMBER: _ClassVar[int]
    tree_size: int
    root_hash: str
    chain_hash: str
    time_ns: int
    key_id: str
    signature: str
    body: str
    consistency_proof: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tree_size: _Optional[int] = ..., root_hash: _Optional[str] = ..., chain_hash: _Optional[str] = ..., time_ns: _Optional[int] = ..., key_id: _Optional[str] = ..., signature: _Optional[str] = ..., body: _Optional[str] = ..., consistency_proof: _Optional[_Iterable[str]] = ...) -> None: ...

class GetCheckpointKeyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CheckpointKey(_message.Message):
    __slots__ = ("key_id", "public_key_pem")
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_PEM_FIELD_NUMBER: _ClassVar[int]
    key_id: str
    public_key_pem: str
    def __init__(self, key_id: _Optional[str] = ..., public_key_pem: _Optional[str] = ...) -> None: ...

class GetCheckpointKeyResponse(_message.Message):
    __slots__ = ("current_key_id", "keys")
    CURRENT_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    current_key_id: str
    keys: _containers.RepeatedCompositeFieldContainer[CheckpointKey]
    def __init__(self, current_key_id: _Optional[str] = ..., keys: _Optional[_Iterable[_Union[CheckpointKey, _Mapping]]] = ...) -> None: ...

class GetCheckpointRequest(_message.Message):
    __slots__ = ("old_tree_size",)
    OLD_TREE_SIZE_FIELD_NUMBER: _ClassVar[int]
    old_tree_size: int
    def __init__(self, old_tree_size: _Optional[int] = ...) -> None: ...

class GetCheckpointResponse(_message.Message):
    __slots__ = ("checkpoint", "consistency_proof")
    CHECKPOINT_FIELD_NUMBER: _ClassVar[int]
    CONSISTENCY_PROOF_FIELD_NUMBER: _ClassVar[int]
    checkpoint: Checkpoint
    consistency_proof: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, checkpoint: _Optional[_Union[Checkpoint, _Mapping]] = ..., consistency_proof: _Optional[_Iterable[str]] = ...) -> None: ...

class ExportRequest(_message.Message):
    __slots__ = ("subject", "action", "resource", "since", "until", "trace_id")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    subject: str
    action: str
    resource: str
    since: _timestamp_pb2.Timestamp
    until: _timestamp_pb2.Timestamp
    trace_id: str
    def __init__(self, subject: _Optional[str] = ..., action: _Optional[str] = ..., resource: _Optional[str] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trace_id: _Optional[str] = ...) -> None: ...

class ExportedRecord(_message.Message):
    __slots__ = ("stored", "prev_hash", "leaf_hash", "tree_size", "inclusion_proof")
    STORED_FIELD_NUMBER: _ClassVar[int]
    PREV_HASH_FIELD_NUMBER: _ClassVar[int]
    LEAF_HASH_FIELD_NUMBER: _ClassVar[int]
    TREE_SIZE_FIELD_NUMBER: _ClassVar[int]
    INCLUSION_PROOF_FIELD_NUMBER: _ClassVar[int]
    stored: StoredRecord
    prev_hash: str
    leaf_hash: str
    tree_size: int
    inclusion_proof: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, stored: _Optional[_Union[StoredRecord, _Mapping]] = ..., prev_hash: _Optional[str] = ..., leaf_hash: _Optional[str] = ..., tree_size: _Optional[int] = ..., inclusion_proof: _Optional[_Iterable[str]] = ...) -> None: ...

class ExportItem(_message.Message):
    __slots__ = ("checkpoint", "key", "record")
    CHECKPOINT_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    checkpoint: Checkpoint
    key: CheckpointKey
    record: ExportedRecord
    def __init__(self, checkpoint: _Optional[_Union[Checkpoint, _Mapping]] = ..., key: _Optional[_Union[CheckpointKey, _Mapping]] = ..., record: _Optional[_Union[ExportedRecord, _Mapping]] = ...) -> None: ...

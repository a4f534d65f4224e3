from medenclave.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PredictRequest(_message.Message):
    __slots__ = ("model_name", "version", "shape", "float32_data", "pseudo_study_id", "dicom")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    FLOAT32_DATA_FIELD_NUMBER: _ClassVar[int]
    PSEUDO_STUDY_ID_FIELD_NUMBER: _ClassVar[int]
    DICOM_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    shape: _containers.RepeatedScalarFieldContainer[int]
    float32_data: bytes
    pseudo_study_id: str
    dicom: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., shape: _Optional[_Iterable[int]] = ..., float32_data: _Optional[bytes] = ..., pseudo_study_id: _Optional[str] = ..., dicom: _Optional[_Iterable[bytes]] = ...) -> None: ...

class PredictResponse(_message.Message):
    __slots__ = ("model_name", "version", "shape", "probabilities", "classes", "decision", "score", "decision_rule", "threshold", "positive_class", "trace_id", "instances", "skipped")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    PROBABILITIES_FIELD_NUMBER: _ClassVar[int]
    CLASSES_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    DECISION_RULE_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    POSITIVE_CLASS_FIELD_NUMBER: _ClassVar[int]
    TRACE_ID_FIELD_NUMBER: _ClassVar[int]
    INSTANCES_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    shape: _containers.RepeatedScalarFieldContainer[int]
    probabilities: _containers.RepeatedScalarFieldContainer[float]
    classes: _containers.RepeatedScalarFieldContainer[int]
    decision: int
    score: float
    decision_rule: str
    threshold: float
    positive_class: int
    trace_id: str
    instances: int
    skipped: int
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., shape: _Optional[_Iterable[int]] = ..., probabilities: _Optional[_Iterable[float]] = ..., classes: _Optional[_Iterable[int]] = ..., decision: _Optional[int] = ..., score: _Optional[float] = ..., decision_rule: _Optional[str] = ..., threshold: _Optional[float] = ..., positive_class: _Optional[int] = ..., trace_id: _Optional[str] = ..., instances: _Optional[int] = ..., skipped: _Optional[int] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LoadedModel(_message.Message):
    __slots__ = ("model_name", "version", "state")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    state: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., state: _Optional[str] = ...) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[LoadedModel]
    def __init__(self, models: _Optional[_Iterable[_Union[LoadedModel, _Mapping]]] = ...) -> None: ...

import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
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

class GetServingHealthRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HealthSample(_message.Message):
    __slots__ = ("at", "requests", "interval_s", "p50_ms", "p95_ms", "p99_ms", "kl")
    AT_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_S_FIELD_NUMBER: _ClassVar[int]
    P50_MS_FIELD_NUMBER: _ClassVar[int]
    P95_MS_FIELD_NUMBER: _ClassVar[int]
    P99_MS_FIELD_NUMBER: _ClassVar[int]
    KL_FIELD_NUMBER: _ClassVar[int]
    at: _timestamp_pb2.Timestamp
    requests: int
    interval_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    kl: float
    def __init__(self, at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., requests: _Optional[int] = ..., interval_s: _Optional[float] = ..., p50_ms: _Optional[float] = ..., p95_ms: _Optional[float] = ..., p99_ms: _Optional[float] = ..., kl: _Optional[float] = ...) -> None: ...

class VersionHealth(_message.Message):
    __slots__ = ("model_name", "version", "drift_threshold", "drifted", "judged", "points")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DRIFT_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    DRIFTED_FIELD_NUMBER: _ClassVar[int]
    JUDGED_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    drift_threshold: float
    drifted: bool
    judged: bool
    points: _containers.RepeatedCompositeFieldContainer[HealthSample]
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., drift_threshold: _Optional[float] = ..., drifted: _Optional[bool] = ..., judged: _Optional[bool] = ..., points: _Optional[_Iterable[_Union[HealthSample, _Mapping]]] = ...) -> None: ...

class GetServingHealthResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[VersionHealth]
    def __init__(self, versions: _Optional[_Iterable[_Union[VersionHealth, _Mapping]]] = ...) -> None: ...

class GetDriftRequest(_message.Message):
    __slots__ = ("model_name", "version")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class FeatureDrift(_message.Message):
    __slots__ = ("feature", "kl", "psi", "js")
    FEATURE_FIELD_NUMBER: _ClassVar[int]
    KL_FIELD_NUMBER: _ClassVar[int]
    PSI_FIELD_NUMBER: _ClassVar[int]
    JS_FIELD_NUMBER: _ClassVar[int]
    feature: str
    kl: float
    psi: float
    js: float
    def __init__(self, feature: _Optional[str] = ..., kl: _Optional[float] = ..., psi: _Optional[float] = ..., js: _Optional[float] = ...) -> None: ...

class DriftStatus(_message.Message):
    __slots__ = ("model_name", "version", "kl", "psi", "js", "threshold", "drifted", "window", "window_size", "judged", "features")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    KL_FIELD_NUMBER: _ClassVar[int]
    PSI_FIELD_NUMBER: _ClassVar[int]
    JS_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    DRIFTED_FIELD_NUMBER: _ClassVar[int]
    WINDOW_FIELD_NUMBER: _ClassVar[int]
    WINDOW_SIZE_FIELD_NUMBER: _ClassVar[int]
    JUDGED_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    kl: float
    psi: float
    js: float
    threshold: float
    drifted: bool
    window: int
    window_size: int
    judged: bool
    features: _containers.RepeatedCompositeFieldContainer[FeatureDrift]
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., kl: _Optional[float] = ..., psi: _Optional[float] = ..., js: _Optional[float] = ..., threshold: _Optional[float] = ..., drifted: _Optional[bool] = ..., window: _Optional[int] = ..., window_size: _Optional[int] = ..., judged: _Optional[bool] = ..., features: _Optional[_Iterable[_Union[FeatureDrift, _Mapping]]] = ...) -> None: ...

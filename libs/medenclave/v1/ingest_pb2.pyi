from medenclave.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListStudiesRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _common_pb2.Page
    def __init__(self, page: _Optional[_Union[_common_pb2.Page, _Mapping]] = ...) -> None: ...

class ListStudiesResponse(_message.Message):
    __slots__ = ("studies", "next")
    STUDIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_FIELD_NUMBER: _ClassVar[int]
    studies: _containers.RepeatedCompositeFieldContainer[_common_pb2.StudySummary]
    next: str
    def __init__(self, studies: _Optional[_Iterable[_Union[_common_pb2.StudySummary, _Mapping]]] = ..., next: _Optional[str] = ...) -> None: ...

class GetStudyRequest(_message.Message):
    __slots__ = ("study_ref",)
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    def __init__(self, study_ref: _Optional[str] = ...) -> None: ...

class FetchInstancesRequest(_message.Message):
    __slots__ = ("study_ref", "instance_refs")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_REFS_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    instance_refs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, study_ref: _Optional[str] = ..., instance_refs: _Optional[_Iterable[str]] = ...) -> None: ...

class RawInstance(_message.Message):
    __slots__ = ("instance_ref", "dicom")
    INSTANCE_REF_FIELD_NUMBER: _ClassVar[int]
    DICOM_FIELD_NUMBER: _ClassVar[int]
    instance_ref: str
    dicom: bytes
    def __init__(self, instance_ref: _Optional[str] = ..., dicom: _Optional[bytes] = ...) -> None: ...

class EraseStudiesRequest(_message.Message):
    __slots__ = ("study_refs", "erasure_ref")
    STUDY_REFS_FIELD_NUMBER: _ClassVar[int]
    ERASURE_REF_FIELD_NUMBER: _ClassVar[int]
    study_refs: _containers.RepeatedScalarFieldContainer[str]
    erasure_ref: str
    def __init__(self, study_refs: _Optional[_Iterable[str]] = ..., erasure_ref: _Optional[str] = ...) -> None: ...

class ErasedStudy(_message.Message):
    __slots__ = ("study_ref", "objects_shredded", "found")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    OBJECTS_SHREDDED_FIELD_NUMBER: _ClassVar[int]
    FOUND_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    objects_shredded: int
    found: bool
    def __init__(self, study_ref: _Optional[str] = ..., objects_shredded: _Optional[int] = ..., found: _Optional[bool] = ...) -> None: ...

class EraseStudiesResponse(_message.Message):
    __slots__ = ("studies",)
    STUDIES_FIELD_NUMBER: _ClassVar[int]
    studies: _containers.RepeatedCompositeFieldContainer[ErasedStudy]
    def __init__(self, studies: _Optional[_Iterable[_Union[ErasedStudy, _Mapping]]] = ...) -> None: ...

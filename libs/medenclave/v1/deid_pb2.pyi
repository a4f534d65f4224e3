from medenclave.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListStudiesRequest(_message.Message):
    __slots__ = ("page", "study_refs")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    STUDY_REFS_FIELD_NUMBER: _ClassVar[int]
    page: _common_pb2.Page
    study_refs: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, page: _Optional[_Union[_common_pb2.Page, _Mapping]] = ..., study_refs: _Optional[_Iterable[str]] = ...) -> None: ...

class ListStudiesResponse(_message.Message):
    __slots__ = ("studies", "next")
    STUDIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_FIELD_NUMBER: _ClassVar[int]
    studies: _containers.RepeatedCompositeFieldContainer[_common_pb2.StudySummary]
    next: str
    def __init__(self, studies: _Optional[_Iterable[_Union[_common_pb2.StudySummary, _Mapping]]] = ..., next: _Optional[str] = ...) -> None: ...

class FetchStudyRequest(_message.Message):
    __slots__ = ("pseudo_study_id",)
    PSEUDO_STUDY_ID_FIELD_NUMBER: _ClassVar[int]
    pseudo_study_id: str
    def __init__(self, pseudo_study_id: _Optional[str] = ...) -> None: ...

class DeidentifiedInstance(_message.Message):
    __slots__ = ("pseudo_instance_uid", "dicom")
    PSEUDO_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    DICOM_FIELD_NUMBER: _ClassVar[int]
    pseudo_instance_uid: str
    dicom: bytes
    def __init__(self, pseudo_instance_uid: _Optional[str] = ..., dicom: _Optional[bytes] = ...) -> None: ...

class DeidentifyTableRequest(_message.Message):
    __slots__ = ("csv", "study_uid_column", "accession_column")
    CSV_FIELD_NUMBER: _ClassVar[int]
    STUDY_UID_COLUMN_FIELD_NUMBER: _ClassVar[int]
    ACCESSION_COLUMN_FIELD_NUMBER: _ClassVar[int]
    csv: bytes
    study_uid_column: str
    accession_column: str
    def __init__(self, csv: _Optional[bytes] = ..., study_uid_column: _Optional[str] = ..., accession_column: _Optional[str] = ...) -> None: ...

class DeidentifyTableResponse(_message.Message):
    __slots__ = ("csv", "rows", "dropped_columns")
    CSV_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    DROPPED_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    csv: bytes
    rows: int
    dropped_columns: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, csv: _Optional[bytes] = ..., rows: _Optional[int] = ..., dropped_columns: _Optional[_Iterable[str]] = ...) -> None: ...

class DeidentifyNoteRequest(_message.Message):
    __slots__ = ("text", "lang", "patient_id", "issuer")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LANG_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    text: str
    lang: str
    patient_id: str
    issuer: str
    def __init__(self, text: _Optional[str] = ..., lang: _Optional[str] = ..., patient_id: _Optional[str] = ..., issuer: _Optional[str] = ...) -> None: ...

class DeidentifyNoteResponse(_message.Message):
    __slots__ = ("text", "lang", "counts")
    class CountsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LANG_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    text: str
    lang: str
    counts: _containers.ScalarMap[str, int]
    def __init__(self, text: _Optional[str] = ..., lang: _Optional[str] = ..., counts: _Optional[_Mapping[str, int]] = ...) -> None: ...

class ListQuarantineRequest(_message.Message):
    __slots__ = ("include_decided",)
    INCLUDE_DECIDED_FIELD_NUMBER: _ClassVar[int]
    include_decided: bool
    def __init__(self, include_decided: _Optional[bool] = ...) -> None: ...

class QuarantinedStudy(_message.Message):
    __slots__ = ("study_ref", "completion", "reason_code", "review_state", "modality", "reviewer", "review_reason", "instance_count", "proposed_by", "proposed_mask")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    REVIEW_STATE_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_FIELD_NUMBER: _ClassVar[int]
    REVIEW_REASON_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PROPOSED_BY_FIELD_NUMBER: _ClassVar[int]
    PROPOSED_MASK_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    reason_code: str
    review_state: str
    modality: str
    reviewer: str
    review_reason: str
    instance_count: int
    proposed_by: str
    proposed_mask: bool
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., reason_code: _Optional[str] = ..., review_state: _Optional[str] = ..., modality: _Optional[str] = ..., reviewer: _Optional[str] = ..., review_reason: _Optional[str] = ..., instance_count: _Optional[int] = ..., proposed_by: _Optional[str] = ..., proposed_mask: _Optional[bool] = ...) -> None: ...

class ListQuarantineResponse(_message.Message):
    __slots__ = ("studies",)
    STUDIES_FIELD_NUMBER: _ClassVar[int]
    studies: _containers.RepeatedCompositeFieldContainer[QuarantinedStudy]
    def __init__(self, studies: _Optional[_Iterable[_Union[QuarantinedStudy, _Mapping]]] = ...) -> None: ...

class ReviewQuarantineRequest(_message.Message):
    __slots__ = ("study_ref", "completion", "reason", "mask_text")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MASK_TEXT_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    reason: str
    mask_text: bool
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., reason: _Optional[str] = ..., mask_text: _Optional[bool] = ...) -> None: ...

class ReviewQuarantineResponse(_message.Message):
    __slots__ = ("study_ref", "completion", "review_state", "pseudo_study_id", "instance_count")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    REVIEW_STATE_FIELD_NUMBER: _ClassVar[int]
    PSEUDO_STUDY_ID_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    review_state: str
    pseudo_study_id: str
    instance_count: int
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., review_state: _Optional[str] = ..., pseudo_study_id: _Optional[str] = ..., instance_count: _Optional[int] = ...) -> None: ...

class PreviewQuarantineRequest(_message.Message):
    __slots__ = ("study_ref", "completion", "index", "window_center", "window_width")
    STUDY_REF_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_FIELD_NUMBER: _ClassVar[int]
    WINDOW_WIDTH_FIELD_NUMBER: _ClassVar[int]
    study_ref: str
    completion: int
    index: int
    window_center: float
    window_width: float
    def __init__(self, study_ref: _Optional[str] = ..., completion: _Optional[int] = ..., index: _Optional[int] = ..., window_center: _Optional[float] = ..., window_width: _Optional[float] = ...) -> None: ...

class QuarantinePreview(_message.Message):
    __slots__ = ("png", "index", "instance_count", "window_center", "window_width", "rows", "columns", "text_regions", "mask_regions", "mask_rule", "text_read")
    PNG_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_FIELD_NUMBER: _ClassVar[int]
    WINDOW_WIDTH_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    TEXT_REGIONS_FIELD_NUMBER: _ClassVar[int]
    MASK_REGIONS_FIELD_NUMBER: _ClassVar[int]
    MASK_RULE_FIELD_NUMBER: _ClassVar[int]
    TEXT_READ_FIELD_NUMBER: _ClassVar[int]
    png: bytes
    index: int
    instance_count: int
    window_center: float
    window_width: float
    rows: int
    columns: int
    text_regions: _containers.RepeatedCompositeFieldContainer[PixelRegion]
    mask_regions: _containers.RepeatedCompositeFieldContainer[PixelRegion]
    mask_rule: str
    text_read: bool
    def __init__(self, png: _Optional[bytes] = ..., index: _Optional[int] = ..., instance_count: _Optional[int] = ..., window_center: _Optional[float] = ..., window_width: _Optional[float] = ..., rows: _Optional[int] = ..., columns: _Optional[int] = ..., text_regions: _Optional[_Iterable[_Union[PixelRegion, _Mapping]]] = ..., mask_regions: _Optional[_Iterable[_Union[PixelRegion, _Mapping]]] = ..., mask_rule: _Optional[str] = ..., text_read: _Optional[bool] = ...) -> None: ...

class PixelRegion(_message.Message):
    __slots__ = ("x", "y", "width", "height")
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    x: int
    y: int
    width: int
    height: int
    def __init__(self, x: _Optional[int] = ..., y: _Optional[int] = ..., width: _Optional[int] = ..., height: _Optional[int] = ...) -> None: ...

class ReidentifyRequest(_message.Message):
    __slots__ = ("pseudonym",)
    PSEUDONYM_FIELD_NUMBER: _ClassVar[int]
    pseudonym: str
    def __init__(self, pseudonym: _Optional[str] = ...) -> None: ...

class ReidentifyResponse(_message.Message):
    __slots__ = ("pseudonym", "sealed", "key_id")
    PSEUDONYM_FIELD_NUMBER: _ClassVar[int]
    SEALED_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    pseudonym: str
    sealed: bytes
    key_id: str
    def __init__(self, pseudonym: _Optional[str] = ..., sealed: _Optional[bytes] = ..., key_id: _Optional[str] = ...) -> None: ...

class ErasePatientRequest(_message.Message):
    __slots__ = ("patient_id", "issuer", "dry_run")
    PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    patient_id: str
    issuer: str
    dry_run: bool
    def __init__(self, patient_id: _Optional[str] = ..., issuer: _Optional[str] = ..., dry_run: _Optional[bool] = ...) -> None: ...

class ErasePatientResponse(_message.Message):
    __slots__ = ("erasure_ref", "study_refs", "pseudo_study_ids", "pseudonym_rows_deleted", "escrow_entries_deleted")
    ERASURE_REF_FIELD_NUMBER: _ClassVar[int]
    STUDY_REFS_FIELD_NUMBER: _ClassVar[int]
    PSEUDO_STUDY_IDS_FIELD_NUMBER: _ClassVar[int]
    PSEUDONYM_ROWS_DELETED_FIELD_NUMBER: _ClassVar[int]
    ESCROW_ENTRIES_DELETED_FIELD_NUMBER: _ClassVar[int]
    erasure_ref: str
    study_refs: _containers.RepeatedScalarFieldContainer[str]
    pseudo_study_ids: _containers.RepeatedScalarFieldContainer[str]
    pseudonym_rows_deleted: int
    escrow_entries_deleted: int
    def __init__(self, erasure_ref: _Optional[str] = ..., study_refs: _Optional[_Iterable[str]] = ..., pseudo_study_ids: _Optional[_Iterable[str]] = ..., pseudonym_rows_deleted: _Optional[int] = ..., escrow_entries_deleted: _Optional[int] = ...) -> None: ...

class DeidentifyInstanceRequest(_message.Message):
    __slots__ = ("dicom",)
    DICOM_FIELD_NUMBER: _ClassVar[int]
    dicom: bytes
    def __init__(self, dicom: _Optional[bytes] = ...) -> None: ...

class DeidentifyInstanceResponse(_message.Message):
    __slots__ = ("dicom",)
    DICOM_FIELD_NUMBER: _ClassVar[int]
    dicom: bytes
    def __init__(self, dicom: _Optional[bytes] = ...) -> None: ...

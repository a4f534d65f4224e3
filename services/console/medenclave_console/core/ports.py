"""Every port the console core needs, with the records they carry and the errors they raise.

The console holds no data of its own: every page asks a service over gRPC, with the token of
the person signed in, so each service's own permission check and audit apply as for the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

__all__ = [
    "AuditFilter",
    "AuditRow",
    "AuditTrail",
    "BreakGlassRow",
    "ChainCheck",
    "DatasetRow",
    "DriftPoint",
    "Forbidden",
    "GatewayError",
    "ModelCardView",
    "ModelRow",
    "Platform",
    "PreviewImage",
    "QuarantineRow",
    "Rejected",
    "ServingHealth",
    "SignInRefused",
    "SignedIn",
    "StudyRow",
    "TrainedOn",
    "Unavailable",
]


class GatewayError(Exception):
    """A call to a service failed; ``code`` is a reason code, never a value from the data."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class SignInRefused(GatewayError):
    """Wrong username, password or TOTP code, or the account is disabled or throttled."""


class Forbidden(GatewayError):
    """The service refused the person's token (PERMISSION_DENIED / UNAUTHENTICATED)."""


class Rejected(GatewayError):
    """The service refused the request itself (invalid argument, not found, wrong state)."""


class Unavailable(GatewayError):
    """The service did not answer; try again."""


@dataclass(frozen=True)
class SignedIn:
    subject: str
    role: str
    token: str
    expires_at: float          # seconds since the epoch


@dataclass(frozen=True)
class StudyRow:
    study_ref: str
    state: str                 # RECEIVING | RECEIVED | DEIDENTIFIED | QUARANTINED
    instance_count: int
    pseudo_study_id: str
    modality: str
    received_at: float         # seconds since the epoch (0: unknown)
    quarantine_reason: str


@dataclass(frozen=True)
class QuarantineRow:
    study_ref: str
    completion: int
    reason_code: str
    review_state: str          # PENDING | RELEASED | REJECTED
    modality: str
    reviewer: str
    review_reason: str
    instance_count: int
    #: four eyes: the officer who proposed the release (a second must confirm), and if masked
    proposed_by: str = ""
    proposed_mask: bool = False


@dataclass(frozen=True)
class PreviewImage:
    """One quarantined instance rendered by deid (raw pixels: shown, never kept)."""

    png: bytes
    index: int
    instance_count: int
    window_center: float
    window_width: float
    rows: int
    columns: int
    #: burned-in text lines found and the mask rule's regions: (x, y, width, height) in
    #: pixels of the instance; ``text_read`` False: deid did not read the pixels for text
    text_regions: tuple[tuple[int, int, int, int], ...] = ()
    mask_regions: tuple[tuple[int, int, int, int], ...] = ()
    mask_rule: str = ""
    text_read: bool = False


@dataclass(frozen=True)
class AuditFilter:
    subject: str = ""
    action: str = ""
    resource: str = ""
    since: float = 0.0         # seconds since the epoch; 0: no bound
    until: float = 0.0
    limit: int = 200


@dataclass(frozen=True)
class AuditRow:
    seq: int
    time: float
    service: str
    subject: str
    role: str
    action: str
    resource: str
    outcome: str
    reason: str


@dataclass(frozen=True)
class ChainCheck:
    valid: bool
    records: int
    first_bad_seq: int
    problem: str
    checkpoints: int
    checkpoint_size: int


@dataclass(frozen=True)
class ModelRow:
    model_name: str
    version: int
    job_id: str
    val_accuracy: float
    registered_at: float
    stage: str = ""            # candidate | approved | retired | failed ("": before governance)
    served: bool = False


@dataclass(frozen=True)
class ModelCardView:
    """A model version's card as training's GetModelCard gives it."""

    model_name: str
    version: int
    stage: str
    served: bool
    job_id: str
    dataset: str
    dataset_version: str
    manifest_sha256: str
    metrics: Mapping[str, float]   # the numeric metrics of the card (accuracy, auc, ...)
    metrics_split: str
    config_sha256: str
    code_version: str
    trained_by: str
    registered_at: float
    approved_by: str
    approved_at: float
    approval_reason: str
    retired_by: str
    retired_at: float
    privacy: str
    onnx_sha256: str


@dataclass(frozen=True)
class DatasetRow:
    """One dataset version; ``splits`` (split → (studies, patients)) only when shown whole."""

    name: str
    version: int
    manifest_sha256: str
    studies: int
    patients: int
    classes: int
    images: int
    modality: str
    created_by: str
    created_at: float
    splits: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class TrainedOn:
    """Lineage: a model version and the dataset version its job trained on."""

    model_name: str
    model_version: int
    dataset: str
    dataset_version: int
    job_id: str


@dataclass(frozen=True)
class DriftPoint:
    """One sample of a served version's health (the inference service keeps a short history)."""

    time: float
    requests: int              # requests completed since the previous sample
    interval_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    kl: float


@dataclass(frozen=True)
class ServingHealth:
    model_name: str
    version: int
    drift_threshold: float
    drifted: bool
    judged: bool
    points: Sequence[DriftPoint]


@dataclass(frozen=True)
class BreakGlassRow:
    grant_id: str
    subject: str
    from_role: str
    granted_role: str
    reason: str
    granted_at: float
    expires_at: float


class Platform(Protocol):
    """The other services, called with the signed-in person's token.

    Every method raises :class:`Forbidden`, :class:`Rejected` or :class:`Unavailable`.
    """

    async def sign_in(self, *, username: str, password: str, totp_code: str) -> SignedIn:
        """Raises: SignInRefused, Unavailable."""
    async def studies(self, *, token: str, limit: int) -> Sequence[StudyRow]: ...
    async def quarantine(self, *, token: str, include_decided: bool) -> Sequence[QuarantineRow]: ...
    async def review_quarantine(self, *, token: str, study_ref: str, completion: int,
                                release: bool, reason: str, mask: bool = False) -> str:
        """Release (``mask``: with the burned-in text found blanked) or reject one quarantined
        completion; returns the new review state. A masked release with nothing it can mask
        raises ``Rejected("mask_nothing_found")`` (or burned_in_compressed / _unmaskable)."""
    async def preview_quarantine(self, *, token: str, study_ref: str, completion: int,
                                 index: int, window_center: float,
                                 window_width: float) -> PreviewImage:
        """One instance of the completion rendered with a window (width 0: the header's)."""
    async def audit_query(self, *, token: str, query: AuditFilter) -> Sequence[AuditRow]: ...
    async def audit_verify(self, *, token: str) -> ChainCheck: ...
    async def audit_export(self, *, token: str, query: AuditFilter) -> bytes:
        """The export (JSON lines: checkpoints, keys, records with their proofs)."""
    async def models(self, *, token: str) -> Sequence[ModelRow]: ...
    async def model_card(self, *, token: str, model_name: str, version: int) -> ModelCardView: ...
    async def govern_model(self, *, token: str, step: str, model_name: str, version: int,
                           reason: str) -> ModelCardView:
        """``step``: approve | rollback | retire. A four-eyes refusal raises
        ``Rejected("approver_trained_model")``."""
    async def datasets(self, *, token: str) -> Sequence[DatasetRow]: ...
    async def dataset(self, *, token: str, name: str, version: int) -> DatasetRow:
        """One version with its per-split counts (``splits``)."""
    async def lineage(self, *, token: str) -> Sequence[TrainedOn]: ...
    async def serving_health(self, *, token: str) -> Sequence[ServingHealth]: ...
    async def break_glass_grants(self, *, token: str) -> Sequence[BreakGlassRow]: ...
    async def break_glass(self, *, token: str, role: str, reason: str,
                          duration_s: int) -> SignedIn:
        """An emergency, time-boxed elevation of the person (access alerts the privacy officer
        at once); returns the elevated sign-in."""
    def policy(self) -> Mapping[str, frozenset[str]]:
        """Which role holds which permission (the policy access publishes)."""
    def has_rpc(self, name: str) -> bool:
        """Whether a service offers the RPC ``Service/Method`` (e.g. a model approval)."""


class AuditTrail(Protocol):
    """The audit record of what a person saw or did in the console (fail closed).

    Raises:
        Unavailable: the record was not persisted; the page is not shown.
    """

    async def record(self, *, action: str, resource: str, outcome: str, subject: str,
                     role: str, reason: str = "") -> None: ...


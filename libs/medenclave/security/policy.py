"""Role-based access policy: deny by default, one permission per RPC.

Permissions are declared on each RPC in protos/ with the ``(medenclave.common.v1.permission)``
method option; :func:`rpc_permissions` reads them from the generated descriptors, so the proto
file is the single place an RPC's permission is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from google.protobuf.descriptor import ServiceDescriptor

from medenclave.v1 import common_pb2

__all__ = [
    "BREAK_GLASS_ROLES",
    "DEFAULT_ROLES",
    "HUMAN_ROLES",
    "PRIVILEGED_PERMISSIONS",
    "PUBLIC",
    "SERVICE_ROLES",
    "LivePolicy",
    "Policy",
    "rpc_permissions",
]

PUBLIC = "public"

#: The role table of ARCHITECTURE.md, plus the platform's service accounts.
DEFAULT_ROLES: Mapping[str, frozenset[str]] = MappingProxyType({
    "radiologist": frozenset({"data.read", "audit.read", "data.deidentify",
                              "access.break_glass"}),
    "ai_engineer": frozenset({"data.read", "model.train", "model.tune", "audit.read",
                              "data.deidentify", "access.break_glass", "model.read"}),
    # lets a model version into clinical use (four eyes: never one whose job they started),
    # rolls back and retires; reads model cards; no data, no training
    "approver": frozenset({"model.approve", "model.read", "audit.read"}),
    # auditors watch; they never elevate themselves (no access.break_glass)
    "auditor": frozenset({"audit.read"}),
    # data.deidentify + deid.patient_dates: DeidentifyNote shifting by the patient's own offset;
    # phi.erase: the right to erasure (medenclave erase)
    "privacy_officer": frozenset({"audit.read", "phi.reidentify", "quarantine.review",
                                  "breakglass.review", "access.break_glass", "data.deidentify",
                                  "deid.patient_dates", "phi.erase"}),
    "clinician": frozenset({"model.predict", "access.break_glass"}),
    "admin": frozenset({"users.admin", "access.break_glass"}),
    # a PACS or modality pushing images over DICOMweb STOW-RS (ingest): store, nothing else
    "pacs": frozenset({"dicom.store"}),
    # service accounts: each holds only what its service's calls need
    "svc_ingest": frozenset(),
    "svc_deid": frozenset({"raw.read"}),
    "svc_training": frozenset({"data.read"}),
    # Predict: de-identified studies (data.read) and DICOM de-identified in memory by deid
    # (dicom.deidentify: service accounts only, no human role holds it)
    "svc_inference": frozenset({"data.read", "dicom.deidentify"}),
    "svc_audit": frozenset(),
    "svc_access": frozenset(),
    # the web console acts with the signed-in person's token; its own account needs nothing
    "svc_console": frozenset(),
})
SERVICE_ROLES = tuple(r for r in DEFAULT_ROLES if r.startswith("svc_"))
HUMAN_ROLES = tuple(r for r in DEFAULT_ROLES if not r.startswith("svc_"))

#: Oversight permissions: a role holding one is never minted by IssueToken nor reached by a
#: break-glass (administration, the break-glass review, re-identification, erasure).
PRIVILEGED_PERMISSIONS = frozenset({"users.admin", "breakglass.review", "phi.reidentify",
                                    "phi.erase"})

#: The roles a break-glass may elevate to: emergency care (read images, run a model). A role
#: of this list that holds a privileged permission in the current policy is still refused.
BREAK_GLASS_ROLES = ("radiologist", "clinician")


@dataclass(frozen=True)
class Policy:
    """Which role holds which permission.

    A policy is immutable; an edited policy is a new object with a higher ``version``, so
    anything cached per policy object is invalidated by the change itself.
    """

    roles: Mapping[str, frozenset[str]] = field(default_factory=lambda: DEFAULT_ROLES)
    version: int = 0

    def allows(self, role: str, permission: str) -> bool:
        """True if ``permission`` is public or ``role`` holds it. Unknown roles hold nothing."""
        return permission == PUBLIC or permission in self.roles.get(role, frozenset())

    def permissions_of(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset())

    def token_roles(self) -> frozenset[str]:
        """Roles an admin may put in a token (IssueToken): no service role, no role holding a
        :data:`PRIVILEGED_PERMISSIONS` permission in this policy."""
        return frozenset(r for r, perms in self.roles.items()
                         if not r.startswith("svc_") and not perms & PRIVILEGED_PERMISSIONS)

    def break_glass_roles(self) -> frozenset[str]:
        """Roles a break-glass may grant: :data:`BREAK_GLASS_ROLES` among :meth:`token_roles`."""
        return self.token_roles() & frozenset(BREAK_GLASS_ROLES)


class LivePolicy(Policy):
    """A policy that follows a source (the access service's published policy).

    Every read goes to ``source()``, falling back to ``fallback`` while it returns ``None``,
    so code holding this object enforces the latest edit without being rebuilt.
    """

    # set with object.__setattr__ (Policy is a frozen dataclass); not dataclass fields
    _source: Callable[[], Policy | None]
    _fallback: Policy

    def __init__(self, source: Callable[[], Policy | None], fallback: Policy | None = None) -> None:
        object.__setattr__(self, "_source", source)
        object.__setattr__(self, "_fallback", fallback or Policy())

    def current(self) -> Policy:
        return self._source() or self._fallback

    @property
    def roles(self) -> Mapping[str, frozenset[str]]:
        return self.current().roles

    @property
    def version(self) -> int:
        return self.current().version

    def allows(self, role: str, permission: str) -> bool:
        return self.current().allows(role, permission)

    def permissions_of(self, role: str) -> frozenset[str]:
        return self.current().permissions_of(role)


def rpc_permissions(services: Iterable[ServiceDescriptor]) -> dict[str, str]:
    """Map ``/package.Service/Method`` to the permission its proto declares.

    Raises:
        ValueError: a method declares no permission (it would be unreachable).
    """
    out: dict[str, str] = {}
    for service in services:
        for method in service.methods:
            perm = method.GetOptions().Extensions[common_pb2.permission]
            if not perm:
                raise ValueError(f"{service.full_name}.{method.name} declares no permission")
            out[f"/{service.full_name}/{method.name}"] = perm
    return out

"""The console's screens and who may open them: each needs one permission of the policy."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "EMERGENCY_MIN_REASON",
    "EMERGENCY_ROLES",
    "SCREENS",
    "Screen",
    "StudyCounts",
    "allowed",
    "count_studies",
    "holds",
    "valid_pseudonym",
    "visible_screens",
]


@dataclass(frozen=True)
class Screen:
    name: str                  # also the message key of its title
    path: str
    permissions: tuple[str, ...]   # any one of them opens the screen


#: in menu order. Models: ListModels and GetModelCard need model.read (AI engineers and
#: approvers); the approve / rollback / retire forms need model.approve besides. Datasets:
#: ListDatasets and ListJobs need model.train. Serving health: MonitoringService needs
#: audit.read (aggregates only).
SCREENS: tuple[Screen, ...] = (
    Screen("studies", "/studies", ("data.read",)),
    Screen("quarantine", "/quarantine", ("quarantine.review",)),
    Screen("audit", "/audit", ("audit.read",)),
    Screen("models", "/models", ("model.read",)),
    Screen("datasets", "/datasets", ("model.train",)),
    Screen("serving", "/serving", ("audit.read",)),
    Screen("breakglass", "/break-glass", ("breakglass.review",)),
    Screen("emergency", "/emergency", ("access.break_glass",)),
)

#: the roles an emergency access may ask for (access refuses any other: BREAK_GLASS_ROLES)
EMERGENCY_ROLES = ("radiologist", "clinician")
#: a written reason at least this long (access's own rule)
EMERGENCY_MIN_REASON = 20
_BY_NAME = {s.name: s for s in SCREENS}


def allowed(policy: Mapping[str, frozenset[str]], role: str, screen: str) -> bool:
    """True if ``role`` holds one of the permissions of ``screen`` (unknown: never)."""
    held = policy.get(role, frozenset())
    return screen in _BY_NAME and any(p in held for p in _BY_NAME[screen].permissions)


def holds(policy: Mapping[str, frozenset[str]], role: str, permission: str) -> bool:
    """True if ``role`` holds ``permission`` (e.g. model.approve: the governance forms)."""
    return permission in policy.get(role, frozenset())


def visible_screens(policy: Mapping[str, frozenset[str]], role: str) -> list[Screen]:
    return [s for s in SCREENS if allowed(policy, role, s.name)]


@dataclass(frozen=True)
class StudyCounts:
    received: int
    deidentified: int
    quarantined: int
    receiving: int


def count_studies(states: list[str]) -> StudyCounts:
    """Counts per state of the studies listed (``RECEIVED`` counts every study received)."""
    return StudyCounts(received=len(states),
                       deidentified=states.count("DEIDENTIFIED"),
                       quarantined=states.count("QUARANTINED"),
                       receiving=states.count("RECEIVING"))


_PSEUDONYM = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def valid_pseudonym(text: str) -> bool:
    """A search term shaped like a pseudonymous id (letters, digits, ``._:-``)."""
    return bool(_PSEUDONYM.fullmatch(text))

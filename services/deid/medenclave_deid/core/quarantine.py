"""Quarantine review: the privacy officer releases or rejects quarantined study completions.

Every quarantined completion opens a :class:`QuarantineCase` (state ``PENDING``) holding the
instance refs of the completion, so a release can fetch the same instances again. A release
re-runs de-identification with the burned-in text check overridden (never the leak guard); a
reject closes the case and nothing is published. Both decisions keep the officer's subject and
written reason. Where the hospital asks for four eyes (``MEDENCLAVE_DEID_QUARANTINE_FOUR_EYES``)
a first officer's release is only *proposed* (kept with the case, state still ``PENDING``) and
a second, different officer confirms it; a reject needs one officer.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AWAITING_CONFIRMATION",
    "PENDING",
    "REJECTED",
    "RELEASED",
    "CaseAlreadyDecided",
    "CaseNotFound",
    "QuarantineCase",
    "ReviewsUnavailable",
    "is_leak_block",
]

PENDING = "PENDING"
RELEASED = "RELEASED"
REJECTED = "REJECTED"
#: the answer to a first officer's release under four eyes (the case stays PENDING)
AWAITING_CONFIRMATION = "AWAITING_CONFIRMATION"


class CaseNotFound(Exception):
    """No quarantined completion with that study_ref and completion."""


class CaseAlreadyDecided(Exception):
    """The case was released or rejected already; ``state`` says which."""

    def __init__(self, state: str) -> None:
        super().__init__(state)
        self.state = state


class ReviewsUnavailable(Exception):
    """The review store could not be read or written now (retry later)."""


def is_leak_block(reason_code: str) -> bool:
    """True for a leak-guard quarantine (these raise an alert and are never overridden)."""
    return reason_code.startswith("leak_guard:")


@dataclass(frozen=True)
class QuarantineCase:
    """One quarantined study completion and the officer's decision on it (ids and codes, and
    the officer's own written reason)."""

    study_ref: str
    completion: int
    reason_code: str
    instance_refs: tuple[str, ...] = ()
    modality: str = ""
    state: str = PENDING
    reviewer: str = ""
    review_reason: str = ""
    created_at: float = 0.0
    decided_at: float = 0.0
    #: four eyes: the officer who proposed the release, their reason and whether masked
    proposed_by: str = ""
    proposed_reason: str = ""
    proposed_mask: bool = False



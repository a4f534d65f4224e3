"""Access core without I/O: TOTP, the policy book, break-glass rules, the key ring, revocation."""

from __future__ import annotations

import time

import pytest

from medenclave.security.policy import DEFAULT_ROLES
from medenclave.security.tokens import InvalidToken, KeyRing, TokenIssuer, TokenVerifier
from medenclave_access.core.break_glass import BreakGlassDesk, BreakGlassRefused
from medenclave_access.core.policy_book import InvalidPolicyChange, PolicyBook
from medenclave_access.core.totp import totp_code, verify_totp

RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # "12345678901234567890"


def test_totp_matches_rfc6238_vectors():
    assert totp_code(RFC_SECRET, at=59) == "287082"
    assert totp_code(RFC_SECRET, at=1111111109) == "081804"
    assert verify_totp(RFC_SECRET, "287082", at=59 + 30)
    assert not verify_totp(RFC_SECRET, "287082", at=59 + 120)
    assert not verify_totp(RFC_SECRET, "28708", at=59)


class _MemoryPolicy:
    def __init__(self):
        self.saved = ({}, 0)

    def load(self):
        return self.saved

    def save(self, *, changes, version):
        self.saved = (dict(changes), version)


def test_policy_book_edits_are_versioned_and_kept_as_changes():
    store = _MemoryPolicy()
    book = PolicyBook(store=store, known_permissions=["audit.read", "users.admin", "data.read"])
    assert dict(book.policy.roles) == dict(DEFAULT_ROLES) and book.policy.version == 1
    policy = book.grant(role="clinician", permission="audit.read")
    assert policy.allows("clinician", "audit.read") and policy.version == 2
    assert book.grant(role="clinician", permission="audit.read").version == 2  # no-op
    reopened = PolicyBook(store=store, known_permissions=["audit.read"])
    assert reopened.policy.allows("clinician", "audit.read") and reopened.policy.version == 2
    for role, perm in (("nobody", "audit.read"), ("clinician", "root.everything")):
        with pytest.raises(InvalidPolicyChange):
            book.grant(role=role, permission=perm)
    with pytest.raises(InvalidPolicyChange):
        book.revoke(role="admin", permission="users.admin")  # the last admin permission


class _MemoryGrants:
    def __init__(self):
        self.rows = []

    def add(self, *, record):
        self.rows.append(record)

    def list(self):
        return list(self.rows)


def test_break_glass_rules():
    desk = BreakGlassDesk(store=_MemoryGrants(), grantable_roles=["radiologist"],
                          clock=lambda: 1000.0)
    reason = "ED: unconscious patient, needs prior imaging"
    rec = desk.grant(subject="dora", from_role="clinician", role="radiologist", reason=reason,
                     duration_s=3600)
    assert rec.expires_at == 4600.0 and desk.list() == [rec]
    assert desk.grant(subject="dora", from_role="clinician", role="radiologist",
                      reason=reason).expires_at == 1900.0
    for kwargs in ({"reason": "too short"}, {"duration_s": 3601}, {"duration_s": -5},
                   {"role": "admin"}, {"from_role": "svc_deid"}):
        with pytest.raises(BreakGlassRefused):
            desk.grant(**{"subject": "dora", "from_role": "clinician", "role": "radiologist",
                          "reason": reason, **kwargs})


def test_key_ring_rotation_keeps_the_previous_key_until_its_tokens_expire(tmp_path):
    now = {"t": time.time()}
    ring = KeyRing(tmp_path / "keys", previous_valid_s=600, clock=lambda: now["t"])
    old = ring.current
    token, _ = TokenIssuer(old).issue(subject="alice", role="radiologist", ttl_s=300)
    new = ring.rotate()
    assert new.kid != old.kid
    assert [k.kid for k in ring.verifying_keys()] == [new.kid, old.kid]
    verifier = TokenVerifier({k.kid: k.public_pem for k in ring.verifying_keys()})
    assert verifier.verify(token).subject == "alice"
    now["t"] += 601
    assert [k.kid for k in ring.verifying_keys()] == [new.kid]
    assert KeyRing(tmp_path / "keys").current.kid == new.kid  # persisted


def test_revoked_subject_and_cache(tmp_path):
    ring = KeyRing(tmp_path / "keys")
    issuer = TokenIssuer(ring.current)
    token, _ = issuer.issue(subject="alice", role="radiologist")
    other, _ = issuer.issue(subject="bob", role="radiologist")
    keys = {ring.current.kid: ring.current.public_pem}
    assert TokenVerifier(keys).verify(token).issued_at > 0
    revoked = TokenVerifier(keys, revoked={"alice": time.time() + 1})
    with pytest.raises(InvalidToken) as info:
        revoked.verify(token)
    assert info.value.code == "revoked"
    assert revoked.verify(other).subject == "bob"
    assert revoked.verify(other) is revoked.verify(other)  # cached principal
    bg, _ = issuer.issue(subject="dora", role="radiologist", break_glass="g1")
    assert TokenVerifier(keys).verify(bg).break_glass == "g1"

"""Fixtures for the access tests: forged and broken tokens, one per attack the guard refuses."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from medenclave.security.tokens import SigningKey, TokenIssuer

#: attack → the reason code the guard records (``token_<code>``)
ATTACKS = {
    "expired": "expired",
    "not_yet_valid": "not_yet_valid",
    "wrong_audience": "wrong_audience",
    "alg_none": "bad_algorithm",
    "foreign_key": "unknown_key",
    "foreign_key_same_kid": "bad_signature",
    "tampered": "bad_signature",
    "garbage": "malformed",
}


def forge(key: SigningKey, attack: str, *, subject: str = "mallory") -> str:
    """A token for ``attack`` against ``key``'s verifiers."""
    now = int(time.time())
    claims = {"iss": "medenclave-access", "aud": "medenclave", "sub": subject, "role": "admin",
              "iat": now, "nbf": now, "exp": now + 60}
    sign = {"key": key.private_key, "algorithm": "EdDSA", "headers": {"kid": key.kid}}
    if attack == "expired":
        return jwt.encode({**claims, "exp": now - 120}, **sign)
    if attack == "not_yet_valid":
        return jwt.encode({**claims, "nbf": now + 600}, **sign)
    if attack == "wrong_audience":
        return jwt.encode({**claims, "aud": "elsewhere"}, **sign)
    if attack == "alg_none":
        return jwt.encode(claims, None, "none", headers={"kid": key.kid})
    if attack == "foreign_key":
        return jwt.encode(claims, Ed25519PrivateKey.generate(), "EdDSA", headers={"kid": "other"})
    if attack == "foreign_key_same_kid":
        return jwt.encode(claims, Ed25519PrivateKey.generate(), "EdDSA", headers={"kid": key.kid})
    if attack == "tampered":
        good, _ = TokenIssuer(key).issue(subject=subject, role="clinician")
        head, body, sig = good.split(".")
        forged = jwt.utils.base64url_encode(
            jwt.utils.base64url_decode(body).replace(b"clinician", b"admin\"    ")).decode()
        return ".".join([head, forged, sig])
    return "not-a-token"


@pytest.fixture
def forged_tokens():
    """``(ATTACKS, forge)``: attack → expected reason code, and the token forger."""
    return ATTACKS, forge

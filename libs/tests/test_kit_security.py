"""Tokens, policy and envelope encryption."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from medenclave.security.crypto import DecryptionError, EnvelopeCipher, FileKeyEncryptionKey, keyed_digest
from medenclave.security.policy import DEFAULT_ROLES, PUBLIC, Policy, rpc_permissions
from medenclave.security.tokens import (
    InvalidToken,
    SigningKey,
    TokenIssuer,
    TokenVerifier,
    load_or_create_signing_key,
)
from medenclave.storage import EncryptedObjectStore, LocalObjectStore
from medenclave.v1 import access_pb2, audit_pb2, deid_pb2, inference_pb2, ingest_pb2, training_pb2


@pytest.fixture
def key(tmp_path) -> SigningKey:
    return load_or_create_signing_key(tmp_path / "keys")


def _verifier(key: SigningKey) -> TokenVerifier:
    return TokenVerifier({key.kid: key.public_pem})


def test_token_round_trip(key):
    token, exp = TokenIssuer(key).issue(subject="alice", role="radiologist", ttl_s=60)
    principal = _verifier(key).verify(token)
    assert (principal.subject, principal.role) == ("alice", "radiologist")
    assert exp > time.time()


def test_signing_key_is_stable_and_private(tmp_path):
    a = load_or_create_signing_key(tmp_path / "keys")
    b = load_or_create_signing_key(tmp_path / "keys")
    assert a.kid == b.kid
    assert (tmp_path / "keys" / "token-signing.pem").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("attack, code", [
    ("expired", "expired"),
    ("not_yet_valid", "not_yet_valid"),
    ("wrong_audience", "wrong_audience"),
    ("alg_none", "bad_algorithm"),
    ("foreign_key", "unknown_key"),
    ("foreign_key_same_kid", "bad_signature"),
    ("tampered", "bad_signature"),
    ("garbage", "malformed"),
])
def test_token_attacks_are_rejected(key, attack, code):
    now = int(time.time())
    claims = {"iss": "medenclave-access", "aud": "medenclave", "sub": "mallory", "role": "admin",
              "iat": now, "nbf": now, "exp": now + 60}
    if attack == "expired":
        token = jwt.encode({**claims, "exp": now - 120}, key.private_key, "EdDSA",
                           headers={"kid": key.kid})
    elif attack == "not_yet_valid":
        token = jwt.encode({**claims, "nbf": now + 600}, key.private_key, "EdDSA",
                           headers={"kid": key.kid})
    elif attack == "wrong_audience":
        token = jwt.encode({**claims, "aud": "elsewhere"}, key.private_key, "EdDSA",
                           headers={"kid": key.kid})
    elif attack == "alg_none":
        token = jwt.encode(claims, None, "none", headers={"kid": key.kid})
    elif attack == "foreign_key":
        token = jwt.encode(claims, Ed25519PrivateKey.generate(), "EdDSA", headers={"kid": "other"})
    elif attack == "foreign_key_same_kid":
        token = jwt.encode(claims, Ed25519PrivateKey.generate(), "EdDSA", headers={"kid": key.kid})
    elif attack == "tampered":
        good, _ = TokenIssuer(key).issue(subject="mallory", role="clinician")
        head, body, sig = good.split(".")
        forged = jwt.utils.base64url_encode(
            jwt.utils.base64url_decode(body).replace(b"clinician", b"admin\"    ")).decode()
        token = ".".join([head, forged, sig])
    else:
        token = "not-a-token"
    with pytest.raises(InvalidToken) as info:
        _verifier(key).verify(token)
    assert info.value.code == code


def test_policy_is_deny_by_default():
    policy = Policy()
    assert policy.allows("radiologist", "data.read")
    assert not policy.allows("radiologist", "model.train")
    assert not policy.allows("admin", "data.read")
    assert not policy.allows("nobody", "data.read")
    assert policy.allows("nobody", PUBLIC)
    assert policy.allows("clinician", "model.predict")
    assert not policy.allows("clinician", "audit.read")


def test_architecture_role_table():
    """The role table of ARCHITECTURE.md, column by column."""
    table = {
        "radiologist": {"data.read": 1, "model.train": 0, "model.tune": 0, "audit.read": 1},
        "ai_engineer": {"data.read": 1, "model.train": 1, "model.tune": 1, "audit.read": 1},
        "auditor": {"data.read": 0, "model.train": 0, "model.tune": 0, "audit.read": 1},
        "privacy_officer": {"data.read": 0, "model.train": 0, "model.tune": 0, "audit.read": 1,
                            "phi.reidentify": 1, "quarantine.review": 1},
        "clinician": {"data.read": 0, "model.train": 0, "model.tune": 0, "audit.read": 0,
                      "model.predict": 1},
        "admin": {"data.read": 0, "model.train": 0, "model.tune": 0, "audit.read": 0,
                  "users.admin": 1},
    }
    for role, perms in table.items():
        for perm, allowed in perms.items():
            assert (perm in DEFAULT_ROLES[role]) == bool(allowed), (role, perm)
    # only deid's service account reads raw (identifiable) data
    assert [r for r, p in DEFAULT_ROLES.items() if "raw.read" in p] == ["svc_deid"]


def test_every_rpc_declares_a_known_permission():
    services = [m.DESCRIPTOR.services_by_name[n] for m, n in [
        (ingest_pb2, "IngestService"), (deid_pb2, "DeidService"),
        (training_pb2, "TrainingService"), (inference_pb2, "InferenceService"),
        (access_pb2, "AccessService"), (audit_pb2, "AuditService")]]
    perms = rpc_permissions(services)
    known = set().union(*DEFAULT_ROLES.values()) | {PUBLIC}
    assert perms and set(perms.values()) <= known


def test_envelope_encryption(tmp_path):
    cipher = EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "keys"))
    store = EncryptedObjectStore(LocalObjectStore(tmp_path / "objs"), cipher)
    store.put("a/b.dcm", b"Doe^Jane secret")
    assert store.get("a/b.dcm") == b"Doe^Jane secret"
    raw = (tmp_path / "objs" / "a" / "b.dcm").read_bytes()
    assert b"Doe^Jane" not in raw
    # bound to its key: moved blobs and altered bytes do not decrypt
    with pytest.raises(DecryptionError):
        cipher.decrypt(raw, aad=b"other/key")
    with pytest.raises(DecryptionError):
        cipher.decrypt(raw[:-1] + bytes([raw[-1] ^ 1]), aad=b"a/b.dcm")
    # another KEK cannot unwrap
    other = EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "other-keys"))
    with pytest.raises(DecryptionError):
        other.decrypt(raw, aad=b"a/b.dcm")


def test_object_keys_are_confined(tmp_path):
    store = LocalObjectStore(tmp_path)
    for bad in ("../x", "/etc/passwd", "a/../../b", ""):
        with pytest.raises(ValueError):
            store.put(bad, b"x")


def test_keyed_digest_is_stable_and_keyed():
    assert keyed_digest(b"k" * 32, "a", "b") == keyed_digest(b"k" * 32, "a", "b")
    assert keyed_digest(b"k" * 32, "a", "b") != keyed_digest(b"j" * 32, "a", "b")
    assert keyed_digest(b"k" * 32, "ab", "") != keyed_digest(b"k" * 32, "a", "b")


def test_settings_shared_env_and_errors(monkeypatch):
    from pydantic_settings import SettingsConfigDict

    from medenclave.config import ConfigError, ServiceSettings, load_settings, look_up_option

    class DemoSettings(ServiceSettings):
        model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_DEMO_", frozen=True)
        grpc_port: int = 1

    monkeypatch.setenv("MEDENCLAVE_NATS_URL", "nats://shared:4222")
    monkeypatch.setenv("MEDENCLAVE_DEMO_GRPC_PORT", "not-a-port")
    monkeypatch.setenv("MEDENCLAVE_DEMO_METRICS_PORT", "nope")
    with pytest.raises(ConfigError) as info:
        load_settings(DemoSettings)
    assert "GRPC_PORT" in str(info.value) and "METRICS_PORT" in str(info.value)
    monkeypatch.setenv("MEDENCLAVE_DEMO_GRPC_PORT", "5")
    monkeypatch.delenv("MEDENCLAVE_DEMO_METRICS_PORT")
    settings = load_settings(DemoSettings)
    assert settings.nats_url == "nats://shared:4222" and settings.grpc_port == 5
    with pytest.raises(ConfigError, match="Did you mean 'radiologist'"):
        look_up_option("radiologst", ["radiologist", "auditor"], what="role")

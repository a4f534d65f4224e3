"""Re-identification escrow: pseudonym → identity, sealed to the privacy officer's public key.

deid holds only the officer's **public** X25519 key. Each entry is a sealed box: a fresh
ephemeral X25519 key agrees a secret with the officer's key, HKDF-SHA256 turns it into an
AES-256-GCM key, and the identity (JSON) is encrypted with the pseudonym bound in as associated
data. deid can write an entry but cannot read one back; only the holder of the private key
(``medenclave reidentify … --private-key FILE``) can open it.

Blob layout: ``b"MESC1" | ephemeral public key (32) | nonce (12) | ciphertext+tag``.

Without a configured public key deid still de-identifies, and records that no escrow was
written with the reason code :data:`ESCROW_KEY_MISSING`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydicom.dataset import Dataset

from medenclave_deid.core.ports import EscrowStore

__all__ = [
    "ESCROW_KEY_MISSING",
    "EscrowClerk",
    "EscrowEntry",
    "EscrowError",
    "EscrowKeyError",
    "EscrowSealer",
    "EscrowUnavailable",
    "Identity",
    "generate_officer_keypair",
    "identity_from_dataset",
    "open_sealed",
    "public_key_id",
]

MAGIC = b"MESC1"
_INFO = b"medenclave-escrow-v1"
#: reason code of an escrow row written without a sealed identity (no officer key configured)
ESCROW_KEY_MISSING = "escrow_key_missing"


class EscrowError(Exception):
    """Base of the escrow errors."""


class EscrowKeyError(EscrowError):
    """A key is unusable, or the entry does not open with the key given (wrong key, altered)."""


class EscrowUnavailable(EscrowError):
    """The escrow store could not be read or written now (retry later)."""


@dataclass(frozen=True)
class Identity:
    """What the source record knew about the patient behind a pseudonym."""

    pseudonym: str
    patient_name: str = ""
    patient_id: str = ""
    issuer_of_patient_id: str = ""
    patient_birth_date: str = ""
    patient_sex: str = ""
    other_patient_ids: str = ""

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Identity:
        raw = json.loads(data.decode("utf-8"))
        return cls(**{k: str(v) for k, v in raw.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class EscrowEntry:
    """One row of the escrow: the sealed identity (empty with a reason code when none was sealed)."""

    pseudonym: str
    sealed: bytes = b""
    key_id: str = ""
    reason_code: str = ""
    created_at: float = 0.0
    updated_at: float = 0.0


def _text(ds: Dataset, keyword: str) -> str:
    value = ds.get(keyword)
    if value is None:
        return ""
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return "\\".join(str(v) for v in value)
    return str(value)


def identity_from_dataset(ds: Dataset, *, pseudonym: str) -> Identity:
    """The identity of the source instance ``ds`` (read before de-identification)."""
    return Identity(pseudonym=pseudonym, patient_name=_text(ds, "PatientName"),
                    patient_id=_text(ds, "PatientID"),
                    issuer_of_patient_id=_text(ds, "IssuerOfPatientID"),
                    patient_birth_date=_text(ds, "PatientBirthDate"),
                    patient_sex=_text(ds, "PatientSex"),
                    other_patient_ids=_text(ds, "OtherPatientIDs"))


def public_key_id(public: X25519PublicKey) -> str:
    """A short fingerprint of the officer's public key (``x25519:`` + 16 hex digits)."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "x25519:" + hashlib.sha256(raw).hexdigest()[:16]


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=_INFO).derive(shared)


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class EscrowSealer:
    """Seals identities to the officer's public key. It holds no private key."""

    def __init__(self, public_key_pem: bytes) -> None:
        """Raises: EscrowKeyError: not a PEM X25519 public key."""
        try:
            key = serialization.load_pem_public_key(public_key_pem)
        except (ValueError, TypeError):
            raise EscrowKeyError("escrow public key is not a PEM public key") from None
        if not isinstance(key, X25519PublicKey):
            raise EscrowKeyError("escrow public key must be X25519")
        self._public = key
        self.key_id = public_key_id(key)

    def seal(self, identity: Identity) -> EscrowEntry:
        ephemeral = X25519PrivateKey.generate()
        eph_raw = _raw(ephemeral.public_key())
        key = _derive(ephemeral.exchange(self._public), eph_raw, _raw(self._public))
        nonce = os.urandom(12)
        body = AESGCM(key).encrypt(nonce, identity.to_json(), identity.pseudonym.encode())
        return EscrowEntry(pseudonym=identity.pseudonym, sealed=MAGIC + eph_raw + nonce + body,
                           key_id=self.key_id)


def open_sealed(sealed: bytes, *, pseudonym: str, private_key_pem: bytes,
                password: bytes | None = None) -> Identity:
    """Open an escrow entry with the officer's private key (run by the officer, not by deid).

    Raises:
        EscrowKeyError: the key is not an X25519 private key, or the entry does not open with it
            (another key, another pseudonym, altered bytes).
    """
    try:
        private = serialization.load_pem_private_key(private_key_pem, password=password)
    except (ValueError, TypeError):
        raise EscrowKeyError("not a usable PEM private key") from None
    if not isinstance(private, X25519PrivateKey):
        raise EscrowKeyError("escrow private key must be X25519")
    if sealed[:len(MAGIC)] != MAGIC or len(sealed) < len(MAGIC) + 32 + 12 + 16:
        raise EscrowKeyError("not an escrow entry")
    pos = len(MAGIC)
    eph_raw, nonce, body = sealed[pos:pos + 32], sealed[pos + 32:pos + 44], sealed[pos + 44:]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        key = _derive(shared, eph_raw, _raw(private.public_key()))
        plain = AESGCM(key).decrypt(nonce, body, pseudonym.encode())
    except (InvalidTag, ValueError):
        raise EscrowKeyError("escrow entry does not open with this key") from None
    return Identity.from_json(plain)


def generate_officer_keypair(password: bytes | None = None) -> tuple[bytes, bytes]:
    """A new officer key pair as (private PKCS#8 PEM, public SubjectPublicKeyInfo PEM)."""
    private = X25519PrivateKey.generate()
    encryption = (serialization.BestAvailableEncryption(password) if password
                  else serialization.NoEncryption())
    private_pem = private.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8, encryption)
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    return private_pem, public_pem


class EscrowClerk:
    """Writes the escrow entry of a de-identified patient: sealed when a key is configured,
    else a row with :data:`ESCROW_KEY_MISSING` so the gap is visible and auditable."""

    def __init__(self, *, store: EscrowStore, sealer: EscrowSealer | None) -> None:
        self._store = store
        self._sealer = sealer

    @property
    def sealing(self) -> bool:
        return self._sealer is not None

    def record(self, identity: Identity) -> str:
        """Store the entry of ``identity.pseudonym``; return ``""`` or the reason code.

        Raises:
            EscrowUnavailable: retry later.
        """
        if self._sealer is None:
            existing = self._store.get(pseudonym=identity.pseudonym)
            if existing is None or not existing.sealed:  # never overwrite a sealed entry
                self._store.put(entry=EscrowEntry(pseudonym=identity.pseudonym,
                                                   reason_code=ESCROW_KEY_MISSING))
            return ESCROW_KEY_MISSING
        self._store.put(entry=self._sealer.seal(identity))
        return ""

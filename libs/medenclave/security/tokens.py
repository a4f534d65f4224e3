"""Short-lived signed tokens: JWT with EdDSA (Ed25519), key id in the header."""

from __future__ import annotations

import functools
import hashlib
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from medenclave.files import private_dir, read_private, write_private

__all__ = [
    "AUDIENCE",
    "ISSUER",
    "InvalidToken",
    "KeyRing",
    "Principal",
    "SigningKey",
    "TokenIssuer",
    "TokenVerifier",
    "load_or_create_signing_key",
]

ISSUER = "medenclave-access"
AUDIENCE = "medenclave"
DEFAULT_TTL_S = 900


class InvalidToken(Exception):
    """The token is missing, malformed, expired, foreign or forged. ``code`` says which."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Principal:
    """Who is calling: the verified claims of a token."""

    subject: str
    role: str
    token_id: str = ""
    expires_at: float = 0.0
    issued_at: float = 0.0
    #: the break-glass grant id when the token is an emergency elevated grant
    break_glass: str = ""


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: Ed25519PrivateKey

    @property
    def public_pem(self) -> str:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _kid(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_or_create_signing_key(keys_dir: Path) -> SigningKey:
    """The access service's signing key in ``keys_dir`` (created with mode 0600 on first use).

    Raises:
        InsecureFileMode: the key file is open to group or others (fix: ``chmod 600``).
        ValueError: the key is not Ed25519.
    """
    private_dir(keys_dir)
    path = keys_dir / "token-signing.pem"
    if not path.exists():
        new_key = Ed25519PrivateKey.generate()
        pem = new_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        write_private(path, pem)
    key = serialization.load_pem_private_key(read_private(path), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("token signing key is not Ed25519")
    return SigningKey(kid=_kid(key.public_key()), private_key=key)


class KeyRing:
    """The access service's signing keys: the current one and the previous one.

    After :meth:`rotate`, tokens are signed with a new key while the previous key keeps
    verifying for ``previous_valid_s`` (the longest token lifetime), so no issued token breaks.
    Files in ``keys_dir``: ``token-signing.pem`` (current), ``token-signing.previous.pem`` and
    ``token-signing.previous.retired`` (when it was retired, epoch seconds).
    """

    PREVIOUS = "token-signing.previous.pem"
    RETIRED = "token-signing.previous.retired"

    def __init__(self, keys_dir: Path, *, previous_valid_s: float = 86400 + 300,
                 clock=time.time) -> None:
        self._dir = keys_dir
        self._previous_valid_s = previous_valid_s
        self._clock = clock
        self.current = load_or_create_signing_key(keys_dir)

    def _previous(self) -> SigningKey | None:
        path = self._dir / self.PREVIOUS
        retired = self._dir / self.RETIRED
        if not path.exists() or not retired.exists():
            return None
        if self._clock() > float(retired.read_text().strip() or 0) + self._previous_valid_s:
            return None
        key = serialization.load_pem_private_key(read_private(path), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            return None
        return SigningKey(kid=_kid(key.public_key()), private_key=key)

    def verifying_keys(self) -> list[SigningKey]:
        """The keys whose tokens still verify: current first, then the previous one."""
        self.current = load_or_create_signing_key(self._dir)
        previous = self._previous()
        return [self.current] + ([previous] if previous and previous.kid != self.current.kid
                                 else [])

    def rotate(self) -> SigningKey:
        """Make a new current key; the old one becomes the previous key. Returns the new key."""
        current = self._dir / "token-signing.pem"
        load_or_create_signing_key(self._dir)
        new_pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        # the current file is replaced atomically: readers never see it missing
        write_private(self._dir / self.PREVIOUS, current.read_bytes())
        write_private(self._dir / self.RETIRED, str(self._clock()).encode())
        write_private(current, new_pem)
        self.current = load_or_create_signing_key(self._dir)
        return self.current


class TokenIssuer:
    """Signs tokens for a subject and role."""

    def __init__(self, key: SigningKey, *, issuer: str = ISSUER, audience: str = AUDIENCE) -> None:
        self._key = key
        self._issuer = issuer
        self._audience = audience

    def issue(self, *, subject: str, role: str, ttl_s: int = DEFAULT_TTL_S,
              break_glass: str = "") -> tuple[str, float]:
        """Return ``(token, expires_at)``; ``break_glass`` (a grant id) adds the ``bg`` claim."""
        now = time.time()
        exp = now + ttl_s
        claims = {"iss": self._issuer, "aud": self._audience, "sub": subject, "role": role,
                  "iat": int(now), "nbf": int(now) - 1, "exp": int(exp), "jti": uuid.uuid4().hex}
        if break_glass:
            claims["bg"] = break_glass
        token = jwt.encode(claims, self._key.private_key, algorithm="EdDSA",
                           headers={"kid": self._key.kid})
        return token, float(int(exp))


class TokenVerifier:
    """Verifies tokens against a set of public keys by key id.

    ``revoked`` maps a subject to a time (epoch seconds): that subject's tokens issued at or
    before it are rejected. Verified tokens are cached (token → principal) until they expire,
    so a repeated token costs a dictionary look-up; a new verifier starts with an empty cache.
    """

    _CACHE_MAX = 4096

    def __init__(self, keys: Mapping[str, str], *, issuer: str = ISSUER,
                 audience: str = AUDIENCE, leeway_s: float = 5.0,
                 revoked: Mapping[str, float] | None = None) -> None:
        self._keys = {kid: serialization.load_pem_public_key(pem.encode())
                      for kid, pem in keys.items()}
        self._issuer = issuer
        self._audience = audience
        self._leeway = leeway_s
        self._revoked = dict(revoked or {})
        self._cache: dict[str, Principal] = {}

    def knows(self, kid: str) -> bool:
        return kid in self._keys

    @staticmethod
    def key_id(token: str) -> str:
        """The ``kid`` header of ``token`` without verifying it ("" if absent); remembered
        for the latest tokens (a guard asks it on every call: ~20 µs of header parsing)."""
        return _key_id(token)

    def verify(self, token: str) -> Principal:
        """Return the token's principal.

        Raises:
            InvalidToken: code ``malformed``, ``unknown_key``, ``bad_signature``, ``expired``,
                ``not_yet_valid``, ``wrong_audience``, ``wrong_issuer``, ``missing_claims``,
                ``bad_algorithm`` or ``revoked``.
        """
        cached = self._cache.get(token)
        if cached is not None:
            if time.time() <= cached.expires_at + self._leeway:
                return cached
            del self._cache[token]
        principal = self._verify(token)
        if len(self._cache) >= self._CACHE_MAX:
            self._cache.clear()
        self._cache[token] = principal
        return principal

    def _verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise InvalidToken("malformed") from None
        if header.get("alg") != "EdDSA":
            raise InvalidToken("bad_algorithm")
        key = self._keys.get(str(header.get("kid", "")))
        if key is None:
            raise InvalidToken("unknown_key")
        try:
            # cryptography types a loaded public key as the union of every key class, wider
            # than PyJWT's decode declares; a non-EdDSA key fails in decode as before
            claims = jwt.decode(token, key,  # type: ignore[arg-type]
                                algorithms=["EdDSA"], audience=self._audience,
                                issuer=self._issuer, leeway=self._leeway,
                                options={"require": ["exp", "iat", "nbf", "sub", "aud", "iss"]})
        except jwt.ExpiredSignatureError:
            raise InvalidToken("expired") from None
        except jwt.ImmatureSignatureError:
            raise InvalidToken("not_yet_valid") from None
        except jwt.InvalidAudienceError:
            raise InvalidToken("wrong_audience") from None
        except jwt.InvalidIssuerError:
            raise InvalidToken("wrong_issuer") from None
        except jwt.MissingRequiredClaimError:
            raise InvalidToken("missing_claims") from None
        except jwt.InvalidSignatureError:
            raise InvalidToken("bad_signature") from None
        except jwt.PyJWTError:
            raise InvalidToken("malformed") from None
        role = claims.get("role")
        if not isinstance(role, str) or not role:
            raise InvalidToken("missing_claims")
        subject = str(claims["sub"])
        issued_at = float(claims["iat"])
        revoked_before = self._revoked.get(subject)
        if revoked_before is not None and issued_at <= revoked_before:
            raise InvalidToken("revoked")
        return Principal(subject=subject, role=role, token_id=str(claims.get("jti", "")),
                         expires_at=float(claims["exp"]), issued_at=issued_at,
                         break_glass=str(claims.get("bg", "")))


@functools.lru_cache(maxsize=1024)
def _key_id(token: str) -> str:
    try:
        return str(jwt.get_unverified_header(token).get("kid", ""))
    except jwt.PyJWTError:
        return ""

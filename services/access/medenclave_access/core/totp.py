"""Time-based one-time passwords (RFC 6238, HMAC-SHA1, 6 digits, 30 s steps). No I/O."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote

__all__ = ["matched_step", "new_totp_secret", "totp_code", "totp_uri", "verify_totp"]

STEP_S = 30
DIGITS = 6


def new_totp_secret() -> str:
    """A random 160-bit secret, base32 (what authenticator apps expect)."""
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def _key(secret_b32: str) -> bytes:
    padded = secret_b32.upper() + "=" * (-len(secret_b32) % 8)
    return base64.b32decode(padded)


def totp_code(secret_b32: str, *, at: float | None = None) -> str:
    """The code for time ``at`` (default: now)."""
    counter = int((time.time() if at is None else at) // STEP_S)
    digest = hmac.new(_key(secret_b32), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** DIGITS).zfill(DIGITS)


def matched_step(secret_b32: str, code: str, *, at: float | None = None,
                 window: int = 1) -> int | None:
    """The time-step (``at // 30``) whose code ``code`` is, within ``window`` steps either side
    of now; None if it matches none. A caller refusing replays remembers the step it accepted."""
    now = time.time() if at is None else at
    if not (code.isdigit() and len(code) == DIGITS):
        return None
    matched = None
    for i in range(-window, window + 1):   # every step compared: no early exit
        if hmac.compare_digest(totp_code(secret_b32, at=now + i * STEP_S), code):
            matched = int((now + i * STEP_S) // STEP_S)
    return matched


def verify_totp(secret_b32: str, code: str, *, at: float | None = None, window: int = 1) -> bool:
    """True if ``code`` matches the current step or ``window`` steps either side."""
    return matched_step(secret_b32, code, at=at, window=window) is not None


def totp_uri(secret_b32: str, *, username: str, issuer: str = "MedEnclave") -> str:
    """The ``otpauth://`` URI an authenticator app scans."""
    return (f"otpauth://totp/{quote(issuer)}:{quote(username)}?secret={secret_b32}"
            f"&issuer={quote(issuer)}&algorithm=SHA1&digits={DIGITS}&period={STEP_S}")

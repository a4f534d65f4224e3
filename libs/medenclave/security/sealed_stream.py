"""A byte stream sealed to an X25519 public key, in chunks, so a large archive is never held in
memory: the primitives of deid's escrow (ephemeral X25519, HKDF-SHA256, AES-256-GCM), streamed.

Layout::

    b"MESS1" | ephemeral public key (32) | recipient fingerprint (8) | chunk size (u32)
    then chunks: ciphertext length (u32) | AES-256-GCM(chunk) with the header as associated data

The key is new for every stream (the ephemeral key), so the nonce is the chunk's counter (11
bytes) and a final flag (1 byte): a reordered, dropped, truncated or altered chunk, or anything
after the final one, fails with :class:`SealedStreamError`. Only the holder of the private key
reads the stream.
"""

from __future__ import annotations

import hashlib
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "DEFAULT_CHUNK",
    "SealedReader",
    "SealedStreamError",
    "SealedWriter",
    "generate_keypair",
    "load_private_key",
    "load_public_key",
]

MAGIC = b"MESS1"
_INFO = b"medenclave-sealed-stream-v1"
_HEAD = struct.Struct(">32s8sI")
_LEN = struct.Struct(">I")
_TAG = 16
#: plaintext bytes per chunk when writing
DEFAULT_CHUNK = 1 << 20
#: the largest chunk size a reader accepts from a header (bounds its memory on a hostile file)
MAX_CHUNK = 16 << 20


class SealedStreamError(Exception):
    """The stream is not ours, was altered or truncated, or is sealed to another key."""


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _fingerprint(public: X25519PublicKey) -> bytes:
    return hashlib.sha256(_raw(public)).digest()[:8]


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
               info=_INFO).derive(shared)
    return AESGCM(key)


def _nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def generate_keypair() -> tuple[bytes, bytes]:
    """A new X25519 key pair as (private PKCS#8 PEM, public SubjectPublicKeyInfo PEM)."""
    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private_pem, public_pem


def load_public_key(pem: bytes) -> X25519PublicKey:
    """Raises: SealedStreamError: not a PEM X25519 public key."""
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise SealedStreamError("not a PEM public key") from None
    if not isinstance(key, X25519PublicKey):
        raise SealedStreamError("the public key must be X25519")
    return key


def load_private_key(pem: bytes) -> X25519PrivateKey:
    """Raises: SealedStreamError: not an unencrypted PEM X25519 private key."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise SealedStreamError("not a usable PEM private key") from None
    if not isinstance(key, X25519PrivateKey):
        raise SealedStreamError("the private key must be X25519")
    return key


class SealedWriter:
    """Writes a sealed stream to ``sink``; :meth:`close` writes the final chunk (it does not
    close ``sink``). A file-like object for ``tarfile.open(fileobj=…, mode="w|")``."""

    def __init__(self, sink: BinaryIO, recipient: X25519PublicKey, *,
                 chunk_size: int = DEFAULT_CHUNK) -> None:
        if not 0 < chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk_size must be in 1..{MAX_CHUNK}")
        ephemeral = X25519PrivateKey.generate()
        eph_raw = _raw(ephemeral.public_key())
        self._aead = _derive(ephemeral.exchange(recipient), eph_raw, _raw(recipient))
        self._header = MAGIC + _HEAD.pack(eph_raw, _fingerprint(recipient), chunk_size)
        self._sink = sink
        self._chunk = chunk_size
        self._buf = bytearray()
        self._counter = 0
        self.closed = False
        sink.write(self._header)

    def _emit(self, data: bytes, *, final: bool) -> None:
        body = self._aead.encrypt(_nonce(self._counter, final), data, self._header)
        self._sink.write(_LEN.pack(len(body)))
        self._sink.write(body)
        self._counter += 1

    def write(self, data: bytes) -> int:
        if self.closed:
            raise ValueError("write to a closed sealed stream")
        self._buf += data
        while len(self._buf) > self._chunk:
            self._emit(bytes(self._buf[:self._chunk]), final=False)
            del self._buf[:self._chunk]
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buf), final=True)
            self._buf.clear()
            self.closed = True


class SealedReader:
    """Reads the plaintext of a sealed stream from ``source``, one chunk in memory at a time.

    Raises (from the constructor and :meth:`read`):
        SealedStreamError: wrong key, altered or truncated stream, or data after its end.
    """

    def __init__(self, source: BinaryIO, private: X25519PrivateKey) -> None:
        head = source.read(len(MAGIC) + _HEAD.size)
        if len(head) != len(MAGIC) + _HEAD.size or head[:len(MAGIC)] != MAGIC:
            raise SealedStreamError("not a MedEnclave sealed archive")
        eph_raw, fingerprint, chunk = _HEAD.unpack(head[len(MAGIC):])
        if fingerprint != _fingerprint(private.public_key()):
            raise SealedStreamError("the archive is sealed to another key")
        if not 0 < chunk <= MAX_CHUNK:
            raise SealedStreamError("bad chunk size in the archive header")
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        except ValueError:
            raise SealedStreamError("bad ephemeral key in the archive header") from None
        self._aead = _derive(shared, eph_raw, _raw(private.public_key()))
        self._header = head
        self._max_body = chunk + _TAG
        self._source = source
        self._counter = 0
        self._buf = b""
        self._pos = 0
        self._done = False

    def _next_chunk(self) -> None:
        raw_len = self._source.read(_LEN.size)
        if len(raw_len) != _LEN.size:
            raise SealedStreamError("archive truncated (its final chunk is missing)")
        (size,) = _LEN.unpack(raw_len)
        if not _TAG <= size <= self._max_body:
            raise SealedStreamError(f"archive altered: chunk {self._counter} has a bad length")
        body = self._source.read(size)
        if len(body) != size:
            raise SealedStreamError("archive truncated")
        for final in (False, True):
            try:
                plain = self._aead.decrypt(_nonce(self._counter, final), body, self._header)
            except InvalidTag:
                continue
            self._counter += 1
            self._buf, self._pos, self._done = plain, 0, final
            if final and self._source.read(1):
                raise SealedStreamError("archive altered: data after its final chunk")
            return
        raise SealedStreamError(f"archive altered or sealed to another key (chunk "
                                f"{self._counter} does not authenticate)")

    def read(self, n: int = -1) -> bytes:
        out = bytearray()
        while n < 0 or len(out) < n:
            if self._pos >= len(self._buf):
                if self._done:
                    break
                self._next_chunk()
                continue
            take = len(self._buf) - self._pos if n < 0 else min(n - len(out),
                                                                 len(self._buf) - self._pos)
            out += self._buf[self._pos:self._pos + take]
            self._pos += take
        return bytes(out)

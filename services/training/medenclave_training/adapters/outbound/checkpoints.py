"""Encrypted training checkpoints on disk: one file per job, AES-256-GCM envelope encryption
with the kit's cipher (key-encryption key in the service's keys folder), the job id bound in
as associated data, written atomically (a crash leaves the previous checkpoint whole).

A checkpoint holds model weights trained on patient images; at rest it is ciphertext only, and
it is read back with ``torch.load(weights_only=True)`` (tensors, numbers and containers only,
never pickled code).
"""

from __future__ import annotations

import contextlib
import io
import logging
import pickle
import re
from pathlib import Path
from typing import Any

import torch

from medenclave.files import private_dir, write_private
from medenclave.security.crypto import DecryptionError, EnvelopeCipher

__all__ = ["CheckpointStore", "JobCheckpoints"]

log = logging.getLogger(__name__)

_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
#: a checkpoint larger than this is refused on read (the classifiers are a few MB)
DEFAULT_MAX_CHECKPOINT_BYTES = 512 * 1024 * 1024


class CheckpointStore:
    """``folder/<job_id>.ckpt``: the latest checkpoint of each running job."""

    def __init__(self, folder: Path, cipher: EnvelopeCipher, *,
                 max_bytes: int = DEFAULT_MAX_CHECKPOINT_BYTES) -> None:
        self._folder = folder
        self._cipher = cipher
        self._max_bytes = max_bytes

    def _path(self, job_id: str) -> Path:
        if not _JOB_ID.match(job_id):
            raise ValueError("job id not usable as a checkpoint name")
        return self._folder / f"{job_id}.ckpt"

    def for_job(self, job_id: str) -> JobCheckpoints:
        return JobCheckpoints(self, job_id)

    def save(self, job_id: str, state: dict[str, Any]) -> None:
        buf = io.BytesIO()
        torch.save(state, buf)
        blob = self._cipher.encrypt(buf.getvalue(), aad=_aad(job_id))
        private_dir(self._folder)
        write_private(self._path(job_id), blob)  # atomic: the previous one stays until then

    def load(self, job_id: str) -> dict[str, Any] | None:
        """The job's checkpoint, or None when there is none or it cannot be used (altered,
        another key, too large, not a checkpoint): the job then starts from the beginning."""
        path = self._path(job_id)
        try:
            if path.stat().st_size > self._max_bytes:
                raise ValueError("too large")
            plain = self._cipher.decrypt(path.read_bytes(), aad=_aad(job_id))
            state = torch.load(io.BytesIO(plain), weights_only=True)
            if not isinstance(state, dict):
                raise ValueError("not a checkpoint")
            return state
        except FileNotFoundError:
            return None
        except (OSError, ValueError, DecryptionError, RuntimeError, EOFError,
                pickle.UnpicklingError) as exc:
            log.warning("checkpoint not usable, starting over", extra={
                "code": "TRN-321", "fields": {"job_id": job_id, "error": type(exc).__name__}})
            return None

    def discard(self, job_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(job_id).unlink()


class JobCheckpoints:
    """One job's view of the store (the training loop's ``Checkpoints``)."""

    def __init__(self, store: CheckpointStore, job_id: str) -> None:
        self._store = store
        self._job_id = job_id

    def load(self) -> dict[str, Any] | None:
        return self._store.load(self._job_id)

    def save(self, state: dict[str, Any]) -> None:
        self._store.save(self._job_id, state)


def _aad(job_id: str) -> bytes:
    return b"medenclave.training.checkpoint:" + job_id.encode()

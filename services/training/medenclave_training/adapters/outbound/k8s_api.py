"""A small client of the Kubernetes API: create, get, delete and list-kinds over HTTPS with
the pod's service-account token (``urllib``; no client library). Only the calls the training
job launcher makes, in one namespace.

Every call is bounded: a timeout per request and ``attempts`` tries for answers that may pass
(connection errors, 429, 5xx), with a doubling pause between them. An answer that will not
pass is raised at once as :class:`KubernetesRefused` with a code: ``kubernetes_forbidden``
(401/403: the service account's Role), ``kubernetes_conflict`` (409), ``kubernetes_not_found``
(404), ``kubernetes_invalid`` (400/422), ``kubernetes_unavailable`` (tries spent). The API's
message is not kept: it may quote the object.
"""

from __future__ import annotations

import contextlib
import json
import logging
import ssl
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

__all__ = ["KubernetesApi", "KubernetesRefused"]

log = logging.getLogger(__name__)

#: the pod's service-account files (the token is read again for every call: it rotates)
SERVICE_ACCOUNT = Path("/var/run/secrets/kubernetes.io/serviceaccount")
_CODES = {400: "kubernetes_invalid", 401: "kubernetes_forbidden", 403: "kubernetes_forbidden",
          404: "kubernetes_not_found", 409: "kubernetes_conflict", 422: "kubernetes_invalid"}


class KubernetesRefused(Exception):
    """The API refused a call, or could not be reached in the tries allowed."""

    def __init__(self, code: str, status: int = 0) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


class KubernetesApi:
    """``base_url``: ``https://kubernetes.default.svc`` in a pod (plain ``http://`` only for a
    test's loopback server). ``token_file`` and ``ca_file``: the service account's."""

    def __init__(self, base_url: str, *, token_file: Path | None = None,
                 ca_file: Path | None = None, timeout_s: float = 10.0, attempts: int = 3,
                 backoff_s: float = 0.5) -> None:
        if not 1 <= attempts <= 10 or not 0 < timeout_s <= 300:
            raise ValueError("attempts 1..10, timeout_s 0..300")
        if not base_url.startswith(("https://", "http://")):
            raise ValueError("base_url: https:// (http:// for a loopback test server)")
        self._base = base_url.rstrip("/")
        self._token_file = token_file
        self._timeout = timeout_s
        self._attempts = attempts
        self._backoff = backoff_s
        self._ca_file = ca_file
        self._tls: ssl.SSLContext | None = None

    def _context(self) -> ssl.SSLContext | None:
        """TLS with the service account's CA (read on first use: the service starts without
        it where no job is multi-node)."""
        if self._tls is None and self._ca_file is not None and self._base.startswith("https:"):
            try:
                self._tls = ssl.create_default_context(cafile=str(self._ca_file))
            except (OSError, ssl.SSLError):
                raise KubernetesRefused("kubernetes_ca_unreadable") from None
        return self._tls

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if self._token_file is not None:
            try:
                token = self._token_file.read_text(encoding="utf-8").strip()
            except OSError:
                raise KubernetesRefused("kubernetes_token_unreadable") from None
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def call(self, method: str, path: str, body: dict[str, Any] | None = None
             ) -> dict[str, Any]:
        """One API call; its JSON answer.

        Raises:
            KubernetesRefused: with a code (above).
        """
        data = None if body is None else json.dumps(body).encode("utf-8")
        context = self._context()
        status = 0
        for attempt in range(self._attempts):
            if attempt:
                time.sleep(self._backoff * 2 ** (attempt - 1))
            # the scheme is http(s), checked in __init__
            request = urllib.request.Request(self._base + path, data=data,  # noqa: S310
                                             method=method, headers=self._headers())
            try:
                with urllib.request.urlopen(request, timeout=self._timeout,  # noqa: S310
                                            context=context) as answer:
                    raw = answer.read(16 * 1024 * 1024)
                return json.loads(raw) if raw else {}
            except urllib.error.HTTPError as exc:
                status = exc.code
                with contextlib.suppress(Exception):
                    exc.close()
                if status in _CODES:
                    raise KubernetesRefused(_CODES[status], status) from None
            except (OSError, ValueError):  # refused, reset, timed out, not JSON
                status = 0
            log.warning("kubernetes API call not answered", extra={
                "code": "TRN-701", "fields": {"method": method, "status": status,
                                              "attempt": attempt + 1}})
        raise KubernetesRefused("kubernetes_unavailable", status)

    def has_api(self, group_version: str, kind: str) -> bool:
        """Whether the cluster serves ``kind`` in ``group_version`` (``kubeflow.org/v1``,
        ``PyTorchJob``): the operator's CRD is installed.

        Raises:
            KubernetesRefused: other than not found.
        """
        try:
            listing = self.call("GET", f"/apis/{group_version}")
        except KubernetesRefused as exc:
            if exc.code == "kubernetes_not_found":
                return False
            raise
        return any(r.get("kind") == kind for r in listing.get("resources", []))

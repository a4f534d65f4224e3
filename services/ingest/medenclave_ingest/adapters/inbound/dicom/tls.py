"""DICOM TLS for the SCP: the server-side :class:`ssl.SSLContext` (TLS 1.2 or later).

PS3.15 Annex B (BCP 195 secure transport): the SCP presents its certificate; with mutual TLS it
also demands a client certificate issued by the configured CA, so only modalities and PACS
holding such a certificate can open an association. The AE-title and host allow-lists still
apply once TLS is up.

pynetdicom wraps each accepted socket on its single accept thread; a peer that connects and
never completes the handshake would hold every other TLS connection back. The context made here
defers the handshake to the connection's own thread, where :func:`complete_handshake` runs it
with a deadline, so one slow or hostile peer blocks only itself.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["DicomTlsFiles", "TlsSetupError", "complete_handshake", "server_context"]


class TlsSetupError(ValueError):
    """The certificate, key or CA cannot be used; the message names the files, never contents."""


@dataclass(frozen=True)
class DicomTlsFiles:
    """PEM files of the SCP's TLS identity.

    Attributes:
        cert: the SCP's certificate (chain), PEM.
        key: its private key, PEM, unencrypted.
        ca: CA certificate(s) that client certificates must chain to (None: no client check).
    """

    cert: Path
    key: Path
    ca: Path | None = None

    def missing(self) -> list[Path]:
        """The files that do not exist."""
        return [p for p in (self.cert, self.key, self.ca) if p is not None and not p.is_file()]


class _DeferredHandshakeContext(ssl.SSLContext):
    """An SSLContext whose server sockets shake hands on first use, not in ``wrap_socket``."""

    def wrap_socket(self, sock: Any, server_side: bool = False,  # type: ignore[override]
                    do_handshake_on_connect: bool = True, **kwargs: Any) -> ssl.SSLSocket:
        return super().wrap_socket(sock, server_side=server_side,
                                   do_handshake_on_connect=not server_side and
                                   do_handshake_on_connect, **kwargs)


def server_context(files: DicomTlsFiles, *, require_client_cert: bool) -> ssl.SSLContext:
    """The SCP's TLS context: TLS 1.2+, OpenSSL's default secure ciphers, no compression.

    Args:
        files: certificate, key and (for client verification) CA.
        require_client_cert: mutual TLS: a peer without a certificate issued by ``files.ca``
            fails the handshake, before any DICOM is exchanged.

    Raises:
        TlsSetupError: a file is missing or unusable, or mutual TLS is asked without a CA.
    """
    missing = files.missing()
    if missing:
        raise TlsSetupError("DICOM TLS file(s) not found: " + ", ".join(map(str, missing)))
    if require_client_cert and files.ca is None:
        raise TlsSetupError("DICOM mutual TLS needs a CA certificate file")
    context = _DeferredHandshakeContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.options |= ssl.OP_NO_COMPRESSION | ssl.OP_CIPHER_SERVER_PREFERENCE
    try:
        context.load_cert_chain(certfile=str(files.cert), keyfile=str(files.key))
    except (ssl.SSLError, OSError) as exc:
        raise TlsSetupError(f"DICOM TLS certificate/key unusable ({files.cert}, {files.key}): "
                            f"{type(exc).__name__}") from None
    if files.ca is not None:
        try:
            context.load_verify_locations(cafile=str(files.ca))
        except (ssl.SSLError, OSError) as exc:
            raise TlsSetupError(f"DICOM TLS CA unusable ({files.ca}): "
                                f"{type(exc).__name__}") from None
    context.verify_mode = ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE
    return context


def complete_handshake(sock: Any, *, timeout_s: float) -> str:
    """Finish the server side of the TLS handshake on an accepted socket.

    Args:
        sock: the :class:`ssl.SSLSocket` wrapped by :func:`server_context`'s context.
        timeout_s: the peer has this long to complete the handshake.

    Returns:
        ``""`` on success; else a short reason (OpenSSL's reason code, e.g.
        ``PEER_DID_NOT_RETURN_A_CERTIFICATE``, or ``timeout``/``closed``), and the socket is
        closed. Never certificate contents.
    """
    if not isinstance(sock, ssl.SSLSocket):
        return ""
    previous = sock.gettimeout()
    try:
        sock.settimeout(timeout_s)
        sock.do_handshake()
    except ssl.SSLError as exc:
        reason = str(exc.reason or type(exc).__name__)
    except TimeoutError:
        reason = "timeout"
    except OSError:
        reason = "closed"
    else:
        sock.settimeout(previous)
        return ""
    try:
        sock.close()
    except OSError:
        pass
    return reason

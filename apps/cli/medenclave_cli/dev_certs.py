"""A development certificate authority for service-to-service mutual TLS.

``medenclave certs init`` writes ``ca.pem`` (and ``ca.key``) and, per identity, ``NAME.pem`` and
``NAME.key`` (each service, plus ``cli`` for people's tools). Every certificate serves both as a
server and as a client certificate, for ``localhost``, ``127.0.0.1``, ``NAME`` and
``medenclave-NAME``. Production uses the hospital's PKI with the same file names.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from medenclave.files import read_private, write_private

__all__ = ["DEFAULT_IDENTITIES", "init_development_pki"]

#: the services, ``cli`` for people's tools, ``nats`` for the embedded nats-server
DEFAULT_IDENTITIES = ("access", "audit", "ingest", "deid", "training", "inference", "console",
                      "cli", "nats")


def _write(path: Path, data: bytes, *, private: bool) -> None:
    write_private(path, data, mode=0o600 if private else 0o644)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _load_ca(tls_dir: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = serialization.load_pem_private_key(read_private(tls_dir / "ca.key"), password=None)
    cert = x509.load_pem_x509_certificate((tls_dir / "ca.pem").read_bytes())
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise TypeError("unexpected key type")
    return cert, key


def init_development_pki(tls_dir: Path, *, identities: Iterable[str] = DEFAULT_IDENTITIES,
                         days: int = 365) -> list[Path]:
    """Create the CA (unless present) and a certificate for each identity; return the files.

    Existing identity certificates are kept; delete them to re-issue.
    """
    tls_dir.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    written: list[Path] = []
    if not (tls_dir / "ca.pem").exists():
        ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "MedEnclave development CA")])
        ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
              .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(minutes=5))
              .not_valid_after(now + dt.timedelta(days=days * 5))
              .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
              .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                           crl_sign=True, content_commitment=False,
                                           key_encipherment=False, data_encipherment=False,
                                           key_agreement=False, encipher_only=False,
                                           decipher_only=False), critical=True)
              .sign(ca_key, hashes.SHA256()))
        _write(tls_dir / "ca.key", _key_pem(ca_key), private=True)
        _write(tls_dir / "ca.pem", ca.public_bytes(serialization.Encoding.PEM), private=False)
        written += [tls_dir / "ca.pem", tls_dir / "ca.key"]
    ca, ca_key = _load_ca(tls_dir)
    for ident in identities:
        if (tls_dir / f"{ident}.pem").exists():
            continue
        key = ec.generate_private_key(ec.SECP256R1())
        sans = [x509.DNSName("localhost"), x509.DNSName(ident),
                x509.DNSName(f"medenclave-{ident}"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ident)]))
                .issuer_name(ca.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(minutes=5))
                .not_valid_after(now + dt.timedelta(days=days))
                .add_extension(x509.SubjectAlternativeName(sans), critical=False)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH,
                                                      ExtendedKeyUsageOID.CLIENT_AUTH]),
                               critical=False)
                .sign(ca_key, hashes.SHA256()))
        _write(tls_dir / f"{ident}.key", _key_pem(key), private=True)
        _write(tls_dir / f"{ident}.pem", cert.public_bytes(serialization.Encoding.PEM),
               private=False)
        written += [tls_dir / f"{ident}.pem", tls_dir / f"{ident}.key"]
    return written

"""The demo's people for the web console: one sign-in per role, with a password and TOTP.

Created through access as a host administrator would (``medenclave users add`` and
``users totp``); kept in ``DATA_DIR/secrets/console-demo.json`` (0600) so that a later
``medenclave up --data-dir DATA_DIR`` serves the console they sign in to, and a second demo on
the same data dir reuses them.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.v1 import access_pb2, access_pb2_grpc

__all__ = ["DEMO_ROLES", "console_people", "describe_sign_ins"]

#: the console's people: who reviews quarantine, who reads studies, who audits, who trains,
#: and who lets a model into clinical use (never the one who trained it: four eyes)
DEMO_ROLES = ("privacy_officer", "radiologist", "auditor", "ai_engineer", "approver")
FILE = "console-demo.json"


async def console_people(access_endpoint: str, data_dir: Path) -> list[dict]:
    """Create (or read back) one console person per :data:`DEMO_ROLES` (the roles a file of
    an earlier demo lacks are created and added to it).

    Returns:
        ``{"role", "username", "password", "totp_secret", "otpauth_uri"}`` per role.
    """
    path = data_dir / "secrets" / FILE
    people = list(json.loads(path.read_text())) if path.exists() else []
    missing = [r for r in DEMO_ROLES if r not in {p["role"] for p in people}]
    if not missing:  # an earlier demo made them all (one of an older release: some)
        return people
    key = load_or_create_signing_key(data_dir / "access" / "keys")
    admin = StaticToken(TokenIssuer(key).issue(subject="host-admin", role="admin",
                                               ttl_s=600)[0])
    async with secure_channel(access_endpoint, admin) as channel:
        stub = access_pb2_grpc.AccessServiceStub(channel)
        for role in missing:
            username, password = f"demo-{role.replace('_', '-')}", secrets.token_urlsafe(12)
            # CreateUser resets a person an earlier demo made (whose file is gone)
            await stub.CreateUser(access_pb2.CreateUserRequest(
                username=username, role=role, password=password), timeout=20)
            totp = await stub.EnrollTotp(access_pb2.EnrollTotpRequest(username=username),
                                         timeout=20)
            people.append({"role": role, "username": username, "password": password,
                           "totp_secret": totp.secret_base32, "otpauth_uri": totp.otpauth_uri})
    write_private(path, json.dumps(people, indent=2))
    return people


def describe_sign_ins(people: list[dict], *, console_url: str, data_dir: Path) -> str:
    """What the demo prints: where the console is and how each role signs in."""
    lines = [f"\nThe web console: 'medenclave up --data-dir {data_dir}', then open "
             f"{console_url} (English / 中文). Demo sign-ins (kept in "
             f"{data_dir / 'secrets' / FILE}; the one-time code comes from an authenticator "
             f"app given the TOTP secret, or from 'oathtool --totp -b SECRET'):"]
    lines += [f"  {p['role']:<16} {p['username']:<24} password {p['password']:<18} "
              f"TOTP secret {p['totp_secret']}" for p in people]
    return "\n".join(lines)

"""Wiring: settings → stores → core → gRPC. ``python -m medenclave_access``."""

from __future__ import annotations

from medenclave.config import database_url_for, load_settings
from medenclave.security.policy import rpc_permissions
from medenclave.security.tokens import KeyRing
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import make_engine
from medenclave.v1 import (
    access_pb2,
    access_pb2_grpc,
    audit_pb2,
    deid_pb2,
    inference_pb2,
    ingest_pb2,
    training_pb2,
)
from medenclave_access.adapters.inbound.grpc_api import AccessServicer
from medenclave_access.adapters.inbound.login_gate import LoginGate
from medenclave_access.adapters.outbound.sql_store import (
    Argon2Hasher,
    SqlBreakGlassStore,
    SqlPolicyStore,
    SqlRevocationStore,
    SqlUserStore,
)
from medenclave_access.adapters.outbound.totp_seal import TotpSeal
from medenclave_access.config import AccessSettings
from medenclave_access.core.break_glass import BreakGlassDesk
from medenclave_access.core.login_throttle import LoginThrottle
from medenclave_access.core.policy_book import PolicyBook
from medenclave_access.core.users import UserDirectory

__all__ = ["AccessService", "declared_permissions", "main"]


def declared_permissions() -> dict[str, str]:
    """``/pkg.Service/Method`` → permission for every MedEnclave RPC (from the protos)."""
    modules = (ingest_pb2, deid_pb2, training_pb2, inference_pb2, access_pb2, audit_pb2)
    return rpc_permissions([svc for m in modules for svc in m.DESCRIPTOR.services_by_name.values()])


class AccessService(Service):
    name = "access"

    def __init__(self, settings: AccessSettings) -> None:
        self.settings = settings
        self.keys_dir = settings.service_dir("access") / "keys"
        self.keys = KeyRing(self.keys_dir)
        self.engine = make_engine(database_url_for(settings, "access"),
                                  schema=settings.database_schema)
        self.policy_book = PolicyBook(store=SqlPolicyStore(self.engine),
                                      known_permissions=declared_permissions().values())
        users = SqlUserStore(self.engine, seal=TotpSeal(self.keys_dir))
        self.directory = UserDirectory(store=users, hasher=Argon2Hasher(),
                                       policy=lambda: self.policy_book.policy,
                                       second_factors=users)
        self.break_glass = BreakGlassDesk(
            store=SqlBreakGlassStore(self.engine),
            grantable_roles=lambda: self.policy_book.policy.break_glass_roles())
        self.throttle = LoginThrottle(
            max_failures_per_user=settings.login_max_failures_per_user,
            max_failures_per_peer=settings.login_max_failures_per_peer,
            lockout_s=settings.login_lockout_s)
        self.gate = LoginGate(workers=settings.login_workers,
                              max_waiting=settings.login_max_waiting)
        self._ctx: ServiceContext | None = None

    def register(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        servicer = AccessServicer(directory=self.directory, keys=self.keys,
                                  policy_book=self.policy_book,
                                  revocations=SqlRevocationStore(self.engine),
                                  break_glass=self.break_glass, audit=lambda: ctx.audit,
                                  bus=lambda: ctx.bus, ttl_s=self.settings.token_ttl_s,
                                  throttle=self.throttle, gate=self.gate)
        ctx.add_servicer(access_pb2_grpc.add_AccessServiceServicer_to_server, servicer,
                         access_pb2.DESCRIPTOR.services_by_name["AccessService"])

    async def start(self, ctx: ServiceContext) -> None:
        secrets = self.settings.service_secrets_dir
        if secrets is not None and secrets.exists():
            # a service account an administrator disabled (or revoked) stays disabled
            disabled = {u.username for u in self.directory.list() if u.disabled}
            for path in sorted(secrets.glob("svc-*.secret")):
                username = f"svc-{path.stem[len('svc-'):]}"
                self.directory.create(username=username, role=f"svc_{username[4:]}",
                                      password=path.read_text().strip(),
                                      disabled=username in disabled)

    async def stop(self) -> None:
        self.gate.close()
        self.engine.dispose()


def main() -> None:
    settings = load_settings(AccessSettings)
    run(lambda: AccessService(settings), settings)  # built after the start-up file check


if __name__ == "__main__":
    main()

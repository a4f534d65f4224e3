"""Wiring: settings → stores → core → gRPC. ``python -m medenclave_access``."""

from __future__ import annotations

from medenclave.config import database_url_for, load_settings
from medenclave.service import Service, ServiceContext, run
from medenclave.security.policy import Policy
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.storage import make_engine
from medenclave.v1 import access_pb2, access_pb2_grpc
from medenclave_access.adapters.grpc_api import AccessServicer
from medenclave_access.adapters.store import Argon2Hasher, SqlUserStore
from medenclave_access.config import AccessSettings
from medenclave_access.core.users import UserDirectory

__all__ = ["AccessService", "main"]


class AccessService(Service):
    name = "access"

    def __init__(self, settings: AccessSettings) -> None:
        self.settings = settings
        self.key = load_or_create_signing_key(settings.service_dir("access") / "keys")
        self.engine = make_engine(database_url_for(settings, "access"),
                                  schema=settings.database_schema)
        self.directory = UserDirectory(store=SqlUserStore(self.engine), hasher=Argon2Hasher(),
                                       policy=Policy())
        self._ctx: ServiceContext | None = None

    def register(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        servicer = AccessServicer(directory=self.directory, issuer=TokenIssuer(self.key),
                                  key=self.key, policy=ctx.policy, audit=lambda: ctx.audit,
                                  ttl_s=self.settings.token_ttl_s)
        ctx.add_servicer(access_pb2_grpc.add_AccessServiceServicer_to_server, servicer,
                         access_pb2.DESCRIPTOR.services_by_name["AccessService"])

    async def start(self, ctx: ServiceContext) -> None:
        secrets = self.settings.service_secrets_dir
        if secrets is not None and secrets.exists():
            for path in sorted(secrets.glob("svc-*.secret")):
                service = path.stem[len("svc-"):]
                self.directory.create(username=f"svc-{service}", role=f"svc_{service}",
                                      password=path.read_text().strip())

    async def stop(self) -> None:
        self.engine.dispose()


def main() -> None:
    settings = load_settings(AccessSettings)
    run(AccessService(settings), settings)


if __name__ == "__main__":
    main()

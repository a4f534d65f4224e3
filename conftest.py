"""Fixtures shared by every test folder: real peers on free loopback ports."""

from __future__ import annotations

import os
import uuid

import pytest

from medenclave_testing import NatsServer, write_nats_secrets


@pytest.fixture
def nats_server(tmp_path):
    """A fresh nats-server with JetStream, per test."""
    with NatsServer(tmp_path / "nats") as server:
        yield server


@pytest.fixture
def nats_auth_server(tmp_path):
    """A nats-server with the generated users and subject permissions of ``medenclave up``:
    ``.passwords`` maps each user to its password, kept in ``tmp_path/nats-secrets``."""
    secrets_dir = tmp_path / "nats-secrets"
    secrets_dir.mkdir(mode=0o700)
    with NatsServer(tmp_path / "nats", passwords=write_nats_secrets(secrets_dir)) as server:
        yield server


@pytest.fixture
def one_torch_thread():
    """One torch intra-op thread for the test (restored after): small models train faster so
    on a shared 2-core machine. Modules that train ask for it with ``usefixtures``."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def database_url():
    """PostgreSQL when DATABASE_URL is set, else skip."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        pytest.skip("DATABASE_URL not set: PostgreSQL tests skipped")
    return url


@pytest.fixture
def pg_schema(database_url):
    """A private schema in the PostgreSQL database, dropped afterwards."""
    import sqlalchemy as sa

    from medenclave.storage import make_engine

    schema = "t_" + uuid.uuid4().hex[:12]
    yield schema
    engine = make_engine("postgresql+psycopg://" + database_url.split("://", 1)[1])
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()

"""database_errors: the database being unavailable becomes the port's own error."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from medenclave.storage import database_errors


class PortUnavailable(Exception):
    pass


class DriverError(Exception):
    pass


def _error(cls: type[sa.exc.DBAPIError]) -> sa.exc.DBAPIError:
    return cls("INSERT INTO t VALUES (?)", ("Jane Doe",), DriverError("name 'Jane Doe' refused"))


@pytest.mark.parametrize("cls", [sa.exc.OperationalError, sa.exc.InterfaceError])
def test_unavailable_becomes_the_ports_error_naming_no_values(cls):
    with pytest.raises(PortUnavailable) as caught:
        with database_errors(PortUnavailable, "t unwritable"):
            raise _error(cls)
    assert str(caught.value) == "t unwritable: DriverError"
    assert caught.value.__suppress_context__ and caught.value.__cause__ is None


def test_other_errors_pass_unless_listed():
    with pytest.raises(sa.exc.IntegrityError):
        with database_errors(PortUnavailable, "t unwritable"):
            raise _error(sa.exc.IntegrityError)
    with pytest.raises(PortUnavailable, match="^t unreadable: DriverError$"):
        with database_errors(PortUnavailable, "t unreadable", also=(sa.exc.ProgrammingError,)):
            raise _error(sa.exc.ProgrammingError)


def test_a_missing_sqlite_file_is_unavailable(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path}/no/such/dir/db.sqlite")
    with pytest.raises(PortUnavailable, match="^t unreadable: OperationalError$"):
        with database_errors(PortUnavailable, "t unreadable"), engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))


def test_services_starting_together_create_their_shared_schema_once(database_url, pg_schema):
    """Six services start at once on one PostgreSQL schema: CREATE SCHEMA IF NOT EXISTS alone
    lets concurrent creators fail with a unique violation (a service then died at start-up in
    CI); under the advisory lock every one of them gets its engine."""
    import threading

    from medenclave.storage import make_engine

    url = "postgresql+psycopg://" + database_url.split("://", 1)[1]
    errors: list[str] = []

    def start() -> None:
        try:
            make_engine(url, schema=pg_schema).dispose()
        except Exception as exc:
            errors.append(type(exc).__name__)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []

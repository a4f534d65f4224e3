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

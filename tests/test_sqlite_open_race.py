"""Opening a new SQLite database from several connections at once.

SQLite answers "database is locked" at once, without its busy timeout, to all but one of the
connections that ask together to switch a new file to WAL; ``apply_sqlite_pragmas`` retries the
switch (``test_replicas_upgrading_at_once_take_turns[sqlite]`` failed about one run in ten under
load before it did)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from medenclave.embedded_db import apply_sqlite_pragmas, connect, sqlite_pragmas


def _flaky(fail_times: int, message: str = "database is locked"):
    ran: list[str] = []
    failures = {"left": fail_times}

    def execute(sql: str) -> None:
        if failures["left"]:
            failures["left"] -= 1
            raise sqlite3.OperationalError(message)
        ran.append(sql)

    return execute, ran


def test_a_locked_switch_is_retried_until_it_goes_through() -> None:
    execute, ran = _flaky(3)
    apply_sqlite_pragmas(execute)
    assert ran == list(sqlite_pragmas())


def test_a_lock_that_outlasts_the_wait_is_raised() -> None:
    execute, _ = _flaky(10_000)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        apply_sqlite_pragmas(execute, wait_s=0.05)


def test_any_other_error_is_raised_at_once() -> None:
    execute, ran = _flaky(1, "disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        apply_sqlite_pragmas(execute)
    assert ran == []


@pytest.mark.parametrize("round_", range(5))
def test_eight_openers_of_a_new_file_all_get_a_wal_connection(tmp_path, round_: int) -> None:
    path = tmp_path / "state.db"
    start = threading.Barrier(8)
    modes: list[str] = []
    errors: list[BaseException] = []

    def open_one() -> None:
        start.wait(timeout=30)
        try:
            conn = connect(path)
            modes.append(conn.execute("PRAGMA journal_mode").fetchone()[0])
            conn.close()
        except BaseException as exc:  # collected: the assertion names it
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert modes == ["wal"] * 8

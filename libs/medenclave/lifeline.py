"""A process that dies with its supervisor, even when the supervisor is SIGKILLed.

The supervisor (``medenclave up``) holds the write end of one pipe and hands the read end to
every child it starts, naming it in ``MEDENCLAVE_LIFELINE_FD`` (and its own pid in
``MEDENCLAVE_PARENT_PID``). Nothing is ever written: when the supervisor dies, however it dies,
the kernel closes the write end and every child reads end-of-file. The child then stops as on
SIGTERM, and kills itself if it has not stopped after a grace period. Unlike the Linux
parent-death signal this does not depend on which thread of the supervisor started the child,
and it works on every POSIX system.

Children that cannot watch a pipe themselves (nats-server) get a :func:`warden`: a small
Python process that watches the pipe for them and stops them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time

__all__ = ["LIFELINE_FD_ENV", "PARENT_PID_ENV", "Lifeline", "warden", "watch_parent"]

log = logging.getLogger(__name__)

LIFELINE_FD_ENV = "MEDENCLAVE_LIFELINE_FD"
PARENT_PID_ENV = "MEDENCLAVE_PARENT_PID"

#: seconds a child whose supervisor died gets to stop cleanly before it is killed
GRACE_S = 10.0


class Lifeline:
    """The supervisor's side: one pipe whose read end every child inherits."""

    def __init__(self) -> None:
        # os.pipe() fds are non-inheritable: only children started with pass_fds get the read
        # end, and no child ever gets the write end.
        self._read, self._write = os.pipe()

    @property
    def fd(self) -> int:
        """The read end, to pass to a child (``pass_fds``)."""
        return self._read

    def env(self) -> dict[str, str]:
        """The variables that tell a child to watch this lifeline."""
        return {LIFELINE_FD_ENV: str(self._read), PARENT_PID_ENV: str(os.getpid())}

    def close(self) -> None:
        """Cut the line: every child still watching it stops."""
        for fd in (self._write, self._read):
            with contextlib.suppress(OSError):
                os.close(fd)


def _parent_gone(fd: int, expected_parent: int) -> bool:
    """Block until the lifeline ``fd`` reads end-of-file (or the parent is already gone)."""
    if os.getppid() != expected_parent:  # died before we started watching: reparented
        return True
    while True:
        try:
            if not os.read(fd, 64):
                return True
        except InterruptedError:
            continue
        except OSError:
            return True


def watch_parent(*, grace_s: float = GRACE_S) -> bool:
    """Stop this process (SIGTERM to itself, SIGKILL after ``grace_s``) when its supervisor
    dies, if the environment names a lifeline; returns whether it does.

    Call it first thing in a child's entry point. A SIGTERM handler installed later (the
    service runtime's) makes the stop graceful; before that SIGTERM simply ends the process.
    """
    raw_fd, raw_pid = os.environ.get(LIFELINE_FD_ENV, ""), os.environ.get(PARENT_PID_ENV, "")
    if not (raw_fd.isdigit() and raw_pid.isdigit()):
        return False
    fd, parent = int(raw_fd), int(raw_pid)
    # our own children (if any) must not inherit it
    with contextlib.suppress(OSError):
        os.set_inheritable(fd, False)

    def watch() -> None:
        if not _parent_gone(fd, parent):
            return
        log.warning("supervisor gone: stopping", extra={"code": "SVC-004"})
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(grace_s)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
    return True


def warden(lifeline: Lifeline, pid: int) -> subprocess.Popen:
    """Start a process that stops ``pid`` (SIGTERM, then SIGKILL) once ``lifeline`` is cut.

    For children that cannot watch the lifeline themselves. The warden holds a pidfd where
    the system has them, so it never signals a recycled pid.
    """
    return subprocess.Popen(
        [sys.executable, "-m", "medenclave.lifeline", str(pid)],
        env={**os.environ, **lifeline.env()}, pass_fds=(lifeline.fd,),
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)


def _signal(pid: int, pidfd: int | None, sig: int) -> bool:
    try:
        if pidfd is not None:
            signal.pidfd_send_signal(pidfd, sig)
        else:
            os.kill(pid, sig)
        return True
    except (ProcessLookupError, OSError):
        return False


def _warden_main(pid: int) -> None:
    pidfd: int | None = None
    with contextlib.suppress(AttributeError, OSError):
        pidfd = os.pidfd_open(pid)
    if pidfd is None and sys.platform.startswith("linux"):
        return  # the process is already gone
    _parent_gone(int(os.environ[LIFELINE_FD_ENV]), int(os.environ[PARENT_PID_ENV]))
    if not _signal(pid, pidfd, signal.SIGTERM):
        return
    deadline = time.monotonic() + GRACE_S
    while time.monotonic() < deadline:
        if not _signal(pid, pidfd, 0):
            return
        time.sleep(0.1)
    _signal(pid, pidfd, signal.SIGKILL)


if __name__ == "__main__":
    _warden_main(int(sys.argv[1]))

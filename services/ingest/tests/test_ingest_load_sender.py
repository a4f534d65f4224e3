"""The load test's pynetdicom sender keeps every C-STORE response (``close_reactor_race``).

Under load, pynetdicom's own association reactor took and dropped C-STORE responses (see
:mod:`medenclave_testing.dicom_scu`); the stores then waited until the server's idle timeout
aborted them. Here the scheduling that caused it is forced, not waited for: after the first
store, the reactor thread is held where it had just been let go (before it marks itself
running) until a response is queued, and the sender's wait for its response waits until the
reactor has looked at the queue. Against pynetdicom's own SCP on loopback, so the peer is not
ours. Without ``close_reactor_race`` the second store's response goes to the reactor and the
store ends without a status; with it, the sender waits for the reactor to stop at its
checkpoint before sending, and gets its answer.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE, evt
from pynetdicom.sop_class import CTImageStorage  # type: ignore[attr-defined]

from medenclave_testing.dicom_scu import close_reactor_race

#: how long the held reactor waits for a response to be queued (none comes when the sender
#: waits for it first, as it should), and how long a store waits for its response
HOLD_S = 2.0
DIMSE_TIMEOUT_S = 20.0


@pytest.fixture
def scp_port() -> Iterator[int]:
    ae = AE(ae_title="MEDENCLAVE")
    ae.add_supported_context(CTImageStorage, ExplicitVRLittleEndian)
    server = ae.start_server(
        ("127.0.0.1", 0), block=False, evt_handlers=[(evt.EVT_C_STORE, lambda event: 0x0000)]
    )
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()


def _hold_reactor_after_first_store(assoc) -> None:
    """Force the interleaving a busy machine produces now and then (see the module doc)."""
    dimse, checkpoint = assoc.dimse, assoc._reactor_checkpoint
    armed, held, queued, looked = (threading.Event() for _ in range(4))
    real_put, real_get, real_wait = dimse.msg_queue.put, dimse.get_msg, checkpoint.wait
    blocking_calls: list[None] = []

    def put(item, *args, **kwargs):
        real_put(item, *args, **kwargs)
        queued.set()

    def wait(timeout=None):  # only the reactor waits at its checkpoint
        result = real_wait(timeout)
        if armed.is_set():
            armed.clear()
            queued.wait(HOLD_S)  # held before it marks itself running
            held.set()
        return result

    def get_msg(block=False):
        if not block:  # the reactor's look at the queue
            rsp = real_get(block)
            if held.is_set():
                looked.set()
            return rsp
        blocking_calls.append(None)
        if len(blocking_calls) == 1:  # the first store: then let the reactor go, held
            rsp = real_get(block)
            queued.clear()
            armed.set()
            return rsp
        looked.wait(HOLD_S + DIMSE_TIMEOUT_S)  # the second: the reactor looks first
        return real_get(block)

    dimse.msg_queue.put = put
    checkpoint.wait = wait
    dimse.get_msg = get_msg


def test_a_response_is_not_taken_by_the_reactor_when_the_sender_runs_first(scp_port, dicom):
    study, series = generate_uid(), generate_uid()
    first, second = (dicom.ct_instance(study, series, n) for n in (1, 2))
    ae = AE(ae_title="LOADSCU")
    ae.add_requested_context(CTImageStorage, ExplicitVRLittleEndian)
    ae.dimse_timeout = DIMSE_TIMEOUT_S
    assoc = ae.associate("127.0.0.1", scp_port, ae_title="MEDENCLAVE")
    assert assoc.is_established
    try:
        close_reactor_race(assoc)
        _hold_reactor_after_first_store(assoc)
        assert assoc.send_c_store(first).Status == 0
        assert getattr(assoc.send_c_store(second), "Status", None) == 0
    finally:
        if assoc.is_established:
            assoc.release()
        else:
            assoc.abort()


def test_close_reactor_race_refuses_an_association_it_does_not_know():
    with pytest.raises(RuntimeError, match="reactor changed"):
        close_reactor_race(object())

"""The DICOM Upper Layer PDUs (PS3.8 9.3) and DIMSE command sets (PS3.7, implicit VR little
endian) the native engine reads and writes: pure functions, unit-tested on malformed input.
A malformed PDU raises :class:`ProtocolError`, which ends only its own association (A-ABORT).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

from pynetdicom import (
    PYNETDICOM_IMPLEMENTATION_UID,
    PYNETDICOM_IMPLEMENTATION_VERSION,
    AllStoragePresentationContexts,
)
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave_ingest.adapters.inbound.dicom.front_door import (
    TRANSFER_SYNTAXES,
    VERIFICATION_TRANSFER_SYNTAXES,
)

__all__ = [
    "IMPLEMENTATION_CLASS_UID",
    "IMPLEMENTATION_VERSION_NAME",
    "AssociateRequest",
    "ProtocolError",
    "accept_contexts",
    "encode_abort",
    "encode_associate_ac",
    "encode_associate_rj",
    "encode_command",
    "encode_pdata",
    "encode_response",
    "parse_associate_rq",
    "parse_command",
    "parse_pdata",
    "part10",
]

#: our own implementation class UID (a UUID-derived 2.25 UID) and version name
IMPLEMENTATION_CLASS_UID = "2.25.145412309800436173394672507765501682993"
IMPLEMENTATION_VERSION_NAME = "MEDENCLAVE_1"
APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1"
VERIFICATION = str(Verification)

# PDU types (PS3.8 9.3)
A_ASSOCIATE_RQ, A_ASSOCIATE_AC, A_ASSOCIATE_RJ = 0x01, 0x02, 0x03
P_DATA_TF, A_RELEASE_RQ, A_RELEASE_RP, A_ABORT = 0x04, 0x05, 0x06, 0x07
# A-ABORT reasons (source 2: service provider)
ABORT_NOT_SPECIFIED, ABORT_UNRECOGNIZED_PDU, ABORT_UNEXPECTED_PDU = 0x00, 0x01, 0x02
ABORT_INVALID_PARAMETER = 0x06
# DIMSE command fields
C_STORE_RQ, C_ECHO_RQ, C_CANCEL_RQ = 0x0001, 0x0030, 0x0FFF
NO_DATASET = 0x0101
STATUS_UNRECOGNIZED_OPERATION = 0x0211
#: biggest association-negotiation PDU we read (RQ with ~130 contexts is ~40 KiB)
MAX_CONTROL_PDU = 1024 * 1024
#: A-RELEASE-RQ/RP and A-ABORT have a 4-byte variable field (PS3.8 9.3.6-9.3.8); some slack
MAX_SHORT_PDU = 64
#: biggest DIMSE command set we reassemble (a C-STORE-RQ's is a few hundred bytes)
MAX_COMMAND_BYTES = 64 * 1024

_STORAGE = {str(c.abstract_syntax) for c in AllStoragePresentationContexts}
_STORAGE_TS = [str(ts) for ts in TRANSFER_SYNTAXES]
_VERIFICATION_TS = [str(ts) for ts in VERIFICATION_TRANSFER_SYNTAXES]


class ProtocolError(ValueError):
    """A malformed or unexpected PDU: the association is aborted with ``reason``."""

    def __init__(self, message: str, reason: int = ABORT_INVALID_PARAMETER) -> None:
        super().__init__(message)
        self.reason = reason


# -- PDU parsing and encoding (pure functions; unit tested on malformed input) -------------

@dataclass
class AssociateRequest:
    """What we need from an A-ASSOCIATE-RQ."""

    called_ae: str
    calling_ae: str
    ae_fields: bytes                         # called + calling + reserved, echoed in the AC
    application_context: str = ""
    contexts: list[tuple[int, str, list[str]]] = field(default_factory=list)
    max_pdu: int = 0                         # the requestor's maximum PDU length (0: any)
    implementation_class_uid: str = ""
    implementation_version: str = ""
    protocol_version: int = 1


#: a UID is at most 64 characters (PS3.5 9.1); a little slack for padding sent by old devices
_MAX_UID = 64


def _uid(raw: bytes) -> str:
    """A UID as sent (padding removed); not ASCII or longer than 64: a malformed PDU (A-ABORT),
    never a value that cannot be echoed back or written into the file meta."""
    value = raw.rstrip(b"\x00 ").strip()
    if len(value) > _MAX_UID or not value.isascii():
        raise ProtocolError("malformed UID")
    return value.decode("ascii")


def _items(body: bytes, start: int, end: int) -> list[tuple[int, bytes]]:
    """Items (type, reserved, 2-byte length, value) between ``start`` and ``end``."""
    items, pos = [], start
    while pos < end:
        if pos + 4 > end:
            raise ProtocolError("truncated item header")
        kind, length = body[pos], struct.unpack_from(">H", body, pos + 2)[0]
        if pos + 4 + length > end:
            raise ProtocolError("item longer than its PDU")
        items.append((kind, body[pos + 4:pos + 4 + length]))
        pos += 4 + length
    return items


def parse_associate_rq(body: bytes) -> AssociateRequest:
    """The variable field of an A-ASSOCIATE-RQ PDU (after the 6-byte PDU header).

    Raises:
        ProtocolError: malformed.
    """
    if len(body) < 68:
        raise ProtocolError("A-ASSOCIATE-RQ shorter than its fixed fields")
    (version,) = struct.unpack_from(">H", body, 0)
    rq = AssociateRequest(called_ae=_ae(body[4:20]), calling_ae=_ae(body[20:36]),
                          ae_fields=bytes(body[4:68]), protocol_version=version)
    for kind, value in _items(body, 68, len(body)):
        if kind == 0x10:
            rq.application_context = _uid(value)
        elif kind == 0x20:
            if len(value) < 4:
                raise ProtocolError("presentation context item too short")
            abstract, syntaxes = "", []
            for sub, sub_value in _items(value, 4, len(value)):
                if sub == 0x30:
                    abstract = _uid(sub_value)
                elif sub == 0x40:
                    syntaxes.append(_uid(sub_value))
            rq.contexts.append((value[0], abstract, syntaxes))
        elif kind == 0x50:
            for sub, sub_value in _items(value, 0, len(value)):
                if sub == 0x51:
                    if len(sub_value) != 4:
                        raise ProtocolError("maximum length item of the wrong size")
                    (rq.max_pdu,) = struct.unpack(">I", sub_value)
                elif sub == 0x52:
                    rq.implementation_class_uid = _uid(sub_value)
                elif sub == 0x55:
                    rq.implementation_version = sub_value.decode("ascii", "replace").strip()
                # 0x53 async ops, 0x54 role selection, 0x56-0x58: not answered, so the
                # defaults apply (synchronous operations, the requestor is the SCU)
    if not rq.contexts:
        raise ProtocolError("A-ASSOCIATE-RQ without a presentation context")
    return rq


def _ae(raw: bytes) -> str:
    return raw.decode("ascii", "replace").strip(" \x00")


def accept_contexts(contexts: list[tuple[int, str, list[str]]]
                    ) -> list[tuple[int, int, str, str]]:
    """``(id, result, abstract syntax, transfer syntax)`` per proposed context: result 0
    (the first proposed transfer syntax we support wins), 3 (abstract syntax not supported)
    or 4 (no transfer syntax supported)."""
    out = []
    for cid, abstract, syntaxes in contexts:
        if abstract == VERIFICATION:
            supported = _VERIFICATION_TS
        elif abstract in _STORAGE:
            supported = _STORAGE_TS
        else:
            out.append((cid, 3, abstract, syntaxes[0] if syntaxes else ""))
            continue
        chosen = next((ts for ts in syntaxes if ts in supported), "")
        out.append((cid, 0 if chosen else 4, abstract, chosen or (syntaxes[0] if syntaxes
                                                                    else "")))
    return out


def _item(kind: int, value: bytes) -> bytes:
    return struct.pack(">BBH", kind, 0, len(value)) + value


def _pdu(kind: int, body: bytes) -> bytes:
    return struct.pack(">BBI", kind, 0, len(body)) + body


def encode_associate_ac(rq: AssociateRequest, results: list[tuple[int, int, str, str]],
                        max_pdu: int) -> bytes:
    """The A-ASSOCIATE-AC PDU for ``rq`` with the per-context ``results``."""
    parts = [struct.pack(">HH", 1, 0), rq.ae_fields,
             _item(0x10, APPLICATION_CONTEXT.encode())]
    for cid, result, _abstract, ts in results:
        parts.append(_item(0x21, bytes((cid, 0, result, 0)) + _item(0x40, ts.encode())))
    user = (_item(0x51, struct.pack(">I", max_pdu))
            + _item(0x52, IMPLEMENTATION_CLASS_UID.encode())
            + _item(0x55, IMPLEMENTATION_VERSION_NAME.encode()))
    parts.append(_item(0x50, user))
    return _pdu(A_ASSOCIATE_AC, b"".join(parts))


def encode_associate_rj(result: int, source: int, reason: int) -> bytes:
    return _pdu(A_ASSOCIATE_RJ, bytes((0, result, source, reason)))


def encode_abort(reason: int = ABORT_NOT_SPECIFIED, source: int = 2) -> bytes:
    return _pdu(A_ABORT, bytes((0, 0, source, reason)))


RELEASE_RP = _pdu(A_RELEASE_RP, b"\x00\x00\x00\x00")


def parse_pdata(body: bytes) -> list[tuple[int, int, bytes]]:
    """The PDVs of a P-DATA-TF PDU: ``(context id, message control header, fragment)``.

    Raises:
        ProtocolError: an item that is too short or runs past the PDU.
    """
    pdvs, pos, end = [], 0, len(body)
    if not end:
        raise ProtocolError("P-DATA-TF without a PDV")
    view = memoryview(body)
    while pos < end:
        if pos + 6 > end:
            raise ProtocolError("truncated PDV item")
        (length,) = struct.unpack_from(">I", body, pos)
        if length < 2 or pos + 4 + length > end:
            raise ProtocolError("PDV item length out of bounds")
        pdvs.append((body[pos + 4], body[pos + 5], view[pos + 6:pos + 4 + length]))
        pos += 4 + length
    return pdvs


def parse_command(data: bytes) -> dict[int, bytes]:
    """A DIMSE command set (implicit VR little endian, group 0000): ``{element: value}``.

    Raises:
        ProtocolError: malformed, or not group 0000.
    """
    out, pos, end = {}, 0, len(data)
    while pos < end:
        if pos + 8 > end:
            raise ProtocolError("truncated command element")
        group, element, length = struct.unpack_from("<HHI", data, pos)
        if group != 0x0000 or pos + 8 + length > end:
            raise ProtocolError("malformed command set")
        out[element] = bytes(data[pos + 8:pos + 8 + length])
        pos += 8 + length
    return out


def _us(command: dict[int, bytes], element: int) -> int:
    value = command.get(element)
    if value is None or len(value) != 2:
        raise ProtocolError(f"command element (0000,{element:04X}) missing or malformed")
    return struct.unpack("<H", value)[0]


def _even_uid(uid: str) -> bytes:
    raw = uid.encode("ascii")
    return raw + b"\x00" if len(raw) % 2 else raw


def encode_command(elements: list[tuple[int, bytes]]) -> bytes:
    """A command set (implicit VR LE) with its group length, from ``(element, value)``."""
    body = b"".join(struct.pack("<HHI", 0, el, len(v)) + v for el, v in sorted(elements))
    return struct.pack("<HHII", 0, 0, 4, len(body)) + body


def encode_response(command_field: int, message_id: int, status: int, sop_class: str,
              sop_instance: str = "") -> bytes:
    elements = [(0x0002, _even_uid(sop_class)), (0x0100, struct.pack("<H", command_field)),
                (0x0120, struct.pack("<H", message_id)), (0x0800, struct.pack("<H", NO_DATASET)),
                (0x0900, struct.pack("<H", status))]
    if sop_instance:
        elements.append((0x1000, _even_uid(sop_instance)))
    return encode_command(elements)


def _explicit(tag: tuple[int, int], vr: bytes, value: bytes) -> bytes:
    if vr == b"OB":
        return struct.pack("<HH2sHI", tag[0], tag[1], vr, 0, len(value)) + value
    return struct.pack("<HH2sH", tag[0], tag[1], vr, len(value)) + value


def part10(dataset: bytes | Sequence[bytes], *, sop_class: str, sop_instance: str,
           transfer_syntax: str) -> bytes:
    """Preamble, file meta and ``dataset`` exactly as pynetdicom's
    ``event.encoded_dataset(include_meta=True)`` builds them (its implementation UID and
    version in the meta, as the pynetdicom engine stores them). ``dataset`` may be its
    fragments in order (the PDVs as received): they are joined once, with the meta."""
    version = str(PYNETDICOM_IMPLEMENTATION_VERSION).encode("ascii")
    if len(version) % 2:
        version += b" "
    meta = b"".join((
        _explicit((2, 0x0001), b"OB", b"\x00\x01"),
        _explicit((2, 0x0002), b"UI", _even_uid(sop_class)),
        _explicit((2, 0x0003), b"UI", _even_uid(sop_instance)),
        _explicit((2, 0x0010), b"UI", _even_uid(transfer_syntax)),
        _explicit((2, 0x0012), b"UI", _even_uid(str(PYNETDICOM_IMPLEMENTATION_UID))),
        _explicit((2, 0x0013), b"SH", version),
    ))
    fragments = [dataset] if isinstance(dataset, bytes) else list(dataset)
    return b"".join([b"\x00" * 128, b"DICM",
                     _explicit((2, 0), b"UL", struct.pack("<I", len(meta))), meta, *fragments])


def encode_pdata(context_id: int, control: int, data: bytes, peer_max: int) -> bytes:
    """One or more P-DATA-TF PDUs carrying ``data`` within the peer's maximum PDU length."""
    room = peer_max - 6 if peer_max >= 8 else len(data) or 1
    out, pos = [], 0
    while True:
        chunk = data[pos:pos + room]
        pos += len(chunk)
        last = pos >= len(data)
        pdv = struct.pack(">IBB", len(chunk) + 2, context_id, control | (2 if last else 0))
        out.append(_pdu(P_DATA_TF, pdv + chunk))
        if last:
            return b"".join(out)

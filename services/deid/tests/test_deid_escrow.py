"""Re-identification escrow: sealed to the officer's public key, opened only by the right key."""

from __future__ import annotations

import io

import pydicom
import pytest

from medenclave.storage import make_engine
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore
from medenclave_deid.core.escrow import (
    ESCROW_KEY_MISSING,
    EscrowClerk,
    EscrowKeyError,
    EscrowSealer,
    Identity,
    generate_officer_keypair,
    identity_from_dataset,
    open_sealed,
)
from medenclave_deid.core.pseudonyms import new_pseudonym


@pytest.fixture
def store(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'deid.db'}")
    yield SqlEscrowStore(engine)
    engine.dispose()


def _identity(make_instance, pseudonym: str) -> Identity:
    ds = pydicom.dcmread(io.BytesIO(make_instance(0)), stop_before_pixels=True)
    return identity_from_dataset(ds, pseudonym=pseudonym)


def test_round_trip_only_with_the_right_key(make_instance, store, tmp_path):
    private_pem, public_pem = generate_officer_keypair()
    other_private, _ = generate_officer_keypair()
    pseudonym = new_pseudonym()
    identity = _identity(make_instance, pseudonym)
    assert identity.patient_id == "MRN55501234"
    assert identity.patient_name.startswith("Wang^XiaoDong=王^小东")
    assert identity.patient_birth_date == "19671123"
    clerk = EscrowClerk(store=store, sealer=EscrowSealer(public_pem))
    assert clerk.record(identity) == ""

    entry = store.get(pseudonym=pseudonym)
    assert entry is not None and entry.key_id.startswith("x25519:")
    for value in ("MRN55501234", "19671123", "Wang", "王"):  # nothing readable at rest
        assert value.encode("utf-8") not in entry.sealed
    # a database dump does not hold it either
    assert b"MRN55501234" not in (tmp_path / "deid.db").read_bytes()

    assert open_sealed(entry.sealed, pseudonym=pseudonym, private_key_pem=private_pem) == identity
    with pytest.raises(EscrowKeyError):
        open_sealed(entry.sealed, pseudonym=pseudonym, private_key_pem=other_private)
    with pytest.raises(EscrowKeyError):  # bound to its pseudonym: not movable to another row
        open_sealed(entry.sealed, pseudonym=new_pseudonym(), private_key_pem=private_pem)
    tampered = entry.sealed[:-1] + bytes([entry.sealed[-1] ^ 1])
    with pytest.raises(EscrowKeyError):
        open_sealed(tampered, pseudonym=pseudonym, private_key_pem=private_pem)


def test_deid_own_keys_cannot_open_it(make_instance, store, tmp_path):
    """deid holds the public key and its own symmetric/HMAC secrets: none of them opens it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from medenclave.security.crypto import load_or_create_secret

    private_pem, public_pem = generate_officer_keypair()
    pseudonym = new_pseudonym()
    EscrowClerk(store=store, sealer=EscrowSealer(public_pem)).record(
        _identity(make_instance, pseudonym))
    sealed = store.get(pseudonym=pseudonym).sealed
    keys = tmp_path / "deid" / "keys"
    for name in ("uid", "pseudonym", "kek"):  # deid's secrets, used as X25519 private keys
        secret = load_or_create_secret(keys, name)
        as_private = X25519PrivateKey.from_private_bytes(secret).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        with pytest.raises(EscrowKeyError):
            open_sealed(sealed, pseudonym=pseudonym, private_key_pem=as_private)
    with pytest.raises(EscrowKeyError):  # the public key is not a private key
        open_sealed(sealed, pseudonym=pseudonym, private_key_pem=public_pem)
    with pytest.raises(EscrowKeyError):
        EscrowSealer(private_pem)  # deid is never handed a private key by mistake
    assert open_sealed(sealed, pseudonym=pseudonym, private_key_pem=private_pem).pseudonym == \
        pseudonym


def test_passphrase_protected_private_key(make_instance, store):
    private_pem, public_pem = generate_officer_keypair(password=b"officer passphrase")
    pseudonym = new_pseudonym()
    EscrowClerk(store=store, sealer=EscrowSealer(public_pem)).record(
        _identity(make_instance, pseudonym))
    sealed = store.get(pseudonym=pseudonym).sealed
    with pytest.raises(EscrowKeyError):
        open_sealed(sealed, pseudonym=pseudonym, private_key_pem=private_pem)
    assert open_sealed(sealed, pseudonym=pseudonym, private_key_pem=private_pem,
                       password=b"officer passphrase").patient_id == "MRN55501234"


def test_no_key_records_the_reason_and_a_later_key_seals(make_instance, store):
    pseudonym = new_pseudonym()
    identity = _identity(make_instance, pseudonym)
    assert EscrowClerk(store=store, sealer=None).record(identity) == ESCROW_KEY_MISSING
    entry = store.get(pseudonym=pseudonym)
    assert (entry.sealed, entry.reason_code) == (b"", ESCROW_KEY_MISSING)
    private_pem, public_pem = generate_officer_keypair()
    EscrowClerk(store=store, sealer=EscrowSealer(public_pem)).record(identity)
    entry = store.get(pseudonym=pseudonym)
    assert entry.reason_code == "" and open_sealed(
        entry.sealed, pseudonym=pseudonym, private_key_pem=private_pem) == identity
    # a keyless run afterwards never overwrites the sealed entry
    EscrowClerk(store=store, sealer=None).record(identity)
    assert store.get(pseudonym=pseudonym).sealed == entry.sealed


def _handler_run(tmp_path, profile, pseudonym_index, make_instance, clerk):
    import asyncio

    from medenclave.bus import Event
    from medenclave.v1 import events_pb2
    from medenclave_deid.adapters.inbound.consumer import StudyReceivedHandler
    from medenclave_deid.adapters.outbound.sql_store import SqlStudyStore
    from medenclave_deid.core.deidentifier import StudyDeidentifier
    from medenclave_deid.core.pseudonyms import PatientPseudonyms

    class Store(dict):
        def put(self, key, data):
            self[key] = data

    class Source:
        async def fetch(self, *, study_ref, instance_refs):
            yield "in-0", make_instance(0)

    class Sink:
        async def publish(self, subject, message, *, msg_id):
            self.last = message

        async def record(self, **kwargs):
            return None

    sink = Sink()
    engine = make_engine(f"sqlite:///{tmp_path / 'handler.db'}")
    handler = StudyReceivedHandler(
        deidentifier=StudyDeidentifier(profile=profile, uid_secret=b"u" * 32,
                                       pseudonyms=PatientPseudonyms(secret=b"p" * 32,
                                                                    index=pseudonym_index)),
        studies=SqlStudyStore(engine), store=Store(), source=Source(), bus=lambda: sink,
        audit=lambda: sink, escrow=clerk)
    msg = events_pb2.StudyReceived(study_ref="st-1", completion=1, instance_refs=["in-0"])
    asyncio.run(handler(Event(subject="dicom.study.received.v1", data=msg.SerializeToString(),
                              headers={}, num_delivered=1)))
    engine.dispose()
    return sink.last.pseudo_patient_id


def test_the_handler_seals_on_completion(tmp_path, profile, pseudonym_index, make_instance,
                                         store):
    private_pem, public_pem = generate_officer_keypair()
    pseudonym = _handler_run(tmp_path, profile, pseudonym_index, make_instance,
                             EscrowClerk(store=store, sealer=EscrowSealer(public_pem)))
    identity = open_sealed(store.get(pseudonym=pseudonym).sealed, pseudonym=pseudonym,
                           private_key_pem=private_pem)
    assert (identity.patient_id, identity.issuer_of_patient_id) == ("MRN55501234", "SEMH")


def test_the_handler_without_a_key_still_deidentifies(tmp_path, profile, pseudonym_index,
                                                      make_instance, store):
    pseudonym = _handler_run(tmp_path, profile, pseudonym_index, make_instance,
                             EscrowClerk(store=store, sealer=None))
    assert pseudonym.startswith("PSN-")  # the completion was published
    assert store.get(pseudonym=pseudonym).reason_code == ESCROW_KEY_MISSING


def test_service_key_configuration(tmp_path):
    from medenclave.config import ConfigError
    from medenclave_deid.config import DeidSettings
    from medenclave_deid.main import DeidService

    required = DeidSettings(data_dir=tmp_path / "a", escrow_required=True)
    with pytest.raises(ConfigError, match="ESCROW_REQUIRED"):
        DeidService(required)
    bad = tmp_path / "bad.pem"
    bad.write_bytes(generate_officer_keypair()[0])  # a private key where the public belongs
    with pytest.raises(ConfigError, match="ESCROW_PUBLIC_KEY_FILE"):
        DeidService(DeidSettings(data_dir=tmp_path / "b", escrow_public_key_file=bad))
    keys = tmp_path / "c" / "deid" / "keys"
    keys.mkdir(parents=True)
    (keys / "escrow-public.pem").write_bytes(generate_officer_keypair()[1])
    service = DeidService(DeidSettings(data_dir=tmp_path / "c", escrow_required=True))
    assert service.escrow_clerk.sealing
    service.engine.dispose()
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: r\n    regions: [[0, 0, 0, 1]]\n")
    with pytest.raises(ConfigError, match="MASK_RULES_FILE"):
        DeidService(DeidSettings(data_dir=tmp_path / "d", mask_rules_file=rules))

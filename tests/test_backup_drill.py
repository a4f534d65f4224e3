"""The restore drill: back up a running stack, restore into an empty data dir, start the stack
there, and check studies, pseudonyms, model answers and the audit chain across the restore.
Plus the attacks on ``medenclave backup``: a flipped byte, a world-readable key, a hostile chunk.

The backup is taken while the stack runs: the databases through SQLite's online backup API,
JetStream's streams through its snapshot API; the restored stack finds every stream with its
messages and its durable consumers where they were (nothing redelivered, nothing lost).
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from pydicom import dcmread
from pydicom.uid import generate_uid

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.v1 import deid_pb2, deid_pb2_grpc
from medenclave_cli.commands.studies import collect_studies
from medenclave_cli.demo import MODEL_NAME, run_journey
from medenclave_cli.supervisor import Endpoints, Stack, StackConfig
from medenclave_cli.synthetic import make_cohort

CLI = [sys.executable, "-m", "medenclave_cli.main"]
SEED = 3


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.3)


def _token(data_dir: Path, role: str) -> StaticToken:
    key = load_or_create_signing_key(data_dir / "access" / "keys")
    return StaticToken(TokenIssuer(key).issue(subject=f"drill-{role}", role=role, ttl_s=600)[0])


async def _pseudo_study_id(eps: Endpoints, token: StaticToken, study_uid: str) -> str:
    async with secure_channel(eps.grpc["deid"], token) as ch:
        table = await deid_pb2_grpc.DeidServiceStub(ch).DeidentifyTable(
            deid_pb2.DeidentifyTableRequest(csv=f"StudyInstanceUID,x\n{study_uid},1\n".encode(),
                                            study_uid_column="StudyInstanceUID"), timeout=30)
    return next(csv.DictReader(io.StringIO(table.csv.decode())))["pseudo_study_id"]


async def _patient_pseudonym(eps: Endpoints, token: StaticToken, pseudo_study_id: str) -> str:
    async with secure_channel(eps.grpc["deid"], token) as ch:
        async for inst in deid_pb2_grpc.DeidServiceStub(ch).FetchStudy(
                deid_pb2.FetchStudyRequest(pseudo_study_id=pseudo_study_id)):
            return str(dcmread(io.BytesIO(inst.dicom)).PatientID)
    raise AssertionError("no instance")


def _predict(eps: Endpoints, data_dir: Path) -> np.ndarray:
    import tritonclient.grpc as grpcclient

    headers = {"authorization": f"Bearer {asyncio.run(_token(data_dir, 'clinician').token())}"}
    client = grpcclient.InferenceServerClient(eps.triton)
    _wait(lambda: client.is_model_ready(MODEL_NAME, headers=headers), 60, "model ready")
    batch = np.random.default_rng(7).normal(size=(4, 1, 64, 64)).astype(np.float32)
    inp = grpcclient.InferInput("image", list(batch.shape), "FP32")
    inp.set_data_from_numpy(batch)
    out = client.infer(MODEL_NAME, [inp], headers=headers,
                       outputs=[grpcclient.InferRequestedOutput("probabilities")])
    return out.as_numpy("probabilities")


def _push_new_study_of(patient_instance: bytes, eps: Endpoints) -> str:
    """A new study (fresh UIDs) of the same patient, sent by C-STORE; its Study Instance UID."""
    from pynetdicom import AE
    from pynetdicom.sop_class import CTImageStorage

    ds = dcmread(io.BytesIO(patient_instance))
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ae = AE(ae_title="DRILL")
    ae.add_requested_context(CTImageStorage)
    assoc = ae.associate(eps.dicom_host, eps.dicom_port, ae_title=eps.ae_title)
    assert assoc.is_established
    try:
        assert assoc.send_c_store(ds).Status == 0
    finally:
        assoc.release()
    return str(ds.StudyInstanceUID)


def _deidentified(eps: Endpoints, token: StaticToken, n: int) -> list[dict]:
    def done():
        rows = asyncio.run(collect_studies(eps.grpc, token))
        ok = [r for r in rows if r["state"] == "de-identified"]
        return ok if len(ok) >= n else None

    return _wait(done, 90, f"{n} de-identified studies")


def _sign_checkpoint(data_dir: Path, out: Path) -> None:
    """``audit export`` through the running audit service signs a fresh checkpoint first."""
    token = asyncio.run(_token(data_dir, "auditor").token())
    done = _cli("audit", "export", "--data-dir", str(data_dir), "--token", token,
                "--out", str(out))
    assert done.returncode == 0, done.stderr
    checked = _cli("audit", "check-export", str(out), "--data-dir", str(data_dir), "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _streams(eps: Endpoints, data_dir: Path) -> dict[str, tuple[int, int, dict[str, int]]]:
    """stream → (first sequence, last sequence, {durable consumer: acknowledged floor})."""
    import nats

    from medenclave_cli.embedded_nats import admin_credentials

    async def read() -> dict:
        nc = await nats.connect(eps.nats_url, **admin_credentials(data_dir, eps.nats_url))
        js, out = nc.jetstream(), {}
        for info in await js.streams_info():
            floors = {c.name: c.ack_floor.stream_seq
                      for c in await js.consumers_info(info.config.name)}
            out[info.config.name] = (info.state.first_seq, info.state.last_seq, floors)
        await nc.close()
        return out

    return asyncio.run(read())


def _audit(data_dir: Path) -> dict:
    out = _cli("audit", "verify", "--data-dir", str(data_dir), "--json")
    assert out.returncode == 0, out.stdout + out.stderr
    return json.loads(out.stdout)


@pytest.mark.slow
def test_restore_drill(tmp_path):
    source, restored, keys = tmp_path / "source", tmp_path / "restored", tmp_path / "keys"
    assert _cli("backup", "keygen", "--out", str(keys)).returncode == 0
    cohort = make_cohort(6, instances_per_study=2, seed=SEED)
    archive = tmp_path / "drill.meb"

    stack = Stack(StackConfig(data_dir=source, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    try:
        summary = asyncio.run(run_journey(stack, eps, n_studies=6, instances=2, epochs=0,
                                          seed=SEED, quiet=True))
        assert summary["studies_deidentified"] == 6
        token = _token(source, "ai_engineer")
        before_rows = _deidentified(eps, token, 6)
        pseudo = asyncio.run(_pseudo_study_id(eps, token, cohort[0].study_uid))
        patient = asyncio.run(_patient_pseudonym(eps, token, pseudo))
        answer = _predict(eps, source)
        _sign_checkpoint(source, tmp_path / "before.jsonl")
        streams_before = _streams(eps, source)   # the snapshot holds at least this
        made = _cli("backup", "create", "--data-dir", str(source), "--out", str(archive),
                    "--public-key", str(keys / "backup-public.pem"), "--json")  # stack running
        assert made.returncode == 0, made.stderr
        assert json.loads(made.stdout)["notes"]["jetstream"].startswith("snapshot of ")
    finally:
        stack.stop()
    audit_before = _audit(source)

    private = str(keys / "backup-private.pem")
    assert _cli("backup", "verify", str(archive), "--private-key", private).returncode == 0
    done = _cli("backup", "restore", str(archive), "--data-dir", str(restored),
                "--private-key", private)
    assert done.returncode == 0, done.stderr
    assert not (restored / "logs").exists() and not (restored / "endpoints.json").exists()

    stack = Stack(StackConfig(data_dir=restored, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    try:
        # JetStream came back: the same streams from the same first event, no event lost, and
        # every durable consumer at least where it was (nothing is processed twice)
        streams_after = _streams(eps, restored)
        assert set(streams_after) == set(streams_before)
        for name, (first, last, floors) in streams_before.items():
            assert streams_after[name][1] >= last, name
            assert not last or streams_after[name][0] == first, name   # empty: no first event
            for durable, floor in floors.items():
                assert streams_after[name][2][durable] >= floor, (name, durable)
        assert streams_before["DICOM"][1] > 0 and streams_before["DEID"][1] > 0
        token = _token(restored, "ai_engineer")
        after_rows = _deidentified(eps, token, 6)
        assert {r["pseudo_study_id"] for r in after_rows} == \
            {r["pseudo_study_id"] for r in before_rows}
        assert asyncio.run(_pseudo_study_id(eps, token, cohort[0].study_uid)) == pseudo
        # the same patient comes back in a new study: the same patient pseudonym
        new_uid = _push_new_study_of(cohort[0].instances[0], eps)
        _deidentified(eps, token, 7)
        new_pseudo = asyncio.run(_pseudo_study_id(eps, token, new_uid))
        assert new_pseudo != pseudo
        assert asyncio.run(_patient_pseudonym(eps, token, new_pseudo)) == patient
        np.testing.assert_array_equal(_predict(eps, restored), answer)
        _sign_checkpoint(restored, tmp_path / "after.jsonl")
    finally:
        stack.stop()
    audit_after = _audit(restored)
    assert audit_after["valid"] and audit_after["trusted_key"]
    assert audit_before["valid"] and audit_before["checkpoints"] >= 1
    # the checkpoint signed before the backup and the one signed after the restore both verify
    # against the restored chain (consistency across the restore)
    assert audit_after["checkpoints"] >= 2
    assert audit_after["records"] >= audit_after["checkpoint_size"]


# -- attacks -------------------------------------------------------------------------------------
@pytest.fixture
def small_backup(tmp_path):
    """A data dir with a database and a key, its archive and the operator's keys."""
    data = tmp_path / "data"
    (data / "svc" / "keys").mkdir(parents=True)
    (data / "svc" / "keys" / "kek.key").write_bytes(os.urandom(32))
    import sqlite3

    db = sqlite3.connect(data / "svc" / "svc.db")
    db.execute("CREATE TABLE t (v)")
    db.commit()
    db.close()
    keys = tmp_path / "keys"
    assert _cli("backup", "keygen", "--out", str(keys)).returncode == 0
    archive = tmp_path / "b.meb"
    made = _cli("backup", "create", "--data-dir", str(data), "--out", str(archive),
                "--public-key", str(keys / "backup-public.pem"))
    assert made.returncode == 0, made.stderr
    return archive, keys / "backup-private.pem"


def test_a_flipped_byte_is_refused_by_verify_and_restore_and_nothing_is_written(small_backup,
                                                                               tmp_path):
    archive, private = small_backup
    raw = bytearray(archive.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    bad = tmp_path / "bad.meb"
    bad.write_bytes(bytes(raw))
    verify = _cli("backup", "verify", str(bad), "--private-key", str(private))
    assert verify.returncode == 1
    assert "backup verify refused: archive altered" in verify.stderr
    target = tmp_path / "target"
    restore = _cli("backup", "restore", str(bad), "--data-dir", str(target),
                   "--private-key", str(private))
    assert restore.returncode == 1
    assert "backup restore refused: archive altered" in restore.stderr
    assert not target.exists()


def test_a_world_readable_private_key_is_refused(small_backup, tmp_path):
    archive, private = small_backup
    os.chmod(private, 0o644)
    for args in (["verify", str(archive)],
                 ["restore", str(archive), "--data-dir", str(tmp_path / "t")]):
        out = _cli("backup", *args, "--private-key", str(private))
        assert out.returncode == 1
        assert "accessible by group/others (mode 0644)" in out.stderr
        assert "chmod 600" in out.stderr
    assert not (tmp_path / "t").exists()


def test_a_hostile_chunk_length_is_refused_with_bounded_memory(small_backup, tmp_path):
    """A 4 GiB chunk length in the archive: refused before anything is read into memory."""
    archive, private = small_backup
    raw = bytearray(archive.read_bytes())
    raw[49:53] = struct.pack(">I", 0xFFFFFFFF)
    bad = tmp_path / "huge.meb"
    bad.write_bytes(bytes(raw))
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child of a big pytest
    # process would report the parent's peak
    probe = ("import sys; from medenclave_cli.main import main; "
             "rc = main(sys.argv[1:]); "
             "print('maxrss_kib', [l.split()[1] for l in open('/proc/self/status') "
             "if l.startswith('VmHWM')][0]); "
             "sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", probe, "backup", "verify", str(bad),
                          "--private-key", str(private)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1
    assert "bad length" in out.stderr
    maxrss_kib = int(out.stdout.split("maxrss_kib")[1])
    assert maxrss_kib < 400 * 1024  # the interpreter and its imports, not a 4 GiB buffer


def test_jetstream_is_copied_only_while_no_stack_runs(tmp_path):
    data = tmp_path / "data"
    (data / "nats" / "js").mkdir(parents=True)
    (data / "nats" / "js" / "1.blk").write_bytes(b"stream")
    (data / "logs").mkdir()
    (data / "logs" / "x.log").write_text("x")
    keys = tmp_path / "keys"
    assert _cli("backup", "keygen", "--out", str(keys)).returncode == 0
    public = str(keys / "backup-public.pem")
    stopped = _cli("backup", "create", "--data-dir", str(data), "--out", str(tmp_path / "a"),
                   "--public-key", public, "--json")
    assert json.loads(stopped.stdout)["notes"]["jetstream"] == "included (stack stopped)"
    (data / "endpoints.json").write_text("{}")  # what `up` records while the stack runs
    # the store's files are never copied while it runs (tests/test_backup_jetstream.py: the
    # running stack's streams go in through JetStream's snapshot API instead)
    running = _cli("backup", "create", "--data-dir", str(data), "--out", str(tmp_path / "b"),
                   "--public-key", public, "--json", "--skip-jetstream")
    assert json.loads(running.stdout)["notes"]["jetstream"].startswith("not included")
    private = str(keys / "backup-private.pem")
    for name, has_nats in (("a", True), ("b", False)):
        target = tmp_path / f"r-{name}"
        assert _cli("backup", "restore", str(tmp_path / name), "--data-dir", str(target),
                    "--private-key", private).returncode == 0
        assert (target / "nats" / "js" / "1.blk").exists() is has_nats
        assert not (target / "logs").exists() and not (target / "endpoints.json").exists()

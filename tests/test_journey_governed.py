"""Issue 12's journey, end to end on the embedded default (every service its own OS process, a
real nats-server, dcmtk's storescu, the real tritonclient), driven by the ``medenclave`` CLI:

studies of eight patients pushed with storescu → de-identified → a dataset from the
hospital's StudyInstanceUID table → ``train --dataset --wait`` (with a transform chain) → a
candidate nothing serves → approved by an approver (the trainer with the approver role is
refused: four eyes) → tritonclient answers with that version → a second version trained and
approved → rolled back to the first. After each step: the served version and the audit
records of that step.

Assertions are on outcomes and published facts; nothing here measures time.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from medenclave import preprocess
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave_cli.main import main as medenclave
from medenclave_cli.supervisor import Stack, StackConfig
from medenclave_cli.synthetic import make_cohort
from medenclave_training.core.transforms import job_chain

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    shutil.which("storescu") is None, reason="dcmtk's storescu not installed (apt-get install dcmtk)")]

SIZE = 16
NAME = "journey"
JOB = f"""
training: {{epochs: 1, seed: 2}}
data: {{image_size: {SIZE}}}
transforms:
  - {{name: frames}}
  - {{name: rescale}}
  - {{name: window, args: {{a_min: -200, a_max: 600}}}}
  - {{name: resize, args: {{spatial_size: [{SIZE}, {SIZE}], mode: area}}}}
"""


def _wait(predicate, timeout: float, what: str):
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


class Journey:
    """The CLI in-process against the running stack, one token per person."""

    def __init__(self, data_dir: Path, capsys) -> None:
        key = load_or_create_signing_key(data_dir / "access" / "keys")
        issue = TokenIssuer(key).issue
        self.tokens = {who: issue(subject=subject, role=role, ttl_s=900)[0] for who, (
            subject, role) in {"engineer": ("eve", "ai_engineer"),
                               "eve-approver": ("eve", "approver"),
                               "approver": ("ann", "approver"),
                               "radiologist": ("rad", "radiologist"),
                               "auditor": ("aud", "auditor"),
                               "clinician": ("ris", "clinician")}.items()}
        self.data_dir = data_dir
        self.capsys = capsys

    def cli(self, who: str, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        message = ""
        try:
            code = medenclave([*args, "--data-dir", str(self.data_dir),
                               "--token", self.tokens[who]])
        except SystemExit as exc:  # argparse, or a command's message
            code = exc.code if isinstance(exc.code, int) else 2
            message = "" if isinstance(exc.code, int) or exc.code is None else str(exc.code)
        out = self.capsys.readouterr()
        return code, out.out, out.err + message

    def json(self, who: str, *args: str):
        code, out, err = self.cli(who, *args, "--json")
        assert code == 0, err
        return json.loads(out)

    def audit(self, action: str, resource: str = "") -> list[dict]:
        code, out, err = self.cli("auditor", "audit", "query", "--action", action,
                                  "--resource", resource, "--limit", "1000")
        assert code == 0, err
        return [json.loads(line)["record"] for line in out.splitlines() if line.strip()]

    def audited(self, action: str, resource: str = "", *, subject: str = "",
                outcome: str = "success", count: int = 1) -> list[dict]:
        """Wait until ``count`` records of the step are in the audit log (they travel over
        the bus); returns them."""
        def found():
            rows = [r for r in self.audit(action, resource) if r["outcome"] == outcome
                    and (not subject or r.get("subject") == subject)]
            return rows if len(rows) >= count else None
        try:
            return _wait(found, 30, f"{count} audit record(s) {action} {resource} {outcome}")
        except AssertionError as exc:  # name what the log does hold
            raise AssertionError(f"{exc}; found {self.audit(action, resource)}") from None


def _infer(triton: str, token: str) -> str:
    """The version tritonclient's answer names (the served one: no version asked for)."""
    import tritonclient.grpc as tc

    client = tc.InferenceServerClient(triton)
    try:
        image = np.zeros((1, 1, SIZE, SIZE), np.float32)
        inp = tc.InferInput("image", list(image.shape), "FP32")
        inp.set_data_from_numpy(image)
        result = client.infer(NAME, [inp], headers={"authorization": f"Bearer {token}"})
        assert result.as_numpy("probabilities").shape == (1, 2)
        return result.get_response().model_version
    finally:
        client.close()


def _predict_study(endpoint: str, token: str, study: str):
    """Inference's Predict by de-identified study: the version's preprocess.json applied."""
    from medenclave.rpc import StaticToken, secure_channel
    from medenclave.v1 import inference_pb2, inference_pb2_grpc

    async def call():
        async with secure_channel(endpoint, StaticToken(token)) as ch:
            return await inference_pb2_grpc.InferenceServiceStub(ch).Predict(
                inference_pb2.PredictRequest(model_name=NAME, pseudo_study_id=study),
                timeout=60)
    return asyncio.run(call())


def _served(triton: str, token: str) -> str:
    try:
        return _infer(triton, token)
    except Exception:  # not (yet) served: tritonclient raises InferenceServerException
        return ""


def test_storescu_dataset_train_approve_infer_rollback(tmp_path, capsys):
    data_dir = tmp_path / "data"
    stack = Stack(StackConfig(data_dir=data_dir, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    try:
        j = Journey(data_dir, capsys)
        clinician = j.tokens["clinician"]
        # 1. eight patients' studies through the real DICOM listener
        cohort = make_cohort(8, instances_per_study=2, seed=3, size=32)
        files = []
        for s_i, study in enumerate(cohort):
            for i, raw in enumerate(study.instances):
                files.append(tmp_path / f"{s_i}-{i}.dcm")
                files[-1].write_bytes(raw)
        sent = subprocess.run(["storescu", "-aec", eps.ae_title, eps.dicom_host,
                               str(eps.dicom_port), *map(str, files)], capture_output=True,
                              text=True, timeout=120)
        assert sent.returncode == 0, sent.stderr

        def deidentified():
            rows = j.json("radiologist", "studies", "list")
            return rows if sum(r["state"] == "de-identified" for r in rows) == 8 else None

        _wait(deidentified, 90, "eight studies de-identified")
        assert len(j.audited("deid.study", count=8)) >= 8

        # 2. a dataset from the hospital's own StudyInstanceUIDs
        table = tmp_path / "labels.csv"
        table.write_text("study_instance_uid,label\n" + "".join(
            f"{s.study_uid},{s.label}\n" for s in cohort))

        def create():
            code, out, err = j.cli("engineer", "datasets", "create", NAME, "--labels",
                                   str(table), "--split", "0.5,0.25,0.25", "--seed", "1",
                                   "--json")
            # training learns of de-identified studies from deid's events, a moment later
            assert code == 0 or "study_not_deidentified" in err, err
            return json.loads(out) if code == 0 else None

        made = _wait(create, 60, "the dataset")
        assert (made["version"], made["studies"], made["patients"]) == (1, 8, 8)
        assert not any(s.study_uid in json.dumps(made) for s in cohort)
        j.audited("training.dataset.create", subject="eve")

        # 3. train with the config's transform chain: a candidate nothing serves
        config = tmp_path / "job.yaml"
        config.write_text(JOB)
        first = j.json("engineer", "train", "--dataset", f"{NAME}:1", "--config", str(config),
                       "--wait")
        assert (first["state"], first["model"], first["version"]) == ("SUCCEEDED", NAME, 1)
        assert {"auc", "sensitivity", "specificity", "ece"} <= set(first["metrics"])
        saved = data_dir / "model-repository" / NAME / "1" / preprocess.PREPROCESS_FILE
        assert preprocess.loads(saved.read_bytes()) == job_chain(JOB, SIZE)
        j.audited("training.job.start", subject="eve")
        assert [r["reason"] for r in j.audited("training.run", first["job"], count=2)] == [
            "started", "succeeded"]
        j.audited("model.register", f"{NAME}:1")
        card = j.json("engineer", "models", "show", f"{NAME}:1")
        assert (card["stage"], card["served"], card["trained_by"]) == ("candidate", False, "eve")
        assert (card["dataset"], card["manifest_sha256"]) == (NAME, made["manifest_sha256"])
        assert _served(eps.triton, clinician) == ""

        # 4. four eyes: eve holding the approver role is refused; ann approves
        code, _, err = j.cli("eve-approver", "models", "approve", f"{NAME}:1", "--reason", "ok")
        assert code != 0 and "approver_trained_model" in err
        j.audited("model.approve", f"{NAME}:1", subject="eve", outcome="denied")
        card = j.json("approver", "models", "approve", f"{NAME}:1", "--reason", "reviewed")
        assert (card["stage"], card["served"], card["approved_by"]) == ("approved", True, "ann")
        j.audited("model.approve", f"{NAME}:1", subject="ann")

        # 5. tritonclient: the answer names the approved version
        _wait(lambda: _served(eps.triton, clinician) == "1", 60, "version 1 served")
        j.audited("model.predict", f"{NAME}:1", subject="ris")
        # Predict by study: the job's transform chain (preprocess.json) applied by inference
        study = made["splits"]["test"][0]["study"]
        answer = _predict_study(eps.grpc["inference"], clinician, study)
        assert (answer.version, answer.instances, list(answer.shape)) == (1, 2, [2, 2])

        # 6. a second version: a candidate (1 still served) until approved
        second = j.json("engineer", "train", "--dataset", NAME, "--config", str(config),
                        "--epochs", "2", "--wait")
        assert (second["state"], second["version"]) == ("SUCCEEDED", 2)
        j.audited("model.register", f"{NAME}:2")
        assert _infer(eps.triton, clinician) == "1"
        j.json("approver", "models", "approve", f"{NAME}:2", "--reason", "more epochs")
        j.audited("model.approve", f"{NAME}:2", subject="ann")
        _wait(lambda: _served(eps.triton, clinician) == "2", 60, "version 2 served")
        j.audited("model.predict", f"{NAME}:2", subject="ris")

        # 7. rollback: version 1 at once
        before = len(j.audited("model.predict", f"{NAME}:1", subject="ris"))
        back = j.json("approver", "models", "rollback", NAME, "--to", "1", "--reason", "drift")
        assert (back["version"], back["served"]) == (1, True)
        j.audited("model.rollback", f"{NAME}:1", subject="ann")
        _wait(lambda: _served(eps.triton, clinician) == "1", 60, "rolled back to version 1")
        j.audited("model.predict", f"{NAME}:1", subject="ris", count=before + 1)
        cards = {c: j.json("engineer", "models", "show", f"{NAME}:{c}") for c in (1, 2)}
        assert [(c["stage"], c["served"]) for c in cards.values()] == [
            ("approved", True), ("approved", False)]
        assert cards[2]["config_sha256"] != cards[1]["config_sha256"]  # --epochs 2
    finally:
        stack.stop()
    # the audit chain of the whole journey is intact
    verify = subprocess.run([sys.executable, "-m", "medenclave_cli.main", "audit", "verify",
                             "--data-dir", str(data_dir), "--json"], capture_output=True,
                            text=True, timeout=120)
    assert verify.returncode == 0 and json.loads(verify.stdout)["valid"] is True, verify.stderr

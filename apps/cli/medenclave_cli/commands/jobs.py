"""``medenclave train --dataset NAME[:VERSION] --config JOB.yaml`` and
``medenclave jobs list|show|cancel|logs``: training jobs on the running stack."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["job_dict", "register"]

_FINISHED = ("SUCCEEDED", "FAILED", "CANCELLED")
MAX_CONFIG_BYTES = 256 * 1024


def job_dict(j) -> dict:
    """The JSON form of a training.v1 Job: job, state, model, version, metrics and lineage."""
    try:
        metrics = json.loads(j.metrics_json) if j.metrics_json else {}
    except ValueError:
        metrics = {}
    return {"job": j.job_id, "state": j.state, "model": j.model_name,
            "version": j.model_version, "metrics": metrics, "error_code": j.error_code,
            "dataset": j.dataset, "dataset_version": j.dataset_version,
            "manifest_sha256": j.manifest_sha256, "studies": j.studies, "images": j.images,
            "trace_id": j.trace_id}


def _print_job(d: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(d, indent=2))
        return
    lineage = f" dataset={d['dataset']}:{d['dataset_version']}" if d["dataset"] else ""
    model = f" model={d['model']}:{d['version']}" if d["version"] else f" model={d['model']}"
    error = f" error={d['error_code']}" if d["error_code"] else ""
    print(f"{d['job']}  {d['state']}{model}{lineage}{error}")


async def _call(ns: argparse.Namespace, method: str, request, timeout: float = 60):
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import training_pb2_grpc

    async with secure_channel(stack_endpoint(ns, "training"), stack_token(ns)) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        try:
            return await getattr(stub, method)(request, timeout=timeout)
        except grpc.aio.AioRpcError as exc:
            raise SystemExit(f"{method}: {exc.code().name}: {exc.details()}") from None


async def train(ns: argparse.Namespace) -> int:
    import asyncio  # running already (main started the loop); loaded with the command only

    from medenclave.v1 import training_pb2

    config = Path(ns.config).read_bytes() if ns.config else b""
    if len(config) > MAX_CONFIG_BYTES:
        raise SystemExit(f"--config: larger than {MAX_CONFIG_BYTES} bytes")
    model = ns.model_name or ns.dataset.partition(":")[0]
    job = await _call(ns, "StartJob", training_pb2.StartJobRequest(
        model_name=model, dataset=ns.dataset, config_yaml=config, epochs=ns.epochs))
    deadline = time.monotonic() + ns.wait_timeout
    while ns.wait and job.state not in _FINISHED and time.monotonic() < deadline:
        await asyncio.sleep(1.0)
        job = await _call(ns, "GetJob", training_pb2.GetJobRequest(job_id=job.job_id))
    _print_job(job_dict(job), ns.json)
    return 1 if job.state in ("FAILED", "CANCELLED") else 0


async def jobs_list(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    reply = await _call(ns, "ListJobs", training_pb2.ListJobsRequest())
    rows = [job_dict(j) for j in reply.jobs]
    if ns.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            _print_job(r, False)
    return 0


async def jobs_show(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    _print_job(job_dict(await _call(ns, "GetJob", training_pb2.GetJobRequest(job_id=ns.job))),
               ns.json)
    return 0


async def jobs_cancel(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    job = await _call(ns, "CancelJob", training_pb2.CancelJobRequest(job_id=ns.job))
    _print_job(job_dict(job), ns.json)
    return 0


async def jobs_logs(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    reply = await _call(ns, "GetJobLogs", training_pb2.GetJobLogsRequest(job_id=ns.job))
    lines = [{"at": x.at.ToJsonString(), "line": x.line} for x in reply.lines]
    if ns.json:
        print(json.dumps(lines, indent=2))
    else:
        for x in lines:
            print(f"{x['at']}  {x['line']}")
    return 0


def register(registry: CommandRegistry) -> None:
    """Add ``train`` and ``jobs list|show|cancel|logs``."""
    text = "train a model on a dataset version"
    p = registry.top.add_parser("train", help=text, description=text)
    p.add_argument("--dataset", required=True, help="NAME[:VERSION] (latest when no version)")
    p.add_argument("--config", default="", help="the job config (YAML)")
    p.add_argument("--model-name", default="", help="the model's name (default: the dataset's)")
    p.add_argument("--epochs", type=int, default=0, help="overrides training.epochs")
    p.add_argument("--wait", action="store_true", help="wait until the job has finished")
    p.add_argument("--wait-timeout", type=float, default=3600.0)
    p.set_defaults(func=train)
    parsers = [p]
    group = registry.group("jobs", "training jobs")
    listing = group.add_parser("list", help="every job, newest first")
    listing.set_defaults(func=jobs_list)
    parsers.append(listing)
    for name, help_, func in (("show", "one job", jobs_show),
                              ("cancel", "cancel a waiting or running job", jobs_cancel),
                              ("logs", "a job's progress lines", jobs_logs)):
        q = group.add_parser(name, help=help_)
        q.add_argument("job")
        q.set_defaults(func=func)
        parsers.append(q)
    for q in parsers:
        q.add_argument("--json", action="store_true")
        data_dir_arg(q)
        token_arg(q)

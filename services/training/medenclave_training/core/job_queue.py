"""The job queue: a job's priority and project (the job config's ``queue`` block), how many
GPUs it holds, and which QUEUED jobs may start now under the service's limits. No I/O here.

::

    queue: {priority: 10, project: oncology}   # priority -100 … 100 (default 0)

A job holds one GPU per training process (``distributed.nproc_per_node × nnodes``; on a host
without a GPU the same count of CPU processes is what the quota limits). QUEUED jobs start
highest priority first, oldest first within a priority, while the service runs fewer than
``max_running`` jobs and the job's project stays within its ``project_gpus``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from medenclave_training.core.job_config import (
    InvalidJobConfig,
    parse_job_config,
    read_job_document,
)

__all__ = ["DEFAULT_PROJECT", "QueueLimits", "QueueOptions", "admissible", "queue_options",
           "read_queue"]

DEFAULT_PROJECT = "default"
_PROJECT = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")
_PRIORITY = (-100, 100)


@dataclass(frozen=True)
class QueueOptions:
    priority: int = 0
    project: str = DEFAULT_PROJECT
    #: GPUs (training processes) the job holds while it runs
    gpus: int = 1


@dataclass(frozen=True)
class QueueLimits:
    """The service's limits (both at least 1: there is no "unlimited")."""

    max_running: int = 4
    project_gpus: int = 4

    def __post_init__(self) -> None:
        if self.max_running < 1 or self.project_gpus < 1:
            raise ValueError("queue limits must be at least 1")


def read_queue(doc: Any) -> tuple[int, str, list[str]]:
    """(priority, project, problems) of a parsed config document's ``queue`` block."""
    block = doc.get("queue") if isinstance(doc, dict) else None
    errors: list[str] = []
    if block is None:
        return 0, DEFAULT_PROJECT, errors
    if not isinstance(block, dict):
        return 0, DEFAULT_PROJECT, ["queue: must be a mapping"]
    for key in block:
        if key not in ("priority", "project"):
            name = key if isinstance(key, str) and _PROJECT.fullmatch(key) else "<key>"
            errors.append(f"queue.{name}: unknown key; allowed: priority, project")
    priority = block.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int) \
            or not _PRIORITY[0] <= priority <= _PRIORITY[1]:
        errors.append(f"queue.priority: must be an integer in [{_PRIORITY[0]}, {_PRIORITY[1]}]")
        priority = 0
    project = block.get("project", DEFAULT_PROJECT)
    if not isinstance(project, str) or not _PROJECT.fullmatch(project):
        errors.append("queue.project: must be 1 to 63 of a-z, 0-9, _ and -")
        project = DEFAULT_PROJECT
    return priority, project, errors


def queue_options(config_text: str) -> QueueOptions:
    """The queue options of a job's stored config (already validated at StartJob); a config
    that no longer parses queues as the defaults."""
    if not config_text.strip():
        return QueueOptions()
    try:
        doc = read_job_document(config_text.encode("utf-8"))
        config = parse_job_config(doc)
    except InvalidJobConfig:
        return QueueOptions()
    priority, project, _ = read_queue(doc)
    gpus = config.distributed.nproc_per_node * config.distributed.nnodes
    return QueueOptions(priority=priority, project=project, gpus=gpus)


def admissible(queued: Iterable[tuple[str, float, QueueOptions]],
               running: Iterable[QueueOptions], limits: QueueLimits) -> list[str]:
    """Which of the ``queued`` jobs (id, created_at, options) start now, in start order.

    A job whose project is at its quota waits while lower-priority jobs of other projects
    go ahead; nothing starts past ``max_running``.
    """
    held: dict[str, int] = {}
    count = 0
    for options in running:
        held[options.project] = held.get(options.project, 0) + options.gpus
        count += 1
    order = sorted(queued, key=lambda item: (-item[2].priority, item[1], item[0]))
    out: list[str] = []
    for job_id, _created, options in order:
        if count >= limits.max_running:
            break
        if held.get(options.project, 0) + options.gpus > limits.project_gpus:
            continue
        held[options.project] = held.get(options.project, 0) + options.gpus
        count += 1
        out.append(job_id)
    return out

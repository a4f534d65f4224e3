"""Triton's scheduling for one model version: a bounded queue, dynamic batching, instances.

Requests wait in a bounded queue (requests and bytes; beyond → :class:`QueueFull`). When one
of the version's ``instance_group`` instances is free, the scheduler takes the oldest request
and, with ``dynamic_batching`` configured, joins the requests behind it (same input shapes
past the batch dimension) up to ``max_batch_size``, waiting at most ``max_queue_delay`` for
more; preferred batch sizes are formed when they can be. One runtime execution per batch,
outputs split back per request. A request that finds the queue empty and an instance idle
(no dynamic batching, or no queue delay) starts at once without waking the scheduler; when
its version's runs are short (``QueueLimits.inline_max_ns``) and the runtime can, it runs on
the event loop itself, saving the worker thread's hand-offs. A runtime that joins batches
itself (``run_joined``) gets every batch of several requests as parts, so the copy into one
batch happens on its worker thread, not on the event loop. A request that times out or
whose caller goes away is dropped from the queue. The statistics are Triton's
ModelStatistics: per request (success, fail, queue, compute_input/infer/output) and per
batch size. No I/O here.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from medenclave_inference.core.errors import InferenceFailed, ModelNotFound, QueueFull, RequestTimeout
from medenclave_inference.core.model_config import ModelConfig
from medenclave_inference.core.ports import JoinedRun, ModelRuntime

__all__ = ["RECENT_LATENCIES", "BatchScheduler", "BatchStats", "QueueLimits", "VersionStats"]

#: successful requests' latencies kept per version between two health samples
RECENT_LATENCIES = 4096


@dataclass(frozen=True)
class QueueLimits:
    """The server's limits on every version's queue (a model's config may only lower them)."""

    max_requests: int = 1024
    max_bytes: int = 256 * 1024 * 1024
    timeout_ns: int = 30_000_000_000
    #: a lone request runs on the event loop itself (no worker-thread hand-off) when its
    #: version's runs of that batch size took at most this long on average (0: never)
    inline_max_ns: int = 1_000_000

    def __post_init__(self) -> None:
        if self.max_requests < 1 or self.max_bytes < 1 or self.timeout_ns < 1:
            raise ValueError("queue limits must be positive")
        if not 0 <= self.inline_max_ns <= 100_000_000:
            raise ValueError("inline_max_ns must be within 0..100 ms")


@dataclass
class BatchStats:
    """One batch size's executions and their summed durations (ns)."""

    count: int = 0
    compute_input_ns: int = 0
    compute_infer_ns: int = 0
    compute_output_ns: int = 0


@dataclass
class VersionStats:
    """Counters and cumulative durations (ns) as Triton's ModelStatistics reports them.

    ``success``/``queue``/``compute_*`` count requests (each request of a batch carries the
    batch's compute durations, as in Triton); ``batches`` counts executions per batch size.
    """

    inference_count: int = 0
    execution_count: int = 0
    success_count: int = 0
    success_ns: int = 0
    fail_count: int = 0
    fail_ns: int = 0
    queue_ns: int = 0
    compute_input_ns: int = 0
    compute_infer_ns: int = 0
    compute_output_ns: int = 0
    last_inference_ms: int = 0
    batches: dict[int, BatchStats] = field(default_factory=dict)
    #: end-to-end durations (ns) of the latest successful requests, for latency percentiles
    #: (bounded; the health history drains it at each sample)
    recent_ns: collections.deque[int] = field(
        default_factory=lambda: collections.deque(maxlen=RECENT_LATENCIES))


@dataclass(eq=False)
class _Pending:
    inputs: dict[str, np.ndarray]
    batch: int
    nbytes: int
    started_ns: int
    deadline_ns: int
    future: asyncio.Future[list[np.ndarray]]
    outputs: tuple[str, ...]
    #: requests join one batch only when their inputs agree past the batch dimension
    key: tuple[tuple[str, str, tuple[int, ...]], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        self.key = tuple((n, str(a.dtype), a.shape[1:]) for n, a in sorted(self.inputs.items()))


class BatchScheduler:
    """The queue and the executions of one loaded model version."""

    def __init__(self, *, config: ModelConfig, version: int, runtime: ModelRuntime,
                 stats: VersionStats, limits: QueueLimits, clock_ns: Callable[[], int],
                 wall_ms: Callable[[], int]) -> None:
        self._name = config.name
        self._version = version
        self._runtime = runtime
        self._stats = stats
        self._clock_ns = clock_ns
        self._wall_ms = wall_ms
        batching = config.dynamic_batching
        self._batching = batching is not None and config.max_batch_size > 0
        self._max_batch = max(config.max_batch_size, 1)
        self._delay_ns = batching.max_queue_delay_us * 1000 if batching else 0
        self._preferred = sorted(batching.preferred_batch_sizes) if batching else []
        #: a request that finds the queue empty and an instance idle runs at once: always
        #: without dynamic batching, and with it when there is no queue delay to wait out
        #: (with one, Triton waits for company even at concurrency 1, and so does this)
        self._immediate = not self._batching or self._delay_ns == 0
        own_size = batching.max_queue_size if batching else 0
        self._max_requests = min(own_size, limits.max_requests) if own_size else limits.max_requests
        self._max_bytes = limits.max_bytes
        own_timeout = batching.default_timeout_us * 1000 if batching else 0
        self._timeout_ns = min(own_timeout, limits.timeout_ns) if own_timeout else limits.timeout_ns
        self._instances = config.instance_group.count
        self._inline_max_ns = limits.inline_max_ns
        self._inline: Callable[..., list[np.ndarray]] | None = getattr(runtime, "run_inline",
                                                                        None)
        self._joined: Callable[..., Awaitable[JoinedRun]] | None = getattr(
            runtime, "run_joined", None) if self._batching else None
        self._queue: collections.deque[_Pending] = collections.deque()
        self._queued_bytes = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._arrived = asyncio.Event()
        self._free: asyncio.Queue[int] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        #: executing batches: their task → their requests
        self._running: dict[asyncio.Task[None], list[_Pending]] = {}
        self._closed = False

    @property
    def queued(self) -> int:
        """Requests waiting now (not yet executing)."""
        return len(self._queue)

    @property
    def executing(self) -> int:
        """Batches executing now (at most one per instance)."""
        return sum(1 for task in self._running if not task.done())

    # ----------------------------------------------------------------- the caller's side
    async def submit(self, *, inputs: Mapping[str, np.ndarray], batch: int,
                     outputs: Sequence[str], started_ns: int) -> list[np.ndarray]:
        """Queue one validated request and wait for its outputs (in ``outputs`` order).

        Raises:
            QueueFull: the queue holds its maximum of requests or bytes.
            RequestTimeout: not executed within the request timeout.
            ModelNotFound: the version was unloaded while the request waited.
            InferenceFailed: the runtime failed on the request's batch.
        """
        if self._closed:
            raise ModelNotFound(f"Request for unknown model: '{self._name}' version "
                                f"{self._version} is not found")
        self._ensure_worker()
        nbytes = sum(int(a.nbytes) for a in inputs.values())
        if len(self._queue) >= self._max_requests or \
                self._queued_bytes + nbytes > self._max_bytes:
            self._fail(started_ns)
            raise QueueFull(f"Exceeds maximum queue size for model '{self._name}' "
                            f"version {self._version}")
        loop = asyncio.get_running_loop()
        pending = _Pending(inputs=dict(inputs), batch=batch, nbytes=nbytes,
                           started_ns=started_ns, deadline_ns=started_ns + self._timeout_ns,
                           future=loop.create_future(), outputs=tuple(outputs))
        if self._immediate and not self._queue and not self._free.empty():
            # nobody waits and an instance is idle: execute now, without waking the
            # scheduler (what it would do anyway; the queue's order is kept)
            instance = self._free.get_nowait()
            if self._inline is not None and self._short(pending.batch):
                try:
                    self._run_inline(self._inline, [pending], instance)
                finally:
                    self._free.put_nowait(instance)
                return pending.future.result()
            self._start([pending], instance)
        else:
            self._queue.append(pending)
            self._queued_bytes += nbytes
            self._arrived.set()
        try:
            async with asyncio.timeout(self._timeout_ns / 1e9):
                return await pending.future
        except TimeoutError:
            self._drop(pending)
            self._fail(started_ns)
            raise RequestTimeout(f"Request timeout expired for model '{self._name}' "
                                 f"version {self._version}") from None
        except asyncio.CancelledError:
            self._drop(pending)  # the caller went away: it never runs if still queued
            self._fail(started_ns)
            raise

    async def close(self, *, drain: bool = False) -> None:
        """Stop scheduling; requests still queued or executing fail with ModelNotFound.

        Args:
            drain: take no new request but let the queued and executing ones finish first
                (each within its own timeout): a version reloaded in place, whose runtime
                keeps serving it, must not fail or strand the requests it holds.
        """
        self._closed = True
        if drain:
            waiting = [p.future for p in self._queue]
            waiting += [p.future for batch in self._running.values() for p in batch]
            if waiting:
                # every future ends: answered, failed, or cancelled by its caller's timeout
                await asyncio.wait(waiting)
        tasks = [t for t in (self._worker, *self._running) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            if task.get_loop() is asyncio.get_running_loop():
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        while self._queue:
            pending = self._queue.popleft()
            if not pending.future.done():
                pending.future.set_exception(ModelNotFound(
                    f"model '{self._name}' version {self._version} was unloaded"))
        self._queued_bytes = 0

    # ----------------------------------------------------------------- the scheduler
    def _ensure_worker(self) -> None:
        loop = asyncio.get_running_loop()
        if self._worker is not None and not self._worker.done() and self._loop is loop:
            return
        self._loop = loop
        self._arrived = asyncio.Event()
        self._free = asyncio.Queue()
        for index in range(self._instances):
            self._free.put_nowait(index)
        self._worker = loop.create_task(self._schedule(),
                                        name=f"scheduler:{self._name}:{self._version}")

    def _drop(self, pending: _Pending) -> None:
        with contextlib.suppress(ValueError):
            self._queue.remove(pending)
            self._queued_bytes -= pending.nbytes

    def _fail(self, started_ns: int) -> None:
        self._stats.fail_count += 1
        self._stats.fail_ns += self._clock_ns() - started_ns

    def _expire(self) -> None:
        """Drop queued requests whose caller gave up (their future is done)."""
        for pending in [p for p in self._queue if p.future.done()]:
            self._drop(pending)

    async def _schedule(self) -> None:
        while True:
            # wait for a request first, then for an instance: an idle instance stays in
            # ``_free``, where :meth:`submit`'s fast path finds it
            while True:
                self._expire()
                if self._queue:
                    break
                self._arrived.clear()
                await self._arrived.wait()
            instance = await self._free.get()
            self._expire()
            if not self._queue:  # its callers left while it waited for an instance
                self._free.put_nowait(instance)
                continue
            self._start(await self._gather(), instance)

    def _short(self, batch: int) -> bool:
        """Run on the loop: nothing else of this version executes and its runs of this
        batch size are known (8 at least) to take ``inline_max_ns`` or less on average."""
        row = self._stats.batches.get(batch)
        return (self._inline_max_ns > 0 and not self.executing and row is not None
                and row.count >= 8 and row.compute_infer_ns <= self._inline_max_ns * row.count)

    def _start(self, batch: list[_Pending], instance: int) -> None:
        task = asyncio.get_running_loop().create_task(self._execute(batch, instance))
        self._running[task] = batch
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        """An executing batch's task ended: a request it did not answer (the task was
        cancelled by :meth:`close`) fails now rather than waiting out its timeout."""
        for pending in self._running.pop(task, []):
            if not pending.future.done():
                pending.future.set_exception(ModelNotFound(
                    f"model '{self._name}' version {self._version} was unloaded"))

    def _take(self, first: _Pending) -> list[_Pending]:
        """The queued requests that fit one batch with ``first`` (oldest first)."""
        key, total, chosen = first.key, 0, []
        for pending in self._queue:
            if pending.future.done() or pending.key != key:
                continue
            if total + pending.batch > self._max_batch:
                break
            chosen.append(pending)
            total += pending.batch
        return chosen

    async def _gather(self) -> list[_Pending]:
        first = self._queue[0]
        if not self._batching:
            return self._pop([first])
        deadline = first.started_ns + self._delay_ns
        while True:
            chosen = self._take(first)
            total = sum(p.batch for p in chosen)
            # a preferred size is sent at once; otherwise wait for more up to the delay
            full = total >= self._max_batch or total in self._preferred
            if full or deadline - self._clock_ns() <= 0 or first.future.done():
                break
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(max(deadline - self._clock_ns(), 0) / 1e9):
                    await self._arrived.wait()
        return self._pop(chosen)

    def _pop(self, chosen: list[_Pending]) -> list[_Pending]:
        for pending in chosen:
            self._drop(pending)
        return chosen

    async def _execute(self, batch: list[_Pending], instance: int) -> None:
        try:
            live = [p for p in batch if not p.future.done()]
            if live:
                await self._run(live, instance)
        finally:
            self._free.put_nowait(instance)

    def _prepare(self, batch: list[_Pending]) -> tuple[list[str], dict[str, np.ndarray], int]:
        """The batch's wanted outputs and joined inputs, and when joining began."""
        wanted = list(dict.fromkeys(name for p in batch for name in p.outputs))
        t0 = self._clock_ns()
        if len(batch) == 1:
            inputs = batch[0].inputs
        else:
            inputs = {name: np.concatenate([p.inputs[name] for p in batch])
                      for name in batch[0].inputs}
        return wanted, inputs, t0

    def _failed(self, batch: list[_Pending], exc: Exception) -> None:
        message = str(exc) if isinstance(exc, InferenceFailed) else \
            f"model '{self._name}' version {self._version} failed ({type(exc).__name__})"
        for pending in batch:
            self._fail(pending.started_ns)
            if not pending.future.done():
                pending.future.set_exception(InferenceFailed(message))

    def _run_inline(self, run: Callable[..., list[np.ndarray]], batch: list[_Pending],
                    instance: int) -> None:
        """:meth:`_run` on the event loop's thread with the runtime's ``run_inline`` (see
        :meth:`_short`)."""
        wanted, inputs, t0 = self._prepare(batch)
        t1 = self._clock_ns()
        try:
            arrays = run(model=self._name, version=self._version, inputs=inputs,
                                  outputs=wanted, instance=instance)
        except Exception as exc:  # a runtime bug must not leave the request waiting
            self._failed(batch, exc)
            return
        self._finish(batch, wanted, arrays, t0, t1)

    async def _run(self, batch: list[_Pending], instance: int) -> None:
        if self._joined is not None and len(batch) > 1:
            await self._run_joined(self._joined, batch, instance)
            return
        wanted, inputs, t0 = self._prepare(batch)
        t1 = self._clock_ns()
        try:
            arrays = await self._runtime.run(model=self._name, version=self._version,
                                             inputs=inputs, outputs=wanted, instance=instance)
        except Exception as exc:  # a runtime bug must not leave the batch waiting
            self._failed(batch, exc)
            return
        self._finish(batch, wanted, arrays, t0, t1)

    async def _run_joined(self, run: Callable[..., Awaitable[JoinedRun]],
                          batch: list[_Pending], instance: int) -> None:
        """:meth:`_run` with the runtime joining the inputs on its worker thread; the join's
        own duration is ``compute_input``, the rest (hand-offs included) ``compute_infer``."""
        wanted = list(dict.fromkeys(name for p in batch for name in p.outputs))
        t0 = self._clock_ns()
        try:
            joined = await run(model=self._name, version=self._version,
                               parts=[p.inputs for p in batch], outputs=wanted,
                               instance=instance)
        except Exception as exc:  # a runtime bug must not leave the batch waiting
            self._failed(batch, exc)
            return
        t1 = min(t0 + max(int(joined.join_ns), 0), self._clock_ns())
        self._finish(batch, wanted, list(joined.outputs), t0, t1)

    def _finish(self, batch: list[_Pending], wanted: list[str], arrays: list[np.ndarray],
                t0: int, t1: int) -> None:
        """Split the outputs per request, count the execution, answer the callers."""
        stats = self._stats
        t2 = self._clock_ns()
        results: list[list[np.ndarray]] = []
        offset = 0
        for pending in batch:
            if self._batching and len(batch) > 1:
                parts = {n: a[offset:offset + pending.batch] for n, a in zip(wanted, arrays, strict=True)}
            else:
                parts = dict(zip(wanted, arrays, strict=True))
            offset += pending.batch
            results.append([parts[name] for name in pending.outputs])
        t3 = self._clock_ns()
        size = sum(p.batch for p in batch)
        row = stats.batches.setdefault(size, BatchStats())
        row.count += 1
        row.compute_input_ns += t1 - t0
        row.compute_infer_ns += t2 - t1
        row.compute_output_ns += t3 - t2
        stats.inference_count += size
        stats.execution_count += 1
        stats.last_inference_ms = self._wall_ms()
        for pending, outputs in zip(batch, results, strict=True):
            if pending.future.done():
                continue  # its caller left during the execution: counted as a failure
            stats.success_count += 1
            stats.success_ns += t3 - pending.started_ns
            stats.recent_ns.append(t3 - pending.started_ns)
            stats.queue_ns += t0 - pending.started_ns
            stats.compute_input_ns += t1 - t0
            stats.compute_infer_ns += t2 - t1
            stats.compute_output_ns += t3 - t2
            pending.future.set_result(outputs)


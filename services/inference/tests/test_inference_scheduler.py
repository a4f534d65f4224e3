"""The batch scheduler (core) with an in-memory runtime: preferred sizes, limits, timeouts."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from medenclave_inference.core.errors import QueueFull, RequestTimeout
from medenclave_inference.core.model_config import (
    DynamicBatching,
    InstanceGroup,
    ModelConfig,
    TensorConfig,
)
from medenclave_inference.core.scheduler import BatchScheduler, QueueLimits, VersionStats


class GatedRuntime:
    """Doubles its input; each run waits for the test to open the gate."""

    def __init__(self) -> None:
        self.batches: list[int] = []
        self.gate = asyncio.Event()

    async def run(self, *, model, version, inputs, outputs, instance=0):
        await self.gate.wait()
        self.batches.append(inputs["x"].shape[0])
        return [inputs["x"] * 2 for _ in outputs]


def _config(*, preferred=(), delay_us=0, queue=0, timeout_us=0, count=1) -> ModelConfig:
    return ModelConfig(name="m", platform="onnxruntime_onnx", backend="", max_batch_size=8,
                       inputs=(TensorConfig("x", "FP32", (2,)),),
                       outputs=(TensorConfig("y", "FP32", (2,)),),
                       dynamic_batching=DynamicBatching(preferred_batch_sizes=preferred,
                                                        max_queue_delay_us=delay_us,
                                                        max_queue_size=queue,
                                                        default_timeout_us=timeout_us),
                       instance_group=InstanceGroup(count=count))


def _scheduler(config, runtime, limits=None) -> tuple[BatchScheduler, VersionStats]:
    stats = VersionStats()
    import time
    return BatchScheduler(config=config, version=1, runtime=runtime, stats=stats,
                          limits=limits or QueueLimits(), clock_ns=time.monotonic_ns,
                          wall_ms=lambda: 0), stats


def _submit(scheduler, value: float):
    import time
    return scheduler.submit(inputs={"x": np.full((1, 2), value, np.float32)}, batch=1,
                            outputs=["y"], started_ns=time.monotonic_ns())


def test_preferred_size_is_sent_without_waiting_for_the_delay():
    async def scenario():
        runtime = GatedRuntime()
        scheduler, stats = _scheduler(_config(preferred=(2, 4), delay_us=30_000_000), runtime)
        runtime.gate.set()
        results = await asyncio.wait_for(asyncio.gather(*(_submit(scheduler, v)
                                                           for v in range(4))), 10)
        assert [r[0].tolist() for r in results] == [[[2 * v, 2 * v]] for v in range(4)]
        assert runtime.batches == [4] and stats.batches[4].count == 1
        await scheduler.close()
    asyncio.run(scenario())


def test_queue_limit_and_timeout():
    async def scenario():
        runtime = GatedRuntime()  # gate closed: nothing finishes
        scheduler, stats = _scheduler(_config(queue=2, timeout_us=200_000), runtime)
        waiting = [asyncio.create_task(_submit(scheduler, 0))]
        while scheduler.executing == 0:  # the first one holds the only instance
            await asyncio.sleep(0.001)
        waiting += [asyncio.create_task(_submit(scheduler, v)) for v in (1, 2)]
        while scheduler.queued < 2:
            await asyncio.sleep(0.001)
        with pytest.raises(QueueFull):
            await _submit(scheduler, 9)
        for task in waiting:
            with pytest.raises(RequestTimeout):
                await task
        assert stats.fail_count == 4 and stats.success_count == 0
        assert scheduler.queued == 0
        await scheduler.close()
    asyncio.run(scenario())


def test_server_limits_cap_the_models_own():
    with pytest.raises(ValueError):
        QueueLimits(max_requests=0)
    scheduler, _ = _scheduler(_config(queue=5000), GatedRuntime(), QueueLimits(max_requests=8))
    assert scheduler._max_requests == 8


class CountingRuntime(GatedRuntime):
    """A gated runtime that records the order of runs and how many ran at once."""

    def __init__(self) -> None:
        super().__init__()
        self.order: list[float] = []
        self.active = self.most = 0

    async def run(self, *, model, version, inputs, outputs, instance=0):
        self.order.extend(float(v) for v in inputs["x"][:, 0])
        self.active += 1
        self.most = max(self.most, self.active)
        try:
            return await super().run(model=model, version=version, inputs=inputs,
                                     outputs=outputs, instance=instance)
        finally:
            self.active -= 1


@pytest.mark.parametrize("batching", [False, True])
def test_idle_instance_runs_at_once_in_order_within_the_instance_count(batching):
    """An idle instance takes a request at once (no batching, or batching without a queue
    delay); requests behind keep their order; no more runs than instances, even when a
    caller leaves while its request executes."""
    import dataclasses

    async def scenario():
        runtime = CountingRuntime()
        config = _config(count=2)
        if not batching:
            config = dataclasses.replace(config, dynamic_batching=None)
        scheduler, stats = _scheduler(config, runtime)
        tasks = [asyncio.create_task(_submit(scheduler, v)) for v in range(6)]
        while scheduler.executing < 2 or scheduler.queued < 4:
            await asyncio.sleep(0.001)
        tasks[0].cancel()  # its run goes on: the instance stays taken until it ends
        with pytest.raises(asyncio.CancelledError):
            await tasks[0]
        for _ in range(20):
            await asyncio.sleep(0)
        assert scheduler.executing == 2 and scheduler.queued == 4
        runtime.gate.set()
        results = await asyncio.wait_for(asyncio.gather(*tasks[1:]), 10)
        assert [r[0][0, 0] for r in results] == [2.0 * v for v in range(1, 6)]
        assert runtime.most <= 2
        assert runtime.order[:2] == [0.0, 1.0] and sorted(runtime.order) == runtime.order
        assert stats.fail_count == 1 and stats.success_count == 5
        await scheduler.close()
    asyncio.run(scenario())


class InlineRuntime:
    """Doubles its input, on a worker (``run``) or on the loop (``run_inline``); counts both."""

    def __init__(self, *, broken: bool = False) -> None:
        self.ran: list[str] = []
        self.broken = broken

    async def run(self, *, model, version, inputs, outputs, instance=0, **_):
        self.ran.append("worker")
        return [inputs["x"] * 2 for _ in outputs]

    def run_inline(self, *, model, version, inputs, outputs, instance=0, **_):
        self.ran.append("loop")
        if self.broken:
            raise RuntimeError("boom")
        return [inputs["x"] * 2 for _ in outputs]


def _lone_requests(runtime, count, *, clock_step_ns=0, limits=None):
    """``count`` requests one after the other; the clock advances ``clock_step_ns`` a read."""
    import dataclasses
    import time

    async def scenario():
        now = [time.monotonic_ns()]

        def clock():
            now[0] += clock_step_ns or 1
            return now[0]
        scheduler = BatchScheduler(
            config=dataclasses.replace(_config(), dynamic_batching=None), version=1,
            runtime=runtime, stats=VersionStats(), limits=limits or QueueLimits(),
            clock_ns=clock, wall_ms=lambda: 0)
        results = []
        for v in range(count):
            try:
                out = await scheduler.submit(inputs={"x": np.full((1, 2), v, np.float32)},
                                             batch=1, outputs=["y"], started_ns=clock())
                results.append(float(out[0][0, 0]))
            except Exception as exc:
                results.append(type(exc).__name__)
        await scheduler.close()
        return results, scheduler._stats
    return asyncio.run(scenario())


def test_short_runs_of_a_lone_request_run_on_the_loop_after_eight_measured():
    runtime = InlineRuntime()
    results, stats = _lone_requests(runtime, 12)
    assert results == [2.0 * v for v in range(12)]
    assert runtime.ran == ["worker"] * 8 + ["loop"] * 4
    assert stats.success_count == 12 and stats.batches[1].count == 12


def test_long_runs_or_a_zero_limit_stay_on_the_worker():
    runtime = InlineRuntime()
    _lone_requests(runtime, 12, clock_step_ns=2_000_000)  # 2 ms a run: over the 1 ms default
    assert runtime.ran == ["worker"] * 12
    runtime = InlineRuntime()
    _lone_requests(runtime, 12, limits=QueueLimits(inline_max_ns=0))
    assert runtime.ran == ["worker"] * 12
    with pytest.raises(ValueError):
        QueueLimits(inline_max_ns=-1)


def test_a_failing_inline_run_fails_the_request_only():
    runtime = InlineRuntime(broken=True)
    results, stats = _lone_requests(runtime, 10)
    assert results[:8] == [2.0 * v for v in range(8)]
    assert results[8:] == ["InferenceFailed", "InferenceFailed"]
    assert stats.fail_count == 2 and stats.success_count == 8


class JoiningRuntime(GatedRuntime):
    """A gated runtime that joins batches itself (``run_joined``), as a GPU runtime does into
    pinned memory; it reports a fixed join time."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[int] = []

    async def run_joined(self, *, model, version, parts, outputs, instance=0):
        from medenclave_inference.core.ports import JoinedRun

        await self.gate.wait()
        self.parts.append(len(parts))
        joined = np.concatenate([p["x"] for p in parts])
        self.batches.append(joined.shape[0])
        return JoinedRun([joined * 2 for _ in outputs], join_ns=1_000)


def test_a_joining_runtime_gets_the_parts_and_the_outputs_go_back_to_each_caller():
    async def scenario():
        runtime = JoiningRuntime()
        scheduler, stats = _scheduler(_config(preferred=(4,), delay_us=30_000_000), runtime)
        runtime.gate.set()
        results = await asyncio.wait_for(asyncio.gather(*(_submit(scheduler, v)
                                                           for v in range(4))), 10)
        assert [r[0].tolist() for r in results] == [[[2 * v, 2 * v]] for v in range(4)]
        assert runtime.parts == [4] and runtime.batches == [4]
        row = stats.batches[4]
        assert row.count == 1 and row.compute_input_ns == 1_000  # the runtime's own join time
        assert stats.success_count == 4 and stats.compute_input_ns == 4 * 1_000
        assert stats.inference_count == 4 and stats.execution_count == 1
        await scheduler.close()
    asyncio.run(scenario())


def test_a_lone_request_and_unbatched_models_still_use_run():
    async def scenario():
        runtime = JoiningRuntime()
        runtime.gate.set()
        unbatched = ModelConfig(name="m", platform="onnxruntime_onnx", backend="",
                                max_batch_size=8, inputs=(TensorConfig("x", "FP32", (2,)),),
                                outputs=(TensorConfig("y", "FP32", (2,)),))
        for config in (_config(), unbatched):
            scheduler, stats = _scheduler(config, runtime)
            result = await asyncio.wait_for(_submit(scheduler, 3), 10)
            assert result[0].tolist() == [[6, 6]] and stats.success_count == 1
            await scheduler.close()
        assert runtime.parts == [] and runtime.batches == [1, 1]
    asyncio.run(scenario())


def test_onnxruntime_joins_on_its_thread_as_one_run(tmp_path):
    """OnnxModelRuntime.run_joined gives what one run of the concatenated inputs gives."""
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    from medenclave_inference.adapters.outbound.onnx_runtime import OnnxModelRuntime

    graph = helper.make_graph(
        [helper.make_node("Add", ["x", "x"], ["y"])], "double",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    path = tmp_path / "model.onnx"
    onnx.save(model, str(path))

    async def scenario():
        runtime = OnnxModelRuntime(intra_op_threads=1)
        await runtime.load(model="m", version=1, config=_config(count=2), model_file=str(path))
        parts = [{"x": np.full((n, 2), v, np.float32)} for v, n in ((1, 1), (2, 2), (3, 1))]
        joined = await runtime.run_joined(model="m", version=1, parts=parts, outputs=["y"],
                                          instance=1)
        whole = await runtime.run(model="m", version=1, outputs=["y"],
                                  inputs={"x": np.concatenate([p["x"] for p in parts])})
        assert joined.outputs[0].tolist() == whole[0].tolist() == \
            [[2, 2], [4, 4], [4, 4], [6, 6]]
        assert joined.join_ns >= 0
        await runtime.unload(model="m", version=1)
    asyncio.run(scenario())


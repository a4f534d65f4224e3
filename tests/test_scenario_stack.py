"""The scenarios' shared set-up without a stack: the stack is stopped whatever the journey
does, the summary prints as a table or one JSON line, a taken model name stops the run, and
``--data-dir`` or a temporary folder that is removed afterwards."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from medenclave_cli import scenario_stack
from medenclave_cli.commands import scenario


class FakeStack:
    """Stands in for the supervisor's Stack: records start and stop."""

    made: list[FakeStack] = []

    def __init__(self, cfg):
        self.cfg, self.calls = cfg, []
        FakeStack.made.append(self)

    def start(self):
        self.calls.append("start")
        return argparse.Namespace(data_dir=str(self.cfg.data_dir))

    def stop(self):
        self.calls.append("stop")


@pytest.fixture
def fake_stack(monkeypatch):
    FakeStack.made = []
    monkeypatch.setattr(scenario_stack, "Stack", FakeStack)
    return FakeStack.made


def test_the_summary_prints_as_a_table_or_json_and_the_stack_stops(tmp_path, fake_stack,
                                                                   capsys):
    async def journey(eps, log):
        log("a step")
        return {"model": "m:1", "e2e_p99_ms": scenario_stack.percentile_ms([0.001, 0.003], 50)}

    summary = scenario_stack.run_on_stack(journey, data_dir=tmp_path, title="T summary",
                                          as_json=False, width=12)
    out = capsys.readouterr().out
    assert summary == {"model": "m:1", "e2e_p99_ms": 2.0}
    assert "a step" in out and "\nT summary\n  model        m:1\n" in out
    scenario_stack.run_on_stack(journey, data_dir=tmp_path, title="T", as_json=True, width=12)
    captured = capsys.readouterr()
    assert json.loads(captured.out) == summary and "a step" in captured.err  # log on stderr
    assert [s.calls for s in fake_stack] == [["start", "stop"]] * 2

    async def broken(eps, log):
        raise RuntimeError("journey failed")

    with pytest.raises(RuntimeError):
        scenario_stack.run_on_stack(broken, data_dir=tmp_path, title="T", as_json=True, width=1)
    assert fake_stack[-1].calls == ["start", "stop"]


def test_a_taken_model_name_stops_the_scenario_and_percentiles_of_nothing_are_zero(tmp_path):
    eps = argparse.Namespace(data_dir=str(tmp_path))
    scenario_stack.refuse_taken_model(eps, "m")
    (tmp_path / "model-repository" / "m").mkdir(parents=True)
    with pytest.raises(SystemExit, match="fresh --data-dir"):
        scenario_stack.refuse_taken_model(eps, "m")
    assert scenario_stack.percentile_ms([], 99) == 0.0


def test_a_scenario_runs_in_its_data_dir_or_a_removed_temporary_one(tmp_path):
    seen: list[Path] = []

    def run(data_dir: Path) -> int:
        seen.append(data_dir)
        assert data_dir.is_dir()
        return 2

    assert scenario._in_data_dir(argparse.Namespace(data_dir=tmp_path), "x-", run) == 2
    assert scenario._in_data_dir(argparse.Namespace(data_dir=None), "medenclave-x-", run) == 2
    assert seen[0] == tmp_path
    assert seen[1].name.startswith("medenclave-x-") and not seen[1].exists()

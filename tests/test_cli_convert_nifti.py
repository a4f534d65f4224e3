"""``medenclave convert nifti``: the CLI over the training service's offline converter."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("nibabel")

from medenclave_cli.main import main
from medenclave_testing.volumes import SeriesSpec, write_series


def test_convert_nifti_json_report_and_exit_codes(tmp_path, capsys):
    write_series(tmp_path / "src" / "a", SeriesSpec(series_number=1, seed=1))
    assert main(["convert", "nifti", str(tmp_path / "src"), str(tmp_path / "out"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (entry,) = report["converted"]
    assert entry["shape"] == [20, 24, 12] and entry["series"].startswith("series-001-")
    assert (tmp_path / "out" / f"{entry['series']}.json").is_file()

    write_series(tmp_path / "src" / "b", SeriesSpec(series_number=2, drop_slice=4, seed=2))
    assert main(["convert", "nifti", str(tmp_path / "src"), str(tmp_path / "out2")]) == 1
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("refused: series series-002-") and "missing" in line
    assert "1 series converted, 1 refused" in captured.out

    assert main(["convert", "nifti", str(tmp_path / "nowhere"), str(tmp_path / "o3")]) == 2

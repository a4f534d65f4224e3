"""Every data file a service reads at run time ships in its wheel: the container images install the
packages with ``pip install .`` (not editable), so a file whose suffix ``[tool.setuptools.package-data]``
does not name would be missing there while every test here, run from the checkout, still passes
(the note taggers' ``*.crfsuite`` models were such files)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NOT_DATA = {".py", ".pyc", ".md"}  # code, and the folder's own README


def test_every_reference_data_file_is_package_data() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["*"]
    folders = [p for p in ROOT.glob("services/*/medenclave_*/**/reference_data") if p.is_dir()]
    assert folders, "the deid service's reference_data folder is where the shipped data lives"
    missing = [str(f.relative_to(ROOT)) for folder in folders for f in folder.rglob("*")
               if f.is_file() and f.suffix not in _NOT_DATA and "__pycache__" not in f.parts
               and not any(fnmatch.fnmatch(f.name, p) for p in patterns)]
    assert not missing, missing

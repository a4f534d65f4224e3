"""The model repository as a folder (a local disk, or a CephFS/NFS volume shared with Triton)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["FolderLayout", "VersionFiles"]

MODEL_FILE = "model.onnx"
#: the files Predict reads from a version folder, and their size bound
VERSION_FILES = frozenset({"preprocess.json", "operating_point.json", "metrics.json",
                           "tokenizer.json"})
MAX_VERSION_FILE_BYTES = 1024 * 1024
#: a fusion model's WordPiece vocabulary may be larger than the JSON files (see
#: medenclave.reports.MAX_TOKENIZER_BYTES)
_LARGER = {"tokenizer.json": 16 * 1024 * 1024}


class FolderLayout:
    """:class:`~medenclave_inference.core.ports.RepositoryLayout` over ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def model_names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir()
                      if p.is_dir() and not p.name.startswith("."))

    def read_config(self, *, model: str) -> str | None:
        path = self.root / model / "config.pbtxt"
        try:
            return path.read_text()
        except (FileNotFoundError, NotADirectoryError):
            return None

    def versions(self, *, model: str) -> list[int]:
        folder = self.root / model
        if not folder.is_dir():
            return []
        return sorted(int(p.name) for p in folder.iterdir()
                      if p.is_dir() and p.name.isdigit() and (p / MODEL_FILE).is_file())

    def model_file(self, *, model: str, version: int) -> str:
        return str(self.root / model / str(version) / MODEL_FILE)


class VersionFiles:
    """:class:`~medenclave_inference.core.ports.ModelFiles` over the repository folder (also in
    remote-Triton mode: Triton serves the same, shared repository)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, *, model: str, version: int, name: str) -> bytes | None:
        if name not in VERSION_FILES or not model or "/" in model or model.startswith("."):
            return None
        path = self.root / model / str(int(version)) / name
        cap = _LARGER.get(name, MAX_VERSION_FILE_BYTES)
        try:
            with path.open("rb") as f:
                data = f.read(cap + 1)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None
        return data if len(data) <= cap else None

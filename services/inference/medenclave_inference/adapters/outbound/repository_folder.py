"""The model repository as a folder (a local disk, or a CephFS/NFS volume shared with Triton)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["FolderLayout"]

MODEL_FILE = "model.onnx"


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

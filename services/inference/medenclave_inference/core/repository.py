"""The model repository in Triton's layout: ``<repo>/<model>/config.pbtxt`` and
``<repo>/<model>/<version>/model.onnx`` with numeric versions.

The files are reached through :class:`RepositoryLayout` (a folder in production, a dict in
tests); this module decides what each model is and which versions it serves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medenclave_inference.core.errors import ModelNotFound
from medenclave_inference.core.model_config import InvalidModelConfig, ModelConfig, select_versions
from medenclave_inference.core.ports import ModelConfigReader, RepositoryLayout

__all__ = ["MODEL_NAME", "ModelRepository", "RepositoryModel"]

#: model folder names we accept (also what keeps a name safe in a path)
MODEL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


@dataclass(frozen=True)
class RepositoryModel:
    """One model folder as found on a scan."""

    name: str
    config: ModelConfig | None
    available: tuple[int, ...] = ()
    #: the versions its version_policy selects
    serve: tuple[int, ...] = ()
    #: why it cannot be served ("" when it can)
    error: str = ""
    files: dict[int, str] = field(default_factory=dict, compare=False)


class ModelRepository:
    """Scans the repository and reads each model's configuration."""

    def __init__(self, layout: RepositoryLayout, *, configs: ModelConfigReader) -> None:
        self._layout = layout
        self._configs = configs

    def names(self) -> list[str]:
        """Model names in the repository (valid folder names only), sorted."""
        return sorted(n for n in self._layout.model_names() if MODEL_NAME.match(n))

    def model(self, name: str) -> RepositoryModel:
        """Read one model.

        Returns:
            The model; ``error`` is set when its config is missing or invalid or it has
            no version with a model file.

        Raises:
            ModelNotFound: no folder of that name.
        """
        if not MODEL_NAME.match(name) or name not in self._layout.model_names():
            raise ModelNotFound(f"model '{name}' is not in the model repository")
        text = self._layout.read_config(model=name)
        if text is None:
            return RepositoryModel(name=name, config=None, error="config.pbtxt is missing")
        try:
            config = self._configs.parse(text, model_name=name)
        except InvalidModelConfig as exc:
            return RepositoryModel(name=name, config=None, error=str(exc))
        available = tuple(sorted(self._layout.versions(model=name)))
        serve = tuple(select_versions(config, available))
        files = {v: self._layout.model_file(model=name, version=v) for v in serve}
        error = "" if serve else "no version selected by version_policy has a model file"
        return RepositoryModel(name=name, config=config, available=available, serve=serve,
                               error=error, files=files)

    def has_version(self, name: str, version: int) -> bool:
        """True if ``name`` has a version folder ``version`` holding a model file."""
        return bool(MODEL_NAME.match(name)) and version in self._layout.versions(model=name)

    def scan(self) -> dict[str, RepositoryModel]:
        """Every model in the repository, by name."""
        return {name: self.model(name) for name in self.names()}

"""Which code trained a model: the package version, plus ``git describe`` where known.

``git describe`` comes from ``MEDENCLAVE_GIT_DESCRIBE`` (set at image build time: the
Dockerfile's build argument) or, in a source checkout, from git itself (once, with a short
timeout); without either the card shows the package version alone.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

__all__ = ["code_version"]


def _git_describe() -> str:
    git = shutil.which("git")
    source = Path(__file__).resolve().parents[5]
    if git is None or not (source / ".git").exists():
        return ""
    try:
        out = subprocess.run([git, "-C", str(source), "describe", "--always", "--dirty",
                              "--tags"], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


@functools.cache
def code_version() -> str:
    """``"<package version>"`` or ``"<package version>+git.<describe>"``."""
    try:
        package = version("medenclave")
    except PackageNotFoundError:
        package = "0+unknown"
    describe = os.environ.get("MEDENCLAVE_GIT_DESCRIBE", "").strip()[:64] or _git_describe()
    return f"{package}+git.{describe}" if describe else package

"""The training service's public offline API: the same code as the service, without the service.

This is the one module of the training service that the CLI imports: ``medenclave convert
nifti`` calls :func:`convert_folder`. Names are imported on first use, so the CLI's start-up
does not pay for nibabel or pydicom until a conversion runs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what __getattr__ hands out, for type checkers and linters
    from medenclave_training.adapters.outbound.nifti_files import ConversionReport, convert_folder
    from medenclave_training.core.nifti import ConversionError, ConversionLimits

_NAMES = {
    "ConversionReport": "medenclave_training.adapters.outbound.nifti_files",
    "convert_folder": "medenclave_training.adapters.outbound.nifti_files",
    "ConversionError": "medenclave_training.core.nifti",
    "ConversionLimits": "medenclave_training.core.nifti",
}


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = ["ConversionError", "ConversionLimits", "ConversionReport", "convert_folder"]

"""The training service's public offline API: the same code as the service, without the service.

This is the one module of the training service that the CLI imports: ``medenclave convert
nifti`` calls :func:`convert_folder`, ``medenclave migrate`` :func:`migrate_database`, and
``medenclave terminology …`` the SNOMED CT functions. Names are imported on first use, so the CLI's start-up
does not pay for nibabel or pydicom until a conversion runs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what __getattr__ hands out, for type checkers and linters
    from medenclave.nifti import ConversionError, ConversionLimits
    from medenclave_training.adapters.outbound.fusion import encode_texts
    from medenclave_training.adapters.outbound.nifti_files import ConversionReport, convert_folder
    from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
    from medenclave_training.adapters.outbound.rf2_files import import_label_map, import_snapshot
    from medenclave_training.adapters.outbound.schema import migrate_database
    from medenclave_training.adapters.outbound.sql_terminology import open_terminology
    from medenclave_training.adapters.outbound.text_classifier import (
        fit_text_classifier,
        labels_json,
        publish_version,
        text_config_pbtxt,
    )
    from medenclave_training.adapters.outbound.tile_classifier import fit_tiles, tile_config_pbtxt
    from medenclave_training.core.terminology import (
        Concept,
        LabelMapInvalid,
        Rf2Invalid,
        Rf2Limits,
        UnmappedLabels,
        map_labels,
    )

_NAMES = {
    "ConversionReport": "medenclave_training.adapters.outbound.nifti_files",
    "convert_folder": "medenclave_training.adapters.outbound.nifti_files",
    "ConversionError": "medenclave.nifti",
    "ConversionLimits": "medenclave.nifti",
    "migrate_database": "medenclave_training.adapters.outbound.schema",
    # SNOMED CT terminology: ``medenclave terminology …``
    "import_snapshot": "medenclave_training.adapters.outbound.rf2_files",
    "import_label_map": "medenclave_training.adapters.outbound.rf2_files",
    "open_terminology": "medenclave_training.adapters.outbound.sql_terminology",
    "Concept": "medenclave_training.core.terminology",
    "LabelMapInvalid": "medenclave_training.core.terminology",
    "Rf2Invalid": "medenclave_training.core.terminology",
    "Rf2Limits": "medenclave_training.core.terminology",
    "UnmappedLabels": "medenclave_training.core.terminology",
    "map_labels": "medenclave_training.core.terminology",
    # the brief's scenarios (``medenclave scenario triage|pathology``)
    "encode_texts": "medenclave_training.adapters.outbound.fusion",
    "fit_text_classifier": "medenclave_training.adapters.outbound.text_classifier",
    "labels_json": "medenclave_training.adapters.outbound.text_classifier",
    "publish_version": "medenclave_training.adapters.outbound.text_classifier",
    "text_config_pbtxt": "medenclave_training.adapters.outbound.text_classifier",
    "fit_tiles": "medenclave_training.adapters.outbound.tile_classifier",
    "tile_config_pbtxt": "medenclave_training.adapters.outbound.tile_classifier",
    "export_onnx": "medenclave_training.adapters.outbound.onnx_check",
    "check_export": "medenclave_training.adapters.outbound.onnx_check",
}


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = ["Concept", "ConversionError", "ConversionLimits", "ConversionReport", "LabelMapInvalid",
           "Rf2Invalid", "Rf2Limits", "UnmappedLabels", "check_export", "convert_folder",
           "encode_texts", "export_onnx", "fit_text_classifier", "fit_tiles", "import_label_map",
           "import_snapshot", "labels_json", "map_labels", "migrate_database",
           "open_terminology", "publish_version", "text_config_pbtxt", "tile_config_pbtxt"]

"""DICOM slices → NIfTI volumes: the planning lives in the kit (:mod:`medenclave.nifti`) so that
inference builds a 3-D model's input from a series with the very code training used; this
module keeps the training service's names."""

from medenclave.nifti import (
    ConversionError,
    ConversionLimits,
    SeriesPlan,
    SliceHeader,
    assemble_volume,
    group_slices,
    plan_series,
    sidecar,
)

__all__ = ["ConversionError", "ConversionLimits", "SeriesPlan", "SliceHeader", "assemble_volume",
           "group_slices", "plan_series", "sidecar"]

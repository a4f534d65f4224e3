"""The de-identification markers every output carries (PS3.15 E.1.1, CID 7050)."""

from __future__ import annotations

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset

from medenclave_deid.core.encoder import freeze
from medenclave_deid.core.options import BASIC_CODE, DeidOption, method_description

__all__ = ["DEIDENTIFICATION_METHOD", "add_markers"]

DEIDENTIFICATION_METHOD = "MedEnclave Basic Profile"


def _code(value: str, meaning: str) -> Dataset:
    code = Dataset()
    code.CodeValue = value
    code.CodingSchemeDesignator = "DCM"
    code.CodeMeaning = meaning
    return code


_METHOD_CODES: dict[frozenset, list[Dataset]] = {}


def _method_codes(options: frozenset[DeidOption]) -> list[Dataset]:
    """The code items for ``options``, built once (outputs are serialized, never edited)."""
    codes = _METHOD_CODES.get(options)
    if codes is None:
        codes = [freeze(_code(*BASIC_CODE))]
        codes += [freeze(_code(*opt.code)) for opt in sorted(options, key=lambda o: o.code[0])]
        _METHOD_CODES[options] = codes
    return codes


_MARKERS: dict[frozenset, tuple[DataElement, ...]] = {}


def add_markers(ds: Dataset, options: frozenset[DeidOption] = frozenset()) -> None:
    """PatientIdentityRemoved, DeidentificationMethod(CodeSequence) with the CID 7050 codes of
    the options applied, and LongitudinalTemporalInformationModified.

    The elements are built once per option set and shared by every output (outputs are
    serialized, never edited).

    Args:
        ds: the output to mark.
        options: the options the profile applied.
    """
    options = frozenset(options)
    elements = _MARKERS.get(options)
    if elements is None:
        if DeidOption.RETAIN_LONGITUDINAL_FULL_DATES in options:
            temporal = "UNMODIFIED"
        elif DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in options:
            temporal = "MODIFIED"
        else:
            temporal = "REMOVED"
        elements = _MARKERS[options] = (
            DataElement(0x00120062, "CS", "YES"),  # PatientIdentityRemoved
            DataElement(0x00120063, "LO", method_description(options) if options
                        else DEIDENTIFICATION_METHOD),  # DeidentificationMethod
            DataElement(0x00120064, "SQ", list(_method_codes(options))),
            DataElement(0x00280303, "CS", temporal),  # LongitudinalTemporalInformationModified
        )
    for elem in elements:
        ds.add(elem)

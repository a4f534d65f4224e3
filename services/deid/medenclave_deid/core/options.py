"""The options of the confidentiality profile (PS3.15 Table E.1-1 columns) and named profiles.

Each :class:`DeidOption` is one option column of the table; :func:`look_up_option` and
:func:`look_up_profile` turn the names a person types (``clean-descriptors``,
``rtnLongModifDatesOpt``, ``113105``) into them, with an error that lists the valid names.
The CID 7050 codes written into DeidentificationMethodCodeSequence are here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

__all__ = [
    "BASIC_CODE",
    "CID_7050",
    "DEFAULT_PROFILE",
    "PROFILES",
    "DeidOption",
    "UnknownOption",
    "UnknownProfile",
    "look_up_option",
    "look_up_profile",
    "method_description",
    "resolve_options",
]


class UnknownOption(ValueError):
    """A name that is not an option of the profile (the message lists the valid ones)."""


class UnknownProfile(ValueError):
    """A profile name that is not defined (the message lists the valid ones)."""


class DeidOption(str, Enum):
    """One option column of Table E.1-1; the value is the column's name in the JSON table."""

    RETAIN_LONGITUDINAL_FULL_DATES = "rtnLongFullDatesOpt"
    RETAIN_LONGITUDINAL_MODIFIED_DATES = "rtnLongModifDatesOpt"
    CLEAN_DESCRIPTORS = "cleanDescOpt"
    RETAIN_UIDS = "rtnUIDsOpt"
    RETAIN_DEVICE_IDENTITY = "rtnDevIdOpt"
    RETAIN_PATIENT_CHARACTERISTICS = "rtnPatCharsOpt"
    RETAIN_INSTITUTION_IDENTITY = "rtnInstIdOpt"
    CLEAN_GRAPHICS = "cleanGraphOpt"
    CLEAN_STRUCTURED_CONTENT = "cleanStructContOpt"
    RETAIN_SAFE_PRIVATE = "rtnSafePrivOpt"

    @property
    def slug(self) -> str:
        """The command-line name, e.g. ``retain-longitudinal-modified-dates``."""
        return self.name.lower().replace("_", "-")

    @property
    def code(self) -> tuple[str, str]:
        """(CodeValue, CodeMeaning) of CID 7050."""
        return CID_7050[self]


#: CID 7050 "De-identification Method" (PS3.16), coding scheme DCM.
BASIC_CODE = ("113100", "Basic Application Confidentiality Profile")
CID_7050: dict[DeidOption, tuple[str, str]] = {
    DeidOption.CLEAN_GRAPHICS: ("113103", "Clean Graphics Option"),
    DeidOption.CLEAN_STRUCTURED_CONTENT: ("113104", "Clean Structured Content Option"),
    DeidOption.CLEAN_DESCRIPTORS: ("113105", "Clean Descriptors Option"),
    DeidOption.RETAIN_LONGITUDINAL_FULL_DATES: (
        "113106", "Retain Longitudinal Temporal Information Full Dates Option"),
    DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES: (
        "113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
    DeidOption.RETAIN_PATIENT_CHARACTERISTICS: ("113108", "Retain Patient Characteristics Option"),
    DeidOption.RETAIN_DEVICE_IDENTITY: ("113109", "Retain Device Identity Option"),
    DeidOption.RETAIN_UIDS: ("113110", "Retain UIDs Option"),
    DeidOption.RETAIN_SAFE_PRIVATE: ("113111", "Retain Safe Private Option"),
    DeidOption.RETAIN_INSTITUTION_IDENTITY: ("113112", "Retain Institution Identity Option"),
}
# 113101 Clean Pixel Data and 113102 Clean Recognizable Visual Features are written by the
# burned-in text masking (core/burned_in.py), not by the attribute profile.

_BY_NAME: dict[str, DeidOption] = {}
for _opt in DeidOption:
    for _alias in (_opt.value, _opt.slug, _opt.name, CID_7050[_opt][0]):
        _BY_NAME[_alias.casefold()] = _opt
_BY_NAME["retain-full-dates"] = DeidOption.RETAIN_LONGITUDINAL_FULL_DATES
_BY_NAME["retain-modified-dates"] = DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES


def look_up_option(name: str) -> DeidOption:
    """The option called ``name`` (column name, slug, enum name or CID 7050 code).

    Raises:
        UnknownOption: the message lists the valid slugs.
    """
    found = _BY_NAME.get(str(name).strip().casefold())
    if found is None:
        valid = ", ".join(o.slug for o in DeidOption)
        raise UnknownOption(f"unknown de-identification option '{name}'; valid options: {valid}")
    return found


DEFAULT_PROFILE = "medenclave-default"
#: Named profiles: the options applied on top of the Basic Profile.
PROFILES: dict[str, frozenset[DeidOption]] = {
    "annex-e-basic": frozenset(),
    DEFAULT_PROFILE: frozenset({
        DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES,
        DeidOption.RETAIN_PATIENT_CHARACTERISTICS,
        DeidOption.CLEAN_DESCRIPTORS,
        DeidOption.CLEAN_STRUCTURED_CONTENT,
        DeidOption.RETAIN_SAFE_PRIVATE,
    }),
}


def look_up_profile(name: str) -> frozenset[DeidOption]:
    """The options of the profile called ``name``.

    Raises:
        UnknownProfile: the message lists the defined profiles.
    """
    found = PROFILES.get(str(name).strip().casefold())
    if found is None:
        raise UnknownProfile(f"unknown de-identification profile '{name}'; "
                             f"valid profiles: {', '.join(sorted(PROFILES))}")
    return found


def resolve_options(profile: str, extra: Iterable[str] = ()) -> frozenset[DeidOption]:
    """The options of ``profile`` plus the named ``extra`` ones.

    Raises:
        UnknownProfile, UnknownOption: a name is not defined; UnknownOption also when full and
            modified dates are both asked for (they exclude each other).
    """
    options = set(look_up_profile(profile)) | {look_up_option(n) for n in extra if str(n).strip()}
    if DeidOption.RETAIN_LONGITUDINAL_FULL_DATES in options:
        if DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in set(extra_opts(extra)):
            raise UnknownOption("retain-longitudinal-full-dates and "
                                "retain-longitudinal-modified-dates exclude each other")
        options.discard(DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES)
    return frozenset(options)


def extra_opts(names: Iterable[str]) -> list[DeidOption]:
    return [look_up_option(n) for n in names if str(n).strip()]


def method_description(options: Iterable[DeidOption]) -> str:
    """DeidentificationMethod text (LO, at most 64 characters): ``MedEnclave 113100+113105…``."""
    codes = sorted(CID_7050[o][0][-2:] for o in options)
    text = "MedEnclave Annex E 113100" + ("".join("+" + c for c in codes))
    return text[:64]

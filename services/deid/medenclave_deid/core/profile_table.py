"""Table E.1-1 of DICOM PS3.15 Annex E: its rows and their Basic Profile and option actions.

:class:`ProfileTable` holds the 621 rows (parsed from the JSON the adapters read): exact tags in
a dict, repeating groups (``50xx,xxxx``) as masks, and the private row apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from medenclave_deid.core.options import DeidOption

__all__ = ["ProfileRule", "ProfileTable", "ProfileTableError"]


class ProfileTableError(ValueError):
    """The confidentiality profile table is malformed (names the row, never data)."""


_TAG = re.compile(r"^\(([0-9A-Fa-fXx]{4}),([0-9A-Fa-fXx]{4})\)$")
_ACTIONS = {"X", "Z", "D", "U", "K", "C"}
_PRIVATE_TAG = "(GGGG,EEEE)"


@dataclass(frozen=True)
class ProfileRule:
    """One row of Table E.1-1: the tag (possibly with ``x`` digits) and its Basic Profile action."""

    tag: str
    name: str
    action: str          # as written in the table, e.g. "X/Z/U*"
    #: (option column, action) pairs, e.g. (("cleanDescOpt", "C"),)
    option_actions: tuple[tuple[str, str], ...] = ()

    def option_action(self, options: frozenset[DeidOption]) -> str | None:
        """``K`` or ``C`` when a selected option names this row (``K`` wins), else None.

        Args:
            options: the selected options.
        """
        found = {a for col, a in self.option_actions if DeidOption(col) in options}
        if "K" in found:
            return "K"
        return "C" if "C" in found else None

    @property
    def options(self) -> frozenset[str]:
        return frozenset(a.strip().rstrip("*") for a in self.action.split("/"))


def _parse_tag(text: str) -> tuple[int, int]:
    """``(60XX,3000)`` → (mask, value): a tag matches if ``tag & mask == value``."""
    m = _TAG.match(text.strip())
    if not m:
        raise ProfileTableError(f"bad tag '{text}'")
    digits = m.group(1) + m.group(2)
    mask = value = 0
    for ch in digits:
        mask <<= 4
        value <<= 4
        if ch not in "xX":
            mask |= 0xF
            value |= int(ch, 16)
    return mask, value


class ProfileTable:
    """Table E.1-1: exact tags in a dict, repeating groups (``50xx,xxxx``) as masks.

    Args:
        rules: (mask, value, rule) triples; a mask of all ones is an exact tag.
        private_rule: the "(gggg,eeee) where gggg is odd" row (default: remove).
    """

    def __init__(self, rules: Iterable[tuple[int, int, ProfileRule]],
                 private_rule: ProfileRule | None = None) -> None:
        self._exact: dict[int, ProfileRule] = {}
        self._masked: list[tuple[int, int, ProfileRule]] = []
        #: the "(gggg,eeee) where gggg is odd" row: private attributes
        self.private_rule = private_rule or ProfileRule(tag=_PRIVATE_TAG, name="Private", action="X")
        for mask, value, rule in rules:
            if mask == 0xFFFFFFFF:
                self._exact[value] = rule
            else:
                self._masked.append((mask, value, rule))

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> ProfileTable:
        """Build from the JSON rows (``tag``, ``name``, ``basicProfile``).

        Args:
            rows: the table's rows, with an option column per :class:`DeidOption`.

        Raises:
            ProfileTableError: a row lacks a tag or has an unknown action.
        """
        parsed = []
        private_rule = None
        for i, row in enumerate(rows):
            tag, action = str(row.get("tag", "")), str(row.get("basicProfile", ""))
            opt_actions = tuple(sorted(
                (o.value, str(row[o.value]).strip()) for o in DeidOption
                if str(row.get(o.value, "") or "").strip()))
            if any(a not in ("K", "C") for _, a in opt_actions):
                raise ProfileTableError(f"row {i}: unknown option action")
            rule = ProfileRule(tag=tag, name=str(row.get("name", "")), action=action,
                               option_actions=opt_actions)
            if not rule.options or not rule.options <= _ACTIONS:
                raise ProfileTableError(f"row {i}: unknown action '{action}'")
            if tag.strip().upper().startswith(_PRIVATE_TAG):
                private_rule = rule
                continue
            mask, value = _parse_tag(tag)
            parsed.append((mask, value, rule))
        if not parsed:
            raise ProfileTableError("empty table")
        return cls(parsed, private_rule)

    def __len__(self) -> int:
        return len(self._exact) + len(self._masked) + 1

    def rules(self) -> list[ProfileRule]:
        """Every row (exact, repeating groups, then the private row)."""
        return [*self._exact.values(), *(r for _, _, r in self._masked), self.private_rule]

    def lookup(self, tag: int) -> ProfileRule | None:
        """The rule for ``tag`` (exact match first, then repeating groups).

        Args:
            tag: the element's tag as an int.
        """
        rule = self._exact.get(tag)
        if rule is not None:
            return rule
        for mask, value, masked_rule in self._masked:
            if tag & mask == value:
                return masked_rule
        return None

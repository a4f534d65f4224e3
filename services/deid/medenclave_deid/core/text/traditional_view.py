"""Traditional-character notes (Hong Kong, Taiwan, Macau) read through a simplified view.

The Chinese rules, word lists and taggers know simplified characters. A note written in
traditional ones is searched in its character-for-character simplified view (OpenCC's
``TSCharacters`` table, single characters only, first candidate: 陳家豪 is read as 陈家豪, 臺北榮民
總醫院 as 台北荣民总医院); the view has the note's length, so every span found in it is the same
span of the note. The surrogates of a traditional note are written in traditional characters
(``STCharacters``, again one character for one). The tables come from an adapter, read with the
first Chinese note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property

from medenclave_deid.core.text.deidentifier import NoteDeidentifier, PatientDemographics, _deny
from medenclave_deid.core.text.spans import PhiSpan, resolve_overlaps

__all__ = ["ScriptTables", "TraditionalAwareDeidentifier", "script_tables"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TRADITIONAL_NOTE: ContextVar[bool] = ContextVar("traditional_note", default=False)
#: Hong Kong's and Taiwan's words for what the rules know by the mainland's word, each of the same
#: length (身分證 is 身份证, 聯絡人 联系人, 姊姊 姐姐, 主診醫生 主治医生, 覆診 复诊), read in the view only
_REGIONAL_WORDS = {
    "身分": "身份",
    "联络": "联系",
    "姊姊": "姐姐",
    "主诊": "主治",
    "覆诊": "复诊",
    "覆检": "复检",
    "胞姊": "胞姐",
    "家姊": "家姐",
    "转介": "转诊",
    "病患": "病人",
    "居于": "居住",
    "太太": "妻子",
}
#: 太太 is a wife where no surname stands before it (家属：太太…, 由太太陪同), not 陈太太
_REGIONAL = re.compile(
    "|".join(w for w in _REGIONAL_WORDS if w != "太太") + r"|(?<![^\s:：，,、由与和及其])太太"
)


@dataclass(frozen=True)
class ScriptTables:
    """One character for one: traditional to simplified and back, and the characters only
    traditional text uses (a note with none of them is left as it is)."""

    to_simplified: dict[int, str]
    to_traditional: dict[int, str]
    traditional_only: frozenset[str]

    def simplified_view(self, text: str) -> str | None:
        """``text`` in simplified characters (same length), or None when it has no
        traditional-only character."""
        if not _CJK.search(text) or self.traditional_only.isdisjoint(text):
            return None
        view = text.translate(self.to_simplified)
        return _REGIONAL.sub(lambda m: _REGIONAL_WORDS[m.group(0)], view)


def script_tables(to_simplified: dict[str, str], to_traditional: dict[str, str]) -> ScriptTables:
    """The tables of two character maps (single characters both sides)."""
    forward = {k: v for k, v in to_simplified.items() if len(k) == 1 and len(v) == 1 and k != v}
    back = {k: v for k, v in to_traditional.items() if len(k) == 1 and len(v) == 1 and k != v}
    return ScriptTables(
        {ord(k): v for k, v in forward.items()},
        {ord(k): v for k, v in back.items()},
        frozenset(forward) - frozenset(back),
    )


class TraditionalAwareDeidentifier(NoteDeidentifier):
    """:class:`NoteDeidentifier` that searches a traditional note in its simplified view and
    writes its surrogates in traditional characters."""

    def __init__(self, *args, tables: Callable[[], ScriptTables], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._load_tables = tables

    @cached_property
    def _tables(self) -> ScriptTables:
        return self._load_tables()

    def _view(self, text: str) -> str | None:
        return self._tables.simplified_view(text) if _CJK.search(text) else None

    def find(
        self, text: str, *, lang: str = "auto", demographics: PatientDemographics | None = None
    ) -> tuple[str, list[PhiSpan]]:
        view = self._view(text)
        if view is None:
            return super().find(text, lang=lang, demographics=demographics)
        lang, spans = super().find(view, lang=lang, demographics=demographics)
        if demographics is not None:  # the patient's own values as the note writes them
            spans = resolve_overlaps(spans + _deny(text, demographics.deny_list()))
        return lang, spans

    def deidentify(self, text: str, **kwargs):
        # whether the note is traditional, without building its view (find builds it once)
        traditional = bool(_CJK.search(text)) and not self._tables.traditional_only.isdisjoint(text)
        token = _TRADITIONAL_NOTE.set(traditional)
        try:
            return super().deidentify(text, **kwargs)
        finally:
            _TRADITIONAL_NOTE.reset(token)

    def _replacement(self, value: str, category: str, lang: str, offset: int, *args, **kwargs) -> str:
        if not _TRADITIONAL_NOTE.get():
            return super()._replacement(value, category, lang, offset, *args, **kwargs)
        tables = self._tables
        surrogate = super()._replacement(
            value.translate(tables.to_simplified), category, lang, offset, *args, **kwargs
        )
        return surrogate.translate(tables.to_traditional)

"""Surrogates: stand-ins for PHI that keep the note readable and keep one patient's values
consistent (the same value gets the same surrogate under the same key).

A Chinese surrogate name never holds a character of the name it replaces or of any name in the
same note: a surname written alone (丁主任) is a whole name, and a surrogate that happened to
reuse 丁 would put it back. The keyed draw moves to the next character only when its first choice
is taken, so the same name gets the same surrogate in every note whose names leave it free.

A name's surrogate is made part by part (:mod:`~medenclave_deid.core.text.name_parts`): a surname
or given name said alone gets the matching part of the full name's surrogate.
"""

from __future__ import annotations

import hashlib
import hmac
import threading

from medenclave_deid.core.text.name_parts import NoteNames, en_parts, zh_bare_surname, zh_parts
from medenclave_deid.core.text.resident_id import check_character

__all__ = ["NoteNames", "SurrogateMaker"]

_EN_FIRST = ("Alex", "Jordan", "Casey", "Morgan", "Riley", "Taylor", "Avery", "Quinn", "Robin",
             "Jamie", "Dana", "Kendall", "Reese", "Skyler", "Emerson", "Rowan")
_EN_LAST = ("Ashdown", "Brightwater", "Calder", "Dunmore", "Elwood", "Fairbank", "Glenholm",
            "Hartwell", "Ivesdale", "Kilbride", "Larchmont", "Merriweather", "Northcote", "Oakridge")
_EN_CITIES = ("Lakeside", "Hillcrest", "Maplewood", "Stonebridge", "Brookfield", "Cedarville")
_EN_STREETS = ("Elm Street", "Oak Avenue", "Pine Road", "Birch Lane", "Willow Drive", "Aspen Court")
_ZH_SURNAMES = "甲乙丙丁戊己庚辛壬癸"
_ZH_GIVEN = "安和平康宁瑞祥泰顺嘉"
#: characters drawn when a note's names hold every surname or given-name choice
_ZH_SPARE = "子丑寅卯辰巳午未申酉戌亥"
_ZH_ADDRESSES = ("某省某市某区和平路{n}号", "某省某市某县建设街{n}号", "某市某区人民路{n}号")
_ZH_HOSPITALS = ("某医院", "某人民医院", "某中心医院")


class SurrogateMaker:
    """Makes surrogates keyed by a secret.

    Args:
        secret: the key (32 random bytes); the same key gives the same surrogates.
    """

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        # the draw in progress (per thread): salt, words and name characters to avoid
        self._draw = threading.local()

    def _digest(self, category: str, value: str) -> bytes:
        message = f"{category}\x1f{value.lower()}"
        salt = getattr(self._draw, "salt", 0)
        if salt:
            message += f"\x1f{salt}"
        return hmac.new(self._secret, message.encode(), hashlib.sha256).digest()

    def _pick(self, options, category: str, value: str, salt: int = 0):
        """A keyed choice from ``options`` that is none of the value's own words (a surrogate
        must never read as the original, even by chance)."""
        own = {w.lower() for w in value.replace(",", " ").split()} | self._draw.avoid
        start = self._digest(category, value)[salt]
        for k in range(len(options)):
            choice = options[(start + k) % len(options)]
            if choice.lower() not in own:
                return choice
        return options[start % len(options)]

    def _pick_char(self, options: str, value: str, salt: int, banned: set[str]) -> str:
        """A keyed character of ``options`` (then of the spare ones) that is not ``banned``."""
        start = self._digest("name", value)[salt]
        for pool in (options, _ZH_SPARE):
            free = [pool[(start + k) % len(pool)] for k in range(len(pool))]
            choice = next((c for c in free if c not in banned), None)
            if choice is not None:
                return choice
        return "某"

    def _zh_name(self, value: str) -> str:
        """A surname and one or two given characters, none of them in ``value`` or in the
        note's other names, none repeated; a surname (王女士) or given name (丽华) said alone
        where the note names its bearer in full gets that part of the full name's surrogate."""
        names: NoteNames = self._draw.names
        banned = set(value) | set(self._draw.avoid_chars)
        # 王 / 王女士 / 老王 / 欧阳 where the note names a 王 in full: the surname's surrogate
        surname = zh_bare_surname(value) or (value if len(value) <= 2 else "")
        if surname in names.zh_surnames:  # 王女士 → 甲某: the form of address goes with the name
            first = self._pick_char(_ZH_SURNAMES, surname, 0, banned)
            banned.add(first)
            return first if surname == value else first + self._zh_given(value, 1, banned)
        if value in names.zh_given:
            banned.add(self._pick_char(_ZH_SURNAMES, names.zh_given[value], 0, banned))
            return self._zh_given(value, len(value), banned)
        surname, given = zh_parts(value)
        first = self._pick_char(_ZH_SURNAMES, surname, 0, banned)
        banned.add(first)
        return first + self._zh_given(given or value, max(1, min(2, len(value) - 1)), banned)

    def _zh_given(self, given: str, count: int, banned: set[str]) -> str:
        out = ""
        for i in range(count):
            out += self._pick_char(_ZH_GIVEN, given, i + 1, banned)
            banned.add(out[-1])
        return out

    def _reshape(self, category: str, value: str, *, keep_prefix: int = 0) -> str:
        """The value with every digit and letter replaced by a keyed one of the same kind."""
        stream = self._digest(category, value) * 4
        out = []
        for i, ch in enumerate(value):
            b = stream[i % len(stream)]
            if i < keep_prefix:
                out.append(ch)
            elif ch.isdigit() and ch.isascii():
                out.append(str(b % 10))
            elif ch.isascii() and ch.isalpha():
                letter = chr(ord("A") + b % 26)
                out.append(letter if ch.isupper() else letter.lower())
            elif ch.isalnum():  # any other script's letters and digits (汉字, ①, …)
                out.append("某" if "\u3400" <= ch <= "\u9fff" else "X")
            else:
                out.append(ch)
        return "".join(out)

    def make(self, category: str, value: str, *, lang: str, salt: int = 0,
             avoid: frozenset[str] = frozenset(), avoid_chars: frozenset[str] = frozenset(),
             names: NoteNames | None = None) -> str:
        """A surrogate for ``value`` of ``category`` (not for dates and ages: the caller shifts
        and caps those).

        Args:
            category: one of :data:`~medenclave_deid.core.text.spans.CATEGORIES`.
            value: the original text.
            salt: another keyed draw for the same value (0: the usual one).
            avoid: lower-case words a surrogate name must not be, nor an English street hold
                (the note's own words: a surrogate must never read as someone else in the note).
            avoid_chars: characters a Chinese surrogate name must not hold (those of every
                name in the note).
            names: the note's names (their characters stand for ``avoid_chars``): a part of a
                name said alone gets that part of the full name's surrogate.
            lang: ``en`` or ``zh``.
        """
        self._draw.names = names or NoteNames(chars=avoid_chars)
        self._draw.salt, self._draw.avoid, self._draw.avoid_chars = salt, avoid, self._draw.names.chars
        try:
            return self._make(category, value, lang=lang)
        finally:
            self._draw.salt, self._draw.avoid, self._draw.avoid_chars = 0, frozenset(), frozenset()

    def _make(self, category: str, value: str, *, lang: str) -> str:
        n = self._digest(category, value)[0] % 200 + 1
        if category == "name":
            if lang == "zh":  # a name in Latin letters, accented or not, stays in Latin letters
                return self._zh_name(value)
            given, surname = en_parts(value)
            if not given:  # a word alone: a given name where the note's full names say so
                if surname in self._draw.names.en_given:
                    return self._pick(_EN_FIRST, category, surname, 1)
                return self._pick(_EN_LAST, category, surname)
            first, last = self._pick(_EN_FIRST, category, given, 1), self._pick(_EN_LAST, category, surname)
            return f"{last}, {first}" if "," in value else f"{first} {last}"
        if category == "email":
            return f"user{self._digest(category, value).hex()[:8]}@example.org"
        if category == "url":
            return f"https://example.org/{self._digest(category, value).hex()[:8]}"
        if category == "ip":
            if ":" in value:
                return f"2001:db8::{self._digest(category, value).hex()[:4]}"
            return f"192.0.2.{n}"
        if category == "address":
            if lang == "zh":
                # never the road the value names itself (人民路 → 某市某区人民路… reads as the original),
                # nor a road named like a person in the note (建设街 where 某建设 is a given name)
                options = tuple(a for a in _ZH_ADDRESSES if _road(a) not in value
                                and not set(_road(a)[:2]) <= self._draw.avoid_chars)
                return self._pick(options or _ZH_ADDRESSES, category, value).format(n=n)
            # no word of the note's own ("Dr Street" stays no one's name in "53 Elm Street")
            options = tuple(o for o in _EN_STREETS if not set(o.lower().split()) & self._draw.avoid)
            return f"{n} {self._pick(options or _EN_STREETS, category, value)}"
        if category == "geo":
            if value.replace("-", "").isdigit():
                return "00000" if len(value) == 5 else "00000-0000"
            return "某市" if lang == "zh" else self._pick(_EN_CITIES, category, value)
        if category == "hospital":
            return self._pick(_ZH_HOSPITALS, category, value) if lang == "zh" else "Community Hospital"
        if category == "department":
            return "某临床科室" if lang == "zh" else "a clinical department"
        if category == "workplace":  # no character of a name in the note (单医生's 单 in 某单位)
            return next((w for w in _ZH_WORKPLACES if not set(w[1:]) & self._draw.avoid_chars),
                        "某单位") if lang == "zh" else "[EMPLOYER]"
        if category == "id_card":
            return _resident_id_like(self._reshape(category, value))
        if category in ("phone", "fax"):
            return self._reshape(category, value, keep_prefix=_phone_prefix(value))
        return self._reshape(category, value)


#: a Chinese employer's surrogates, the first whose characters no name of the note holds
_ZH_WORKPLACES = ("某单位", "某公司", "某机构", "某企业")


def _road(template: str) -> str:
    """The road of a Chinese address template (某省某市某区和平路{n}号 → 和平路)."""
    return template[template.rindex("某") + 2:template.index("{")]


def _phone_prefix(value: str) -> int:
    """Keep a Chinese mobile's leading ``1`` (and the ``+86`` country code) so it still reads as one."""
    if value.startswith("+86"):
        return 5 if len(value) > 4 and value[3] in " -" else 4
    if value.startswith(("0", "(0", "（0")):
        return value.index("0") + 1
    return 1 if value.startswith("1") and len(value.replace("-", "").replace(" ", "")) == 11 else 0


def _resident_id_like(value: str) -> str:
    if len(value) != 18:
        return value
    body = "9" + value[1:6] + "19800101" + value[14:17]   # region 9xxxxx: no such region
    return body + check_character(body)

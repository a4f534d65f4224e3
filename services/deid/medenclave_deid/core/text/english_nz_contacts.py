"""New Zealand telephone numbers, rural-delivery and post-box address lines, and a town in
capitals over its postcode.

* **New Zealand numbers by their shape**: a one-digit area code (3, 4, 6, 7, 9) after ``0``,
  then three and four digits (``03 496 8980``, ``07-838 1234``); a mobile (``021 123 4567``,
  ``027 555 123``); the country code before either (``+64 3 496 8980``, ``+64 21 123 4567``);
* **a rural-delivery or post-box line**: ``RD 2, Te Awamutu 3872``, ``PO Box 45, Taupō 3351``,
  ``Private Bag 3002, Hamilton 3240``: the delivery number is the street address, then the town
  and its four-digit postcode; also when a street comes before (``101 Rimu Road, RD 8, …``);
* **a town and its postcode after a street**, a suburb perhaps between, in a sentence
  (``lives at 12 Kowhai Street, Hillcrest, Whakatāne 3120 with her mother``);
* **a town over its postcode, or a town in capitals**: a street's line, then a town's line and
  a four-digit code on a line of its own (``12 Kowhai Street, Hillcrest`` / ``HAMILTON`` /
  ``3216``), or ``… Street, Suburb`` / ``WHANGĀREI 0110`` with the town in capitals.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_nz_contacts"]

_PHONE = re.compile(
    r"(?<![\w+/.-])(?:\+64[ \t]?\(?0?(?P<a>[34679])\)?|0[34679])[ \t-]\d{3}[ \t-]?\d{4}(?![\w/-]|\.\d)"
    r"|(?<![\w+/.-])(?:\+64[ \t]?|0)2[0-9][ \t-]?\d{3}[ \t-]?\d{3,4}(?![\w/-]|\.\d)"
)
#: a capitalised (or all-capitals) word, Māori macrons included
_CAP = r"[A-ZĀĒĪŌŪ][a-zāēīōū'-]+|[A-ZĀĒĪŌŪ]{3,}"
_TOWN = rf"(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}"
_BOX = re.compile(
    r"(?<![\w-])(?P<box>(?:RD|R\.D\.|PO[ \t]+Box|P\.O\.[ \t]*Box|Private[ \t]+Bag)[ \t]*\d{1,5}),[ \t]*"
    rf"(?P<town>{_TOWN}),?[ \t]+(?P<pc>\d{{4}})(?![\w-])"
)
_STREET = (
    r"\d{1,5}[A-Za-z]?(?:/\d{1,4})?[ \t]+[A-ZĀĒĪŌŪ][A-Za-zāēīōū'-]+(?:[ \t]+[A-ZĀĒĪŌŪ][A-Za-zāēīōū'-]+){1,3}"
)
_OWN_LINE = re.compile(
    rf"^[ \t]*{_STREET}(?:,[ \t]*{_TOWN})?[ \t]*,?\n"
    rf"[ \t]*(?P<town>[A-ZĀĒĪŌŪ]{{2,}}(?:[ \t]+[A-ZĀĒĪŌŪ]{{2,}}){{1,2}}|[A-ZĀĒĪŌŪ]{{3,}}|{_TOWN})[ \t]*,?"
    rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<pc>\d{{4}})[ \t]*$",
    re.M,
)
#: a street, perhaps a suburb, then the town and its code in a sentence or a line
_IN_LINE = re.compile(
    rf"(?<![\w/-]){_STREET},[ \t]*(?:{_TOWN},[ \t]*)?(?P<town>{_TOWN}),?[ \t]+(?P<pc>\d{{4}})(?![\w/.-]|\.\d)"
)


def find_nz_contacts(text: str) -> list[PhiSpan]:
    """Spans of the numbers and the address parts of the module docstring."""
    out = [PhiSpan(m.start(), m.end(), "phone") for m in _PHONE.finditer(text)]
    for m in _BOX.finditer(text):
        out += [PhiSpan(m.start("box"), m.end("box"), "address")]
        out += [PhiSpan(m.start(g), m.end(g), "geo") for g in ("town", "pc")]
    for m in (*_OWN_LINE.finditer(text), *_IN_LINE.finditer(text)):
        out += [PhiSpan(m.start(g), m.end(g), "geo") for g in ("town", "pc")]
    return out

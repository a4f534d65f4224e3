"""The state that issued a clinician's licence, written beside the licence number.

A certificate to a utility, an insurer or an employer ends with the signing clinician's licence,
and the licence is only a number within its state, so the form writes the state with it:
``Lic. Oregon A48213``, ``State license: TX M60219``, ``License # Nebraska 22-4417``, ``Iowa lic.
DO 40512``. The state there is the clinician's place and goes with the number; the address
finders, which read a state before a ZIP code or after a town, leave it. A state's name (either
case), or its two-letter postal code in capitals, is taken

* **after a licence label** (``license``, ``licence``, ``lic``, with ``state``, ``medical`` or
  ``nursing`` before it and ``no``/``#``/``number`` after it), then a space and a number that may
  open with up to four letters (``A48213``, ``MD562786``, ``22-4417``);
* **before a licence label** followed by such a number, a postal code only where it cannot be a
  credential (``MD``, ``PA``, ``MA``, ``MS``, ``DE`` before "license" is the doctor's degree).

A licence number written alone (``License: MD562786``), a credential after a comma (``Ada Roe,
MD``) and a drug licence's words stay as they are.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_geo import STATE_CODES, US_STATE_NAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_licence_states"]


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


_NAME = _alt(n.replace(" ", r"[ \t]+") for name in US_STATE_NAMES for n in (name, name.upper()))
_CODE = _alt(STATE_CODES)
_CREDENTIAL_CODES = _alt(["MD", "PA", "MA", "MS", "DE"])
_LABEL = (
    r"(?i:\b(?:(?:state|medical|nursing|professional)[ \t]+)?(?:licen[cs]e|lic\b\.?)"
    r"(?:[ \t]*(?:no\b\.?|number|#))?)"
)
_NUMBER = r"(?=(?:#[ \t]*)?[A-Z]{0,4}[ \t-]?\d[\d-]{2,}\b)"
_AFTER_LABEL = re.compile(rf"{_LABEL}[ \t]*[:#]?[ \t]*(?P<st>{_NAME}|{_CODE})\b[ \t]+{_NUMBER}")
_BEFORE_LABEL = re.compile(
    rf"(?<![\w,.-][ \t])(?<![\w.,-])(?P<st>{_NAME}|(?!{_CREDENTIAL_CODES}\b){_CODE})[ \t]+{_LABEL}"
    rf"[ \t]*[:#]?[ \t]*{_NUMBER}"
)


def find_licence_states(text: str) -> list[PhiSpan]:
    """The states written beside a licence number (module docstring).

    Args:
        text: an English note.
    """
    return [
        PhiSpan(m.start("st"), m.end("st"), "geo")
        for rx in (_AFTER_LABEL, _BEFORE_LABEL)
        for m in rx.finditer(text)
    ]

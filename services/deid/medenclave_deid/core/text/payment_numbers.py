"""Payment numbers in any language, told by their shape rather than a label in front of them.

* **bank cards** written in groups (``4539 1488 0343 6467``, ``5425-2334-3010-9903``): the
  grouping of a card (4-4-4-4, 4-6-5, 4-4-4-4-3) with a card's first digit (3 to 6) and a valid
  Luhn check digit, or — for the 19-digit and the 4-6-5 groupings no lab table writes — the
  grouping alone. A run of digits without spaces is already an identifier-like token.
* **grouped account numbers** that are no card (``对公账户：4403 0160 0104 0000 1234``, ``通过6228
  4801 2345 6789 012转账``): three or more groups of digits, twelve digits or more, right after a
  payment word (卡号, 账户, 开户行, card, account, A/C …) or right before one (转账, 汇款, 付款).
* **IBANs** (``GB33 BUKB 2020 1555 5555 55``): two letters, two check digits and the account,
  grouped or not, whose ISO 7064 mod-97 check holds.
* **payment processors' ids** (``pi_3KXa19…``, ``ch_1Nq8…``, ``txn_88120…``): a short lower-case
  prefix, an underscore and eight or more letters and digits with digits among them.

A masked card (``****7723``, "the card ending 4821", 尾号7723) shows four digits of a number that
has millions; it is left alone. A drug's lot number has none of these shapes.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_payment_numbers", "luhn_valid"]

_GROUPS = re.compile(
    r"(?<![\w.,/+-])\d{3,6}(?:(?P<sep>[ -])\d{2,6})(?:(?P=sep)\d{2,6}){1,4}(?![\w-]|[.,]\d)", re.ASCII
)
_CARD_SHAPES = {
    (4, 4, 4, 4): False,
    (4, 6, 5): True,
    (4, 6, 4): True,
    (4, 4, 4, 4, 3): True,
    (4, 4, 4, 4, 2): False,
    (4, 4, 4, 4, 1): False,
    (4, 4, 4, 3): False,
    (4, 4, 5): False,
}
_CUE_BEFORE = re.compile(
    r"(?:卡号|卡|账号|账户|帐号|帐户|户号|开户行|银行|对公|转入|转至|退至|退回|退到|汇入|打入|存入|"
    r"(?i:card|account|acct|a/c|acc|bank|debit|credit|iban|refund(?:ed)?\s+to|paid\s+(?:by|with|from)))"
    r"[^\n\d]{0,12}$"
)
_CUE_AFTER = re.compile(r"[ \t]*(?:转账|汇款|付款|支付|缴费|缴纳|退款|扣款|还款|存款)")
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", re.ASCII
)
_PROCESSOR_ID = re.compile(
    r"(?<![\w.-])[a-z]{2,6}_(?=[A-Za-z]*\d)(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{8,}(?![\w-])", re.ASCII
)


def luhn_valid(digits: str) -> bool:
    """Whether the last digit of ``digits`` is the Luhn check digit of the others."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return bool(digits) and total % 10 == 0


def _iban_valid(value: str) -> bool:
    """The ISO 13616 check: the country and check digits moved to the end, letters as 10..35,
    the number modulo 97 is 1."""
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _card(groups: tuple[int, ...], digits: str) -> bool:
    """Whether grouped digits are written as a payment card."""
    shape_alone = _CARD_SHAPES.get(groups)
    if shape_alone is None or digits[0] not in "3456":
        return False
    return shape_alone or luhn_valid(digits)


def find_payment_numbers(text: str) -> list[PhiSpan]:
    """Bank cards, grouped account numbers, IBANs and processors' payment ids in ``text``."""
    out: list[PhiSpan] = []
    for m in _GROUPS.finditer(text):
        value = m.group()
        parts = re.split(r"[ -]", value)
        digits = "".join(parts)
        groups = tuple(len(p) for p in parts)
        cued = len(digits) >= 12 and bool(
            _CUE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _CUE_AFTER.match(text, m.end())
        )
        if _card(groups, digits) or cued:
            out.append(PhiSpan(m.start(), m.end(), "account"))
    for m in _IBAN.finditer(text):
        if _iban_valid(m.group()):
            out.append(PhiSpan(m.start(), m.end(), "account"))
    for m in _PROCESSOR_ID.finditer(text):
        out.append(PhiSpan(m.start(), m.end(), "account"))
    return out

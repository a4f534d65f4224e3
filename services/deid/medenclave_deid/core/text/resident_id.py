"""The check character of a Chinese resident identity number (GB 11643-1999, ISO 7064 MOD 11-2)."""

from __future__ import annotations

__all__ = ["check_character"]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_character(body: str) -> str:
    """The 18th character of a resident identity number whose first 17 digits are ``body``."""
    return _CHECK[sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11]

"""A memo for the name judge's questions about one note.

The judge asks the same questions about the same word many times over (whether word 12 is
clinical, which word stands next to it): every answer depends only on the note, its words and
the word lists, none of which change once the judge is built, so it is worked out once.

The memo lives in the judge itself and goes with it when the note is done: it holds nothing of
a note beyond the call that reads it, and it never grows beyond a few entries per word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["per_judge"]

_R = TypeVar("_R")


def per_judge(method: Callable[..., _R]) -> Callable[..., _R]:
    """``method`` of the judge, answered once per judge and arguments.

    Args:
        method: a method whose answer depends only on its arguments and on what the judge
            holds from its construction on (the note, its words, the word lists).
    """
    slot = f"_memo_{method.__name__}"

    @wraps(method)
    def memo(self: Any, *args: Any, **kwargs: Any) -> _R:
        answers: dict[Any, _R] | None = self.__dict__.get(slot)
        if answers is None:
            answers = self.__dict__[slot] = {}
        key = (args, *kwargs.items()) if kwargs else args
        if key in answers:
            return answers[key]
        answer = answers[key] = method(self, *args, **kwargs)
        return answer

    return memo

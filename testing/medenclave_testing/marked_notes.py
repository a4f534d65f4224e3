"""Case files of marked note lines for the note de-identifier's tests.

Each non-empty line of a case file is one case: ``«value»`` marks an identifier that must go,
``‹value›`` clinical words that must stay, and ``\\n`` starts a new line of the same case. The
check is the one the notes scorer makes: no identifier (for a value without digits: no word of it
of two letters or more) is left more often than the line's own other text explains, and every
kept value is still there as often as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pytest

__all__ = ["MARK", "case_suite", "english_text", "gone", "kept", "leftovers", "marked_cases", "read_cases"]

MARK = re.compile(r"«(?P<phi>[^»]+)»|‹(?P<keep>[^›]+)›")


class _Result(Protocol):
    text: str


class _Notes(Protocol):
    def deidentify(self, text: str, *, lang: str) -> _Result: ...


def read_cases(path: Path) -> list[str]:
    """The case lines of a case file (blank lines skipped)."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def marked_cases(path: Path, prefix: str, *, digits: int = 3) -> pytest.MarkDecorator:
    """Parametrize a test's ``line`` argument over the cases of a case file, with the ids
    ``{prefix}{index}`` (the index zero-padded to ``digits``): ``en000``, ``en001``, …"""
    import pytest  # only the tests need it; the rest of this module does not

    lines = read_cases(path)
    return pytest.mark.parametrize("line", lines, ids=[f"{prefix}{i:0{digits}d}" for i in range(len(lines))])


def case_suite(
    path: Path, lang: str, *, minimum: int, every_line_marked: bool = False
) -> tuple[Callable[..., None], Callable[[], None]]:
    """The two tests of a case file, to bind at a test module's top level (its ``SECRET`` keys
    the de-identifier)::

        test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
            Path(__file__).parent / "english_x_cases.txt", "en", minimum=20)

    The first checks every case with the ``en_notes`` or ``zh_notes`` fixture; the second that
    the file holds at least ``minimum`` cases (each with a mark, if ``every_line_marked``)."""
    lines = read_cases(path)
    mark = marked_cases(path, "case")
    check: Callable[..., None]
    if lang == "en":

        def english(en_notes, line: str) -> None:
            en_notes.marked(line)

        check = english
    else:

        def chinese(zh_notes, line: str) -> None:
            zh_notes.marked(line)

        check = chinese

    def many() -> None:
        assert len(lines) >= minimum
        assert not every_line_marked or all(MARK.search(line) for line in lines)

    return mark(check), many


def _count(form: str, text: str) -> int:
    pattern = r"(?<![A-Za-z0-9_])" + re.escape(form) + r"(?![A-Za-z0-9_])"
    return len(re.findall(pattern, text, re.IGNORECASE))


def _forms(value: str) -> list[str]:
    """The whole value; for a value without digits, each word of two letters or more."""
    if any(c.isdigit() for c in value):
        return [value]
    return [value, *re.findall(r"[A-Za-z]{2,}", value)]


def leftovers(notes: _Notes, line: str, lang: str = "en") -> tuple[list[str], str]:
    """What went wrong with one marked line: identifier forms left and kept values lost, with
    the de-identified text (for the assertion message)."""
    line = line.replace("\\n", "\n")
    text = MARK.sub(lambda m: m.group("phi") or m.group("keep"), line)
    residue = MARK.sub(lambda m: " " if m.group("phi") else m.group("keep"), line)
    out = notes.deidentify(text, lang=lang).text
    wrong: list[str] = []
    for m in MARK.finditer(line):
        if m.group("phi"):
            wrong += [f for f in _forms(m.group("phi")) if _count(f, out) > _count(f, residue)]
        elif _count(m.group("keep"), out) < _count(m.group("keep"), residue):
            wrong.append("lost: " + m.group("keep"))
    return wrong, out


def english_text(notes: _Notes, text: str) -> str:
    """The de-identified text of an English note."""
    return notes.deidentify(text, lang="en").text


def gone(notes: _Notes, text: str, *values: str) -> str:
    """De-identify an English note and assert that none of ``values`` is left (any case)."""
    out = english_text(notes, text)
    for value in values:
        assert value.lower() not in out.lower(), (value, out)
    return out


def kept(notes: _Notes, text: str, *values: str) -> str:
    """De-identify an English note and assert that every one of ``values`` is still there."""
    out = english_text(notes, text)
    for value in values:
        assert value in out, (value, out)
    return out

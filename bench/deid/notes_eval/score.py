#!/usr/bin/env python3
# Longer than 450 lines: the scorer is one standard-library file on purpose, so it can be
# copied and run beside the frozen set alone.
"""Score a free-text de-identifier against the frozen MedEnclave notes evaluation set.

Independent of any de-identifier: it needs only a function ``deidentify(text, lang) -> str`` and
the frozen JSONL files next to this script. Standard library only.

Python API::

    from score import load_notes, score
    report = score(load_notes("dev"), my_deidentify)

Command line (run from anywhere)::

    python bench/deid/notes_eval/score.py --split dev --module some.module:function
    python bench/deid/notes_eval/score.py --split holdout --module path/to/file.py:function --json out.json
    python bench/deid/notes_eval/score.py --split holdout-v2 --module path/to/file.py:function   # v2
    python bench/deid/notes_eval/score.py --split holdout-v3 --module path/to/file.py:function   # v3
    python bench/deid/notes_eval/score.py --split holdout-v4 --module path/to/file.py:function   # v4
    python bench/deid/notes_eval/score.py --split holdout-v5 --module path/to/file.py:function   # v5
    python bench/deid/notes_eval/score.py --split holdout-v6 --module path/to/file.py:function   # v6
    python bench/deid/notes_eval/score.py --split holdout-v7 --module path/to/file.py:function   # v7
    python bench/deid/notes_eval/score.py --split holdout-v8 --module path/to/file.py:function   # v8
    python bench/deid/notes_eval/score.py --split holdout-v9 --module path/to/file.py:function   # v9
    python bench/deid/notes_eval/score.py --split holdout-v10 --module path/to/file.py:function  # v10
    python bench/deid/notes_eval/score.py --split holdout-v11 --module path/to/file.py:function  # v11
    python bench/deid/notes_eval/score.py --split holdout-v12 --module path/to/file.py:function  # v12
    python bench/deid/notes_eval/score.py --split holdout-v13 --module path/to/file.py:function  # v13
    python bench/deid/notes_eval/score.py --split holdout-v14 --module path/to/file.py:function  # v14
    python bench/deid/notes_eval/score.py --split holdout-v15 --module path/to/file.py:function  # v15
    python bench/deid/notes_eval/score.py --split holdout-v17 --module path/to/file.py:function  # v17
    python bench/deid/notes_eval/score.py --split holdout-v18 --module path/to/file.py:function  # v18
    python bench/deid/notes_eval/score.py --split holdout-v19 --module path/to/file.py:function  # v19
    python bench/deid/notes_eval/score.py --split holdout-v20 --module path/to/file.py:function  # v20
    python bench/deid/notes_eval/score.py --split holdout-v21 --module path/to/file.py:function  # v21
    python bench/deid/notes_eval/score.py --split holdout-v22 --module path/to/file.py:function  # v22
    python bench/deid/notes_eval/score.py --split holdout-v23 --module path/to/file.py:function  # v23
    python bench/deid/notes_eval/score.py --split holdout-v24 --module path/to/file.py:function  # v24
    python bench/deid/notes_eval/score.py --split holdout-v25 --module path/to/file.py:function  # v25
    python bench/deid/notes_eval/score.py --split holdout-v26 --module path/to/file.py:function  # v26
    python bench/deid/notes_eval/score.py --split holdout-v27 --module path/to/file.py:function  # v27
    python bench/deid/notes_eval/score.py --split holdout-v28 --module path/to/file.py:function  # v28
    python bench/deid/notes_eval/score.py --split holdout-v29 --module path/to/file.py:function  # v29
    python bench/deid/notes_eval/score.py --split holdout-v30 --module path/to/file.py:function  # v30
    python bench/deid/notes_eval/score.py --split holdout-v31 --module path/to/file.py:function  # v31
    python bench/deid/notes_eval/score.py --split holdout-v32 --module path/to/file.py:function  # v32
    python bench/deid/notes_eval/score.py --split holdout-v33 --module path/to/file.py:function  # v33
    python bench/deid/notes_eval/score.py --split holdout-v34 --module path/to/file.py:function  # v34
    python bench/deid/notes_eval/score.py --split holdout-v35 --module path/to/file.py:function  # v35
    python bench/deid/notes_eval/score.py --split holdout-v36 --module path/to/file.py:function  # v36
    python bench/deid/notes_eval/score.py --split holdout-v37 --module path/to/file.py:function  # v37
    python bench/deid/notes_eval/score.py --split holdout-v38 --module path/to/file.py:function  # v38
    python bench/deid/notes_eval/score.py --split holdout-v39 --module path/to/file.py:function  # v39
    python bench/deid/notes_eval/score.py --self-test

The leak rule (also in README.md)
---------------------------------
For every PHI span the scorer asks: "is this value still recoverable from the output, beyond what
the note's own non-PHI text already explains?" The baseline is the *residue*: the original text
with every PHI span cut out. A form of the value counts as leaked when it occurs in the output
more often than in the residue. That makes common words fair (the name "Will" is leaked only if
there are more "will"s in the output than in the note's non-PHI text) and stays strict (any
surplus occurrence is a leak). Forms checked, all at token boundaries (ASCII letters, digits, "_"):

1. the whole value, case-insensitively, whitespace runs collapsed;
2. for values carrying at least 5 digits and at most 3 Latin letters: the digit string, against
   the output with spaces, dashes, dots, slashes, plus signs and parentheses removed (so
   "(415) 555-0123" leaks as "415.555.0123" and "2023-03-14" as "2023/03/14"); for phone and fax
   numbers written with a country code, the national number too;
3. for NAME_* values: each Latin token of 2+ letters (name particles such as "de", "van", "bin"
   excepted), and for Chinese names the name without inner spaces, the given name if it has 2+
   characters (after a single-character or known compound surname), and each part of a
   "·"-joined name with 2+ characters.

A value leaked anywhere marks every span carrying that value in that note as leaked (once a name
is out, it is out). Recall = spans not leaked / spans. The de-identifier's own markup - bracketed
upper-case tags such as [DATE], <PERSON>, [**NAME**] - is removed before counting.

A keep span is retained if its exact value (case-sensitive, whitespace collapsed, same token
boundaries) occurs in the output as often as in the original; missing occurrences are charged to
the annotated spans of that value. Retention = spans retained / spans.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import importlib.util
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
FROZEN = HERE / "frozen"
SPLIT_FILES = {"dev": "notes-dev.jsonl", "holdout": "notes-holdout.jsonl"}
# v2: a second, independently written set, a holdout only (generate_v2.py, README.md "v2"); its
# checksums are in SHA256SUMS-v2 so that v1's files, SHA256SUMS included, stay byte-identical.
V2_SPLIT_FILES = {"holdout-v2": "notes-v2-holdout.jsonl"}
V2_SUMS = "SHA256SUMS-v2"
# v3: a third independently written holdout (generate_v3.py, README.md "v3"), checksums apart too.
V3_SPLIT_FILES = {"holdout-v3": "notes-v3-holdout.jsonl"}
V3_SUMS = "SHA256SUMS-v3"
# v4: a fourth, blind holdout (generate_v4.py, README.md "v4"), checksums apart too.
V4_SPLIT_FILES = {"holdout-v4": "notes-v4-holdout.jsonl"}
V4_SUMS = "SHA256SUMS-v4"
# v5: a fifth, blind holdout (generate_v5.py, README.md "v5"), checksums apart too.
V5_SPLIT_FILES = {"holdout-v5": "notes-v5-holdout.jsonl"}
V5_SUMS = "SHA256SUMS-v5"
# v6: a sixth, blind holdout (generate_v6.py, README.md "v6"), checksums apart too.
V6_SPLIT_FILES = {"holdout-v6": "notes-v6-holdout.jsonl"}
V6_SUMS = "SHA256SUMS-v6"
# v7: a seventh, blind holdout (generate_v7.py, README.md "v7"), checksums apart too.
V7_SPLIT_FILES = {"holdout-v7": "notes-v7-holdout.jsonl"}
V7_SUMS = "SHA256SUMS-v7"
# v8: an eighth, blind holdout (generate_v8.py, README.md "v8"), checksums apart too.
V8_SPLIT_FILES = {"holdout-v8": "notes-v8-holdout.jsonl"}
V8_SUMS = "SHA256SUMS-v8"
# v9: a ninth, blind holdout (generate_v9.py, README.md "v9"), checksums apart too.
V9_SPLIT_FILES = {"holdout-v9": "notes-v9-holdout.jsonl"}
V9_SUMS = "SHA256SUMS-v9"
# v10: a tenth, blind holdout (generate_v10.py, README.md "v10"), checksums apart too.
V10_SPLIT_FILES = {"holdout-v10": "notes-v10-holdout.jsonl"}
V10_SUMS = "SHA256SUMS-v10"
# v11: an eleventh, blind holdout (generate_v11.py, README.md "v11"), checksums apart too.
V11_SPLIT_FILES = {"holdout-v11": "notes-v11-holdout.jsonl"}
V11_SUMS = "SHA256SUMS-v11"
# v12: a twelfth, blind holdout (generate_v12.py, README.md "v12"), checksums apart too.
V12_SPLIT_FILES = {"holdout-v12": "notes-v12-holdout.jsonl"}
V12_SUMS = "SHA256SUMS-v12"
# v13: a thirteenth, blind holdout (generate_v13.py, README.md "v13"), checksums apart too.
V13_SPLIT_FILES = {"holdout-v13": "notes-v13-holdout.jsonl"}
V13_SUMS = "SHA256SUMS-v13"
# v14: a fourteenth, blind holdout (generate_v14.py, README.md "v14"), checksums apart too.
V14_SPLIT_FILES = {"holdout-v14": "notes-v14-holdout.jsonl"}
V14_SUMS = "SHA256SUMS-v14"
# v15: a fifteenth, blind holdout (generate_v15.py, README.md "v15"), checksums apart too.
V15_SPLIT_FILES = {"holdout-v15": "notes-v15-holdout.jsonl"}
V15_SUMS = "SHA256SUMS-v15"
# v16: a sixteenth, blind holdout (generate_v16.py, README.md "v16"), checksums apart too.
V16_SPLIT_FILES = {"holdout-v16": "notes-v16-holdout.jsonl"}
V16_SUMS = "SHA256SUMS-v16"
# v17: a seventeenth, blind holdout (generate_v17.py, README.md "v17"), checksums apart too.
V17_SPLIT_FILES = {"holdout-v17": "notes-v17-holdout.jsonl"}
V17_SUMS = "SHA256SUMS-v17"
# v18: an eighteenth, blind holdout (generate_v18.py, README.md "v18"), checksums apart too.
V18_SPLIT_FILES = {"holdout-v18": "notes-v18-holdout.jsonl"}
V18_SUMS = "SHA256SUMS-v18"
# v19: a nineteenth, blind holdout (generate_v19.py, README.md "v19"), checksums apart too.
V19_SPLIT_FILES = {"holdout-v19": "notes-v19-holdout.jsonl"}
V19_SUMS = "SHA256SUMS-v19"
# v20: a twentieth, blind holdout (generate_v20.py, README.md "v20"), checksums apart too.
V20_SPLIT_FILES = {"holdout-v20": "notes-v20-holdout.jsonl"}
V20_SUMS = "SHA256SUMS-v20"
# v21: a twenty-first, blind holdout (generate_v21.py, README.md "v21"), checksums apart too.
V21_SPLIT_FILES = {"holdout-v21": "notes-v21-holdout.jsonl"}
V21_SUMS = "SHA256SUMS-v21"
# v22: a twenty-second, blind holdout (generate_v22.py, README.md "v22"), checksums apart too.
V22_SPLIT_FILES = {"holdout-v22": "notes-v22-holdout.jsonl"}
V22_SUMS = "SHA256SUMS-v22"
# v23: a twenty-third, blind holdout (generate_v23.py, README.md "v23"), checksums apart too.
V23_SPLIT_FILES = {"holdout-v23": "notes-v23-holdout.jsonl"}
V23_SUMS = "SHA256SUMS-v23"
# v24: a twenty-fourth, blind holdout (generate_v24.py, README.md "v24"), checksums apart too.
V24_SPLIT_FILES = {"holdout-v24": "notes-v24-holdout.jsonl"}
V24_SUMS = "SHA256SUMS-v24"
# v25: a twenty-fifth, blind holdout (generate_v25.py, README.md "v25"), checksums apart too.
V25_SPLIT_FILES = {"holdout-v25": "notes-v25-holdout.jsonl"}
V25_SUMS = "SHA256SUMS-v25"
# v26: a twenty-sixth, blind holdout (generate_v26.py, README.md "v26"), checksums apart too.
V26_SPLIT_FILES = {"holdout-v26": "notes-v26-holdout.jsonl"}
V26_SUMS = "SHA256SUMS-v26"
# v27: a twenty-seventh, blind holdout (generate_v27.py, README.md "v27"), checksums apart too.
V27_SPLIT_FILES = {"holdout-v27": "notes-v27-holdout.jsonl"}
V27_SUMS = "SHA256SUMS-v27"
# v28: a twenty-eighth, blind holdout (generate_v28.py, README.md "v28"), checksums apart too.
V28_SPLIT_FILES = {"holdout-v28": "notes-v28-holdout.jsonl"}
V28_SUMS = "SHA256SUMS-v28"
# v29: a twenty-ninth, blind holdout (generate_v29.py, README.md "v29"), checksums apart too.
V29_SPLIT_FILES = {"holdout-v29": "notes-v29-holdout.jsonl"}
V29_SUMS = "SHA256SUMS-v29"
# v30: a thirtieth, blind holdout (generate_v30.py, README.md "v30"), checksums apart too.
V30_SPLIT_FILES = {"holdout-v30": "notes-v30-holdout.jsonl"}
V30_SUMS = "SHA256SUMS-v30"
# v31: a thirty-first, blind holdout (generate_v31.py, README.md "v31"), checksums apart too.
V31_SPLIT_FILES = {"holdout-v31": "notes-v31-holdout.jsonl"}
V31_SUMS = "SHA256SUMS-v31"
# v32: a thirty-second, blind holdout (generate_v32.py, README.md "v32"), checksums apart too.
V32_SPLIT_FILES = {"holdout-v32": "notes-v32-holdout.jsonl"}
V32_SUMS = "SHA256SUMS-v32"
# v33: a thirty-third, blind holdout (generate_v33.py, README.md "v33"), checksums apart too.
V33_SPLIT_FILES = {"holdout-v33": "notes-v33-holdout.jsonl"}
V33_SUMS = "SHA256SUMS-v33"
# v34: a thirty-fourth, blind holdout (generate_v34.py, README.md "v34"), checksums apart too.
V34_SPLIT_FILES = {"holdout-v34": "notes-v34-holdout.jsonl"}
V34_SUMS = "SHA256SUMS-v34"
# v35: a thirty-fifth, blind holdout (generate_v35.py, README.md "v35"), checksums apart too.
V35_SPLIT_FILES = {"holdout-v35": "notes-v35-holdout.jsonl"}
V35_SUMS = "SHA256SUMS-v35"
# v36: a thirty-sixth, blind holdout (generate_v36.py, README.md "v36"), checksums apart too.
V36_SPLIT_FILES = {"holdout-v36": "notes-v36-holdout.jsonl"}
V36_SUMS = "SHA256SUMS-v36"
# v37: a thirty-seventh, blind holdout (generate_v37.py, README.md "v37"), checksums apart too.
V37_SPLIT_FILES = {"holdout-v37": "notes-v37-holdout.jsonl"}
V37_SUMS = "SHA256SUMS-v37"
# v38: a thirty-eighth, blind holdout (generate_v38.py, README.md "v38"), checksums apart too.
V38_SPLIT_FILES = {"holdout-v38": "notes-v38-holdout.jsonl"}
V38_SUMS = "SHA256SUMS-v38"
# v39: a thirty-ninth, blind holdout (generate_v39.py, README.md "v39"), checksums apart too.
V39_SPLIT_FILES = {"holdout-v39": "notes-v39-holdout.jsonl"}
V39_SUMS = "SHA256SUMS-v39"
ALL_SPLIT_FILES = {
    **SPLIT_FILES,
    **V2_SPLIT_FILES,
    **V3_SPLIT_FILES,
    **V4_SPLIT_FILES,
    **V5_SPLIT_FILES,
    **V6_SPLIT_FILES,
    **V7_SPLIT_FILES,
    **V8_SPLIT_FILES,
    **V9_SPLIT_FILES,
    **V10_SPLIT_FILES,
    **V11_SPLIT_FILES,
    **V12_SPLIT_FILES,
    **V13_SPLIT_FILES,
    **V14_SPLIT_FILES,
    **V15_SPLIT_FILES,
    **V16_SPLIT_FILES,
    **V17_SPLIT_FILES,
    **V18_SPLIT_FILES,
    **V19_SPLIT_FILES,
    **V20_SPLIT_FILES,
    **V21_SPLIT_FILES,
    **V22_SPLIT_FILES,
    **V23_SPLIT_FILES,
    **V24_SPLIT_FILES,
    **V25_SPLIT_FILES,
    **V26_SPLIT_FILES,
    **V27_SPLIT_FILES,
    **V28_SPLIT_FILES,
    **V29_SPLIT_FILES,
    **V30_SPLIT_FILES,
    **V31_SPLIT_FILES,
    **V32_SPLIT_FILES,
    **V33_SPLIT_FILES,
    **V34_SPLIT_FILES,
    **V35_SPLIT_FILES,
    **V36_SPLIT_FILES,
    **V37_SPLIT_FILES,
    **V38_SPLIT_FILES,
    **V39_SPLIT_FILES,
}
#: the checksum list that covers each split's file
SPLIT_SUMS = {
    **dict.fromkeys(SPLIT_FILES, "SHA256SUMS"),
    **dict.fromkeys(V2_SPLIT_FILES, V2_SUMS),
    **dict.fromkeys(V3_SPLIT_FILES, V3_SUMS),
    **dict.fromkeys(V4_SPLIT_FILES, V4_SUMS),
    **dict.fromkeys(V5_SPLIT_FILES, V5_SUMS),
    **dict.fromkeys(V6_SPLIT_FILES, V6_SUMS),
    **dict.fromkeys(V7_SPLIT_FILES, V7_SUMS),
    **dict.fromkeys(V8_SPLIT_FILES, V8_SUMS),
    **dict.fromkeys(V9_SPLIT_FILES, V9_SUMS),
    **dict.fromkeys(V10_SPLIT_FILES, V10_SUMS),
    **dict.fromkeys(V11_SPLIT_FILES, V11_SUMS),
    **dict.fromkeys(V12_SPLIT_FILES, V12_SUMS),
    **dict.fromkeys(V13_SPLIT_FILES, V13_SUMS),
    **dict.fromkeys(V14_SPLIT_FILES, V14_SUMS),
    **dict.fromkeys(V15_SPLIT_FILES, V15_SUMS),
    **dict.fromkeys(V16_SPLIT_FILES, V16_SUMS),
    **dict.fromkeys(V17_SPLIT_FILES, V17_SUMS),
    **dict.fromkeys(V18_SPLIT_FILES, V18_SUMS),
    **dict.fromkeys(V19_SPLIT_FILES, V19_SUMS),
    **dict.fromkeys(V20_SPLIT_FILES, V20_SUMS),
    **dict.fromkeys(V21_SPLIT_FILES, V21_SUMS),
    **dict.fromkeys(V22_SPLIT_FILES, V22_SUMS),
    **dict.fromkeys(V23_SPLIT_FILES, V23_SUMS),
    **dict.fromkeys(V24_SPLIT_FILES, V24_SUMS),
    **dict.fromkeys(V25_SPLIT_FILES, V25_SUMS),
    **dict.fromkeys(V26_SPLIT_FILES, V26_SUMS),
    **dict.fromkeys(V27_SPLIT_FILES, V27_SUMS),
    **dict.fromkeys(V28_SPLIT_FILES, V28_SUMS),
    **dict.fromkeys(V29_SPLIT_FILES, V29_SUMS),
    **dict.fromkeys(V30_SPLIT_FILES, V30_SUMS),
    **dict.fromkeys(V31_SPLIT_FILES, V31_SUMS),
    **dict.fromkeys(V32_SPLIT_FILES, V32_SUMS),
    **dict.fromkeys(V33_SPLIT_FILES, V33_SUMS),
    **dict.fromkeys(V34_SPLIT_FILES, V34_SUMS),
    **dict.fromkeys(V35_SPLIT_FILES, V35_SUMS),
    **dict.fromkeys(V36_SPLIT_FILES, V36_SUMS),
    **dict.fromkeys(V37_SPLIT_FILES, V37_SUMS),
    **dict.fromkeys(V38_SPLIT_FILES, V38_SUMS),
    **dict.fromkeys(V39_SPLIT_FILES, V39_SUMS),
}

PHI_CATEGORIES = (
    "NAME_PATIENT",
    "NAME_RELATIVE",
    "NAME_CLINICIAN",
    "DATE",
    "AGE_OVER_89",
    "PHONE",
    "FAX",
    "EMAIL",
    "ADDRESS_STREET",
    "CITY",
    "POSTCODE",
    "PROVINCE_STATE",
    "HOSPITAL",
    "MRN",
    "ACCESSION",
    "SSN",
    "ID_CARD",
    "INSURANCE",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "PASSPORT",
    "WORKPLACE",
    "OTHER_ID",
)
KEEP_KINDS = ("DRUG", "DOSE", "LAB", "ANATOMY", "FINDING", "PROCEDURE", "EPONYM", "MEASUREMENT")
# Categories that occur in each language (SSN is US-only, ID_CARD mainland-only).
LANG_CATEGORIES = {
    "en": tuple(c for c in PHI_CATEGORIES if c != "ID_CARD"),
    "zh": tuple(c for c in PHI_CATEGORIES if c != "SSN"),
}

Deidentify = Callable[[str, str], str]

# --------------------------------------------------------------------------- loading


def load_notes(split: str, lang: str | None = None, path: str | Path | None = None) -> list[dict]:
    """The notes of one split ("dev", "holdout", "holdout-v2" … "holdout-v16"), optionally one language."""
    p = Path(path) if path else FROZEN / ALL_SPLIT_FILES[split]
    notes = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                n = json.loads(line)
                if lang is None or n["lang"] == lang:
                    notes.append(n)
    return notes


def verify_frozen(folder: str | Path = FROZEN, sums: str = "SHA256SUMS") -> dict[str, bool]:
    """{file: sha256 matches} for every line of folder/SHA256SUMS (v1; sums=V2_SUMS for v2)."""
    folder = Path(folder)
    out = {}
    for line in (folder / sums).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        name = name.lstrip("*")
        data = (folder / name).read_bytes() if (folder / name).exists() else b""
        out[name] = hashlib.sha256(data).hexdigest() == digest
    return out


# --------------------------------------------------------------------------- matching

_WS = re.compile(r"\s+")
_SEP = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014.()（）/·・+]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
PARTICLES = {
    "de",
    "la",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "du",
    "dos",
    "das",
    "bin",
    "ibn",
    "al",
    "el",
    "st",
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "dr",
    "mr",
    "mrs",
    "ms",
    "md",
    "rn",
    "np",
}
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "端木",
    "公孙",
    "尉迟",
    "长孙",
    "宇文",
    "西门",
    "南宫",
    "独孤",
    "澹台",
    "百里",
    "呼延",
    "轩辕",
)


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _ascii_word(ch: str) -> bool:
    return ch in _WORD_CHARS


def _ascii_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _count(haystack: str, needle: str, edge) -> int:
    """Non-overlapping occurrences of needle whose neighbours fail edge() where needle's own end passes it."""
    if not needle:
        return 0
    i = haystack.find(needle)
    if i < 0:
        return 0
    n, size, end = 0, len(needle), len(haystack)
    check_left, check_right = edge(needle[0]), edge(needle[-1])
    while i >= 0:
        j = i + size
        if (check_left and i > 0 and edge(haystack[i - 1])) or (
            check_right and j < end and edge(haystack[j])
        ):
            i = haystack.find(needle, i + 1)
        else:
            n += 1
            i = haystack.find(needle, j)
    return n


def count(haystack: str, needle: str) -> int:
    """Non-overlapping occurrences of needle in haystack, at ASCII letter/digit/underscore boundaries."""
    return _count(haystack, needle, _ascii_word)


def _fold(s: str) -> str:
    return _WS.sub(" ", s).casefold()


@functools.lru_cache(maxsize=65536)
def _ws_value(s: str) -> str:
    return _WS.sub(" ", s)


def _ws(s: str) -> str:
    return _WS.sub(" ", s)


def _digits_view(s: str) -> str:
    return _SEP.sub("", s)


def digit_forms(value: str, category: str) -> list[str]:
    digits = re.sub(r"[^0-9]", "", value)
    if len(digits) < 5 or len(_LATIN_LETTER.findall(value)) > 3:
        return []
    forms = [digits]
    if category in ("PHONE", "FAX"):
        v = value.strip()
        if v.startswith(("+", "00")):
            d = digits[2:] if v.startswith("00") else digits
            for cc in ("852", "853", "886", "86", "44", "49", "33", "61", "82", "81", "7", "1"):
                if d.startswith(cc) and len(d) - len(cc) >= 7:
                    forms.append(d[len(cc) :])
                    break
    return forms


def name_forms(value: str) -> list[str]:
    """Sub-forms of a person's name that on their own identify it (see the module docstring)."""
    forms: list[str] = []
    if _CJK.search(value):
        compact = _WS.sub("", value)
        forms.append(compact)
        parts = [p for p in re.split(r"[·•・]", compact) if p]
        if len(parts) > 1:
            forms += [p for p in parts if len(p) >= 2]
        else:
            sur = next((s for s in COMPOUND_SURNAMES if compact.startswith(s)), compact[:1])
            given = compact[len(sur) :]
            if len(given) >= 2:
                forms.append(given)
    else:
        for tok in re.split(r"[\s,\-]+", value):
            tok = tok.strip(".'’")
            if tok.endswith("'s"):
                tok = tok[:-2]
            if len(_LATIN_LETTER.findall(tok)) >= 2 and tok.casefold() not in PARTICLES:
                forms.append(tok)
    out = []
    for f in forms:
        if f and f != value and f not in out:
            out.append(f)
    return out


@functools.lru_cache(maxsize=65536)
def phi_forms(value: str, category: str) -> tuple[tuple[str, str], ...]:
    """(kind, form) pairs checked for one PHI value; kind is "text" or "digits"."""
    forms = [("text", _fold(value))]
    if category.startswith("NAME_"):
        forms += [("text", _fold(f)) for f in name_forms(value)]
    forms += [("digits", f) for f in digit_forms(value, category)]
    seen, out = set(), []
    for f in forms:
        if f[1] and f not in seen:
            seen.add(f)
            out.append(f)
    return tuple(out)


def residue(note: dict, marker: str = "\x00") -> str:
    """The note's text with every PHI span replaced by a marker."""
    text = note["text"]
    out, pos = [], 0
    for s in sorted(note["phi"], key=lambda s: s["start"]):
        out.append(text[pos : s["start"]])
        out.append(marker)
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


# A de-identifier's own markup - [DATE], <PERSON>, [**NAME**], {PHONE_1} - is not text of the note:
# bracketed tags whose content is upper-case letters, digits, "_", "-", "*", "." or spaces are
# removed (from output and residue alike) before PHI forms are counted.
_TAG = re.compile(r"[\[<{]{1,2}\**[A-Z][A-Z0-9_\-*. ]{0,40}\**[\]>}]{1,2}")


class _View:
    """A text prepared once for the two kinds of search."""

    def __init__(self, text: str):
        if "[" in text or "<" in text or "{" in text:
            text = _TAG.sub("\x00", text)
        self.folded = _fold(text)
        self.digits = _digits_view(text)

    def count(self, kind: str, form: str) -> int:
        if kind == "digits":
            return _count(self.digits, form, _ascii_digit)
        return count(self.folded, form)


def judge_note(note: dict, output: str) -> tuple[list[dict], list[dict]]:
    """(phi results, keep results) for one note: each the span plus "ok" and evidence."""
    base = _View(residue(note))
    out = _View(output)
    verdict: dict[tuple[str, str], str | None] = {}
    phi_res = []
    for s in note["phi"]:
        key = (s["value"], s["category"])
        if key not in verdict:
            ev = None
            for kind, form in phi_forms(s["value"], s["category"]):
                n_out = out.count(kind, form)
                if n_out and n_out > base.count(kind, form):
                    ev = form if kind == "text" else f"digits:{form}"
                    break
            verdict[key] = ev
        phi_res.append({**s, "ok": verdict[key] is None, "evidence": verdict[key]})
    # a value that leaked under one category leaks every span carrying it
    leaked_values = {v for (v, _), ev in verdict.items() if ev is not None}
    for r in phi_res:
        if r["ok"] and r["value"] in leaked_values:
            r["ok"], r["evidence"] = False, "same value leaked elsewhere in the note"

    text_ws, out_ws = _ws(note["text"]), _ws(output)
    groups: dict[str, list[dict]] = defaultdict(list)
    for s in note["keep"]:
        groups[s["value"]].append(s)
    keep_res = []
    for value, spans in groups.items():
        v = _ws_value(value)
        lost = min(len(spans), max(0, count(text_ws, v) - count(out_ws, v)))
        for i, s in enumerate(spans):
            keep_res.append({**s, "ok": i >= lost})
    return phi_res, keep_res


# --------------------------------------------------------------------------- scoring


def _ratio(ok: int, n: int) -> float | None:
    return round(ok / n, 4) if n else None


def _cell(ok: int, n: int, name: str) -> dict:
    return {"spans": n, name: ok, ("recall" if name == "removed" else "retention"): _ratio(ok, n)}


def score(notes: Iterable[dict], deidentify: Deidentify, *, show_leaks: bool | None = None) -> dict:
    """Run deidentify on every note and measure PHI recall and clinical-term retention.

    show_leaks: list individual leaks and lost terms (default: only for the dev split)."""
    notes = list(notes)
    splits = sorted({n["split"] for n in notes})
    if show_leaks is None:
        show_leaks = splits == ["dev"]
    phi = defaultdict(lambda: [0, 0])  # key -> [removed, spans]
    keep = defaultdict(lambda: [0, 0])
    notes_clean = defaultdict(lambda: [0, 0])
    leaks, lost = [], []
    for note in notes:
        lang, tid = note["lang"], note["template"]
        output = deidentify(note["text"], lang)
        if not isinstance(output, str):
            raise TypeError(f"deidentify returned {type(output).__name__} for {note['id']}")
        phi_res, keep_res = judge_note(note, output)
        for r in phi_res:
            for key in (
                ("all",),
                ("lang", lang),
                ("cat", r["category"]),
                ("lang_cat", lang, r["category"]),
                ("tmpl", tid),
            ):
                phi[key][0] += r["ok"]
                phi[key][1] += 1
            if not r["ok"] and show_leaks:
                leaks.append(
                    {
                        "note": note["id"],
                        "lang": lang,
                        "category": r["category"],
                        "value": r["value"],
                        "evidence": r["evidence"],
                    }
                )
        for r in keep_res:
            for key in (
                ("all",),
                ("lang", lang),
                ("kind", r["kind"]),
                ("lang_kind", lang, r["kind"]),
                ("tmpl", tid),
            ):
                keep[key][0] += r["ok"]
                keep[key][1] += 1
            if not r["ok"] and show_leaks:
                lost.append({"note": note["id"], "lang": lang, "kind": r["kind"], "value": r["value"]})
        clean = all(r["ok"] for r in phi_res)
        for key in ("all", lang):
            notes_clean[key][0] += clean
            notes_clean[key][1] += 1

    langs = sorted({n["lang"] for n in notes})
    report = {
        "splits": splits,
        "notes": len(notes),
        "phi": {
            "overall": _cell(*phi[("all",)], "removed"),
            "by_lang": {lg: _cell(*phi[("lang", lg)], "removed") for lg in langs},
            "by_category": {
                c: _cell(*phi[("cat", c)], "removed") for c in PHI_CATEGORIES if phi[("cat", c)][1]
            },
            "by_lang_category": {
                lg: {
                    c: _cell(*phi[("lang_cat", lg, c)], "removed")
                    for c in PHI_CATEGORIES
                    if phi[("lang_cat", lg, c)][1]
                }
                for lg in langs
            },
            "notes_without_leak": {
                k: {"notes": v[1], "clean": v[0], "fraction": _ratio(*v)} for k, v in notes_clean.items()
            },
        },
        "keep": {
            "overall": _cell(*keep[("all",)], "retained"),
            "by_lang": {lg: _cell(*keep[("lang", lg)], "retained") for lg in langs},
            "by_kind": {k: _cell(*keep[("kind", k)], "retained") for k in KEEP_KINDS if keep[("kind", k)][1]},
            "by_lang_kind": {
                lg: {
                    k: _cell(*keep[("lang_kind", lg, k)], "retained")
                    for k in KEEP_KINDS
                    if keep[("lang_kind", lg, k)][1]
                }
                for lg in langs
            },
        },
    }
    if show_leaks:
        tmpls = sorted({n["template"] for n in notes})
        report["by_template"] = {
            t: {"phi_recall": _ratio(*phi[("tmpl", t)]), "keep_retention": _ratio(*keep[("tmpl", t)])}
            for t in tmpls
        }
        report["leaks"] = leaks
        report["lost_terms"] = lost
    return report


# --------------------------------------------------------------------------- baselines


def identity(text: str, lang: str) -> str:
    """The trivial baseline: changes nothing (recall 0, retention 1)."""
    return text


def redact_spans(note: dict, marker: str = "[{category}]") -> str:
    """The note's text with each annotated PHI span replaced (what a perfect de-identifier does)."""
    text = note["text"]
    out, pos = [], 0
    for s in sorted(note["phi"], key=lambda s: s["start"]):
        out.append(text[pos : s["start"]])
        out.append(marker.format(category=s["category"]))
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def oracle(notes: Iterable[dict]) -> Deidentify:
    """A deidentify function that knows the annotations (recall 1, retention 1)."""
    table = {n["text"]: redact_spans(n) for n in notes}
    return lambda text, lang: table[text]


def self_test(verbose: bool = True) -> bool:
    ok = True
    v2 = (FROZEN / V2_SUMS).exists()
    v3 = (FROZEN / V3_SUMS).exists()
    v4 = (FROZEN / V4_SUMS).exists()
    v5 = (FROZEN / V5_SUMS).exists()
    v6 = (FROZEN / V6_SUMS).exists()
    v7 = (FROZEN / V7_SUMS).exists()
    v8 = (FROZEN / V8_SUMS).exists()
    v9 = (FROZEN / V9_SUMS).exists()
    v10 = (FROZEN / V10_SUMS).exists()
    v11 = (FROZEN / V11_SUMS).exists()
    v12 = (FROZEN / V12_SUMS).exists()
    v13 = (FROZEN / V13_SUMS).exists()
    v14 = (FROZEN / V14_SUMS).exists()
    v15 = (FROZEN / V15_SUMS).exists()
    v16 = (FROZEN / V16_SUMS).exists()
    v17 = (FROZEN / V17_SUMS).exists()
    v18 = (FROZEN / V18_SUMS).exists()
    v19 = (FROZEN / V19_SUMS).exists()
    v20 = (FROZEN / V20_SUMS).exists()
    v21 = (FROZEN / V21_SUMS).exists()
    v22 = (FROZEN / V22_SUMS).exists()
    v23 = (FROZEN / V23_SUMS).exists()
    v24 = (FROZEN / V24_SUMS).exists()
    v25 = (FROZEN / V25_SUMS).exists()
    v26 = (FROZEN / V26_SUMS).exists()
    v27 = (FROZEN / V27_SUMS).exists()
    v28 = (FROZEN / V28_SUMS).exists()
    v29 = (FROZEN / V29_SUMS).exists()
    v30 = (FROZEN / V30_SUMS).exists()
    v31 = (FROZEN / V31_SUMS).exists()
    v32 = (FROZEN / V32_SUMS).exists()
    v33 = (FROZEN / V33_SUMS).exists()
    v34 = (FROZEN / V34_SUMS).exists()
    v35 = (FROZEN / V35_SUMS).exists()
    v36 = (FROZEN / V36_SUMS).exists()
    v37 = (FROZEN / V37_SUMS).exists()
    v38 = (FROZEN / V38_SUMS).exists()
    v39 = (FROZEN / V39_SUMS).exists()
    splits = [*SPLIT_FILES, *(V2_SPLIT_FILES if v2 else ()), *(V3_SPLIT_FILES if v3 else ())]
    splits += [*(V4_SPLIT_FILES if v4 else ()), *(V5_SPLIT_FILES if v5 else ())]
    splits += [*(V6_SPLIT_FILES if v6 else ()), *(V7_SPLIT_FILES if v7 else ())]
    splits += [*(V8_SPLIT_FILES if v8 else ()), *(V9_SPLIT_FILES if v9 else ())]
    splits += [*(V10_SPLIT_FILES if v10 else ()), *(V11_SPLIT_FILES if v11 else ())]
    splits += [*(V12_SPLIT_FILES if v12 else ()), *(V13_SPLIT_FILES if v13 else ())]
    splits += [*(V14_SPLIT_FILES if v14 else ()), *(V15_SPLIT_FILES if v15 else ())]
    splits += [*(V16_SPLIT_FILES if v16 else ()), *(V17_SPLIT_FILES if v17 else ())]
    splits += [*(V18_SPLIT_FILES if v18 else ())]
    splits += [*(V19_SPLIT_FILES if v19 else ())]
    splits += [*(V20_SPLIT_FILES if v20 else ())]
    splits += [*(V21_SPLIT_FILES if v21 else ())]
    splits += [*(V22_SPLIT_FILES if v22 else ())]
    splits += [*(V23_SPLIT_FILES if v23 else ())]
    splits += [*(V24_SPLIT_FILES if v24 else ())]
    splits += [*(V25_SPLIT_FILES if v25 else ())]
    splits += [*(V26_SPLIT_FILES if v26 else ())]
    splits += [*(V27_SPLIT_FILES if v27 else ())]
    splits += [*(V28_SPLIT_FILES if v28 else ())]
    splits += [*(V29_SPLIT_FILES if v29 else ())]
    splits += [*(V30_SPLIT_FILES if v30 else ())]
    splits += [*(V31_SPLIT_FILES if v31 else ())]
    splits += [*(V32_SPLIT_FILES if v32 else ())]
    splits += [*(V33_SPLIT_FILES if v33 else ())]
    splits += [*(V34_SPLIT_FILES if v34 else ())]
    splits += [*(V35_SPLIT_FILES if v35 else ())]
    splits += [*(V36_SPLIT_FILES if v36 else ())]
    splits += [*(V37_SPLIT_FILES if v37 else ())]
    splits += [*(V38_SPLIT_FILES if v38 else ())]
    splits += [*(V39_SPLIT_FILES if v39 else ())]
    for split in splits:
        notes = load_notes(split)
        r_id = score(notes, identity, show_leaks=False)
        r_or = score(notes, oracle(notes), show_leaks=False)
        checks = {
            f"{split}: identity recall == 0": r_id["phi"]["overall"]["recall"] == 0.0,
            f"{split}: identity retention == 1": r_id["keep"]["overall"]["retention"] == 1.0,
            f"{split}: oracle recall == 1": r_or["phi"]["overall"]["recall"] == 1.0,
            f"{split}: oracle retention == 1": r_or["keep"]["overall"]["retention"] == 1.0,
        }
        for name, good in checks.items():
            ok &= good
            if verbose:
                print(("PASS " if good else "FAIL ") + name)
    sums = [*verify_frozen().items(), *(verify_frozen(sums=V2_SUMS).items() if v2 else ())]
    sums += verify_frozen(sums=V3_SUMS).items() if v3 else ()
    sums += verify_frozen(sums=V4_SUMS).items() if v4 else ()
    sums += verify_frozen(sums=V5_SUMS).items() if v5 else ()
    sums += verify_frozen(sums=V6_SUMS).items() if v6 else ()
    sums += verify_frozen(sums=V7_SUMS).items() if v7 else ()
    sums += verify_frozen(sums=V8_SUMS).items() if v8 else ()
    sums += verify_frozen(sums=V9_SUMS).items() if v9 else ()
    sums += verify_frozen(sums=V10_SUMS).items() if v10 else ()
    sums += verify_frozen(sums=V11_SUMS).items() if v11 else ()
    sums += verify_frozen(sums=V12_SUMS).items() if v12 else ()
    sums += verify_frozen(sums=V13_SUMS).items() if v13 else ()
    sums += verify_frozen(sums=V14_SUMS).items() if v14 else ()
    sums += verify_frozen(sums=V15_SUMS).items() if v15 else ()
    sums += verify_frozen(sums=V16_SUMS).items() if v16 else ()
    sums += verify_frozen(sums=V17_SUMS).items() if v17 else ()
    sums += verify_frozen(sums=V18_SUMS).items() if v18 else ()
    sums += verify_frozen(sums=V19_SUMS).items() if v19 else ()
    sums += verify_frozen(sums=V20_SUMS).items() if v20 else ()
    sums += verify_frozen(sums=V21_SUMS).items() if v21 else ()
    sums += verify_frozen(sums=V22_SUMS).items() if v22 else ()
    sums += verify_frozen(sums=V23_SUMS).items() if v23 else ()
    sums += verify_frozen(sums=V24_SUMS).items() if v24 else ()
    sums += verify_frozen(sums=V25_SUMS).items() if v25 else ()
    sums += verify_frozen(sums=V26_SUMS).items() if v26 else ()
    sums += verify_frozen(sums=V27_SUMS).items() if v27 else ()
    sums += verify_frozen(sums=V28_SUMS).items() if v28 else ()
    sums += verify_frozen(sums=V29_SUMS).items() if v29 else ()
    sums += verify_frozen(sums=V30_SUMS).items() if v30 else ()
    sums += verify_frozen(sums=V31_SUMS).items() if v31 else ()
    sums += verify_frozen(sums=V32_SUMS).items() if v32 else ()
    sums += verify_frozen(sums=V33_SUMS).items() if v33 else ()
    sums += verify_frozen(sums=V34_SUMS).items() if v34 else ()
    sums += verify_frozen(sums=V35_SUMS).items() if v35 else ()
    sums += verify_frozen(sums=V36_SUMS).items() if v36 else ()
    sums += verify_frozen(sums=V37_SUMS).items() if v37 else ()
    sums += verify_frozen(sums=V38_SUMS).items() if v38 else ()
    sums += verify_frozen(sums=V39_SUMS).items() if v39 else ()
    for name, good in sums:
        ok &= good
        if verbose:
            print(("PASS " if good else "FAIL ") + f"sha256 {name}")
    return ok


# --------------------------------------------------------------------------- command line


def load_function(spec: str) -> Deidentify:
    """'identity', 'package.module:function' or 'path/to/file.py:function'."""
    if spec == "identity":
        return identity
    if ":" not in spec:
        raise SystemExit(f"--module wants module:function, got {spec!r}")
    mod_name, func_name = spec.rsplit(":", 1)
    if mod_name.endswith(".py") or "/" in mod_name:
        path = Path(mod_name).resolve()
        module_spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[path.stem] = module
        module_spec.loader.exec_module(module)
    else:
        if str(Path.cwd()) not in sys.path:
            sys.path.insert(0, str(Path.cwd()))
        module = importlib.import_module(mod_name)
    fn = module
    for part in func_name.split("."):
        fn = getattr(fn, part)
    return fn


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:6.2f}"


def print_table(report: dict, max_leaks: int = 50, out=sys.stdout) -> None:
    langs = list(report["phi"]["by_lang"])
    w = out.write
    w(f"Notes: {report['notes']}  split(s): {', '.join(report['splits'])}\n\n")
    w("PHI recall (% of spans removed)\n")
    w(
        f"{'category':<16}"
        + "".join(f"{lg + ' n':>8}{lg + ' %':>8}" for lg in langs)
        + f"{'all n':>8}{'all %':>8}\n"
    )
    for cat in PHI_CATEGORIES:
        if cat not in report["phi"]["by_category"]:
            continue
        row = f"{cat:<16}"
        for lg in langs:
            cell = report["phi"]["by_lang_category"][lg].get(cat)
            row += f"{cell['spans']:>8}{_pct(cell['recall']):>8}" if cell else f"{'':>8}{'':>8}"
        cell = report["phi"]["by_category"][cat]
        w(row + f"{cell['spans']:>8}{_pct(cell['recall']):>8}\n")
    row = f"{'OVERALL':<16}"
    for lg in langs:
        cell = report["phi"]["by_lang"][lg]
        row += f"{cell['spans']:>8}{_pct(cell['recall']):>8}"
    cell = report["phi"]["overall"]
    w(row + f"{cell['spans']:>8}{_pct(cell['recall']):>8}\n")
    nl = report["phi"]["notes_without_leak"]["all"]
    w(f"notes without any leak: {nl['clean']}/{nl['notes']} ({_pct(nl['fraction']).strip()}%)\n\n")
    w("Clinical term retention (% of keep spans intact)\n")
    w(
        f"{'kind':<16}"
        + "".join(f"{lg + ' n':>8}{lg + ' %':>8}" for lg in langs)
        + f"{'all n':>8}{'all %':>8}\n"
    )
    for kind in KEEP_KINDS:
        if kind not in report["keep"]["by_kind"]:
            continue
        row = f"{kind:<16}"
        for lg in langs:
            cell = report["keep"]["by_lang_kind"][lg].get(kind)
            row += f"{cell['spans']:>8}{_pct(cell['retention']):>8}" if cell else f"{'':>8}{'':>8}"
        cell = report["keep"]["by_kind"][kind]
        w(row + f"{cell['spans']:>8}{_pct(cell['retention']):>8}\n")
    row = f"{'OVERALL':<16}"
    for lg in langs:
        cell = report["keep"]["by_lang"][lg]
        row += f"{cell['spans']:>8}{_pct(cell['retention']):>8}"
    cell = report["keep"]["overall"]
    w(row + f"{cell['spans']:>8}{_pct(cell['retention']):>8}\n")
    if "leaks" in report:
        leaks = report["leaks"]
        w(
            f"\nLeaks: {len(leaks)} span(s)"
            + (f", first {max_leaks}" if len(leaks) > max_leaks else "")
            + "\n"
        )
        for lk in leaks[:max_leaks]:
            ev = "" if lk["evidence"] in (None, lk["value"].casefold()) else f"   [{lk['evidence']}]"
            w(f"  {lk['note']:<16} {lk['category']:<15} {lk['value']!r}{ev}\n")
        lost = report["lost_terms"]
        w(
            f"\nLost clinical terms: {len(lost)} span(s)"
            + (f", first {max_leaks}" if len(lost) > max_leaks else "")
            + "\n"
        )
        for lt in lost[:max_leaks]:
            w(f"  {lt['note']:<16} {lt['kind']:<12} {lt['value']!r}\n")
    else:
        w("\n(holdout: individual leaks are not listed; --show-holdout-leaks lists them)\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--split",
        choices=[
            *sorted(SPLIT_FILES),
            *V2_SPLIT_FILES,
            *V3_SPLIT_FILES,
            *V4_SPLIT_FILES,
            *V5_SPLIT_FILES,
            *V6_SPLIT_FILES,
            *V7_SPLIT_FILES,
            *V8_SPLIT_FILES,
            *V9_SPLIT_FILES,
            *V10_SPLIT_FILES,
            *V11_SPLIT_FILES,
            *V12_SPLIT_FILES,
            *V13_SPLIT_FILES,
            *V14_SPLIT_FILES,
            *V15_SPLIT_FILES,
            *V16_SPLIT_FILES,
            *V17_SPLIT_FILES,
            *V18_SPLIT_FILES,
            *V19_SPLIT_FILES,
            *V20_SPLIT_FILES,
            *V21_SPLIT_FILES,
            *V22_SPLIT_FILES,
            *V23_SPLIT_FILES,
            *V24_SPLIT_FILES,
            *V25_SPLIT_FILES,
            *V26_SPLIT_FILES,
            *V27_SPLIT_FILES,
            *V28_SPLIT_FILES,
            *V29_SPLIT_FILES,
            *V30_SPLIT_FILES,
            *V31_SPLIT_FILES,
            *V32_SPLIT_FILES,
            *V33_SPLIT_FILES,
            *V34_SPLIT_FILES,
            *V35_SPLIT_FILES,
            *V36_SPLIT_FILES,
            *V37_SPLIT_FILES,
            *V38_SPLIT_FILES,
            *V39_SPLIT_FILES,
        ],
        default="dev",
    )
    ap.add_argument(
        "--module", help="deidentify(text, lang) -> str: 'identity', 'pkg.mod:func' or 'file.py:func'"
    )
    ap.add_argument("--lang", choices=["en", "zh"], help="score one language only")
    ap.add_argument(
        "--json", metavar="PATH", help="also write the full report as JSON ('-' for stdout, no table)"
    )
    ap.add_argument(
        "--show-holdout-leaks", action="store_true", help="list individual leaks for the holdout split too"
    )
    ap.add_argument(
        "--max-leaks", type=int, default=50, help="leaks and lost terms printed in the table (default 50)"
    )
    ap.add_argument(
        "--self-test", action="store_true", help="check the scorer and the frozen files, then exit"
    )
    args = ap.parse_args(argv)
    if args.self_test:
        return 0 if self_test() else 1
    if not args.module:
        ap.error("--module is required (or --self-test)")
    sums = SPLIT_SUMS[args.split]
    integrity = verify_frozen(sums=sums)
    fn = load_function(args.module)
    notes = load_notes(args.split, args.lang)
    show = args.split == "dev" or args.show_holdout_leaks
    report = score(notes, fn, show_leaks=show)
    report["frozen_sha256_ok"] = all(integrity.values())
    report["module"] = args.module
    if not report["frozen_sha256_ok"]:
        print("WARNING: frozen files do not match SHA256SUMS; results are not comparable.", file=sys.stderr)
    if args.json == "-":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print_table(report, args.max_leaks)
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

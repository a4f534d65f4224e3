#!/usr/bin/env python3
"""Generate the frozen v33 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v33.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v33.py --out /tmp/notes_eval_v33   # a fresh copy elsewhere

v33 is a thirty-third, blind holdout: 24 document types none of v1-v32 used (templates_v33_en.py,
templates_v33_en2.py, templates_v33_zh.py, templates_v33_zh2.py), v33's own hand-written value
pools (_v33_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v32's kit only its signatures
(README.md "v33").
It writes frozen/notes-v33-holdout.jsonl, frozen/MANIFEST-v33.json and frozen/SHA256SUMS-v33 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v33_en
import templates_v33_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v33",
    seed=442938200,
    templates={"en": templates_v33_en.TEMPLATES, "zh": templates_v33_zh.TEMPLATES},
    # city names and v33 names that are ordinary words
    wordlike=CITY_WORDS
    | frozenset(templates_v33_en.V33_EN_WORDLIKE)
    | frozenset(templates_v33_zh.V33_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

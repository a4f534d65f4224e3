#!/usr/bin/env python3
"""Generate the frozen v35 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v35.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v35.py --out /tmp/notes_eval_v35   # a fresh copy elsewhere

v35 is a thirty-fifth, blind holdout: 24 document types none of v1-v34 used (templates_v35_en.py,
templates_v35_en2.py, templates_v35_zh.py, templates_v35_zh2.py), v35's own hand-written value
pools (_v35_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v34's kit only its signatures
(README.md "v35").
It writes frozen/notes-v35-holdout.jsonl, frozen/MANIFEST-v35.json and frozen/SHA256SUMS-v35 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v35_en
import templates_v35_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v35",
    seed=805307468,
    templates={"en": templates_v35_en.TEMPLATES, "zh": templates_v35_zh.TEMPLATES},
    # city names and v35 names that are ordinary words (Hazel, Joy, Clay, Rusty, Marsh, Frost, Bell;
    # 国庆, 跃进, 爱民, 学军, 光荣, 建军, 春华, 红梅, 金凤, 海燕, 永福, 天成)
    wordlike=CITY_WORDS
    | frozenset(templates_v35_en.V35_EN_WORDLIKE)
    | frozenset(templates_v35_zh.V35_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v36 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v36.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v36.py --out /tmp/notes_eval_v36   # a fresh copy elsewhere

v36 is a thirty-sixth, blind holdout: 24 document types none of v1-v35 used (templates_v36_en.py,
templates_v36_en2.py, templates_v36_zh.py, templates_v36_zh2.py), v36's own hand-written value
pools (_v36_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v35's kit only its signatures
and the shape of its helpers (README.md "v36").
It writes frozen/notes-v36-holdout.jsonl, frozen/MANIFEST-v36.json and frozen/SHA256SUMS-v36 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v36_en
import templates_v36_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v36",
    seed=327922693,
    templates={"en": templates_v36_en.TEMPLATES, "zh": templates_v36_zh.TEMPLATES},
    # city names and v36 names that are ordinary words (Dawn, Robin, Hunter, Cash, Lane;
    # 建华, 卫东, 立新, 振华, 美华, 树林, 永康)
    wordlike=CITY_WORDS
    | frozenset(templates_v36_en.V36_EN_WORDLIKE)
    | frozenset(templates_v36_zh.V36_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

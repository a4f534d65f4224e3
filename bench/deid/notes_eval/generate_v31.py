#!/usr/bin/env python3
"""Generate the frozen v31 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v31.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v31.py --out /tmp/notes_eval_v31   # a fresh copy elsewhere

v31 is a thirty-first, blind holdout: 24 document types none of v1-v30 used (templates_v31_en.py,
templates_v31_en2.py, templates_v31_zh.py, templates_v31_zh2.py), v31's own hand-written value
pools (_v31_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v30's kit only its signatures
(README.md "v31").
It writes frozen/notes-v31-holdout.jsonl, frozen/MANIFEST-v31.json and frozen/SHA256SUMS-v31 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v31_en
import templates_v31_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v31",
    seed=607584459,
    templates={"en": templates_v31_en.TEMPLATES, "zh": templates_v31_zh.TEMPLATES},
    # city names and v31 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v31_en.V31_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

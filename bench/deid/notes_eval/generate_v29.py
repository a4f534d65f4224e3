#!/usr/bin/env python3
"""Generate the frozen v29 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v29.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v29.py --out /tmp/notes_eval_v29   # a fresh copy elsewhere

v29 is a twenty-ninth, blind holdout: 24 document types none of v1-v28 used (templates_v29_en.py,
templates_v29_en2.py, templates_v29_zh.py, templates_v29_zh2.py), v29's own hand-written value
pools (_v29_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier, nor an earlier version's templates, kits or notes (README.md "v29").
It writes frozen/notes-v29-holdout.jsonl, frozen/MANIFEST-v29.json and frozen/SHA256SUMS-v29 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v29_en
import templates_v29_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v29",
    seed=326630543,
    templates={"en": templates_v29_en.TEMPLATES, "zh": templates_v29_zh.TEMPLATES},
    # city names and v29 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v29_en.V29_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

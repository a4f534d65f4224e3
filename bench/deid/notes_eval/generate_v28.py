#!/usr/bin/env python3
"""Generate the frozen v28 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v28.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v28.py --out /tmp/notes_eval_v28   # a fresh copy elsewhere

v28 is a twenty-eighth, blind holdout: 24 document types none of v1-v27 used (templates_v28_en.py,
templates_v28_en2.py, templates_v28_zh.py, templates_v28_zh2.py), v28's own hand-written value
pools (_v28_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier, nor an earlier version's templates, kits or notes (README.md "v28").
It writes frozen/notes-v28-holdout.jsonl, frozen/MANIFEST-v28.json and frozen/SHA256SUMS-v28 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v28_en
import templates_v28_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v28",
    seed=7599155,
    templates={"en": templates_v28_en.TEMPLATES, "zh": templates_v28_zh.TEMPLATES},
    # city names and v28 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v28_en.V28_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

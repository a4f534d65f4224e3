#!/usr/bin/env python3
"""Generate the frozen v26 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v26.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v26.py --out /tmp/notes_eval_v26   # a fresh copy elsewhere

v26 is a twenty-sixth, blind holdout: 24 document types none of v1-v25 used (templates_v26_en.py,
templates_v26_en2.py, templates_v26_zh.py, templates_v26_zh2.py), v26's own hand-written value
pools (_v26_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier, nor an earlier version's templates, kits or notes (README.md "v26").
It writes frozen/notes-v26-holdout.jsonl, frozen/MANIFEST-v26.json and frozen/SHA256SUMS-v26 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v26_en
import templates_v26_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v26",
    seed=686480082,
    templates={"en": templates_v26_en.TEMPLATES, "zh": templates_v26_zh.TEMPLATES},
    # city names and v26 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v26_en.V26_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

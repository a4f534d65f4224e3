#!/usr/bin/env python3
"""Generate the frozen v27 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v27.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v27.py --out /tmp/notes_eval_v27   # a fresh copy elsewhere

v27 is a twenty-seventh, blind holdout: 24 document types none of v1-v26 used (templates_v27_en.py,
templates_v27_en2.py, templates_v27_zh.py, templates_v27_zh2.py), v27's own hand-written value
pools (_v27_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier, nor an earlier version's templates, kits or notes (README.md "v27").
It writes frozen/notes-v27-holdout.jsonl, frozen/MANIFEST-v27.json and frozen/SHA256SUMS-v27 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v27_en
import templates_v27_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v27",
    seed=677896810,
    templates={"en": templates_v27_en.TEMPLATES, "zh": templates_v27_zh.TEMPLATES},
    # city names and v27 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v27_en.V27_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v16 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v16.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v16.py --out /tmp/notes_eval_v16   # a fresh copy elsewhere

v16 is a sixteenth, blind holdout: 24 document types none of v1-v15 used (templates_v16_en.py,
templates_v16_en2.py, templates_v16_zh.py, templates_v16_zh2.py), v16's own hand-written value
pools (_v16_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier, nor an earlier version's templates, kits or notes (README.md "v16").
It writes frozen/notes-v16-holdout.jsonl, frozen/MANIFEST-v16.json and frozen/SHA256SUMS-v16 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v16_en
import templates_v16_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v16",
    seed=750350554,
    templates={"en": templates_v16_en.TEMPLATES, "zh": templates_v16_zh.TEMPLATES},
    # city names and v16 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v16_en.V16_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

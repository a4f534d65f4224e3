#!/usr/bin/env python3
"""Generate the frozen v30 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v30.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v30.py --out /tmp/notes_eval_v30   # a fresh copy elsewhere

v30 is a thirtieth, blind holdout: 24 document types none of v1-v29 used (templates_v30_en.py,
templates_v30_en2.py, templates_v30_zh.py, templates_v30_zh2.py), v30's own hand-written value
pools (_v30_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v29's kit only its signatures
(README.md "v30").
It writes frozen/notes-v30-holdout.jsonl, frozen/MANIFEST-v30.json and frozen/SHA256SUMS-v30 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v30_en
import templates_v30_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v30",
    seed=2384708,
    templates={"en": templates_v30_en.TEMPLATES, "zh": templates_v30_zh.TEMPLATES},
    # city names and v30 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v30_en.V30_EN_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

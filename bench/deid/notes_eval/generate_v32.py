#!/usr/bin/env python3
"""Generate the frozen v32 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v32.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v32.py --out /tmp/notes_eval_v32   # a fresh copy elsewhere

v32 is a thirty-second, blind holdout: 24 document types none of v1-v31 used (templates_v32_en.py,
templates_v32_en2.py, templates_v32_zh.py, templates_v32_zh2.py), v32's own hand-written value
pools (_v32_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v31's kit only its signatures
(README.md "v32").
It writes frozen/notes-v32-holdout.jsonl, frozen/MANIFEST-v32.json and frozen/SHA256SUMS-v32 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v32_en
import templates_v32_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v32",
    seed=107227350,
    templates={"en": templates_v32_en.TEMPLATES, "zh": templates_v32_zh.TEMPLATES},
    # city names and v32 names that are ordinary words
    wordlike=CITY_WORDS
    | frozenset(templates_v32_en.V32_EN_WORDLIKE)
    | frozenset(templates_v32_zh.V32_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v34 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v34.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v34.py --out /tmp/notes_eval_v34   # a fresh copy elsewhere

v34 is a thirty-fourth, blind holdout: 24 document types none of v1-v33 used (templates_v34_en.py,
templates_v34_en2.py, templates_v34_zh.py, templates_v34_zh2.py), v34's own hand-written value
pools (_v34_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes, and of v33's kit only its signatures
(README.md "v34").
It writes frozen/notes-v34-holdout.jsonl, frozen/MANIFEST-v34.json and frozen/SHA256SUMS-v34 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v34_en
import templates_v34_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v34",
    seed=558623028,
    templates={"en": templates_v34_en.TEMPLATES, "zh": templates_v34_zh.TEMPLATES},
    # city names and v34 names that are ordinary words
    wordlike=CITY_WORDS
    | frozenset(templates_v34_en.V34_EN_WORDLIKE)
    | frozenset(templates_v34_zh.V34_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v37 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v37.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v37.py --out /tmp/notes_eval_v37   # a fresh copy elsewhere

v37 is a thirty-seventh, blind holdout: 24 document types none of v1-v36 used (templates_v37_en.py,
templates_v37_en2.py, templates_v37_zh.py, templates_v37_zh2.py), v37's own hand-written value
pools (_v37_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes; of v36's kit it reused the helper shapes
and the redraw guard, none of its pool values (README.md "v37").
It writes frozen/notes-v37-holdout.jsonl, frozen/MANIFEST-v37.json and frozen/SHA256SUMS-v37 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v37_en
import templates_v37_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v37",
    seed=636265949,
    templates={"en": templates_v37_en.TEMPLATES, "zh": templates_v37_zh.TEMPLATES},
    # city names and v37 names that are ordinary words (Summer, Ivy, Rocky, Chase, Stone, Banks;
    # 国庆, 建军, 胜利, 海燕)
    wordlike=CITY_WORDS
    | frozenset(templates_v37_en.V37_EN_WORDLIKE)
    | frozenset(templates_v37_zh.V37_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

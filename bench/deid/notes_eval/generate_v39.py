#!/usr/bin/env python3
"""Generate the frozen v39 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v39.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v39.py --out /tmp/notes_eval_v39   # a fresh copy elsewhere

v39 is a thirty-ninth, blind holdout: 24 document types none of v1-v38 used (templates_v39_en.py,
templates_v39_en2.py, templates_v39_zh.py, templates_v39_zh2.py), v39's own hand-written value
pools (_v39_kit.py), a new seed (drawn by the session that wrote the brief). It was written by a helper that
never read the de-identifier nor an earlier version's notes; of v38's kit it reused the helper shapes
and the redraw guard, none of its pool values (README.md "v39").
It writes frozen/notes-v39-holdout.jsonl, frozen/MANIFEST-v39.json and frozen/SHA256SUMS-v39 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v39_en
import templates_v39_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v39",
    seed=255565921,
    templates={"en": templates_v39_en.TEMPLATES, "zh": templates_v39_zh.TEMPLATES},
    # city names and v39 names that are ordinary words (Summer, Ivy, Clay, Reed, Hale, Fielding;
    # 向阳, 国庆, 卫国)
    wordlike=CITY_WORDS
    | frozenset(templates_v39_en.V39_EN_WORDLIKE)
    | frozenset(templates_v39_zh.V39_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

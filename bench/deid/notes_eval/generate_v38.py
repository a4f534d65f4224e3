#!/usr/bin/env python3
"""Generate the frozen v38 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v38.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v38.py --out /tmp/notes_eval_v38   # a fresh copy elsewhere

v38 is a thirty-eighth, blind holdout: 24 document types none of v1-v37 used (templates_v38_en.py,
templates_v38_en2.py, templates_v38_zh.py, templates_v38_zh2.py), v38's own hand-written value
pools (_v38_kit.py), a new seed (drawn with random.SystemRandom). It was written by a helper that
never read the de-identifier nor an earlier version's notes; of v37's kit it reused the helper shapes
and the redraw guard, none of its pool values (README.md "v38").
It writes frozen/notes-v38-holdout.jsonl, frozen/MANIFEST-v38.json and frozen/SHA256SUMS-v38 and
never touches the other versions' files; the driver (_holdout.py) is the one v2 onwards use (same
validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v38_en
import templates_v38_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v38",
    seed=894955499,
    templates={"en": templates_v38_en.TEMPLATES, "zh": templates_v38_zh.TEMPLATES},
    # city names and v38 names that are ordinary words (Autumn, Meadow, Forrest, Wade, Brooks, Marsh;
    # 红旗, 建国, 跃进)
    wordlike=CITY_WORDS
    | frozenset(templates_v38_en.V38_EN_WORDLIKE)
    | frozenset(templates_v38_zh.V38_ZH_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

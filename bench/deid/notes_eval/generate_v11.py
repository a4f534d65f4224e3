#!/usr/bin/env python3
"""Generate the frozen v11 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v11.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v11.py --out /tmp/notes_eval_v11   # a fresh copy elsewhere

v11 is an eleventh, blind set: new templates (templates_v11_en.py, templates_v11_zh.py) with v11's
own value pools (_v11_kit.py), a new seed, a holdout only. It writes frozen/notes-v11-holdout.jsonl,
frozen/MANIFEST-v11.json and frozen/SHA256SUMS-v11 and never touches another version's files; the
driver (_holdout.py) gives the validation and coverage rule every version shares.

Deterministic: Faker 40.63.0 and the seed below give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v11_en
import templates_v11_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v11",
    seed=731905264,
    templates={"en": templates_v11_en.TEMPLATES, "zh": templates_v11_zh.TEMPLATES},
    # city names and v11 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v11_en.V11_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v8 blind holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v8.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v8.py --out /tmp/notes_eval_v8   # a fresh copy elsewhere

v8 is an eighth, blind set written without reading the de-identifier or any v1-v7 template (README.md
"v8"): its own templates (templates_v8_en.py, templates_v8_zh.py) and value pools (_v8_kit.py), a
new seed, a holdout only. It writes frozen/notes-v8-holdout.jsonl, frozen/MANIFEST-v8.json and
frozen/SHA256SUMS-v8 through the shared driver (_holdout.py: same validation, same coverage rule)
and never touches another version's files.

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v8_en
import templates_v8_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v8",
    seed=880417263,
    templates={"en": templates_v8_en.TEMPLATES, "zh": templates_v8_zh.TEMPLATES},
    # city names and v8 names that are ordinary words (Summer, Honey, Stone, Church ...)
    wordlike=CITY_WORDS | templates_v8_en.V8_WORDLIKE,
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

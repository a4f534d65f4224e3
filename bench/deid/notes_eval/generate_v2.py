#!/usr/bin/env python3
"""Generate the frozen v2 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v2.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v2.py --out /tmp/notes_eval_v2   # a fresh copy elsewhere

v2 is a second, independent set next to v1: new templates (templates_v2_en.py, templates_v2_zh.py),
new seeds, a holdout only (nobody tunes rules on it). It writes frozen/notes-v2-holdout.jsonl,
frozen/MANIFEST-v2.json and frozen/SHA256SUMS-v2, and never touches v1's files (generate.py owns
those). This script imports neither generate.py nor the v1 templates: the driver (_holdout.py) restates
v1's validation.

Deterministic: Faker 40.63.0 and the seeds below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v2_en
import templates_v2_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v2",
    seed=902761153,
    templates={"en": templates_v2_en.TEMPLATES, "zh": templates_v2_zh.TEMPLATES},
    # city names and v2 first names that are ordinary words
    wordlike=CITY_WORDS | frozenset(w.lower() for ws in templates_v2_en.V2_TRICKY_FIRST.values() for w in ws),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v3 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v3.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v3.py --out /tmp/notes_eval_v3   # a fresh copy elsewhere

v3 is a third, independent set next to v1 and v2: new templates (templates_v3_en.py,
templates_v3_zh.py), a new seed, a holdout only (nobody tunes rules on it). It writes
frozen/notes-v3-holdout.jsonl, frozen/MANIFEST-v3.json and frozen/SHA256SUMS-v3, and never touches
v1's or v2's files. It imports neither generate.py nor any v1/v2 template: the driver (_holdout.py)
is the one v2 uses (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seeds below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v3_en
import templates_v3_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v3",
    seed=513390817,
    templates={"en": templates_v3_en.TEMPLATES, "zh": templates_v3_zh.TEMPLATES},
    # city names and v3 first names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v3_en.V3_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v10 blind holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v10.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v10.py --out /tmp/notes_eval_v10   # a fresh copy elsewhere

v10 is a tenth set, written blind to the de-identifier: twelve English and twelve Chinese document
kinds no earlier version used (templates_v10_en.py, templates_v10_zh.py), v10's own value pools
(_v10_kit.py), a new seed, a holdout only. It writes frozen/notes-v10-holdout.jsonl,
frozen/MANIFEST-v10.json and frozen/SHA256SUMS-v10 and never touches another version's files. The
driver (_holdout.py) is the one v2 and later use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v10_en
import templates_v10_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v10",
    seed=518406273,
    templates={"en": templates_v10_en.TEMPLATES, "zh": templates_v10_zh.TEMPLATES},
    # city names and v10 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v10_en.V10_WORDLIKE) | frozenset({"welcome", "bath"}),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v9 blind holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v9.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v9.py --out /tmp/notes_eval_v9   # a fresh copy elsewhere

v9 is a ninth, blind set: twelve English and twelve Chinese document types not used by v1-v8
(templates_v9_en.py, templates_v9_zh.py), v9's own value pools (_v9_kit.py), a new seed, a holdout
only. It writes frozen/notes-v9-holdout.jsonl, frozen/MANIFEST-v9.json and frozen/SHA256SUMS-v9 and
never touches another version's files. The driver (_holdout.py) is the one v2 and v3 use (same
validation, same coverage rule: >= 20 spans of every category per language).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v9_en
import templates_v9_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v9",
    seed=640273918,
    templates={"en": templates_v9_en.TEMPLATES, "zh": templates_v9_zh.TEMPLATES},
    # city names, v9 names and v9 towns that are ordinary words
    wordlike=CITY_WORDS | templates_v9_en.V9_WORDLIKE,
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

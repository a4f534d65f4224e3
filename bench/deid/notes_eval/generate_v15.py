#!/usr/bin/env python3
"""Generate the frozen v15 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v15.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v15.py --out /tmp/notes_eval_v15   # a fresh copy elsewhere

v15 is a fifteenth, blind holdout: 24 document types none of v1-v14 used (templates_v15_en.py,
templates_v15_en2.py, templates_v15_zh.py, templates_v15_zh2.py), v15's own hand-written value
pools (_v15_kit.py), a new seed. It was written by a helper that never read the de-identifier, nor
an earlier version's templates, kits or notes (README.md "v15"). It writes
frozen/notes-v15-holdout.jsonl, frozen/MANIFEST-v15.json and frozen/SHA256SUMS-v15 and never touches
the other versions' files; the driver (_holdout.py) is the
one v2 onwards use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v15_en
import templates_v15_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v15",
    seed=206948713,
    templates={"en": templates_v15_en.TEMPLATES, "zh": templates_v15_zh.TEMPLATES},
    # city names and v15 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v15_en.V15_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

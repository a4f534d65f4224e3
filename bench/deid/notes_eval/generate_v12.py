#!/usr/bin/env python3
"""Generate the frozen v12 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v12.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v12.py --out /tmp/notes_eval_v12   # a fresh copy elsewhere

v12 is a twelfth, blind holdout: 24 document types none of v1-v11 used (templates_v12_en.py,
templates_v12_zh.py), v12's own value pools (_v12_kit.py), a new seed. It was written by a helper
that never read the de-identifier, nor an earlier version's templates, kits, generators or notes
(README.md "v12"). It writes frozen/notes-v12-holdout.jsonl, frozen/MANIFEST-v12.json and
frozen/SHA256SUMS-v12 and never touches the other versions' files; the driver (_holdout.py) is the
one v2 onwards use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v12_en
import templates_v12_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v12",
    seed=776555714,
    templates={"en": templates_v12_en.TEMPLATES, "zh": templates_v12_zh.TEMPLATES},
    # city names and v12 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v12_en.V12_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

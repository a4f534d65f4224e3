#!/usr/bin/env python3
"""Generate the frozen v14 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v14.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v14.py --out /tmp/notes_eval_v14   # a fresh copy elsewhere

v14 is a fourteenth, blind holdout: 24 document types none of v1-v13 used (templates_v14_en.py,
templates_v14_zh.py), v14's own hand-written value pools (_v14_kit.py), a new seed. It was written
by a helper that never read the de-identifier, nor an earlier version's templates, kits or notes
(README.md "v14"). It writes frozen/notes-v14-holdout.jsonl, frozen/MANIFEST-v14.json and
frozen/SHA256SUMS-v14 and never touches the other versions' files; the driver (_holdout.py) is the
one v2 onwards use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v14_en
import templates_v14_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v14",
    seed=994627989,
    templates={"en": templates_v14_en.TEMPLATES, "zh": templates_v14_zh.TEMPLATES},
    # city names and v14 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v14_en.V14_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

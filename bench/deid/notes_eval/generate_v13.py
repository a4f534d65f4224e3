#!/usr/bin/env python3
"""Generate the frozen v13 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v13.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v13.py --out /tmp/notes_eval_v13   # a fresh copy elsewhere

v13 is a thirteenth, blind holdout: 24 document types none of v1-v12 used (templates_v13_en.py,
templates_v13_zh.py), v13's own hand-written value pools (_v13_kit.py), a new seed. It was written
by a helper that never read the de-identifier, nor an earlier version's templates, kits or notes
(README.md "v13"). It writes frozen/notes-v13-holdout.jsonl, frozen/MANIFEST-v13.json and
frozen/SHA256SUMS-v13 and never touches the other versions' files; the driver (_holdout.py) is the
one v2 onwards use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v13_en
import templates_v13_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v13",
    seed=925910860,
    templates={"en": templates_v13_en.TEMPLATES, "zh": templates_v13_zh.TEMPLATES},
    # city names and v13 names that are ordinary words
    wordlike=CITY_WORDS | frozenset(templates_v13_en.V13_WORDLIKE),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

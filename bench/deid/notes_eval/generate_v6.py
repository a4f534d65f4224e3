#!/usr/bin/env python3
"""Generate the frozen v6 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v6.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v6.py --out /tmp/notes_eval_v6   # a fresh copy elsewhere

v6 is a sixth, blind set (README.md "v6"): new templates (templates_v6_en.py, templates_v6_zh.py) with
their own value pools (_v6_kit.py), a new seed, 200 English and 140 Chinese notes, a holdout only
(nobody tunes rules on it). It writes frozen/notes-v6-holdout.jsonl, frozen/MANIFEST-v6.json and
frozen/SHA256SUMS-v6 and never touches an older version's files. It imports no older template: the
driver (_holdout.py) is the one v2 and v3 use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v6_en
import templates_v6_zh
from _holdout import CITY_WORDS, HoldoutSpec, main

SPEC = HoldoutSpec(
    version="v6",
    seed=860417293,
    templates={"en": templates_v6_en.TEMPLATES, "zh": templates_v6_zh.TEMPLATES},
    # city names and v6 names that are ordinary words
    wordlike=CITY_WORDS | templates_v6_en.V6_WORDLIKE,
    sizes={"en": 200, "zh": 140},
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

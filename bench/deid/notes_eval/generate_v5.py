#!/usr/bin/env python3
"""Generate the frozen v5 blind holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v5.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v5.py --out /tmp/notes_eval_v5   # a fresh copy elsewhere

v5 is a fifth, blind set: its templates (templates_v5_en.py, templates_v5_zh.py) are literal
documents with inline ``[[CAT:value]]`` markup rendered by v5's own kit (_v5_kit.py, own value
pools); it writes frozen/notes-v5-holdout.jsonl, frozen/MANIFEST-v5.json and frozen/SHA256SUMS-v5
and never touches an older version's files. The driver (_holdout.py) is the one v2 and v3 use
(same validation, same coverage rule). It imports no older template module and nothing of v4.

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v5_en
import templates_v5_zh
from _holdout import CITY_WORDS, HoldoutSpec, main
from _v5_kit import V5_WORDLIKE

SPEC = HoldoutSpec(
    version="v5",
    seed=731146259,
    templates={"en": templates_v5_en.TEMPLATES, "zh": templates_v5_zh.TEMPLATES},
    # city names that are ordinary words (the driver's and v5's own)
    wordlike=CITY_WORDS | V5_WORDLIKE,
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

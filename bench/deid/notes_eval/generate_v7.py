#!/usr/bin/env python3
"""Generate the frozen v7 blind holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v7.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v7.py --out /tmp/notes_eval_v7   # a fresh copy elsewhere

v7 is a seventh, blind set written by someone who never saw the de-identifier's rules: its own
templates (templates_v7_en.py, templates_v7_zh.py) and value pools (_v7_kit.py), a new seed, a
holdout only. It writes frozen/notes-v7-holdout.jsonl, frozen/MANIFEST-v7.json and
frozen/SHA256SUMS-v7 and never touches another version's files. The driver (_holdout.py) is the one
v2 to v6 use: same validation, same coverage rule (>= 20 spans of every category per language).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v7_en
import templates_v7_zh
from _holdout import CITY_WORDS, HoldoutSpec, main
from _v7_kit import V7_WORDLIKE

SPEC = HoldoutSpec(
    version="v7",
    seed=740219863,
    templates={"en": templates_v7_en.TEMPLATES, "zh": templates_v7_zh.TEMPLATES},
    # city names and v7 names and towns that are ordinary words
    wordlike=CITY_WORDS | V7_WORDLIKE,
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

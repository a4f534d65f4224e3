#!/usr/bin/env python3
"""Generate the frozen v4 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v4.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v4.py --out /tmp/notes_eval_v4   # a fresh copy elsewhere

v4 is a fourth, blind set next to v1-v3: new document types (templates_v4_en.py,
templates_v4_zh.py), its own value pools (_v4_kit.py, not _core's), a new seed, a holdout only
(nobody tunes rules on it). It writes frozen/notes-v4-holdout.jsonl, frozen/MANIFEST-v4.json and
frozen/SHA256SUMS-v4, and never touches v1's, v2's or v3's files. The driver (_holdout.py) is the
one v2 and v3 use (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seed below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates_v4_en
import templates_v4_zh
from _holdout import CITY_WORDS, HoldoutSpec, main
from _v4_kit import WORDLIKE_CITIES, WORDLIKE_FIRST

SPEC = HoldoutSpec(
    version="v4",
    seed=640219387,
    templates={"en": templates_v4_en.TEMPLATES, "zh": templates_v4_zh.TEMPLATES},
    # city names and v4 first names that are ordinary words
    wordlike=CITY_WORDS | frozenset(WORDLIKE_CITIES) | frozenset(w.lower() for w in WORDLIKE_FIRST),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, __doc__ or ""))

#!/usr/bin/env python3
"""Generate the frozen v3 holdout of the MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate_v3.py --check      # regenerate in memory, compare with frozen/
    python bench/deid/notes_eval/generate_v3.py --out /tmp/notes_eval_v3   # a fresh copy elsewhere

v3 is a third, independent set next to v1 and v2: new templates (templates_v3_en.py,
templates_v3_zh.py), a new seed, a holdout only (nobody tunes rules on it). It writes
frozen/notes-v3-holdout.jsonl, frozen/MANIFEST-v3.json and frozen/SHA256SUMS-v3, and never touches
v1's or v2's files. It imports neither generate.py, generate_v2.py nor any v1/v2 template: the
plumbing below is generate_v2.py's, restated (same validation, same coverage rule).

Deterministic: Faker 40.63.0 and the seeds below give byte-identical files; frozen files are never
overwritten with different content (--force exists only for writing a new, renamed version).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import faker  # noqa: E402
import score as scorer  # noqa: E402
import templates_v3_en  # noqa: E402
import templates_v3_zh  # noqa: E402
from _core import KEEP_KINDS, PHI_CATEGORIES, TRICKY_WORDS, Ctx, id_card_valid  # noqa: E402
from faker import Faker  # noqa: E402

VERSION = "v3"
FAKER_VERSION = "40.63.0"
SPLIT = "holdout-v3"
SEED = 513390817
SIZES = {"en": 300, "zh": 200}
TEMPLATES = {"en": templates_v3_en.TEMPLATES, "zh": templates_v3_zh.TEMPLATES}
NOTES_FILE = scorer.V3_SPLIT_FILES[SPLIT]
MANIFEST_FILE = "MANIFEST-v3.json"
SUMS_FILE = "SHA256SUMS-v3"
MIN_PER_CATEGORY = 20
# City names and v3 first names that are ordinary words; they may also occur inside clinical terms.
WORDLIKE = {
    "normal",
    "mobile",
    "hope",
    "independence",
    "marion",
    "florence",
    "tyler",
    "eugene",
    "charlotte",
    "jackson",
    "richmond",
} | templates_v3_en.V3_WORDLIKE


def note_seed(lang: str, i: int, attempt: int) -> int:
    h = hashlib.sha256(f"notes-eval-{VERSION}|{SPLIT}|{lang}|{i}|{attempt}|{SEED}".encode()).hexdigest()
    return int(h[:12], 16)


class Invalid(Exception):
    pass


def validate(note: dict) -> None:
    """Raise Invalid for a note that would make the set unfair or inconsistent (as v1 does)."""
    text = note["text"]
    if any(ch in text for ch in "⟦⟧{}"):
        raise Invalid("unrendered markup")
    for s in note["phi"] + note["keep"]:
        assert text[s["start"] : s["end"]] == s["value"], s
    spans = sorted((s["start"], s["end"]) for s in note["phi"] + note["keep"])
    for (a0, a1), (b0, b1) in itertools.pairwise(spans):
        if b0 < a1:
            raise Invalid(f"overlapping spans {text[a0:a1]!r} / {text[b0:b1]!r}")
    for s in note["phi"]:
        if s["category"] == "ID_CARD" and not id_card_valid(s["value"]):
            raise Invalid(f"bad ID card {s['value']}")
    phi_res, _ = scorer.judge_note(note, text)
    for r in phi_res:
        if r["ok"]:
            raise SystemExit(f"template bug: PHI span undetectable by the scorer: {r} in {note['template']}")
    res = scorer.residue(note)
    for value, n in Counter(s["value"] for s in note["keep"]).items():
        v = scorer._ws(value)
        if scorer.count(scorer._ws(text), v) < n:
            raise SystemExit(
                f"template bug: keep term not countable at its boundaries: {value!r} in {note['template']}"
            )
        if scorer.count(scorer._ws(res), v) != scorer.count(scorer._ws(text), v):
            raise Invalid(f"keep term {value!r} overlaps PHI text")
    keep_vals = [scorer._fold(s["value"]) for s in note["keep"]]
    for s in note["phi"]:
        forms = [s["value"]] + (scorer.name_forms(s["value"]) if s["category"].startswith("NAME_") else [])
        for f in forms:
            ff = scorer._fold(f)
            if len(ff) < 2 or ff in TRICKY_WORDS or ff in WORDLIKE:
                continue
            if any(scorer.count(k, ff) for k in keep_vals):
                raise Invalid(f"PHI {f!r} inside a clinical term")


def make_notes(lang: str, fen: Faker, fzh: Faker) -> list[dict]:
    tmpls = TEMPLATES[lang]
    order = [tmpls[i % len(tmpls)] for i in range(SIZES[lang])]
    random.Random(SEED * 31 + (1 if lang == "en" else 2)).shuffle(order)
    notes = []
    for i, (tid, fn) in enumerate(order):
        for attempt in range(40):
            doc = fn(Ctx(note_seed(lang, i, attempt), fen, fzh))
            note = {
                "id": f"{SPLIT}-{lang}-{i:04d}",
                "lang": lang,
                "split": SPLIT,
                "template": tid,
                "text": doc.text,
                "phi": sorted(doc.phi, key=lambda s: s["start"]),
                "keep": sorted(doc.keep, key=lambda s: s["start"]),
            }
            try:
                validate(note)
                break
            except Invalid:
                continue
        else:
            raise SystemExit(f"could not make a valid note {SPLIT}/{lang}/{i} ({tid})")
        notes.append(note)
    return notes


def counts(notes: list[dict]) -> dict:
    out: dict = defaultdict(lambda: {"notes": 0, "phi": Counter(), "keep": Counter()})
    for n in notes:
        cell = out[n["lang"]]
        cell["notes"] += 1
        cell["phi"].update(s["category"] for s in n["phi"])
        cell["keep"].update(s["kind"] for s in n["keep"])
    return out


def check_coverage(notes: list[dict]) -> list[str]:
    problems = []
    for lang, cell in counts(notes).items():
        for cat in scorer.LANG_CATEGORIES[lang]:
            if cell["phi"][cat] < MIN_PER_CATEGORY:
                problems.append(f"{lang}: {cat} has {cell['phi'][cat]} spans (< {MIN_PER_CATEGORY})")
        other = set(cell["phi"]) - set(scorer.LANG_CATEGORIES[lang])
        if other:
            problems.append(f"{lang}: categories not meant for this language: {sorted(other)}")
    return problems


def build() -> dict[str, bytes]:
    """{file name: bytes} of v3's frozen files, SHA256SUMS-v3 included."""
    if faker.VERSION != FAKER_VERSION:
        raise SystemExit(
            f"Faker {faker.VERSION} installed; v3 was generated with Faker {FAKER_VERSION} "
            f"(pip install faker=={FAKER_VERSION}) - other versions draw different values."
        )
    fen, fzh = Faker("en_US"), Faker("zh_CN")
    notes = make_notes("en", fen, fzh) + make_notes("zh", fen, fzh)
    problems = check_coverage(notes)
    if problems:
        raise SystemExit("coverage check failed:\n  " + "\n  ".join(problems))
    cs = counts(notes)
    manifest = {
        "name": "MedEnclave clinical notes de-identification evaluation set",
        "version": VERSION,
        "generator": {
            "script": "bench/deid/notes_eval/generate_v3.py",
            "templates": [
                "bench/deid/notes_eval/templates_v3_en.py",
                "bench/deid/notes_eval/templates_v3_zh.py",
            ],
            "faker": FAKER_VERSION,
            "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        },
        "seeds": {SPLIT: SEED},
        "phi_categories": list(PHI_CATEGORIES),
        "keep_kinds": list(KEEP_KINDS),
        "splits": {
            SPLIT: {
                lang: {
                    "notes": cs[lang]["notes"],
                    "templates": [t for t, _ in TEMPLATES[lang]],
                    "phi_spans": {c: cs[lang]["phi"][c] for c in PHI_CATEGORIES if cs[lang]["phi"][c]},
                    "keep_spans": {k: cs[lang]["keep"][k] for k in KEEP_KINDS if cs[lang]["keep"][k]},
                    "phi_total": sum(cs[lang]["phi"].values()),
                    "keep_total": sum(cs[lang]["keep"].values()),
                }
                for lang in ("en", "zh")
            }
        },
    }
    files = {
        NOTES_FILE: ("\n".join(json.dumps(n, ensure_ascii=False) for n in notes) + "\n").encode("utf-8"),
        MANIFEST_FILE: (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
    }
    files[SUMS_FILE] = "".join(
        f"{hashlib.sha256(files[name]).hexdigest()}  {name}\n" for name in sorted(files)
    ).encode()
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out", default=str(HERE / "frozen"), help="output folder (default: frozen/ next to this script)"
    )
    ap.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with --out; write nothing"
    )
    ap.add_argument(
        "--force", action="store_true", help="overwrite differing files (only for a new, renamed version)"
    )
    args = ap.parse_args(argv)
    files = build()
    out = Path(args.out)
    differing = [n for n, data in files.items() if (out / n).exists() and (out / n).read_bytes() != data]
    missing = [n for n in files if not (out / n).exists()]
    if args.check:
        for name in sorted(files):
            state = "MISSING" if name in missing else ("DIFFERS" if name in differing else "identical")
            print(f"{state:9} {out / name}")
        return 1 if differing or missing else 0
    if differing and not args.force:
        raise SystemExit("refusing to overwrite frozen files with different content: " + ", ".join(differing))
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out / name).write_bytes(data)
    for lang, cell in json.loads(files[MANIFEST_FILE])["splits"][SPLIT].items():
        print(
            f"{SPLIT} {lang}: {cell['notes']} notes, "
            f"{cell['phi_total']} PHI spans, {cell['keep_total']} keep spans"
        )
    print(
        f"wrote {len(files)} files to {out}"
        + (" (identical to what was there)" if not differing and not missing else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the frozen MedEnclave clinical-notes de-identification evaluation set.

    python bench/deid/notes_eval/generate.py --out bench/deid/notes_eval/frozen
    python bench/deid/notes_eval/generate.py --check      # regenerate in memory, compare with frozen/

Deterministic: the same Faker version (pinned below) and seeds give byte-identical files. The
frozen files are never overwritten with different content (--force exists only for a deliberate
new version, which must also get new file names; see README.md).

Dev and holdout use disjoint templates and different seeds. Every note is validated (offsets,
no overlapping spans, every PHI span detectable by the scorer, every keep term countable, valid
身份证 check digits) and every PHI category must reach 20 spans per split and language.
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
import templates_en  # noqa: E402
import templates_zh  # noqa: E402
from _core import KEEP_KINDS, PHI_CATEGORIES, TRICKY_WORDS, Ctx, id_card_valid  # noqa: E402
from faker import Faker  # noqa: E402

VERSION = "v1"
FAKER_VERSION = "40.63.0"
SEEDS = {"dev": 20240611, "holdout": 77031999}
SIZES = {"dev": {"en": 300, "zh": 200}, "holdout": {"en": 300, "zh": 200}}
TEMPLATES = {
    "dev": {"en": templates_en.TEMPLATES_DEV, "zh": templates_zh.TEMPLATES_DEV},
    "holdout": {"en": templates_en.TEMPLATES_HOLDOUT, "zh": templates_zh.TEMPLATES_HOLDOUT},
}
MIN_PER_CATEGORY = 20
# City names that are ordinary words; like TRICKY_WORDS they may also occur inside clinical terms.
WORDLIKE_PLACES = {
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
}


def note_seed(split: str, lang: str, i: int, attempt: int) -> int:
    h = hashlib.sha256(
        f"notes-eval-{VERSION}|{split}|{lang}|{i}|{attempt}|{SEEDS[split]}".encode()
    ).hexdigest()
    return int(h[:12], 16)


class Invalid(Exception):
    pass


def validate(note: dict) -> None:
    """Raise Invalid for a note that would make the set unfair or inconsistent."""
    text = note["text"]
    if any(ch in text for ch in "⟦⟧{}"):
        raise Invalid("unrendered markup")
    spans = [(s["start"], s["end"]) for s in note["phi"] + note["keep"]]
    for s in note["phi"] + note["keep"]:
        assert text[s["start"] : s["end"]] == s["value"], s
    spans.sort()
    for (a0, a1), (b0, b1) in itertools.pairwise(spans):
        if b0 < a1:
            raise Invalid(f"overlapping spans {text[a0:a1]!r} / {text[b0:b1]!r}")
    for s in note["phi"]:
        if s["category"] == "ID_CARD" and not id_card_valid(s["value"]):
            raise Invalid(f"bad ID card {s['value']}")
    # every PHI span must be visible to the scorer (identity leaks it) ...
    phi_res, keep_res = scorer.judge_note(note, text)
    for r in phi_res:
        if r["ok"]:
            raise SystemExit(f"template bug: PHI span undetectable by the scorer: {r} in {note['template']}")
    # ... and every keep term countable at its boundaries, and not lying across PHI
    res = scorer.residue(note)
    per_value = Counter(s["value"] for s in note["keep"])
    for value, n in per_value.items():
        v = scorer._ws(value)
        if scorer.count(scorer._ws(text), v) < n:
            raise SystemExit(
                f"template bug: keep term not countable at its boundaries: {value!r} in {note['template']}"
            )
        if scorer.count(scorer._ws(res), v) != scorer.count(scorer._ws(text), v):
            raise Invalid(f"keep term {value!r} overlaps PHI text")
    # a PHI value (or a name token) inside a clinical term is allowed only for deliberate word-like names
    keep_vals = [scorer._fold(s["value"]) for s in note["keep"]]
    for s in note["phi"]:
        forms = [s["value"]] + (scorer.name_forms(s["value"]) if s["category"].startswith("NAME_") else [])
        for f in forms:
            ff = scorer._fold(f)
            if len(ff) < 2 or ff in TRICKY_WORDS or ff in WORDLIKE_PLACES:
                continue
            if any(scorer.count(k, ff) for k in keep_vals):
                raise Invalid(f"PHI {f!r} inside a clinical term")


def make_notes(split: str, lang: str, fen: Faker, fzh: Faker) -> list[dict]:
    tmpls = TEMPLATES[split][lang]
    n = SIZES[split][lang]
    order = [tmpls[i % len(tmpls)] for i in range(n)]
    random.Random(SEEDS[split] * 31 + (1 if lang == "en" else 2)).shuffle(order)
    notes = []
    for i, (tid, fn) in enumerate(order):
        for attempt in range(40):
            c = Ctx(note_seed(split, lang, i, attempt), fen, fzh)
            doc = fn(c)
            note = {
                "id": f"{split}-{lang}-{i:04d}",
                "lang": lang,
                "split": split,
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
            raise SystemExit(f"could not make a valid note {split}/{lang}/{i} ({tid})")
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


def check_coverage(split: str, notes: list[dict]) -> list[str]:
    problems = []
    for lang, cell in counts(notes).items():
        for cat in scorer.LANG_CATEGORIES[lang]:
            if cell["phi"][cat] < MIN_PER_CATEGORY:
                problems.append(f"{split}/{lang}: {cat} has {cell['phi'][cat]} spans (< {MIN_PER_CATEGORY})")
        other = set(cell["phi"]) - set(scorer.LANG_CATEGORIES[lang])
        if other:
            problems.append(f"{split}/{lang}: categories not meant for this language: {sorted(other)}")
    return problems


def build() -> dict[str, bytes]:
    """{file name: bytes} of the whole frozen folder except SHA256SUMS."""
    if faker.VERSION != FAKER_VERSION:
        raise SystemExit(
            f"Faker {faker.VERSION} installed; this set was generated with Faker {FAKER_VERSION} "
            f"(pip install faker=={FAKER_VERSION}) - other versions draw different values."
        )
    fen, fzh = Faker("en_US"), Faker("zh_CN")
    files: dict[str, bytes] = {}
    manifest = {
        "name": "MedEnclave clinical notes de-identification evaluation set",
        "version": VERSION,
        "generator": {
            "script": "bench/deid/notes_eval/generate.py",
            "faker": FAKER_VERSION,
            "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        },
        "seeds": SEEDS,
        "phi_categories": list(PHI_CATEGORIES),
        "keep_kinds": list(KEEP_KINDS),
        "splits": {},
    }
    problems = []
    for split in ("dev", "holdout"):
        notes = []
        for lang in ("en", "zh"):
            notes += make_notes(split, lang, fen, fzh)
        problems += check_coverage(split, notes)
        lines = [json.dumps(n, ensure_ascii=False) for n in notes]
        files[scorer.SPLIT_FILES[split]] = ("\n".join(lines) + "\n").encode("utf-8")
        cs = counts(notes)
        manifest["splits"][split] = {
            lang: {
                "notes": cs[lang]["notes"],
                "templates": [t for t, _ in TEMPLATES[split][lang]],
                "phi_spans": {c: cs[lang]["phi"][c] for c in PHI_CATEGORIES if cs[lang]["phi"][c]},
                "keep_spans": {k: cs[lang]["keep"][k] for k in KEEP_KINDS if cs[lang]["keep"][k]},
                "phi_total": sum(cs[lang]["phi"].values()),
                "keep_total": sum(cs[lang]["keep"].values()),
            }
            for lang in ("en", "zh")
        }
    dev_t = {t for lg in TEMPLATES["dev"].values() for t, _ in lg}
    hold_t = {t for lg in TEMPLATES["holdout"].values() for t, _ in lg}
    assert not dev_t & hold_t, dev_t & hold_t
    if problems:
        raise SystemExit("coverage check failed:\n  " + "\n  ".join(problems))
    files["MANIFEST.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def sha256sums(files: dict[str, bytes]) -> bytes:
    return "".join(f"{hashlib.sha256(files[name]).hexdigest()}  {name}\n" for name in sorted(files)).encode()


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
    files["SHA256SUMS"] = sha256sums(files)
    out = Path(args.out)
    differing = [
        name for name, data in files.items() if (out / name).exists() and (out / name).read_bytes() != data
    ]
    missing = [name for name in files if not (out / name).exists()]
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
    for split in ("dev", "holdout"):
        m = json.loads(files["MANIFEST.json"])["splits"][split]
        for lang, cell in m.items():
            spans = f"{cell['phi_total']} PHI spans, {cell['keep_total']} keep spans"
            print(f"{split:8} {lang}: {cell['notes']} notes, {spans}")
    print(
        f"wrote {len(files)} files to {out}"
        + (" (identical to what was there)" if not differing and not missing else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

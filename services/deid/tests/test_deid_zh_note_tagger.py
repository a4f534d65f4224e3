"""The Chinese notes' learned character tagger: its features, its labels, its guards (never a
character of a known clinical word or an eponym, never a one-character name, no kind of hospital),
its union with the rules, deterministic training on the engine the English tagger uses, lazy
loading and the shipped model. Invented sentences only."""

from __future__ import annotations

from medenclave_deid.adapters.outbound.crf_tagger import ZH_NOTE_TAGGER_MODEL, CrfTagger, train_crf
from medenclave_deid.core.ports import TaggedWord
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.vocabulary import TextVocabulary
from medenclave_deid.core.text.zh_note_tagger import (
    char_features,
    char_labels,
    clinical_mask,
    find_tagged_chinese,
)

VOCAB = TextVocabulary(zipf=lambda w: 0.0)
SENTENCE = "患者柏雨桐，既往高血压。"
WORDS = [TaggedWord(0, 2, "n"), TaggedWord(2, 5, "nr"), TaggedWord(5, 6, "x"), TaggedWord(6, 8, "d"),
         TaggedWord(8, 11, "n"), TaggedWord(11, 12, "x")]


class _Everything:
    """A tagger sure that every character is ``label`` (or, given ``where``, those characters
    only)."""

    def __init__(self, label: str = "NAME", where: range | None = None) -> None:
        self.label, self.where = label, where

    def marginals(self, features):
        return [{"O": 0.0, "NAME": 0.0, "PLACE": 0.0, "HOSPITAL": 0.0, "ORG": 0.0}
                | ({self.label: 1.0} if self.where is None or i in self.where else {"O": 1.0})
                for i in range(len(features))]


def _never(_start: int, _end: int) -> bool:
    return False


def _found(text: str, tagger, claimed=_never, words=()) -> list[str]:
    return [text[s.start:s.end] for s in find_tagged_chinese(text, list(words), tagger, claimed=claimed,
                                                             threshold=0.5)]


def test_features_say_character_neighbours_surnames_cues_words_and_clinical_words():
    feats = char_features(SENTENCE, WORDS)
    assert len(feats) == len(SENTENCE)
    assert {"c=柏", "k=H", "c-1=者", "b+1=柏雨", "sur", "pt<0", "j=Bnr", "j-1=In"} <= set(feats[2])
    assert {"c=桐", "sur-2", "j=Inr"} <= set(feats[4])
    assert {"cl", "c=血"} <= set(feats[9]) and "k=P" in feats[5]
    assert {"c-2=^", "c+2=柏"} <= set(feats[0])


def test_labels_come_from_annotated_spans():
    phi = [{"start": 2, "end": 5, "category": "NAME_PATIENT"}, {"start": 0, "end": 2, "category": "DATE"}]
    assert char_labels(SENTENCE, phi) == ["O", "O", "NAME", "NAME", "NAME"] + ["O"] * 7
    text = "单位：青禾印染厂"
    assert char_labels(text, [{"start": 3, "end": 8, "category": "WORKPLACE"}])[3:] == ["ORG"] * 5


def test_a_clinical_word_is_never_tagged():
    assert clinical_mask(SENTENCE)[8:11] == [True, True, True]
    assert _found(SENTENCE, _Everything()) == ["柏雨桐"]  # 既往: 既 is no surname
    assert _found("康复训练。", _Everything("PLACE")) == []  # 训练 holds no place word


def test_an_eponym_and_a_one_character_name_are_left_to_the_rules():
    assert _found("见霍夫曼征阳性", _Everything(where=range(1, 4))) == []
    assert _found("见霍夫曼先生", _Everything(where=range(1, 4))) == ["霍夫曼"]
    assert _found("柏，", _Everything()) == []  # one character: a name only after a title


def test_a_name_opens_with_a_surname_and_loses_its_title_and_spaces_join_it():
    assert _found("护士长沈  杨签字", _Everything(where=range(3, 7))) == ["沈  杨"]
    assert _found("丈夫杜先生表示理解", _Everything(where=range(2, 5))) == []  # 杜: the rules'
    assert _found("曾于北京就诊", _Everything(where=range(2))) == []  # "once at"
    assert _found("建议复查", _Everything(where=range(2))) == []
    assert _found("患者山东人", _Everything(where=range(2, 4))) == []


def test_claimed_spans_and_short_hospitals_are_left():
    text = "转至青禾医院"
    assert _found(text, _Everything("HOSPITAL"), claimed=lambda s, e: s < 2) == ["青禾医院"]
    assert _found("青禾", _Everything("HOSPITAL")) == []
    for generic in ("县医院", "社区医院", "华西地区", "门诊及急诊医院"):
        assert _found(generic, _Everything("HOSPITAL")) == [], generic


def test_a_tagged_workplace_joins_the_rules_in_the_note():
    notes = NoteDeidentifier(secret=b"t" * 32, vocabulary=VOCAB, chinese_tagger=_Everything("ORG"))
    found = notes.find("工作单位：青禾印染厂", lang="zh")[1]
    assert ("workplace" in {s.category for s in found})
    plain = NoteDeidentifier(secret=b"t" * 32, vocabulary=VOCAB)
    assert plain.find("患者，既往高血压。", lang="zh")[1] == []


def test_training_is_deterministic(tmp_path):
    texts = [("患者柏雨桐，男。", ["O", "O", "NAME", "NAME", "NAME", "O", "O", "O"]),
             ("医师：甘子墨", ["O", "O", "O", "NAME", "NAME", "NAME"]),
             ("既往高血压。", ["O"] * 6)]
    corpus = [(char_features(text, []), labels) for text, labels in texts]
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train_crf(corpus, first)
    train_crf(corpus, second)
    assert first.read_bytes() == second.read_bytes()
    probs = CrfTagger(first).marginals(corpus[0][0])
    assert probs[3]["NAME"] > probs[3]["O"]
    assert abs(sum(probs[3].values()) - 1.0) < 1e-6


def test_the_shipped_model_gives_every_label():
    probs = CrfTagger(ZH_NOTE_TAGGER_MODEL).marginals(char_features(SENTENCE, WORDS))
    assert len(probs) == len(SENTENCE)
    assert set(probs[0]) == {"O", "NAME", "PLACE", "HOSPITAL", "ORG"}

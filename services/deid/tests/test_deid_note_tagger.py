"""The English notes' learned name and place tagger: its features, its labels, its union with the
rules (which never costs a drug before its dose), lazy loading, deterministic training and the
shipped model. Invented sentences only."""

from __future__ import annotations

import hashlib
import re

import pytest

from medenclave_deid.adapters.outbound.crf_tagger import (
    NOTE_TAGGER_MODEL,
    ZH_NOTE_TAGGER_MODEL,
    CrfTagger,
    train_crf,
)
from medenclave_deid.adapters.outbound.file_layout import REFERENCE_DATA
from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.note_tagger import (
    find_tagged_english,
    note_tokens,
    token_features,
    token_labels,
)
from medenclave_deid.core.text.vocabulary import TextVocabulary

_ZIPF = {"seen": 4.5, "by": 6.5, "in": 7.0, "start": 5.0, "daily": 4.6, "mg": 3.6, "the": 7.7,
         "patient": 4.9, "dr": 4.4}
VOCAB = TextVocabulary(zipf=lambda w: _ZIPF.get(w, 0.0), first_names=frozenset({"quillon"}),
                       last_names=frozenset({"varga"}), places=frozenset({"brookfield"}),
                       drugs=frozenset({"zelmora"}))
SENTENCE = "Seen by Dr. Quillon Varga in Brookfield, 02114.\n"


def test_tokens_are_words_and_short_numbers():
    tokens = note_tokens(SENTENCE + "Dose 2.5 mg, 1200000 copies")
    assert [t.word for t in tokens] == ["Seen", "by", "Dr", "Quillon", "Varga", "in", "Brookfield",
                                        "02114", "Dose", "mg", "copies"]


def test_features_say_shape_lexicons_edges_and_neighbours():
    tokens = note_tokens(SENTENCE)
    feats = dict(zip((t.word for t in tokens), token_features(SENTENCE, tokens, VOCAB), strict=True))
    assert {"s=Xx", "fn", "w=?", "z=0", "-1s=Xx", "-1ti", "+1ln"} <= set(feats["Quillon"])
    assert {"pl", "post=,", "pre=a"} <= set(feats["Brookfield"])
    assert {"s=d5", "pre=,", "post=."} <= set(feats["02114"])
    assert {"w=by", "-1w=seen"} <= set(feats["by"])
    assert "ss" in feats["Seen"] and "-2edge" in feats["Seen"]


def test_labels_come_from_annotated_spans():
    tokens = note_tokens(SENTENCE)
    phi = [{"start": 12, "end": 25, "category": "NAME_CLINICIAN"},
           {"start": 29, "end": 39, "category": "CITY"}, {"start": 41, "end": 46, "category": "POSTCODE"},
           {"start": 0, "end": 4, "category": "DATE"}]
    assert token_labels(tokens, phi) == ["O", "O", "O", "NAME", "NAME", "O", "PLACE", "PLACE"]


class _EverythingIsAName:
    """A tagger that is sure every token is a name (or ``label``)."""

    label = "NAME"

    def marginals(self, features):
        return [{"O": 0.0, "NAME": 0.0, "PLACE": 0.0, "HOSPITAL": 0.0, self.label: 1.0}
                for _ in features]


class _EverythingIsAHospital(_EverythingIsAName):
    label = "HOSPITAL"


def test_union_never_removes_a_listed_drug_before_a_dose():
    text = "Start Zelmora 20 mg daily; the patient saw Quillon.\n"
    spans = find_tagged_english(text, VOCAB, _EverythingIsAName(), claimed=lambda s, e: False,
                                threshold=0.5)
    assert "Zelmora" not in [text[s.start:s.end] for s in spans]
    notes = NoteDeidentifier(secret=b"t" * 32, vocabulary=VOCAB, english_tagger=_EverythingIsAName())
    out = notes.deidentify(text, lang="en").text
    assert "Zelmora 20" in out and "Quillon" not in out


def test_tagged_words_next_to_each_other_are_one_span_and_claimed_or_safe_ones_are_left():
    text = "Seen by Quillon Varga.\n"  # "by" is never a name
    spans = find_tagged_english(text, VOCAB, _EverythingIsAName(),
                                claimed=lambda s, e: s < 4, threshold=0.5)
    assert [text[s.start:s.end] for s in spans] == ["Quillon Varga"]


def test_a_tagged_hospital_needs_a_facility_word_and_credentials_stay():
    text = "Religion: Quillon. Seen at Varga Medical Center by Amara Quillon, FNP-BC.\n"
    spans = find_tagged_english(text, VOCAB, _EverythingIsAHospital(), claimed=lambda s, e: False,
                                threshold=0.5)
    assert [text[s.start:s.end] for s in spans] == ["Varga"]
    spans = find_tagged_english(text, VOCAB, _EverythingIsAName(), claimed=lambda s, e: False,
                                threshold=0.5)
    assert "FNP-BC" not in [text[s.start:s.end] for s in spans]


_EN, _ZH = "Seen by Dr. Quillon Varga in Brookfield.", "患者柏雨桐，男，45岁。"


@pytest.mark.parametrize("attr, other, own", [("_english_tagger", _ZH, _EN), ("_chinese_tagger", _EN, _ZH)])
def test_each_model_loads_with_the_first_note_of_its_language_only(attr, other, own):
    notes = make_note_deidentifier(b"t" * 32)
    tagger = getattr(notes, attr)
    assert isinstance(tagger, CrfTagger) and not tagger.loaded
    notes.deidentify(other, lang="zh" if other is _ZH else "en")
    assert not tagger.loaded
    notes.deidentify(own, lang="zh" if own is _ZH else "en")
    assert tagger.loaded


def test_training_is_deterministic(tmp_path):
    sentences = [("Seen by Dr. Quillon Varga today.", ["O", "O", "O", "NAME", "NAME", "O"]),
                 ("Lives in Brookfield with wife Amara.", ["O", "O", "PLACE", "O", "O", "NAME"]),
                 ("Start Zelmora 20 mg daily.", ["O", "O", "O", "O"])]
    corpus = []
    for text, labels in sentences:
        tokens = note_tokens(text)
        assert len(tokens) == len(labels)
        corpus.append((token_features(text, tokens, VOCAB), labels))
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train_crf(corpus, first)
    train_crf(corpus, second)
    assert first.read_bytes() == second.read_bytes()
    probs = CrfTagger(first).marginals(corpus[0][0])
    assert probs[3]["NAME"] > probs[3]["O"]


@pytest.mark.parametrize("model", [NOTE_TAGGER_MODEL, ZH_NOTE_TAGGER_MODEL], ids=["en", "zh"])
def test_the_shipped_models_are_the_ones_the_readme_names(model):
    readme = (REFERENCE_DATA / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"(?<![\w_]){re.escape(model.name)}`?[^\n]*sha256 `?([0-9a-f]{{64}})", readme)
    assert match, f"reference_data/README.md names the checksum of {model.name}"
    data = model.read_bytes()
    assert hashlib.sha256(data).hexdigest() == match.group(1)
    assert len(data) < 8 * 1024 * 1024


@pytest.mark.parametrize("text", ["Start Zelmora 20 mg daily.", ""])
def test_the_shipped_model_gives_a_probability_per_label(text):
    tokens = note_tokens(text)
    probs = CrfTagger().marginals(token_features(text, tokens, VOCAB))
    assert len(probs) == len(tokens)
    for p in probs:
        assert set(p) == {"O", "NAME", "PLACE", "HOSPITAL"}
        assert abs(sum(p.values()) - 1.0) < 1e-6


@pytest.mark.parametrize("text, word", [
    ("Mental state: OK today.", "OK"), ("Scaly patch (AK) on the scalp.", "AK"),
    ("Lives at Home, VA 20/40.", "VA"), ("PMH: Hx MI, Dx CVA.", "Hx"), ("PMH: Hx MI, Dx CVA.", "Dx"),
    ("MARK ANTERIOR\nGRACE PERIOD\n", "MARK"), ("MARK ANTERIOR\nGRACE PERIOD\n", "GRACE"),
    ("Hope for recovery is reasonable.", "Hope"), ("Implant candidacy if WRS < 50%.", "WRS"),
    ("Sent to Home Health for wound care.", "Home Health")])
def test_guards_keep_codes_abbreviations_headings_and_everyday_words_whatever_the_model_says(text, word):
    vocab = TextVocabulary(zipf=lambda w: {"hope": 5.0, "home": 5.5, "health": 5.3, "grace": 4.3,
                                           "period": 4.7, "anterior": 3.5, "for": 7.0}.get(w, 0.0),
                           first_names=frozenset({"mark", "grace", "hope"}), last_names=frozenset(),
                           places=frozenset(), drugs=frozenset())
    for tagger in (_EverythingIsAName(), _EverythingIsAHospital()):
        spans = find_tagged_english(text, vocab, tagger, claimed=lambda s, e: False, threshold=0.5)
        assert word not in [text[s.start:s.end] for s in spans]


def test_a_state_code_is_tagged_only_after_a_town():
    text = "Moved from Dayton, OH last year.\n"
    spans = find_tagged_english(text, VOCAB, _EverythingIsAName(), claimed=lambda s, e: False,
                                threshold=0.5)
    assert any(text[s.start:s.end].startswith("OH") for s in spans)

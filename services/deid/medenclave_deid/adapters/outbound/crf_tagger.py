"""The notes' name and place taggers on CRFsuite (python-crfsuite), and their training.

One engine, a model file per language: English words (``reference_data/note_tagger.crfsuite``)
and Chinese characters (``reference_data/zh_note_tagger.crfsuite``), both trained from the
development notes by ``scripts/train_note_tagger.py``. A model is read on the first note of its
language, so a process that never sees one never loads CRFsuite.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from medenclave_deid.adapters.outbound.file_layout import REFERENCE_DATA

__all__ = ["NOTE_TAGGER_MODEL", "ZH_NOTE_TAGGER_MODEL", "CrfTagger", "train_crf"]

NOTE_TAGGER_MODEL = REFERENCE_DATA / "note_tagger.crfsuite"
ZH_NOTE_TAGGER_MODEL = REFERENCE_DATA / "zh_note_tagger.crfsuite"
#: L-BFGS with L1 and L2 penalties; L1 keeps the model small by zeroing unused features
TRAINING_PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150,
                   "feature.possible_transitions": True}


class CrfTagger:
    """:class:`~medenclave_deid.core.ports.SequenceTagger` on a CRFsuite model file.

    Args:
        path: the model (default: the shipped English one).
    """

    def __init__(self, path: Path = NOTE_TAGGER_MODEL) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._tagger = None

    def _loaded(self):
        with self._lock:
            if self._tagger is None:
                import pycrfsuite

                tagger = pycrfsuite.Tagger()
                tagger.open(str(self._path))
                self._tagger = tagger
            return self._tagger

    @property
    def loaded(self) -> bool:
        """Whether the model has been read (it is, with the first note of its language)."""
        return self._tagger is not None

    def marginals(self, features: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        tagger = self._loaded()
        with self._lock:  # a Tagger holds the sequence it was last given
            tagger.set([list(feats) for feats in features])
            labels = tagger.labels()
            return [{lb: tagger.marginal(lb, i) for lb in labels} for i in range(len(features))]


def train_crf(sequences: Iterable[tuple[Sequence[Sequence[str]], Sequence[str]]],
              path: Path) -> None:
    """Train a model on ``(features, labels)`` sequences and write it to ``path``.

    CRFsuite's L-BFGS is deterministic for the same sequences in the same order.

    Args:
        sequences: one ``(token features, token labels)`` pair per note.
        path: where the model goes.
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append([list(feats) for feats in features], list(labels))
    trainer.set_params(TRAINING_PARAMS)
    trainer.train(str(path))

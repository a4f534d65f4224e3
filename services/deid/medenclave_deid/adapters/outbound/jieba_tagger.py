"""Chinese word segmentation and part-of-speech tags from jieba (MIT), for the note de-identifier.

jieba's tagger marks person names (``nr``, ``nrfg``, ``nrt``), places (``ns``) and organisations
(``nt``) with its bundled dictionary and an HMM for words it has never seen. The dictionary is
read on first use (~0.6 s).
"""

from __future__ import annotations

import logging
import threading

from medenclave_deid.core.ports import TaggedWord

__all__ = ["JiebaTagger"]


class JiebaTagger:
    """:class:`~medenclave_deid.core.ports.ChineseTagger` on jieba.posseg."""

    _lock = threading.Lock()
    _tokenizer = None

    def _posseg(self):
        with self._lock:
            if JiebaTagger._tokenizer is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                JiebaTagger._tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
            return JiebaTagger._tokenizer

    def tag(self, text: str) -> list[TaggedWord]:
        out: list[TaggedWord] = []
        pos = 0
        for pair in self._posseg().cut(text):
            start = text.find(pair.word, pos)
            if start < 0:
                continue
            end = start + len(pair.word)
            out.append(TaggedWord(start, end, pair.flag))
            pos = end
        return out

"""Findings of the neurological and bedside examination that the English tagger reads as names.

An examination is written as short sentences, each a finding word, often negated: ``no
dysmetria. Fundi not examined.``, ``no agraphia. Pupils equal``. The tagger may read the finding
and the capitalised word opening the next sentence as one person's name (``dysmetria. Fundi``).
Two shapes are no name:

* **a span across a sentence's end**: a name span holding a word of three letters or more in
  lower case, a full stop and the next sentence's word is cut at the full stop, and each side is
  judged alone;
* **a finding word**: a span whose words are all findings by their Greco-Latin ending (``-graphia``,
  ``-phasia``, ``-praxia``, ``-metria``, ``-lexia``, ``-gnosia``, ``-kinesia`` ...) or the Latin
  plurals of the organs examined (``fundi``, ``nares``, ``sclerae``), or an implant's MRI safety
  label (``MR-conditional``, ``MR-unsafe``) or a spine's region in radiology shorthand
  (``L-spine series``, ``C-SPINE``), whatever their case, is
  dropped; a word known as a name, or one after a title (``Dr. Tremor``), is never such a
  finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["is_finding_word", "keep_finding_words"]

#: the endings of findings' names (disorders of writing, speech, movement, perception, mood)
_FINDING_END = re.compile(
    r"(?:graphias?|phasias?|phasics?|praxias?|metrias?|lexias?|calculias?|gnosias?|kinesias?|"
    r"kinetic|tonias?|arthrias?|phonias?|phagias?|opsias?|taxias?|taxic|clonus|esthesias?|"
    r"algesias?|somnias?|thymias?|lalias?|mnesias?|acusis|osmias?|geusias?|plegias?|paresis|"
    r"tremors?|fasciculations?|myoclonus|nystagmus|dysmetric|ataxic)$"
)
#: the organs of the examination in their Latin plural (and singular where rare in English)
_ORGANS = frozenset(
    """
fundi fundus nares sclerae conjunctivae tympani tonsillae bronchi alveoli calyces menisci
""".split()
)
#: an implant's MRI safety label, hyphenated as one word ("(MRN 123) MR-conditional")
_MR_SAFETY = frozenset("mr-conditional mr-safe mr-unsafe mri-conditional mri-safe mri-unsafe".split())
#: a spine's region in its radiology shorthand, an exam's name in a register ("L-spine series")
_SPINE_REGIONS = frozenset("c-spine t-spine l-spine ls-spine tl-spine ct-spine s-spine".split())
#: a lower-case word of three letters or more, a full stop, then the next sentence's word
_SENTENCE_END = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?P<stop>\.[ \t]+)(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: a title or a courtesy before the span: a person, whatever the word (``Dr. Tremor``)
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev|sgt|officer|sister|brother))\.?[ \t]+$")


def is_finding_word(lower: str) -> bool:
    """Whether a lower-case word names a finding by its ending, is an examined organ's Latin
    plural or an implant's MRI safety label."""
    return (
        lower in _ORGANS
        or lower in _MR_SAFETY
        or lower in _SPINE_REGIONS
        or (len(lower) >= 6 and bool(_FINDING_END.search(lower)))
    )


def _pieces(text: str, span: PhiSpan) -> list[PhiSpan]:
    """The span cut at each sentence's end inside it."""
    out: list[PhiSpan] = []
    start = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        out.append(PhiSpan(start, m.start("stop"), span.category))
        start = m.end("stop")
    out.append(PhiSpan(start, span.end, span.category))
    return [p for p in out if p.start < p.end]


def keep_finding_words(text: str, spans: list[PhiSpan], is_name: Callable[[str], bool]) -> list[PhiSpan]:
    """``spans`` cut at the sentence ends inside name spans, without the pieces that are
    findings (the module docstring).

    Args:
        text: an English note.
        spans: resolved spans.
        is_name: whether a lower-case word is known as a given name or a surname.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "name":
            out.append(span)
            continue
        for piece in _pieces(text, span):
            words = [w.lower() for w in _WORD.findall(text, piece.start, piece.end)]
            if words and all(is_finding_word(w) and not is_name(w) for w in words) \
                    and not _TITLE_BEFORE.search(text, max(0, piece.start - 12), piece.start):
                continue
            out.append(piece)
    return out

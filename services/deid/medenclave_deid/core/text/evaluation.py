"""Per-category recall and precision of the note de-identifier on labelled notes.

Span-level, by characters: a labelled PHI span counts as found when the detected spans (of any
category) together cover every non-space character of it; a detected span counts as correct when
it overlaps a labelled PHI span. A clinical term survives when no detected span touches it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from medenclave_deid.core.text.corpus import LabelledNote
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["Evaluation", "evaluate"]


@dataclass
class Evaluation:
    """Counts per category, and the recall and precision they give."""

    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    clinical_total: int = 0
    clinical_kept: int = 0
    misses: list[tuple[int, str, str]] = field(default_factory=list)  # (note, category, text)

    def recall(self) -> dict[str, float]:
        return {c: self.found[c] / n for c, n in sorted(self.gold.items())}

    def precision(self) -> dict[str, float]:
        return {c: self.correct[c] / n for c, n in sorted(self.predicted.items())}

    def clinical_survival(self) -> float:
        return self.clinical_kept / self.clinical_total if self.clinical_total else 1.0

    def as_dict(self) -> dict:
        return {"recall": self.recall(), "precision": self.precision(),
                "clinical_terms_kept": self.clinical_survival(),
                "gold_spans": dict(self.gold), "predicted_spans": dict(self.predicted)}


def evaluate(notes: list[LabelledNote], predictions: list[list[PhiSpan]]) -> Evaluation:
    """Score detected spans against the labels.

    Args:
        notes: the labelled notes.
        predictions: the detected spans of each note, in the same order.

    Raises:
        ValueError: ``notes`` and ``predictions`` differ in length.
    """
    ev = Evaluation()
    for i, (note, spans) in enumerate(zip(notes, predictions, strict=True)):
        covered = bytearray(len(note.text))
        for s in spans:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)
            ev.predicted[s.category] += 1
            if any(s.start < g.end and g.start < s.end for g in note.phi):
                ev.correct[s.category] += 1
        for g in note.phi:
            ev.gold[g.category] += 1
            if all(covered[j] or note.text[j].isspace() for j in range(g.start, g.end)):
                ev.found[g.category] += 1
            else:
                ev.misses.append((i, g.category, note.text[g.start:g.end]))
        for c in note.clinical:
            ev.clinical_total += 1
            ev.clinical_kept += not any(covered[c.start:c.end])
    return ev

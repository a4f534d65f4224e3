"""An ambient scribe's raw transcript and a sound-alike name-alert sheet: an age over 89 answered
under a bracketed speaker's tag after "how old" (with or without "?"), a lower-case town after
a cue of living or driving from or after a person described by age ("79 y/o man from cedar
bluff"), a relative's lower-case given name matched between "my sister pellam" and the
"[sister]:" speaker's own introduction, and a month/day on a near miss's line or right after a
found surname ("Quillfeather 3/2:"), "Posted 3/17"; home, care and pain words stay.

Every line of ``fuzz32b_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32b_cases.txt", "en", minimum=12
)

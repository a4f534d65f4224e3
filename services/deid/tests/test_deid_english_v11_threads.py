"""Forms the v11 development notes showed: chat threads whose speakers take turns after a bare
time or none, a patient typed in lower case after a room or a bed, a nickname's possessive, and
eponyms before curves, waves and spots or after the measure their formula computes, in English
and in Chinese. Every value is invented."""

from __future__ import annotations

import pytest

SECRET = b"v11-threads-secret-key-0123456789"


def test_speakers_after_bare_times_go(en_notes) -> None:
    note = (
        "[unit chat] 6 North\n"
        "07:12 marisabel: pt in 3 c/o nausea\n"
        "07:40 Thaddeus: zofran given?\n"
        "07:41 marisabel: yes at 0700\n"
    )
    en_notes.check(note, gone=["marisabel", "Thaddeus"], kept=["c/o nausea", "zofran given?"])


def test_speakers_of_bare_turns_go(en_notes) -> None:
    note = "ulrike: labs back\nBenedikt: any K?\nulrike: K 3.1, replacing\nBenedikt: thx\n"
    en_notes.check(note, gone=["ulrike", "Benedikt"], kept=["labs back", "replacing"])


def test_headings_that_repeat_are_no_speakers(en_notes) -> None:
    note = "Plan: start lisinopril\nNote: BP high\nPlan: recheck BMP\nNote: call back\n"
    en_notes.check(note, kept=["Plan:", "Note:", "lisinopril"])


def test_a_lone_timed_heading_is_no_speaker(en_notes) -> None:
    en_notes.check("08:00 Vitals: stable\n12:00 Vitals: stable\n", kept=["Vitals: stable"])


@pytest.mark.parametrize(
    "note, gone",
    [
        ("rm 12 quenneville has new chest pain", ["quenneville"]),
        ("bed 4B hargreaves is agitated, pulling lines", ["hargreaves"]),
        ("room 310 gallagher needs a sitter tonight", ["gallagher"]),
    ],
)
def test_a_patient_after_a_room_goes(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_things_in_a_room_stay(en_notes) -> None:
    en_notes.check("bed 4 alarm is going off; rm 12 toilet is broken", kept=["alarm is going", "toilet is"])


def test_a_nickname_before_an_armband_goes(en_notes) -> None:
    en_notes.check("please reprint Buster's armband and wristband", gone=["Buster"])


def test_possessives_of_roles_and_kin_stay(en_notes) -> None:
    en_notes.check("Baby's armband checked; Mother's wristband checked", kept=["Baby's", "Mother's"])


@pytest.mark.parametrize(
    "note, kept",
    [
        ("Preload on the Starling curve was discussed.", ["Starling curve"]),
        ("CT shows Duret hemorrhages in the pons.", ["Duret hemorrhages"]),
        ("Petechiae consistent with Tardieu spots.", ["Tardieu spots"]),
        ("Transfer with a Hoyer lift and two staff.", ["Hoyer lift"]),
        ("ECG: Osborn waves in V3-V5.", ["Osborn waves"]),
        ("Fundus: Roth spots bilaterally.", ["Roth spots"]),
        ("Adequacy: Kt/V by Daugirdas 1.4.", ["Daugirdas"]),
        ("QTc by Bazett 468 ms, by Fridericia 451 ms.", ["Bazett"]),
    ],
)
def test_eponyms_before_curves_and_after_measures_stay(en_notes, note: str, kept: list[str]) -> None:
    en_notes.check(note, kept=kept)


def test_names_before_eponym_heads_still_go_with_a_cue(en_notes) -> None:
    en_notes.check("Dr. Wojciechowska reviewed the curve; seen by Ingrid Halvorsen today.",
                   gone=["Wojciechowska", "Halvorsen"])


@pytest.mark.parametrize(
    "note, kept",
    [
        ("心电图：V1导联可见Brugada波，建议复查。", "Brugada波"),
        ("心电图示Osborn波，体温34℃。", "Osborn波"),
        ("随访资料行Kaplan-Meier曲线分析。", "Kaplan-Meier曲线"),
        ("床旁备Yankauer吸引管一根。", "Yankauer吸引管"),
    ],
)
def test_chinese_eponyms_before_waves_curves_and_tubes_stay(zh_notes, note: str, kept: str) -> None:
    zh_notes.check(note, kept=[kept])

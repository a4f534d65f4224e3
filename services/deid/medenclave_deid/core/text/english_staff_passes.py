"""The English note's staff and people passes that run after the rules and the tagger have resolved
their spans: staff named by their slot ("jo RN:", "packed … by jo", "Ivy R. Heart, MD"), by user id
in an audit table, by discipline ("SLP (ottoline):"), their names spread in lower case, and a
couple's other given name ("GREG & LINDA OSTROWSKI"). No later rule drops what they find, and their
word surnames do not spread to "heart" or "Bone scan"."""

from __future__ import annotations

from medenclave_deid.core.text.english_caps_order_staff import find_caps_order_staff
from medenclave_deid.core.text.english_census_names import find_census_people
from medenclave_deid.core.text.english_credential_chains import find_credential_chains
from medenclave_deid.core.text.english_dated_row_signers import find_dated_row_signers
from medenclave_deid.core.text.english_discipline_names import find_discipline_names, spread_lower_names
from medenclave_deid.core.text.english_draw_log_staff import find_draw_log_staff, split_cell_names
from medenclave_deid.core.text.english_duty_staff import find_duty_staff
from medenclave_deid.core.text.english_export_logins import find_export_logins
from medenclave_deid.core.text.english_export_slots import find_export_slots
from medenclave_deid.core.text.english_export_staff_keys import find_export_staff_keys
from medenclave_deid.core.text.english_field_teams import find_field_teams
from medenclave_deid.core.text.english_kin_brackets_fuzzpeople11 import find_kin_bracket_names
from medenclave_deid.core.text.english_labelled_inverted import find_labelled_inverted
from medenclave_deid.core.text.english_log_key_names import find_log_key_names
from medenclave_deid.core.text.english_login_handles import find_login_handles
from medenclave_deid.core.text.english_observation_rows import find_observation_rows
from medenclave_deid.core.text.english_people_slots import find_people_slots
from medenclave_deid.core.text.english_person_keys import find_person_keys
from medenclave_deid.core.text.english_prescriber_ids import find_prescriber_ids
from medenclave_deid.core.text.english_record_name_forms import find_name_forms
from medenclave_deid.core.text.english_relatives10 import joined_given_names
from medenclave_deid.core.text.english_role_initials_fuzz23e import echo_initials, find_role_initials
from medenclave_deid.core.text.english_role_slots import find_slot_people, spread_slot_names
from medenclave_deid.core.text.english_role_values import find_role_slots
from medenclave_deid.core.text.english_role_word_names import find_role_word_names
from medenclave_deid.core.text.english_signoff_initials import find_signoff_initials
from medenclave_deid.core.text.english_slot_eponym_surnames import find_slot_eponym_surnames
from medenclave_deid.core.text.english_slot_name_joins import find_contact_initials, join_caps_given_names
from medenclave_deid.core.text.english_speech_subjects import find_speech_subjects
from medenclave_deid.core.text.english_staff_creds_fuzz23 import find_credentialed_staff
from medenclave_deid.core.text.english_staff_mentions import find_staff_mentions, spread_plain_names
from medenclave_deid.core.text.english_uk_community import find_uk_staff
from medenclave_deid.core.text.english_word_surnames import find_slot_word_surnames
from medenclave_deid.core.text.spans import PhiSpan, add_uncovered
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["add_staff"]


def add_staff(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` with the people of the passes above added where nothing covers them.

    Args:
        text: an English note.
        spans: the resolved spans so far.
        vocabulary: the word knowledge.
    """
    staff = find_staff_mentions(text, vocabulary)
    # and a given name of theirs that is nothing but a name does ("David not to visit")
    staff += spread_plain_names(text, staff, vocabulary)
    # "Fellow: Q. Lund", "Student-athlete: LUND, ANA" ... "ana lund", "Sincerely, / Ana Lund, MD"
    slots = find_slot_people(text, vocabulary)
    staff += slots + spread_slot_names(text, slots, spans + staff + slots, vocabulary)
    staff += find_role_slots(text, vocabulary)  # "Flight paramedic: quill ferreira"
    staff += find_role_word_names(text, vocabulary)  # "rn: duchamp", "lab tech ezekiel at 14:20"
    staff += find_login_handles(text, vocabulary)  # "08:19 | rbrackne | RN | 10.4.7.2"
    staff += find_person_keys(text, vocabulary)  # "exported_by,ingrid", "by ingrid RN"
    staff += find_log_key_names(text, vocabulary)  # 'ocr name="HAWK, JUNIPER" dob=…', "prov=HAWK, ISIDORE"
    staff += find_signoff_initials(text)  # "Prepared: Juniper F.  Approved:", "BY H. HAWK MLS"
    staff += find_labelled_inverted(text, vocabulary)  # "RECIPIENT - WARD, JULIE", "CONTACT: HUSBAND JOY"
    staff += find_export_logins(text, vocabulary)  # "surveyor" column, "by jdoe from 10.1.2.3"
    staff += find_export_staff_keys(text, vocabulary)  # "photographer=tkeswick", "read_by=Sallow,Corwin"
    staff += find_slot_eponym_surnames(text, vocabulary)  # "Provider notified: T. Cushing"
    staff += find_discipline_names(text, vocabulary)  # "SLP (ottoline):", "scrub tech ivo"
    staff += find_kin_bracket_names(text, vocabulary)  # "aunt (june cruz)", "will bird (son)"
    staff += find_credential_chains(text, vocabulary)  # "ivo pa-c / le roux md", "read by dawn, RN"
    staff += find_contact_initials(text)  # "asked that we text Q.T. when ready"
    staff += find_duty_staff(text, vocabulary)  # "Doctor on duty: david", "patrollers: kim (emr) and GC"
    staff += find_field_teams(text, vocabulary)  # "team: kowalski, ana r.", "found by keiko mcallister"
    staff += spread_lower_names(text, spans + staff, vocabulary)  # "Ada Lind" ... "ada here"
    staff += find_export_slots(text, vocabulary)  # "printed … by ottilie", '"not bad for 94"'
    # "assessed by dale porter, HTL(ASCP)", "placed by CC at 13:24", "typed by f.white"
    staff += find_credentialed_staff(text, spans + staff, vocabulary)
    staff += find_role_initials(text, vocabulary)  # "Operator: TF, TMS-Tech", "determined by T.M. on"
    staff += echo_initials(text, spans + staff)  # "tech T.Q." ... "— T.Q."
    staff += find_people_slots(text, vocabulary)  # "patrollers: rocky (lead), Ida", "Inspector: ivo."
    staff += find_observation_rows(text, vocabulary)  # "0815 | dayroom | pacing | mireille c."
    staff += find_dated_row_signers(text, vocabulary)  # "1/4 | 0600 | circuit change | JT"
    staff += find_prescriber_ids(text) + find_caps_order_staff(text, vocabulary)  # "ORD PHYS - HUNT"
    staff += find_draw_log_staff(text, vocabulary)  # "Phlebotomists on shift: Joy (jwong2)", drawer
    staff += find_uk_staff(text, vocabulary)  # "gurpreet, Stoma CNS  bleep", "Stoma CNS: amanda", "by LF."
    spans = add_uncovered(spans, staff, text)
    # "GREG & LINDA OSTROWSKI": the couple's other given name
    spans = add_uncovered(spans, joined_given_names(text, spans, vocabulary), text)
    # "WALKER^HOLLY", "(maiden): Power", "Pt: da silva, maria", "Frank Swift, her neighbour"
    spans = add_uncovered(spans, find_name_forms(text, spans, vocabulary), text)
    # "bed 7: fletcher, maeve (71)", "check with orla:", "(Dermot, 555-...)", "NAME|OBI, MAPLE"
    spans = add_uncovered(spans, find_census_people(text, spans, vocabulary), text)
    # "Petitioner: THUY ETXEBERRIA (niece)": a capitals given name before a found surname
    spans = add_uncovered(spans, join_caps_given_names(text, spans, vocabulary), text)
    # 'said "Bax has been driving"', '; Tad "won't take it"': a nickname speech is about
    spans = add_uncovered(spans, find_speech_subjects(text, vocabulary), text)
    # "Patient: Lark Swift", "Signed: E. Page": a person's field's everyday-word surname
    spans = add_uncovered(spans, find_slot_word_surnames(text, spans, vocabulary), text)
    return split_cell_names(text, spans)  # "redraw by Joy<TAB>Joy": a name in each cell

"""The English note's last passes: clinical terms a finder took for a person or a place are kept,
agencies' identifiers and hospitals' acronyms go, then a found person's echoes (initials, the name
said in lower case) go.

They run after every English finder, in this order: a term's words are released before the echoes
of the names that remain are looked for, so "Harrington rod" is never someone's echo.
"""

from __future__ import annotations

from medenclave_deid.core.text.english_agency_ids import agency_ids
from medenclave_deid.core.text.english_attestation_words import drop_attestation_words
from medenclave_deid.core.text.english_bilingual_labels import drop_label_names
from medenclave_deid.core.text.english_body_part_words import keep_body_parts
from medenclave_deid.core.text.english_cabin_cells import keep_cabin_numbers
from medenclave_deid.core.text.english_callback_logs import (
    called_people,
    drop_label_speakers,
    lower_note_echoes,
)
from medenclave_deid.core.text.english_caps_cued_towns import find_caps_cued_towns
from medenclave_deid.core.text.english_caps_facility_echoes import caps_facility_echoes
from medenclave_deid.core.text.english_checklist_terms import trim_checklist_answers
from medenclave_deid.core.text.english_clinics_trades import workplace_pairs
from medenclave_deid.core.text.english_column_days_fuzz38c import column_days
from medenclave_deid.core.text.english_contracted_verbs import find_assenting_staff, trim_contracted_verbs
from medenclave_deid.core.text.english_device_brands import keep_device_brands
from medenclave_deid.core.text.english_dicom_headers import keep_dicom_header_terms
from medenclave_deid.core.text.english_dob_names import find_dob_names
from medenclave_deid.core.text.english_drug_word_given_names import drug_word_given_names
from medenclave_deid.core.text.english_ecg_measurements import keep_ecg_measurements
from medenclave_deid.core.text.english_employed_cells_fuzz39i import employed_cells
from medenclave_deid.core.text.english_employment_cells_fuzz39e import employment_cells
from medenclave_deid.core.text.english_eponym_breadth_keep10 import keep_more_eponym_terms
from medenclave_deid.core.text.english_eponym_shapes import keep_eponym_shapes, person_before_heads
from medenclave_deid.core.text.english_eponym_terms import EPONYM_TERM_NAMES, keep_eponym_terms
from medenclave_deid.core.text.english_everyday_name_words import keep_everyday_words
from medenclave_deid.core.text.english_export_slots import fix_export_slots
from medenclave_deid.core.text.english_field_gap_terms import trim_field_gap_terms
from medenclave_deid.core.text.english_finding_words import keep_finding_words
from medenclave_deid.core.text.english_first_line_orgs import find_first_line_orgs
from medenclave_deid.core.text.english_gap_labels import drop_id_label_places, trim_gap_labels
from medenclave_deid.core.text.english_given_name_repeats import (
    find_comma_surnames,
    find_given_name_repeats,
    find_id_holders,
    find_occupation_employers,
    find_spelled_initials,
)
from medenclave_deid.core.text.english_grouped_payer_ids_fuzz39i import grouped_payer_ids
from medenclave_deid.core.text.english_handle_echoes import handle_echoes
from medenclave_deid.core.text.english_health_system_towns import find_health_system_towns
from medenclave_deid.core.text.english_hospital_acronym_slots import (
    find_campus_names,
    find_hospital_acronyms,
)
from medenclave_deid.core.text.english_initialled_heading_surnames import initialled_heading_surnames
from medenclave_deid.core.text.english_intl_postcodes import postcode_towns
from medenclave_deid.core.text.english_kin_ages import ages_after_names
from medenclave_deid.core.text.english_kin_label_given_names_fuzz38c import kin_label_given_names
from medenclave_deid.core.text.english_lab_terms import keep_lab_terms
from medenclave_deid.core.text.english_label_ids_fuzzids11 import label_ids
from medenclave_deid.core.text.english_log_dates import dates_after_names
from medenclave_deid.core.text.english_lone_eponyms import keep_lone_eponyms
from medenclave_deid.core.text.english_lot_numbers import keep_lot_numbers
from medenclave_deid.core.text.english_lower_log_people import find_lower_log_people
from medenclave_deid.core.text.english_lower_log_staff import find_lower_log_staff
from medenclave_deid.core.text.english_lower_name_slots import find_lower_name_slots
from medenclave_deid.core.text.english_lower_patient_echoes_fuzz38c import lower_patient_echoes
from medenclave_deid.core.text.english_lower_role_names import find_lower_role_names
from medenclave_deid.core.text.english_lower_titles import find_lower_titled_names
from medenclave_deid.core.text.english_mail_display_names import mail_display_names, salutation_names
from medenclave_deid.core.text.english_name_echoes import name_echoes
from medenclave_deid.core.text.english_name_neighbours_fuzz22b import (
    drop_dose_words,
    given_before_surnames,
    role_head_people,
)
from medenclave_deid.core.text.english_name_part_fields import name_part_fields
from medenclave_deid.core.text.english_named_initials import find_named_initials
from medenclave_deid.core.text.english_named_instruments import eponym_surnames, keep_named_instruments
from medenclave_deid.core.text.english_nation_surnames import nation_surnames
from medenclave_deid.core.text.english_newborn_names import newborn_placeholders
from medenclave_deid.core.text.english_no_ones_words_prec38 import keep_no_ones_words
from medenclave_deid.core.text.english_nuclides_values import keep_measure_labels, keep_radionuclides
from medenclave_deid.core.text.english_nurse_slots import find_nurse_slots
from medenclave_deid.core.text.english_nursery_infants import (
    find_charge_initials,
    infant_placeholders,
    keep_circumcision_devices,
)
from medenclave_deid.core.text.english_ocr_towns import find_ocr_towns
from medenclave_deid.core.text.english_paired_values import paired_values
from medenclave_deid.core.text.english_partial_postcodes import codes_after_towns
from medenclave_deid.core.text.english_patient_field_echoes_fuzz38h import patient_field_echoes
from medenclave_deid.core.text.english_patient_slot_cells_fuzz39e import patient_slot_cells
from medenclave_deid.core.text.english_people_marks_en22a import find_people_marks
from medenclave_deid.core.text.english_pest_terms import keep_pest_terms
from medenclave_deid.core.text.english_ph_row_initials import ph_row_initials
from medenclave_deid.core.text.english_pipe_role_cells import pipe_role_cells
from medenclave_deid.core.text.english_plain_words_prec12 import drop_plain_words
from medenclave_deid.core.text.english_procedure_terms import keep_procedure_terms
from medenclave_deid.core.text.english_product_brands import keep_product_brands
from medenclave_deid.core.text.english_prose_acronyms import drop_prose_misreads
from medenclave_deid.core.text.english_record_number_names import names_before_record_numbers
from medenclave_deid.core.text.english_register_devices import keep_analyte_codes
from medenclave_deid.core.text.english_register_surnames import register_surname_echoes
from medenclave_deid.core.text.english_role_initials_fuzz23e import find_credited_initials
from medenclave_deid.core.text.english_role_participles import drop_role_participles
from medenclave_deid.core.text.english_roster_names import log_entry_initials, roster_echoes
from medenclave_deid.core.text.english_route_towns import find_route_towns
from medenclave_deid.core.text.english_row_credential_initials_fuzz38c import row_credential_initials
from medenclave_deid.core.text.english_score_fractions import drop_score_fractions
from medenclave_deid.core.text.english_search_keys import find_search_keys
from medenclave_deid.core.text.english_sloppy_signers import find_sloppy_signers
from medenclave_deid.core.text.english_slot_letters import drop_scale_eponyms, find_slot_letters
from medenclave_deid.core.text.english_span_edges import trim_glued_starts
from medenclave_deid.core.text.english_specialty_terms import specialty_terms
from medenclave_deid.core.text.english_staff_list_initials import find_staff_list_initials
from medenclave_deid.core.text.english_staff_marks_fuzz22 import (
    find_staff_marks,
    keep_model_codes,
    release_doses,
)
from medenclave_deid.core.text.english_staff_roster_names import find_roster_names
from medenclave_deid.core.text.english_team_roles import find_team_role_words
from medenclave_deid.core.text.english_term_columns import drop_term_cells
from medenclave_deid.core.text.english_timed_row_signers_fuzz39d import find_timed_row_signers
from medenclave_deid.core.text.english_uk_community import trim_uk_forms
from medenclave_deid.core.text.english_vocatives import trim_greetings, vocative_names
from medenclave_deid.core.text.english_weaning_rows import find_weaning_rows
from medenclave_deid.core.text.english_whiteboard_header import find_board_uploader
from medenclave_deid.core.text.english_whiteboards import find_whiteboard_people, keep_board_labels
from medenclave_deid.core.text.english_word_given_names import keep_role_qualifiers, word_given_names
from medenclave_deid.core.text.english_word_surnames import inverted_surnames, word_surname_echoes
from medenclave_deid.core.text.english_workplace_echoes import workplace_echoes
from medenclave_deid.core.text.english_x12_segments import drop_x12_codes, find_x12_segments
from medenclave_deid.core.text.propagation import lower_name_subjects
from medenclave_deid.core.text.spans import PhiSpan, add_uncovered
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["finish_english"]


def finish_english(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The resolved English spans, with the terms kept and the last identifiers and echoes added.

    Args:
        text: the note.
        spans: every English finder's resolved spans.
        vocabulary: the word knowledge.
    """
    # "Auer rods", "Greenfield filter", "Tinetti POMA": the term, not a person ("Y    Harrington rod")
    spans = keep_eponym_terms(text, trim_checklist_answers(text, spans), vocabulary.eponyms)
    spans = drop_label_speakers(text, spans, vocabulary)  # "  result: ...", "  read back: ...": labels
    # "Sjögren's", "Kessler 10", "PAS-D, Grocott"; "FAQ 9/30", "Eating 6/7": terms and scores
    # and a label after a form's wide gap is no part of the name before it ("Ada Lind   Fellow:"),
    # nor a label's "ID" Idaho; a "System | Finding" column's cells hold no one
    spans = drop_term_cells(text, trim_gap_labels(text, drop_id_label_places(text, spans)))
    spans = drop_score_fractions(
        text,
        keep_lone_eponyms(
            text,
            spans,
            vocabulary.eponyms,
            vocabulary.is_name,
            lambda w: vocabulary.is_common(w, threshold=2.0),
        ),
    )
    # "tracheostomy (Shiley 6)", "#6 Portex", "Groshong 5 Fr": a device's maker and size
    spans = keep_model_codes(text, keep_device_brands(text, spans))  # "Dexcom G7" too
    spans = keep_product_brands(text, spans, vocabulary.is_name)  # "Cavilon barrier film"
    # a cabinet's name, a receipt number, a hospital's acronym go; an implant's REF and LOT stay
    spans = agency_ids(text, spans, vocabulary)
    spans = add_uncovered(spans, _facility_shapes(text, vocabulary), text)
    # "Appeal no. 2494/016038", "| Household ID | PJQS-DVX3 |": a record label's whole value
    spans = label_ids(text, spans)
    # "Hohmann retractors", "Gerota fascia", "pouch of Douglas", "Ortolani, Barlow": terms
    spans = keep_more_eponym_terms(text, spans, vocabulary.eponyms)
    # "Hooper Visual Organization Test", "Benton JLO 26/30", "Beighton 6/9": instruments, scores
    spans = keep_named_instruments(
        text, spans, vocabulary.eponyms, lambda w: vocabulary.is_common(w) and not vocabulary.is_name(w)
    )
    # "Bennett fracture", "Ober test", "Satinsky clamp": an unlisted name before an eponym's head
    spans = keep_eponym_shapes(text, spans, vocabulary)
    # "Signed: Gleason, Mark MD": an eponym in a surname slot is the surname
    spans = add_uncovered(spans, eponym_surnames(text, spans), text)
    spans = name_part_fields(text, spans)  # "Surname: Ashworth", "Forename(s): Gillian"
    # "Salmonella Newport", "Bethesda category III", "no dysmetria. Fundi": no one, nowhere
    spans = keep_body_parts(  # "NOTE: SORES IN MOUTH", "WEAKNESS R SIDE": parts of the body
        text,
        keep_finding_words(text, keep_lab_terms(text, spans, vocabulary.is_name), vocabulary.is_name),
        lambda w: vocabulary.is_common(w) and not vocabulary.is_name(w),
    )
    spans = keep_procedure_terms(text, spans)  # "(ROSE)", "Afirma GSC", "Dutch Lipid Clinic Network score"
    # "showing ASC-US", "(Citanest Dental 2.2 ml)", "Consultant Colposcopist": no one, no clinic
    spans = drop_prose_misreads(text, spans)
    spans = add_uncovered(spans, postcode_towns(text), text)  # "Glasgow G12 8QQ": the town, no eponym
    spans = add_uncovered(spans, find_route_towns(text, vocabulary), text)  # "OUTREACH - TULARE ROUTE"
    # a found person's initials ("DK agrees"), their name said in lower case ("I'm dov")
    # "pt's caseworker", "Read-back", "Designee:", "contact guard": everyday words, no one
    spans = drop_attestation_words(text, drop_plain_words(text, spans, vocabulary), vocabulary)  # "Notarized"
    # "Exhaled CO", "Mom: Good.", "Best time:", "(PASRR)": everyday words and labels, no one
    spans = keep_everyday_words(text, spans, vocabulary)
    # "Dr Bea French", "with French, her father", "Mr LAW": a surname that is a plain word
    spans = add_uncovered(spans, nation_surnames(text, spans, vocabulary), text)
    # "From: Corwin Abara <cabara@…>": the display name the address spells, before its echoes
    spans = add_uncovered(spans, mail_display_names(text, vocabulary), text)
    spans = add_uncovered(spans, salutation_names(text, vocabulary), text)  # "Rose, the three below …"
    spans = add_uncovered(spans, drug_word_given_names(text, spans, vocabulary), text)  # "Hale, Corwin"
    spans = add_uncovered(spans, name_echoes(text, spans, vocabulary), text)
    # "Hi Shannon" ... "hi mary, hi Mom", "jesse, do you": the name spoken to, not the greeting
    spans = trim_greetings(text, spans)
    spans = add_uncovered(spans, vocative_names(text, spans), text)
    # "Wren Banks, OTR/L (wbanks)", "ACHTERBERG, MARIGOLD", "assisted: marigold, MA"
    spans = add_uncovered(spans, handle_echoes(text, spans, vocabulary), text)
    # "Patient: Tobin Arkwright ... Arkwright test results": the person, not an unlisted eponym
    spans = add_uncovered(spans, person_before_heads(text, spans, vocabulary), text)
    # '  hazel: "I was on break"', "COUNSELOR WORKSHEET - ingeborg", "| kasimir |": name slots
    spans = add_uncovered(spans, find_lower_name_slots(text, spans, vocabulary), text)
    # "np jvantassel at bedside with rn odile", "pt name: v. drummond", "site: wrenfield children's clinic"
    spans = add_uncovered(spans, find_lower_log_people(text, vocabulary), text)
    spans = add_uncovered(spans, lower_name_subjects(text, spans), text)  # "... | mark denies"
    # "aprn/wynsome", "16:59 fenna (np)", "| charge rn | mdavo |", "shunt check @ brookmere kids clinic"
    spans = add_uncovered(spans, find_lower_log_staff(text, vocabulary), text)
    # "pt is mrs. goldberg, 78 y/o", "d/w dr. feldman": a lower-case surname after a lower-case title
    spans = add_uncovered(spans, find_lower_titled_names(text, spans, vocabulary), text)
    spans = add_uncovered(spans, find_lower_role_names(text, vocabulary), text)  # "cns amy hart"
    # "called to amy reed rn at x4471", "supv: okafor"; "k. ryan" after "patient: ryan" in a lower-case log
    spans = add_uncovered(spans, called_people(text, vocabulary), text)
    # "Re HILL MRN 89935369", "card matches Haverford #E9152462": the name the number is pinned to
    spans = add_uncovered(spans, names_before_record_numbers(text, vocabulary), text)
    spans = add_uncovered(spans, lower_note_echoes(text, spans, vocabulary), text)
    spans = add_uncovered(spans, lower_patient_echoes(text, spans, vocabulary), text)  # "maria" again
    spans = add_uncovered(spans, patient_field_echoes(text, vocabulary), text)  # "pt: joy moss" ... "joy's"
    spans = add_uncovered(spans, find_dob_names(text, vocabulary), text)  # "yvette kilpatrick (DOB"
    # "acute visit | juniper whitcombe | dob", "patient: whitcombe, juniper" ... "juniper's wife"
    spans = add_uncovered(spans, patient_slot_cells(text, spans, vocabulary), text)
    spans = add_uncovered(spans, employment_cells(text, vocabulary), text)  # "EMPLOYMENT<tab>ACME TIRE"
    # "NM1*IL*1*ODELL*RUTH****MI*W123~", "N4*BOISE*ID*83702~": a payer's X12 segments, by grammar
    spans = add_uncovered(drop_x12_codes(text, spans), find_x12_segments(text), text)
    # "Infant: Halloran, Baby Girl B": the newborn's placeholder stands in the given name's place
    spans = add_uncovered(spans, newborn_placeholders(text, spans), text)
    spans = add_uncovered(spans, infant_placeholders(text, spans, vocabulary), text)  # "BB Okafor"
    # "EMPLOYER: HALVERSEN FEED & GRAIN" ... "the dust at Halversen": a workplace's short form
    spans = add_uncovered(spans, workplace_echoes(text, spans, vocabulary), text)
    spans = add_uncovered(spans, workplace_pairs(text, spans, vocabulary), text)  # "Tamarack Timber had us"
    spans = specialty_terms(text, spans)  # "Dr. Q. Harrow (Rad Onc)", "dr harrow (rad onc)"
    # "Patient: Lark Swift" ... "Swift is under my care": the everyday-word surname again
    spans = add_uncovered(spans, word_surname_echoes(text, spans, vocabulary), text)
    # ... "SWIFT, LARK", "Swift, Lark A.": that surname before its given name
    spans = add_uncovered(spans, inverted_surnames(text, spans), text)
    spans = add_uncovered(spans, register_surname_echoes(text, spans), text)  # "Overdue: CASE - not returned"
    # "TEAM / Ada Grey   RN" ... "- Grey: naloxone kit"; "1415  Juniper T. - behind the library"
    spans = add_uncovered(spans, roster_echoes(text, spans) + log_entry_initials(text), text)
    # "Scribe: TK for", "(user k.moss)", "Dr. Ames and tobias brenner", "car (YM 57983)"; a dose
    spans = release_doses(text, spans)
    spans = add_uncovered(spans, find_staff_marks(text, spans, vocabulary), text)
    # "scribe DW.", "team: clay winter np", "clay fox (c.fox)", '"..., Bubba was"', "Father Ifeoma"
    spans = add_uncovered(spans, find_people_marks(text, vocabulary), text)
    # "seen with bertrand [ossining]", "Signature: ____ Tobiah [Quennell]": the given name too
    spans = add_uncovered(spans, role_head_people(text, vocabulary), text)  # "RECOVERY TECHNICIAN\nada oyl"
    spans = add_uncovered(spans, given_before_surnames(text, spans, vocabulary), text)
    spans = trim_contracted_verbs(text, drop_dose_words(text, spans))  # "40 IU/kg", "4-6 vials", "ok'd"
    spans = add_uncovered(spans, find_assenting_staff(text, vocabulary), text)  # "rn bishop ok'd dc"
    # "son Mateo St. Clair": a surname, no hospital; a column's "first.last" cells all go
    spans = fix_export_slots(text, spans)
    # "plate 7BYV417 (IA) / YC 11655": the second plate; "| none | NO" under "tech": initials
    spans = add_uncovered(spans, paired_values(text, spans), text)
    spans = add_uncovered(
        spans,
        codes_after_towns(text, spans) + ages_after_names(text, spans) + dates_after_names(text, spans),
        text,
    )
    spans = drop_label_names(text, spans, vocabulary)  # "Courriel / Email:", "Téléc. 514…", "Sen Const"
    spans = keep_cabin_numbers(text, keep_lot_numbers(text, spans))  # "Kit lot 23K11", "| cabin | 4210 |"
    spans = trim_glued_starts(text, spans)  # "ug/dL  Prairie Pathology": the unit's "L" is no one's
    # "Tc-99m bone scan", "Xe-133": no age, no one; "COHb 19.7%" (and the column "COHb"): no one;
    # "Doctor's address:", "St Mark's electrolyte mix", "Dr W Fisher    GMC no.": no one, nowhere
    spans = trim_uk_forms(text, keep_measure_labels(text, keep_radionuclides(text, spans), vocabulary))
    spans = trim_field_gap_terms(text, spans, vocabulary)  # "Dr Ward   Hepatitis B surface antigen"
    # "Flight nurse: Ifeoma", "K. Gardener⏎Consultant", "Dr Rangi Đặng", "Broken Hill NSW 2880";
    # "Teacher's Vanderbilt came back": the scale, kept
    spans = add_uncovered(drop_scale_eponyms(text, spans), find_slot_letters(text, spans, vocabulary), text)
    # "Dr Primrose Okafor", "escort (Hope)"; "HIV-1/2 Ag/Ab" and "Ringside physician:" are no one's
    spans = keep_role_qualifiers(text, keep_analyte_codes(text, spans), vocabulary)
    spans = add_uncovered(spans, word_given_names(text, spans, vocabulary), text)
    # "RRT RN T. Homans", "| P. Homans |" under "RN 2", "charge rn hope rivers"; "last=DALLAS"
    spans = add_uncovered(spans, find_nurse_slots(text, vocabulary) + find_search_keys(text), text)
    # "— grace health yakima behavioral health", "GRACE HOSPITAL SPOKANE": the system's town too
    spans = add_uncovered(spans, find_health_system_towns(text, spans, vocabulary), text)
    spans = add_uncovered(spans, find_ocr_towns(text, vocabulary), text)  # "OF 87 HOLLY CT, SAL3M, 0R 97301"
    spans = add_uncovered(spans, find_caps_cued_towns(text, vocabulary), text)  # "ON HWY 12 NEAR ELLENSBURG"
    # "TREATING HOSPITAL: PROVIDENCE MARLOWE" ... "TAKEN TO PROVIDENCE MARLOWE.": the name again
    spans = add_uncovered(spans, caps_facility_echoes(text, spans), text)
    # "0845  prvc  guyi  40%", "(qpruit85)": a weaning log's therapist, after the word-sense drops
    spans = add_uncovered(spans, find_weaning_rows(text, vocabulary), text)
    # "P-R-T AXES 45 12 38", "QRS DURAT10N .... 96 MS": an OCR'd ECG printout's measurement lines
    # "(0008,1030) Study Description  LO: 'XR KNEE HICKMAN'": the element's type and its eponym stay
    spans = keep_dicom_header_terms(
        text,
        spans,
        lambda w: w in vocabulary.eponyms or w in EPONYM_TERM_NAMES,
        lambda w: len(w) < 4 or w in vocabulary.clinical or vocabulary.is_common(w, threshold=3.0),
    )
    # "Y0UR RN - Wren", "Your nurse today is Wren :)", "T0day Is: 5/25": a room whiteboard's photo
    board = find_whiteboard_people(
        text, lambda w: vocabulary.is_common(w, threshold=4.0) and not vocabulary.is_name(w)
    ) + find_board_uploader(text, vocabulary)  # "[uploader KRUIZ, 02/02/24]" above the board
    spans = add_uncovered(keep_board_labels(text, keep_ecg_measurements(text, spans)), board, text)
    # "Therapists: O. Blakemore (ob)" ... "Set-up checked: KH / ob", "-- OB": a named person's initials
    spans = find_roster_names(text, spans, vocabulary)  # "Set-up team: E. Reading & A. LOCKHART"
    spans = add_uncovered(spans, find_named_initials(text, spans), text)
    spans = add_uncovered(spans, initialled_heading_surnames(text), text)  # "IP notified: J. Ward"
    spans = add_uncovered(spans, find_staff_list_initials(text, spans), text)  # "Therapists: L. Hale / IO"
    # "Surgeon | PENROSE | Circulator | KD", "CRNA | tobin hale"; "| initials |" column's "| SB |"
    spans = pipe_role_cells(text, spans, vocabulary)
    # "surgeon STONE; circulator EL", "Tech: Killian"; "Laramie Microbiome Donor Program" on line one
    found = find_team_role_words(text, vocabulary) + find_first_line_orgs(text, spans, vocabulary)
    found += row_credential_initials(text, vocabulary)  # "| RT KR |", "- NB, RT"
    found += column_days(text, spans)  # "dose2" column's "12/4", "Admit: 11/2": days, no fractions
    found += kin_label_given_names(text, vocabulary)  # "Husband: Andrew at bedside"
    found += ph_row_initials(text)  # "pH 8.5 at 10:20 (KT)", "| 10:10 | 8.0 | DH |": an eye wash's nurse
    found += find_credited_initials(text)  # "irrigation … by SL (MA)"
    found += find_charge_initials(text)  # "Charge RN: FQ", "Log reviewed: MT"
    found += find_timed_row_signers(text, vocabulary)  # "0200 BG 312, gtt 6 units/hr - KT", "MA | FP"
    found += find_sloppy_signers(text, vocabulary)  # "09:00 | 132/72 | dry | h.e.", "amber banks msn, rn"
    found += find_given_name_repeats(text, spans, vocabulary)  # "BRANNIGAN, Rowan" ... "rowan awake"
    # "Medicaid ID for Corwin: 5444", "Occupation: welder, hollis & sons roofing"
    found += find_id_holders(text, vocabulary) + find_occupation_employers(text, vocabulary)
    # "Medicaid - Maren - NY 8820 1937", "MA# 5839 2047 18 Maren"; "Employed - Big Lots", "at 7-Eleven"
    found += grouped_payer_ids(text, vocabulary) + employed_cells(text, vocabulary)
    found += find_spelled_initials(text, spans)  # "Charge: C. Imbert / CI"
    found += find_comma_surnames(text, spans, vocabulary)  # "SEDATION RECORD - FAIRWEATHER, [RIVER]"
    # "Slot,Attendee,Ref" header, "Lung | Clear", "V. Lopez NPI#", "surgeon ENT aware", "LINE LIST"
    spans = keep_no_ones_words(text, add_uncovered(spans, found, text), vocabulary)
    spans = keep_circumcision_devices(text, spans)  # "Gomco 1.3", "Mogen", "Plastibell": no one
    spans = drop_role_participles(text, spans)  # "Referring MD | Dr. K. Foster": a label
    return keep_pest_terms(text, spans)  # "Species: Cimex lectularius", "Brown recluse", "Exuviae"


def _facility_shapes(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Bare hospital acronyms in a place's slot ("at KVMC"), names with a hyphenated campus."""

    def clinical(lower: str) -> bool:
        return lower in vocabulary.clinical or lower in vocabulary.drugs

    return find_hospital_acronyms(text, clinical) + find_campus_names(text, vocabulary.is_common, clinical)

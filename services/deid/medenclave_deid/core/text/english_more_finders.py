"""English finders that run beside ``find_english_phi`` on the whole note: ages over 89 said
without "years" and birth years, a month/day after a treatment's day anchor, and an employer after
a job title ("Line lead at Maple Leaf Poultry Processing")."""

from __future__ import annotations

from collections.abc import Callable

from medenclave_deid.core.text.english_article_dates import find_article_dates
from medenclave_deid.core.text.english_au_ca_contacts_fuzz24a import find_au_ca_contacts
from medenclave_deid.core.text.english_bilingual_employers import find_bilingual_employers
from medenclave_deid.core.text.english_booking_refs import find_booking_refs
from medenclave_deid.core.text.english_caps_facility_heads import find_caps_facilities
from medenclave_deid.core.text.english_clinics_trades import find_lower_clinics, find_trade_employers
from medenclave_deid.core.text.english_contact_kin_names import find_contact_kin_names
from medenclave_deid.core.text.english_crew_agencies import find_crew_agencies
from medenclave_deid.core.text.english_cued_employers import find_cued_employers, find_labelled_jobs
from medenclave_deid.core.text.english_day_anchor_dates import find_day_anchor_dates
from medenclave_deid.core.text.english_dicom_headers import find_dicom_people, find_dicom_uids
from medenclave_deid.core.text.english_dob_bare_ages import find_dob_bare_ages
from medenclave_deid.core.text.english_documentation_marks import (
    find_documentation_dates,
    find_qualified_employers,
)
from medenclave_deid.core.text.english_duty_staff import find_parked_plates
from medenclave_deid.core.text.english_flowsheet_signers import find_flowsheet_signers
from medenclave_deid.core.text.english_gp_practices import find_gp_practices
from medenclave_deid.core.text.english_injury_employers import find_injury_employers
from medenclave_deid.core.text.english_intl_postcodes import find_intl_postcodes
from medenclave_deid.core.text.english_job_employers import find_job_employers
from medenclave_deid.core.text.english_kin_ages import find_kin_ages
from medenclave_deid.core.text.english_kin_keys import find_kin_keys
from medenclave_deid.core.text.english_kin_speakers import find_kin_speakers
from medenclave_deid.core.text.english_letterheads_fuzzids11 import find_facility_letterheads
from medenclave_deid.core.text.english_licence_states import find_licence_states
from medenclave_deid.core.text.english_links import find_links
from medenclave_deid.core.text.english_log_dates import find_log_dates
from medenclave_deid.core.text.english_log_lines import find_log_lines
from medenclave_deid.core.text.english_lower_facilities import find_lower_facilities
from medenclave_deid.core.text.english_lower_towns import find_lower_towns
from medenclave_deid.core.text.english_monitor_places import find_monitor_places
from medenclave_deid.core.text.english_monitor_sheets import find_monitor_sheet_phi
from medenclave_deid.core.text.english_nz_contacts import find_nz_contacts
from medenclave_deid.core.text.english_nz_nhi_addresses import find_nhi_numbers
from medenclave_deid.core.text.english_ocr_labels import find_ocr_labels
from medenclave_deid.core.text.english_ocr_readback import find_read_back
from medenclave_deid.core.text.english_order_facilities import find_order_facilities
from medenclave_deid.core.text.english_partial_postcodes import find_partial_postcodes
from medenclave_deid.core.text.english_recipient_initials import find_recipient_initials
from medenclave_deid.core.text.english_register_devices import find_register_devices
from medenclave_deid.core.text.english_register_shapes import find_register_shapes
from medenclave_deid.core.text.english_role_initials import find_role_initials
from medenclave_deid.core.text.english_short_day_month import find_short_day_months
from medenclave_deid.core.text.english_signature_dates import find_signature_dates
from medenclave_deid.core.text.english_spoken_ages import find_birth_years, find_spoken_ages
from medenclave_deid.core.text.english_ssn_last_four import find_ssn_last_four
from medenclave_deid.core.text.english_transport_destinations import find_transport_destinations
from medenclave_deid.core.text.english_uk_community import find_uk_community
from medenclave_deid.core.text.english_uk_phones import find_uk_phones
from medenclave_deid.core.text.english_vaccine_years import find_vaccine_years
from medenclave_deid.core.text.english_workplace_cues import find_workplace_cues
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_more_english"]


def find_more_english(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Candidate spans of the shapes above (overlaps not yet resolved).

    Args:
        text: an English note (or the Latin-script part of a mixed one).
        is_common: whether a lower-case word is an everyday English word.
    """
    # "that makes me ... 101?", "born in 1922", "Day 0 (infusion): 5/5"
    spans = find_spoken_ages(text) + find_birth_years(text) + find_day_anchor_dates(text)
    spans += find_dob_bare_ages(text)  # "DOB: 03/11/1927  96" on a tray ticket
    spans += find_lower_towns(text, is_common)  # "i still live out in larchmont bay", "man from cedar bluff"
    spans += find_kin_speakers(text, is_common)  # "my sister corwin drives me" + "[sister]: hi, i'm corwin"
    spans += find_vaccine_years(text)  # "Last tetanus 2019", "Tdap booster: 2021"
    spans += find_ssn_last_four(text)  # "SSN (last 4): 9016", "SSN: xxx-xx-6020"
    # "father MI at 91", "Father (d. 93, MI)", "Mother: living, 92, on a statin", "| Father | MI | 92 |"
    spans += find_kin_ages(text) + find_short_day_months(text)  # "LMP 2/3", "Review w/c 22/4", "14/iii/24"
    # "Leeds LS1 4AP", "Toronto, ON M5V3L9", "D02 X285", "Carlton VIC 3053", "Auckland 1010, New Zealand"
    spans += find_recipient_initials(text)  # "Recipient: S.V.", "Kit 2 to I.T., lives in"
    spans += find_intl_postcodes(text) + find_partial_postcodes(text)  # "FSA: M5V", "City/ZIP: X/46201"
    # "ASHFORD PEDIATRICS" over "Department of Radiology", "Dunmore Immigration Medical Exams"
    spans += find_facility_letterheads(text)
    spans += find_caps_facilities(text, is_common)  # "DURANGO VALLEY HEALTH", "ELKO HEART INSTITUTE"
    spans += find_order_facilities(text, is_common)  # "SISTERS OF PROVIDENCE WAUSAU", "our lady of lourdes"
    # "Dictated 2/9, signed ...", "Prior employer in US (H-2B): Northway Freight."
    spans += find_documentation_dates(text) + find_qualified_employers(text)
    # "Patient (now 98)", "the 6062 block of Tamarack Dr", "Registry # UEQGJJ", "August of 2021"
    spans += find_register_shapes(text)
    # "bit.ly/3xYz", "sftp://xfer.example.net/out", "\\\\fs01\\scans\\ct.dcm", "www.x.clinic/book"
    spans += find_links(text, is_common)
    # "[x] mask - 9/1 - D. Quill", "bib 15829", "LOCATION: TAMARACK COURT", "passport CFEYEAGLJ"
    spans += find_log_lines(text, is_common)
    spans += find_contact_kin_names(text, is_common)  # "sister of maya", "maya's mother", "- river (son),"
    spans += find_role_initials(text)  # "Physicist: J.L.", "Patient | Eye | AP/PC" over a tick column
    spans += find_signature_dates(text)  # "Rosa Jimenez, MD 12/5"
    spans += find_flowsheet_signers(text, is_common)  # "Urology: May, J.", "0800<TAB>36.3<TAB>bladder<TAB>MH"
    # "injured at work (stonebridge poultry processing)", "EMPLOYER: NORTHGATE TOOL & DIE, INC."
    # "OCCUPATION: DENTAL ASSISTANT AT TRI-COUNTY SCHOOL DISTRICT", "works as a cook at ..."
    spans += find_labelled_jobs(text, is_common)
    # "occupational exposure at …", "laid off from …", "coworkers at …", "he owns … Auto Repair"
    spans += find_workplace_cues(text, is_common)
    spans += find_injury_employers(text, is_common)  # "Work comp: injured at Larkspur Bistro Group;"
    spans += find_bilingual_employers(text)  # "Empleador / Employer: …", "trabaja en …", "your employer, …,"
    # "advised ed eval at st. brendan's regional medical center"
    spans += find_lower_facilities(text)
    # "- cottonwood rural health clinic", "lot behind Tamarack Timber Products where he works"
    spans += find_lower_clinics(text, is_common) + find_trade_employers(text)
    # "(02) 9876 5432", "Ph 9843 5084", "HC BOUC 7535 1239", "Rego: 914 GGA", "Sen Const J. Roe"
    spans += find_au_ca_contacts(text, is_common)
    # "The Old Forge Surgery", "Eastvale Community Stoma Service"
    spans += find_gp_practices(text, is_common)
    # "Station Lane Surgery", "SecuriCare Direct", "48 Chapel Brow, Hexham"
    spans += find_uk_community(text, is_common)
    spans += find_booking_refs(text)  # "e-RS UBRN: 0415 2276 3391"
    spans += find_nhi_numbers(text)  # "NHI ZKT12AB", "12 Kauri St, Bell Block, New Plymouth 4312"
    spans += find_nz_contacts(text)  # "03 496 8980", "RD 2, Te Awamutu 3872", "HAMILTON" / "3216"
    spans += find_uk_phones(text)  # "020 7946 0018", "+44 (0)1632 960123", "07700 900123"
    spans += find_register_devices(text)  # "Vaccinator, MCNZ 40217", "CGM receiver 7HQW2LX9PT"
    spans += find_parked_plates(text)  # "parked: ABBB 280 ontario", "red tacoma (DDBE 108, Ontario)"
    spans += find_crew_agencies(text, is_common)  # "Crew: Tonto IHC", "pt from Kern Ranger District"
    spans += find_transport_destinations(text)  # "Transport<TAB>…": "kern ed", "transported to X Regional"
    spans += find_monitor_sheet_phi(text, is_common)  # "Hook-up: 02/04", "RIVERSIDE HEART INSTITUTE"
    spans += find_monitor_places(text, is_common)  # "call Ashford General Heart Station", "DAY 1 3/4"
    spans += find_kin_keys(text)  # "wife=Maren Oakhurst cell=..."
    spans += find_licence_states(text)  # "Lic. Oregon A48213", "Iowa lic. DO 40512"
    spans += find_log_dates(text)  # "debrief 11/3", "tattooed 8/2", "Truck: UT-737ZEL"
    spans += find_article_dates(text)  # "placed on the 6/5 at a shop", "off from the 2/1 until"
    spans += find_ocr_labels(text)  # a scan's misread labels: "Agc: 98", "Aqe/Sex: 94/F", "D0B: O4/2l/1926"
    spans += find_job_employers(text, is_common) + find_cued_employers(text)
    # "(0020,000D) Study Instance UID  UI: 1.2.840.…", "(0008,1070) Operators' Name  PN: 'ROE^ADA'"
    spans += find_dicom_uids(text) + find_dicom_people(text)
    # "EMPL0YER: RED FERN PACKING CO", "L0CAT10N: ALDER CREEK, WA": the scan read with its labels spelt
    return spans + find_read_back(text, is_common, lambda copy: _again(copy, is_common))


def _again(copy: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Every finder's candidates in a scan's read-back copy (english_ocr_readback)."""
    from medenclave_deid.core.text.english import find_english_phi

    return find_english_phi(copy) + find_more_english(copy, is_common)

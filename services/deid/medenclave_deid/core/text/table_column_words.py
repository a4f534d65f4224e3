"""Header words and cell shapes of the log tables that :mod:`.delimited_columns` reads.

* **whoever carried something**: a transfusion or specimen log's ``Runner``, ``Porter``,
  ``Picked up by``, ``Issued to`` column holds the person who fetched each cooler or sample;
* **whoever reviewed or actioned a result**: a monitoring table's (lithium, clozapine, warfarin,
  dialysis) ``Reviewed``, ``Rvwd``, ``Rev'd by``, ``Actioned``, ``Seen``, ``Signed off`` column
  holds the initials or the given name of the clinician who saw each result;
* **ages**: a ship's or a ward's ``Age``, ``Pax age``, ``Guest age``, ``Age/Nat``, ``Age/Sex``
  column, and a cell that gives the age with a sex or a nationality after it (``91``, ``92y``,
  ``93 yo``, ``94 / British``, ``95, F``); only an age over 89 is one to remove;
* **imaging accessions**: a registry's ``X-ray Accession``, ``xray_acc``, ``XR Acc``, ``Imaging acc #``,
  ``CT Accn`` column (a study's modality before the accession word, spelled out or cut to ``acc``);
* **workplaces**: an employer's column, and the crew, agency or home unit of a responder's log
  (``Crew``, ``Crew/Agency``, ``Home unit``, ``Resource``): each row's crew, agency or employer.
"""

from __future__ import annotations

__all__ = [
    "ACCESSION_COLUMN",
    "AGE_CELL",
    "AGE_COLUMN",
    "CARRIER_COLUMNS",
    "PERSON_COLUMNS",
    "STAFF_COLUMNS",
    "WORK_COLUMN",
]

#: also a run sheet's perfusionist (``PERF``, ``CCP``) on each hourly row, a retina register's ``Injector``
STAFF_COLUMNS = (
    r"reviewed|rvwd|rev'?d|rev d|actioned|seen|signed off|initialled|initialed|authori[sz]ed|"
    r"perfusionist|perf|ccp|injector|injecting (?:md|physician|doctor)"
)
#: who carried a cooler, a specimen or a unit between the blood bank or the lab and the bedside
CARRIER_COLUMNS = r"runner|porter|transporter|picked up by|issued to|released to|received by"
#: every people column this module adds: staff, carriers, and the other names a person goes by
#: (a ring name, an alias)
PERSON_COLUMNS = rf"{STAFF_COLUMNS}|{CARRIER_COLUMNS}|nickname|alias"
AGE_COLUMN = (
    r"(?:pt |patient |pax |guest |passenger )?age(?: (?:yrs|years|y|yr))?"
    r"(?: (?:sex|gender|s|nat|nationality|m f))?|yrs|age sex"
)
AGE_CELL = (
    r"(?P<v>9\d|1[0-4]\d)(?:\s*(?:y|yo|yrs|years|岁|周岁))?"
    r"(?:\s*[/,]?\s*(?:[MFmf]|male|female|[A-Z][a-z]+))?"
)
#: an employer's column; a crew's, an agency's or a home unit's in a responder's log ("crew or agency")
_WORK_WORD = r"(?:assigned |home |contract )?(?:crew|agency|resource|home unit|employer|company|workplace)"
WORK_COLUMN = rf"{_WORK_WORD}(?: (?:or |and )?{_WORK_WORD})*(?: ?name)?|place of employment(?: name)?"
#: an imaging study's accession, its modality first (``X-ray Accession``, ``xray_acc``, ``XR Acc``)
ACCESSION_COLUMN = (
    r"(?:x ray|xray|xr|cxr|plain film|film|imaging|image|img|radiology|rad|radiograph|ct|mri|mr|us|dx|cr|"
    r"pacs|study|exam|pathology|path)(?: (?:exam|study|image))? (?:accession|accn|acc)"
    r"(?: (?:no|nbr|num|number|#|id))*"
)

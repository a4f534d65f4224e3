"""Links of every shape go whole (``core/text/english_links.py``), and clinical terms with dots
and slashes stay.

Two suites, both written for this test from general knowledge of how links appear in hospital
documents (none comes from an evaluation set):

* ``english_links_cases.txt`` (and ``chinese_links_cases.txt``, links in Chinese notes): one
  marked case a line, ``«value»`` a link that must go,
  ``‹value›`` a term that must stay;
* a generated product of link shapes (schemes, defanged, bare hosts, new and country domains,
  addresses with ports, user@host, queries, fragments, percent-encoding, UNC and file paths, data
  blobs, capitals) and the places they sit in (brackets, quotes, Markdown, CSV and JSON cells, HL7
  fields, Chinese punctuation, a sentence's end): no link's whole value, nor its host, is left.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medenclave_deid.core.text.english_links import find_links
from medenclave_testing.marked_notes import marked_cases

SECRET = b"l" * 32
#: stands in for the word list: the everyday words the cases below use
_COMMON = frozenset("home care self patient the report main notes well report".split())

#: (shape, link): every link here names a host or a patient's resource
_SHAPES = [
    ("https", "https://portal.lakeview-health.org/msg/7731"),
    ("http", "http://records.pinecrest-clinic.com/pt/55102"),
    ("hxxp", "hxxp://claims-refund.example.ru/login"),
    ("hxxps", "hxxps://portal.northfield.health/chart?id=881"),
    ("ftp", "ftp://files.mercyimaging.org/dicom/4471"),
    ("sftp", "sftp://xfer.stanselm.net/outbound/claims_0423.csv"),
    ("wss", "wss://stream.monitor.local/bed12"),
    ("any_scheme", "s3://phi-exports/pt/5521/scan.dcm"),
    ("dicomweb", "dicomweb://pacs.local/studies/1.2.840.113619"),
    ("www", "www.lakeviewhealth.org"),
    ("www_path", "www.oakhill-peds.com/forms/intake"),
    ("bare_path", "portal.lakeview-health.org/msg/7731"),
    ("bare_host", "mychart.pinecrest.org"),
    ("short_link", "bit.ly/3xYzQ9a"),
    ("short_tco", "t.co/Ab12Cd"),
    ("short_goo", "goo.gl/maps/AbCdEf12"),
    ("reserved", "go.example/abc"),
    ("zoom", "zoom.us/j/123456789?pwd=aBcD1234"),
    ("teams", "teams.microsoft.com/l/meetup-join/19%3ameeting_abc"),
    ("dot_health", "telehealth.sunridge.health"),
    ("dot_care", "myportal.brightway.care/login"),
    ("dot_clinic", "appointments.maplestreet.clinic"),
    ("dot_hospital", "www.stjoan.hospital/visit"),
    ("dot_dental", "brightsmiles.dental/book"),
    ("dot_app", "rx-refill.app/u/99231"),
    ("dot_io", "forms.pedsclinic.io/f/77"),
    ("dot_ai", "intake.scribe.ai/s/991"),
    ("co_uk", "nhs-trust.co.uk/clinics/ortho"),
    ("nhs_uk", "leedsth.nhs.uk"),
    ("org_au", "www.royalcoast.org.au/patients"),
    ("com_au", "stvincents.com.au/patients"),
    ("de_sub", "termine.uniklinik-bonn.de"),
    ("ca_path", "ontariohealth.ca/find-care"),
    ("net", "pacs.westbrook.net/viewer"),
    ("punycode", "https://xn--klinik-mnchen-3ob.de/termin"),
    ("idn", "https://klinik-münchen.de/termin"),
    ("ipv4_port", "http://10.2.3.4:8080/path"),
    ("ipv6_port", "https://[2001:db8::1]:8443/"),
    ("user_host", "https://jdoe:pw123@portal.example.org/inbox"),
    ("query", "https://portal.example.org/visit?token=Xy9Kq2&pid=448812"),
    ("fragment", "https://app.clinic.org/#/appointments/123"),
    ("percent", "https://portal.example.org/search?q=John%20Smith"),
    ("name_path", "https://records.example.org/patients/maria-gonzalez-1988"),
    ("file", "file:///C:/Users/nurse/Desktop/smith_john_labs.pdf"),
    ("file_host", "file://fileserver/scans/pt4471.pdf"),
    ("unc", r"\\fileserver\clinic\scans\lopez_ana.pdf"),
    ("data", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg"),
    ("caps", "HTTPS://PORTAL.LAKEVIEW.ORG/MSG/7731"),
    ("caps_www", "WWW.LAKEVIEWHEALTH.ORG"),
    ("caps_bare", "MYCHART.LAKEVIEW.ORG"),
    ("mixed_case", "MyChart.LakeviewHealth.org"),
    ("port_host", "portal.example.org:8443/login"),
    ("localhost", "localhost:8080/chart/55"),
    ("intranet", "http://intranet/ehr/pt/42"),
]
#: (place, template)
_PLACES = [
    ("prose", "Patient portal {u} for results."),
    ("period", "See results at {u}."),
    ("comma", "Go to {u}, then log in."),
    ("semicolon", "Portal: {u}; password reset done."),
    ("parens", "Instructions sent (see {u}) today."),
    ("parens_end", "Instructions sent (see {u})."),
    ("brackets", "Link [{u}] in chart."),
    ("angle", "Link <{u}> in chart."),
    ("double_quotes", 'Link "{u}" in chart.'),
    ("single_quotes", "Link '{u}' in chart."),
    ("markdown", "Please [book here]({u}) soon."),
    ("label", "link: {u}"),
    ("visit", "Visit us at {u}"),
    ("qr", "Scan the QR code ({u}) to check in."),
    ("csv", "MRN,Name,Portal\n44812,Doe J,{u}\n"),
    ("json", '{{"portal_url": "{u}", "pid": 1}}'),
    ("hl7", "OBX|1|RP|URL^Link||{u}||||||F"),
    ("zh_punct", "患者门户：{u}，请登录。"),
    ("en_zh_punct", "Portal link（{u}）for results，thanks."),
    ("lower", "pt said she found it on {u} last night"),
    ("colon_after", "{u}: results posted"),
    ("question", "Did you get {u}?"),
]


def _host(link: str) -> str:
    m = re.match(r"(?:[a-z*]+:(?://)?)?(?:[^@/]*@)?([^/?#\\]+)", link.lstrip("\\"), re.IGNORECASE)
    return m.group(1) if m else link


@marked_cases(Path(__file__).parent / "english_links_cases.txt", "case", digits=2)
def test_marked_links_go_and_terms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "chinese_links_cases.txt", "zh", digits=2)
def test_links_in_chinese_notes_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(("shape", "link"), _SHAPES, ids=[s for s, _ in _SHAPES])
def test_generated_link_shapes_go_whole(en_notes, shape: str, link: str) -> None:
    wrong = []
    for place, template in _PLACES:
        out = en_notes.text(template.format(u=link)).casefold()
        host = _host(link).casefold()
        if link.casefold() in out or (len(host) > 4 and host in out):
            wrong.append((place, out))
    assert not wrong, (shape, wrong)


@pytest.mark.parametrize(
    "text",
    [
        "Take 1/2 tab q.i.d. or b.i.d. p.o.; glucose 98 mg/dL, Na 139 mmol/L.",
        "T2/FLAIR hyperintensity; S1/S2 normal; Tylenol/acetaminophen 500 mg.",
        "Dr. Ali saw pt at St. Anne's, e.g. i.e. vs. approx. on 3/4/2025.",
        "Lesion 3.5 cm; template v2.1; see report.pdf and main.py, notes.md, node.js.",
        "S.aureus and E.coli grew; C.diff negative; H.pylori Ag neg; Staph.aureus/MRSA screen.",
        "Tolerated well.No pain.It settled.In clinic today; home.care plan reviewed.",
        "Cr 1.2/BUN 18, eGFR 60 mL/min/1.73m2, f/u w/o s/p and/or c/o 24/7.",
        "Dosing q4h.prn; tab.po/pr; vit.D level; cont.meds/fluids; Rx.us noted; pcp.care team.",
    ],
)
def test_terms_with_dots_and_slashes_are_no_links(text: str) -> None:
    found = find_links(text, _COMMON.__contains__)
    assert found == [], [text[s.start : s.end] for s in found]

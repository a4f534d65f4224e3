"""People and employers in the XML of a Chinese interface log (a HIS→LIS order, an EMPI message),
read by the element's tag rather than by the name's surname.

An interface message writes each value between its tag's two halves (``<PatName>水娟俊</PatName>``,
``<OrderDoctor>平安</OrderDoctor>``, ``<WorkUnit>某某五金厂</WorkUnit>``), so the tag, not a cue word
or a surname list, says what the value is. The value is removed whatever its characters are (a rare
surname, a given name that is an everyday word, a Latin name in ``<EnglishName>``):

* **a person** when the tag is a person's name (``PatName``, ``PatientName``, ``EnglishName``,
  ``ContactName``, the pinyin ``XM`` / ``BRXM``; a bare ``Name`` may be an item's, so it is not
  read) or a role that is a person (``OrderDoctor``, ``CollectNurse``, ``Collector``, ``Sampler``,
  ``Operator``, ``Auditor``, ``Reporter``): Chinese characters (two to four, a ``·`` between
  transliterated parts) or Latin words, a staff code before or after it set aside
  (``<OrderDoctor>1023/张三</OrderDoctor>``);
* **an employer** when the tag is a work unit's (``WorkUnit``, ``Company``, ``Employer``,
  ``WorkPlace``, ``GZDW``), unless the value says there is none (无, 个体, 退休 …).

Tags of things that are no person (``OrgName``, ``HospitalName``, ``DeptName``, ``ItemName``,
``DrugName``, ``SpecimenName``, ``WardName`` …) name a hospital, a department or a clinical term;
they are left to the other rules.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_markup_fields"]

#: a whole element: its tag (attributes allowed), a value with no markup, the same tag closing
_ELEMENT = re.compile(r"<(?P<t>[A-Za-z][A-Za-z0-9_]{0,40})(?:[ \t][^<>\n]*)?>(?P<v>[^<>\n]{1,60})</(?P=t)>")
#: tags whose value is a person: a name of the patient or a contact, or a role that is a person
_PERSON_TAG = re.compile(
    r"(?i:(?:pat(?:ient)?|person|contact|relative|guardian|family|english|real|full)_?name(?:_?(?:en|cn))?"
    r"|(?:br|hz|ys|hs|sqys|cjr)?xm"
    r"|[a-z_]*(?:doctor|nurse|collector|sampler|operator|auditor|reporter|physician|requester|checker|verifier)"
    r"(?:_?name)?)"
)
#: tags whose value is the patient's employer
_WORK_TAG = re.compile(r"(?i:work_?unit|company(?:_?name)?|employer(?:_?name)?|work_?place|gzdw|dwmc)")
#: a person's value: Chinese characters (a ``·`` between transliterated parts) or Latin words
_PERSON_VALUE = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})*"
    r"|[A-Za-z][A-Za-z'\-]*(?:[ ,]{1,2}[A-Za-z][A-Za-z'\-]*){0,3}"
)
#: values that say there is no employer
_NO_EMPLOYER = ("无", "个体", "退休", "无业", "待业", "学生", "农民", "不详", "自由职业", "离休", "家务", "-")


def find_markup_fields(text: str) -> list[PhiSpan]:
    """Person and employer spans of the XML elements in the module docstring.

    Args:
        text: the note.
    """
    if "</" not in text:
        return []
    spans: list[PhiSpan] = []
    for m in _ELEMENT.finditer(text):
        tag, value = m.group("t"), m.group("v")
        if _PERSON_TAG.fullmatch(tag):
            for part in _PERSON_VALUE.finditer(value):
                # a code's letter (D in D1023) or an empty marker (NULL) is no name
                if part.group().isascii() and (
                    part.group().upper() in ("NULL", "NONE", "NA", "N/A") or len(part.group()) < 2
                ):
                    continue
                spans.append(PhiSpan(m.start("v") + part.start(), m.start("v") + part.end(), "name"))
        elif _WORK_TAG.fullmatch(tag) and value.strip() and value.strip() not in _NO_EMPLOYER:
            lead = len(value) - len(value.lstrip())
            spans.append(PhiSpan(m.start("v") + lead, m.start("v") + len(value.rstrip()), "workplace"))
    return spans

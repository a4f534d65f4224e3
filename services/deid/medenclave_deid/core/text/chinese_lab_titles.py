"""The laboratory or company a Chinese form's title names in brackets.

A form sent out or issued by a third-party laboratory carries its short name in brackets after the
title (``肿瘤基因检测送检单（某某基因）``, ``病理会诊报告（某某诊断）``, ``检验报告单（某某医学检验所）``);
that name identifies where the patient was tested, as a hospital's name does. It is taken when

* the bracket closes a line that is a form's title: the title ends in what forms are called (单,
  报告, 报告单, 记录, 申请单, 告知书, 同意书, 结果, 证明 …);
* the name ends in what such laboratories call themselves (基因, 检验, 医学检验所, 检验所, 医学,
  诊断, 检测, 生物, 科技, 实验室);
* what stands before that ending is no word of the test or the service (``（基因检测）``,
  ``（外送检验）``, ``（分子诊断）``, ``（临床医学）``, ``（第三方检验）``): a character of
  such words in it keeps the bracket as it is.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_lab_titles"]

_HAN = "\u4e00-\u9fa5"
_FORM_END = r"(?:送检单|申请单|报告单|记录单|告知书|通知书|同意书|申请书|报告书|报告|记录|结果|证明|单)"
_LAB_END = r"(?:医学检验实验室|医学检验所|检验所|实验室|生物科技|医学|基因|检验|诊断|检测|生物|科技)"
_TITLE_LAB = re.compile(
    rf"(?m)^[ \t\u3000]*[{_HAN}A-Za-z0-9\-]{{2,24}}?{_FORM_END}[（(]"
    rf"(?P<v>(?P<own>[{_HAN}]{{2,5}}?){_LAB_END})[)）][ \t\u3000]*$"
)
#: characters of the words that name a test, a sample or a service rather than a laboratory
_SERVICE_CHARS = frozenset(
    "临床分子病理外送内第三方急诊门常规肿瘤遗传产前微免疫胞血液核酸委托专项精准胚胎儿司法影像测序荧光"
    "旁复筛查确认染色体组织标本样切片院科室基检验断床初高通量代"
)


def find_lab_titles(text: str) -> list[PhiSpan]:
    """Hospital spans for the laboratory a form's title names in brackets."""
    return [
        PhiSpan(m.start("v"), m.end("v"), "hospital")
        for m in _TITLE_LAB.finditer(text)
        if not set(m.group("own")) & _SERVICE_CHARS
    ]

"""Workplaces in Chinese notes told by the people there or by a field, of kinds the company
patterns do not end with.

* an organisation opening a clause or what someone says, before the people who work there
  (``说"滨江机械厂的同事在笑我"``,
  ``东港水产市场的工友``): its kind (厂, 市场, 合作社 …) and the colleague say it is a workplace;
* the value of a work-unit field ending in a kind of rural or market workplace
  (``单位：青山茶叶合作社``, ``工作单位：北郊蔬菜批发市场``);
* the value of a school field ending in a kind of school (``学校：晨光实验小学``);
* a named community office, police station or nursery (``朝阳街道办``, ``幸福里居委会``,
  ``李家庄村委会``, ``城西派出所``, ``小太阳幼儿园``): it names where the patient lives, works or
  goes, unless only a word for "the local one" stands before it;
* a branch or an outlet filling a cell of a delimited row (``…,城东某某快递营业部,鼻咽拭子``:
  营业部, 网点, 门店, 分店, 分公司, 支行 …), unless only a word for "the local one" names it;
* a named rural or small workplace after a verb of working or belonging (``为绿源蔬菜合作社社员``,
  ``在阳光幼儿园任保育员``, ``经营老李家面馆``, ``在老李烧烤做厨师``);
* the writer's own unit in an employer's certificate, before its staff word (``系我某某门店员工``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_workplaces"]

_HAN = "\u4e00-\u9fa5"
_KIND = (
    r"(?:有限公司|公司|集团|工厂|厂|矿|批发市场|市场|合作社|农场|林场|养殖场|车队|工地|车间|学校|中学|小学|"
    r"大学|学院|银行|超市|商场|酒店|饭店|餐厅|物流|港务局|局|研究所|研究院)"
)
_COLLEAGUE = re.compile(
    rf"(?:^|(?<=[\s，,。；;：:\"“「『（(诉称述]))(?!自?[诉称述说])(?P<v>[{_HAN}]{{2,14}}?{_KIND})"
    r"(?=的?(?:同事|领导|工友|老板|员工|职工|师傅|同学|老师|上司|主管|经理|保安))"
)
_FIELD = re.compile(
    rf"(?:工作单位|用人单位|所在单位|单位)\s*[:：]\s*(?P<v>[{_HAN}]{{2,20}}?"
    r"(?:合作社|批发市场|市场|农场|林场|养殖场|车队|工地|矿|站|社))(?=[\s，,。；;]|$)"
)


#: a school field's value ending in a kind of school (学校：晨光实验小学)
_SCHOOL_FIELD = re.compile(
    rf"(?:学校|就读学校|所在学校|学校名称)\s*[:：]\s*(?P<v>[{_HAN}]{{2,20}}?"
    r"(?:中学|小学|大学|学院|学校|幼儿园|职高|技校|中专|附中|附小))(?=[\s，,。；;]|$)"
)

#: what stands before a community office or a workplace's kind when none is named (本村村委会,
#: 当地居委会, 在一家合作社)
_GENERIC_LEAD = re.compile(r"(?:本|该|其|当地|所在|所属|辖区|户籍地|附近|一家|某|村|镇|社区|街道|居住地|"
                           r"私人|个体|片区|属地|就近|公立|私立|民办)+$")
_COMMUNITY = re.compile(r"(?:街道办事处|街道办|居民委员会|村民委员会|居委会|村委会|派出所|幼儿园|托儿所)")
#: the words that bring in a place before its name (联系…村委会, 由…街道办): the name starts after
_BRINGS_IN = re.compile(r".*(?:联系|通知|前往|要求|经|由|向|与|和|及|到|在|于|为|系|是|的|去|回|从|至|赴|被|"
                        r"后|时|报警|报案|告知|送|请|让|叫|称)")
#: a mine, a quarry or an industrial park, named by its place (大兴煤矿, 青石岭采石场, 阳光物流园)
_MINE = r"煤矿|铁矿|金矿|矿山|采石场|石料厂|砖厂|物流园|产业园|工业园"
#: a one-owner shop named by its owner or its street (老李烧烤, 东街理发店)
_SHOP = r"烧烤店?|小吃店|快餐店|早餐店|便利店|理发店|美发店|五金店|水果店|修车店|洗车店|烟酒店"
_LED = re.compile(
    rf"(?:在|于|为|系|经营|开办|开了?一?家|自己开|自家开|就职于|任职于|供职于)(?P<v>[{_HAN}]{{2,12}}?"
    rf"(?:合作社|幼儿园|托儿所|面馆|饭馆|饭店|餐馆|超市|商店|门市部|加工厂|养殖场|农场|小学|中学|{_MINE}|{_SHOP}))"
    r"(?=[\s，,。；;]|$|社员|员工|工人|职工|工作|上班|打工|务工|任|当|做|从事|读书|就读|教师|老师|"
    # a pupil's class (红星小学三年级学生, 在晨光小学读四年级) or work under ground (井下作业)
    r"读|上学|学生|[一二三四五六七八九]年级|初[一二三]|高[一二三]|井下|采掘|挖煤|干活|作业|"
    # the work a worker did there when hurt (在阳光物流园搬货时, 在某某合作社修机器)
    r"搬|装|卸|修|施工|送货|值班|加班|帮工|打零工)"
)
#: an employer's own certificate (在职证明, 产假证明, 生育津贴申请): ``某某同志系我某某门店员工``,
#: ``系我公司（某某有限公司）职工``: the unit after 我 is the writer's, named before its staff word
_OUR_STAFF = re.compile(
    rf"系我(?:单位|公司|司|院|校|厂|店)?[（(]?(?P<v>[{_HAN}A-Za-z0-9]{{2,24}}?"
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|工厂|厂|门店|分店|店|超市|商场|酒店|银行|支行|"
    r"幼儿园|学校|小学|中学|医院|中心|研究所|研究院|事务所|合作社|局|营业部|营业厅|网点|分理处))[）)]?"
    r"(?=的?(?:正式|在职|在编|合同制?|劳务派遣)?(?:员工|职工|教师|职员|工人|干部|护士|医生|营业员|店员|会计))"
)
#: the kinds of unit someone works at (合作社, 小学, 厂, 公司 …)
_UNIT_KINDS = "合作社|小学|中学|大学|学校|幼儿园|厂|公司|站|所|社|中心|队|局|馆|场"
#: a named unit of a broader kind (厂, 公司, 站, 所, 社, 中心, 队 …) someone goes back to or works
#: at (回某某村果蔬种植专业合作社上班, 在城南自来水公司工作, 到某某镇农机站打工): said by the work
#: verb right after it, and named by at least three characters before the kind
_WORKS_AT = re.compile(
    rf"(?:回|在|到|去|于)(?P<v>[{_HAN}]{{3,16}}?(?P<k>{_UNIT_KINDS}))"
    r"(?=上班|工作|打工|务工|做工|任职|干活|当|做|帮忙|从事)"
)
#: a head that is a hospital's or a clinic's unit, handled by the hospital rules (急诊中心, 体检中心)
_KIND_TAIL = re.compile(rf"(?:{_UNIT_KINDS})$")
#: words for "the local one" or "a" before a kind (本村合作社, 一家服装厂): no name
_GENERIC_HEAD = re.compile(r"(?:本|该|其|当地|所在|所属|附近|一家|一个|某|私人|个体|村里|镇上|村|镇)*")
_CLINICAL_HEAD = re.compile(r"[医科病诊护疗药检]|卫生|急救|疾控|血站")

#: a whole cell of a delimited row naming a branch or an outlet (呼和某某快递营业部, 城东某某
#: 门店, 某某银行城西支行): a named place of work, whatever column it stands in
_BRANCH_CELL = re.compile(
    rf"(?:^|(?<=[,，\t|｜]))[ \t]*(?P<v>[{_HAN}A-Za-z0-9（）()]{{2,20}}?"
    r"(?P<k>营业部|营业厅|营业网点|网点|门店|分店|分公司|支行|分理处))[ \t]*(?=[,，\t|｜]|$)",
    re.M,
)


def _named(name: str) -> bool:
    """A name stands before the kind, not only a word for the local one."""
    kind = re.search(r"(?:街道办事处|街道办|居民委员会|村民委员会|居委会|村委会|派出所|合作社|幼儿园|托儿所|"
                     rf"面馆|饭馆|饭店|餐馆|超市|商店|门市部|加工厂|养殖场|农场|小学|中学|{_MINE}|{_SHOP})$",
                     name)
    head = name[:kind.start()] if kind else name
    return len(head) >= 2 and not _GENERIC_LEAD.fullmatch(head)


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def find_workplaces(text: str) -> list[PhiSpan]:
    """Workplace spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for rx in (_COLLEAGUE, _FIELD, _SCHOOL_FIELD, _OUR_STAFF)
        for m in rx.finditer(text)
    ]
    out += [PhiSpan(m.start("v"), m.end("v"), "workplace")
            for m in _LED.finditer(text) if _named(m.group("v"))]
    for m in _WORKS_AT.finditer(text):
        value = m.group("v")
        head = value[: _KIND_TAIL.search(value).start()]  # type: ignore[union-attr]
        head = head[_GENERIC_HEAD.match(head).end():]  # type: ignore[union-attr]
        if len(head) >= 3 and not _CLINICAL_HEAD.search(head):
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _BRANCH_CELL.finditer(text):
        head = m.group("v")[: m.start("k") - m.start("v")]
        in_row = re.search(r"[,，\t|｜]", _line(text, m.start()))
        if len(head) >= 2 and not _GENERIC_LEAD.fullmatch(head) and in_row:
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _COMMUNITY.finditer(text):
        # the name is the run of characters before the office, after any word that brings it in
        run = re.search(rf"[{_HAN}]{{0,8}}$", text[:m.start()])
        head = run.group(0) if run else ""
        lead = _BRINGS_IN.match(head)
        head = head[lead.end():] if lead else head
        if _named(head + m.group(0)):
            out.append(PhiSpan(m.start() - len(head), m.end(), "workplace"))
    return out

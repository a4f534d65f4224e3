"""Chinese personal names without a cue word: a surname list plus context.

A name written with no cue (患者/姓名/医师 …) and not on the patient's deny-list is found as a
surname (:data:`CN_SURNAMES`, :data:`CN_COMPOUND_SURNAMES`) followed by one or two given-name
characters that stands like a word: it starts the note or a clause (after punctuation, a space,
a digit) or follows a word that introduces a person (由, 向, 与, 告知, 通知 …), and it ends the
clause or is followed by a word that follows a person (诉, 陪同, 签字, 同意, 交代 …).

Clinical text often starts with a surname character (高血压, 黄疸, 白细胞, 石膏, 常规, 方案 …),
so a candidate is dropped when

* the text at its start begins with a word of the clinical/common stop list
  (:data:`CN_NAME_STOP_WORDS`, which includes :data:`CN_NAME_GUARD`), or
* one of its given characters is a character that names practically never use but clinical
  and everyday words do (:data:`CN_NON_GIVEN_CHARS`: 压, 疸, 胞, 膏, 酸, 规, 案 …).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import (
    CN_COMPOUND_SURNAMES,
    CN_NAME_GUARD,
    cn_surname_pattern,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = [
    "AFTER_NAME_WORDS",
    "CN_CLINICIAN_ACTS",
    "CN_NAME_STOP_WORDS",
    "CN_NAME_WORD_CHARS",
    "CN_NON_GIVEN_CHARS",
    "DOSE_NEXT",
    "KIN_CLAUSE_STARTS",
    "MEASURE_NEXT",
    "NAME_NEVER_HOLDS",
    "SHIFT_AND_TIME",
    "find_cue_free_names",
    "is_shift_or_time",
]

#: what a clinician does right after their name (王丽执行, 邓华审核, 李明核对后): never part of it
CN_CLINICIAN_ACTS = tuple(
    (
        "审核 核对 复核 执行 确认 记录 指导 操作 签发 书写 签字 签名 签署 "
        "查房 会诊 处理 完成 汇报 报告 接诊 交班 接班 巡视 评估 宣教 告知 "
        "通知 送检 采血 换药 给药 发药 配药 测量 观察 陪检 负责 主刀 实施 "
        "协助 核实 检查 护理 询问 交代 解释 讲解 安排 开具 下达 开立 给予 "
        "更换 拔除 留置 穿刺 清点 清点无误 核对无误 清点完毕 核对完毕"
    ).split()
)
#: when or where a worker works, written where their name could stand (技师 夜班, 医生 上午,
#: 护士：白班, 医生 门诊): shifts, parts of the day, days, the service; a value starting with one
#: is no name
SHIFT_AND_TIME = tuple(
    (
        "夜班 早班 中班 晚班 白班 大夜 小夜 值班 当班 轮班 倒班 备班 听班 "
        "跟班 上午 下午 中午 晚上 晚间 夜间 夜里 夜晚 深夜 半夜 凌晨 清晨 "
        "早晨 早上 傍晚 午后 午间 日间 白天 今日 昨日 明日 今天 昨天 明天 "
        "今晨 今晚 昨晚 昨夜 次日 当日 当天 全天 全日 周末 节假 节假日 节日 "
        "假期 假日 平日 工作日 双休 休息 休假 请假 补休 调休 在岗 离岗 门诊 "
        "急诊 病房 住院"
    ).split()
)
#: how, when and where a relative does something, right after the relation (其子居家照顾, 其女日夜
#: 陪护, 其子同住, 女儿专程来院): the clause, never a given name
KIN_CLAUSE_STARTS = tuple(
    (
        "居家 在家 回家 日夜 轮流 每日 每天 今日 昨日 今天 昨天 专程 特意 "
        "亲自 自行 一直 长期 定期 经常 偶尔 同住 多次 悉心 负责 全程 陪同 "
        "陪护 陪伴 照顾 照料 看护 来院 到院 探视 探望 赶来 外地 在外 "
        "务农 打工 上班 工作 外出 代为 代签 电话 按时 及时 随后 随即 一同 "
        "一起 共同 同来 从外 远在 平时 平日 白天 夜间 晚上 目前 年迈 年老 高龄 "
        "身体 均已 均在 考入 考上 就读 在读"
    ).split()
)
#: what a person does, inside a span read as their name (程来院 of 专程来院), or how a patient is
#: found (查房见某某某神志清): no given name holds it
NAME_NEVER_HOLDS = tuple(
    ("来院 到院 照顾 照料 陪护 陪同 探视 探望 看护 居家 在家 同住 打工 务农 上班 神志 意识").split()
)
#: days of the week, only as the whole value (周一 could open a name: 周一鸣)
_WEEKDAYS = frozenset(f"{w}{d}" for w in ("周", "星期", "礼拜") for d in "一二三四五六日天")


def is_shift_or_time(value: str, *, whole: bool = False) -> bool:
    """Whether a value where a name could stand says when or where someone works (夜班, 上午,
    周一, 门诊).

    Args:
        value: the value, spaces removed.
        whole: the value must be the word itself (夜班), not only start with it (夜班值守).
    """
    if whole:
        return value in SHIFT_AND_TIME or value in _WEEKDAYS
    return value.startswith(SHIFT_AND_TIME) or value in _WEEKDAYS


#: a dose right after a word makes it a drug, not a person (舒巴坦3g, 安罗替尼12mg qd)
DOSE_NEXT = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:mg|g|ml|mL|μg|ug|mcg|IU|iu|U|u|万单位|万U|单位|片|粒|支|吸|"
    r"滴|喷|毫克|克|毫升|微克)(?![A-Za-z])"
)
#: a measurement right after a word makes it what was measured, not a person (宫高26cm, 腹围92cm)
MEASURE_NEXT = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:cm|mm|kg|mmHg|kPa|℃|°C|%|次/分|bpm|厘米|毫米|公斤|千克)"
    r"(?![A-Za-z])"
)

#: Characters that clinical and everyday words use and given names practically never do.
#: Characters frequent in given names (心 静 阳 正 中 天 小 大 明 东 新 平 安 康 宁 春 红 玉 金 月
#: 龙 凤 海 波 清 洁 冰 功 高 文 华 国 建 …) are deliberately absent.
CN_NON_GIVEN_CHARS = frozenset(
    "病症炎痛癌瘤疹疮痰咳喘疸疡溃脓尿便粪液血压糖脂酸碱盐胞菌毒素剂针药膏术检查验测量率值型性期度"
    "级次数个例项类位侧面线段域腔道膜囊核质体组织器官肺肝肾脾胃肠胆胰脑髓肤耳鼻喉齿颈胸腹腰背臂腿"
    "足指节律搏脉感觉能规案治疗护诊断访院室床号岁秒钟点左右上下前后内外间低多少负阴轻重缓急慢状况"
    "态的了着过吗呢吧么啊和与及或并且而但也都还又再已将要会能可应该必须需不没无未非否是有为被把对"
    "从到在于以由因所其之此这那该各每某另些包色水来细黄渗透析敷醉木释续接理费用卫缘旋虑径单独纯属"
    "发常见法序部身全排件化候感严刺毛误张舒适符合尚季乱形曲蓝离辣滋其单农卜仇沙桑郎丛虞巩池苑迟"
    "肿块扎括固定片服口射注输氧吸雾镜影像声放疗化疗切除缝合引流导尿管插拔换复查随访"
    # eponyms (X氏), transliterated drug and disease names, everyday words
    "氏哌卡嗪唑啶胺酮醇酯肽霉铃兜砂姆斯伯浮司比带人虫末围处况绝打汁摆款落选词密雀葵匙温热加肉碎"
    "诉怀含花列谢僧野事控联务情本圆猫朝电虾书器族客衣币格委工羊鱼炭树边咒州今经商贺时"
    # states and actions written right after 患者 (患者常感乏力, 患者易激惹, 患者尚能平卧)
    "乏卧惹怒躁狭窄邀牌坦"
    # an emergency's symptoms and injuries after a relative or a patient (其父昏迷, 其母晕厥, 患者摔伤)
    "迷晕厥暑瘫搐悸缢窒摔跌猝烫烧伤冻颤衰呕吐泻疼嗽挛痉癫痫昏骨坠腕"
    # chemical elements of drugs and materials (涂氟, 补钙, 含碘) and the teeth's decay (龋蚀, 釉质)
    "氟氯碘钙钾钠锌镁汞铅砷硒磷硫铝锂氨氰钡铬锰钴镍铋龋蚀釉"
    # a TCM diagnosis's or pattern's characters (项痹, 阳虚, 郁证, 血瘀, 胃痞, 不寐, 气滞)
    "痹瘀痞鼽癖寐眠损滞虚证"
)

#: Characters of :data:`CN_NON_GIVEN_CHARS` that given names still use (可馨, 书瑶, 翠花, 有财): where
#: the layout or a cue says a person stands, a surname and a given name with them is a name.
CN_NAME_WORD_CHARS = frozenset("可书花有")

#: Words beginning with a surname character that are clinical or everyday text, not names.
CN_NAME_STOP_WORDS = tuple(
    sorted(
        set(CN_NAME_GUARD)
        | set(
            "王水 王氏 高血压 高血糖 高血脂 高热 高烧 高压 高龄 高峰 高值 高于 高位 高危 高度 高渗 黄疸 黄染 "
            # a risk level written alone (评分45分，高风险)
            "高风险 高危险 高分化 高风 "
            "黄色 黄体 黄斑 黄芪 黄连 黄苔 白细胞 白蛋白 白色 白天 白班 白内障 白癜风 金黄色 金黄色葡萄球菌 "
            "金属 金刚烷胺 石膏 石蜡 石灰 马来酸 马尾 马上 常规 常见 常用 常年 方案 方法 方式 方向 方便 钱包 "
            "全身 全血 全麻 全部 全程 全天 全科 "
            # a label's note on the form of a name (单位（全称）：)
            "全称 全名 简称 "
            "安全 安排 安静 安眠 安慰 应用 应该 应急 时间 时候 时期 时常 "
            "向上 向下 向前 向后 左侧 左右 左心 左肺 左肾 左下 "
            "左上 左旋 左乳 左髋 左膝 左踝 左肩 左肘 左腕 左手 "
            "左足 左眼 左耳 左腿 左臂 左颈 左胸 左腹 左腰 左股 "
            "左髂 左颞 左额 左顶 左枕 左颌 左眶 左室 左房 左叶 "
            "左半 左主干 左冠 左前 左后 左中 左外 左内 左脚 左指 左趾 左拇 左小 左大 左附件 左卵巢 左输 左锁 "
            "单位 单独 单纯 单发 单次 单侧 万一 "
            # billing words (金额380元, 余额不足, 商户单号, 全额退费)
            "金额 余额 全额 余款 全款 商户 金卡 欧元 付清 付讫 "
            "包括 包扎 包块 包裹 包膜 查体 查看 查找 查房 查阅 麻醉 麻木 麻疹 解释 解除 解痉 解热 连续 连接 "
            "连同 管理 管道 管腔 宫颈 宫腔 宫缩 宫体 房颤 房室 房早 房扑 项目 费用 冷敷 冷战 卫生 车祸 路径 "
            "谷丙 谷草 谷氨酰 甘油 甘露醇 甘草 温度 温和 温水 成功 成人 成分 成年 成形 明显 明确 明日 明天 "
            "文件 文化 易感 易发 严重 毛发 毛刺 毛细 孔径 施行 牛奶 齐全 庞大 颜色 颜面 章节 关节 关注 关系 "
            "关于 焦虑 焦点 符合 舒张 舒适 尚未 尚可 纪律 梅毒 童年 凌晨 毕竟 季节 霍乱 曲张 曲线 蓝色 游离 "
            "辛辣 艾滋 尤其 阳性 农药 司机 简单 席位 米粥 边缘 师傅 和平 商量 沙丁胺醇 荣誉 仲裁 池子 苑区 "
            "迟发 迟缓 杜冷丁 华法林 丁香 于是 于此 江湖 雷贝拉唑 龙胆 钟表 田间 潘生丁 汤剂 夏季 冬季 秦艽 "
            "史料 陶瓷 贺卡 顾虑 毛细血管 郝氏 龚氏 邵氏 伍氏 戴帽 莫名 孔洞 向性 汤药 康复 施治 牛磺酸 "
            "葛根 邢台 乔迁 伍用 颜料 庄重 聂氏 章程 鲁氏 岳母 翟氏 殷红 詹氏 申请 欧式 耿直 关闭 兰索拉唑 "
            "程控 程度 程序 随车 随访 随诊 随机 随时 陈述 陈旧 邀请 患者 本人 其女 其子 其母 其父 其妻 其夫 "
            "焦磷酸 俞穴 左氧氟沙星 柳氮磺吡啶 甘精胰岛素 祝福 包装 宁静 尚且 符号 舒芬太尼 阮氏 柯萨奇 "
            "纪录 梅尼埃 童车 凌乱 毕业 单克隆 季度 裴氏 霍纳 涂片 涂抹 成熟 苗条 谷物 盛行 曲马多 翁氏 "
            "冉冉 骆驼 蓝斑 路边 游走 辛伐他汀 靳氏 管饲 柴胡 蒙脱石 鲍曼 华氏 喻氏 祁门 蒲公英 房间 滕氏 "
            "屈曲 饶恕 解剖 牟利 艾司唑仑 尤为 阳光 时段 穆氏 农村 司乐 卓越 古老 吉兰 缪勒 简易 车间 项链 "
            "连日 芦荟 麦冬 褚氏 娄氏 窦性 窦道 戚属 岑寂 景象 党参 宫外孕 费城 卜氏 冷冻 晏氏 席卷 卫星 "
            "米索 柏油 宗旨 瞿麦 桂枝 全麻 佟氏 应答 臧氏 闵氏 苟且 邬氏 边界 卞氏 姬氏 师生 和缓 仇恨 栾氏 "
            "隋氏 商务 刁难 沙眼 荣获 巫术 寇氏 桑叶 郎中 甄别 丛集 仲夏 虞氏 敖氏 巩膜 明胶 佘氏 池塘 查询 "
            "麻黄 苑囿 迟钝 邝氏 方可 方能 高于 黄金 石头 马桶 钱财 常态 燕麦 洪水 权衡 昌盛 惠及 牧场 "
            "凤凰 杭州 荆芥 巢穴 屠宰 赖氨酸 鞠躬 蓬松 漆黑 揭示 扈从 咸味 咸菜 籍贯 闻及 闻到 贡献 冀州 "
            # what a nursing table records, starting with a surname character (管路通畅, 皮肤干燥, 面色苍白,
            # a newborn's 游泳 / 抚触 round)
            "游泳 常常 常照 管路 管床 管口 通畅 通气 通便 通过 干燥 "
            "干净 干咳 干预 苍白 温暖 温热 红润 红肿 平软 安睡 "
            # Chinese materia medica that begin with a surname character
            "田七 田三七 夏枯草 夏天无 白术 白芍 白芷 白及 白果 白茅根 白头翁 白花蛇舌草 黄芩 黄柏 黄精 "
            "金银花 金钱草 金樱子 连翘 杜仲 何首乌 车前子 车前草 牛膝 牛黄 马齿苋 马钱子 马勃 石斛 石菖蒲 "
            "石决明 陈皮 艾叶 苏子 苏叶 苏木 苏合香 桑白皮 桑椹 桑寄生 高良姜 龙骨 龙眼 熊胆 蒲黄 秦皮 "
            "常山 姜黄 贝母 毛冬青 葛花 柏子仁 钩藤 沙参 沙苑子 胡椒 胡黄连 吴茱萸 伍味 余甘子 麦芽 卫矛 "
            "谷芽 甘遂 甘松 雷公藤 侯氏 冯氏 萧氏 韩氏 唐氏 邓氏 曹氏 彭氏 "
            # kin and everyday words whose second character names do use
            "孙子 孙女 孙辈 何杰金 黎明 康宁 高清 梁柱 余光 魏晋 陆军 夏天 齐心 舒心 沈阳 江南 甘肃 宁夏 "
            "韩国 欧美 欧洲 汪洋 安然 方圆 周围 周身 周期 周末 何时 何处 何况 任何 范围 曾经 付出 严格 "
            "金子 石子 包子 白人 朱红 丁丁 崔嵬 钟情 吕宋 庞然 康熙 "
            # a ward's notices and everyday good wishes (文明探视, 平安出院, 和平年代)
            "文明 平安 和平 安全 宝宝 娃娃 "
            # clinical words found by the tagger or the role cues (主任查房, 贾第鞭毛虫)
            "查房 查对 查血 查尿 查因 查明 查出 查及 查无 查得 杨梅舌 华氏 米氏 伍德 乔木 贾第鞭毛虫 "
            # eponyms written in Chinese characters, and words a tagger takes for names (肌张力)
            "克罗恩 格雷夫斯 库欣 马凡 吉兰 巴雷 巴宾斯基 墨菲 麦氏 雷诺 贝赫切特 白塞 霍奇金 阿尔茨海默 "
            "帕金森 艾迪生 桥本 川崎 唐氏 施万 尤文 卡波西 伯基特 马洛里 韦尼克 科萨科夫 张力 张口 张开 张大 "
            "张嘴 张弛 张力性 "
            # what a note says a patient does or is, starting with a surname character (患者平卧,
            # 患者易怒, 患者常感乏力, 患者甘愿承担, 向医生报告), anatomy and field labels
            "平卧 平躺 平素 平时 平日 平稳 平静 平均 易怒 易激 易感 易疲 易醒 易出 易于 常感 常有 常伴 "
            "甘愿 甘心 尚能 尚好 尚佳 尚稳 时感 时有 时常 偶有 喜食 喜欢 多次 向医 向护 向主 "
            "周一 周二 周三 周四 周五 周六 周日 周天 "
            # insurance schemes written short (商保, 惠民保, 商业保险)
            "商保 商险 商业保险 惠民保 "
            "谢邀 谢谢 农民 贲门 车牌 车辆 车号 单号 单据 余年 余天 余次 余月 余岁 余枚 余个 段狭 "
            # countries whose Chinese names begin with a surname character (国籍：安哥拉)
            "安哥拉 安道尔 马来西亚 马里 马耳他 马达加斯加 马拉维 马尔代夫 黎巴嫩 苏丹 古巴 孟加拉 文莱 蒙古 "
            "毛里求斯 毛里塔尼亚 汤加 卢旺达 卢森堡 巴西 巴基斯坦 巴拿马 巴拉圭 乌克兰 乌干达 乌拉圭 "
            "乌兹别克斯坦 伊朗 伊拉克 印度 越南 贝宁".split()
        )
    )
)

_CJK = "\u4e00-\u9fa5"
_SURNAMES = cn_surname_pattern()
#: words after which a person's name may start (besides punctuation, a space or a digit)
_BEFORE_WORDS = (
    "由",
    "向",
    "与",
    "和",
    "及",
    "同",
    "跟",
    "请",
    "嘱",
    "让",
    "叫",
    "告知",
    "通知",
    "联系",
    "询问",
    "告诉",
    "转告",
    "委托",
    "陪同",
    "会同",
    "并",
    "今日",
    "昨日",
    "经",
    "由于",
)
#: words a person's name may be followed by (besides punctuation, a space, a digit, the end)
_AFTER_WORDS = (
    "诉",
    "述",
    "称",
    "说",
    "自诉",
    "自述",
    "主诉",
    "陪同",
    "陪伴",
    "签字",
    "签名",
    "同意",
    "表示",
    "拒绝",
    "要求",
    "交代",
    "沟通",
    "知情",
    "来院",
    "到院",
    "就诊",
    "复诊",
    "入院",
    "出院",
    "今日",
    "昨日",
    "今天",
    "昨天",
    "再次",
    "本人",
    "及其",
    "和",
    "与",
    "及",
    "等",
    "的",
    "因",
    "于",
    "在",
    "已",
    "现",
    "系",
    "为",
    "是",
    "之",
    "也",
    "均",
    "自",
    "查房",
    "会诊",
    "指示",
    "指出",
    "认为",
    "建议",
    "诊视",
)
_AFTER_PHRASES = tuple(w for w in _AFTER_WORDS if len(w) > 1)
#: titles after a surname (周主任): the surname alone is the name, found with its title elsewhere
_TITLES = (
    "主任",
    "主治",
    "医生",
    "医师",
    "大夫",
    "护士",
    "教授",
    "老师",
    "院长",
    "药师",
    "技师",
    "主管",
    "科长",
    "先生",
    "女士",
    "小姐",
    "阿姨",
    "师傅",
    "同志",
    "老人",
)
#: words that may follow a person's name
AFTER_NAME_WORDS = tuple(_AFTER_WORDS)
#: 经 introduces a person (经王医生介绍) but ends many words (神经, 月经, 已经): not after those
_LEFT = "|".join(
    [
        r"(?<![^\W\d_])",
        *(f"(?<={re.escape(w)})" for w in _BEFORE_WORDS if w not in ("经", "及")),
        "(?<=经)(?<![神月已曾途历痛闭停绝]经)(?!常)",
        "(?<=及)(?!时)",  # 请及时补缴: 及时 is one word, no 时 after an 及
    ]
)
_RIGHT = "|".join([r"$", r"(?![^\W\d_])", *(re.escape(w) for w in _AFTER_WORDS)])
_CANDIDATE = re.compile(rf"(?:{_LEFT})(?P<n>(?:{_SURNAMES})[{_CJK}]{{1,2}}?)(?=(?:{_RIGHT}))")


def find_cue_free_names(text: str) -> list[PhiSpan]:
    """Name spans found by the surname list and context alone (no cue word).

    Args:
        text: the note.
    """
    out = []
    for m in _CANDIDATE.finditer(text):
        start, end = m.span("n")
        # right after a number a surname character is a measure word (10余年, M1段狭窄)
        if (
            text.startswith(CN_NAME_STOP_WORDS, start)
            or (start and text[start - 1].isdigit())
            or DOSE_NEXT.match(text, end)
            or MEASURE_NEXT.match(text, end)
        ):
            continue
        surname_len = 2 if text[start : start + 2] in CN_COMPOUND_SURNAMES else 1
        given = text[start + surname_len : end]
        if (
            not given
            or any(c in CN_NON_GIVEN_CHARS for c in given)
            or given.startswith(_AFTER_PHRASES)
            or given.startswith(_TITLES)
        ):  # 由孙陪同, 周主任指示: a bare surname, then a word
            continue
        out.append(PhiSpan(start, end, "name"))
    return out

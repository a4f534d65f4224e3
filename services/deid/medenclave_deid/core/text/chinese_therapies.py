"""Words of Chinese medicine and named treatments that read like a surname and a given name.

Acupoints (阳白, 合谷, 太冲, 曲池), moxibustion (艾灸) and blue-light phototherapy (蓝光治疗) start with a
character that is also a surname (阳, 合, 太, 曲, 艾, 蓝), so a name finder takes them for people.
They are a closed vocabulary: the standard acupoints (GB/T 12346 names of the commonly needled
points, less those that are also names: 太阳, 太白, 安眠, 人中, 公孙) and the treatments a clinic
writes; a span inside one of them is not a person.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_dental_labs import DENTAL_OPTICAL_TERMS

__all__ = ["therapy_words"]

ACUPOINTS = frozenset("""
合谷 足三里 阳白 地仓 颊车 太冲 内关 外关 百会 风池 风府 曲池 三阴交 关元 气海 肾俞 脾俞 肝俞 胃俞 肺俞 心俞
委中 承山 环跳 阳陵泉 阴陵泉 血海 天枢 中脘 神阙 大椎 肩井 肩髃 肩髎 列缺 太溪 昆仑 申脉 照海 印堂
翳风 攒竹 四白 迎香 水沟 承浆 下关 听宫 听会 耳门 睛明 丝竹空 命门 腰阳关 八髎 秩边 悬钟 丰隆
涌泉 劳宫 少商 商阳 尺泽 孔最 鱼际 手三里 梁丘 犊鼻 解溪 内庭 隐白 地机 章门 期门 膻中 中极 归来
水道 子宫 夹脊 华佗夹脊 阿是穴 四神聪 颈夹脊 天宗 曲垣 秉风 后溪 养老 支沟 阳池 合阳 飞扬 太渊 神门
通里 少海 曲泽 大陵 间使 郄门 上星 神庭 头维 率谷 角孙 完骨 天柱 哑门 廉泉 天突 气户 梁门 大横 带脉
""".split())
TREATMENTS = frozenset("""
艾灸 温灸 隔姜灸 针灸 电针 温针 火针 拔罐 走罐 刮痧 推拿 按摩 穴位贴敷 穴位注射 耳穴压豆 蓝光治疗 蓝光照射
蓝光 红光治疗 红外线治疗 光疗 中药熏蒸 中药外敷
""".split())
_TERMS = re.compile("|".join(sorted(ACUPOINTS | TREATMENTS | DENTAL_OPTICAL_TERMS, key=len, reverse=True)))


def therapy_words(text: str) -> list[tuple[int, int]]:
    """Where the text names an acupoint or a treatment: (start, end) of each."""
    return [(m.start(), m.end()) for m in _TERMS.finditer(text)]

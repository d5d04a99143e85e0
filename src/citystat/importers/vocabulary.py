"""What the harmoniser maps to: indicators, regions and header words (plain data, no Django)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citystat.importers.numbers import normalise_text

# Column roles a header can map to.
ROLES = (
    "indicator",
    "code",
    "region",
    "region_code",
    "unit",
    "value",
    "growth",
    "prior",
    "note",
    "ignore",
)

# Built-in header words; administrators add more through intake.HeaderAlias.
EXACT_HEADERS: dict[str, str] = {
    "指标": "indicator",
    "指标名称": "indicator",
    "项目": "indicator",
    "指标项目": "indicator",
    "主要指标": "indicator",
    "指标代码": "code",
    "代码": "code",
    "区划代码": "region_code",
    "单位代码": "region_code",
    "地区": "region",
    "地区名称": "region",
    "县区": "region",
    "区县": "region",
    "县市区": "region",
    "县(市、区)": "region",
    "县(市区)": "region",
    "单位名称": "region",
    "填报单位": "region",
    "地区单位": "region",
    "期别": "period",
    "报告期": "period",
    "统计期": "period",
    "年月": "period",
    "时间": "period",
    "单位": "unit",
    "计量单位": "unit",
    "计算单位": "unit",
    "序号": "ignore",
    "位次": "ignore",
    "排名": "ignore",
    "排位": "ignore",
    "增速位次": "ignore",
    "备注": "note",
    "说明": "note",
    "情况说明": "note",
}
_GROWTH = re.compile(r"(同比|增幅|增长|增速|±|\+-|比上年|比去年)")
_PRIOR = re.compile(r"(上年同期|去年同期|上年|去年)")
_VALUE = re.compile(
    r"(累计|\d{1,2}[-—–~至]\d{1,2}月|本期|本月止|数值|绝对值|总量|完成|本年|实际|\d{1,2}月|当期|金额|数额|值$)"
)
_MONTH_ONLY = re.compile(r"^(本月|当月)(数|值|完成)?$")


def classify_header(label: str, extra: dict[str, str] | None = None) -> str:
    """The role of a column from its (joined) header text, '' when unknown.

    >>> classify_header("同比增长(%)"), classify_header("1—11月"), classify_header("本月止累计")
    ('growth', 'value', 'value')
    >>> classify_header("±%"), classify_header("上年同期"), classify_header("县(市、区)")
    ('growth', 'prior', 'region')
    """
    text = normalise_text(label)
    if extra:
        if text in extra:
            return extra[text]
        for part in reversed(text.split("|")):
            if part in extra:
                return extra[part]
    parts = [p for p in text.split("|") if p]
    for p in reversed(parts):
        bare = re.sub(r"[(（][^()（）]*[)）]$", "", p)
        if p in EXACT_HEADERS:
            return EXACT_HEADERS[p]
        if bare in EXACT_HEADERS:
            return EXACT_HEADERS[bare]
    if _GROWTH.search(text) or ("%" in text and not _VALUE.search(text)):
        return "growth"
    if _PRIOR.search(text):
        return "prior"
    if _MONTH_ONLY.match(parts[-1] if parts else ""):
        return "month_value"
    if _VALUE.search(text):
        return "value"
    return ""


def name_key(text: str) -> str:
    """Normalised name for lookups: NFKC, no spaces, no trailing bracketed unit."""
    key = normalise_text(text)
    return re.sub(r"[(（][^()（）]*[)）]$", "", key) or key


@dataclass(frozen=True)
class IndicatorRef:
    code: str
    name: str
    unit: str
    kind: str = "flow"
    cumulative: bool = True
    additive: bool = True
    frequency: str = "monthly"
    growth_method: str = "computed"
    decimals: int = 1
    parent: str = ""  # composition: the parts of a whole add up to it
    subset_of: str = ""  # 其中 item of this whole


@dataclass(frozen=True)
class RegionRef:
    code: str
    name: str
    level: str = "county"
    kind: str = "county"
    parent: str = ""


@dataclass
class Vocabulary:
    indicators: dict[str, IndicatorRef]
    regions: dict[str, RegionRef]
    indicator_names: dict[str, str] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    header_roles: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for ref in self.indicators.values():
            self.indicator_names.setdefault(name_key(ref.name), ref.code)
        for reg in self.regions.values():
            self.region_names.setdefault(name_key(reg.name), reg.code)
            if reg.level == "city":
                self.region_names.setdefault("全市", reg.code)
        self.indicator_names = {name_key(k): v for k, v in self.indicator_names.items()}
        self.region_names = {name_key(k): v for k, v in self.region_names.items()}
        self.header_roles = {normalise_text(k): v for k, v in self.header_roles.items()}

    def indicator(self, text: str) -> str:
        key = normalise_text(text)
        if key in self.indicators:
            return key
        return self.indicator_names.get(key) or self.indicator_names.get(name_key(text), "")

    def region(self, text: str) -> str:
        key = normalise_text(text)
        if key in self.regions:
            return key
        return self.region_names.get(key) or self.region_names.get(name_key(text), "")

    def find_region_in(self, text: str) -> str:
        """The region named in a title (longest name wins: 澄川市云渡区 over 澄川市)."""
        key = normalise_text(text)
        best = ""
        best_len = 0
        for name, code in self.region_names.items():
            if len(name) >= 2 and name in key and len(name) > best_len:
                best, best_len = code, len(name)
        return best

    def find_indicator_in(self, text: str) -> str:
        key = normalise_text(text)
        best, best_len = "", 0
        for name, code in self.indicator_names.items():
            if len(name) >= 3 and name in key and len(name) > best_len:
                best, best_len = code, len(name)
        return best

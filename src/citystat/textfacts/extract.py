"""Text in, facts out: the extractor that ties tokens, periods, regions and subjects together.

Examples
--------
>>> text = "2023年,全县地区生产总值128.6亿元,比上年增长5.6%。其中,第一产业增加值9.9亿元,增长4.1%。"
>>> [(f.text_span, f.subject, f.measure, f.value_base, f.period) for f in extract(text, region="平遥县")]
... # doctest: +NORMALIZE_WHITESPACE
[('128.6亿元', '地区生产总值', 'level', 12860000000.0, '2023'),
 ('5.6%', '地区生产总值', 'growth_yoy', 5.6, '2023'),
 ('9.9亿元', '第一产业增加值', 'level', 990000000.0, '2023'),
 ('4.1%', '第一产业增加值', 'growth_yoy', 4.1, '2023')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import accumulate, pairwise
from typing import Final

from . import measures, scanning
from .lists import as_respectively, ordering_removed, region_lists
from .normalise import reading_text
from .numbers import parse_number
from .patterns import Token, find_tokens
from .periods import (
    DAY_EVENT,
    EXISTING,
    PART_OF_YEAR,
    PeriodEvent,
    bracket_base,
    cumulative_to,
    find_events,
    infer_year,
    items_before_a_dated_item,
    of_the_state_before,
    since_january,
    spread_listed,
    stock_at_end,
    years_moved,
)
from .regions import (
    GROUPS,
    NATION,
    RANK_REACHED,
    Region,
    abroad,
    collective,
    find_mentions,
    group_mentions,
    group_opens,
    guess_own,
    is_zone,
    lookup,
    macro_region_list,
    resolve,
    whole_region,
    zone_mentions,
    zone_opens,
    zone_region,
)
from .scanning import bisect_left, bisect_right
from .schema import Fact
from .scope import (
    THIS_MONTH,
    Scope,
    carries_to,
    continues_list,
    cumulative_quarters,
    document_period,
    heading_period,
    in_force_at,
    lead_period,
    misprinted_year,
    opening_document_period,
    opening_spans,
    paragraph_opening,
    passed_on,
    reach,
    section_period,
    since_new_year,
    this_month,
    to_date_lead,
)
from .shared_figures import shared_by_places
from .subjects import (
    CARRY_HEADS,
    HEADS,
    SHARE_PARTS,
    ZONE,
    ZONE_WORDS,
    FullNames,
    acted_on,
    amount_noun,
    as_insured,
    clean,
    deed_word_dropped,
    depth_as_amount,
    doers_defined,
    examples_dropped,
    full_name,
    growth_named,
    head_of,
    indicator_fault,
    indicator_in,
    lead_measure,
    list_restated,
    match_indicator,
    money_for,
    named_back,
    names_place,
    noun_after,
    rise_as_growth,
    said_of_before,
    school_named,
    scoped_ranks,
    share_after_verdict,
    share_of_doers,
    subset_named,
    that_one,
    visitors_received,
    wider_scope,
    without_faults,
)
from .subjects import (
    share_part as part_of_share,
)
from .table_blocks import READERS
from .tables import Cell, kind_period, read_tables
from .units import UnitInfo, restore_superscripts, to_base, unit_info

_SENTENCE_END: Final = "。!！?？\n"
#: What frames a paragraph's bare names as products, whose figures are outputs (``分产品看``,
#: ``产品产量``, ``装备制造业产品中,``, ``主要工业产品``).
_PRODUCTS_FRAME = re.compile(r"分产品|产品产量|产品中[,，]|主要(?:工业)?产品")
#: Names that are no product even in a paragraph of products (sectors, prices, kinds).
_NO_PRODUCT_ENDS: Final = (
    "业",
    "价格",
    "产量",
    "产品",
    "企业",
    "行业",
    "类",
    "销量",
    "出口",
    "进口",
)
#: Who produced a product, before its name (``规上企业生产笔记本电脑``).
_PRODUCED_BY = re.compile(r"^[\u4e00-\u9fa5]*?生产(?=[\u4e00-\u9fa5]{2})")


def _products_frame(text: str, p_start: int, p_end: int) -> int:
    r"""Where a paragraph's names start to be products (-1: nowhere): its start when the
    heading line before names products (``二、重点产品产量较快增长``), else the first words
    that frame them (``分产品看``, ``石化产品中,``).

    >>> _products_frame("二、重点产品产量较快增长\n全市生产乙烯增长4%", 13, 23)
    13
    >>> _products_frame("一、工业\n…;化工产品中,烧碱增长4%", 5, 20), _products_frame("甲\n乙", 2, 3)
    (9, -1)
    """
    if p_start > 1 and text[p_start - 1] == "\n":
        heading = text[text.rfind("\n", 0, p_start - 1) + 1 : p_start - 1]
        if len(heading) <= 30 and "产品" in heading and "。" not in heading:
            return p_start
    found = _PRODUCTS_FRAME.search(text, p_start, p_end)
    return found.start() if found else -1


#: Between a place and a share of it (``为甲市的x%``, ``相当于全国平均水平的``).
_SHARE_BASE_AFTER = re.compile(r"(?:平均水平|平均|水平)?的")
#: A growth rate named right before its figure (``增速3.1%``, ``增幅为``).
_RATE_NAMED = re.compile(r"(?:增速|增幅)(?:为|是|达到?)?")
#: A table's column of the whole of a place (``全市``, ``全省``).
_WHOLE_COLUMN = re.compile(r"全[国省市县区州]|合计|总计")
#: An open note listing the places a whole holds, up to a mention (``(包含长沙市、``).
_INCLUDED_PLACES = re.compile(r"[(（](?:包含|包括|含)[^()（）]{0,36}$")
#: After a place, the rest of a list of places whose people are counted (``澳门和台湾同胞``).
_COMPATRIOTS = re.compile(r"(?:[、和及与][\u4e00-\u9fa5]{1,4}?)*[侨]?同胞")
#: A growth rate's change said by its verb (``比一季度分别加快``, ``回落``).
_GROWTH_CHANGED = re.compile(r"加快|放缓|回落|回升|提高|收窄|扩大")
#: A paragraph naming the categories of a price index (``八大类商品价格``, ``七大类价格``).
_PRICE_CATEGORIES_NAMED = re.compile(r"[七八]大类(?:商品)?(?:和服务)?(?:项目)?价格")
#: The consumer price index's categories (GB/T and the bureau's releases), named without 类.
_PRICE_CATEGORY = re.compile(
    r"衣着|居住|生活用品及服务|交通(?:和)?通信|教育文化(?:和)?娱乐|医疗保健|其他用品(?:和|及)服务"
)
#: Units of products counted in pieces (汽车万辆, 工业机器人万套, 手机亿部).
_PRODUCT_UNITS: Final = frozenset("辆台套部架艘件支")
#: A product's name alone before its figure (``;汽车``, ``,其中新能源汽车``).
_PRODUCT_ITEM = re.compile(
    r"\s*[,，;；、]?\s*(?:其中)?[,，]?\s*[\u4e00-\u9fa5A-Za-z0-9()（）]{1,10}\s*"
)
#: Between the two ends of a range (``5%-6%``, ``5%~6%``, ``5%至6%``).
_RANGE_DASHES: Final = frozenset({"-", "—", "–", "~", "～", "至", "到"})
#: A target of the whole year (``全年招商任务``, ``年度目标``).
_YEARS_TASK = re.compile(r"(?:全年|年度)[\u4e00-\u9fa5]{0,4}?(?:目标|任务|计划)(?:为|是)?$")
#: The whole a rank was reached in, ending at a place's mention (``成为全球``).
_RANK_REACHED_WHOLE = re.compile(f"{RANK_REACHED}$")
#: A note standing between commas without its brackets (``…人民币,下同,达…``).
_BARE_NOTE = re.compile(r"(?<=[,，])下同(?=[,，])")
#: A news dateline (``太原2月27日电``, ``(记者 某某)2月27日``): the day the text reports.
_DATELINE = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月\d{1,2}[日号](?![\d\s]*[-—–~～至到])")
#: A project's completion before what it will then hold (``建成后,该校能开设48个教学班``).
_BUILT_AFTER = re.compile(r"(?:建成|完工|竣工|投用|投产|投入使用)后")
#: A short run of Chinese words alone (what a clause counts, after its figure).
_CJK_WORDS = re.compile(r"[\u4e00-\u9fa5]{2,10}")
#: A bullet opening a line (``●全市新增…``): no word of what the line's figures count.
_BULLET_AT_LINE = re.compile(r"(?m)^([ \t\u3000]*)[●■◆]")
_CLAUSE_END: Final = ",，;；:：。!！?？\n"
_STOPS: Final = {
    stops: re.compile("[" + re.escape(stops) + "]") for stops in (_SENTENCE_END, _CLAUSE_END)
}
_COMPARE_BEFORE = re.compile(r"(?:比|较|高于|低于|快于|慢于|占|居|位居|全|于|与|对)$")
#: A list of places a comparison word stands before, to a later item of it (``高于全国、
#: 全省、``): each item is a reference, none the figure's region.
_COMPARED_LIST = re.compile(r"(?:比|较|高于|低于|快于|慢于)(?:[\u4e00-\u9fa5]{1,8}[、和及])+$")
#: The characters a match of :data:`_COMPARE_BEFORE` ends with (and the line break before
#: which ``$`` matches too): tested before it.
_COMPARE_BEFORE_LAST: Final = frozenset("比较于占居全与对\n")
_COLLECTIVE = re.compile(
    r"全市|全县|全区|全省|全国|全州|我市|我县|我省|我国|我州|本市|本省|本州|该省|该市|该县"
    # 中国国内生产总值, not a body's name (中国移动, 中国人民银行, 中国国家铁路集团)
    r"|中国(?![移联电银人石建铁邮中平工农交商海航科信特式(（]|国[际家])"
)
#: After 全市 …, words that make it the scope of a comparison (``为全市最高``, ``全市第一``).
_SCOPE_AFTER = re.compile(
    r"的?(?:最|平均|第|前列|首位|之首|前[一二三四五六七八九十\d])"
    r"|(?:知名|著名|闻名|领先|一流|首[家个批]|唯一|性)"  # 全国知名快递企业: an adjective
    r"|[\d一二三四五六七八九十]+个[^,，。;；]{0,10}?中"  # 在全省21个地级以上市中居第7位
    r"|各[^,，。;；]{1,10}?中"  # 在全市各县(市、区)中排第4位 (round 18)
    # 全市20个区县排名第4: the places counted, then the rank (round 19, pass 2)
    r"|\s*[\d一二三四五六七八九十]+\s*个?(?:县市区|县市|县区|区县|地市|省市)(?=排名|排位|位居|位列|居第)"
)
#: The characters other than spaces and digits a match of :data:`_SCOPE_AFTER` starts with.
_SCOPE_AFTER_FIRST: Final = frozenset("的最平第前首之知著闻领一唯性二三四五六七八九十各")


def _scope_after(text: str, start: int, end: int) -> bool:
    """Whether :data:`_SCOPE_AFTER` matches ``text[start:end]`` at its start (tried only
    where its first character is).

    >>> _scope_after("全省第一", 2, 4), _scope_after("全省增长", 2, 4)
    (True, False)
    """
    first = text[start : start + 1] if start < end else ""
    return (first in _SCOPE_AFTER_FIRST or first.isspace() or first.isdecimal()) and bool(
        _SCOPE_AFTER.match(text, start, end)
    )


#: 全省排位第三, 本市人均居第一: the whole a rank is within, not the region ranked (tried
#: only where a rank can follow: 第 after the whole, or the figure right after it).
_RANK_SCOPE_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,4}?(?:排位|排名|位居|位列|居|列)(?:第|$)")
#: ``全省平均增幅(15.97%)``: a bracketed figure of the whole just named.
_WHOLE_BEFORE = re.compile(r"(全国|全省|全市|全县|全区|我国)(?:整体|总体|平均)?$")
_WHOLE_NAMED_IN_BRACKETS = re.compile(
    r"(全国|全省|全市|全县|全区)[(（][^,，。;；()（）\d]{1,12}(?:为|是|达)$"
)
#: A whole opening the bracket of a figure (``增长6.8%(全市9.7%)``, ``(全省平均为6.2%)``).
_WHOLE_IN_BRACKET = re.compile(
    r"[(（](全国|全省|全市|全州|全县|全区)(?:平均|同期)?(?:为|是)?[:：]?$"
)
_WHOLE_LAST: Final = frozenset("国省市州县区均期为是:：")
#: A qualifier between a bracket and its figure (``全国同期人均GDP(约1.45万元)``).
_BRACKET_QUALIFIERS: Final = frozenset("约近超逾")
_BRACKETED_WHOLE = re.compile(r"(全国|全省|全市|全县|全区)[^,，。;；()（）\d]{0,8}[(（]$")
_BARE_CONTEXT = re.compile(
    r"比(?:缩小|扩大|下降|降低|提高|上升)(?:至|到|为)\s*$|(?:比|指数|系数)[”」]?(?:[(（][^()（）]{1,30}[)）])?(?:为|是|达到|达|由(?:上年|去年|原来|[12]\d{3}年)?的?)\s*$"
    r"|(?:性别比|倍率)(?:[(（][^()（）]{1,30}[)）])?[:：]?\s*$"  # 男女性别比 102.87, 求人倍率1.37
    r"|(?:指数|系数)\s*$"  # 基尼系数0.46, 综合指数4.95
    r"|指数(?:年|年度)?累计(?:值)?(?:为|是|达)\s*$"  # 综合指数年累计为5.20 (round 19, pass 2)
    # 降水pH年均值为6.67, pH值范围为…: an acidity has no unit
    r"|pH值?(?:年|月)?(?:均值|平均值|均值范围)?(?:为|是|达)\s*$"
)
#: A sentence about an index or coefficient, up to a bare figure in brackets after a name.
_INDEX_SENTENCE = re.compile(r"(?:指数|系数)[^。;；!！?？\n]*$")
#: ``由上年的2.71缩小到2.63``: the verb between a bare figure and its new value.
_CHANGED_TO = r"(?:缩小|扩大|下降|降低|提高|上升|调整|回落|降|升)(?:到|至|为)"
#: A numbered section heading (``二、2024年目标任务``); its year is its section's year.
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
#: The characters a line's :data:`_HEADING` can start with after spaces (tested before it).
_HEADING_FIRST: Final = frozenset("一二三四五六七八九十(（")
#: ``由上年的2.71``, ``由上年的每人每月50元``: the figure is the previous year's.
_PREVIOUS_YEAR = re.compile(r"(?:原来|上年|去年|上年末)(?:全年)?的?(?:每[人户月年天]|人均|户均)*$")
#: Periods of a term of years (``五年来``, ``过去五年``, ``2018年至2022年``).
_TERMS: Final = frozenset(("years", "multi"))
#: ``由41.2%提高到43.5%`` inside a term: group 1 is the state before it, else the one after.
_TERM_STATE = re.compile(rf"(由)$|由[^由]{{1,20}}(?:{_CHANGED_TO}|增加到|增长到|增至)$")
_TERM_STATE_ENDS: Final = frozenset("由到至为")
_YEARS_WRITTEN = re.compile(r"[12]\d{3}\s*年?\s*[-—–~～至到]")
#: The clause before a growth that says the move it measures (``由410家增至1650家,增长302.4%``).
_MOVE_BEFORE = re.compile(
    rf"由[^,，;；。由]{{1,30}}?(?:{_CHANGED_TO}|增加到|增长到|增至|减少到|减少至|减至)[^,，;；。]*[,，]\s*$"
)
#: ``由上年同期的2.15:1``: a figure of the same months of the year before.
#: ``,去年同期为89天``: a clause that gives the same months of the year before (round 19,
#: second pass); also when it says which way that figure went (``去年同期为增长3.5%``,
#: ``上年同期为盈利12亿元``), and the base of a comparison given with its own figure
#: (``与去年同期18.2万平方米相比``: round 23).
_PREVIOUS_SPAN = re.compile(
    r"由(?:上年|去年)同期的?$"
    r"|(?:^|[,，;；])\s*(?:上年|去年)同期(?:为|是)\s*(?:增长|下降|盈利|亏损)?\s*$"
    r"|(?:与|同)(?:上年|去年)同期的?\s*$"
)
#: ``比上年同期43.17万吨增加5.86万吨``: the base given right after the comparison, then the
#: change of another figure (not ``比上年同期-2.3%``, this year's rate; session 22).
_BASE_BEFORE_CHANGE = re.compile(r"(?:比|较)(?:上年|去年)同期的?$")
_CHANGE_OF_A_FIGURE = re.compile(r"\s*(?:增加|减少|增长|下降|上升|多|少)了?\s*-?\d")
#: ``较2019年同期(82.0%)``: a bracketed figure right after a base period is that period's.
_BASE_FIGURE = re.compile(r"([12]\d{3})年(?:同期|全年|末|底)?[(（]$")
#: ``由2022年的2.50``, ``比2019年的``; ``与2020年的65300元相比`` (a base given with its
#: own figure, round 23: 与 needs 的, as ``与2020年相比`` names no figure of 2020); ``从2018年的``.
_FROM_YEAR = re.compile(
    r"(?:由|相比于?|相较于?|对比|[比较])([12]\d{3})年(?:末|底)?的?$|(?:与|同|从)([12]\d{3})年(?:末|底)?的$"
)
#: The characters a match of :data:`_FROM_YEAR` or :data:`_BASE_FIGURE` ends with, and the
#: line break before which ``$`` matches too.
_FROM_YEAR_ENDS: Final = frozenset("年末底的(（\n")
#: ``截至9月底``, ``至9月末``: a month end whose flows are sums since January.
_MONTH_END_WORD = re.compile(r"^(?:截至|截止|到|至)|[末底]$|^(?:今年|本年)$")
#: ``三次产业对地区生产总值贡献率``: one figure for each of the three sectors.
_THREE_SECTORS = re.compile(
    # (民营三次产业增加值: the sectors of a part of the economy, named with it)
    r"^(?P<owner>民营|国有|非公有制|外资|县域|城镇|农村)?三次产业"
    r"(?:对(?P<whole>[^,，。;；]{1,10}?)(?=贡献率|拉动|的))?的?(?P<rest>.*)$"
)
#: A pull named as a noun (``对经济增长的拉动贡献``, ``拉动作用``): ``拉动`` + the whole pulled.
_PULL_NOUN = re.compile(r"拉动(?:贡献|作用)?")
_COMPARABLE = re.compile(r"按(?:可比|不变)价")
_PROJECTION = re.compile(r"预计|可达|有望|将达|预测|估计|可望")
_GENERIC_LEADS = ("增速", "增幅", "降幅", "减幅", "占比", "比重", "占", "拉动", "上拉", "完成")
_RESTRUCTURE = re.compile(
    r"^(?P<adv>累计|全年|共)?(?P<verb>完成|清运|处理|回收|治理|修复|收储|消纳|造林)(?P<obj>.+?)(?:任务)?$"
)
#: ``生产原煤8716.3万吨`` names 原煤产量; ``发电77.8亿千瓦时`` names 发电量.
_PRODUCED = re.compile(r"^.*(?:生产|产出)(?P<obj>[\u4e00-\u9fa5]{1,6})$")
#: A quantity named by its trade verb: ``累计成交绿证`` (counted or weighed, not money).
_TRADED = re.compile(r"^(?:累计|全年)?(?P<verb>成交|交易|销售)(?P<obj>[\u4e00-\u9fa5A-Za-z]{1,8})$")
#: The characters a match of :data:`_TRADED` starts with (tested before it).
_TRADED_FIRST: Final = frozenset("累全成交销")
#: A quantity named by its crossing of the border: ``进口煤炭`` (weighed or counted, not money),
#: maybe given a carried head (``进口煤炭产量`` after 原煤产量).
_CROSSED = re.compile(r"^(?P<verb>进口|出口)(?P<obj>[一-龥]{1,6}?)(?:产量)?$")
#: (nor an amount that has its head already: ``工业生产用电量`` is no product 用电量's output,
#: which subjects.indicator_fault calls ``stacked``)
_NOT_PRODUCT = re.compile(
    # (生产安全事故: accidents at work, counted; 生产经营单位: firms, round 20)
    r"(?:企业|煤矿|能力|线|基地|车间|项目|事故|单位)$|(?<=.)[量额值]$"
)
#: ``为年度任务的115.8%``: the share of the task completed.
#: ``…占收入的比重``: what a share's subject adds to the item's own name.
_COMPLETION_OF = (
    r"完成(?:年初|年度|全年|本年|年)?(?:调整)?(?:投资|开工)?(?:预算|计划|目标)(?:任务)?$"
)
_SHARE_OF = re.compile(r"占[^占]+的?(?:比重|比例)$|预算完成进度$|" + _COMPLETION_OF)
#: The characters every match of :data:`_SHARE_OF` ends with (before ``$``, which also
#: matches before a final line break).
_SHARE_OF_ENDS: Final = frozenset("重例度算划标务\n")


def _share_of_cut(subject: str) -> str:
    """``_SHARE_OF.sub("", subject)``, the pattern tried only where a match can end.

    >>> _share_of_cut("税收收入占一般公共预算收入的比重"), _share_of_cut("税收收入")
    ('税收收入', '税收收入')
    """
    return _SHARE_OF.sub("", subject) if subject[-1:] in _SHARE_OF_ENDS else subject


_COMPLETION = re.compile(_COMPLETION_OF)
#: ``税收收入占年初预算``: a budget's subject is the item budgeted.
_BUDGET_OF = re.compile(
    r"(?<=.)(?:占|完成|为|达到)?(?:了)?(?:年初|年度|全年|本年|今年)?(?:调整)?预算(?:数)?$"
)
#: A share's words that only name what it is measured against (``为年计划的``).
_REFERENCE_ONLY = re.compile(
    r"(?:为|完成|达到)(?:了)?(?P<ref>(?:年初|年度|全年|本年|年)?(?:调整)?(?:投资|开工)?(?:预算|计划))的?"
)
#: The verb of an amount done (``甲项目完成投资…,完成率88%``: 甲项目投资完成率).
_DONE_VERB = re.compile(r"(?:累计)?完成(?=[\u4e00-\u9fa5]{2,4}$)")
#: The verb phrase of an amount done, dropped before 完成年度计划 (``项目累计完成投资``).
_DONE_TAIL = re.compile(r"(?:累计)?(?:完成|实现)?(?:投资|投入)$")
#: Verbs of a growth rate that changes (``加快``, ``放缓``).
_RATE_CHANGE = re.compile(r"加快|放缓|回落|回升|收窄|扩大")
#: ``去年同期为增加``: the change of the same span a year before, after this year's.
_LAST_YEAR_WAS = re.compile(r"(?<![比较])(?:去年|上年)同期(?:为|是)?(?:增加|减少|新增)$")
#: What a balance or an increase is of (``甲贷款余额``, ``甲贷款增量`` → 甲贷款).
_BALANCE_OWNER = re.compile(r"(?:余额|增量)$")
#: ``比上年末高0.9个百分点`` right after a growth: the growth's change, said by a plain move.
#: (the period before may be named by its months: ``比1-10月提高``, ``比前10个月提高``)
_RATE_MOVE = re.compile(
    r"(?:比|较)(?:\d{1,2}\s*[-—–~至]\s*)?(?:前?\d{1,2}个?月份?)?[^,，;；\d]{0,6}?"
    r"(?:高|低|提高|下降|上升|降低)$"
)
#: A group of residents (``城镇居民``), to be read with the indicator of a parallel group.
_GROUP = re.compile(r"(?:城镇|农村|城市|乡村|全体)?居民|(?:城镇|农村|城市|乡村)(?=居民|人均)")
#: A head word alone, perhaps with a rate word (``投资增速``): the indicator is named before.
_BARE_HEAD = re.compile(
    "(?P<verb>(?:累计)?(?:完成|实现))?(?P<head>"
    + "|".join(CARRY_HEADS)
    + ")(?P<rate>增速|增幅|增长率|增长速度)?"
)
#: The characters a whole match of :data:`_BARE_HEAD` ends with (a head's or a rate word's).
_BARE_HEAD_LAST: Final = frozenset(head[-1] for head in CARRY_HEADS) | frozenset("速幅率度")
_TOGETHER = re.compile(r"(?:合计|共计|总计|合共|加总|两者|二者|三者)+$")
#: What a crop's area is followed by, and the area it is of (``粮食播种面积``).
_CROP_HEADS: Final = frozenset({"总产量", "产量", "单产", "亩产", "总产"})
#: A yield per mu (``亩产``, ``单产``, ``单位面积产量``): its mass is per mu (convention 15).
_PER_MU = re.compile(r"亩产|单产|单位面积产量|每亩产量")
#: A crop's yield or output named without the crop (``平均单产``, ``总产``).
_BARE_CROP_HEAD = re.compile(r"(?:平均)?(?:(?P<yield>单产|亩产)|总产量|总产|产量)")
#: The crop a sentence is about, named as its topic (``夏粮生产再获丰收``).
_CROP_TOPIC = re.compile(
    r"(?P<crop>夏粮|秋粮|早稻|晚稻|粮食|冬小麦|小麦|玉米|水稻|大豆|油料|棉花|马铃薯)"
    r"(?:生产)?(?:再获|喜获|实现|获得)?(?:丰收|增产)"
)
_SOWN = re.compile(r"(?P<crop>[\u4e00-\u9fa5]{1,8}?)(?:播种|种植|收获|实播)面积")
#: A real growth, as against a nominal one.
_REAL_GROWTH: Final = ("实际增长", "实际下降", "实际增长了", "实际下降了")
#: ``恢复到2019年同期的``: a recovery to a base period.
_RECOVERED_TO = re.compile(
    r"恢复(?:到|至)?(?:了)?(?:疫情前)?(?:的)?(?:[12]\d{3}年)?(?:同期)?(?:水平)?的?"
)
#: A share of a budget (``占调整预算``), said as the convention says it: 完成调整预算.
_SHARE_OF_BUDGET = re.compile(
    r"(?P<item>.+?)占(?P<ref>(?:年初|年度|全年|本年)?(?:调整)?预算(?:数)?)的?(?:比重|比例)?"
)
#: ``甲为乙的54.3%``: one group's figure as a share of another's (a short name, no verb).
_RELATIVE_TO = re.compile(
    r"(?P<item>[^占为是]{2,}?)(?:为|是|相当于)(?P<other>[\u4e00-\u9fa5]{2,8}?)的?"
)
#: ``拉动甲增长``: the growth a contribution is to.
_PULLED_GROWTH = re.compile(r"(?:拉动|上拉|带动)[^,，。;；]{1,20}?增长\s*$")
#: A level of government alone, or with a bare head (``市本级``, ``县本级支出``).
_OWN_LEVEL = re.compile(
    r"(?P<scope>(?:省|市|县|区|州|乡镇|镇)(?:本级|直)|本级)(?P<head>" + "|".join(HEADS) + ")?"
)
#: ``1、新建项目。``: a numbered paragraph about one kind of item.
_ITEM_HEADING = re.compile(
    r"\s*(?:[(（]?[\d一二三四五六七八九十]{1,2}[、.．)）]\s*)(?P<item>[\u4e00-\u9fa5]{2,8}项目)[。:：]"
)
#: Subjects that say what was done but not to what (``开工建设``, ``累计完成投资``).
_VERB_ONLY = re.compile(
    r"^(?:累计|年内|全年|当年|已)?(?:完成|实现|开工|竣工|计划|新开工|投产|在建|投资|建成)"
)
#: The characters a match of :data:`_VERB_ONLY` can start with (tested before it; a test
#: reads them from the pattern).
_VERB_ONLY_FIRST: Final = frozenset("累年全当已完实开竣计新投在建")
#: The verb of a list's first item that the next items share (``实际到位内资…、外资…``).
_SHARED_VERB = re.compile(r"^(?:实际到位|实际使用|累计完成|累计实现|新签约|引进|签约)")
_VERB_LEAD = re.compile(
    r"^(?:累计|全年|当年|年内|已)?(?:新建|新增|建成|开工|投产|新开工|建设|改造|完成)"
)
#: Words of a plan or a stage of building (计划新开工项目): no plain thing counted.
_PLANNED_OR_DONE = re.compile(r"计划|项目|新建|新增|建成|开工|投产|建设|改造|完成")
#: The stages a project or a thing built reaches (one list for the patterns below).
_STAGES = "开工|竣工|投产|签约|落地|建成|完工"
_STARTED = re.compile(rf"(?:{_STAGES})$")
#: The stage a kind counted before was named with (``棚户区改造新开工``), and the words
#: before a stage that say when (``现已``, ``累计``).
_STAGE_TAIL = re.compile(rf"(?:已经?|新)?(?:{_STAGES})$")
_STAGE_LEAD = re.compile(r"^(?:累计|全年|当年|年内|今年|现已|已经?)+")
#: A count named by its stage alone (``累计建成``, ``已开工``), without what reached it.
_STARTED_ONLY = re.compile(
    rf"(?:累计|全年|当年|年内|今年|现|已经?|基本|全部|均|共|新)*(?:{_STAGES})$"
)
_OF_TASK = re.compile(r"(?:为|是)(?P<task>(?:年度|全年)(?:目标)?任务|(?:年度|全年)计划)")
_TASK_TAIL = re.compile(r"(?<=.)(?:年度|全年)(?:目标)?任务(?:数|量)?$")
#: ``城镇新增就业目标为3万人``: the indicator targeted (not a task completed: 完成…目标任务).
_TARGET_TAIL = re.compile(r"^(?P<name>(?:(?!完成).)+?)的?(?:预期|奋斗)?目标(?:值)?$")
_RANK_LEAD = re.compile(
    r"(?:居|位居|稳居|位列|排名|排位|排在|排|列|名列|跃居|跃升至|升至)(?:并列)?"
    # (居长三角第1位, 居中部六省首位: a group of places the rank is taken among, as
    # regions.GROUPS names them)
    r"(?:全[\u4e00-\u9fa5]{0,5}|世界|全球|中部|西部|东部|东北|我国|国内|中部六省|西部十二省区市|粤港澳大湾区|"
    + "|".join(sorted(GROUPS, key=len, reverse=True))
    + ")?$"
)
_RANK_OPEN = re.compile(r"^(?:位居|稳居|位列|名列|跃居|排名|排位|排在|居(?![民住]))")
#: The places a rank is among: ``在全省16个市中``, ``在全省``, or counted before 排名 with no
#: 中 (``六县市排名第五``, ``8个县区排名第三``: round 18), which names no indicator.
_RANK_SCOPE = re.compile(
    r"在?[^,，。;；]*中$"
    r"|^在?全(?:国|省|市|区|县|州|盟)(?:范围内)?$"
    r"|^\s*(?:在|于)?(?:全[省市])?\s*[两三四五六七八九十\d]{1,2}\s*个?"
    r"(?:县市区|县市|县区|区县|地市|省市|城市|省|市|县|区)\s*$"
    # (the count read as a figure of its own: ``全市20个区县排名第4`` leaves 区县排名)
    r"|^\s*个?(?:县市区|县市|县区|区县|地市|省市)\s*$"
)
#: A target whose words name no indicator (``全年目标为增长7%``): the paragraph's one.
_GENERIC_TARGET = re.compile(
    r"(?:全年|年度|今年|本年)?(?:预期|奋斗)?目标(?:任务)?|(?:全年|年度)?任务数?(?:占比)?"
)
#: Heads of a sector's output, whose contributor is the sector itself.
_OUTPUT_HEADS: Final = ("增加值", "总产值", "产值")
_GAP = re.compile(
    r"(?:高于|低于|快于|慢于|领先|落后|超过|超出|高出|(?<!超)超(?!额)).*$"
    r"|[比较][^,，。;；]{1,8}?(?:高|低|快|慢)$"  # 增速比全省高4.5个百分点
)
_TRAILING_RATE = re.compile(r"(?:增速|增幅|增长率|增长速度)$")
#: The characters a match of :data:`_TRAILING_RATE` ends with, and the line break before
#: which ``$`` matches too.
_TRAILING_RATE_ENDS: Final = frozenset("速幅率度\n")
#: Words that name a rate of change but no indicator: the indicator is in the context.
#: (升幅 and 跌幅 are a rise's and a fall's as 涨幅 and 降幅 are: ``环比上升2.4点,升幅为2.4%``)
_BARE_RATE_WORDS: Final = (
    "增速",
    "增幅",
    "降幅",
    "减幅",
    "增长率",
    "增长速度",
    "涨幅",
    "升幅",
    "跌幅",
)
_BARE_RATE = re.compile("(?:" + "|".join(_BARE_RATE_WORDS) + ")")
#: The words of :data:`_BARE_RATE`: a whole match is one of them (a set test, no pattern).
_BARE_RATES: Final = frozenset(_BARE_RATE_WORDS)
#: One of them ending a subject.
_RATE_WORDS = re.compile(_BARE_RATE.pattern + "$")
#: ``增速最快``, ``最低``: a superlative after the words that name the indicator.
_SUPERLATIVE = re.compile(r"(?:最快|最高|最低|最慢|最大|最小|最多|最少|居首|领先)$")
#: A clause that only links its figure to the clause before (``增速最高,为9.3%``).
_SHARE_WORD = re.compile(r"比重|比例|份额|占比")
#: Words that name a breakdown, not an indicator (``从地域看``, ``分行业看``).
_DIMENSIONS: Final = frozenset(
    {
        "地域",
        "区域",
        "地区",
        "行业",
        "产业",
        "城乡",
        "类别",
        "类型",
        "结构",
        "规模",
        "所有制",
        "季度",
        "月份",
        "项目",
        "部门",
        "层级",
        "门类",
        "领域",
        "主体",
    }
)
#: A sentence that breaks down the figure before it (``其中,``).
_BREAKDOWN_OPEN = re.compile(r"\s*其中[,，:：]?")
#: A verb of existence alone (``至6月底实有1.03亿户``): the kind counted is the figure's before.
_EXISTING = re.compile(EXISTING + r"|共有|拥有")
#: The amount words of a subject (``市场主体总量``) that a count of its items drops.
_AMOUNT_TAIL = re.compile(r"(?:总量|总数|数量|规模)$")
#: A paragraph's topic: ``从地区生产总值看,``, ``固定资产投资方面,``, ``甲收入完成情况:``.
_TOPIC_TAIL = re.compile(r"(?<=.)(?:的)?(?:完成|执行|运行)?(?:走势|情况|形势|变化|趋势)$")
_TOPIC = re.compile(
    r"^\s*从?(?P<topic>[^,，。;；:：\d]{2,16}?)(?:方面|来看|看)[,，:：]"
    r"|^\s*(?P<heading>[^,，。;；:：\d]{4,24}?情况)[:：]"
)
#: A condition that takes a part out (``扣除留抵退税因素后``): the figures after it are
#: the whole's, not the part's named just before.
_DEDUCTED = re.compile(r"(?:扣除|剔除)[^,，。;；\d]{1,16}?(?:因素|影响)后?")
#: ``是收入最低的榆社县(7426元)的1.87倍``: a multiple of a reference named after 是…的.
_MULTIPLE_REFERENCE = re.compile(r"(?:是|为|相当于)[^,，。;；]*的$")
#: Verbs that end the words about listed regions (``和顺县、寿阳县、祁县增速居全市前列``).
_LISTED_VERB = re.compile(r"(?:居|位居|位列|排|列|领跑|均|都|全部|继续|保持).*$")


@dataclass(slots=True)
class _Doc:
    text: str
    region: str | None
    region_code: str | None
    year: int | None
    default_period: str | None
    aliases: Mapping[str, str] | None
    regions: Mapping[str, Region] | None = None
    #: Region mentions of the whole text, found once: (start, end, region), in order.
    mentions: list[tuple[int, int, Region]] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    #: Whether a development zone is among them (convention 23; see :func:`_zone_dropped`).
    zoned: bool = False
    #: The development zones' mentions (start, end), in order, and their starts: searched
    #: per figure by :func:`_zone_dropped` instead of all the mentions.
    zones: list[tuple[int, int]] = field(default_factory=list)
    zone_starts: list[int] = field(default_factory=list)
    #: Whether a district is named short among them (``巴南``; see :func:`_short_dropped`).
    short_named: bool = False
    facts: list[Fact] = field(default_factory=list)
    comparable_sentence: tuple[int, int] = (-1, -1)
    #: Where ``按可比价计算(下同)`` ends: growths of value added or output after it are at
    #: comparable prices (-1: no such words).
    comparable_from: int = -1
    title_year: int | None = None
    #: The day a dateline near the start says the text was told on (去年 counts from its
    #: year, 上周 back from it).
    told_on: date | None = None
    #: The year of the text's figures when it is not the text's own (a text told the year
    #: after them, opening with their year): what a month without its year is of.
    figures_year: int | None = None
    #: The part of the year the paragraph before ended in, for a paragraph naming none.
    carried: str | None = None
    #: Whether ``carried`` is a month end (``至9月底``), whose flows are sums since January.
    carried_month_end: bool = False
    #: The part of the year the paragraph before passed on, whether or not this paragraph
    #: names a period before its first figure (see :func:`_scoped`).
    passed: str | None = None
    #: Whether the paragraph is an item of a list a heading opened (``2023年1-10月:``,
    #: ``其中:``): the heading's period dates its counts too (see :func:`scope.continues_list`).
    listed: bool = False
    #: The part of the year a report of a quarter or half (``2023年一季度…``) opens with, in a
    #: text dated by its year alone.
    report_span: str | None = None
    #: The span a text dated by its year alone opens with: ``report_span``, or months from
    #: January (``1-3月``, ``前三季度``) the text reports: in force again after a period of
    #: limited reach in the paragraphs it is passed on to (see :func:`scope.paragraph_opening`).
    lead_span: str | None = None
    #: The month the document's figures run to, when its first figures are stated
    #: ``截至12月13日``: what 今年 means after (the year to date).
    to_date: str | None = None
    #: The whole the last share was of (``占外贸进出口总值的比重``), for shares naming none.
    share_whole: str | None = None
    #: The month of the day the text reports (its dateline ``太原2月27日``, or the last day
    #: an event was told of), for 今日/27日 naming none (see :func:`periods.find_events`).
    today: str | None = None
    #: The month a monthly report's ``本月`` names (``scope.this_month``), if it says one.
    this_month: str | None = None
    #: Positions of sentence and clause ends in ``text``, by stop set (see :func:`_doc_bounds`).
    stop_index: dict[str, list[int]] = field(default_factory=dict)
    #: (sentence start, name start, collective) → what :func:`_name_words` read there.
    region_words: dict[tuple[int, int, bool], tuple[bool, bool]] = field(default_factory=dict)
    #: list item → what :func:`_split_region` read in it (the same items recur in a text).
    split_items: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    #: list item's name → the region it is as a whole (for :func:`lists.region_lists`).
    item_regions: dict[str, str | None] = field(default_factory=dict)
    #: (start, end, word) of each 全市/我省… (``_COLLECTIVE``) in ``text``, and their ends,
    #: found on first use (see :func:`_region`).
    collectives: list[tuple[int, int, str]] | None = None
    collective_ends: list[int] = field(default_factory=list)
    #: (sentence start, end, where its first projection word ends) for :func:`_fact`.
    projection: tuple[int, int, int] = (-1, -1, -1)
    #: Standard indicators named in full so far, by their short forms (see FullNames).
    full_names: FullNames = field(default_factory=FullNames)
    #: Parts of the text that state a programme of planned livelihood projects (民生实事),
    #: whose planned quantities are targets (``measures.programme_spans``).
    programmes: list[tuple[int, int]] = field(default_factory=list)
    #: The cells of a table of tasks that state each row's target (``measures.task_cells``).
    task_cells: list[tuple[int, int]] = field(default_factory=list)
    #: Whether the text reports a programme's results (``measures.report_of_results``): the
    #: period it states at its start holds for the counts of work done too, and 截至目前 is
    #: the year up to the month it is dated (``published``, YYYY-MM).
    reported: bool = False
    published: str | None = None
    #: The standard time of the census the text reports (``YYYY-MM``; convention 25).
    census: str | None = None
    #: Whether the text's bare 三季度/四季度 are the months since January (see
    #: :func:`scope.cumulative_quarters`).
    quarters_since_january: bool = False
    #: Whether the paragraphs read now are under a heading of targets (``主要预期目标``), up
    #: to the next heading: their figures are the targets listed (convention 13).
    targeted: bool = False
    #: The comparison a line of its own set for the paragraphs under it (``从环比来看:``,
    #: ``二、环比情况``), up to the next heading: ``环比``, ``同比`` or "".
    compared: str = ""

    def item_region(self, name: str) -> str | None:
        """The region a list item's name is (``regions.whole_region``), read once a text."""
        if name in self.item_regions:
            return self.item_regions[name]
        found = self.item_regions[name] = (
            whole_region(name, self.region_code, self.regions)
            or zone_region(name.strip(), self.region)  # 开发区2.4亿元: the city's zone (conv. 23)
            or self._own_district(name)
        )
        return found

    def _own_district(self, name: str) -> str | None:
        """A district or county of the document's own city named without 区/县 in a list
        (``汉滨81天`` in a release of 安康市: 汉滨区); districts have no short form
        elsewhere, as two characters name too much (``城区``, ``新区``)."""
        code = self.region_code
        if len(name) != 2 or not code or code.endswith("0000") or not code.endswith("00"):
            return None
        for suffix in "区县":
            found = lookup(name + suffix, code)
            if found is not None and found.parent == code:
                return found.name
        return None


def extract(
    text: str,
    *,
    region: str | None = None,
    region_code: str | None = None,
    year: int | None = None,
    aliases: Mapping[str, str] | None = None,
    regions: Mapping[str, Region] | None = None,
    id_prefix: str = "f",
) -> list[Fact]:
    """Read the numeric facts of a Chinese text.

    Parameters
    ----------
    text
        Plain text (decode and strip HTML first, see :func:`normalise.read_document`).
        Traditional characters and full-width digits are read as simplified and
        half-width; offsets always refer to ``text`` as given.
    region, region_code
        The document's own region (name or code); 全市/全县 and sentences that name no
        region get it. Guessed from the text when both are omitted.
    year
        The document's own year; sentences without one inherit it. Guessed when omitted.
    aliases
        Alias → indicator code table; when given, each fact's ``indicator`` is matched.
    regions
        Extra region names (a catalogue's regions and aliases, see
        :func:`regions.catalogue_regions`): name → region, read as mentions besides the
        national GB/T 2260 table.
    id_prefix
        Prefix of the running fact ids (``f-001``).

    Returns
    -------
    list[Fact]
        In text order.

    Examples
    --------
    >>> [f.value_base for f in extract("新能源装机突破千万千瓦", region="晋中市", year=2023)]
    [10000000.0]
    >>> extract("") == []
    True
    """
    if not text.strip():
        return []
    reading, where = reading_text(text)
    reading = restore_superscripts(as_respectively(_break_run_ons(_join_broken_lines(reading))))
    if "下同" in reading:
        # 突破3万亿元人民币,下同,达3.1万亿元: a note between commas (its brackets lost) names
        # nothing; blanked, offsets kept (round 30)
        reading = _BARE_NOTE.sub(lambda m: " " * len(m.group()), reading)
    doc_year = year if year is not None else infer_year(reading)
    name, code = _own_region(reading, region, region_code, regions)
    doc = _Doc(
        text=reading,
        region=name,
        region_code=code,
        year=doc_year,
        default_period=None,
        aliases=aliases,
        regions=regions,
        title_year=_title_year(reading),
    )
    doc.default_period, doc.census = document_period(reading, doc_year)
    opens_with_year_before = (
        doc_year is not None
        and doc.default_period == str(doc_year)
        and _opens_with_year(reading, doc_year - 1)
    )
    if (
        doc_year is not None
        and doc.default_period == str(doc_year)
        and (
            doc.title_year == doc_year - 1
            or (  # 去年… and a lead naming that year: not a text dated by its data's year
                _LAST_YEAR_TITLE.match(reading) is not None
                and infer_year(reading[:200]) == doc_year - 1
            )
            or opens_with_year_before
        )
    ):
        # 透视海南2023年经济成绩单 (or 去年西安粮食稳产丰收, or a text opening 2015年,我省…),
        # published in 2024: its figures naming no year, and its months (1-12月), are of the
        # year its title or opening names (rounds 28 and 31)
        doc.default_period = str(doc_year - 1)
        first_line = reading.lstrip()[:_TITLE_LIMIT].split("\n", 1)[0]
        if opens_with_year_before or not _TITLE_PUNCTUATION.search(first_line):
            # (its months too, when a title names the year: not a sentence opening the text,
            # 记者获悉,按照2022年修订的标准,…, read as a title for its 今年 only)
            doc.figures_year = doc_year - 1
    doc.told_on = _told_on(reading[:_LEAD_REACH])
    if doc.figures_year is not None and doc.told_on is None and doc_year is not None:
        # told in the year after its figures: its 去年 is theirs (2013年,…。去年全年,…), its
        # day unknown (round 31)
        doc.told_on = date(doc_year, 1, 1)
    doc.quarters_since_january = cumulative_quarters(reading)
    if doc_year is not None and "本月" in reading:
        doc.this_month = this_month(reading, doc_year)
    if "价" in reading and (
        _priced_by_note(reading) or ("扣除" in reading and _REAL_GROWTH_NOTE.search(reading))
    ):
        doc.comparable_from = 0  # 注:增加值增长速度按可比价计算: the whole text, as (下同)
    dateline = _DATELINE.search(reading, 0, 160) if "日" in reading[:160] else None
    if dateline and doc.year and 1 <= int(dateline["m"]) <= 12:
        # the text reports a day's event (27日,晋中举行…签约) near its start: that day's month
        month = f"{doc.year}-{int(dateline['m']):02d}"
        opening = reading[: dateline.end() + 400]
        if any(e.kind == "day" for e in find_events(opening, doc.year, today=month)):
            doc.today = month
    doc.mentions = find_mentions(reading, doc.region_code, doc.regions)
    groups = group_mentions(reading)
    if "区" in reading:  # 开发区, 综改区 alone: the zone of the document's place (conv. 23)
        groups += _bare_zones(doc.mentions, zone_mentions(reading, doc.region))
    if groups:  # 苏南五市: a region of its own figures
        doc.mentions = sorted(doc.mentions + groups, key=lambda m: (m[0], -m[1]))
    if "不含" in reading or "不包括" in reading:
        # 市区(不含甲区)PM2.5平均浓度: a place left out names no region of the figure
        doc.mentions = [
            m for m in doc.mentions if not _LEFT_OUT.search(reading, max(0, m[0] - 4), m[0])
        ]
    doc.mention_starts = [start for start, _, _ in doc.mentions]
    doc.programmes = measures.programme_spans(reading)
    doc.task_cells = measures.task_cells(reading)
    # (the programme the text's topic: named in its title or opening, not a bulletin's section)
    if not doc.programmes and measures.programme_named(measures.opening(reading)):
        doc.reported = (
            measures.STATISTICAL_TITLE.search(reading.lstrip()[:80].split("\n", 1)[0]) is None
        )
        doc.reported = doc.reported and measures.report_of_results(reading)
        if doc.reported:
            doc.published = _published(reading[:200])
    doc.zones = [
        (start, end)
        for start, end, found in doc.mentions
        if found.level == "area" and is_zone(found.name)
    ]
    doc.zone_starts = [start for start, _ in doc.zones]
    doc.zoned = bool(doc.zones)
    doc.short_named = any(
        found.level == "county" and reading[start:end] != found.name
        for start, end, found in doc.mentions
    )
    if "●" in reading or "■" in reading or "◆" in reading:
        # a bullet opening a list's item (●全市新增…) is no word of the subject; read as a
        # space once the programme's items are known (round 16, third pass)
        reading = doc.text = _BULLET_AT_LINE.sub(r"\1 ", reading)  # (offsets kept)
    document = (doc.year, doc.default_period)
    section = document  # the period of the section a first-level heading opened
    cells = read_tables(reading, doc.year, READERS)
    tokens = _outside(_accepted(find_tokens(reading), reading), cells)
    next_token = 0
    carried: str | None = None  # a part of the year the paragraph before ended in
    for start, end in _paragraphs(reading):
        first = next_token
        while next_token < len(tokens) and tokens[next_token].start < end:
            next_token += 1
        inside = tokens[first:next_token]
        if not inside:
            heading = reading[start:end].lstrip()[:1] in _HEADING_FIRST and bool(
                _HEADING.match(reading[start:end])
            )  # (the literal test first: most paragraphs without a figure are no heading)
            if heading:  # 二、2024年目标任务: its section's
                # (一)…收支情况 under 一、2025年上半年…情况: the section's
                inner = reading[start:end].lstrip()[:1] in "(（"
                doc.year, doc.default_period = section_period(
                    reading[start:end], section if inner else document
                )
                if not inner:
                    section = (doc.year, doc.default_period)
            line = reading[start:end].strip()
            if heading or (
                0 < len(line) <= 20 and "。" not in line
            ):  # (a heading, numbered or not)
                doc.targeted = _TARGETS_HEADING.search(reading, start, end) is not None
            aspect = _COMPARED_LINE.fullmatch(reading, start, end)
            if aspect or heading:
                doc.compared = aspect["compared"] if aspect else ""
            if heading and find_events(reading[start:end], doc.year):
                carried = None  # 二、2024年目标任务: a section of its own period
            lines_period = heading_period(reading[start:end], doc.year)
            if lines_period is not None and PART_OF_YEAR.fullmatch(lines_period):
                carried = lines_period  # 2018年1-11月:⏎甲断面达标率为…;⏎…: the lines' period
            elif not doc.facts and carried is None and not heading and start < _LEAD_REACH:
                carried = _lead_part(reading[start:end], doc.year) or carried
            doc.listed = continues_list(reading[start:end], doc.listed)
            continue
        events = _paragraph_events(doc, start, end)
        # 上半年,…收入…。\n全市税收收入…: still 上半年 (for flows and rates, see _period)
        opens = not any(e.end <= inside[0].start for e in events)
        doc.carried = carried if opens else None
        doc.passed = carried
        if not doc.facts and doc.default_period == str(doc.year):
            doc.report_span, doc.lead_span = opening_spans(events, doc.year)
            stated = opening_document_period(
                events, inside[0].start, doc.year, programme=_programme_text(doc, reading)
            )
            if stated is not None:  # 本院2023年1-10月受理…: the document's period, said once
                doc.default_period = stated
                document = section = (doc.year, stated)
        events = _scoped(events, doc, (start, end), doc.default_period)
        if not doc.facts and doc.year:
            doc.to_date = to_date_lead(events, inside[0].start, doc.year)
        _read_paragraph(doc, inside, events, (start, end))
        doc.listed = continues_list(reading[start:end], doc.listed)
        last = passed_on(events, inside[-1].start)
        if last is not None:
            # 上半年…。⏎…工业利润较快增长。1-5月,利润总额…。⏎第三产业…: an aside of a
            # month behind in a paragraph of the span carried (or of the span it opened
            # with); that span goes on (round 28)
            opened = next((e for e in events if e.period), last)
            if _lags(last.period, carried if opens else opened.period):
                last = None if opens else opened
        if last is not None:  # a paragraph naming no period passes on the one it had
            carried = last.period if PART_OF_YEAR.fullmatch(last.period or "") else None
            doc.carried_month_end = last.kind == "mend" and bool(_MONTH_END_WORD.search(last.text))
    if cells:
        cells = _row_spans(cells)
        table_facts = [_table_fact(doc, cell) for cell in cells]
        _sectors_value_added(reading, table_facts)
        doc.facts.extend(table_facts)
        doc.facts.sort(key=lambda f: f.char_start)
    for low, high in zip(doc.facts, doc.facts[1:], strict=False):
        if (
            high.char_start - low.char_end <= 14
            and low.unit == high.unit
            and _RANGE_TO.fullmatch(reading, low.char_end, high.char_start)
            and _RANGE_LOW.search(reading, max(0, low.char_start - 2), low.char_start)
        ):  # 介于4.6℃(甲)—14.9℃(乙): the high end is of the low end's subject
            high.subject = low.subject
    if "、" in reading:  # 深圳、成都、杭州均超500公里: the figure of each place
        doc.facts = shared_by_places(reading, doc.facts, doc.mentions)
    spread_listed(reading, doc.facts, doc.year)  # 2021年、2022年…分别为A、B: a period each
    items_before_a_dated_item(reading, doc.facts)  # 甲、1-2月乙分别…: 甲 keeps its period
    if "公里" in reading:  # 公路货物运输及周转量完成A亿吨、B亿吨公里: two amounts
        _split_transport_work(reading, doc.facts)
    if "城" in reading or "村" in reading or "性" in reading:
        _name_breakdown_parts(reading, doc.facts)
    if "比" in reading:
        _name_ratios(reading, doc.facts)
    scoped_ranks(reading, doc.facts)  # 增速居全国第六、西部第三: both the growth's
    if "件" in reading:  # 受理审查逮捕案件21件24人: the cases, then the persons in them
        _cases_and_persons(doc.facts)
    if "级" in reading:  # 最大地震是9月20日在台湾海峡发生的4.5级地震: the quake's magnitude
        _magnitudes(reading, doc)
    if "月" in reading:  # 用户9.44亿,较2020年6月增长4321万: the months since then
        _changes_since_a_month(reading, doc.facts)
    if doc.year is not None:  # 计划至2012年,…新增资源储量为:铜1000万吨: a plan's
        _future_targets(doc)
    if "其中" in reading:  # 计划新增泊位2万个以上,其中新增公共泊位2700个以上: parts of a target
        _parts_of_targets(reading, doc.facts)
    if "占比" in reading:  # …的比重上升最快,占比12.4%: the amount's share
        share_after_verdict(reading, doc.facts)
    if "校" in reading:  # 义务教育阶段学校45所,招生…: 义务教育阶段招生
        for fact in doc.facts:
            if fact.subject and "校" in fact.subject:
                fact.subject = school_named(fact.subject)
    for at, fact in enumerate(doc.facts):
        if fact.measure == "growth_yoy" and fact.subject:
            # named last, after every pass that builds a growth's name from a rate's words
            fact.subject = growth_named(fact.subject)  # 甲贷款增速达37.2%: 甲贷款
        if fact.measure == "share" and fact.subject and fact.subject.endswith("投资完成率"):
            # named last, so that a gap after the rate (超时序进度…) keeps the rate's name
            before = at
            while before and "。" not in reading[doc.facts[before - 1].char_end : fact.char_start]:
                before -= 1
            fact.subject = _invested_share(fact.subject, doc.facts[before:at])
    for number, fact in enumerate(doc.facts, 1):
        # (zfill, not a format spec: the same digits, a call that costs a tenth compiled)
        fact.id = f"{id_prefix}-{str(number).zfill(3)}"
        if where is not None:  # pinyin artefacts were dropped: back to offsets in `text`
            fact.char_start, fact.char_end = where[fact.char_start], where[fact.char_end - 1] + 1
        fact.text_span = text[fact.char_start : fact.char_end]
    return doc.facts


def _magnitudes(text: str, doc: _Doc) -> None:
    """An earthquake's magnitude is named as such, the largest when the clause says so; the
    place it struck is where it happened, not the figure's region (the gold notes it): the
    region is that of the quakes counted before it in its sentence, else the document's.

    >>> doc = _Doc("全球发生地震3次,最大地震是在堪察加发生的7.8级地震。", "全国", None, 2025, None, None)
    >>> a = Fact("", "3次", 6, 8, "地震", "全球", "2025", "count", 3, "次", 3, "count")
    >>> f = Fact("", "7.8级", 22, 26, "最大地震是…发生", None, "2025", "level", 7.8, "级", 7.8, "magnitude")
    >>> doc.facts = [a, f]; _magnitudes(doc.text, doc); f.subject, f.region
    ('最大地震震级', '全球')
    """
    for at, fact in enumerate(doc.facts):
        if fact.unit != "级":
            continue
        start = _doc_sentence_start(doc, fact.char_start)
        largest = "最大" in text[start : fact.char_start]
        fact.subject = "最大地震震级" if largest else "地震震级"
        counted = next(
            (
                doc.facts[k]
                for k in range(at - 1, -1, -1)
                if start <= doc.facts[k].char_start and doc.facts[k].unit == "次"
            ),
            None,
        )
        fact.region = counted.region if counted is not None else doc.region


#: A change against a month's state, right before the change (``较2020年6月增长``,
#: ``与2022年12月相比增加``).
_SINCE_A_MONTH = re.compile(
    r"(?:较|比|与)\s*(?:(?P<y>\d{4})年(?P<m>1[0-2]|[1-9])月(?:末|底)?|(?P<m2>1[0-2]|[1-9])月(?:末|底))"
    r"(?:相比)?[,，]?"
    r"(?:增长|增加|减少|下降|净增|新增)了?\s*$"
)


def _changes_since_a_month(text: str, facts: list[Fact]) -> None:
    """A change of a stock against its state at an earlier month's end covers the months
    after it, to the stock's (``截至2020年12月,用户9.44亿,较2020年6月增长4321万`` →
    2020-07/2020-12; against last December, the months since January: convention 30).

    >>> text = "截至2020年12月,用户9.44亿,较2020年6月增长4321万。"
    >>> f = Fact("", "4321万", 29, 34, "用户", None, "2020", "abs_change", 4321, "万", 4.321e7, "person")
    >>> _changes_since_a_month(text, [f]); f.period
    '2020-07/2020-12'
    """
    for fact in facts:
        if fact.measure != "abs_change" or not fact.period:
            continue
        found = _SINCE_A_MONTH.search(text, max(0, fact.char_start - 24), fact.char_start)
        end = fact.period.rpartition("/")[2]
        if found is None or not end[:4].isdigit():
            continue
        year, last = int(end[:4]), int(end[5:7]) if len(end) == 7 else 12
        named_year, month = int(found["y"] or year), int(found["m"] or found["m2"])
        if named_year == year - 1 and month == 12:
            first = 1
        elif named_year == year and month < last:
            first = month + 1
        else:
            continue
        if first == last:
            continue  # 比5月末减少…: the month's own change, dated by its state (round 18)
        whole = first == 1 and last == 12
        fact.period = str(year) if whole else f"{year}-{first:02d}/{year}-{last:02d}"


def _future_targets(doc: _Doc) -> None:
    """A level or count of a year after the text's, reached by (``计划至2012年``,
    ``到2025年``), is what a plan requires, a target (convention 45), unless the extractor
    noted it a projection (``预计到2025年…可达``: the guideline keeps its measure; round 30).
    (A later year named without 到 may be the text's own, its year misread.)

    >>> doc = _Doc("计划至2012年,新增储量为:铜1000万吨。预计到2012年产量可达50万吨。", None, None, 2010, None, None)
    >>> a = Fact("", "1000万吨", 16, 22, "铜", None, "2012", "level", 1000, "万吨", 1e7, "ton")
    >>> b = Fact("", "50万吨", 34, 39, "产量", None, "2012", "level", 50, "万吨", 5e5, "ton")
    >>> b.note = "projection"
    >>> doc.facts = [a, b]; _future_targets(doc); a.measure, b.measure
    ('target', 'level')
    """
    for fact in doc.facts:
        if (
            fact.measure in ("level", "count")
            and fact.period
            and fact.period[:4].isdigit()
            and int(fact.period[:4]) > (doc.year or 9999)
        ):
            start = _doc_sentence_start(doc, fact.char_start)
            reached = _BY_YEAR.search(doc.text, start, fact.char_start)
            if (
                reached
                and reached["year"] == fact.period[:4]
                # (按照规划,到2025年…将达到1.2万亿元: a plan's words outweigh 将达)
                and (
                    fact.note != "projection"
                    or _PLAN_WORDS.search(doc.text, start, fact.char_start)
                )
            ):
                fact.measure = "target"
                if fact.note == "projection":
                    fact.note = None  # (a plan's figure, no projection)


def _parts_of_targets(text: str, facts: list[Fact]) -> None:
    """A level or count in the same unit right after a target, behind 其中 (in its sentence,
    or opening the next), is a part of that target, a target too (round 30).

    >>> text = "计划新增泊位2万个以上,其中新增公共泊位2700个以上。"
    >>> a = Fact("", "2万个", 6, 9, "新增泊位", None, "2023", "target", 2, "万个", 2e4, "count")
    >>> b = Fact("", "2700个", 20, 25, "新增公共泊位", None, "2023", "count", 2700, "个", 2700, "count")
    >>> _parts_of_targets(text, [a, b]); b.measure
    'target'
    """
    listing = False  # the part before was one: a list of parts goes on after 、
    for whole, part in pairwise(facts):
        between = text[whole.char_end : part.char_start]
        if (
            whole.measure == "target"
            and part.measure in ("level", "count")
            and (
                (
                    part.base_unit == whole.base_unit
                    and "其中" in between
                    and _PART_OF_A_TARGET.fullmatch(between)
                    and not _DONE_OF_A_TARGET.search(between)
                )
                or (listing and _NEXT_PART.fullmatch(between))
            )
        ):
            part.measure = "target"
            listing = True
        else:
            listing = False


#: Between a target and its part: the rest of the target's clause, then 其中 opening a clause
#: of this sentence or the next, then the part's own words (no second figure, no 。 after 其中).
_PART_OF_A_TARGET = re.compile(r"[^。;；\d]{0,8}[,，。;；:：]\s*其中[,，:：]?[^。;；\d]{0,20}")


#: What was done of a target, behind 其中 (``目标任务300亿元,其中已完成280亿元``): no part of it.
_DONE_OF_A_TARGET = re.compile(r"已|完成|实际|实现|累计|目前|截至")
#: The next part of a list of parts (``5000座左右、充电基础设施``).
_NEXT_PART = re.compile(r"[^。;；,，\d]{0,4}[、;；][^。;；\d]{0,16}")


#: A year a plan reaches (``到2025年``, ``至2012年底``).
_BY_YEAR = re.compile(r"(?<![截止])[到至]\s*(?P<year>[12]\d{3})\s*年")
#: A plan named in a sentence (``按照规划``, ``计划``, ``力争``).
_PLAN_WORDS = re.compile(r"规划|计划|目标|力争|确保")


def _cases_and_persons(facts: list[Fact]) -> None:
    """``受理审查逮捕案件21件24人``: the persons counted right after the cases named by the
    words before them are those cases' 人数 (both annotators of heldout64 named them so;
    round 30). A deed alone (``批准逮捕158件196人``) stays the name of both: the annotators
    add to it what the section is about (批准逮捕未成年人案件), which its words contain.

    >>> cases = Fact("", "21件", 0, 3, "受理审查逮捕案件", None, None, "count", 21, "件", 21, "count")
    >>> persons = Fact("", "24人", 3, 6, cases.subject, None, None, "level", 24, "人", 24, "person")
    >>> _cases_and_persons([cases, persons]); cases.subject, persons.subject
    ('受理审查逮捕案件', '受理审查逮捕人数')
    """
    for cases, persons in pairwise(facts):
        if (
            cases.char_end == persons.char_start
            and cases.measure == "count"
            and (cases.unit or "").endswith("件")
            and persons.unit in ("人", "名", "万人")
            and cases.subject
            and cases.subject.endswith("案件")
            and persons.subject == cases.subject
        ):
            persons.subject = cases.subject[:-2] + "人数"


#: The place a rank names after it (``第一名为甲县``), up to a clause mark.
_PLACE_AFTER = re.compile(r"[\u4e00-\u9fa5]{2,10}(?=[,，、;；。(（]|$)")
#: The ranking before ranks named so (``按照综合指数排名,第一名为甲县,``): its indicator,
#: without 按…排名 (convention 19).
_RANKED_BY = re.compile(
    r"按(?:照)?(?P<indicator>[^,，。;；]{2,30}?)(?:排名|排序|排位)[,，:：]"
    r"(?:第[\d一二三四五六七八九十]+(?:名|位)(?:为|是)[\u4e00-\u9fa5]{2,10}[,，、;；])*$"
)


def _rank_named_after(
    doc: _Doc, text: str, start: int, at: int, subject: str | None
) -> tuple[str | None, str | None]:
    """The region a rank names after 为/是 (``按综合指数排名,第一名为甲县``), if it is
    one, and the indicator of the ranking before it (else ``subject``).

    >>> doc = _Doc("", "河源市", "441600", 2023, None, None)
    >>> text = "按照综合指数排名,第一名为和平县,第二名为龙川县。"
    >>> _rank_named_after(doc, text, 17, 21, "优良率"), _rank_named_after(doc, text, 9, 13, None)
    (('龙川县', '综合指数'), ('和平县', '综合指数'))
    """
    place = _PLACE_AFTER.match(text, at)
    region = doc.item_region(place.group()) if place else None
    if region is None:
        return None, subject
    by = _RANKED_BY.search(text, max(0, start - 120), start)
    return region, clean(by["indicator"]) if by else subject


def _outside(tokens: list[Token], cells: list[Cell]) -> list[Token]:
    """Tokens that are not numbers of a table row (those are read by :mod:`tables`)."""
    if not cells:
        return tokens
    # A token overlaps a cell when a cell starting before its end ends after its start:
    # with the cells by start, the furthest end of those starting before the token's end
    # tells it (a binary search for each token instead of a test of every cell, which made
    # a text with tables quadratic).
    taken = sorted((c.start, c.end) for c in cells)
    starts = [a for a, _ in taken]
    furthest = list(accumulate((b for _, b in taken), max))
    kept: list[Token] = []
    for t in tokens:
        i = bisect_left(starts, t.end)
        if not (i and furthest[i - 1] > t.start):
            kept.append(t)
    return kept


#: A table's title line (``表2 某年全市生产总值及其增长速度``, or its number alone: ``1  某年全市
#: 生产总值``), and one of value added.
_TABLE_TITLE = re.compile(
    r"(?m)^\s*(?:表\s*[\d一二三四五六七八九十]+|\d{1,2}\s{2,}(?=\S))[^\n]{0,40}"
)
_VALUE_ADDED_TITLE = re.compile(r"生产总值|增加值|GDP")
#: A row label that names a sector (``第一产业``, ``工业``, ``批发和零售业``).
_SECTOR_ROW = re.compile(r"[\u4e00-\u9fa5、和]{1,14}(?:产业|业)")


def _sectors_value_added(text: str, facts: list[Fact]) -> None:
    """表2 …生产总值及其增长速度 / 第二产业 | 80.6 | 6.3: a sector's row in a table of value
    added is its 增加值 (the title names the head its rows leave out)."""
    titles = [(m.start(), m.group()) for m in _TABLE_TITLE.finditer(text)]
    if not titles:
        return
    starts = [at for at, _ in titles]
    for fact in facts:
        at = bisect_right(starts, fact.char_start) - 1
        if (
            at >= 0
            and _VALUE_ADDED_TITLE.search(titles[at][1])
            and fact.subject
            and _SECTOR_ROW.fullmatch(fact.subject)
        ):
            fact.subject += "增加值"


def _table_fact(doc: _Doc, cell: Cell) -> Fact:
    """A fact from a number of a flattened table: the header gives unit, period, measure."""
    region, code = doc.region, doc.region_code
    named = cell.region or cell.label
    found = find_mentions(named, doc.region_code, doc.regions)
    if cell.region and _WHOLE_COLUMN.fullmatch(cell.region):
        # a column 全市 (beside 城市 and 农村): the document's city (unknown: left so)
        whole = collective(cell.region, doc.region)
        if whole is not None and whole != doc.region:
            division = lookup(whole)
            region, code = whole, division.code if division else None
    elif found and found[0][0] == 0 and not _COMPATRIOTS.match(named, found[0][1]):
        region, code = found[0][2].name, found[0][2].code or None  # (not 台湾同胞: people)
    elif cell.region and (place := whole_region(cell.region, doc.region_code, doc.regions)):
        known = lookup(place, doc.region_code)  # 兴仁 in a table of counties: 兴仁市
        region, code = place, known.code if known else None
    elif cell.region:  # 东翼 under 按经济区域分: an area the gazetteer does not know
        region, code = cell.region, None
    value_base: float | None = cell.value
    base_unit: str | None = "rank"
    if cell.base and cell.unit is None:  # 学校数, 在校学生数, 生师比: a column's name says
        base_unit = cell.base
    elif cell.measure == "count" and cell.unit is None:  # a report form's row without a unit
        base_unit = "count"
    elif cell.measure != "rank":
        value_base, base_unit = to_base(cell.value, cell.unit)
    fact = Fact(
        id="",
        text_span=cell.span,
        char_start=cell.start,
        char_end=cell.end,
        subject=clean(cell.subject) or cell.subject,
        region=region,
        period=_cell_period(cell, doc.default_period),
        measure=cell.measure,
        value=cell.value,
        unit=cell.unit,
        value_base=value_base,
        base_unit=base_unit,
        basis=(
            ("prev_period" if measures.on_period_before(cell.column) else "prev_year")
            if cell.measure == "growth_yoy"
            else None
        ),
        # 按可比价计算(下同) or a note saying so: growths of value added in the table too
        comparable_price=cell.measure == "growth_yoy"
        and 0 <= doc.comparable_from <= cell.start
        and bool(_VALUE_AMOUNT.search(cell.subject)),
        region_code=code,
        note=f"table column {cell.column}" if cell.column else "table",
        qualifier=_CELL_BOUNDS.get(cell.span[-2:]),  # 7左右 in its cell (round 28)
    )
    if doc.aliases is not None:
        match = match_indicator(fact.subject, doc.aliases)
        fact.indicator = match.code if match else None
    return fact


#: A bound written in a table's cell after its number, as the qualifier it is.
_CELL_BOUNDS: Final = {"左右": "约", "以上": "以上"}


#: A row of a stock at the end of the table's span (``季末存栏``, ``期末余额``).
_AT_END = re.compile(r"季末|期末|月末")


#: A row counting firms or units (``限额以上商业企业数 | 个``, ``批发零售企业 | 个``).
_FIRMS_ROW = re.compile(r"(?:企业|单位)数?$")
#: Words of firms that came or went in the span, or of its losses: no state.
_FIRMS_FLOW = re.compile(r"新增|新设|新登记|注销|开业|亏损|入库|纳入")


def _firms_counted(cell: Cell) -> bool:
    """Whether a table cell counts firms (``限额以上商业企业数 | 个 | - | 332``), a state at
    the end of the span of its column (``1-3月累计``), as a number of firms in a sentence
    is (``企业户数达到``, ``periods.stock_at_end``; round 20).

    >>> c = Cell(0, 3, "332", 332.0, "个", "限额以上商业企业数", "count", "限额以上商业企业数", "累计", None)
    >>> _firms_counted(c), _firms_counted(replace(c, label="亏损企业数"))
    (True, False)
    """
    return (
        cell.measure == "count"
        and _FIRMS_ROW.search(cell.label) is not None
        and _FIRMS_FLOW.search(cell.label) is None
    )


def _form_flow(cell: Cell) -> bool:
    """Whether a row of a month's or quarter's report form (one column, ``数量``) counts
    what was done, not a state: assistance in person-times (``临时救助 | 万人次``) or
    registrations (``收养登记 | 件``). Such rows run from January, as its 累计 rows do
    (convention 21; round 20); persons, institutions and beds stay the month's end.

    >>> c = Cell(0, 3, "8.2", 8.2, "万人次", "临时救助", "level", "临时救助", "数量", None)
    >>> _form_flow(c), _form_flow(replace(c, unit="万人", label="特困人员救助供养人数"))
    (True, False)
    """
    if cell.column != "数量":
        return False
    return bool(cell.unit and "人次" in cell.unit) or cell.label.endswith("登记")


#: What opens a bracket of places left out (``(不含``, ``（不包括``), right before a mention.
_LEFT_OUT = re.compile(r"[(（](?:不含|不包括)$")


def _row_spans(cells: list[Cell]) -> list[Cell]:
    """Cells of a row's cumulative columns without a period of their own (``累计比上年同期增长
    (%)``, ``结构(%)``) given the one span the row's other cumulative column names (``1-3月
    累计``): a growth or share of the sum since January is of that sum's months, not of the
    document's default (its year, when no title names the month; round 19).

    >>> from citystat.textfacts.tables import Cell
    >>> row = [Cell(0, 1, "9", 9.0, "万元", "甲", "level", "甲", "累计", None, "cumulative", "2015-01/2015-03"),
    ...        Cell(2, 3, "2.0", 2.0, "%", "甲", "growth_yoy", "甲", "累计比上年同期增长", None, "cumulative")]
    >>> [c.period for c in _row_spans(row)]
    ['2015-01/2015-03', '2015-01/2015-03']
    """
    out = list(cells)
    at = 0
    while at < len(out):
        end = at + 1
        while end < len(out) and out[end].label == out[at].label:
            end += 1
        spans = {
            c.period
            for c in out[at:end]
            if c.period_kind == "cumulative" and c.period and "/" in c.period
        }
        if len(spans) == 1:
            span = spans.pop()
            for k in range(at, end):
                cell = out[k]
                if (
                    cell.period is None
                    and cell.year is None
                    and (
                        cell.period_kind == "cumulative"
                        or (
                            cell.measure == "share" and not cell.column.startswith(("本月", "当月"))
                        )
                    )
                ):
                    out[k] = replace(cell, period=span)
        at = end
    return out


def _cell_period(cell: Cell, default: str | None) -> str | None:
    """A column's year, or for a month's table its month (本月) or the months since
    January (1-本月) of the document's month."""
    if cell.year:
        return str(cell.year)
    period = cell.period or default
    month = re.fullmatch(r"(\d{4})-(\d{2})", default or "")
    if not cell.period and month and cell.period_kind in ("cumulative", "prior"):
        period = kind_period(cell.period_kind, period)  # 1-本月; 同期累计: last year's
    elif month and cell.period_kind is None and _form_flow(cell):
        period = kind_period("cumulative", period)  # 临时救助 | 万人次: since January
    if (
        period
        and "/" in period
        and (_AT_END.search(cell.label) or _firms_counted(cell))
        and PART_OF_YEAR.fullmatch(period)
    ):
        return period[-7:]  # 生猪季末存栏 in a 1-3季度 table: the state at the span's end
    return period


def _own_region(
    reading: str,
    region: str | None,
    region_code: str | None,
    extra: Mapping[str, Region] | None = None,
) -> tuple[str | None, str | None]:
    if region and extra and region.strip() in extra:
        known = extra[region.strip()]
        return known.name, region_code or known.code or None
    if region:
        name, code = resolve(region)
        return name, region_code or code
    if region_code:
        return resolve(region_code)
    return guess_own(reading)  # (全国 for 2019年中国水资源公报, 某某网北京…电 全年国内旅游…)


#: A run without a sentence end longer than this is cut at clause stops (see below).
_RUN_ON: Final = 400
_RUN_ON_CUT: Final = 300
_CUT_AT = re.compile(r"[,，;；]")
_SENTENCE_STOP = re.compile(r"[。!！?？]")


#: A line broken inside a sentence (``…农村快递业务\n257.48万 件 ,同比增长…``): a
#: line ending in a word, the next opening with a figure that its clause goes on after
#: (a comma or stop within a few characters; the cells of a table have none).
_BROKEN_LINE = re.compile(
    r"\n(?<=[\u4e00-\u9fa5]\n)(?=\d[\d.,]*[\u4e00-\u9fa5A-Za-z% ]{0,8}[,，;；。])"
)


def _join_broken_lines(text: str) -> str:
    r"""Lines broken inside a sentence joined by a space (offsets kept).

    >>> _join_broken_lines("全市快递业务\n257.48万件,同比增长8%。\n指标\n绝对数\n12.5\n")
    '全市快递业务 257.48万件,同比增长8%。\n指标\n绝对数\n12.5\n'
    """
    return _BROKEN_LINE.sub(" ", text)


def _break_run_ons(text: str) -> str:
    """Cut sentences of more than 400 characters at a clause stop every 300 characters.

    Real sentences stay far below that (the longest of the development texts has 367
    characters); text pasted without any sentence end (one long line of figures) would
    otherwise make every number's sentence the whole text, and reading it quadratic.
    The cut replaces a comma or semicolon by 。, so offsets stay as they are.
    """
    # the runs between two sentence ends (or an end of the text) longer than _RUN_ON, from
    # the ends' positions (a search for a run at every character cost more than the rest)
    runs: list[tuple[int, int]] = []
    start = 0
    for end in [*_stop_positions(text, _SENTENCE_END), len(text)]:
        if end - start > _RUN_ON:
            runs.append((start, end))
        start = end + 1
    if not runs:
        return text
    chars = list(text)
    for run_start, run_end in runs:
        position = run_start + _RUN_ON_CUT
        while position < run_end - 1:
            cut = _CUT_AT.search(text, position, run_end)
            if cut is None:
                break
            chars[cut.start()] = "。"
            position = cut.start() + _RUN_ON_CUT
    return "".join(chars)


#: A line longer than this is read as paragraphs cut at sentence ends (see below).
_LONG_LINE: Final = 3000
_LINE_CUT: Final = 2000


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines of ``text``; a line of more than 3000 characters is cut after a sentence
    end every 2000 characters (real paragraphs stay under 600: what a paragraph carries,
    its topic and its periods, then stays local and reading it linear)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        piece = start
        while end - piece > _LONG_LINE:
            cut = _SENTENCE_STOP.search(text, piece + _LINE_CUT, end)
            if cut is None:
                break
            spans.append((piece, cut.end()))
            piece = cut.end()
        spans.append((piece, end))
        start = end + 1
    return spans


#: An earlier census named in a sentence (``2010年第六次全国人口普查``).
_CENSUS_YEAR = re.compile(r"(?P<y>[12]\d{3})\s*年\s*第[一二三四五六七八九十]次全国人口普查")
#: A figure of an earlier census, named before it (``2010年第六次全国人口普查时的``).
_EARLIER_CENSUS = re.compile(
    r"(?P<y>[12]\d{3})\s*年\s*第[一二三四五六七八九十]次全国人口普查(?:时|数据)?的?\s*$"
)
#: ``由上月上涨0.4%转为下降0.3%``: the first rate is the month before's.
_FROM_LAST_MONTH = re.compile(r"由上月(?:的)?(?:上涨|下降|增长|上升|回落|下跌|持平)?$")


def _month_before(month: str) -> str:
    """``YYYY-MM`` of the month before.

    >>> _month_before("2025-02"), _month_before("2025-01")
    ('2025-01', '2024-12')
    """
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def _lead_part(text: str, year: int | None) -> str | None:
    """据甲统计局消息,上半年,全市…总体延续向好态势。⏎…实现地区生产总值…: a lead paragraph
    without figures names the part of the year the release's figures are of."""
    for event in find_events(text, year):
        if event.kind in ("part", "range", "first") and event.period:
            heads = text[event.end : event.end + 1] in (",", "，")  # (a clause's head)
            # 10月22日,甲市统计局发布前三季度甲市经济运行数据。: the release's part (round 28)
            released = _RELEASED_BEFORE.search(text, max(0, event.start - 4), event.start)
            if (heads or released) and PART_OF_YEAR.fullmatch(event.period):
                return event.period
            return None
    return None


#: A release's verb right before the part of the year its data are of.
_RELEASED_BEFORE = re.compile(r"(?:发布|公布)(?:了)?《?$")  # (发布《2023年1-6月…报告》)


#: How far into a text its lead paragraph starts (a title and a dateline before it).
_LEAD_REACH: Final = 300


def _since_january_to_month_end(text: str, events: list[PeriodEvent]) -> list[PeriodEvent]:
    """截至11月底,…,今年以来累计吸纳就业…: 今年以来 after a month's end in its sentence runs
    from January to that month, whatever month the text opened with."""
    out = list(events)
    for i, event in enumerate(out):
        if event.kind != "this" or not text.startswith("以来", event.end):
            continue
        end = next((out[j] for j in range(i - 1, -1, -1) if out[j].kind != "this"), None)
        if (
            end is not None
            and end.kind == "mend"
            and end.period
            and len(end.period) == 7
            and end.period[:4] == str(event.year)
            and "。" not in text[end.end : event.start]
        ):
            out[i] = replace(event, period=f"{end.period[:4]}-01/{end.period}")
    return out


def _paragraph_events(doc: _Doc, start: int, end: int) -> list[PeriodEvent]:
    """The period expressions of the paragraph at ``start``–``end``, read in the document
    (:func:`scope.since_new_year`): a year naming an event is none; ``截至目前`` in a report of
    results is the year to the month it is dated; a paragraph naming none that tells of the
    day's event, or a headline, takes the dateline's month or the period its text states.
    Sets the month of the day the text reports (``doc.today``) as it goes."""
    text = doc.text
    events = [
        since_new_year(
            misprinted_year(e, doc.year),
            text,
            doc.default_period,
            doc.to_date,
            doc.quarters_since_january,
        )
        for e in find_events(
            text[start:end],
            doc.figures_year or doc.year,
            this_year=doc.title_year,
            today=doc.today,
            offset=start,
            told_on=doc.told_on,
        )
    ]
    if any(e.kind == "year" for e in events):
        events = [e for e in events if e.kind != "year" or not _NAMES_EVENT.match(text, e.end)]
    if "以来" in text[start:end]:
        events = _since_january_to_month_end(text, events)
    if doc.published and "截至目前" in text[start:end]:
        events = _to_date_events(doc, events, text, start, end)
    elif (
        doc.told_on
        and doc.told_on.year == doc.year
        and doc.default_period == str(doc.year)
        and _NOW.search(text, start, end)
    ):  # (a text told the year after, or reporting part of a year, keeps that period)
        events = _now_events(doc.told_on, doc.text, events, start, end)
    if doc.census and events and "标准时点" in text[start:end]:
        events = _outside_census_sentence(text, events, start, end)
    if doc.this_month and "本月" in text[start:end]:
        # 本月全市完成交易项目114项 in a monthly report: the report's month (round 29)
        events = sorted(
            events
            + [
                PeriodEvent(m.end() - 2, m.end(), "本月", doc.this_month, doc.year, "month")
                for m in THIS_MONTH.finditer(text, start, end)
            ],
            key=lambda e: e.start,
        )
    if (
        not events
        and doc.today
        and (not doc.facts or _THIS_EVENT.search(text, start, end))
        and DAY_EVENT.search(text, start, end)
    ):
        # the headline of a day's event (…签约17个项目 总投资572亿元), or a paragraph on
        # it after (此次集中开工的项目…): the dateline's month
        month = f"{doc.today}/{doc.today}"
        events = [PeriodEvent(start, start, "", month, int(doc.today[:4]), "day")]
    elif not events and doc.facts and (day := _broken_down(doc, start, end)):
        # 此次…共签约项目52个。⏎在52个签约项目中,…: the parts of a day's total are
        # the day's, as the total is
        events = [PeriodEvent(start, start, "", day, int(day[:4]), "day")]
    elif not events and not doc.facts and _TITLE_LINE.fullmatch(text, start, end):
        lead = lead_period(text, end, doc.year, doc.title_year, doc.today)
        if lead is not None:  # a headline without a period: the period its text reports
            events = [replace(lead, start=start, end=start)]
    doc.today = next(
        (
            e.year_month if e.kind == "day" else e.period
            for e in reversed(events)
            if e.kind == "day" or (e.kind == "month" and e.text[-1:] in "日号周")
        ),
        doc.today,
    )
    return events


#: The month and dot of an event named by its date before the day (``3·28``, ``9.8``).
_DATE_NAME = re.compile(r"(?<![\d.])(?:1[0-2]|[1-9])[·•.．]$")
#: A paragraph that opens on a total given before (``在52个签约项目中,``).
_AMONG_TOTAL = re.compile(r"\s*(?:在|其中,?)?(?P<n>\d+)(?P<unit>[个家项户所])[^,，。;；]{1,20}?中")


def _broken_down(doc: _Doc, start: int, end: int) -> str | None:
    """The period of a day's event whose total the paragraph at ``start`` opens on and
    breaks down (``在52个签约项目中,…``; called where the paragraph names none)."""
    among = _AMONG_TOTAL.match(doc.text, start, end)
    if among is None:
        return None
    value = float(among["n"])
    for fact in reversed(doc.facts):
        period = fact.period or ""
        if fact.value == value and fact.unit == among["unit"]:
            return period if len(period) == 15 and period[:7] == period[8:] else None
    return None


def _outside_census_sentence(
    text: str, events: list[PeriodEvent], start: int, end: int
) -> list[PeriodEvent]:
    """``events`` without those of the sentence that states a survey's standard time
    (``2017年6月,甲市开展土地调查,以2018年12月31日为标准时点``): when the survey
    started and its time are no periods of the figures after, which are states at that time
    (convention 25)."""
    first, last = _bounds(text, text.find("标准时点", start, end), _SENTENCE_END, start, end)
    return [e for e in events if not first <= e.start < last]


def _scoped(
    events: list[PeriodEvent], doc: _Doc, paragraph: tuple[int, int], default: str | None
) -> list[PeriodEvent]:
    """The paragraph's periods with their reach (:func:`scope.reach`: the rules of
    :data:`scope.REACHES` say how long each kind of stated period lasts)."""
    # 一季度,…。\n3月全市城镇调查失业率为5.5%。\n…发布岗位…: the cumulative context may be
    # the paragraph before's (round 17)
    in_force = paragraph_opening(doc.passed, doc.lead_span, default)
    scope = Scope(
        doc.text,
        paragraph,
        default,
        doc.reported,
        sentence=lambda at: _doc_bounds(doc, at, _SENTENCE_END, *paragraph),
        clause=lambda at: _doc_bounds(doc, at, _CLAUSE_END, *paragraph),
        in_force=in_force,
        month_named=bool(doc.passed and len(doc.passed) == 7 and doc.passed == in_force),
    )
    return reach(events, scope)


def _accepted(tokens: list[Token], text: str) -> list[Token]:
    """Keep tokens with a unit; give enumerated bare numbers the unit of the list's last item.

    >>> t = "有15户企业营业收入超20亿元,5个项目合计投资超过30亿元"
    >>> [k.span for k in _accepted(find_tokens(t), t)]
    ['15户', '5个', '30亿元']
    """
    kept: list[Token] = []
    samples = (
        [m.span() for m in _SURVEY_SAMPLE.finditer(text)]
        if "调查" in text or "监测" in text
        else []
    )
    for i, token in enumerate(tokens):
        if samples and any(a <= token.start < b for a, b in samples):
            continue  # 对全国31个省16万户家庭的抽样调查: the survey's sample, no figure
        if text[token.start - 1 : token.start] in _CROSSED_ENDS and _GROUP_THRESHOLD.search(
            text, max(0, token.start - 40), token.start
        ):
            continue  # 有12户企业利润超10亿元: the line that defines the group counted
        if (
            text[token.end : token.end + 1] in _THRESHOLD_NEXT
            and _THRESHOLD_BEFORE.search(text, max(0, token.start - 3), token.start)
            and _COUNTED_AFTER.match(text, token.end)
        ):
            continue  # 增幅超30%的有48种: the line of the class whose members are counted
        if (
            token.unit in ("万人", "千人")
            and text[token.end : token.end + 1] == "口"
            and (base := measures.POPULATION_BASE.match(text, token.start))
            and base.end() == token.end + 1
        ):
            continue  # 10万人口火灾死亡率为…: the base of a rate per population, no figure
        if (
            token.unit == "项"
            and text[token.end : token.end + 1] == "目"
            and _DATE_NAME.search(text, max(0, token.start - 3), token.start)
        ):
            continue  # 3·28项目签约活动: an event named by its date (3月28日), no figure
        if token.unit == "米" and _NO_LENGTH_OF_RECORD.search(
            text, max(0, token.start - 3), token.start
        ):
            continue  # 海拔3000米, 高120米: a place's or a thing's size, no statistic
        if token.unit is not None or token.kind in ("ratio", "rank"):
            if token.unit == "个" and (points := _points_list(tokens, i, text)):
                token.unit = points  # 分别下降1.34个、0.31个百分点: the last item's unit
            kept.append(token)
            continue
        unit = _enumeration_unit(tokens, i, text)
        if unit is None and i + 1 < len(tokens) and text[token.start - 1 : token.start] in "于在从":
            unit = _range_unit(text, token, tokens[i + 1])
        if unit is None and text[token.end : token.end + 1] in _TALLY_MARKS:
            unit = _tally_unit(text, token)
        if unit is not None:
            token.unit = unit
            kept.append(token)
        elif _bare_is_fact(text, token, kept):
            kept.append(token)
    return kept


_LIST_GLUE: Final = frozenset({"、", "和", "及", "与"})
#: The sample of a survey (``对全省8个市4200户城乡居民家庭的抽样调查``): who was
#: asked, not a statistic of the region (round 24).
_SURVEY_SAMPLE = re.compile(r"对[^,，。;；:：]{2,40}?的(?:抽样)?(?:调查|监测)")
#: A group counted and what its members exceed (``有12户企业利润总额超10亿元``, ``共9个省的
#: 经费超过千亿元``, ``30个景区连续5天超过万人次``): the figure is the line that defines
#: the group (the count is the fact), whatever the field. Not a sum (``合计``, ``累计`` …),
#: nor a streak of time counted (``连续9个月突破250万吨``: 个月 is no group).
_GROUP_THRESHOLD = re.compile(
    # (not after 为/向/给/对: 为4034名劳动者追回经济损失超1亿元, those served and the total
    # done for them; round 30)
    r"(?<![\d.为向给对])\d+(?:\.\d+)?\s*(?:个|户|家|座|省|市|县|区|项|所|条|只|名|位)(?![月天年度点])"
    r"(?:(?!合计|累计|共计|总计)[^,，。;；:：、\d]){1,30}?(?:连续\d+(?:天|个月|年))?"
    r"(?:超过|超出|超|突破)了?\s*$"
)
#: The last characters of those verbs (a test before the search).
_CROSSED_ENDS: Final = frozenset("过出超破了 ")
#: A bound said before a class counted after it (``增幅超30%的有48种``, ``超过一万人次的景区有
#: 71个``): the bound defines the class, no figure of its own.
_THRESHOLD_BEFORE = re.compile(r"(?:超过|超出|超|高于|低于|不足|达到|在)\s*$")
_THRESHOLD_NEXT: Final = frozenset("的以")
_COUNTED_AFTER = re.compile(
    r"(?:以上|以下)?的[\u4e00-\u9fa5]{0,8}?有\s*(?:\d|[一二两三四五六七八九十])"
)
#: Words before a length in metres that measure a place or a thing, not work done or a
#: statistic (``海拔3000米``, ``高120米``, ``直径8米``, ``地下30米``; but a water table's
#: 埋深, its depth below ground, is a monitored statistic: session 23).
_NO_LENGTH_OF_RECORD = re.compile(
    r"(?:海拔|高度?|(?<!埋)深度?|宽度?|直径|半径|落差|跨度|地下|水下|身高)约?$"
)
#: The low end of a range before its high end with the unit (``介于335.5(甲)—788.8毫米``).
_RANGE_LOW = re.compile(r"(?:介于|在|从)$")
_RANGE_TO = re.compile(r"\s*(?:[(（][\u4e00-\u9fa5]{1,8}[)）])?\s*(?:[—–~～至到]|-{1,2})\s*")


def _range_unit(text: str, token: Token, high: Token) -> str | None:
    """The unit of a range's bare low end (``介于335.5—788.8毫米``: 毫米), or None."""
    if not _RANGE_LOW.search(text, max(0, token.start - 2), token.start):
        return None
    to = _RANGE_TO.match(text, token.end)
    if to is None or to.end() != high.start or high.kind != "number" or high.unit is None:
        return None
    return high.unit


#: ``7涨44平4降``: how many of the goods rose, held and fell (a tally of two or more).
_TALLY_MARKS: Final = frozenset("涨升平降跌")
_TALLY = re.compile(r"(?:\d+[涨升平降跌]){2,}")
#: The goods counted before a tally (``8大类55种…品价格``): the tally's unit.
_TALLY_COUNTED = re.compile(r"\d+(种|个|类|项|家)(?!.*\d+(?:种|个|类|项|家))")


def _tally_unit(text: str, token: Token) -> str | None:
    """The unit of a number in a tally (``与上周相比,7涨44平4降``): the goods counted
    earlier in the sentence (``55种``), else 种; ``None`` when it is no tally."""
    start = token.start
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in _TALLY_MARKS):
        start -= 1
    tally = _TALLY.match(text, start)
    if tally is None or tally.end() <= token.start:
        return None
    sentence = max(text.rfind(mark, max(0, start - 120), start) for mark in "。;；\n") + 1
    counted = _TALLY_COUNTED.search(text[sentence:start])
    return counted.group(1) if counted else "种"


#: The goods a tally counts (``肉禽蛋类8种商品价格与上周相比``): their kind and noun.
_TALLY_GOODS = re.compile(
    r"(?P<kind>(?:(?!的)[\u4e00-\u9fa5]){2,5}类)?\d+(?:种|个|项)"
    r"(?P<noun>[^\d,，。;；]{1,16}?)(?=价格|与|较|比|[,，])"
)
#: The change of a whole basket (``总体上涨幅度``, ``平均降幅``), said after a tally.
_AVERAGE_CHANGE = re.compile(
    r"(?:总体|平均|整体)(?:上涨|下降|上升|下跌)?(?:幅度|涨幅|降幅|跌幅|升幅)"
)
_TALLY_WORDS: Final = {"涨": "上涨", "升": "上升", "平": "持平", "降": "下降", "跌": "下跌"}


def _tally_subject(text: str, token: Token, s_start: int) -> str | None:
    """In a tally of prices (``肉禽蛋类8种商品价格与上周相比,6平2降,平均降幅0.78%``) each
    count is of the goods whose price rose, held or fell (价格持平的肉禽蛋类商品), and the
    basket's change is its kind's price (肉禽蛋类价格)."""
    mark = text[token.end : token.end + 1]
    if mark in _TALLY_WORDS and _tally_unit(text, token) is None:
        return None
    goods = next(reversed(list(_TALLY_GOODS.finditer(text, s_start, token.start))), None)
    if goods is None:  # (the last goods counted before it)
        return None
    kind, noun = goods["kind"] or "", goods["noun"]
    if mark in _TALLY_WORDS:
        return f"价格{_TALLY_WORDS[mark]}的{kind}{noun}"
    return (kind or noun) + "价格"


def _bare_is_fact(text: str, token: Token, kept: list[Token]) -> bool:
    """A number without unit is a fact after 性别比为 or as a change of the ratio before,
    or in brackets after a name in a sentence about an index (``甲区(4.25)、乙区(4.74)``)."""
    after = text[token.end : token.end + 6]
    if (
        text[token.start - 1 : token.start] in ("(", "（")
        and after[:1] in (")", "）")
        and "\u4e00" <= text[token.start - 2 : token.start - 1] <= "\u9fa5"
        and _INDEX_SENTENCE.search(text, max(0, token.start - 120), token.start)
    ):
        return True
    if _BARE_CONTEXT.search(text[max(0, token.start - 40) : token.start]) and re.match(
        rf"[,，。;；(（\s]|$|{_CHANGED_TO}", after
    ):
        return True
    if not kept:
        return False
    if kept[-1].unit is None and kept[-1].kind == "number":
        between = text[kept[-1].end : token.start]
        if re.fullmatch(_CHANGED_TO, between):
            return True
        ratio_before = text[max(0, kept[-1].start - 8) : kept[-1].start]
        return bool(_BARE_CONTEXT.search(ratio_before)) and _changes_ratio(
            text, kept[-1], token
        )  # 收入比为2.56,比上年缩小0.07
    return kept[-1].kind == "ratio" and _changes_ratio(text, kept[-1], token)


def _changes_ratio(text: str, ratio: Token, token: Token) -> bool:
    """``城乡居民收入比为2.38:1,比上年同期缩小0.05``: a bare change of the ratio before."""
    between = text[ratio.end : token.start]
    return (
        len(between) <= 12
        and not re.search(r"[。;；!！?？\n]", between)
        and bool(re.search(r"(?:缩小|扩大|提高|下降|增加|减少|上升|回落)$", between))
        and bool(re.match(r"[,，。;；\s]|$", text[token.end : token.end + 1]))
    )


_ENUMERATION_GLUE = re.compile(r"\s*[、和及与]\s*")


#: Between items of a list of changes each with its verb (``下降0.2个、提高0.8个百分点``).
_POINTS_GLUE = re.compile(r"[、和及与](?:下降|降低|回落|减少|提高|上升|增加|加快|扩大|缩小)")


def _points_list(tokens: list[Token], i: int, text: str) -> str | None:
    """The unit of a list of points the ``N个`` at ``i`` is an item of (``个百分点``,
    ``个基点``: ``0.6个、4.8个、6.2个百分点``, every item before the last, round 18), or None.

    >>> from citystat.textfacts.patterns import find_tokens
    >>> t = "分别拉动增长0.6个、4.8个、6.2个百分点"
    >>> _points_list(find_tokens(t), 0, t), _points_list(find_tokens("共3个、另有5个"), 0, "")
    ('个百分点', None)
    >>> t = "比重分别下降0.2个、提高0.8个百分点"
    >>> _points_list(find_tokens(t), 0, t)
    '个百分点'
    >>> t = "利率分别低18个和31个基点"
    >>> _points_list(find_tokens(t), 0, t)
    '个基点'
    """
    for j in range(i + 1, len(tokens)):
        glue = text[tokens[j - 1].end : tokens[j].start]
        if glue not in _LIST_GLUE and not _POINTS_GLUE.fullmatch(glue):
            return None
        if tokens[j].unit != "个":
            return tokens[j].unit if tokens[j].unit in ("个百分点", "个基点") else None
    return None


def _enumeration_unit(tokens: list[Token], i: int, text: str) -> str | None:
    # (an index, not ``tokens[i + 1 :]``: a copy of the rest for each bare number was quadratic)
    for j in range(i + 1, len(tokens)):
        later = tokens[j]
        if not _ENUMERATION_GLUE.fullmatch(text, tokens[j - 1].end, later.start):
            return None
        if later.unit is not None and later.kind == "number":
            return later.unit
    return None


def _stop_positions(text: str, stops: str) -> list[int]:
    """Where any of the characters ``stops`` stands in ``text``, in order.

    One ``str.find`` run for each character and a sort: the same positions as a search
    for the class of them, match by match, at a tenth of its cost in number-dense text.

    >>> _stop_positions("甲,乙。丙,丁。", _SENTENCE_END), _stop_positions("甲,乙。丙", ",。")
    ([3, 7], [1, 3])
    """
    found: list[int] = []
    for stop in stops:
        at = text.find(stop)
        while at >= 0:
            found.append(at)
            at = text.find(stop, at + 1)
    found.sort()
    return found


def _bounds(text: str, position: int, stops: str, low: int, high: int) -> tuple[int, int]:
    """The span around ``position`` between two of ``stops`` (within ``low``–``high``).

    >>> _bounds("甲,乙丙。丁", 3, _CLAUSE_END, 0, 6)
    (2, 4)
    """
    start = scanning.last_before(_STOPS[stops], text, low, position) + 1 or low
    end = _STOPS[stops].search(text, position, high) if position < high else None
    return start, end.start() if end else max(high, position)


def _doc_bounds(doc: _Doc, position: int, stops: str, low: int, high: int) -> tuple[int, int]:
    """:func:`_bounds` in the document's text, from an index of its stops built once
    (two binary searches instead of a scan for each stop character)."""
    index = doc.stop_index.get(stops)
    if index is None:  # (between two ends that no position passes: no test of i's range)
        index = [-_PAST_ANY, *_stop_positions(doc.text, stops), _PAST_ANY]
        doc.stop_index[stops] = index
    i = bisect_left(index, position)
    start = index[i - 1] + 1
    if start < low:
        start = low
    end = index[i]
    if end < high:
        return start, end
    return start, high if high > position else position


#: Past any position of any text, either way (the ends of the index of stops, see above).
_PAST_ANY: Final = 1 << 62


#: The longest first line read as a title: a text without line breaks has no title, and a
#: year in its body (``比近年来最好的2004年高…``) is no year of its 今年 (round 23).
_TITLE_LIMIT: Final = 100


#: A title about last year (``去年西安粮食稳产丰收``): a line of its own, no sentence.
_LAST_YEAR_TITLE = re.compile(r"\s*(?:[>＞]\s*[^\n]{0,12}\n\s*)?去年[^\n。]{2,40}\n")


#: A text's first words naming a whole year as the head of what follows (``2015年,我省…``,
#: ``2022年1-12月我国…``, ``2022年全年,``).
_YEAR_OPENING = re.compile(r"\s*(?P<year>20\d\d)年(?:[,，]|1\s*[-—–]\s*12月|全年)")


def _opens_with_year(reading: str, year: int) -> bool:
    r"""The text has no title and opens with ``year`` as its figures' (``2015年,我省建材
    产品出口…``), or the first year its lead names is ``year`` (``记者获悉,2022年全省农产品
    加工业营收…``) and it never names the year after; and it never says 今年: told after that
    year, its figures naming no year are of it (round 31).

    >>> _opens_with_year("2015年,我省出口31039万美元。\n石材出口38.32万吨。", 2015)
    True
    >>> _opens_with_year("记者获悉,2022年全省营收2万亿元。\n农民收入1.9万元。", 2022)
    True
    >>> _opens_with_year("2019年,全县产值8亿元。今年上半年,产值5亿元。", 2019)
    False
    >>> _opens_with_year("国庆期间,车流量较2020年上升7%。", 2020)  # (a base, no year of figures)
    False
    """
    if "今年" in reading or "本年" in reading or f"{year + 1}年" in reading:
        return False
    found = _YEAR_OPENING.match(reading)
    if found is not None:
        return int(found["year"]) == year
    if str(year + 1) in reading[:_LEAD_REACH]:
        return False  # (2007江苏省印刷行业协会年会…: the text's own year named in its lead)
    first = next((e for e in find_events(reading[:_LEAD_REACH], year + 1) if e.period), None)
    return (
        first is not None
        and first.kind == "year"
        and first.year == year
        and first.text[:1].isdigit()
        # (a head of what follows: 2022年,…, 2022年全省…; not 2022年修订的标准, 2022年开工的
        # 地铁, nor 2022年同期4件, a base)
        and _YEAR_OF_AN_EVENT.match(reading, first.end) is None
    )


#: The marks of a sentence, not of a title (``记者获悉,按照…``).
_TITLE_PUNCTUATION = re.compile(r"[,，。;；]")
#: What follows a year that dates an event or a base, not the figures after it (``2022年修订
#: 的标准``, ``2022年开工的地铁``, ``2022年同期4件``).
_YEAR_OF_AN_EVENT = re.compile(
    r"同期|[^,，。;；\d]{0,4}?(?:修订|修改|开工|建成|出台|发布|印发|实施|启动|成立|开通|设立)的?"
)


def _title_year(reading: str) -> int | None:
    r"""The year a text's title names (what its 今年 means), when its first line is a title.

    A first line with a full stop is a sentence, not a title (a pasted text that opens with
    ``2019年,全县…。今年上半年,…`` compares with 2019 in the year of the text).

    >>> _title_year("甲县2005年玉米生产情况\n今年…"), _title_year("今年产量增加," * 20 + "比2004年高")
    (2005, None)
    >>> _title_year("2019年,全县产值8亿元。今年上半年,…")
    """
    first = reading.lstrip().split("\n", 1)[0]
    return infer_year(first) if len(first) <= _TITLE_LIMIT and "。" not in first else None


def _read_paragraph(
    doc: _Doc, tokens: list[Token], events: list[PeriodEvent], paragraph: tuple[int, int]
) -> None:
    text = doc.text
    p_start, p_end = paragraph
    paragraph_facts: list[Fact] = []
    fact_starts: list[int] = []  # their char_start, in order (for the sentence's facts)
    previous_end = p_start
    enumerations = _enumerations(doc, tokens)
    # 分产品看,…产品产量…: the figures after it are outputs of products
    output_frame = _products_frame(text, p_start, p_end)
    # 与2021年相比,…增加…。…减少…: the paragraph's changes are all against that base
    compared = (
        measures.opening_comparison(text[p_start : p_start + 24])
        if text.find("相比", p_start, p_start + 24) >= 0
        or text.find("比较", p_start, p_start + 24) >= 0
        else ""
    )
    if not compared:  # 从环比看:11月份,…。其中,蛋类价格上涨0.9%: the paragraph's, all through
        compared_opening = _COMPARED_OPENING.match(text, p_start, p_end)
        compared = (
            compared_opening["compared"] if compared_opening else doc.compared
        )  # (or the line above's)
    for at, (named, where) in region_lists(
        text,
        [(t.start, t.end) for t in tokens],
        doc.item_region,
        doc.region,
    ).items():  # 按规模排序,甲县10.6亿元,乙县…: each item its region
        enumerations[at] = (named, where, None)
    topic = _topic(text[p_start:p_end])
    # 工业生产者购进价格中,九大类原材料…。其中,燃料动力类上涨31.7%: the paragraph's kinds
    # are parts of a price index, each named 价格 as written (convention 35: no 购进 added)
    # (also 八大类商品价格…。其中,食品烟酒类同比上涨1.4%,衣着…: the categories of a price index)
    price_parts = (
        text.find("价格中", p_start, min(p_end, p_start + 24)) >= 0
        or _PRICE_CATEGORIES_NAMED.search(text, p_start, p_end) is not None
    )
    heading = _ITEM_HEADING.match(text, p_start, p_end)
    kind_of_item = heading["item"] if heading else None
    opening = _opening_region(doc, paragraph) or _continued_region(doc, p_start)
    by_region = text.startswith(_BY_REGION, p_start)  # 分区域看,…: a paragraph by region
    headings = _region_headings(doc, paragraph)
    s_start = s_end = c_start = c_end = -1
    for token in tokens:
        # the bounds of the figure before hold while no stop comes between (tokens in order)
        if not s_start <= token.start < s_end:
            s_start, s_end = _doc_bounds(doc, token.start, _SENTENCE_END, p_start, p_end)
            c_end = -1
        if not c_start <= token.start < c_end:
            c_start, c_end = _doc_bounds(doc, token.start, _CLAUSE_END, s_start, s_end)
        prefix = text[max(c_start, previous_end) : token.start]
        if doc.zoned:  # 其中,开发区完成投资: the zone is the region, not the subject (conv. 23)
            prefix = _zone_dropped(doc, text, max(c_start, previous_end), token.start) or prefix
        if doc.short_named:  # 巴南圣灯山接待: the district is the region, not the subject
            prefix = _short_dropped(doc, text, max(c_start, previous_end), token.start) or prefix
        words = clean(prefix)  # (the words before the figure cleaned, asked by several rules)
        clause_before = text[c_start : token.start]
        after = text[token.end : token.end + 16]
        previous_start = previous_end
        previous_end = token.end + (2 if after.startswith(("以上", "左右")) else 0)
        sentence_facts = paragraph_facts[bisect_left(fact_starts, s_start) :]
        listed = enumerations.get(token.start)
        if (
            sentence_facts
            and not (listed and listed[2])  # 甲…,乙…,扣除价格因素,分别增长: theirs
            and text.find("除", previous_start, token.start) >= 0  # (a quick test first)
            and _DEDUCTED.search(text, previous_start, token.start)
        ):
            # …其中甲…,扣除甲因素后…: the figures after it are the whole's (the first of the
            # sentence, or of its part after the last ;)
            part = max(
                text.rfind(";", s_start, token.start), text.rfind("；", s_start, token.start)
            )
            sentence_facts = [f for f in sentence_facts if f.char_start > part][
                :1
            ] or sentence_facts
        info = unit_info(token.unit)  # (read once for the rules of this figure)
        bracketed = _in_brackets(text, token)
        fact = _fact(
            doc,
            token,
            prefix,
            clause_before,
            after,
            (s_start, s_end),
            events,
            c_end,
            compared,
            info=info,
        )
        if (
            fact.measure == "count"
            and output_frame >= 0
            and token.start > output_frame
            and token.unit
            and token.unit[-1] in _PRODUCT_UNITS
            and _PRODUCT_ITEM.fullmatch(prefix)
        ):  # 分产品看,…汽车1310.3万辆: an output counted in pieces, a level
            fact.measure = "level"
        item = enumerations.get(token.start)
        subject = item[0] if item and item[0] else None
        if (
            subject
            and any(ch.isdigit() for ch in subject)
            and any(subject.endswith(f.text_span) for f in paragraph_facts)
        ):
            subject = None  # 甲区(不含某点位)251天,乙区247天: a figure before is no name
        region = item[1] if item and item[1] else None
        if item and item[2]:
            index, size = item[2]
            wide, size = size < 0, abs(size)
            own_place = False
            growths = (  # (not gaps against a list of bases: 分别高于全国、全区a、b个百分点)
                [f for f in sentence_facts if f.measure == "growth_yoy"]
                if fact.measure == "pp_change"
                and _GROWTH_CHANGED.search(text, s_start, token.start)
                else []
            )
            if token.kind == "rank":  # 位居全市第一、第二位: the figures ranked before
                earlier = [f for f in sentence_facts if f.measure not in ("count", "rank")]
            elif len(growths) >= size:
                # 甲、乙同比分别增长a和b,比一季度分别加快c和d个百分点: each growth's change
                earlier = growths
            elif (
                fact.measure == "growth_yoy"
                and len(before_group := sentence_facts[: len(sentence_facts) - index]) >= size
                and all(f.measure == "abs_change" and f.subject for f in before_group[-size:])
            ):  # 事故起数减少a起,死亡人数减少b人,分别下降c%、d%: each change's rate
                earlier = before_group
            else:  # (not figures that refer back themselves: 甲a,乙b,分别增加c、d,分别增长…)
                earlier = [
                    f
                    for f in sentence_facts
                    if f.measure == "level" and not _refers_back_at(enumerations, f.char_start)
                ]
                if len(earlier) < size:  # amounts first, counts only when too few
                    earlier = [f for f in sentence_facts if f.measure in ("level", "count")]
                own_place = wide and not earlier
                if own_place and paragraph_facts:  # 三项指标均好于全省(a、b、c): the
                    # sentence before's amounts name them; the place is this sentence's own
                    earlier = [f for f in paragraph_facts if f.measure == "level"]
            if subject and "等" in subject:  # 甲险等业务: named with the indicator before
                before_list = sentence_facts[: len(sentence_facts) - index]
                subject = _kind_of(subject, before_list[-1].subject if before_list else None)
            elif len(earlier) >= size:
                referred = earlier[len(earlier) - size + index]
                subject = subject or referred.subject
                region = region if own_place else region or referred.region
        twin = _twin(text, token, fact, paragraph_facts) if bracketed else None
        if twin is not None:  # 增加4.5千公顷(6.8万亩): the same change in another unit
            subject = subject or twin.subject
            fact.measure, fact.basis = twin.measure, twin.basis
            if isinstance(fact.value, float) and isinstance(twin.value, float):
                fact.value = -abs(fact.value) if twin.value < 0 else abs(fact.value)
                fact.value_base, fact.base_unit = _base(token, fact.value, fact.measure, info)
        if subject is None and sentence_facts and _range_dash(prefix):
            subject = sentence_facts[-1].subject  # 增长5%-6%: the range's other end
        counted = (  # (the unit's kind tested here first: most figures count nothing)
            token.kind == "number" and info is not None and info.kind == "count"
        ) and _counted_noun(info, after)
        continued = bool(sentence_facts) and prefix.lstrip().startswith(("、", "和", "及"))
        if (
            info is not None
            and info.base == "person"
            and token.kind == "number"
            and after[:1] not in _NOT_PERSONS_NOUN
        ):
            # (after 和/、 the words before are the item before's: 检查和300名…; after
            # a figure before in the clause, 33个行政村13.3万常住人口, the words its own)
            glued = prefix.rstrip()[-1:] in _LIST_GLUE or previous_start > c_start
            verb = "" if glued else words
            if verb in _LIGHT_VERBS:
                verb = ""
            persons = None if verb else _persons_after(after)  # (convention 17's rule)
            if (verb and fact.measure == "target") or (not verb and persons is None):
                # 完成8万名农村妇女健康检查和300名困难妇女、600名留守儿童救助, 培养80名乡村
                # 医生 (a plan's): the persons named after the number, not the words before
                subject = _persons_named(verb, text[token.end : s_end]) or subject
            elif glued:  # 33个行政村13.3万常住人口饮水问题: 常住人口饮水问题
                subject = persons
        # (the tests below run only while no subject is found: it was None here then)
        unnamed = subject is None and not words
        if (
            fact.measure in ("level", "growth_yoy")
            and (by_region or text.startswith(_BY_REGION, s_start))
            and doc.facts
            and (unnamed or (fact.measure == "growth_yoy" and (subject or "") in _BARE_RATES))
        ):  # (the literal test first: most paragraphs are no breakdown by region)  # 分区域看,甲区增长3.0%; 增幅居前三的市州为甲、乙、丙,分别增长…
            # (a paragraph opened by the breakdown, naming no indicator: the paragraph's before)
            of_whole = _whole_broken_down(text, doc.facts if topic is None else paragraph_facts)
            subject = of_whole or subject
        if unnamed and subject is None and not counted and not continued:
            subject = _row_label(text, c_start, s_start) or _linked_clause(
                text, clause_before, c_start, s_start, previous_start
            )
        if subject is None and token.kind == "rank" and sentence_facts and c_start > s_start:
            ranked = sentence_facts[-1]
            if ranked.measure == "growth_yoy" and ranked.subject:
                subject = _ranked_rate(
                    text, clause_before, c_start, s_start, ranked.subject, ranked.char_end
                )
        if subject is None and c_start > s_start and unnamed:
            read_to = sentence_facts[-1].char_end if sentence_facts else -1
            subject = _unread_clause(doc, s_start, c_start, read_to)
        if subject is None and not sentence_facts and c_start > s_start and unnamed:
            subject = _rate_goes_clause(doc, s_start, c_start)  # 乙增速加快,同比增长7.4%: 乙's
        named = measures.rate_named_after(after) if fact.measure == "growth_yoy" else None
        if subject is None and named:
            subject = named  # 远高于同期全国4.9%的整体出口增幅: 出口
        if subject is None and (
            unnamed
            if ")" not in prefix and "）" not in prefix  # (then the words after one are all)
            else not clean(prefix.split(")")[-1].split("）")[-1])
        ):
            subject = _before_bracket(doc, clause_before, s_start, c_start)
        if subject is None and bracketed:
            after_value = bool(sentence_facts) and text[
                sentence_facts[-1].char_end : sentence_facts[-1].char_end + 1
            ] in (")", "）")  # (the figure before was a bracketed value too: a list of them)
            bracket_owner = _bracket_owner(doc, prefix, after_value)
            subject = (
                bracket_owner
                or next(  # 收入最低的榆社县(7426元): the indicator of the figure before
                    (f.subject for f in reversed(sentence_facts) if f.measure != "count"), None
                )
            )
        if (
            subject is None
            and unnamed
            and sentence_facts
            and prefix.strip()
            and fact.measure in ("abs_change", "growth_yoy")
        ):  # (a change said of the whole: 比上年增加…, not the next item of a list)
            subject = _outside_parts(text, c_start, fact, sentence_facts)
        if (
            subject is None
            and fact.measure == "growth_yoy"
            and words in _BARE_RATES
            and not sentence_facts
            and c_start > s_start
        ):  # 甲类连续16个月同比下降,本月降幅为4.9%: the rate of what the clause before says
            # changed (ahead of the paragraph's last figure, another item's)
            subject = _changed_clause(doc, s_start, c_start)
        fact.subject = _subject(
            fact,
            token,
            prefix,
            after,
            subject,
            sentence_facts,
            paragraph_facts,
            topic,
            info=info,
            lead=text[s_start : token.start],
        )
        fact.subject = _in_context(
            text, token, fact, prefix, (s_start, c_start), sentence_facts, paragraph_facts
        )
        shared = (
            sentence_facts[-1].subject
            if sentence_facts and sentence_facts[-1].measure == "share"
            else None
        )
        if (
            shared
            and fact.subject
            and fact.subject.startswith(shared)
            and (fact.measure == "growth_yoy" or fact.basis == "contribution")
            and (part_of_it := part_of_share(shared))
            and part_of_it != shared
        ):  # 甲增加值占比62.3%,同比增长4.1%,拉动…: 甲增加值's growth and pull, not its share's
            fact.subject = part_of_it + fact.subject[len(shared) :]
        if (
            fact.measure == "pp_change"
            and fact.subject
            and not _RATE_WORDS.search(fact.subject)
            and _GROWTH_CHANGED.search(text, c_start, token.start)
            and any(f.measure == "growth_yoy" and f.subject == fact.subject for f in sentence_facts)
        ):  # …同比分别增长a、b,比一季度分别加快c、d个百分点: the growth rates' changes
            fact.subject += "增速"
        if (
            price_parts
            and fact.subject
            and (fact.subject.endswith("类") or _PRICE_CATEGORY.fullmatch(fact.subject))
        ):
            fact.subject += "价格"  # (…价格中,…燃料动力类上涨31.7%: 燃料动力类价格)
        elif (
            0 <= output_frame < token.start
            and fact.subject
            and (
                fact.measure == "growth_yoy"
                or (
                    fact.measure == "level"
                    and fact.base_unit not in (None, "yuan", "USD", "percent")
                )
            )
            and head_of(fact.subject) is None
            and not fact.subject.endswith(_NO_PRODUCT_ENDS)
        ):  # 主要工业产品…:锂电池增长18.2%, 化工产品中,烧碱增长6.5%: the output's
            fact.subject = _PRODUCED_BY.sub("", fact.subject) + "产量"
        if not sentence_facts and c_start > s_start and (own := words) in HEADS:
            # 新能源产业增长势头迅猛,当月完成产值33.8亿元: the sector the clause before names
            sector = _sector_clause(doc, s_start, c_start)
            fact.subject = sector + own if sector else fact.subject
        if (
            not fact.comparable_price
            and 0 <= doc.comparable_from <= token.start
            and fact.measure in ("growth_yoy", "pp_change")
            and fact.subject
            and _VALUE_AMOUNT.search(fact.subject)
        ):  # 按可比价计算(下同)…分门类看,采矿业增长10.1%: value added, named by its subject
            fact.comparable_price = True
        if (
            fact.measure == "pp_change"
            and fact.subject
            and fact.subject.endswith(_MOVES)
            and sentence_facts
            and sentence_facts[-1].measure == "growth_yoy"
        ):  # 环比下降0.6%,降幅比全国低0.3个百分点: the month-on-month rate's
            fact.subject = _month_on_month(
                text, s_start, sentence_facts[-1].char_start, fact.subject
            )
        if (
            fact.measure == "share"
            and not sentence_facts
            and c_start > s_start
            and fact.subject
            and fact.subject[0] == "占"
        ):  # 其中甲产业是主要支撑,占乙的比重为73.7%: 甲产业占乙的比重
            said_part = _part_said_before(text, s_start, c_start, fact.subject)
            fact.subject = said_part + fact.subject if said_part else fact.subject
        if (
            fact.measure == "pp_change"
            and fact.subject
            and fact.subject.endswith("增速")
            and sentence_facts
            and sentence_facts[-1].measure == "growth_yoy"
            and text.endswith(_REAL_GROWTH, 0, sentence_facts[-1].char_start)
        ):  # 同比实际增长10.3%,增速比上年同期回落1.2个百分点: the real growth rate's change
            fact.subject = fact.subject[:-2].removesuffix("实际") + "实际增速"
            # (扣除价格因素,实际增长…,增速回落…: the real rate's change is at comparable
            # prices when the rate is)
            fact.comparable_price = fact.comparable_price or sentence_facts[-1].comparable_price
        if token.unit in ("天", "日") and fact.subject and fact.subject.endswith("连续"):
            # 甲景区连续3天接待游客达到最大接待能力: the days it did so
            state = _STATE.search(text, token.end, min(s_end, token.end + 24))
            if state:
                fact.subject = fact.subject[:-2] + state["state"] + "天数"
        if (
            fact.measure == "share"
            and not _NAMES_SHARE.search(fact.subject or "")
            and (doers := share_of_doers(text[token.end : token.end + 24]))
        ):  # 从调查看,60%的企业反映订单增加: the share of those that did it (round 21)
            fact.subject = doers
        subset = (  # 在12个乡镇中,9个乡镇提前完成任务: the part named by its predicate
            _subset(text, s_start, c_end, token, sentence_facts)
            if fact.measure == "count" and token.unit and text.find("中", s_start, token.start) >= 0
            else None
        )
        if fact.measure == "count" and fact.subject and _GREW.search(text, token.end, s_end):
            fact.subject = _counted_that(text, token.end, fact.subject, sentence_facts, subset)
        elif subset:
            fact.subject = subset
        elif fact.measure == "count" and fact.subject and "了" in fact.subject:
            fact.subject = _counted_doers(text, token.end, fact.subject)
        elif "均" in prefix and len(sentence_facts) >= 2:  # 甲产销分别…,同比均增长: 甲产销量
            both = _both_of_pair(sentence_facts[-2].subject, sentence_facts[-1].subject)
            fact.subject = both or fact.subject
        elif (
            fact.measure != "count"
            and fact.subject
            and fact.subject.endswith(_PLACES_COUNTED)
            and text.find("中", s_start, token.start) >= 0
        ):  # 甲中,7个地市实现正增长,其中:乙市增长30%: 甲
            fact.subject = _place_in_scope(text[s_start : token.start], fact.subject)
        if not fact.subject and bracketed:
            fact.subject = _subject_after_list(text, token.end, s_end)
        if not fact.subject and c_start > s_start:  # 价格同比持平,环比上涨0.2%
            fact.subject = _first_clause(doc, s_start, c_start)
        if (
            fact.subject
            and fact.subject[-1] in _BARE_VERB_LAST  # (the literal test first: few match)
            and _BARE_VERB.fullmatch(fact.subject)
        ):
            named = _segment_topic(text, s_start, token.start)
            if named:  # 甲景区连续…,前4天累计接待13.91万人: 甲景区接待
                fact.subject = named + fact.subject
        if (
            kind_of_item
            and fact.subject
            and "项目" not in fact.subject
            and fact.subject[0] in _VERB_ONLY_FIRST  # (the literal test first: few match)
            and _VERB_ONLY.match(fact.subject)
        ):
            fact.subject = (
                kind_of_item + fact.subject
            )  # 1、新建项目。…开工建设160个 → 新建项目开工建设
        if fact.subject and fact.subject.endswith(_FIGURATIVE) and paragraph_facts:
            named = next((f.subject for f in reversed(paragraph_facts) if f.subject), "")
            if named:  # 目标是甲增长7%。…交上的答卷为15373亿元: 甲's
                fact.subject = _RATE_WORDS.sub("", named) or named
        if fact.subject and "者" in fact.subject and (these := _THESE.match(fact.subject)):
            named = _these_items(paragraph_facts, _THESE_COUNT.get(these["n"], 0))
            if named:  # 对甲…;对乙…;对丙…。上述3者合计占…: 对甲、乙、丙…合计占…
                fact.subject = named + fact.subject[these.end() :]
        if fact.subject and fact.subject.startswith("项目") and paragraph_facts:
            fact.subject = _named_project_kind(paragraph_facts) + fact.subject  # 重点项目…,项目…
        if (
            sentence_facts
            and sentence_facts[-1].measure == "count"
            and fact.subject
            and fact.subject.startswith(_RESTATED_KINDS_OPEN)
        ):  # 全省甲业、乙业和丙业3个行业贷款余额…: the three sectors' 贷款余额
            count_fact = sentence_facts[-1]
            words = clean(text[max(s_start, c_start) : count_fact.char_start])
            value = count_fact.value if isinstance(count_fact.value, float) else None
            fact.subject = list_restated(words, value, fact.subject) or fact.subject
        if fact.subject and fact.subject[:1] == "该":  # 据甲客运段统计,该段…: 甲客运段
            fact.subject = that_one(fact.subject, text[max(0, s_start - 200) : c_start])
        topic_name = _opening_topic(doc, s_start, c_start, fact.subject)
        if topic_name is None and c_start > s_start and fact.subject and len(fact.subject) > 5:
            # 甲税完成收入…;乙税稳步增长,完成收入…: the bare amount is the
            # opening clause's, not the figure before's its own words were filled from
            topic_name = _opening_topic(doc, s_start, c_start, clean(clause_before))
        if topic_name:  # 对甲地区进出口继续保持增长势头,进出口额…: 对甲地区进出口
            fact.subject = topic_name
        elif (
            c_start > s_start
            and text[c_start - 1] in ",，"
            and (
                text[c_start - 3 : c_start - 1] in _SAID_ENDS
                or text.find("次为", c_start - 12, c_start) >= 0
                or text.find("次是", c_start - 12, c_start) >= 0
            )
        ):  # 甲占比最高,总面积…;其次为乙,总面积…: the item the clause before names
            said = _said_before(
                doc, token, fact, clause_before, sentence_facts, (s_start, c_start, s_end)
            )
            fact.subject = said or fact.subject
        if (
            fact.subject
            and "项目" not in fact.subject
            and fact.subject[0] in _VERB_ONLY_FIRST  # (the literal test first: few match)
            and not fact.subject.endswith("率")
            and _VERB_ONLY.match(fact.subject)
        ):
            kind = _project_kind(sentence_facts)
            if kind:  # 重点项目38个,…,累计完成投资45.2亿元: 重点项目完成投资
                fact.subject = kind + fact.subject
        if fact.subject and ("完成" in fact.subject or "实现" in fact.subject):
            # (after the projects' kind: 施工项目…完成投资 is theirs, not the document's)
            fact.subject = _named_amount(doc, fact.subject, text[s_start : token.start])
        owner = _institutions(text, token, fact, sentence_facts, s_start)
        if owner:  # 共有甲卫生院3.4万个,床位150万张: 甲卫生院床位
            fact.subject = owner + (fact.subject or "")
        if region is None:
            position = token.start
            reference = _MULTIPLE_REFERENCE.search(clause_before) if token.unit == "倍" else None
            if fact.measure == "ratio" and token.unit == "倍" and reference:
                position = c_start + reference.start()  # the region after 是…的 is the base
            scope = (
                next((r for at, r in reversed(headings) if at <= token.start), None)
                if headings
                else None
            )
            own_clause = c_start if position == token.start else None
            region = _region(doc, text, s_start, position, opening, scope, own_clause)
            if (
                token.kind == "rank"
                and region != doc.region
                and _RANKED_IN.search(text, s_start, token.start)
            ):  # 全国排名由第20位前移至第17位: the scope ranked in, not the place ranked
                region = sentence_facts[-1].region if sentence_facts else doc.region
            if fact.measure == "share" and "在全" in clause_before:
                placed = _PLACE_IN_WHOLE.search(clause_before)
                where = doc.item_region(placed["place"]) if placed else None
                if placed and where:  # 甲市在全省GDP占比14.1%: 甲市's GDP, of the province's
                    region = where
                    fact.subject = f"{placed['what']}占全{placed['whole']}的比重"
            if token.kind == "rank" and text[token.end : token.end + 1] in ("为", "是"):
                region, fact.subject = _rank_named_after(
                    doc, text, token.start, token.end + 1, fact.subject
                )
                region = region or _region(doc, text, s_start, position, opening, scope, own_clause)
            ahead = text[token.end : token.end + 1]  # (the character after the figure)
            lead = token.start - (text[token.start - 1 : token.start] in _BRACKET_QUALIFIERS)
            whole = (  # (it ends with a bracket: looked for only right after one)
                _BRACKETED_WHOLE.search(text, max(s_start, lead - 16), lead)
                if text[lead - 1 : lead] in ("(", "（")  # (约1.45万元): a qualifier between
                else None
            )
            if whole and ahead in (")", "）"):  # 比全省平均增幅(15.97%)高
                region = collective(whole.group(1), doc.region) or region
            elif ahead in (")", "）") and text[token.start - 1 : token.start] in ("为", "是", "达"):
                # 占全国(销售额为418.1亿元)…的比重: the whole's figure, named in brackets
                whole = _WHOLE_NAMED_IN_BRACKETS.search(
                    text, max(s_start, token.start - 20), token.start
                )
                if whole:
                    region = collective(whole.group(1), doc.region) or region
            opened = (  # (全市9.7%): the whole the bracket opens with (round 18)
                _WHOLE_IN_BRACKET.search(text, max(s_start, token.start - 8), token.start)
                if text[token.start - 1 : token.start] in _WHOLE_LAST
                and text.find("全", max(s_start, token.start - 8), token.start) >= 0
                else None
            )
            if opened:  # 增长6.8%(全市9.7%), in a county's report: the city's growth
                region = collective(opened.group(1), doc.region) or region
            own_whole = _WHOLE_BEFORE.search(clause_before) if named is not None else None
            if own_whole:  # 高于同期全国2.4%的增幅: 全国's rate
                region = collective(own_whole.group(1), doc.region) or region
            if ahead in ("(", "（"):
                region = _bracketed_place(doc, token.end) or region
        if fact.subject and "拉动全国" in fact.subject:
            fact.subject, region = _pull_on_nation(fact.subject, region)
        fact.region = region
        if doc.zoned and fact.subject and "拉动" in fact.subject:
            zone = _zone_pulling(doc, text, s_start, token.start)
            if zone:  # 开发区…拉动全市投资增长: the city's figure, the zone its contributor
                fact.subject = zone + fact.subject[fact.subject.index("拉动") :]
        if (
            fact.measure == "share"
            and fact.subject
            and fact.subject.endswith("占比")
            and "其中" in clause_before
        ):  # …增量4719亿元,其中甲与乙合计占比超过九成: 甲与乙占增量的比重
            together = _TOGETHER.sub("", fact.subject[:-2])
            total = next(
                (
                    f.subject
                    for f in reversed(sentence_facts)
                    if f.measure in ("level", "abs_change", "count") and f.subject
                ),
                None,
            )
            if (
                total
                and len(together) >= 2
                and clause_before.find(together) > clause_before.find("其中")
            ):
                fact.subject = f"{together}占{total}的比重"
        if fact.measure == "share" and fact.subject:
            earlier = paragraph_facts[: bisect_left(fact_starts, s_start)]
            if earlier and _BREAKDOWN_OPEN.match(text, s_start):
                before = earlier[-1].subject
            else:  # 全市农作物总播种面积116.4万亩,粮食作物占84.7%: of the amount before
                # (the last amount or count in the sentence that is not the part's own)
                share_part = (fact.subject or "").split("占")[0]
                before = next(
                    (
                        f.subject
                        for f in reversed(sentence_facts)
                        if f.measure in ("level", "count")
                        and f.subject
                        and share_part not in f.subject
                        and f.subject not in share_part
                    ),
                    None,
                )
                own_head = head_of(share_part) if before is None and "占" in fact.subject else None
                if own_head:  # 进出口总额…。对甲地区进出口180亿元,占34.6%: of the total
                    before = next(
                        (
                            f.subject
                            for f in reversed(earlier)
                            if f.measure == "level"
                            and f.subject
                            and own_head in f.subject
                            and head_of(f.subject) != own_head
                            and share_part not in f.subject
                        ),
                        None,
                    )
            fact.subject = _share_whole(
                doc, fact.subject, text[s_start : token.start], region, before
            )
            fact.subject = wider_scope(_named_in_full(fact.subject, paragraph_facts))
        if (
            info is not None
            and info.base in ("m", "km", "m2")
            and text[token.start - 1 : token.start] == "、"
            and (thing := noun_after(text[token.end : c_end]))
            and len(thing) == len(text[token.end : c_end].strip())
        ):  # 安装51套音响、64处标识、438米无障碍扶手: the list's item names its own thing
            fact.subject = thing
        if (
            fact.measure in ("count", "level")
            and info is not None
            and info.kind in ("count", "person")
            and fact.subject
        ):
            if doc.reported:  # a report of a programme: 4个居住小区启用闲置地下停车场 (as planned)
                fact.subject = _things_doing(text[token.end : c_end], fact.subject) or fact.subject
            elif (
                fact.measure == "count"
                and text[token.start - 1 : token.start] == "中"
                and sentence_facts
                and (started := _part_started(text, token, c_end, sentence_facts[-1]))
            ):  # 257个计划新开工项目中221个项目开工建设: 开工建设的计划新开工项目
                fact.subject = started
            elif (
                fact.measure == "count"
                and (done := _things_done(text[token.end : c_end]))
                and fact.subject.endswith(done[1])
            ):  # any report: 甲、乙等17个项目建成投用 counts the projects finished, not the
                # list's projects named before (省重点项目)
                fact.subject = done[0] + done[1]
        if (
            fact.measure == "share"
            and fact.subject
            and fact.subject[-1] == "率"
            and sentence_facts
            and (rate := _STAGE_RATE.search(fact.subject))
        ):
            before = sentence_facts[-1].subject or ""
            if before.startswith(rate[1]) and "的" in before:
                # …221个项目开工建设、开工率86%: the rate of the group the count before is
                # part of
                fact.subject = before.split("的", 1)[1] + rate[1]
            elif (
                before and rate.start() == 0 and sentence_facts[-1].measure in ("count", "level")
            ):  # 棚户区改造已开工a万户,开工率b%: of what reached the stage (round 28)
                stem = _STAGE_DONE_LEAD.sub("", before)
                fact.subject = stem + ("率" if stem.endswith(rate[1]) else rate[1] + "率")
        if fact.measure == "target" and doc.programmes and info is not None:
            # 民生实事: what is planned, named by the words around the figure
            fact.subject = _planned_subject(
                text,
                token,
                fact.subject,
                info,
                (s_start, c_start, c_end),
                sentence_facts[-1] if sentence_facts else None,
            )
        if (
            (
                fact.measure in ("abs_change", "level")
                and ("增" in clause_before or "减" in clause_before)
            )
            or fact.measure == "rank"
            or (fact.measure == "growth_yoy" and (fact.subject or "").endswith("增量"))
        ):  # (literal tests first: 比年初增加, 多增, 新增, 减少 are written with them)
            part = max(
                text.rfind(";", s_start, token.start), text.rfind("；", s_start, token.start)
            )
            _since_year_start(
                fact,
                clause_before,
                text[max(part + 1, s_start) : token.start],
                sentence_facts,
                paragraph_facts,
            )
        if (
            fact.measure == "abs_change"
            and sentence_facts
            and "同期" in clause_before
            and _LAST_YEAR_WAS.search(clause_before)
            and sentence_facts[-1].measure == "abs_change"
            and sentence_facts[-1].period
        ):  # 比年初减少930.5亿元,去年同期为增加8.7亿元: the same span a year before
            fact.period = years_moved(sentence_facts[-1].period, -1)
        if fact.measure == "growth_yoy" and sentence_facts and "径流" in (fact.subject or ""):
            fact.subject = depth_as_amount(fact.subject or "", [f.subject for f in sentence_facts])
        if (
            sentence_facts
            and fact.subject
            and len(bare := _CLAUSE_VERB.sub("", clause_before.strip(" ,，;；"))) <= 12
            and bare.endswith(fact.subject)
        ):  # (a clause of the item and its figure alone)
            fact.subject = head_carried(
                fact.subject,
                sentence_facts[-1].subject,
                parallel=fact.measure == sentence_facts[-1].measure,
            )
        if fact.measure == "growth_yoy" and sentence_facts:
            _growth_of_stock(fact, sentence_facts[-1])
            _growth_since_january(fact, sentence_facts[-1], clause_before)
        elif (
            fact.measure == "pp_change"
            and sentence_facts
            and sentence_facts[-1].measure == "growth_yoy"
            and (fact.subject or "").startswith(sentence_facts[-1].subject or "\0")
            and sentence_facts[-1].period == since_january(fact.period)
            and sentence_facts[-1].period != fact.period
        ):  # …增速9.4%,比各项贷款平均增速高2.6个百分点: the growth since January's gap
            fact.period = sentence_facts[-1].period
        elif (
            fact.measure == "pp_change"
            and sentence_facts
            and sentence_facts[-1].measure in ("growth_yoy", "pp_change")
            and (sentence_facts[-1].subject or "").endswith(("余额", "余额增速"))
            and (fact.subject or "").endswith("余额增速")
            and fact.period
            and sentence_facts[-1].period
            and fact.period != sentence_facts[-1].period
            and since_january(sentence_facts[-1].period) == fact.period
        ):  # 上半年,甲贷款余额…,同比增长17.6%,…同比提高3.8个百分点: the change of the growth
            # of a balance, at the balance's month end as the growth (convention 29)
            fact.period = sentence_facts[-1].period
        elif (
            fact.measure == "pp_change"
            and sentence_facts
            and sentence_facts[-1].basis == "avg_annual"
            and fact.subject
            and fact.subject.endswith("增速")
            and "两年" in text[sentence_facts[-1].char_start - 8 : sentence_facts[-1].char_start]
        ):  # 两年平均增长5.4%,比一季度加快0.9个百分点: the change of the two years' mean
            own = fact.subject[:-2].removesuffix("两年平均")
            if not own:  # 两年平均增速比一季度加快…: the mean of the growth before (18b)
                own = _RATE_WORDS.sub("", sentence_facts[-1].subject or "")
            fact.subject = own + "两年平均增速"
        if fact.measure in _CHANGES and sentence_facts:
            # 9月末,…资产负债率为56.3%,同比下降0.7个百分点: the change of the state before
            last_end = sentence_facts[-1].char_end
            _change_of_state(fact, sentence_facts[-1], text[last_end : fact.char_start])
        elif fact.measure in ("rank", "share") and sentence_facts:
            # 基站达到8.1万个,居全省第3位: the standing of the state before, at its month
            ranked = sentence_facts[-1]
            between = text[ranked.char_end : fact.char_start]
            fact.period = of_the_state_before(fact.period, ranked.period, between)
        if fact.subject:  # 农村居民人均可支配收入….农村居民收入增速: the name given before
            fact.subject = doc.full_names.expand(fact.subject)
            doc.full_names.add(fact.subject)
        if region is None:
            fact.region_code = None
        elif region == doc.region:
            fact.region_code = doc.region_code
        elif doc.regions and region in doc.regions:
            fact.region_code = doc.regions[region].code or None
        else:
            fact.region_code = resolve(region, doc.region_code)[1]
        if fact.measure == "share":  # (None for any other measure)
            fact.denominator = measures.denominator(fact.subject or "", fact.measure)
        period = fact.period or ""
        if period[5:8] == "01/" and _SEASON_HARVEST.match(fact.subject or ""):
            # 上半年,…夏粮总产量1486.5万吨: the year's summer harvest, not the half year's
            fact.period = period[:4]
        if doc.aliases is not None:
            found = match_indicator(fact.subject, doc.aliases) or indicator_in(
                fact.subject, clause_before, doc.aliases
            )
            fact.indicator = found.code if found else None
        paragraph_facts.append(fact)
        fact_starts.append(fact.char_start)
        doc.facts.append(fact)


#: A balance's change since the start of the year or the last month, right before its
#: figure (``比年初增加``, ``较年初新增``, ``年初以来增加``, ``比上月增加``; round 18).
_SINCE_YEAR_START = re.compile(
    r"(?:[比较](?:年初|上月末?)|年初以来)(?:增加|新增|增长|增|减少|下降|净增加|净增|净减少|净减)了?$"
)
#: A change of an increase against last year's (``同比多增``, ``比上年同期少增``): its figure
#: is a change of the increase, not of the balance (round 18).
_MORE_OR_LESS_INCREASE = re.compile(
    r"(?:同比|比上年同期|较上年同期|比去年同期|较去年同期)?(?:多增|少增|多减|少减)了?$"
)


#: Loans or deposits named without 余额 (``人民币各项贷款``, ``住户存款``), not a flow of them
#: (``新增贷款``, ``新发放贷款``, ``发放贷款``).
_LOANS_OR_DEPOSITS = re.compile(r"^(?!.*(?:新增|发放|投放))[^,，。;；]{0,22}(?:[贷存]款|票据融资)$")


def _increase_of(subject: str) -> str:
    """The name of a balance's increase (``各项贷款余额`` → ``各项贷款增量``).

    >>> _increase_of("本外币各项存款余额"), _increase_of("住户存款"), _increase_of("贷款增量")
    ('本外币各项存款增量', '住户存款增量', '贷款增量')
    """
    if subject.endswith("增量"):
        return subject
    return subject.removesuffix("余额") + "增量"


def _since_year_start(
    fact: Fact, clause_before: str, before: str, sentence_facts: list[Fact], earlier: list[Fact]
) -> None:
    """Finance releases: a figure after ``余额…,比年初增加`` or ``余额…,一季度新增`` is the
    balance's change (``abs_change``); the ``同比多增`` after it is a change of the increase
    (subject ``…增量``, the increase's period); a rank right after the increase
    (``较年初增加908.7亿元,居全省第4位``) or said of it (``从年初增量上看,列全国第7位``)
    ranks the increase, one said of the growth (``从增速上看,列全国第1位``) the balance's
    growth at the month's end (convention 19: ``…增量``, ``…余额增速``). ``before`` are the
    words of the sentence (from its last ;) before the figure, ``earlier`` the paragraph's
    facts before it.
    """
    words = clause_before.rstrip()
    previous = sentence_facts[-1] if sentence_facts else None
    if fact.measure == "growth_yoy":
        if "增量" not in words and fact.subject:  # …增量居全省第2位;增速12.1%: the balance's
            fact.subject = fact.subject.removesuffix("增量") + "余额"
        return
    since = _SINCE_YEAR_START.search(words) if "年初" in words or "上月" in words else None
    if since or (fact.measure == "level" and words.endswith(("新增", "增加", "减少"))):
        if since and fact.measure == "abs_change" and (fact.subject or "").endswith("余额增速"):
            # …余额…,增速比去年同期高6.8个百分点,比上月增加11.3亿元: the balance's change
            fact.subject = (fact.subject or "")[:-2]
        named = fact.subject or ""
        if fact.measure == "level" and named.endswith("社会融资规模"):
            # 社会融资规模增加9836.4亿元: the flow itself, the statistic 社会融资规模增量
            fact.subject = named + "增量"
            return
        if fact.measure == "level" and _LOANS_OR_DEPOSITS.search(named):
            fact.subject = named + "余额"  # 人民币各项贷款增加6218.9亿元: the balance's change
        elif fact.measure == "level" and not named.endswith("余额"):
            return  # 新增贷款1041亿元: the flow named itself (a level, round 6)
        if fact.measure == "level" and words.endswith("减少"):  # 非银行业金融机构贷款减少8亿元
            if isinstance(fact.value, float):
                fact.value = -abs(fact.value)
            if isinstance(fact.value_base, float):
                fact.value_base = -abs(fact.value_base)
        # 企业贷款余额…,一季度新增512亿元: the balance's change. 比年初增加 is the sum of the
        # months' increases since January: a flow from January to the balance's month
        # (convention 30); 比上月增加 is the month's own.
        fact.measure = "abs_change"
        if since and "年初" in since.group():
            fact.period = since_january(fact.period)
        return
    if fact.measure == "rank" and (fact.subject or "").startswith("连续"):
        rate = next((f for f in reversed(sentence_facts) if f.measure == "growth_yoy"), None)
        if rate is not None and rate.subject:  # …同比增长15.8%,…,连续7个月位列全国第一
            fact.subject = rate.subject.removesuffix("增速") + "增速"
        return
    if fact.measure == "rank":
        # (the nearest said: …增速居全国第3位,…,增量居全国第8位)
        increase = before.rfind("增量")
        growth = max(before.rfind("增速"), before.rfind("增幅")) > increase
        if growth or increase >= 0:  # 从增速上看,列全国第1位: of the balance named before
            balances = [f for f in earlier if f.subject and f.subject.endswith("余额")]
            # (the balance's state, not its increase since January, dates its growth)
            balance = next((f for f in reversed(balances) if f.measure != "abs_change"), None) or (
                balances[-1] if balances else None
            )
            if balance is None or not balance.subject:
                return
            if growth:
                fact.subject = balance.subject + "增速"
                fact.period = balance.period
            else:  # 从年初增量上看: the increase since January (convention 30)
                fact.subject = _increase_of(balance.subject)
                fact.period = since_january(balance.period)
            return
    if previous is None or not previous.subject:
        return
    if previous.measure != "abs_change" and not previous.subject.endswith("增量"):
        return
    if not (previous.subject.endswith("余额") or previous.subject.endswith("增量")):
        return
    if fact.measure == "abs_change" and _MORE_OR_LESS_INCREASE.search(words):
        fact.subject = _increase_of(previous.subject)  # 同比多增987.65亿元
        fact.period = previous.period
    elif fact.measure == "rank" and previous.char_end + 4 >= fact.char_start - len(words):
        fact.subject = _increase_of(previous.subject)  # 比年初增加…,居全省第4位
        fact.period = previous.period


#: A growth written bare after an increase (``比年初增加1530亿元,增速6.2%``): no 同比.
_SINCE_JANUARY_GROWTH = re.compile(r"^[,，]?\s*(?:增速|增幅)(?:为|达|达到)?$")


def _growth_since_january(fact: Fact, before: Fact, clause_before: str) -> None:
    """A growth said right after an increase since the start of the year, with no 同比
    (``余额3.1万亿元,比年初增加1530亿元,增速6.2%``), is the increase over the balance of
    January's start: it keeps the increase's span (conventions 29, 30), as
    ``比年初增加…,同比增长…`` does not.

    >>> f = Fact("f", "7.2%", 0, 0, "小微企业贷款余额", "甲省", "2020-03", "growth_yoy", 7.2, "%", 7.2, "percent")
    >>> _growth_since_january(f, replace(f, measure="abs_change", period="2020-01/2020-03"), "增速"); f.period
    '2020-01/2020-03'
    """
    if (
        before.measure == "abs_change"
        and before.subject == fact.subject
        and before.period != fact.period
        and before.period == since_january(fact.period)
        and _SINCE_JANUARY_GROWTH.match(clause_before.strip())
    ):
        fact.period = before.period


#: The verb between an item and its figure (``工业机器人增长``, ``出栏为``).
_CLAUSE_VERB = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|为|达到|达)?$")
#: A product's output named with its head (``集成电路产量``): the head a product listed
#: after it in its sentence leaves out (``工业机器人增长61.7%``).
_OUTPUT_NAMED = re.compile(r"(?P<item>[\u4e00-\u9fa5]{2,8})(?P<head>产量)$")
#: A stock or flow of livestock named with its animal (``肉牛存栏``), before the other one.
_HERD_NAMED = re.compile(r"(?P<animal>[\u4e00-\u9fa5]{1,4}?)(?P<verb>存栏|出栏|饲养)(?:量)?$")
#: The two prices of producers (``工业生产者出厂价格`` / ``购进价格``): the second said short.
_PRODUCER_PRICES: Final = {"出厂价格": "购进价格", "购进价格": "出厂价格"}


def head_carried(subject: str, before: str | None, *, parallel: bool = True) -> str:
    """A subject that leaves out what the figure before in its sentence named: a product
    after another's output (``集成电路产量增长…,工业机器人增长…`` → 工业机器人产量),
    livestock's other figure (``肉牛存栏…;出栏…`` → 肉牛出栏), the producers' other price
    (``工业生产者出厂价格…,购进价格…`` → 工业生产者购进价格); ``subject`` otherwise. A
    product takes the head only from a figure measured as its own (``parallel``).

    >>> head_carried("工业机器人", "集成电路产量"), head_carried("出栏", "肉牛存栏")
    ('工业机器人产量', '肉牛出栏')
    >>> head_carried("购进价格", "工业生产者出厂价格"), head_carried("用电量", "集成电路产量")
    ('工业生产者购进价格', '用电量')
    >>> head_carried("出栏", "肉羊饲养量")
    '肉羊出栏'
    """
    if not before or subject == before:
        return subject
    if subject in _PRODUCER_PRICES and before.endswith(_PRODUCER_PRICES[subject]):
        return before[: -len(subject)] + subject
    herd = (
        _HERD_NAMED.fullmatch(before) if subject in ("存栏", "出栏", "存栏量", "出栏量") else None
    )
    if herd and herd["verb"] != subject[:2]:
        return herd["animal"] + subject
    output = _OUTPUT_NAMED.fullmatch(before) if parallel and 2 <= len(subject) <= 8 else None
    if (
        output
        and re.fullmatch(r"[\u4e00-\u9fa5]+", subject)
        and head_of(subject) is None
        and head_of(output["item"]) is None
        and subject[-1] not in _MEASURED_ENDS
        and not any(c in subject for c in "产亩增减")  # (单产, 平均亩产: yields, no products)
    ):
        return subject + output["head"]
    return subject


def _growth_of_stock(fact: Fact, before: Fact) -> None:
    """The growth of a stock right after its state at a month's end (``上半年,…生猪存栏21万头,
    增长28.4%``: the stock of June, ``YYYY-06``) is of that month too, not of the span the
    paragraph reports, as the state is (:func:`periods.stock_at_end`; round 18).

    >>> f = Fact("f", "33.7%", 0, 0, "生猪存栏", "甲县", "2021-01/2021-06", "growth_yoy", 33.7, "%", 33.7, "percent")
    >>> _growth_of_stock(f, replace(f, measure="count", period="2021-06")); f.period
    '2021-06'
    """
    if (
        before.measure in ("level", "count")
        and before.subject == fact.subject
        and before.period
        and len(before.period) == 7
        and fact.period
        and fact.period.endswith("/" + before.period)
    ):
        fact.period = before.period


#: Measures of a change of a figure (its growth, its change in points or in its unit).
_CHANGES: Final = ("growth_yoy", "growth_mom", "abs_change", "pp_change")
#: Between a state and a change: a change since the year's start or a running total (a
#: flow over the months), a month, or the end of a clause (another figure's).
_NOT_A_STATE_CHANGE = re.compile(r"年初|累计|新增|平均|半年|季|月|[;；。]")


def _change_of_state(fact: Fact, before: Fact, between: str) -> None:
    """A change right after a state dated at a month's end (``9月末,…资产负债率为56.3%,同比
    下降0.7个百分点``; ``截至5月末,甲指数为103.2点,环比上升2.4点,升幅为2.4%``) is the change
    of that state, at that month, not a flow over the months since January the text reports:
    the figure before it in its sentence, of the same subject, has the month, and the change
    was given the span ending in it (round 21, third pass; a wider :func:`_growth_of_stock`).
    ``between`` (the words from the state to the change) is a short comparison in its
    clause: a change since the year's start (``比年初增加``) is a flow over the months, and a
    month or a semicolon between them starts another figure.

    >>> f = Fact("f", "0.7个百分点", 0, 0, "甲资产负债率", "甲省", "2017-01/2017-09", "pp_change", -0.7, "个百分点", -0.7, "pp")
    >>> _change_of_state(f, replace(f, measure="share", period="2017-09"), ",同比下降"); f.period
    '2017-09'
    >>> g = replace(f, period="2017-01/2017-09")
    >>> _change_of_state(g, replace(f, measure="level", period="2017-09"), ",比年初增加"); g.period
    '2017-01/2017-09'
    """
    if (
        len(between) <= 24
        and not _NOT_A_STATE_CHANGE.search(between)
        and before.subject == fact.subject
        and before.period
        and len(before.period) == 7
        and fact.period
        and fact.period.endswith("/" + before.period)
        and fact.period.startswith(before.period[:5] + "01/")
    ):
        fact.period = before.period


#: In a progress report of a programme, a count followed in its clause by what of it is done
#: (``15个农村幸福院建设已完成8个``, ``263场送戏进万村已送230场``) or by its works under way
#: (``6个老旧小区改造正在施工中``) is the year's task, not work done (round 16, fourth pass).
_TASK_THEN_DONE = re.compile(
    r"[^,，。;；:：、()（）\d]{1,20}?(?:已(?:完成|建成|送|开展|帮扶|资助)?\d|正在施工)"
)

#: A heading line of a year's targets (``二、2025年主要预期目标``, ``主要目标任务:``): the
#: lines under it list targets, the words of each line naming none.
_TARGETS_HEADING = re.compile(
    r"(?:预期|奋斗|发展|主要)目标(?:任务)?\s*[:：]?\s*$|^\s*目标任务\s*[:：]?\s*$", re.MULTILINE
)
_TARGETED_MEASURES: Final = frozenset(("growth_yoy", "level", "count", "share"))
#: A gap's words (``高于全国``, ``低于全省``, ``快于``).
_GAP_WORDS = re.compile(r"[高低快慢]于|超过|超出|领先")
#: An item after a bracketed value before it (``、乙(``, ``)乙(``, ``…,乙(``): the next item
#: of a list of values.
_LISTED_ITEM = re.compile(
    r"(?:^|[)）、,，和及])\s*(?P<item>(?![全我本和及与])[\u4e00-\u9fa5]{2,6})[(（]$"
)
#: Indicators named whole without a head word of :data:`HEADS` (no head carried to them).
_WHOLE_NAMES: Final = ("生产总值", "总值", "GDP", "亩产", "单产")
#: A figure in brackets inside a list's words (``甲区(13.0%)``).
_BRACKETED_FIGURE = re.compile(r"[(（]-?[\d.]+%[)）]")
#: A place's share of the whole it lies in (``甲市在全省GDP占比``).
_PLACE_IN_WHOLE = re.compile(
    r"(?P<place>[\u4e00-\u9fa5]{2,6}?)在全(?P<whole>[省市国区])(?P<what>[\u4e00-\u9fa5A-Z]{2,10}?)"
    r"(?:中的|中)?(?:占比|比重|所占比重)(?:为|达|是|达到)?\s*$"
)
#: The whole a rank is taken in, said before it (``全国排名``, ``在全省的位次``).
_RANKED_IN = re.compile(r"(?:在)?全(?:国|省|市|区)(?:的)?(?:排名|排位|位次|排序)")
#: The words that say how figures compare (``从环比来看``, ``同比情况``).
_COMPARED_WORDS = r"(?:从|按)?(?P<compared>环比|同比)"
#: A paragraph's opening that says how all its figures compare (``从环比看,``).
_COMPARED_OPENING = re.compile(rf"\s*{_COMPARED_WORDS}(?:情况|来看|看|方面)\s*[:：,，]")
#: A line that says only how the figures under it compare (``从环比来看:``, ``(二)环比情况``).
_COMPARED_LINE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*"
    rf"{_COMPARED_WORDS}(?:情况|来看|看|方面)?\s*[:：]?\s*"
)

#: A list of items named by their change (``上涨的有:``, ``下降的是``), to the figure's
#: clause: its items' bare percentages are changes, not shares (round 28).
_CHANGED_LIST = re.compile(
    r"(?P<verb>上涨|上升|增长|下降|下跌|回落)(?:较快|较多|幅度较大)?的(?:有|是|为|主要有)[:：]?"
    r"[^。;；:：]*$"
)
_SHARE_WORDS = re.compile(r"占|比重|比例|率")


def _last_before(facts: list[Fact], position: int) -> Fact | None:
    """The last of ``facts`` (in text order) that ends before ``position``."""
    for fact in reversed(facts):
        if fact.char_end <= position:
            return fact
    return None


#: A sentence opening with the parts of what the one before said (``其中:``).
_OF_THEM_OPENS = re.compile(r"\s*其中[:：,，]")

#: A programme's list named right before its size (``…为民办实事项目清单共38件``): the
#: number of its projects, a count though the sentence says 拟 (round 16, fourth pass).
_LIST_SIZE = re.compile(r"实事(?:项目)?(?:清单|名单)(?:共|计|共计|共有)?$")


def _fact(
    doc: _Doc,
    token: Token,
    prefix: str,
    clause_before: str,
    after: str,
    sentence: tuple[int, int],
    events: list[PeriodEvent],
    clause_end: int = -1,
    compared: str = "",
    *,
    info: UnitInfo | None,  # unit_info(token.unit)
) -> Fact:
    if clause_end < token.end:  # (the end of the clause the number starts in, when it is past it)
        _, clause_end = _doc_bounds(doc, token.end, _CLAUSE_END, sentence[0], sentence[1])
    said_before = compared + doc.text[sentence[0] : token.start]
    measure, sign, basis = measures.decide(
        clause_before,
        after,
        token.unit,
        token.kind,
        said_before,
        doc.text[token.end : clause_end],
        info=info,
    )
    if (
        measure == "share"
        and token.unit == "%"
        and (listed := _CHANGED_LIST.search(said_before))
        and not _SHARE_WORDS.search(said_before, listed.end())
    ):  # 上涨的有:甲类a%、乙类b%: each item's change, by the list's verb
        measure, sign, basis = measures.decide(listed["verb"], after, "%", token.kind)
    if basis == "prev_year" and measures.on_period_before(said_before):
        basis = "prev_period"  # 环比上涨0.2%: on the month before, no year-on-year growth
    if doc.targeted and measure in _TARGETED_MEASURES:  # 主要预期目标⏎地区生产总值增长6%
        measure, basis = "target", None
    elif (
        measure in ("level", "count")
        and doc.facts
        and _OF_THEM_OPENS.match(doc.text, sentence[0], token.start)
        and (whole := _last_before(doc.facts, sentence[0])) is not None
        and whole.measure == "target"
        and sentence[0] - whole.char_end <= 12
        and not measures.done_or_rate(clause_before)
    ):  # 计划实施项目N个,安排资金a亿元。⏎其中:甲类项目M个,安排资金b亿元: the
        # plan's parts (round 28)
        measure = "target"
    if (
        doc.programmes
        and any(a <= token.start < b for a, b in doc.programmes)
        and measures.planned(
            clause_before, doc.text[sentence[0] : token.start], after, measure, doc.year
        )
    ):  # 民生实事: 新建幼儿园20所 is a planned quantity (convention 13)
        measure = "target"
    if (
        doc.task_cells
        and measure in ("level", "count", "share")
        and any(a <= token.start < b for a, b in doc.task_cells)
    ):  # 序号 / 目标任务 / … / 52 / 建成高标准农田8.3万亩: a row's target (session 23)
        measure = "target"
    task = (
        doc.reported
        and measure == "count"
        and _TASK_THEN_DONE.match(doc.text, token.end, clause_end) is not None
    )
    if task:  # a progress report's 15个农村幸福院建设已完成8个: the year's task (convention 13)
        measure = "target"
    elif measure == "target" and "实事" in clause_before and _LIST_SIZE.search(clause_before):
        measure = "count"  # 拟列入…为民办实事项目清单共38件: the list's own size (a count)
    value = token.value
    if sign < 0 and isinstance(value, float):
        value = -abs(value)
    value_base, base_unit = _base(token, value, measure, info)
    multiple = token.unit == "倍" and measures.multiple_basis(clause_before) is not None
    if multiple and measure == "growth_yoy" and isinstance(value, float):
        value_base = round((value - 1) * 100, 10)  # 是上年的1.3倍 = growth of 30%
    comparable = measure in ("growth_yoy", "pp_change") and (
        _comparable(doc, sentence, token.start)
        or (measure == "growth_yoy" and _real_after_deduction(doc.text, sentence[0], token.start))
    )
    # 预计…: where the sentence's first projection word ends, found once for its figures
    # (the words are of two characters and never overlap: the first one tells)
    if doc.projection[:2] != sentence:
        found = _PROJECTION.search(doc.text, *sentence)
        doc.projection = (*sentence, found.end() if found else sentence[1] + 1)
    note = "projection" if doc.projection[2] <= token.start else None
    period = _period(doc, token, "" if multiple else prefix, events, measure)
    if period and "/" in period and doc.facts:
        opened = _doc_sentence_start(doc, token.start)  # (from the index: no search back)
        if _BREAKDOWN_OPEN.match(doc.text, opened):
            period = _whole_month(doc, period, opened, token.start, events)
    if (
        measure in ("growth_yoy", "pp_change")
        and period
        and "/" in period
        and _MOVE_BEFORE.search(
            doc.text, max(sentence[0], token.start - 60), token.start - len(prefix)
        )
    ):  # 2019-2023年,…由410家增至1650家,增长302.4%: the change from the term's first state
        period = period.rpartition("/")[2]  # to its last, dated by the last
        basis = "cumulative_vs_base_year" if measure == "growth_yoy" else basis
    if (
        measure == "count"
        and period
        and len(period) > 4
        and "实事" in after
        and measures.programme_size(after)
        and doc.year
        and period.startswith(str(doc.year))
    ):  # 今年上半年,甲区19件民生实事完成投资…: the programme (its size) is the year's
        period = period[:4]
    if task and period:
        period = period[:4]  # (the task is the year's, what is done the months')
    if measure == "target" and period and measures.BUDGET_BEFORE.search(clause_before.rstrip()):
        period = period[:4]  # 占年初预算10065万元的: the budget is the year's
    if (
        doc.census
        and "普查" in clause_before
        and (earlier := _EARLIER_CENSUS.search(clause_before))
    ):
        period = earlier["y"] + doc.census[4:]  # 与2010年第六次全国人口普查时的145722人: then
    elif doc.census and basis == "avg_annual":
        # 与2010年第六次全国人口普查…相比,…年平均减少0.69%: over the years between
        since = _CENSUS_YEAR.search(doc.text, sentence[0], token.start)
        period = f"{since['y']}/{doc.census[:4]}" if since else period
    if (
        period
        and len(period) == 7
        and "上月" in clause_before
        and _FROM_LAST_MONTH.search(clause_before)
    ):
        period = _month_before(period)  # 同比由上月上涨0.4%转为下降0.3%: last month's rate
    elif (
        measure == "target"
        and period
        and "/" in period
        and _YEARS_TASK.search(clause_before.rstrip())
    ):
        period = period[:4]  # (2月27日签约…,)占全年招商任务1500亿元: the year's task
    if (
        basis == "avg_annual"
        and period
        and "/" not in period
        and not _YEARS_MEAN.search(clause_before)
    ):
        # 年均 in a 十四五 review; 两年平均增长 keeps the year it is reported of, as both
        # judges' annotators dated it (convention 38, round 28)
        period = _plan_period(doc.text, token.start) or period
    unit = None if token.kind == "rank" else token.unit  # 第3位: 位 is grammar (convention 2)
    if (
        unit in ("万人", "万人次")
        and not token.span.endswith("人")
        and "人" not in token.span
        and not _PERSONS_NEXT.match(doc.text, token.end)
        # 分别就业8.7万、4.1万人: the list's last item writes the unit of all
        and not _LISTED_PERSONS_NEXT.match(doc.text, token.end)
    ):
        unit = "万"  # 人员132.7万: the unit as written (人 elided; 13.3万常住人口: 万人)
    elif unit == "亿人" and "人" not in token.span:
        unit = "亿"  # 用户规模达10.40亿: as written, as 万 above (round 31)
    if ("分之" in token.span and not token.span.startswith("百分之")) or (
        unit == "%" and "/" in token.span and "%" not in token.span
    ):
        unit = None  # 四分之一, 约1/3: a share as a fraction, no unit written (1/3: round 30)
    # (positional, in the order of Fact's fields: keywords made this call 1 µs slower, 3% of
    # reading dense text; tests/textfacts/test_scanning_speed.py checks the order)
    return Fact(
        "",  # id
        token.span,  # text_span
        token.start,  # char_start
        token.end,  # char_end
        None,  # subject
        None,  # region
        period,
        measure,
        value,
        unit,
        value_base,
        base_unit,
        measures.qualifier(prefix, after, token.approx, clause_before),  # qualifier
        comparable,  # comparable_price
        None,  # denominator
        False,  # optional
        note,
        basis if measure in ("growth_yoy", "pp_change") else None,  # basis
    )


_PLAN_START: Final = {"二": 2011, "三": 2016, "四": 2021, "五": 2026}


#: A headline: one short line without sentence punctuation.
_TITLE_LINE = re.compile(r"\s*[^。,，;；\n]{4,50}\s*")
#: A year naming an event (``举办了2018年绿色沁源招商引资推介暨项目签约仪式``): no period of
#: the figures after it.
#: A paragraph telling of the event the text reports (``此次集中开工的项目…``).
_THIS_EVENT = re.compile(r"此次|本次|这次")
_NAMES_EVENT = re.compile(
    r"[^\d,，。;；:：\n]{2,30}?(?:仪式|大会|会议|推介会|博览会|论坛|洽谈会|交易会|展览会|招商会)(?:上|中|期间)?(?![\u4e00-\u9fa5])"
    # a batch of the year (``2021年第一批重大项目``, ``第一次…集中签约``): its name
    r"|第[一二三四五六七八九十\d]{1,3}[批次期]"
    # a disaster of that year named as a cause (``扣除2016年洪涝…造成的损失``)
    # (not 2020年受疫情影响,…: the year of the figures, the disaster their cause)
    r"|(?![受因])[^,，。;；:：\n受因]{0,16}?(?:地震|洪灾|洪涝|旱灾|灾害|疫情|冰冻|台风)[^,，。;；\n]{0,12}?"
    r"(?:造成的?|带来的?)?(?:损失|影响)"
)


#: A mean growth of a stated number of years (``两年平均增长``, ``三年年均增长``).
_YEARS_MEAN = re.compile(r"[两二三四五]年(?:平均|年均)(?:增长|增速|下降)?$")


def _plan_period(text: str, position: int) -> str | None:
    """The five-year plan the text before ``position`` last names (``“十四五”`` → 2021/2025)."""
    found = max((text.rfind(f"十{n}五", 0, position), n) for n in _PLAN_START)
    if found[0] < 0:
        return None
    start = _PLAN_START[found[1]]
    return f"{start}/{start + 4}"


#: What follows a number of persons that cannot open the persons named after it (a
#: quick test before :func:`_persons_after`).
_NOT_PERSONS_NOUN: Final = frozenset(",，。;；:：、!！?？…\n )）(（次")
#: The persons a number of persons names when they follow it (``3130万脱贫劳动力``).
_PERSONS_NOUN = re.compile(
    r"^[^,，;；。]{0,8}?(?:劳动力|农民工|人口|人员|职工|群众|居民|学生|毕业生|教师|工人|农户|志愿者)"
)
#: What they did, to the end of the clause (``外出务工``, ``返岗复工``, ``实现再就业``).
_PERSONS_DID = re.compile(r"(?:实现了?(?=再?就业))?(?P<did>[\u4e00-\u9fa5]{2,8})(?=[,，;；。]|$)")


def _persons_after(after: str) -> str | None:
    """The persons a number of persons counts, named after it, with what they did in the
    rest of the clause (``3130万脱贫劳动力外出务工`` → 脱贫劳动力外出务工; ``实现`` before
    就业 dropped, convention 17), or None when no persons are named there.

    Examples
    --------
    >>> _persons_after("城镇失业人员实现再就业;全省"), _persons_after("农民工返岗复工,其中")
    ('城镇失业人员再就业', '农民工返岗复工')
    >>> _persons_after("脱贫劳动力"), _persons_after("元,增长5%"), _persons_after("企业参加")
    ('脱贫劳动力', None, None)
    """
    phrase = noun_after(after)
    persons = _PERSONS_NOUN.match(after) if phrase else None
    if persons is None:
        return None
    did = _PERSONS_DID.match(after, persons.end())
    return after[: persons.end()] + did["did"] if did else after[: persons.end()]


#: Persons a number counts (the end of their name, after it: ``8万名农村妇女``).
_PERSONS_HEAD = (
    r"(?:劳动力|农民工|人口|人员|职工|群众|居民|村民|农民|学生|毕业生|教师|工人|农户|志愿者|妇女"
    r"|儿童|婴幼儿|幼儿|新生儿|孕产妇|孕妇|老年人|老人|医师|医生|患者|病人|残疾人|青年|人才|骨干|干部|学员"
    r"|女生|男生|新生|对象|人群)"
)
#: The persons' name after their number, to its last head within a few characters (greedy:
#: ``60名骨干人员`` is 骨干人员, not 骨干), and no further than a number.
_PERSONS_NAMED = re.compile(rf"[^,，;；。、:：\d]{{0,12}}{_PERSONS_HEAD}")
#: What is done for them, to the end of their item (``健康检查``, ``救助``).
_PERSONS_ITEM = re.compile(
    r"(?:进行|开展|实施)?(?P<did>[^,，;；。、:：\d]{0,8}?)(?=[,，;；。:：、]|[和及与]\d|$)"
)
#: Verbs that say a figure was reached, not what was done (``完成8万名…检查``).
_LIGHT_VERBS: Final = frozenset(
    {"", "完成", "实现", "为", "对", "有", "共", "共有", "累计", "全年"}
)


def _persons_named(verb: str, rest: str) -> str | None:
    """The persons a number of persons counts, named after it, with what is done for them
    (their item's end, or the end of a list of them: ``300名困难妇女、600名留守儿童救助``)
    after ``verb`` when it says what (``培养80名乡村医生``); None when no persons follow.

    Examples
    --------
    >>> _persons_named("", "农村妇女“两癌”检查和300名困难妇女、600名留守儿童救助。")
    '农村妇女“两癌”检查'
    >>> _persons_named("", "困难妇女、600名留守儿童救助。"), _persons_named("", "老年人免费体检")
    ('困难妇女救助', '老年人免费体检')
    >>> _persons_named("培养", "乡村医生进入医学院校进修二年,培训"), _persons_named("", "万元")
    ('培养乡村医生', None)
    """
    if rest.startswith(("以上", "以下")):
        rest = rest[2:]  # 惠及5万名以上学生: the bound is the qualifier's, the persons after it
    persons = _PERSONS_NAMED.match(rest)
    if persons is None:
        return None
    did = _PERSONS_ITEM.match(rest, persons.end())
    done = did["did"] if did else ""
    if did and not done and rest[persons.end() : persons.end() + 1] in _LIST_GLUE:
        # 300名困难妇女、600名留守儿童救助: the list's last item says what is done for all
        end = len(rest)
        for stop in ",，;；。:：":
            at = rest.find(stop, persons.end())
            end = at if 0 <= at < end else end
        ends = [m.end() for m in re.finditer(_PERSONS_HEAD, rest[persons.end() : end])]
        tail = rest[persons.end() + ends[-1] : end] if ends else ""
        done = tail if 0 < len(tail) <= 8 and not any(ch.isdigit() for ch in tail) else ""
    return verb + persons.group() + done


#: Things counted that do something (``50个乡镇卫生院开展国医堂建设``): the verb that opens
#: what they do.
_THINGS_DO = re.compile(
    r"(?:以上|以下)?(?P<noun>[\u4e00-\u9fa5]{1,10}?(?:[(（][\u4e00-\u9fa5]{1,4}[)）])?)"
    r"(?P<pred>(?:下基层|开展|实施|进行|参与|推进|实行|开设|创建|提供|设置|启用|接受|享受)"
    r"[^,，;；。、:：\d]{1,20}?)(?:工作|活动)?$"
    # or that were finished (``7条城市道路建设完成`` → 建设完成城市道路)
    r"|(?:以上|以下)?(?P<done_noun>[\u4e00-\u9fa5]{1,10}?)"
    r"(?P<done>(?:(?:建设|改造|施工)?(?:完成|完工|竣工|建成|开通|投用|投入使用)){1,2})$"
)


def _things_doing(rest: str, subject: str) -> str | None:
    """Things or persons counted that do something (``rest``: the words after the figure
    to its clause's end) are named by what they do, then themselves (``50个乡镇卫生院开展国医堂
    建设`` → 开展国医堂建设乡镇卫生院, ``5000名残疾人开展职业技能培训`` → 开展职业技能培训残疾人,
    ``4个居住小区启用闲置地下停车场`` → 启用闲置地下停车场居住小区), when ``subject`` is
    those words (it may stop short), else None.

    >>> _things_doing("以上小区(村)设置回收机", "小区(村)设置回"), _things_doing("残疾人", "残疾人")
    ('设置回收机小区(村)', None)
    >>> _things_doing("残疾人开展职业技能培训", "残疾人职业技能培训")
    '开展职业技能培训残疾人'
    >>> _things_doing("城市道路建设完成", "城市道路建设"), _things_doing("项目建成投用", "项目建成投用")
    ('建设完成城市道路', '建成投用项目')
    """
    doing = _THINGS_DO.fullmatch(rest.rstrip())
    if doing is None:
        return None
    noun, pred = doing["noun"] or doing["done_noun"], doing["pred"] or doing["done"]
    phrase = noun + pred
    if noun in subject and (phrase in subject or subject in phrase) and subject != noun:
        return pred + noun  # (the subject may stop short: 开展中医馆…; not the noun alone)
    words = subject.replace("的", "")
    if noun in words and pred[2:] in words:  # 残疾人职业技能培训: the persons' own words
        return pred + noun
    return None


#: The rate of an annual investment plan done (``续建项目年度投资完成率``): what was done.
_INVESTED_RATE = re.compile(r"(?P<what>.*?)(?:年度|全年|年)?投资完成率")


def _invested_share(subject: str, sentence_facts: Sequence[Fact]) -> str:
    """The subject of an investment plan's completion rate: the investment done (convention
    22: a completion rate's subject names what was completed), of the projects named before
    the rate (``443个续建项目年度投资完成率99.6%`` → 续建项目完成投资), else of the amount
    done before it in the sentence (``甲项目完成投资62亿元,年度投资完成率97.2%`` → 甲项目完成
    投资); unchanged when neither names it.

    >>> _invested_share("续建项目年度投资完成率", []), _invested_share("年度投资完成率", [])
    ('续建项目完成投资', '年度投资完成率')
    >>> done = Fact.from_dict({"subject": "重点项目完成投资", "measure": "level",
    ...                        "char_start": 0, "char_end": 4, "base_unit": "yuan"})
    >>> _invested_share("年度投资完成率", [done])
    '重点项目完成投资'
    """
    rate = _INVESTED_RATE.fullmatch(subject)
    if rate is None or "完成" in rate["what"] or "年" not in subject:
        return subject  # (甲项目投资完成率 already names what was done: convention 22)
    if rate["what"]:
        return rate["what"] + "完成投资"
    for f in reversed(sentence_facts):
        if f.measure == "level" and f.subject and f.subject.endswith("完成投资"):
            # (实际完成投资 names no projects: the rate keeps its own words)
            return f.subject if f.subject[:-4].strip("实际累计共已") else subject
    return subject


#: Things of a group counted before that reached a stage (``中221个项目开工建设``).
_PART_STAGE = re.compile(
    r"(?P<noun>[\u4e00-\u9fa5]{0,4}?)(?P<stage>开工建设|开工|建成投用|建成|竣工|投产|落地)"
)


#: The rate of a stage reached (``开工率``, ``基本建成率``, ``分配率``).
_STAGE_RATE = re.compile(rf"((?:基本)?(?:{_STAGES}|分配|开通|发放))率$")
#: The stage a count's subject opens with (``已开工棚户区改造``, ``累计分配公租房``).
_STAGE_DONE_LEAD = re.compile(rf"^(?:累计|已经?|新)*(?:基本)?(?:{_STAGES}|分配|开通|发放)")


def _part_started(text: str, token: Token, c_end: int, whole: Fact) -> str | None:
    """The subject of a count of a group's part that reached a stage, the group counted
    right before (``257个计划新开工项目中221个项目开工建设`` → 开工建设的计划新开工项目), else
    None: the stage, then the group as the text names it after its number."""
    group = text[whole.char_end : token.start - 1]
    stage = _PART_STAGE.match(text, token.end, c_end)
    if stage and stage.end() < c_end and text[stage.end()] not in ",，;；。、":
        return None  # (the stage ends the item: 项目开工建设、开工率86%)
    if not stage or not 2 <= len(group) <= 12 or not group.endswith(stage["noun"] or group):
        return None
    if any(c in ",，;；。、" for c in group):
        return None
    return stage["stage"] + "的" + group


def _things_done(rest: str) -> tuple[str, str] | None:
    """The verb and the things of a count of things finished (``项目建成投用`` after
    ``17个``: ('建成投用', '项目')), the words after the figure being no more, else None.

    >>> _things_done("项目建成投用"), _things_done("城市道路建设完成"), _things_done("项目")
    (('建成投用', '项目'), ('建设完成', '城市道路'), None)
    """
    rest = rest.rstrip()
    if not rest or rest[-1] not in "成工通用":  # (quick test: the verbs' last characters)
        return None
    doing = _THINGS_DO.fullmatch(rest)
    if doing is None or not doing["done"]:
        return None
    return doing["done"], doing["done_noun"]


#: Verbs of building or removing what a plan counts (``新建``, ``改造提升``, ``拆除``).
_BUILD_VERB = (
    r"(?:新改扩建|改扩建|新建|改建|扩建|建设|建成|修建|铺设|改造|提升|整治|治理|绿化|种植|栽植|修复"
    r"|硬化|打通|拆除|开通|增设|加装|安装|配备)"
)
#: The same verbs before an amount of what is built (``新建10万平方米街旁游园``).
_BUILT = re.compile(_BUILD_VERB + "$")
_BUILT_ENDS: Final = scanning.last_characters(_BUILT)
#: A clause that opens with them (``新建和改扩建乡村公厕``, ``改造提升…19处``): the verbs.
_BUILD_OPENS = re.compile(
    rf"(?:[一二三四五六七八九十]+是)?(?:{_BUILD_VERB}+(?:[和及或、]{_BUILD_VERB}+)*)"
)
#: A verb of upkeep or work with no object (``新建农村公路300公里,重点养护600公里``).
_WORK_ONLY = re.compile(rf"[\u4e00-\u9fa5]{{0,2}}(?:养护|维修|管护|亮化|{_BUILD_VERB})")
#: ``实施背街小巷整治工程,完成治理20条``: the works a figure after them is of.
_WORKS = re.compile(r"实施(?P<works>[^,，;；。:：\d]{2,16}?)(?:工程|项目|行动|计划)")
#: Institutions whose places (学位, 床位, 托位) a plan adds, at the end of what is built.
_INSTITUTION = re.compile(
    r"(?:幼儿园|中小学|小学|初中|高中|学校|医院|卫生院|养老院|敬老院|托育机构)$"
)
#: A subject that says what was done, but not to what (``完成治理``).
_DONE_ONLY = re.compile(
    r"(?:完成|实现)(?P<verb>[\u4e00-\u9fa5]{2})|(?P<stage>开工建设|新开工|开工|建成|竣工|投用)"
)


def _planned_subject(
    text: str,
    token: Token,
    subject: str | None,
    info: UnitInfo,
    clause: tuple[int, int, int],
    before: Fact | None = None,
) -> str | None:
    """The subject of a planned quantity of a programme (民生实事), where the words after
    the figure or earlier in its sentence name what is planned. ``clause`` is (sentence
    start, clause start, clause end); ``before`` the figure before in the sentence.

    - things counted that do something: what they do, then the things (``遴选50个乡镇卫生院
      开展国医堂建设`` → 开展国医堂建设乡镇卫生院, ``在176个村开展污水治理工作`` →
      开展污水治理村), as the dev17 gold and :func:`_counted_that` name them;
    - an amount of what is built: the verb, then the thing (``在四区重要节点新建10万平方米
      街旁游园`` → 新建街旁游园);
    - things named after their number in a clause that opens with the verb: the verb, then
      the things (``拆除甲、乙等5个收费站`` → 拆除收费站);
    - a bare verb (``实施背街小巷整治工程,完成治理20条``): the works named before, then the
      verb (背街小巷整治治理); a verb of upkeep after what was built (``新建农村公路300公里,
      重点养护600公里``): the thing built, then it;
    - a list's later items (``农村改炕2万个、改灶2000个``, ``新建乡村公厕450座、粪污处理设施
      50个``): the modifier or the verb of the first item (农村改灶, 新建粪污处理设施);
    - places added after what is built (``新建幼儿园8所,新增学位2340个``): the institution's
      (幼儿园新增学位; not after two kinds, ``幼儿园、中小学``);
    - ``完成`` before what is planned is dropped (``完成老旧楼院维修改造40个``).

    Examples
    --------
    >>> def read(t, span, subject, before=None):
    ...     at = t.index(span)
    ...     token = Token(at, at + len(span), span, 0.0, span.lstrip("0123456789."), "number")
    ...     c, info = t.rfind(",", 0, at) + 1, unit_info(token.unit)
    ...     glue = t.rfind("、", c, at)
    ...     end = glue if glue >= 0 else c - 1  # (where the figure before ends)
    ...     return _planned_subject(t, token, subject, info, (0, c, len(t) - 1), before and
    ...         Fact.from_dict({"subject": before, "char_start": 0, "char_end": end,
    ...                         "base_unit": info.base}))
    >>> read("在全市遴选50个乡镇卫生院开展高水平国医堂建设,", "50个", "乡镇卫生院开展高水平国医堂建设")
    '开展高水平国医堂建设乡镇卫生院'
    >>> read("在市内四区重要节点新建10万平方米街旁游园,", "10万平方米", "在市内四区重要节点新建")
    '新建街旁游园'
    >>> read("在医院周边建成12个公共停车场,", "12个", "在医院周边建成")
    '建成公共停车场'
    >>> read("七是实施背街小巷整治工程,完成治理20条,", "20条", "完成治理")
    '背街小巷整治治理'
    >>> read("十是实施棚户区改造项目,开工建设1万户。", "1万户", "开工建设")
    '棚户区改造开工建设'
    >>> read("拆除甲路、乙路等5个收费站。", "5个", "收费站"), read("新建公路30公里,重点养护60公里。",
    ...     "60公里", "重点养护", "新建公路")
    ('拆除收费站', '公路重点养护')
    >>> read("完成农村改炕2万个、改灶2000个。", "2000个", "改灶", "完成农村改炕")
    '农村改灶'
    >>> read("新建乡村公厕450座、粪污处理设施50个。", "50个", "粪污处理设施", "新建乡村公厕")
    '新建粪污处理设施'
    >>> read("新建、改扩建幼儿园8所,新增学位2340个。", "2340个", "新增学位", "新建、改扩建幼儿园")
    '幼儿园新增学位'
    """
    s_start, c_start, c_end = clause
    rest = text[token.end : c_end]
    if not subject:
        return subject
    if info.kind in ("count", "person") and (doing := _things_doing(rest, subject)):
        return doing
    prefix = text[s_start : token.start]
    if (
        (
            info.kind == "amount"
            # (the subject itself once 公共停车场 is read as the noun counted: round 18b)
            or (
                info.kind == "count"
                and (subject.startswith("在") or "在" in text[c_start : token.start])
            )
        )
        and prefix.endswith(_BUILT_ENDS)
        and (built := _BUILT.search(prefix))
    ):  # (a count: 在学校周边建成26个公共停车场, where the words before name a place)
        thing = noun_after(rest)
        if thing is None and info.kind == "count" and _CJK_WORDS.fullmatch(rest.strip()):
            thing = rest.strip()  # (公共停车场: 停 reads as a verb to noun_after)
        if thing and rest.startswith(thing) and len(thing) == len(rest.strip()):
            return built.group() + thing
    if (done := _DONE_ONLY.fullmatch(subject)) and "实施" in prefix:
        works = _WORKS.search(prefix)
        if works and works["works"] not in subject:
            return works["works"] + (done["verb"] or done["stage"])
    opens = _BUILD_OPENS.match(text, c_start, token.start)
    if (
        opens
        and info.kind == "count"
        and rest.startswith(subject)
        and not subject.startswith(opens.group())
    ):
        return opens.group() + subject  # 拆除甲、乙等5个收费站 (a verb and its object)
    earlier = before.subject if before is not None else None
    glued = before is not None and text[before.char_end : token.start].startswith("、")
    if earlier and glued and len(subject) <= 3 and len(earlier) > len(subject) + 1:
        tail = earlier[-len(subject) :]
        if tail[0] == subject[0] and tail != subject:  # 农村改炕…、改灶: 农村改灶
            return earlier[: -len(subject)].removeprefix("完成") + subject
    verb = _BUILD_OPENS.match(earlier) if earlier else None
    if earlier and verb and glued and not _BUILD_OPENS.match(subject):
        return verb.group() + subject  # 新建乡村公厕450座、粪污处理设施50个
    if (
        earlier
        and verb
        and before is not None
        and before.base_unit == info.base
        and _WORK_ONLY.fullmatch(subject)
        and earlier[verb.end() :] not in subject
    ):
        return earlier[verb.end() :] + subject  # 新建公路30公里,重点养护60公里
    if (
        earlier
        and subject.startswith("新增")
        and len(subject) <= 4
        and "、" not in earlier[verb.end() if verb else 0 :]  # (新建、改扩建幼儿园: one kind)
        and (place := _INSTITUTION.search(earlier))
    ):
        return place.group() + subject  # 新建幼儿园8所,新增学位2340个: 幼儿园新增学位
    if subject.startswith("完成") and len(subject) > 4:
        return subject[2:]  # 完成老旧楼院维修改造40个: what is planned
    return subject


def _counted_noun(info: UnitInfo | None, after: str) -> bool:
    """Whether a count (``info``: its unit's) is followed by the noun it counts
    (``64个投产项目``)."""
    return info is not None and info.kind == "count" and noun_after(after) is not None


def _base(
    token: Token, value: float | list[float], measure: str, info: UnitInfo | None
) -> tuple[float | list[float] | None, str | None]:
    """(value in base unit, base unit); ``info`` is ``unit_info(token.unit)``."""
    if isinstance(value, list):
        return list(value), None
    if token.kind == "rank":
        return value, "rank"
    if token.unit is None:
        return value, None
    if info is not None and info.kind == "times" and measure != "growth_yoy":
        return value, "times"
    return to_base(value, token.unit)


#: A place in brackets right after a figure: ``4.6℃(右玉)—14.9℃(永济)``, a station's.
_PLACE_IN_BRACKETS = re.compile(r"[(（](?P<name>[\u4e00-\u9fa5]{2,8})[)）]")


def _whole_month(doc: _Doc, period: str, s_start: int, at: int, events: list[PeriodEvent]) -> str:
    """8月份本市工业总产值…。其中,轻工业…: the parts of a month's figure in the sentence
    after it are that month's, though the span of months is in force again there."""
    whole = next((f for f in reversed(doc.facts) if f.char_end <= s_start), None)
    if (
        whole is not None
        and whole.period
        and len(whole.period) == 7
        and s_start - 160 < whole.char_end <= s_start
        and period.endswith(whole.period)
        and not any(s_start <= e.start < at for e in events)
    ):
        return whole.period
    return period


def _bracket_owner(doc: _Doc, prefix: str, after_value: bool = False) -> str | None:
    """The indicator a bracketed figure follows when its words name one, not a place
    (``地区生产总值(6.2%)和一般公共预算收入(9.8%)``: the second is 一般公共预算收入's), or
    the item of a list it is the value of (``…行业分别为:甲(x%)、乙(y%)``: 乙)."""
    words = clean(prefix.rsplit(")", 1)[-1].rsplit("）", 1)[-1].rstrip("(（")).lstrip("和及与、")
    if doc.item_region(words):
        return None
    if len(words) >= 4 and measures.AMOUNT_NAME.search(words):
        return words
    item = _LISTED_ITEM.search(prefix) if after_value else None
    return item["item"] if item and not doc.item_region(item["item"]) else None


def _bracketed_place(doc: _Doc, end: int) -> str | None:
    """The region named alone in brackets right after a figure ending at ``end`` (the
    station of a climate figure, the county of an extreme), or None."""
    found = _PLACE_IN_BRACKETS.match(doc.text, end)
    if found is None:
        return None
    name = found["name"]
    region = lookup(name, near=doc.region_code)
    if region is None or (name != region.name and name not in region.aliases):
        return None
    return region.name


#: A sentence breaking the one before into parts (``其中,…``, ``分产业看,…``): growths at
#: comparable prices there are so here too.
_PARTS_OPEN = re.compile(r"其中|(?:分|从|按)[\u4e00-\u9fa5]{1,6}看")
#: ``按可比价计算(下同)``: the words hold for the rest of the text.
_SAME_BELOW = re.compile(r"[^。;；\n]{0,6}?[(（]下同[)）]")
#: What a price basis concerns: amounts of value, not quantities (吨, 头) or counts.
_VALUE_AMOUNT = re.compile(r"增加值|生产总值|GDP|产值")


#: A note on growth rates (``注:增加值增长速度按可比价计算``, ``…增长速度为消除价格因素影响后的
#: 增长速度,即按可比价计算``).
_PRICE_NOTE = re.compile(r"(?:增长速度|增速)[^。;；\n]{0,12}?(?:按|即按)(?:可比|不变)价")
#: The statisticians' word that growth rates of value added are real (``增加值增速均为扣除价格
#: 因素的实际增长率``, often in brackets after the first): at comparable prices (convention 24).
_REAL_GROWTH_NOTE = re.compile(r"(?:增长速度|增速)[^。;；\n]{0,6}?为扣除价格因素")
_NOTE_STOP = re.compile(r"[。;；\n]")
#: A note's own numbering (``注:``, ``(1)``, ``3、``), before words without any figure.
_NOTE_NUMBERING = re.compile(r"\s*(?:(?:附?注|说明)\s*[:：]?)?\s*(?:[(（]?\d{1,2}[)）、.．])?")


def _priced_by_note(text: str) -> bool:
    """Whether a note of the text (a sentence with no figure of its own, as under a table
    or in a release's 附注) says that growth rates are at comparable prices.

    >>> _priced_by_note("表略。\\n注:1.增加值增长速度按可比价计算;2.其他按现价计算。")
    True
    >>> _priced_by_note("规模以上工业增加值增长速度按可比价计算为5.2%。")
    False
    """
    for found in _PRICE_NOTE.finditer(text):
        first = max(text.rfind(stop, 0, found.start()) for stop in "。;；\n") + 1
        stop = _NOTE_STOP.search(text, found.end())
        numbered = _NOTE_NUMBERING.match(text, first)
        sentence = text[numbered.end() if numbered else first : stop.start() if stop else len(text)]
        if not any(c.isdigit() for c in sentence):
            return True
    return False


#: ``扣除价格因素,实际增长7.9%``, ``扣除物价因素影响后,…实际下降0.9%``: the words naming prices
#: taken out, then the growth said to be real (in its own clause or the next).
_PRICES_DEDUCTED = re.compile(
    r"(?:扣除|剔除)(?:了)?(?:物价|价格)(?:上涨|变动)?因素(?:的)?(?:影响)?(?:后)?[,，]?"
    r"[^。;；%]{0,40}?实际(?:增长|下降|提高|减少)了?$"
)


def _real_after_deduction(text: str, start: int, end: int) -> bool:
    """Whether the growth at ``end`` is a real one said after prices were taken out
    (``扣除价格因素,实际增长3.1%``): at comparable prices, as ``按可比价格`` says (convention 24).

    >>> _real_after_deduction("人均收入15000元,增长6.5%,扣除价格因素,实际增长4.2%", 0, 29)
    True
    >>> _real_after_deduction("人均收入15000元,增长6.5%,扣除价格因素,实际增长4.2%", 0, 13)
    False
    >>> _real_after_deduction("扣除物价因素,年平均工资实际增长5%", 0, 16)
    True
    >>> _real_after_deduction("扣除留抵退税因素后,税收收入实际增长8%", 0, 18)
    False
    """
    if not text.endswith(_REAL_GROWTH, start, end):  # (the literal first: most growths fail)
        return False
    at = text.rfind("除", start, end)
    return at > start and _PRICES_DEDUCTED.match(text, at - 1, end) is not None


def _comparable(doc: _Doc, sentence: tuple[int, int], start: int = -1) -> bool:
    # (the sentence copied only where it is read: most have no 按, and a growth's sentence was
    # copied for each of its figures)
    text = (
        doc.text[sentence[0] : sentence[1]]
        if doc.text.find("按", sentence[0], sentence[1]) >= 0
        else ""
    )
    found = _COMPARABLE.search(text) if text else None  # (its first word)
    if found:
        doc.comparable_sentence = sentence
        below = _SAME_BELOW.match(text, found.end())
        if below and doc.comparable_from < 0:
            doc.comparable_from = sentence[0] + below.end()
        return True
    if sentence == doc.comparable_sentence:
        return True
    if 0 <= doc.comparable_from <= start:
        # 按可比价计算(下同) before: a growth of value added (in its part of the sentence)
        part = doc.text[sentence[0] : start]
        part = part[max(part.rfind(";"), part.rfind("；")) + 1 :]
        if _VALUE_AMOUNT.search(part):
            return True
    _, prev_end = doc.comparable_sentence
    if (
        prev_end >= 0
        and 0 <= sentence[0] - prev_end <= 2
        and _PARTS_OPEN.match(doc.text[sentence[0] : sentence[1]].lstrip())
    ):
        doc.comparable_sentence = sentence
        return True
    return False


def _period(
    doc: _Doc, token: Token, prefix: str, events: list[PeriodEvent], measure: str = ""
) -> str | None:
    # the last period in force before the number (only current[-1] is read below)
    found, ended = in_force_at(events, token.start, doc.text, measure)
    current = [found] if found is not None else []
    period = current[-1].period if current else doc.default_period
    carried = doc.carried
    if ended and not current and carried is None:
        # 一季度,…。\n3月份,…。从贸易方式看,…: after the month's reach the period the
        # paragraph opened in is in force again, as if carried (round 20)
        carried = paragraph_opening(doc.passed, doc.lead_span, None)
    if (
        not current
        and carried
        and carries_to(
            measure,
            carried,
            to_date=doc.carried_month_end and carried == doc.to_date,
            reported=doc.reported,
            report_span=doc.report_span,
            listed=doc.listed,
        )
        # 建成后,该校能开设48个教学班: what a project will hold, not work of that period
        # (round 16, third pass)
        and not _BUILT_AFTER.search(doc.text, _doc_sentence_start(doc, token.start), token.start)
    ):
        period = carried
        if doc.carried_month_end:  # 至9月底,…。\n二、…\n…完成率分别高于…: 1-9月
            s_start = _doc_sentence_start(doc, token.start)
            words = doc.text[s_start : token.start]
            if doc.reported:
                # a programme's progress report: each clause's work is done since January
                # (已建成11家, 资助…学生18710名) unless the clause names a state
                # (千人口托位数达到3.88个); a stock named earlier in a long sentence of
                # items is another item's (round 18, second pass)
                clause = _doc_bounds(doc, token.start, _CLAUSE_END, s_start, token.start)[0]
                words = "完成" + doc.text[clause : token.start]
            period = cumulative_to(period, words, measure)
    elif (
        not current and carried and measure == "count" and _MONTHS_SINCE_JANUARY.fullmatch(carried)
    ):
        # 1-8月,…。⏎此外,…光纤宽带用户总数2380万户: a count whose own clause names a
        # stock (users, balances, 库存, 总数, 达到) in a paragraph the span carries to is its
        # state at the span's last month, as in the span's own paragraph (round 22)
        clause = _doc_bounds(doc, token.start, _CLAUSE_END, 0, token.start)[0]
        end = stock_at_end(carried, doc.text[clause : token.start], measure)
        if end != carried:
            period = end
    year = current[-1].year if current else doc.year
    if current and current[-1].kind in _TERMS and period and prefix[-1:] in _TERM_STATE_ENDS:
        # 过去五年,…覆盖率由41.2%提高到43.5%: a state at the term's start and at its end
        # (round 20, third pass)
        before = doc.text[max(0, token.start - 30) : token.start]
        state = _TERM_STATE.search(before[max(before.rfind(c) for c in "，,。;；") + 1 :])
        if state:
            first, _, last = period.partition("/")
            if not state.group(1):
                return last
            # 2018-2022年,…由6590家增至…: the first year written is the state's; 过去五年 and
            # 五年来 count from the year before the term
            return first if _YEARS_WRITTEN.match(current[-1].text) else str(int(first) - 1)
    dated = "年" in prefix or "原来" in prefix  # (every match of the three below has them)
    if dated and year is not None and _PREVIOUS_YEAR.search(prefix):
        return str(year - 1)
    if dated and period and "同期" in prefix and _PREVIOUS_SPAN.search(prefix):
        # 由上年同期的1.98:1降至…: the same months of the year before (round 19)
        return years_moved(period, -1)
    if (
        period
        and "同期" in prefix
        and _BASE_BEFORE_CHANGE.search(prefix)
        and token.span[:1] not in "-+"
        and _CHANGE_OF_A_FIGURE.match(doc.text, token.end)
    ):
        return years_moved(period, -1)
    from_year = (
        (_FROM_YEAR.search(prefix) or _BASE_FIGURE.search(prefix))
        if dated and prefix[-1:] in _FROM_YEAR_ENDS  # (the literal test first)
        else None
    )
    if from_year:
        # 由2022年的2.50缩小至2.41: 2.50 is 2022's (与2020年的65300元相比: 65300 is 2020's)
        return from_year.group(1) or from_year.group(2)
    if prefix[-1:] in "(（":  # 较1-9月(6.1%): the figure of the period compared with
        base = bracket_base(prefix, year, period)
        if base is not None:
            return base
    if current and current[-1].kind == "mend" and _MONTH_END_WORD.search(current[-1].text):
        since = max(current[-1].end, _doc_sentence_start(doc, token.start))
        words = doc.text[since : token.start]  # 截至9月底完成投资: 1-9月
        # (a month's end stated, 4月末,…: its sentence's items each a stock or a flow)
        items = current[-1].text.endswith(("末", "底"))
        return cumulative_to(period, words, measure, items=items)
    if current and current[-1].kind == "month" and measure != "count":
        sentence_start = _doc_sentence_start(doc, token.start)
        since = max(current[-1].end, sentence_start)
        if (measure in _SUMMED or measure == "share") and doc.text.find(
            "累计", since, token.start
        ) >= 0:
            # 3月份…当月…,累计完成…: 1-3月; 4月,…累计完成…,完成年初预算数…的40.4%: the
            # progress of the sum since January (round 24)
            return cumulative_to(period, "累计完成", measure)
        if (
            sentence_start > current[-1].end
            and doc.text.find("累计", current[-1].end, sentence_start) >= 0
            # (not a 全年累计 of its own part of a sentence, see _scoped: round 18)
            and doc.text.count("累计", current[-1].end, sentence_start)
            > doc.text.count("全年累计", current[-1].end, sentence_start)
        ):
            return cumulative_to(period, "累计完成", measure)  # …累计完成…。收入规模位居…
    if (
        period
        and measure in _SUMMED
        and "-01/" in period  # (every match has it)
        and _MONTHS_SINCE_JANUARY.fullmatch(period)
    ):
        sentence_start = _doc_sentence_start(doc, token.start)
        this_month = doc.text.rfind("当月", sentence_start, token.start)
        if this_month >= 0 and doc.text.rfind("累计", sentence_start, token.start) < this_month:
            return period[-7:]  # 前11个月…。…当月完成产值33.8亿元: the range's last month
    if measure in ("level", "count", "share") and period and "/" in period:  # 上半年,…总量…
        since = max(current[-1].end if current else 0, token.start - 40)
        since = max(since, doc.text.rfind("。", since, token.start) + 1)
        return stock_at_end(period, doc.text[since : token.start], measure)
    if (
        measure in ("growth_yoy", "pp_change")
        and period
        and (
            doc.text.find("余额", max(0, token.start - 40), token.start) >= 0
            or doc.text.find("用户", max(0, token.start - 40), token.start) >= 0
        )
        and "-01/" in period
        and _MONTHS_SINCE_JANUARY.fullmatch(period)
    ):  # (the literal test first: few growths follow a balance)
        # 一季度,…。分部门看:企业贷款余额18342亿元,同比增长6.3%: the growth of a balance is
        # between two month ends, the span's last (round 18); 比年初增加…,增速7.17% (since
        # January) keeps the span
        since = max(current[-1].end if current else 0, token.start - 40)
        since = max(since, doc.text.rfind("。", since, token.start) + 1)
        words = doc.text[since : token.start]
        if "余额" in words and "年初" not in words:
            return period[-7:]
        if "用户" in words and stock_at_end(period, words, "count") != period:
            return period[-7:]  # 上半年,…宽带用户811万户,同比增3.3%: as the users (round 19)
    return period


#: The months since January of a year (``2011-01/2011-11``).
_MONTHS_SINCE_JANUARY = re.compile(r"(\d{4})-01/\1-(?:0[2-9]|1[0-2])")
#: A span of months within one year (1-6月) or one month: what a paragraph may pass on.
_SUMMED: Final = ("level", "growth_yoy", "abs_change")


#: The date a text is dated (``2030-10-23 01:47``, ``29.12.2030  19:45``) near its start.
_PUBLISHED = re.compile(
    r"(?<!\d)(?P<y>20\d\d)-(?P<m>\d{1,2})-\d{1,2}(?!\d)"
    r"|(?<![\d.])\d{1,2}\.(?P<m2>\d{1,2})\.(?P<y2>20\d\d)(?!\d)"
)


#: The persons named right after a bare 万 (``13.3万常住人口``, ``9.95万老年人``): a number of
#: persons whose unit is 万人 (dev17's and dev18's gold), as ``万名`` would be.
_PERSONS_NEXT = re.compile(r"名?[\u4e00-\u9fa5](?<![左以])")
#: The next item of a list, in 万人 written whole (``8.7万、4.1万人``).
_LISTED_PERSONS_NEXT = re.compile(r"[、和及与]\s*\d+(?:\.\d+)?\s*万人")


def _programme_text(doc: _Doc, reading: str) -> bool:
    """Whether the text states or reports a programme of livelihood projects (its parts,
    or its title or opening naming one): its part of the year is no period of the whole
    (see :func:`scope.opening_document_period`)."""
    return bool(doc.programmes) or measures.programme_named(measures.opening(reading))


def _published(opening: str) -> str | None:
    """The month (YYYY-MM) ``opening`` is dated, from a dateline of digits.

    >>> _published("稿源:甲日报 2030-10-23 01:47\\n…"), _published("标题\\n\\n29.12.2030  19:45")
    ('2030-10', '2030-12')
    """
    found = _PUBLISHED.search(opening)
    if found is None:
        return None
    year, month = (found["y"], found["m"]) if found["y"] else (found["y2"], found["m2"])
    return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None


#: A full date (``2022-01-18``, ``2015年01月12日``): a dateline's, when near a text's start.
_FULL_DATE = re.compile(
    r"(?<!\d)(?:(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
    r"|(?P<y2>20\d\d)年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})[日号])"
    # (a dateline's date stands alone: a time, a source, a line's end after it; not
    # 2023年1月1日起,我市实施…, an event's)
    r"(?=\s|$|\d|来源|发布|作者|记者|[|｜])"
)


def _told_on(opening: str) -> date | None:
    r"""The day ``opening`` is dated, from its first full date.

    >>> _told_on("标题\n发布日期: 2022-01-18 10:58"), _told_on("2015年01月12日  来源:晚报")
    (datetime.date(2022, 1, 18), datetime.date(2015, 1, 12))
    >>> _told_on("2022年1-12月我国产量6774.3万吨")
    """
    found = _FULL_DATE.search(opening)
    if found is None:
        return None
    parts = (
        (found["y"], found["m"], found["d"])
        if found["y"]
        else (found["y2"], found["m2"], found["d2"])
    )
    try:
        return date(*map(int, parts))
    except ValueError:
        return None


#: Now, as a dated text says it of a stock (``目前,全市已柔性引进院士44名``, ``现已达到290个``).
_NOW = re.compile(r"截至目前|截止目前|目前|现已|至此|当前")


def _now_events(
    told: date, text: str, events: list[PeriodEvent], start: int, end: int
) -> list[PeriodEvent]:
    """In a text dated ``told`` by its dateline, 目前 (截至目前, 现已, 至此) is the month it
    is dated, for its own sentence (kind ``todate``: :func:`_scoped` limits it; round 31)."""
    # (dated in December: the year's end, a year-end stock is YYYY)
    month = str(told.year) if told.month == 12 else f"{told.year}-{told.month:02d}"
    added = [
        PeriodEvent(m.start(), m.end(), m.group(), month, told.year, "todate")
        for m in _NOW.finditer(text, start, end)
    ]
    return sorted(events + added, key=lambda e: e.start)


def _to_date_events(
    doc: _Doc, events: list[PeriodEvent], text: str, start: int, end: int
) -> list[PeriodEvent]:
    """In a report of a programme's results, ``截至目前`` (up to now) is the year up to the
    month the text is dated (``2030-01/2030-10``; the year itself when dated in December),
    for its own sentence (kind ``todate``: :func:`_scoped` limits it)."""
    published = doc.published or ""
    year, month = published[:4], published[5:]
    period = year if month == "12" else f"{year}-01/{published}"
    added = [
        PeriodEvent(m.start(), m.end(), m.group(), period, int(year), "todate")
        for m in re.finditer("截至目前", text[start:end])
    ]
    added = [replace(e, start=e.start + start, end=e.end + start) for e in added]
    return sorted(events + added, key=lambda e: e.start)


def _sentence_start(text: str, position: int) -> int:
    return _bounds(text, position, _SENTENCE_END, 0, position)[0]


def _doc_sentence_start(doc: _Doc, position: int) -> int:
    """:func:`_sentence_start` in the document's text, from its index of stops (a figure's
    period asked it up to three times, each a search back through the text)."""
    return _doc_bounds(doc, position, _SENTENCE_END, 0, position)[0]


#: Words that only say where the paragraph's figures come from (``调查结果为,``, ``数据显示:``).
_TELLING_OPENS = re.compile(
    r"\s*[\u4e00-\u9fa5]{0,6}?(?:结果|数据|统计|调查|监测)(?:显示|表明|为|是)[,，:：]?\s*"
)


def _lags(period: str | None, carried: str | None) -> bool:
    """Whether ``period`` is the months since January of ``carried`` but its last month(s),
    as figures released a month behind are (利润 to May in a report on the half year).

    >>> _lags("2022-01/2022-05", "2022-01/2022-06"), _lags("2022-01/2022-06", "2022-01/2022-05")
    (True, False)
    """
    return (
        period is not None
        and carried is not None
        and len(period) == len(carried) == 15
        and period[:8] == carried[:8]
        and period[8:] < carried[8:]
    )


#: The number of an item opening a paragraph (``1``, ``2.``, ``三、``, ``(四)``; round 28).
_ITEM_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}[.、．)）]?|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])"
)


def _opening_region(doc: _Doc, paragraph: tuple[int, int]) -> str | None:
    """The region a paragraph opens with (``太原1-2月财政收入…。其中税收…``): the
    region of its later sentences that name none. Only a region that is not the
    document's own and opens the paragraph (after time words) counts."""
    p_start, p_end = paragraph
    first = bisect_left(doc.mention_starts, p_start)
    if first >= len(doc.mentions):
        return None
    m_start, m_end, found = doc.mentions[first]
    if m_start >= p_end or found.name == doc.region or found.level == "area":
        return None
    if abroad(found) and _abroad_not_region(doc.text, m_start, m_end, p_end):
        return None  # 从外资来源地看,香港地区…: a source of investment, no region
    opening = _ITEM_NUMBER.sub("", doc.text[p_start:m_start])  # 1北京市: a list's number
    if m_start - p_start > 12 or (clean(opening) and not _TELLING_OPENS.fullmatch(opening)):
        return None
    at = doc.text.find("等", m_end, min(p_end, m_end + 80))
    if at >= 0 and _example_place(doc.text, m_end, at + 1, p_start):
        return None  # 长沙至赣州铁路、乙项目等12个项目建成: an example's place, no topic
    if (
        doc.text[m_end : m_end + 1] in ("、", "和", "及", "与")
        and first + 1 < len(doc.mentions)
        and doc.mentions[first + 1][0] == m_end + 1
    ):
        return None  # 甲县、乙县…分别下降…: the paragraph is of several places (round 28)
    return found.name


#: Words opening a paragraph that goes on with the one before (``其中,城市上涨…``,
#: ``分类别看,…``): its figures are parts of that paragraph's.
_CONTINUES_FIRST: Final = frozenset("其分从 \t\u3000")
_CONTINUES = re.compile(r"\s*(?:其中|分类别看|分类别|分类看|分项看|分行业看|从类别看)[,，:：]")


def _continued_region(doc: _Doc, p_start: int) -> str | None:
    r"""The region of the line before a paragraph that goes on with it (``我国CPI同比上涨
    5.3%。`` then ``其中,城市上涨5.2%…``), when every figure of that line is of one region
    other than the document's: the parts are of the same place as their whole.

    >>> t = "甲市物价上涨2.1%。\n国家统计局发布,我国CPI同比上涨5.3%。\n其中,城市上涨5.2%。"
    >>> [f.region for f in extract(t, region="某某市", year=2011)]
    ['某某市', '全国', '全国']
    """
    text = doc.text
    if (
        p_start < 1
        or text[p_start - 1] != "\n"
        or text[p_start : p_start + 1] not in _CONTINUES_FIRST
    ):
        return None
    if not _CONTINUES.match(text, p_start):
        return None
    line_start = text.rfind("\n", 0, p_start - 1) + 1
    regions = set()
    for fact in reversed(doc.facts):
        if fact.char_start < line_start:
            break
        regions.add(fact.region)
    if len(regions) != 1:
        return None
    (region,) = regions
    return region if region and region != doc.region else None


#: A heading that names a region before a colon (``乙市:``, ``乙市2020年主要预期目标:``).
_REGION_HEADING = re.compile(
    r"(?:^|(?<=[。;；!！\s]))\s*(?P<name>[^,，。;；:：\s\d]{2,12}(?:[12]\d{3}年)?[^,，。;；:：\s\d]{0,10})[:：]"
)


def _region_headings(doc: _Doc, paragraph: tuple[int, int]) -> list[tuple[int, str]]:
    """Where a heading of a region starts its part of a paragraph, and that region: the
    sentences after ``乙省:`` are about 乙省, and 全省/全市 there mean it."""
    out: list[tuple[int, str]] = []
    if doc.text.find(":", *paragraph) < 0 and doc.text.find("：", *paragraph) < 0:
        return out  # no colon, no heading (skips the pattern's scan of the paragraph)
    for m in _REGION_HEADING.finditer(doc.text, *paragraph):
        first = bisect_left(doc.mention_starts, m.start("name"))
        if first >= len(doc.mentions):
            continue
        m_start, m_end, found = doc.mentions[first]
        if m_start != m.start("name") or m_end > m.end("name") or found.level == "area":
            continue
        out.append((m.end(), found.name))
    return out


def _region(
    doc: _Doc,
    text: str,
    s_start: int,
    position: int,
    default: str | None = None,
    scope: str | None = None,
    clause_start: int | None = None,
) -> str | None:
    """The last region named before the number in its sentence, as a subject.

    A name counts when it is in the number's own clause or opens its clause (after time
    words and connectives): 祁县 in ``灵石西龙池、祁县黄草院电站…,新能源装机…`` does not.
    ``default`` (else the document's region) when the sentence names none. ``scope`` is
    the region of a heading (``乙市2020年主要目标:全市…``): the sentence's default, and
    what 全市/全省 mean there. ``clause_start``: where the clause of ``position`` starts,
    when the caller knows it.
    """
    best: tuple[int, str | None] = (-1, scope or default or doc.region)
    sentence = text[s_start:position]
    if clause_start is None:
        clause_start = _doc_bounds(doc, position, _CLAUSE_END, s_start, position)[0]
    own_clause = clause_start - s_start
    first = bisect_left(doc.mention_starts, s_start)
    last = bisect_left(doc.mention_starts, position)
    seen = doc.region_words  # what a name's own words decide, read once for all figures
    # a rank right after a whole or a group (为全省第2低, 长三角第3位): the scope tests read
    # its 第 too, which the figure's span begins with (round 18, second pass)
    scope_end = position + 1 if text.startswith("第", position) else position
    for m_start, m_end, found in doc.mentions[first:last]:
        if m_end > position:
            continue
        if abroad(found) and _abroad_not_region(text, m_start, m_end, position):
            continue
        note = max(s_start, m_start - 40)  # (an open note's literal words first: most have none)
        if (
            text.find("含", note, m_start) >= 0 or text.find("括", note, m_start) >= 0
        ) and _INCLUDED_PLACES.search(text, note, m_start):
            continue  # 甲地区(包含乙市、丙市和丁市): the places a whole holds
        if _SHARE_BASE_AFTER.fullmatch(text, m_end, position) and text[
            max(0, m_start - 3) : m_start
        ].endswith(("为", "相当于", "是")):
            continue  # …元,为甲市的x%: the place the share is of, not the figure's
        if text.find("胞", m_end, m_end + 12) >= 0 and _COMPATRIOTS.match(text, m_end):
            continue  # 香港、澳门和台湾同胞215万人次: people of those places, not the region
        if text.find("监", m_end, m_end + 5) >= 0 and _OFFICE_AFTER.match(text, m_end, position):
            continue  # 在甲省证监局辅导备案企业15家: the place of an office, not the figure's
        if (
            found.level == "area"
            and found.name in GROUPS
            and (_GROUP_SCOPE.match(text, m_end, scope_end) or not group_opens(text, m_start))
        ):
            continue  # 珠三角9市中居第1位, 清运黄河流域固废: a scope or a phrase, no region
        if (
            found.level == "area"
            and is_zone(found.name)
            and _zone_not_region(text, m_start, m_end, position)
        ):
            continue  # 开发区管委会, 拉动全市投资增长: an office, or the city's figure (conv. 23)
        if text.find("等", m_end, position) >= 0 and _example_place(
            text, m_end, position, clause_start
        ):
            continue  # 甲市某中心、乙项目等17个项目建成: places of examples, not the figure's
        start = m_start - s_start
        known = seen.get((s_start, m_start, False))
        if known is None:
            known = seen[s_start, m_start, False] = _name_words(doc, sentence, s_start, start)
        opens, compared = known
        if start < own_clause and not opens:
            continue
        if start < own_clause and _part_scoped(sentence, start):
            continue  # …;甲市某基地,接待…;乙景区,接待…: 甲市 opened its part only
        if not compared and start > best[0]:  # the last name before the figure wins
            best = (start, found.name)
            listed = _listed_after(doc, text, m_start, m_end, found, position)
            if listed is not None or (
                text[m_end : m_end + 1] == "等" and text[m_start - 1 : m_start] in _LIST_GLUE
            ):  # 甲市某景区、乙州某景区接待量…, 改造甲区、乙县等19处: places of several regions
                best = (start, scope or default or doc.region)
    # 全市/我省… of the sentence before ``position``: from the text's, found once (the
    # words never overlap nor cross a stop, so they are the sentence's own matches)
    if doc.collectives is None:
        doc.collectives = [(m.start(), m.end(), m.group()) for m in _COLLECTIVE.finditer(text)]
        doc.collective_ends = [end for _, end, _ in doc.collectives]
    ends = doc.collective_ends
    for at, end, word in doc.collectives[
        bisect_left(ends, s_start + 1) : bisect_right(ends, position)
    ]:
        if at < s_start:
            continue
        known = seen.get((s_start, at, True))
        if known is None:
            known = seen[s_start, at, True] = _name_words(doc, sentence, s_start, at - s_start)
        opens, compared = known
        if (
            not opens
            or _scope_after(text, end, scope_end)
            or (
                (position - end <= 6 or "第" in text[end : end + 7])
                and _RANK_SCOPE_AFTER.match(sentence, end - s_start)
            )
        ):
            continue  # 领跑全市, 占全市的, 为全市最高: the whole is an object or a scope
        if not compared and at - s_start > best[0]:
            best = (at - s_start, collective(word, scope or doc.region))
    return best[1]


#: A regulator's office after a place name (``山东证监局``, ``甲省银保监局``): the office's
#: place, not the region of the figures it handles (round 18, second pass; a bank's
#: branch, ``甲省分行``, is left: its own figures are of its place).
_OFFICE_AFTER = re.compile(r"(?:省|市)?(?:证监局|银保监局|银监局|保监局|金融监管局|银保监分局)")


#: The end of a list of examples before a number of them (``…、乙项目等17个``).
_EXAMPLES_END = re.compile(r"等(?:\d+|[一二三四五六七八九十百千]+)[个项家所处座条批]")
#: What ends a list of examples.
_EXAMPLE_STOPS = frozenset(",，;；。:：\n")


def _example_place(text: str, m_end: int, position: int, clause_start: int) -> bool:
    """Whether a place named at ``m_end`` lies inside an item of a list of examples that ends
    with their number before the figure at ``position`` (``甲项目、资阳市某中心等17个项目
    建成投用``, ``成都市金堂县某基地、某电站等334个产业项目…完成率95.1%``): the figure is of
    all the items, which lie in several places, so of the text's region, not the place's.
    A place that is itself an item (``甲市、乙市等5个市``) is read by :func:`_region`'s list
    rule; a place with no ``、`` near it (``甲县某项目等3个项目``) stays the region.

    >>> t = "甲项目、资阳市某中心等17个项目建成投用"
    >>> _example_place(t, t.index("市") + 1, t.index("17"), 0)
    True
    >>> t = "资阳市某中心等17个项目建成投用"
    >>> _example_place(t, t.index("市") + 1, t.index("17"), 0)
    False
    """
    at = text.rfind("等", m_end, position)
    if any(c in _EXAMPLE_STOPS for c in text[m_end:at]):
        return False
    if not _EXAMPLES_END.match(text, at) or any(c in _EXAMPLE_STOPS for c in text[at:position]):
        return False
    return "、" in text[clause_start:at]


#: Investment or trade named shortly before a place outside the country: the place is
#: its source or market, and the figure keeps the receiving region (convention 9).
_SOURCE_CUE = re.compile(r"来源地|外资|外商|到资|境外投资|进口|出口|引进")


#: A share after a place outside the country: the place is the whole.
_ABROAD_WHOLE = re.compile(r"占比|比重|份额")
#: Visitors, traders or firms of a place outside the country, in the region.
_ABROAD_PEOPLE = re.compile(r"(?:籍|来华|入境)?(?:游客|旅客|客商|客人|留学生|企业|公司|客户)")


#: After a named group of regions (convention 11), words that make it the scope of a
#: rank or a whole (``珠三角9市中居第1位``, ``中部地区第一``, ``中部六省平均``).
_GROUP_SCOPE = re.compile(
    r"[\d一二三四五六七八九十]*[个]?[省市县区]?(?:中|之中|里)?"
    r"(?:排位|排名|位居|位列|居|列|的?最|的?平均|平均|第|前列|首位|之首)"
)


def _bare_zones(
    mentions: list[tuple[int, int, Region]], bare: list[tuple[int, int, Region]]
) -> list[tuple[int, int, Region]]:
    """Bare zone words (``regions.zone_mentions``) not inside a place's mention (the 开发区
    of 晋中开发区 is found with 晋中)."""
    if not bare:
        return bare
    starts = [start for start, _, _ in mentions]
    out = []
    for item in bare:
        at = bisect_right(starts, item[0]) - 1
        if at < 0 or mentions[at][1] <= item[0]:
            out.append(item)
    return out


def _pull_on_nation(subject: str, region: str | None) -> tuple[str, str | None]:
    """A place's pull on the country's growth (``拉动全国原煤产量增长3.9个百分点`` in a
    province's text) is the country's figure, the place named as its contributor, as a
    zone's pull on its city is the city's (convention 23); in the country's own text, the
    whole is the place.

    >>> _pull_on_nation("原煤产量拉动全国原煤产量增长", "内蒙古自治区")
    ('内蒙古拉动全国原煤产量增长', '全国')
    >>> _pull_on_nation("工业拉动全国工业增长", "全国"), _pull_on_nation("甲拉动全国乙增长", None)
    (('工业拉动工业增长', '全国'), ('甲拉动全国乙增长', None))
    """
    if region is None:
        return subject, region
    if region == NATION:
        return subject.replace("拉动全国", "拉动"), region
    place = lookup(region)
    name = place.aliases[0] if place is not None and place.aliases else region
    return name + subject[subject.index("拉动") :], NATION


#: A zone's contribution to the growth of the whole it lies in (``拉动全市投资增长``): the
#: whole's figure, the zone its contributor (convention 23, as convention 9 keeps the
#: receiving region).
_PULLS_WHOLE = re.compile(r"拉动(?:全|我)[市省县区]")


def _zone_not_region(text: str, m_start: int, m_end: int, position: int) -> bool:
    """Whether a development zone is no region of the figure at ``position``: it does not
    open its clause or names an office (``开发区管委会``), or the figure is its pull on the
    whole's growth (``拉动全市投资增长4.0个百分点``)."""
    if not zone_opens(text, m_start, m_end):
        return True
    return text.find("拉动", m_end, position) >= 0 and bool(
        _PULLS_WHOLE.search(text, m_end, position)
    )


def _zone_pulling(doc: _Doc, text: str, s_start: int, position: int) -> str | None:
    """The development zone whose pull on the whole's growth the figure at ``position`` is
    (``开发区完成投资…,拉动全市投资增长4.0个百分点``), or None."""
    at = bisect_left(doc.mention_starts, s_start)
    last = bisect_left(doc.mention_starts, position)
    for m_start, m_end, found in reversed(doc.mentions[at:last]):
        if found.level == "area" and is_zone(found.name) and zone_opens(text, m_start, m_end):
            return found.name if _PULLS_WHOLE.search(text, m_end, position) else None
    return None


def _short_dropped(doc: _Doc, text: str, start: int, position: int) -> str | None:
    """The words before a figure after a district named short that opens them (``巴南圣灯山
    接待`` → ``圣灯山接待``), or None: the district is the figure's region, as a full name is,
    which ``subjects.clean`` strips (it knows no districts' short forms)."""
    at = bisect_left(doc.mention_starts, start)
    last = bisect_left(doc.mention_starts, position)
    for m_start, m_end, found in doc.mentions[at:last]:
        if m_end > position or found.level != "county" or text[m_start:m_end] == found.name:
            continue
        before = text[start:m_start].strip(" ;；:：,，、")
        return text[m_end:position] if not (before and clean(before)) else None
    return None


def _zone_dropped(doc: _Doc, text: str, start: int, position: int) -> str | None:
    """The words before a figure after a development zone that opens them (``开发区完成投资``
    → ``完成投资``), or None when no zone does: the zone is the figure's region (convention
    23), as a place name is, which ``subjects.clean`` strips."""
    at = bisect_left(doc.zone_starts, start)
    last = bisect_left(doc.zone_starts, position)
    for m_start, m_end in doc.zones[at:last]:  # (the zones alone, found once a text)
        if m_end > position:
            continue
        if clean(text[start:m_start]) or not zone_opens(text, m_start, m_end):
            return None
        return text[m_end:position]
    return None


def _abroad_not_region(text: str, m_start: int, m_end: int, position: int) -> bool:
    """Whether a place outside the country is no region of the figure at ``position``:
    a source of investment or a market (``投资来源地…香港地区增长…``), or the scope of a
    rank (``成为全球票房第一``)."""
    if _SOURCE_CUE.search(text, max(0, m_start - 200), position):
        return True
    if _ABROAD_PEOPLE.match(text, m_end):
        return True  # 美国游客增长12%: visitors of the region, from there
    if _ABROAD_WHOLE.search(text, m_end, position):
        return True  # 全球销量占比超六成: the whole of a share, not its region
    return _scope_after(text, m_end, position) or bool(
        position - m_end <= 6
        and (
            _RANK_SCOPE_AFTER.match(text, m_end, position)
            or _RANK_REACHED_WHOLE.search(text, max(0, m_start - 3), m_end)
        )
    )


def _part_scoped(sentence: str, start: int) -> bool:
    """Whether a name at ``start`` opens a part of its sentence after a ``;`` and another
    ``;`` ends that part before the figure (the end of ``sentence``)."""
    if ";" not in sentence and "；" not in sentence:
        return False
    before = max(sentence.rfind(";", 0, start), sentence.rfind("；", 0, start))
    return before >= 0 and (sentence.find(";", start) >= 0 or sentence.find("；", start) >= 0)


def _listed_after(
    doc: _Doc, text: str, m_start: int, m_end: int, found: Region, position: int
) -> Region | None:
    """Another region listed after a name opening an earlier clause (``巴中光雾山景区、
    阿坝州茂县…景区接待量大幅增长,…``): the figure is of places in both, not of the first."""
    clause_end = _doc_bounds(doc, m_end, _CLAUSE_END, m_end, position)[1]
    if clause_end >= position or text.find("、", m_end, clause_end) < 0:
        return None  # (the name's own clause holds the figure, or lists nothing)
    at = bisect_left(doc.mention_starts, m_end)
    for n_start, _, other in doc.mentions[at:]:
        if n_start >= clause_end:
            break
        if other.name != found.name and text.rfind("、", m_end, n_start) >= 0:
            return other
    return None


def _name_words(doc: _Doc, sentence: str, s_start: int, start: int) -> tuple[bool, bool]:
    """For :func:`_region`, of a name at ``start`` in ``sentence`` (the words of its
    sentence up to a figure after it): whether it opens its clause (only time words and
    connectives before it) and whether a comparison word (比, 占 …) comes right before it.
    Neither depends on the figure, so each sentence's names are read once."""
    clause_start = _doc_bounds(doc, s_start + start, _CLAUSE_END, s_start, s_start + start)[0]
    opens = clean(sentence[clause_start - s_start : start]) == ""
    before = sentence[max(0, start - 2) : start]
    if before[-1:] in "、和及" and _COMPARED_LIST.search(sentence, max(0, start - 40), start):
        return opens, True  # 分别高于全国、全省、甲全市a、b、c个百分点 (round 28)
    return opens, before[-1:] in _COMPARE_BEFORE_LAST and bool(_COMPARE_BEFORE.search(before))


#: An enumerated figure's subject, region and back reference (its index, the list's size;
#: a negative size refers back past the sentence, to the indicators of the one before).
_Item = tuple[str | None, str | None, tuple[int, int] | None]


def _enumerations(doc: _Doc, tokens: list[Token]) -> dict[int, _Item]:
    """Distribute a list of subjects (or regions) over the numbers after 分别.

    When nothing is listed before 分别 (``…人次,…亿元,分别增长38.6%和41.2%``), the
    numbers refer back to the facts before them: item ``i`` of ``n`` is returned as a
    back reference ``(i, n)``.
    """
    text = doc.text
    out: dict[int, _Item] = {}
    groups: list[list[Token]] = []
    parallel: tuple[str, str] | None = None  # the head and indicator of a list of kinds
    listed_before: tuple[int, list[str]] = (-1, [])  # the last list's end and its subjects
    ranked: tuple[int, str] = (-1, "")  # the last list of places' end and its indicator
    for token in tokens:
        if (
            groups
            and (
                text[groups[-1][-1].end : groups[-1][-1].end + 1] in _GLUE_FIRST
                or text[groups[-1][-1].end : groups[-1][-1].end + 1].isspace()
            )  # (the literal test first: most numbers are not glued)
            and _GLUE.fullmatch(text, groups[-1][-1].end, token.start)
        ):
            groups[-1].append(token)
        else:
            groups.append([token])
    previous: list[Token] = []
    for group in groups:
        if len(group) < 2:
            continue
        earlier, previous = previous, group
        c_start, _ = _doc_bounds(doc, group[0].start, _CLAUSE_END, 0, len(text))
        before = text[c_start : group[0].start]
        ranks = all(t.kind == "rank" for t in group)
        if (
            "分别" not in before
            and not ranks
            and not _parallel(before, len(group))
            and not _pair_named(before, group)
        ):
            placed = [out.get(t.start) for t in earlier] if len(earlier) == len(group) else []
            if (
                placed
                and all(item and item[1] for item in placed)
                and _same_sentence(text, earlier[-1].end, group[0].start)
            ):  # 分别为甲市、乙市,分别为3.46%、2.76%,高于全省1.38、0.68个百分点
                for token, item in zip(group, placed, strict=True):
                    out[token.start] = (None, item[1] if item else None, None)
            elif _refers_back(before, group):  # 甲…、乙…、丙…,同比增长x、y、z: in order
                # (a negative size: 三项指标…(a、b、c) names the sentence before's indicators)
                wide = "项" in before and _INDICATORS_BACK.search(before) is not None
                for i, token in enumerate(group):
                    out[token.start] = (None, None, (i, -len(group) if wide else len(group)))
            continue
        split = before.rindex("分别") if "分别" in before else len(before)
        listed, verb_words = before[:split], clean(before[split + 2 :])
        if "%" in listed:  # 甲区(13.0%)和乙市(8.2%)增速分别位列…: the places, not their figures
            listed = _BRACKETED_FIGURE.sub("", listed)
        partners = _trade_partners(text, c_start, listed, verb_words, len(group))
        if partners:  # 对中国香港、美国、欧盟分别增长…: trade with each, the text's place's
            for partner, token in zip(partners, group, strict=True):
                out[token.start] = (partner, doc.region, None)
            continue
        listed = _listed_places(doc, listed)  # 甲、乙、丙3个县分别…: the places
        if "、" in listed and "东北" in listed:  # (the literal test first)
            # 东、中、西部和东北地区…分别: the four regions, each named in full
            listed = macro_region_list(listed) or listed
        named = _split_list(listed)
        if len(named) < len(group) and ("和" in listed or "及" in listed or "与" in listed):
            named = _split_list(re.sub(r"[和及与]", "、", listed))  # 甲区和乙区分别…
        of_regions = len(named) == len(group) and all(_split_region(doc, i)[0] for i in named)
        pulled = _PULLED_LIST.match(before[split + 2 :].lstrip()) if not clean(listed) else None
        end, contributors = listed_before
        if pulled and len(contributors) == len(group) and _same_sentence(text, end, c_start):
            # …贡献率分别为A、B、C,分别拉动GDP增长x个、y个、z个百分点: each sector pulls
            # (round 18: 分别 before the verb, as 拉动…分别为 after it below)
            for contributor, token in zip(contributors, group, strict=True):
                own = _CONTRIBUTOR_TAIL.sub("", contributor) or contributor
                out[token.start] = (own + pulled.group(), None, None)
            listed_before = (group[-1].end, [out[t.start][0] or "" for t in group])
            continue
        end, named_before = listed_before
        if (
            "分别" in before
            and not clean(listed)
            and len(earlier) == len(group)
            and earlier[-1].end == end
            and _same_sentence(text, end, c_start)
        ):
            places = [out[t.start][1] if t.start in out else None for t in earlier]
            if all(places):  # 甲县、乙县…分别增长x、y,分别高于全市a、b个百分点: each place's
                for place, token in zip(places, group, strict=True):
                    out[token.start] = (None, place, None)
                continue
            if (
                all(named_before)
                and all(u.unit == "%" for u in earlier)
                and all(t.unit in ("个百分点", "个", "百分点") for t in group)
                and _GAP_WORDS.search(before)
            ):  # 甲、乙分别增长x%、y%,分别高于全国a个、b个百分点: each growth's gap
                for subject, token in zip(named_before, group, strict=True):
                    out[token.start] = (growth_named(subject) + "增速", None, None)
                continue
            if all(named_before) and all(
                t.unit == u.unit or t.unit == "%" for t, u in zip(group, earlier, strict=True)
            ):  # 甲、乙分别增长x、y;1至9月分别增长z、w: the same items, for another period
                # (…死亡率分别为a/10万和b/10万,各比上年下降c%、d%: each one's growth)
                for subject, token in zip(named_before, group, strict=True):
                    out[token.start] = (subject, None, None)
                continue
        if (not clean(listed) and not of_regions) or (ranks and "分别" not in before):
            regions = _listed_regions(doc, text, c_start, len(group))
            if (
                regions
                and not regions[1]
                and ranked[1]
                and _same_sentence(text, ranked[0], c_start)
            ):
                # …排名前三位的是甲、乙和丙,分别为…;排名后三位的是丁、戊和己,分别为…
                regions = regions[0], ranked[1]
            if regions and regions[1]:
                ranked = group[-1].end, regions[1]
            kinds = None
            if not regions:  # …;外资、基础设施进展不够理想,分别低于…
                kinds = _listed_kinds(text, c_start, len(group), parallel[0] if parallel else None)
                kinds = kinds or _listed_sectors(text, c_start, len(group))
                if kinds and not parallel and "等" in kinds[-1]:
                    kinds = None  # 甲、乙和丙等行业…: named with the indicator (_etc_kinds)
            sorts = None if regions or kinds else _etc_kinds(text, c_start, len(group))
            for i, token in enumerate(group):
                if regions:  # 和顺县、寿阳县、祁县增速居全市前列,分别增长…
                    out[token.start] = (regions[1] or None, regions[0][i], None)
                elif kinds:  # 甲、乙、丙行业实现两位数增长,分别增长…: each kind
                    out[token.start] = (kinds[i] + (parallel[1] if parallel else ""), None, None)
                elif sorts:  # 其中,甲险、乙险等业务…,同比分别增长…: 甲险 + the indicator before
                    out[token.start] = (sorts[i], None, (i, len(group)))
                else:
                    out[token.start] = (None, None, (i, len(group)))
            continue
        bases = _BASE_LIST.search(listed) if "、" in listed else None
        if bases and len(_split_list(bases["bases"])) == len(group):
            # 涨幅比江西、湖南分别低0.2、0.1个百分点: the places are bases, not regions
            stem = clean(listed[: bases.start()]) + bases["word"]
            for base, token in zip(_split_list(bases["bases"]), group, strict=True):
                out[token.start] = (stem + base.strip(), doc.region, None)
            continue
        items = _ordinal_sectors(_split_list(listed))
        if len(items) == 1 and (kinds := _counted_kinds(doc, c_start, len(group))):
            # 甲、乙、丙等3个行业…,增加值分别增长…: each kind's indicator
            indicator = clean(items[0])
            if items[0].strip().startswith("对") and indicator.endswith("贡献"):
                indicator = f"对{indicator}率"  # 对全部工业增长贡献: each kind's 贡献率
            for kind, token in zip(kinds, group, strict=True):
                out[token.start] = (kind + indicator, None, None)
            listed_before = (group[-1].end, [out[t.start][0] or "" for t in group])
            continue
        if len(items) == 1 and items[0].lstrip()[:1] in "这上以前":
            # 甲、乙和丙是…三大执行主体。这三大执行主体R&D经费分别为…: each kind's
            back = named_back(clean(items[0]), text[max(0, c_start - 300) : c_start], len(group))
            items = back or items
        if len(items) == 1 and len(group) == 3 and items[0].lstrip().startswith("对"):
            items = _sectors_before(text, c_start, items[0])
        three = (
            _THREE_SECTORS.match(_WHOLE_LEAD.sub("", items[0].strip())) if len(items) == 1 else None
        )  # 全县三次产业增加值分别为…
        if three and len(group) == 3:  # 三次产业对地区生产总值贡献率分别为A、B、C
            rest = three["rest"]
            if three["whole"] and _PULL_NOUN.fullmatch(rest):
                # 对经济增长的拉动贡献分别为…: each sector's 拉动经济增长 (named as the
                # pulls of a list after 分别 are, not cleaned of its 增长)
                for o, token in zip("一二三", group, strict=True):
                    out[token.start] = (f"第{o}产业拉动{three['whole']}", None, None)
                listed_before = (group[-1].end, [out[t.start][0] or "" for t in group])
                continue
            owner = three["owner"] or ""
            items = [f"{owner}第{o}产业{rest or '增加值'}" for o in "一二三"]
        if len(items) == 1 and len(group) == 2 and "城乡" in items[0]:
            items = [items[0].replace("城乡", "城镇", 1), items[0].replace("城乡", "农村", 1)]
        elif len(items) == 1 and len(group) == 2:
            items = _compound_head(items[0]) or items
        if len(items) != len(group) and len(items) == len(group) - 1:
            last = re.split(r"和|及|与", items[-1], maxsplit=1)
            place, rest = _split_region(doc, last[0].strip()) if len(last) == 2 else (None, "")
            # (甲区和乙区房地产投资: two places, the second naming the indicator; round 18b)
            lengths = {len(i.strip()) for i in [*items[:-1], last[0]]}
            uniform = len(items) < 2 or len(last) < 2 or len(lengths) == 1
            items = items[:-1] + (
                last if place and not rest.strip() else _shared_tail(last, uniform=uniform)
            )
            tail = items[-2][len(last[0].strip()) :] if len(last) == 2 else ""
            if tail:  # 甲、乙和丙所占比重: 甲 shares the tail as 乙 does
                items = [i if head_of(i) or i.endswith(tail) else i + tail for i in items]
        if len(items) == 1 and not _split_region(doc, items[0])[0]:
            # 和顺县和左权县紧随其后,产量分别为…: one indicator, the regions listed before
            regions = _listed_regions(doc, text, c_start, len(group))
            if regions:
                for i, token in enumerate(group):
                    out[token.start] = (None, regions[0][i], None)
                continue
            placed = [out.get(t.start) for t in earlier] if len(earlier) == len(group) else []
            if (
                placed
                and all(item and item[1] for item in placed)
                and _BARE_CHANGE.search(items[0])
                and _same_sentence(text, earlier[-1].end, group[0].start)
            ):  # 甲区和乙区分别下降x%和y%,但降幅分别收窄a个和b个百分点: the same places'
                # (round 18b; the subject is the change of the growth before, read as usual)
                for token, item in zip(group, placed, strict=True):
                    out[token.start] = (None, item[1] if item else None, None)
                continue
            kinds = _listed_kinds(text, c_start, len(group))
            indicator = clean(items[0])
            told = None if kinds else _named_items(text, c_start, len(group))
            if told and (not indicator or _BARE_CHANGE.fullmatch(indicator)):
                # …升幅前五名的是甲、乙、丙,幅度分别为…: each item's (price)
                for thing, token in zip(told[0], group, strict=True):
                    out[token.start] = (thing + told[1], None, None)
                continue
            if kinds and indicator:  # 科技、农业项目进展较好,投资完成率分别…: 科技项目投资完成率
                for kind, token in zip(kinds, group, strict=True):
                    out[token.start] = (kind + indicator, None, None)
                shared = _KIND_HEAD.search(kinds[-1])
                parallel = (shared.group(), indicator) if shared else None
                continue
        pulled = _PULLED_LIST.fullmatch(items[0].strip()) if len(items) == 1 else None
        end, contributors = listed_before
        if pulled and len(contributors) == len(group) and _same_sentence(text, end, c_start):
            # 三次产业…贡献率分别为A、B、C,拉动经济增长分别为x、y、z: each sector pulls
            for contributor, token in zip(contributors, group, strict=True):
                own = _CONTRIBUTOR_TAIL.sub("", contributor) or contributor
                out[token.start] = (own + pulled.group(), None, None)
            continue
        if len(items) != len(group):
            continue
        parsed = [_split_region(doc, item) for item in items]
        stems = [clean(stem) for _, stem in parsed]
        if verb_words and all(region for region, _ in parsed):
            stems = [verb_words] * len(stems)  # 榆次区、介休市…分别实现地区生产总值…
        if len(stems) > 1 and stems[-1][:1] in _PAIRED:
            stems = _elided_pair(stems)  # 存、贷款余额: 存款余额 and 贷款余额
        if len(stems) == 2 and stems[1] in _TRANSPORT_AMOUNTS:
            stems = _transport_pair(stems)  # 公路客运量和旅客周转量: 公路旅客周转量
        stems = _paired_kinds(stems)  # 限上法人城镇、乡村消费品零售额
        last_head = head_of(stems[-1]) if stems[-1] else None
        if any(region for region, _ in parsed) and not all(region for region, _ in parsed):
            # 经开区、高新区、宜阳县投资分别…: the zones are the document's own, the county
            # its own region (not the region a later mention in the clause names)
            parsed = [(region or doc.region, stem) for region, stem in parsed]
        scope = _scope_before(text, c_start) if "中" in text[c_start - 2 : c_start] else None
        if scope and scope.endswith(_COLLECTIVES):  # 主要产品中,甲、乙等产品产量…: the items' own
            scope = None
        etc = "等" in stems[-1]
        kinds_etc = _ETC_KIND_TAIL.search(stems[-1]) if etc else None
        if kinds_etc:  # 汽车、电气机械等行业增加值增速分别为…: each 行业's 增加值增速
            kind_tail = kinds_etc["kind"] + kinds_etc["tail"]
            stems = [stem + kind_tail for stem in stems[:-1]] + [
                stems[-1][: kinds_etc.start()] + kind_tail
            ]
            etc = False
        elif etc:  # 甲、乙、丙等产品产量: the head the items share
            stems[-1] = _ETC_MEMBERS.sub("", stems[-1])
        for token, (region, _), stem in zip(group, parsed, stems, strict=True):
            subject = stem or stems[-1]
            if stem and scope and not region and head_of(stem) is None:
                subject = stem + scope  # 实际利用外资中,第二、第三产业分别增长…: within it
            elif (
                stem
                and len(stem) <= 2
                and not etc  # (钢材、水泥、平板玻璃等产品产量: the last names its own item)
                and stem != stems[-1]
                # (钢铁、农副食品加工业增加值: each its own industry, not 钢铁食品…)
                and (
                    len(stem) == 1  # 轻、重工业增加值: a one-character qualifier
                    or stem in _PAIRED_QUALIFIERS
                    or stems[-1][: len(stem)] in _PAIRED_QUALIFIERS
                    # 煤炭、电力、化工行业增加值: the last's tail a kind's word every item shares
                    or stems[-1].startswith(_SHARED_KIND_WORDS, len(stem))
                )
                and last_head
                and head_of(stem) is None
                and len(stems[-1]) > len(stem) + 1
            ):  # 城镇、农村居民人均可支配收入: 城镇 shares all the last item says after 农村
                subject = stem + stems[-1][len(stem) :]
            elif stem and stem != stems[-1] and (after_head := _shared_after_head(stem, stems[-1])):
                subject = stem + after_head  # 新发放企业贷款、小微企业贷款加权平均利率 (round 18)
            elif (
                stem
                and last_head
                and head_of(stem) is None
                and last_head in CARRY_HEADS
                and not stem.endswith(_WHOLE_NAMES)  # (地区生产总值、工业增加值: each its own)
            ):
                subject = stem + last_head
            elif stem and stems[-1].endswith("价格") and not stem.endswith("价格"):
                subject = stem + "价格"  # 水产品、鲜果、粮食价格分别上涨…
            elif (
                stem
                and stems[-1].endswith(("浓度", "浓度均值"))
                and (shared := _CONCENTRATION.search(stems[-1]))
                and "浓度" not in stem
            ):  # 二氧化硫、二氧化氮年均浓度分别为…: each pollutant's 年均浓度
                subject = stem + shared.group()
            elif stem and verb_words and _ZONE.search(stem) and head_of(verb_words):
                subject = stem + verb_words  # 高新区、经开区分别实现规上工业增加值增长…
            elif stem and verb_words and _BARE_VERB.match(verb_words) and not head_of(stem):
                # 纳入监测的108家甲景区、33家乙景区分别接待游客…: 甲景区接待游客
                subject = _COUNTED_LEAD.sub("", stem) + verb_words
            out[token.start] = (subject or None, region, None)
        listed_before = (group[-1].end, [out[t.start][0] or "" for t in group])
    if tokens and text.find("分别为", max(0, tokens[0].start - 300), tokens[-1].start) >= 0:
        # (a quick test first, in the paragraph's reach only: the whole text each time was
        # quadratic)
        for token in tokens:
            if token.start not in out and (its := _named_value(doc, token)):
                out[token.start] = (its, None, None)
    return out


#: ``甲景区累计接待量分别为:乙 1200人次、丙 950人次``: what the named values are of.
_VALUES_NAMED = re.compile(r"(?P<what>[^,，。;；:：]{2,30}?)分别为[:：]")
#: The sum said right after the list, in its own clause (``,共计577416人次``).
_TOTAL_AFTER_LIST = re.compile(r"^[^,，;；]*[,，]\s*(?:共计|合计|总计)\s*$")
#: The kind of things whose names a list of values gives, ending the words before 分别为.
_NAMED_KIND = re.compile(r"^.*?(?:景区|景点|企业|项目|产品|行业|单位|学校|医院|园区|平台)")


def _named_value(doc: _Doc, token: Token) -> str | None:
    """The subject of a value named in a list after 分别为: (``3家景区累计接待量分别为:
    甲山 1200人次、乙湖 950人次``): the item's name and what the values are of
    (甲山累计接待量), when the name is no place's (places are the lists of regions')."""
    text = doc.text
    s_start = _doc_sentence_start(doc, token.start)
    opening = text.rfind("分别为", s_start, token.start)
    if opening < 0:
        return None
    found = _VALUES_NAMED.search(text, max(s_start, opening - 30), opening + 4)
    after = text[opening + 3 : token.start]
    if found is None:
        return None
    if re.search(r"[,，;；]", after):
        # …、丙 800人次,共计2950人次: the sum of the list, the whole's
        total = _TOTAL_AFTER_LIST.search(after)
        whole = re.sub(r"^\s*\d+\s*[家个所项处]|\s", "", found["what"])
        return (whole or None) if total else None
    name = re.split(r"[、:：]", after)[-1].strip()
    if not re.fullmatch(r"[\u4e00-\u9fa5]{2,10}", name) or _split_region(doc, name)[0]:
        return None
    what = re.sub(r"\s", "", _NAMED_KIND.sub("", found["what"])) or clean(found["what"])
    return name + what if what and name not in what else None


#: The head a list of pollutants shares (``年均浓度``, ``月平均浓度``, ``浓度均值``).
_CONCENTRATION = re.compile(r"(?:[年月日季]|小时)?(?:平均|均)?浓度(?:均值|平均值)?$")


#: ``甲险、乙险和丙险等业务``: kinds listed before 等 and the class they belong to.
_ETC_LIST = re.compile(
    r"(?P<items>[\u4e00-\u9fa5]{1,8}(?:、[\u4e00-\u9fa5]{1,8})*(?:、|和|及|与)[\u4e00-\u9fa5]{1,8}?)"
    r"等(?P<class>[\u4e00-\u9fa5]{1,3}?)(?=保持|快速|较快|均|增长|下降|实现|[,，])"
)


#: Kinds listed and counted (``化工、建材、食品等3个行业``).
_COUNTED_KINDS = re.compile(
    r"(?P<list>(?:(?!等)[\u4e00-\u9fa5]){1,8}(?:、(?:(?!等)[\u4e00-\u9fa5]){1,8})+)等?"
    r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})个?(?P<kind>行业|产业|领域|门类|大类|产品)"
)


def _counted_kinds(doc: _Doc, c_start: int, size: int) -> list[str] | None:
    """The kinds a clause before in the sentence lists and counts (``其中,化工、建材、食品等3个
    行业增长较快,``), each named with its kind (化工行业), when they are ``size``.

    >>> t = "其中,化工、建材、食品等3个行业增长较快,增加值分别增长"
    >>> _counted_kinds(_Doc(t, None, None, None, None, None), len(t) - 9, 3)
    ['化工行业', '建材行业', '食品行业']
    """
    start = _doc_sentence_start(doc, c_start)
    found = None
    for found in _COUNTED_KINDS.finditer(doc.text, start, c_start):  # noqa: B007 (the last)
        continue
    if found is None or int(parse_number(found["n"])) != size:
        return None
    names = found["list"].split("、")
    if len(names) != size:
        return None
    kind = found["kind"]
    return [n if n.endswith(kind) else n + kind for n in names]


#: A list of trade partners (``对中国香港、美国、欧盟``) before 分别.
_PARTNERS = re.compile(r"^[^对,，。;；]{0,8}?对(?P<list>[^对,，。;；]+、[^对,，。;；]+)$")
#: The trade flows, longest first.
_TRADE_FLOW = re.compile(r"进出口|出口|进口")


def _trade_partners(
    text: str, c_start: int, listed: str, verb_words: str, size: int
) -> list[str] | None:
    """Each partner's trade (``对美国进出口``) of a list of partners before 分别, the flow
    the verb after names (``分别出口``) or the sentence named before; None for no such list.

    >>> t = "全省进出口增长4.2%。对中国香港、美国和欧盟分别增长6.1%、2.4%和3.8%"
    >>> _trade_partners(t, 16, "对中国香港、美国和欧盟", "增长", 3)
    ['对中国香港进出口', '对美国进出口', '对欧盟进出口']
    """
    found = _PARTNERS.match(listed.strip())
    if found is None:
        return None
    names = _split_list(re.sub(r"[和及与]", "、", found["list"]))
    if len(names) != size:
        return None
    flow = _TRADE_FLOW.search(verb_words)
    if flow is None:
        flows = list(_TRADE_FLOW.finditer(text, max(0, c_start - 200), c_start))
        flow = flows[-1] if flows else None
    if flow is None:
        return None
    return [
        f"对{name.strip()}" + ("" if _TRADE_FLOW.search(name) else flow.group()) for name in names
    ]


def _etc_kinds(text: str, c_start: int, size: int) -> list[str] | None:
    """The kinds listed before 等 in the clause before a list of figures without names
    (``其中,甲险、乙险和丙险等业务快速增长,同比分别增长…``), when there are ``size`` of
    them, each written ``kind等class`` for :func:`_kind_of`, or None.

    >>> _etc_kinds("其中,与民生相关的甲险、乙险和丙险等业务快速增长,同比分别增长", 25, 3)
    ['甲险等业务', '乙险等业务', '丙险等业务']
    """
    if (
        c_start < 1
        or text[c_start - 1] not in ",，"
        or "等" not in text[max(0, c_start - 40) : c_start]
    ):
        return None
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, 0, c_start - 1)
    found = _ETC_LIST.search(text, start, c_start)
    if found is None:
        return None
    items = re.split(r"、|和|及|与", found["items"].rsplit("的", 1)[-1])
    if len(items) != size or not all(items):
        return None
    return [f"{item}等{found['class']}" for item in items]


def _refers_back_at(enumerations: dict[int, _Item], start: int) -> bool:
    """Whether the figure at ``start`` is one of a list that refers back (``分别增加c、d``)."""
    item = enumerations.get(start)
    return item is not None and item[2] is not None


def _kind_of(listed: str, topic: str | None) -> str:
    """A kind listed before 等 (``甲险等业务``) named with the indicator of its class before
    (``乙类业务保费收入`` → 甲险保费收入: the words after the class; else the head word).

    >>> _kind_of("甲险等业务", "乙类业务保费收入"), _kind_of("甲业等行业", "工业增加值")
    ('甲险保费收入', '甲业增加值')
    """
    kind, _, sort = listed.partition("等")
    if not topic:
        return kind
    if sort and sort in topic and not topic.endswith(sort):
        return kind + topic[topic.rindex(sort) + len(sort) :]
    head = head_of(topic)
    return kind + head if head else kind


#: A clause that only names the indicator the next one breaks down (``实际利用外资中``).
_SCOPE_CLAUSE = re.compile(r"[\u4e00-\u9fa5]{3,16}中")


def _scope_before(text: str, c_start: int) -> str | None:
    """The indicator a list is within, when the clause right before names only it
    (``省口径实际利用外资中,第二、第三产业…`` → 省口径实际利用外资), or None.

    >>> t = "实际利用外资中,第二、第三产业分别增长"
    >>> _scope_before(t, 8), _scope_before("其中,第二产业", 3), _scope_before("集中,甲", 3)
    ('实际利用外资', None, None)
    """
    if c_start < 1 or text[c_start - 1] not in ",，":
        return None
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, 0, c_start - 1)
    clause = text[start : c_start - 1].strip()
    if not _SCOPE_CLAUSE.fullmatch(clause):
        return None
    scope = clean(clause[:-1])
    return scope if len(scope) >= 2 else None


#: A compound head of two indicators (``产销``, ``进出口``, ``收支``), then its amount word.
_COMPOUND_HEAD = re.compile(r"(产销|进出口|收支|客货运|货运客运|客运货运)(量|额|总额|总值)?$")
_COMPOUND_PARTS: Final = {
    "产销": ("产", "销"),
    "进出口": ("进口", "出口"),
    "收支": ("收入", "支出"),
    "客货运": ("客运", "货运"),  # 公路客货运量: 公路客运量, 公路货运量 (round 18b)
    "货运客运": ("货运", "客运"),
    "客运货运": ("客运", "货运"),
}
#: Compound heads whose parts are amounts in 量 alone (产销量 → 产量, 销量).
_IN_AMOUNTS: Final = frozenset({"产销", "客货运", "货运客运", "客运货运"})


def _compound_head(item: str) -> list[str] | None:
    """The two indicators of a compound head before 分别 (``汽车产销分别完成A和B`` →
    汽车产量, 汽车销量; ``进出口额分别为…`` → 进口额, 出口额), or None.

    >>> _compound_head("汽车产销"), _compound_head("外贸进出口总额"), _compound_head("产量")
    (['汽车产量', '汽车销量'], ['外贸进口总额', '外贸出口总额'], None)
    """
    item = clean(item)
    found = _COMPOUND_HEAD.search(item)
    if found is None:
        return None
    stem, amount = item[: found.start()], found.group(2) or ""
    first, second = _COMPOUND_PARTS[found.group(1)]
    if found.group(1) in _IN_AMOUNTS:  # 产销量 → 产量, 销量
        amount = "量"
    return [stem + first + amount, stem + second + amount]


def _both_of_pair(first: str | None, second: str | None) -> str | None:
    """The compound head two figures split (``甲产量``, ``甲销量`` → 甲产销量), for a figure
    said of both (``同比均增长``), or None.

    >>> _both_of_pair("汽车产量", "汽车销量"), _both_of_pair("进口额", "出口额")
    ('汽车产销量', '进出口额')
    >>> _both_of_pair("工业增加值", "汽车销量")
    """
    first, second = first or "", second or ""
    for compound, (one, other) in _COMPOUND_PARTS.items():
        for tail in ("量",) if compound in _IN_AMOUNTS else ("", "额", "总额", "总值"):
            a, b = one + tail, other + tail
            if first.endswith(a) and second.endswith(b) and first[: -len(a)] == second[: -len(b)]:
                return first[: -len(a)] + compound + tail
    return None


#: ``拉动经济增长``: the growth a list of contributions pulls.
_PULLED_LIST = re.compile(r"(?:拉动|上拉)[^,，。;；]{1,16}?增长")


def _sectors_before(text: str, c_start: int, listed: str) -> list[str]:
    """``三次产业占GDP的比重为…,对经济增长的贡献率分别为A、B、C``: a clause of a contribution
    with no contributor, after a clause of its sentence that opens with the three sectors,
    is theirs (round 18); else the clause's own words.

    >>> t = "三次产业占GDP的比重为9.1:40.2:50.7,对经济增长的贡献率分别为"
    >>> _sectors_before(t, t.index("对"), "对经济增长的贡献率")
    ['三次产业对经济增长的贡献率']
    """
    start = scanning.last_before(_STOPS[_SENTENCE_END], text, 0, c_start) + 1
    opening = _WHOLE_LEAD.sub("", text[start:c_start].lstrip())
    if opening.startswith("三次产业") and "分别" not in text[start:c_start]:
        return ["三次产业" + listed.strip()]
    return [listed]


#: What a contributor's earlier figure adds to its name (``第一产业对GDP贡献率``).
_CONTRIBUTOR_TAIL = re.compile(
    r"(?:对[^,，。;；]{1,12}?)?的?(?:贡献率|比重|占比|增加值|增速|增幅)$"
)


#: What institutions have: staff, beds, pupils (``卫生人员``, ``床位``, ``在校生``).
_MEMBERS = re.compile(
    r"(?:卫生技术|卫生|工作|从业|在岗|在职|专业技术)?人员(?:数|总数)?|床位(?:数)?|"
    r"执业(?:\(助理\)|（助理）)?医师|注册护士|全科医生|在校(?:学)?生(?:数)?|招生(?:数)?|"
    r"毕业生(?:数)?|专任教师|教职工|职工(?:人数)?"
)
#: The characters a whole match of :data:`_MEMBERS` can end with (tested before it).
_MEMBERS_LAST: Final = frozenset("员数位师士生工")
#: An amount named by its head alone (``进出口额``): the sentence's opening may name it fully.
_BARE_AMOUNT = re.compile(
    r"(进出口|出口|进口|收入|投资|产量|销售|利润|用户)(?:额|总额|总值|数|总数)?"
)
#: The characters a whole match of :data:`_BARE_AMOUNT` ends with (tested before it).
_BARE_AMOUNT_LAST: Final = frozenset("口入资量售润户额值数")
#: The predicate of an opening clause that only says how an indicator goes (保持增长势头).
_HOW_IT_GOES = re.compile(
    r"(?:继续|持续|保持|稳步|快速|稳定|平稳|实现|呈现)[^,，。;；]{0,10}?"
    r"(?:势头|态势|趋势|增长|回升|向好|提升|上升)$"
    r"|(?:增长|提升|上升|增加)(?:明显|较快|迅速|显著)$"
)


#: How a clause that names what the clauses after it are about ends (``甲占比最高``,
#: ``甲遥遥领先``, ``甲收入快速增长``; :func:`subjects.said_of_before`): a quick test.
_SAID_ENDS: Final = frozenset(("最高", "最大", "最多", "居首", "领先", "增长", "回升", "提升"))


def _said_before(
    doc: _Doc,
    token: Token,
    fact: Fact,
    own: str,
    sentence_facts: list[Fact],
    bounds: tuple[int, int, int],
) -> str | None:
    """:func:`subjects.said_of_before` for a figure in its sentence, of the figure's own
    words (``own``, the words of its clause before it) or else its subject as read
    (``bounds``: the sentence's start, the figure's clause's start, the sentence's end)."""
    subject = fact.subject
    s_start, c_start, s_end = bounds
    previous = sentence_facts[-1].subject if sentence_facts else None
    text = doc.text
    start, _ = _doc_bounds(doc, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    after = text[token.end : s_end]
    part = re.split("[;；]", after, maxsplit=1)[0] if "占" in after else ""
    before = text[max(0, s_start - 3000) : s_start] if part else ""
    clause = text[start : c_start - 1]
    words = clean(own) if len(own) <= 10 else "-"
    said = said_of_before(clause, words, part, before, previous)
    if said is None and subject and subject != words and len(subject) <= 6:
        said = said_of_before(clause, subject, part, before)
    return said


def _opening_topic(doc: _Doc, s_start: int, c_start: int, subject: str | None) -> str | None:
    """``对甲地区进出口继续保持增长势头,进出口额…``: a figure whose subject is a bare amount
    belongs to the indicator the sentence opens with, when that opening clause has no
    figure, only says how the indicator goes, and names an indicator of the same head."""
    if c_start <= s_start or not subject or len(subject) > 5:
        return None
    bare = _BARE_AMOUNT.fullmatch(subject) if subject[-1] in _BARE_AMOUNT_LAST else None
    if bare is None:
        return None
    # the sentence's opening clause, or that of its part after the last ;
    start = max(s_start, doc.text.rfind(";", s_start, c_start) + 1)
    start = max(start, doc.text.rfind("；", s_start, c_start) + 1)
    _, end = _doc_bounds(doc, start, _CLAUSE_END, start, c_start)
    words = doc.text[start:end]
    goes = _HOW_IT_GOES.search(words)
    if goes is None or re.search(r"\d", words):
        return None
    topic = clean(words[: goes.start()])
    if bare.group(1) == "用户":  # 甲用户规模增长明显,用户数达到…: 甲用户
        topic = _AMOUNT_TAIL.sub("", topic)
    if bare.group(1) == "收入" and topic.endswith(("税", "费")) and len(topic) >= 3:
        return topic  # 乙税稳步增长,完成收入…: the tax's revenue, named as the tax
    return topic if topic != bare.group(1) and topic.endswith(bare.group(1)) else None


#: The verb before a kind of project counted (``实施重点项目120个``).
_KIND_LEAD = re.compile(r"^(?:全年|当年|年内|今年)?(?:实施|推进|谋划|储备|安排|列入|确定|共有|共)")


def _project_kind(sentence_facts: list[Fact]) -> str | None:
    """The kind of project the sentence counted last (``省市重点项目38个``), for what was
    done without naming what (``完成投资``, ``完成年度计划``)."""
    for earlier in reversed(sentence_facts):
        subject = earlier.subject or ""
        if earlier.measure == "count" and subject.endswith("项目"):
            return _VERB_LEAD.sub("", _KIND_LEAD.sub("", subject)) or None
    return None


#: Units that count institutions (``卫生院3.4万个``, ``高校12所``, ``企业85家``).
_INSTITUTION_UNITS: Final = ("个", "所", "家", "座", "处")


def _institutions(
    text: str, token: Token, fact: Fact, sentence_facts: list[Fact], s_start: int
) -> str | None:
    """``共有甲卫生院3.4万个,床位150万张,卫生人员160万人``: what the institutions counted
    first in the sentence part have (staff, beds, pupils) is named with them; not after 其中.
    """
    subject = fact.subject
    if (
        not sentence_facts
        or not subject
        or len(subject) > 10
        or subject[-1] not in _MEMBERS_LAST  # (the literal test first: few match)
        or not _MEMBERS.fullmatch(subject)
    ):
        return None
    part = max(text.rfind(";", s_start, token.start), text.rfind("；", s_start, token.start))
    first = next((f for f in sentence_facts if f.char_start > part), None)
    if first is None or first.measure != "count" or first.unit not in _INSTITUTION_UNITS:
        return None
    owner = first.subject or ""
    if (
        fact.unit == first.unit
        or not owner
        or owner in subject
        or subject in owner
        or head_of(owner)
        or "其中" in text[first.char_end : token.start]
    ):
        return None
    return owner


def _same_sentence(text: str, start: int, end: int) -> bool:
    return start >= 0 and not any(ch in _SENTENCE_END for ch in text[start:end])


#: Between the figures of a list: ``4.5%以内、6.5%以内``, ``6.1%以上和6.5%以上``.
_GLUE = re.compile(
    r"\s*(?:以上|以下|以内|左右)?\s*[、和及与]\s*(?:增长|下降|增加|减少|上涨|下跌|提高|降低)?\s*"
    r"(?:近|约|逾|超过|接近|将近)?\s*"  # (增加15.98万亩和近17万吨: the next item's bound, round 31)
)
#: The characters other than a space a match of :data:`_GLUE` can start with.
_GLUE_FIRST: Final = frozenset("以左、和及与")


#: Characters that pair into a list sharing the rest of the last word (``存、贷款余额``,
#: ``进、出口总额``, ``大、中型企业``, ``一、二产业``): each group one kind of pair.
_PAIR_GROUPS: Final = (
    "存贷",
    "进出",
    "大中小",
    "内外",
    "城乡",
    "工农",
    "一二三",
    "收支",
    "国地",
    "客货",
)
_PAIRED: Final = frozenset("".join(_PAIR_GROUPS))


def _elided_pair(stems: list[str]) -> list[str]:
    """Items of one character before the last share its rest, and the scope of the first
    (``金融机构存``, ``贷款余额`` → 金融机构存款余额, 金融机构贷款余额).

    >>> _elided_pair(["金融机构存", "贷款余额"]), _elided_pair(["进", "出口总额"])
    (['金融机构存款余额', '金融机构贷款余额'], ['进口总额', '出口总额'])
    >>> _elided_pair(["工业投资", "农业投资"])
    ['工业投资', '农业投资']
    >>> _elided_pair(["城", "乡居民人均可支配收入"])
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    last = stems[-1]
    group = next(g for g in _PAIR_GROUPS if last[0] in g)
    rest = last[1:]
    if len(rest) < 2 or (head_of(rest) is None and not rest.endswith(("企业", "产业", "学"))):
        return stems
    out = []
    for stem in stems[:-1]:
        if not stem or stem[-1] not in group or stem[-1] == last[0]:
            return stems
        if len(stem) > 1 and head_of(stem) is not None:
            return stems
        out.append(stem + rest)
    scope = out[0][: len(stems[0]) - 1]
    pair = [*out, last if last.startswith(scope) else scope + last]
    if group == "城乡" and rest.startswith("居民"):  # 城、乡居民: 城镇居民 and 农村居民
        pair = [_RESIDENTS.sub(lambda m: _RESIDENT_GROUPS[m.group(1)], p, count=1) for p in pair]
    return pair


#: The groups of residents a 城、乡 pair names in full.
_RESIDENT_GROUPS: Final = {"城": "城镇居民", "乡": "农村居民"}
_RESIDENTS = re.compile(r"([城乡])居民")


#: A growth verb with its comparison and nothing named (``较上年同比增长``).
_BARE_GROWTH = re.compile(r"(?:[比较][^,，。;；、\d]{0,8}?)?(?:同比|环比)?(?:增长|下降|增加|减少)$")


def _refers_back(before: str, group: list[Token]) -> bool:
    """Percentages after a bare growth verb, without 分别 (``…16万架次、旅客2000万人次,
    同比增长4.9%、14.9%``): each is the growth of the amount listed before in its order."""
    return all(t.unit == "%" for t in group) and (
        (_BARE_GROWTH.search(before) is not None and not clean(before))
        or ("恢复" in before and not clean(_BARE_RECOVERY.sub("", before)))
        or (
            "项" in before
            and (named := _INDICATORS_BACK.search(before)) is not None
            and _CHINESE_NUMBER.get(named["n"]) == len(group)
        )  # 三项指标均好于全省(a、b、c): the three indicators before, in order
    )


#: Indicators named back by their number (``三项同比指标``, ``这两项指标``).
_INDICATORS_BACK = re.compile(
    r"(?:这|上述|以上)?(?P<n>[两二三四五六七八九十])项(?:同比|主要|经济)?指标"
)
_CHINESE_NUMBER: Final = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


#: A recovery to a base with nothing named (``恢复至2019年同期的``): shares of the amounts
#: listed before, in order (round 18b).
_BARE_RECOVERY = re.compile(r"恢复(?:至|到)(?:[12]\d{3}年)?(?:同期)?(?:水平)?的$")


#: Words up to a count inside a list item (``纳入监测的108家``): how many, not what.
_COUNTED_LEAD = re.compile(r"^[^、]*?\d+(?:\.\d+)?[家个所座处户名](?=[\u4e00-\u9fa5A-Za-z]{2})")
#: A change's word alone (``幅度分别为``, ``增速分别为``): it names no indicator.
_BARE_CHANGE = re.compile(r"(?:变动|变化|上涨|下降|升降)?幅度|增速|增幅|降幅|减幅|涨幅|跌幅|升幅")
#: The market a price is taken in, named in the sentence (``农产品批发市场…``).
_MARKET = re.compile(r"(批发|零售|集贸)市场")
#: A list named by the clause before (``…升幅前五名的是甲、乙和丙``): the naming words.
_NAMING = re.compile(r"(?:的是|分别是|依次是|依次为|分别为)")
#: What rose or fell in the naming words (``价格升幅``): the items' indicator.
_RATE_OF = re.compile(r"(价格|指数)(?:升幅|涨幅|降幅|跌幅|增幅|增速|上涨|下降|下跌)")


def _named_items(text: str, c_start: int, size: int) -> tuple[list[str], str] | None:
    """The ``size`` items a clause before names (``价格升幅前五名的是甲、乙、丙``) and what
    of them the figures are (价格, when the naming words say so).

    >>> _named_items("价格升幅前三名的是黄豆、绿豆和红豆,幅度分别为", 18, 3)
    (['黄豆', '绿豆', '红豆'], '价格')
    >>> _named_items("批发市场中,价格降幅前两名的是黄豆和绿豆,幅度分别为", 21, 2)
    (['黄豆', '绿豆'], '批发价格')
    """
    if c_start < 1 or text[c_start - 1] not in ",，":
        return None
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, 0, c_start - 1)
    clause = text[start : c_start - 1]
    naming = next(reversed(list(_NAMING.finditer(clause))), None)  # the last
    if naming is None:
        return None
    items = [i.strip() for i in re.split(r"[、和及与]", clause[naming.end() :])]
    if len(items) != size or size < 2:
        return None
    if not all(re.fullmatch(r"[\u4e00-\u9fa5]{1,8}", i) for i in items):
        return None
    rate = _RATE_OF.search(clause, 0, naming.start())
    if rate is None:
        return items, ""
    s_start, _ = _bounds(text, start, _SENTENCE_END, 0, start)
    market = _MARKET.search(text, s_start, c_start) if rate.group(1) == "价格" else None
    return items, (market.group(1) if market else "") + rate.group(1)  # 批发市场…: 批发价格


#: Two indicators joined by 和 at the end of the words before a pair of figures.
_PAIR_BEFORE = re.compile(
    r"(?P<a>[\u4e00-\u9fa5A-Za-z]{2,})(?:和|与|及)(?P<b>[\u4e00-\u9fa5A-Za-z]{2,}?)"
    r"(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|分别)?$"
)


def _pair_named(before: str, group: list[Token]) -> bool:
    """``完成货运量和货物周转量9.6亿吨和1526.6亿吨公里``, ``客运量和旅客周转量同比增长A和B``:
    two figures after two indicators joined by 和, without 分别, are theirs in order
    (round 18b). Both must name an indicator (a head word or an amount in 量).

    >>> from citystat.textfacts.patterns import find_tokens
    >>> t = "完成货运量和货物周转量9.6亿吨和1526.6亿吨公里"
    >>> _pair_named(t[:11], find_tokens(t)), _pair_named("城镇和农村", find_tokens("3%和4%"))
    (True, False)
    >>> _pair_named("甲制造业和乙制造业增加值同比增长", find_tokens("3%和4%"))
    True
    """
    if len(group) != 2 or not any(word in before[-24:] for word in "和与及"):
        return False
    found = _PAIR_BEFORE.search(before)
    if found is None:
        return False
    first, second = clean(found["a"]), clean(found["b"])
    if first and first.endswith("业") and head_of(second or "") in CARRY_HEADS:
        return True  # 高技术制造业和装备制造业增加值增长A和B: the sectors share the head
    return all(
        item and (head_of(item) is not None or item.endswith(("量", "额", "数")))
        for item in (first, second)
    )


#: The amounts of transport releases (a pair names its second without the first's scope).
_TRANSPORT_AMOUNTS: Final = (
    "货运量",
    "客运量",
    "货物周转量",
    "旅客周转量",
    "周转量",
    "货物吞吐量",
    "旅客吞吐量",
    "吞吐量",
)


def _transport_pair(stems: list[str]) -> list[str]:
    """``公路客运量``, ``旅客周转量`` → 公路客运量, 公路旅客周转量: the second amount of a
    transport pair is of the first's scope; a bare 周转量 after 客运量 is 旅客周转量
    (after 货运量 货物周转量).

    >>> _transport_pair(["旅游包车客运量", "周转量"]), _transport_pair(["货运量", "货物周转量"])
    (['旅游包车客运量', '旅游包车旅客周转量'], ['货运量', '货物周转量'])
    """
    first, second = stems
    own = next((a for a in _TRANSPORT_AMOUNTS if first.endswith(a)), None)
    if own is None:
        return stems
    if second == "周转量" and own in ("客运量", "货运量"):
        second = ("旅客" if own == "客运量" else "货物") + second
    return [first, first[: len(first) - len(own)] + second]


#: An amount carried named with its transport work (``公路货物运输及周转量``), or alone
#: (``水上货物运输量``, ``货运量``) before two figures, the second in 吨公里 or 人公里.
_CARRIED_AND_WORK = re.compile(r"(?:运输|运输量|运量)(?:及|和|与)周转量$|运输量$|[货客]运量$")


def _work_names(subject: str) -> tuple[str, str] | None:
    """The amount carried and the transport work a subject of :data:`_CARRIED_AND_WORK` names.

    >>> _work_names("公路货物运输及周转量"), _work_names("水上货物运输量"), _work_names("铁路货运量")
    (('公路货物运输量', '公路货物周转量'), ('水上货物运输量', '水上货物周转量'), ('铁路货运量', '铁路货物周转量'))
    """
    found = _CARRIED_AND_WORK.search(subject) if subject.endswith("量") else None
    if found is None:
        return None
    stem, word = subject[: found.start()], found.group()
    if word.endswith("周转量"):
        return stem + "运输量", stem + "周转量"
    if word in ("货运量", "客运量"):
        return subject, stem + ("货物" if word == "货运量" else "旅客") + "周转量"
    return subject, stem + "周转量"


def _split_transport_work(text: str, facts: list[Fact]) -> None:
    """``公路货物运输及周转量完成A亿吨、B亿吨公里,同比分别增长x%、y%``: the amount carried
    and the transport work, each figure of its own (the one in 吨公里/人公里 the work, the
    growths in the order of the amounts); a bare ``运量``/``周转量`` after, in the sentence,
    is the pair's (``运量同比增长2.4%``)."""
    at = 0
    while at < len(facts):
        first = facts[at]
        names = None
        if first.measure == "level" and first.subject and not _is_work(first.unit):
            names = _work_names(first.subject)
        if names is None:
            at += 1
            continue
        end = at + 1
        while (
            end < len(facts) and "。" not in text[facts[end - 1].char_end : facts[end].char_start]
        ):
            end += 1
        # (公路货物运输量及周转量分别为…: the list read 周转量 bare)
        run = [f for f in facts[at:end] if f.subject in (first.subject, "周转量")]
        levels = [f for f in run if f.measure == "level"]
        if len(levels) != 2 or not _is_work(levels[1].unit):
            at += 1
            continue
        levels[0].subject, levels[1].subject = names
        growths = [f for f in run if f.measure == "growth_yoy"]
        if len(growths) == 2:  # 同比分别增长x%、y%
            growths[0].subject, growths[1].subject = names
        for fact in facts[at:end]:  # 运量同比增长2.4%: the pair's amount carried
            if fact.subject in ("运量", "运输量"):
                fact.subject = names[0]
            elif fact.subject == "周转量":
                fact.subject = names[1]
        at = end


def _is_work(unit: str | None) -> bool:
    """Whether ``unit`` is one of transport work (吨公里, 人公里, 亿吨公里)."""
    return unit is not None and unit.endswith(("吨公里", "人公里"))


#: A ratio named at the start of its sentence (``城乡收入比进一步缩小,由…``).
_RATIO_OPENING = re.compile(r"\s*(?P<name>[\u4e00-\u9fa5]{2,8}?(?:收入比|性别比|消费比))[^。;；]*$")


_ONE_SECTOR = re.compile(r"第[一二三]产业")
#: A class of places or things defined by a bound on an indicator (``经费投入超过50亿元的地区``,
#: ``…超过100亿元``): the indicator.
_CLASS_BY_BOUND = re.compile(
    r"(?P<indicator>[^,，。;；]{2,30}?)(?:超过|超|高于|达到|在)[\d.]+[\u4e00-\u9fa5]{0,3}(?:以上)?"
    r"(?:的[\u4e00-\u9fa5]{1,6})?"
)
#: A season's harvest, reported once a year in the months it comes in (``夏粮``, ``早稻``).
_SEASON_HARVEST = re.compile(
    r"(?:夏粮|早稻|夏收粮食|夏油|冬小麦)(?:播种面积|总产量|产量|单产|亩产)"
)


def _name_ratios(text: str, facts: list[Fact]) -> None:
    """A ratio whose own clause names nothing but its base (``城乡收入比进一步缩小,由上年同期的
    2.15:1下降为2.12:1``) is the ratio its sentence opens with, not the figure before."""
    for fact in facts:
        if fact.measure != "ratio":
            continue
        if isinstance(fact.value, list) and len(fact.value) == 3 and "产业" in (fact.subject or ""):
            # 分别完成A、B、C亿元,占…的比重为a:b:c: the three sectors', not the last's
            fact.subject = _ONE_SECTOR.sub("三次产业", fact.subject or "")
        if fact.subject and "比" in fact.subject:
            continue
        start = _sentence_start(text, fact.char_start)
        found = _RATIO_OPENING.match(text, start, fact.char_start)
        if found:
            fact.subject = clean(found["name"]) or fact.subject


#: A part of a breakdown by town and country (or sex) named bare: ``城镇``, ``农村居民``,
#: ``城镇人口``, ``男性人口``.
_BREAKDOWN_PART = re.compile(r"(?P<kind>城镇|农村|城市|乡村|男性|女性)(?P<noun>居民|人口)?")
#: A part's growth rate named bare (``城镇增速``, ``农村居民增幅``).
_PART_RATE = re.compile(r"(?P<kind>城镇|农村|城市|乡村)(?P<noun>居民)?(?P<rate>增速|增幅|涨幅)")
#: Words between a whole and its parts that say a breakdown follows.
_BREAKDOWN_SAID = re.compile(r"其中|分城乡|按城乡|从城乡|城乡看|分类别|分性别|按性别")
#: Words of the place or of all before a whole's name (``全县居民人均…``, ``全体居民…``).
_WHOLE_SCOPE = re.compile(r"^(?:全体|全[省市县区旗州]|全)")
_TOWN_AND_COUNTRY: Final = ("城镇", "农村", "城市", "乡村")
#: Indicators of persons a sex divides (``预期寿命``, ``死亡率``).
_OF_PERSONS = re.compile(r"寿命|死亡率|人口|就业|失业")


def _part_named(part: re.Match[str], whole: str) -> str | None:
    """The name of a part of a breakdown given its whole's (``城镇`` of 居民人均可支配收入 →
    城镇居民人均可支配收入; ``城镇人口`` of 户籍人口 → 城镇户籍人口), or ``None``.

    >>> m = _BREAKDOWN_PART.fullmatch
    >>> _part_named(m("城镇"), "全县居民人均可支配收入"), _part_named(m("农村居民"), "全体居民人均可支配收入")
    ('城镇居民人均可支配收入', '农村居民人均可支配收入')
    >>> _part_named(m("男性人口"), "户籍人口"), _part_named(m("男性人口"), "常住人口")
    ('男性户籍人口', None)
    >>> _part_named(m("女性"), "户籍人口预期寿命")
    '女性户籍人口预期寿命'
    """
    kind, noun = part["kind"], part["noun"]
    whole = _WHOLE_SCOPE.sub("", _RATE_WORDS.sub("", whole))
    if noun == "人口":
        scope = whole.removesuffix("人口")
        # 户籍 splits any way; 常住 by town and country (城镇常住人口, the base of
        # urbanisation), while a census's 常住人口 by sex is 男性人口
        if scope == "户籍" or (scope == "常住" and kind in _TOWN_AND_COUNTRY):
            return kind + scope + "人口"
        return None
    if noun is None and kind in ("男性", "女性") and _OF_PERSONS.search(whole):
        # 预期寿命为80.1岁(男性77.6岁…): 男性…预期寿命; 户籍总人口…其中男性: 男性户籍人口
        return kind + whole.replace("总人口", "人口")
    if kind not in _TOWN_AND_COUNTRY or len(whole) < 3 or whole.startswith(_TOWN_AND_COUNTRY):
        return None
    if noun == "居民":
        return kind + "居民" + whole.removeprefix("居民")
    return kind + whole


def _name_breakdown_parts(text: str, facts: list[Fact]) -> None:
    """Parts of a breakdown named bare (``其中,城镇42345元,增长4.2%``, also when 其中 opens
    the next paragraph; ``其中,城镇人口84715人``) take the indicator of their whole, the
    nearest figure before of the same kind (a level in the same base unit, or a growth),
    in the sentence or the one before, with 其中/分城乡看 between."""
    for at, fact in enumerate(facts):
        if fact.measure == "pp_change" and (rated := _PART_RATE.fullmatch(fact.subject or "")):
            # 城镇增速比一季度回落0.3个百分点, 农村增速快于城镇: the part's growth of the whole
            # the text grows, the nearest growth before (in its sentence or the two before)
            whole = next(
                (
                    f
                    for f in reversed(facts[max(0, at - 8) : at])
                    if f.measure == "growth_yoy"
                    and f.subject
                    and not _BREAKDOWN_PART.match(f.subject)
                    and text.count("。", f.char_end, fact.char_start) <= 2
                ),
                None,
            )
            named = _part_named(rated, whole.subject) if whole and whole.subject else None
            if named:
                fact.subject = named + rated["rate"]
            continue
        if fact.measure not in ("level", "growth_yoy") or len(fact.subject or "") > 4:
            continue  # (a part is named in two or four characters)
        part = _BREAKDOWN_PART.fullmatch(fact.subject or "")
        if part is None:
            continue
        for whole in reversed(facts[max(0, at - 8) : at]):
            if text.count("。", whole.char_end, fact.char_start) > 1:
                break
            if (
                whole.measure != fact.measure
                or (fact.measure == "level" and whole.base_unit != fact.base_unit)
                or not whole.subject
                or _BREAKDOWN_PART.match(whole.subject)
            ):
                continue
            if _BREAKDOWN_SAID.search(text, whole.char_end, fact.char_start) or (
                text[whole.char_end : whole.char_end + 1] in ("(", "（")
                and not _NOTE_STOP.search(text, whole.char_end, fact.char_start)
            ):  # (…80.1岁(男性77.6岁、女性82.8岁): the parts in brackets)
                fact.subject = _part_named(part, whole.subject) or fact.subject
            break


def _parallel(before: str, size: int) -> bool:
    """``甲率、乙率控制在4.5%以内、6.5%以内``: as many items listed before a list of
    figures as there are figures, without 分别, each naming something."""
    items = _split_list(before)
    return len(items) == size and all(clean(item) for item in items)


#: Places that are no division (development zones, parks, towns): a list of them names
#: the indicator after 分别 for each.
_ZONE = re.compile(rf"(?:{ZONE_WORDS}|镇|乡|街道)$")


#: Collectives whose members a list names (``主要产品中,甲、乙、丙等产品产量分别…``): the
#: items are kinds of them, not parts of an indicator.
_COLLECTIVES: Final = ("产品", "行业", "商品", "品种")
_ETC_MEMBERS = re.compile(r"等(?:产品|行业|商品|品种)(?=[\u4e00-\u9fa5]{2}$)")
#: The kind of a list's items and what they share after 等 (``等行业增加值增速``).
_ETC_KIND_TAIL = re.compile(r"等(?P<kind>行业|产业)(?P<tail>[\u4e00-\u9fa5]{3,8})$")
#: Words of a kind that a list's items share after the last item's name (``化工行业…``).
_SHARED_KIND_WORDS: Final = ("行业", "产业", "企业", "工业", "居民", "人口", "地区", "类")
#: Qualifiers that come in parallel pairs (``城镇、农村居民…``): the first of a list written
#: short shares all the last item says after its own qualifier.
_PAIRED_QUALIFIERS: Final = frozenset(
    (
        "城镇",
        "农村",
        "城市",
        "乡村",
        "男性",
        "女性",
        "国有",
        "民营",
        "外资",
        "内资",
        "公办",
        "民办",
        "中央",
        "地方",
        "大型",
        "中型",
        "小型",
        "微型",
        "一般",
        "加工",
        "出口",
        "进口",
        "本级",
        "城区",
    )
)


#: A list of bases compared with at the end of the words before 分别 (``比江西、湖南``).
_BASE_LIST = re.compile(
    r"(?P<word>[比较])(?P<bases>[\u4e00-\u9fa5]{2,8}(?:、[\u4e00-\u9fa5]{2,8})+)$"
)


def _whole_place(doc: _Doc, item: str) -> bool:
    if not 2 <= len(item) <= 4:
        return False
    region, rest = _split_region(doc, item)
    return region is not None and not rest


def _listed_places(doc: _Doc, listed: str) -> str:
    """A list of places without how many they are (``甲、乙、丙3个县``, ``甲、乙两区``,
    ``甲和乙2个县``), its last place in full when the list writes its places short."""
    if "、" in listed:
        return _short_names_in_full(doc, _COUNT_OF_LISTED.sub("", listed))
    return _COUNT_OF_LISTED.sub("", listed) if "个" in listed else listed


def _short_names_in_full(doc: _Doc, listed: str) -> str:
    """A list of places written short (``甲县、乙县、丙县`` as ``甲、乙、丙规上工业…``) with
    its last place in full, so that it is read as a place and the words after it as what
    every place's figure is.

    Only where every item before the last is a place of the document's own province written
    whole: a list of kinds keeps its last item as it is.
    """
    items = _split_list(listed)
    last = items[-1]
    if (
        len(items) < 2
        or _split_region(doc, last)[0]  # (written in full, or a place alone)
        or not all(_whole_place(doc, item) for item in items[:-1])
    ):
        return listed
    for size in (2, 3):
        place = whole_region(last[:size], doc.region_code, doc.regions)
        if place and len(last) > size and place != last[:size]:
            return listed[: len(listed) - len(last)] + place + last[size:]
    return listed


def _split_list(listed: str) -> list[str]:
    """Split a list at 、 outside brackets (``榆次区、介休市两个县(市、区)`` has two items)."""
    items, depth, current = [], 0, ""
    for ch in listed:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if ch == "、" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    return [*items, current]


#: Words of kind two qualifiers may share (``城镇和农村居民``, ``国有和民营企业``).
_KIND_TAILS: Final = frozenset(
    {"居民", "企业", "人口", "行业", "产业", "地区", "项目", "单位", "农户"}
)


def _shared_after_head(item: str, last: str) -> str:
    """What the last item of a list says after the head it shares with ``item``
    (``新发放企业贷款``, ``小微企业贷款加权平均利率`` → ``加权平均利率``), or ``""``.

    >>> _shared_after_head("新发放企业贷款", "小微企业贷款加权平均利率")
    '加权平均利率'
    >>> _shared_after_head("私营企业", "外商投资企业"), _shared_after_head("工业用电", "居民用电量")
    ('', '')
    """
    if len(item) < 3 or item[-2:] == last[-2:]:
        return ""
    at = last.find(item[-2:])
    return last[at + 2 :] if at > 0 and len(last) - at - 2 >= 2 else ""


#: Kinds that come in pairs (``城镇、乡村``), ending a list's first item and opening its second.
_PAIRED_KINDS = "城镇|农村|城市|乡村|规上|规下|限上|限下|内资|外资"
#: A kind of a pair written first (``城镇``, ``男性``, ``大型``): its partner shares the rest.
_PAIR_WORDS = re.compile(f"(?:{_PAIRED_KINDS}|城|乡|男性?|女性?|大型|中型|小型)$")
_PAIRED_FIRST = re.compile(f"(?:{_PAIRED_KINDS})$")
_PAIRED_SECOND = re.compile(f"(?:{_PAIRED_KINDS})(?=[\u4e00-\u9fa5]{{2}})")


def _paired_kinds(stems: list[str]) -> list[str]:
    """Two kinds of a pair with words before the first and after the second, which both
    kinds share (``限上法人城镇、乡村消费品零售额``).

    >>> _paired_kinds(["限上法人城镇", "乡村消费品零售额"])
    ['限上法人城镇消费品零售额', '限上法人乡村消费品零售额']
    >>> _paired_kinds(["城镇", "乡村消费品零售额"]), _paired_kinds(["工业", "农业增加值"])
    (['城镇', '乡村消费品零售额'], ['工业', '农业增加值'])
    """
    if len(stems) != 2:
        return stems
    kind = _PAIRED_FIRST.search(stems[0])
    other = _PAIRED_SECOND.match(stems[1]) if kind and kind.start() else None
    if kind is None or other is None:
        return stems
    rest = stems[1][other.end() :]
    return [stems[0] + rest, stems[0][: kind.start()] + stems[1]]


#: A time word before the first kind of a pair (``同期城市与农村婴儿死亡率``).
_TIME_BEFORE_KIND = re.compile(r"^(?:同期|同时|全年|当年|今年|去年|其中)[,，]?")


def _shared_tail(pair: list[str], *, uniform: bool = True) -> list[str]:
    """``城镇和农村居民人均可支配收入``: the first word shares the rest of the second.


    >>> _shared_tail(["城镇", "农村居民人均可支配收入"])
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> _shared_tail(["工业", "农业增加值"]), _shared_tail(["高新技术企业", "专精特新企业"])
    (['工业增加值', '农业增加值'], ['高新技术企业', '专精特新企业'])
    >>> _shared_tail(["私营企业", "外商及港澳台投资企业"])
    ['私营企业', '外商及港澳台投资企业']
    >>> _shared_tail(["大型", "中型企业"]), _shared_tail(["乳制品", "锂离子电池"])
    (['大型企业', '中型企业'], ['乳制品', '锂离子电池'])
    >>> _shared_tail(["城镇", "农村居民"]), _shared_tail(["同期城市", "农村孕产妇死亡率"])[0]
    (['城镇居民', '农村居民'], '城市孕产妇死亡率')
    >>> _shared_tail(["风力发电机组", "数控金属切削机床产量"], uniform=False)[0]
    '风力发电机组产量'

    ``uniform``: the list's earlier items are as long as each other (基础研究、应用研究和试验
    发展经费: kinds written alike, the last one's tail shared); when they are not
    (锂离子电池、新能源汽车、风力发电机组和数控金属切削机床产量) only the head is (round 28).
    """
    if len(pair) != 2:
        return pair
    first, second = pair[0].strip(), pair[1].strip()
    first = _TIME_BEFORE_KIND.sub("", first) or first  # 同期城市与农村…: the kind alone
    if not first or head_of(first) is not None or len(second) - len(first) < 2:
        return pair
    if first[-2:] == second[-2:]:  # 股份制企业和外商及港澳台投资企业: two whole names
        return [first, second]
    head = head_of(second)
    unlike = first[-1] != second[len(first) - 1]  # (工业和农业增加值: kinds written alike)
    if not uniform and head and unlike and not _PAIR_WORDS.search(first):
        # 风力发电机组和数控金属切削机床产量: no kinds written alike, the head alone is
        # shared (not 风力发电机组机床产量; round 28)
        return [first + head, second]
    tail = second[len(first) :]
    if head is None and tail not in _KIND_TAILS and unlike:
        # 乳制品和锂离子电池, 日用品和书报杂志类: two products, the second's last characters
        # no head the first shares (大型和中型企业 share 企业: their kinds end alike;
        # 城镇和农村居民: the residents, a word of kind)
        return [first, second]
    return [first + second[len(first) :], second]


#: ``…的地区分别为甲、乙和丙``: places named after 分别为/依次为 in the clause before.
_NAMED_LIST = re.compile(
    r"(?:(?:分别|依次)(?:为|是)|(?<=地区|城市|地市|市州|州市|县区|省份)(?:为|是)"
    # 排名前三位的是甲、乙和丙, 居前三名的市为…: a rank's places
    r"|(?<=[位名])的?(?:为|是)|(?<=的市|的县)(?:为|是))(?P<places>[^,，;；:：。]+)$"
)
#: What a list of places is called, and a rank's verb: no part of the indicator.
_PLACES_TAIL = re.compile(
    r"(?:(?:位?居|位列|排名?)(?:全国|全省|全市)?(?:前[一二三四五六七八九十\d]{1,2}[位名]?)?)?的?"
    r"(?:地区|城市|地市|市州|县区|市|县)$"
)
#: The words that open a list of the items counted before (``分别为``, ``依次是``).
_NAMING_LEAD = re.compile(r"^\s*(?:其次|再次|然后|随后)?(?:分别|依次)?(?:为|是)")
#: How many regions an indicator passes a mark in (``甲指标超过全省平均水平的有6个地区``).
_REGIONS_THAT = re.compile(
    r"\s*(?P<indicator>[^,，。;；]{2,30}?)(?:超过|高于|低于|不足|达到|快于|慢于)[^,，。;；]{0,14}?的"
    r"(?:有|共有|共)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个"
    r"(?:地区|城市|地市|市州|县区|县市区|县|市|区|省份|省)"
)


#: How many places a list names and what they are, after the list (``甲、乙、丙3个县``).
_COUNT_OF_LISTED = re.compile(
    r"(?<=[\u4e00-\u9fa5])[一二三四五六七八九十两\d]{1,2}个?"
    r"(?:县市区|县区|县市|地市|市州|州市|城市|地区|省份|省|市|县|区|地)(?=[\u4e00-\u9fa5]*$)"
)


def _listed_regions(doc: _Doc, text: str, c_start: int, size: int) -> tuple[list[str], str] | None:
    """The regions listed at the start of the clause before (``和顺县、寿阳县、祁县增速…``).

    Returns the regions, in order, and what the rest of that clause names, when the clause
    before lists exactly ``size`` regions.
    """
    if c_start < 1 or text[c_start - 1] not in ",，":
        return None
    start, _ = _doc_bounds(doc, c_start - 1, _CLAUSE_END, 0, c_start - 1)
    clause = text[start : c_start - 1]
    named_list = _NAMED_LIST.search(clause) if "为" in clause or "是" in clause else None
    unnamed: tuple[list[str], str] | None = None  # the places, when nothing names them
    if named_list:
        # 经费居全省前三位的地区分别为甲、乙和丙,分别为…: the places after 为, the
        # indicator before
        places = named_list["places"]
        if "东北" in places:  # 依次是东部、西部、中部和东北: the four regions in full
            places = macro_region_list(places) or places
        items = _split_list(re.sub(r"[和及与]", "、", places))
        parsed = [_split_region(doc, item) for item in items]
        if len(parsed) == size and all(region and not stem.strip() for region, stem in parsed):
            named = clean(_PLACES_TAIL.sub("", ordering_removed(clause[: named_list.start()])))
            named = named.removesuffix("水平") if len(named) > 4 else named  # 平均工资水平
            if named:  # else (…的有3个地区,分别为甲、乙和丙,): the clause before names it
                return [region for region, _ in parsed if region], named
            # (排名后三位的是甲、乙和丙: a list before in the sentence names it, if no clause does)
            unnamed = [region for region, _ in parsed if region], ""
    listed = clause
    if "为" in listed or "是" in listed:  # …的有3个地区,分别为甲市、乙市和丙市,分别为…
        listed = _NAMING_LEAD.sub("", listed)
    if "东北" in listed and "分别" in listed:  # (the literal test first)
        # 东、中、西部和东北地区甲分别达到a、b、c、d个,占…的比重分别为…: the four regions
        # (the figures of the clause before, listed too, are no items)
        listed = macro_region_list(listed[: listed.index("分别")]) or listed
    items = _split_list(_listed_places(doc, re.sub(r"[和及与]", "、", listed, count=0)))
    parsed = [_split_region(doc, item) for item in items]
    if len(parsed) != size or not all(region for region, _ in parsed):
        # 甲市、乙市…持续领先,新登记企业数量占据前三位,分别为…: the clause before names
        # the indicator, the one before it the regions
        named = ordering_removed(text[start : c_start - 1])
        if "均" in named and re.search(r"\d", named):
            # 其次是甲和乙,数量均突破1万座,分别是…: what the places share, then each one's
            named = named[: named.index("均")]
        earlier = _listed_regions(doc, text, start, size) if start > c_start - 24 else None
        if earlier is None or not named or re.search(r"\d", named):
            return unnamed
        return earlier[0], named
    if any(stem.strip() for _, stem in parsed[:-1]):
        return unnamed
    rest = clean(_LISTED_VERB.sub("", parsed[-1][1]))
    if not rest and start > 1 and text[start - 1] in ",，":
        # 甲指标超过全省平均水平的有3个地区,分别为…: the clause before names the indicator
        before, _ = _doc_bounds(doc, start - 1, _CLAUSE_END, 0, start - 1)
        that = _REGIONS_THAT.fullmatch(text, before, start - 1)
        rest = clean(that["indicator"]) if that else ""
    return [region for region, _ in parsed if region], rest


#: Where the words about a list of kinds end (``…服务业项目进展较好``): their predicate.
_KIND_PREDICATE = re.compile(r"(?:进展|表现|推进|运行|发展|增长|完成|实现|均|较|保持|居|位居).*$")
_KIND_HEAD = re.compile(r"(?:项目|企业|行业|产业|领域)$")


def _listed_kinds(
    text: str, c_start: int, size: int, head_before: str | None = None
) -> list[str] | None:
    """The kinds listed in the clause before, sharing the last one's head word
    (``科技、农业、工业项目进展较好,`` → 科技项目, 农业项目, 工业项目), when there are
    exactly ``size`` of them; ``head_before`` is the head of a parallel list before
    (``…;外资、基础设施进展不够理想,`` → 外资项目, 基础设施项目).

    >>> t = "科技、农业、工业项目进展较好,投资完成率分别高于"
    >>> _listed_kinds(t, 15, 3), _listed_kinds(t, 15, 2)
    (['科技项目', '农业项目', '工业项目'], None)
    >>> _listed_kinds(";外资、基础设施进展不够理想,分别低于", 15, 2, "项目")
    ['外资项目', '基础设施项目']
    """
    if c_start < 1 or text[c_start - 1] not in ",，":
        return None
    low = max(0, c_start - 200)  # (a clause of kinds is short: the stops not sought from 0)
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, low, c_start - 1)
    if start == low and low > 0:
        return None
    items = [i.strip() for i in re.split(r"[、和及与]", text[start : c_start - 1])]
    if len(items) != size or size < 2:
        return None
    items[-1] = _KIND_PREDICATE.sub("", items[-1])
    if not all(re.fullmatch(r"[\u4e00-\u9fa5]{1,8}", i) for i in items):
        return None
    found = _KIND_HEAD.search(items[-1])
    head = found.group() if found else head_before
    if head is None:
        return None
    return [i if i.endswith(head) else i + head for i in items]


#: The count of the kinds listed before it (``三个行业``, ``4个领域``), before their indicator.
_KINDS_COUNTED = re.compile(r"[一二两三四五六七八九十\d]{1,2}个(?:行业|产业|领域|门类|大类)")
#: A verdict on the kinds listed, ending their clause (``增势较好``, ``增幅回落``).
_LIST_VERDICT = re.compile(
    r"(?:增势|增速|增幅|降幅|势头|态势)(?:较好|良好|强劲|较快|回落|放缓|明显|收窄|扩大)$"
)
#: What the last sector of a list may name after it (``燃气生产和供应业增加值``).
_SECTOR_TAIL = re.compile(r"(?<=业)(?:增加值|总产值|产值|营业收入|利润总额|投资)$")


def _listed_sectors(text: str, c_start: int, size: int) -> list[str] | None:
    """The sectors listed in the clause before, each with the indicator the last one names
    (``甲制造业、乙业、丙加工业三个行业增加值增速较快,`` → 甲制造业增加值, 乙业增加值,
    丙加工业增加值), when there are exactly ``size`` of them, each ending in 业; the
    count of the kinds (三个行业) and a verdict on them (增势较好) are no part of the last.

    >>> t = "食品制造业、金属制品业两个行业增加值增速较快,分别增长"
    >>> _listed_sectors(t, t.index("分别"), 2)
    ['食品制造业增加值', '金属制品业增加值']
    """
    if c_start < 1 or text[c_start - 1] not in ",，":
        return None
    low = max(0, c_start - 200)
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, low, c_start - 1)
    clause = text[start : c_start - 1]
    if "、" not in clause:
        return None
    items = [i.strip() for i in _split_list(clause)]
    if len(items) != size:
        return None
    last = _KINDS_COUNTED.sub("", _LIST_VERDICT.sub("", items[-1]))
    tail = _SECTOR_TAIL.search(last)
    items[-1] = last[: tail.start()] if tail else last
    if not all(re.fullmatch(r"[\u4e00-\u9fa5]{2,16}业", i) for i in items):
        return None
    return [i + (tail.group() if tail else "") for i in items]


#: The words that end a heading of a breakdown (``投资地市分布``, ``收入结构``, ``来源地``).
_BREAKDOWNS: Final = ("分布", "结构", "构成", "来源地", "来源")


def _topic(paragraph: str) -> str | None:
    """The indicator a paragraph is about, when it opens with one: ``从地区生产总值看,``.

    >>> _topic("固定资产投资方面,前三季度全市增长8.9%"), _topic("分类别看,食品类价格")
    ('固定资产投资', None)
    >>> _topic("从投资地市分布看,甲市增长8.9%")
    """
    found = _TOPIC.match(paragraph)
    if found is None:
        return None
    topic = _TOPIC_TAIL.sub("", clean(found["topic"] or found["heading"]))  # 从失业率走势看: 失业率
    if not topic or topic.startswith(("分", "总", "整体", "具体", "全")) or topic in _DIMENSIONS:
        return None  # 从地域看: how the figures are broken down, not what they count
    if topic.endswith(_BREAKDOWNS):  # 从投资地市分布看, 从投资来源地看: a breakdown too
        return None
    return topic


def _linked_clause(
    text: str, clause_before: str, c_start: int, s_start: int, previous_start: int
) -> str | None:
    """``昔阳县农村居民收入增速最高,为9.3%``: a figure after a bare copula belongs to the
    words of the clause before (without its superlative), when that clause has no figure.
    """
    if (
        clause_before.rstrip()[-1:] not in measures.COPULA_LAST
        or not measures.COPULA_ONLY.match(clause_before)
        or c_start <= s_start
        or previous_start >= c_start
    ):
        return None
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    if start < previous_start:
        return None
    words = clean(_SUPERLATIVE.sub("", text[start : c_start - 1].strip()))
    return words or None


#: The words of a rate of change, which a month-on-month rate shares with a year-on-year one.
_MOVES: Final = ("涨幅", "降幅", "增幅", "增速")


def _month_on_month(text: str, s_start: int, grown_at: int, subject: str) -> str:
    """The change of a rate (``降幅比全国低0.3个百分点``) after a growth the sentence
    compared with the month before (``环比下降0.6%``, ``与上月比,…上涨0.7%``) is that
    month-on-month rate's (``居民消费价格环比降幅``), a rate apart from the year-on-year one;
    of a price index's general level, the index's (``居民消费价格总水平涨幅`` → ``居民消费价格环比涨幅``).

    >>> t = "与上月比,价格总水平上涨0.7%,涨幅扩大0.3个百分点"
    >>> _month_on_month(t, 0, 12, "居民消费价格总水平涨幅"), _month_on_month("同比上涨1.2%", 0, 4, "甲涨幅")
    ('居民消费价格环比涨幅', '甲涨幅')
    """
    if not measures.on_period_before(text, s_start, grown_at):
        return subject
    name, move = subject[:-2].removesuffix("总水平"), subject[-2:]
    return f"{name}环比{move}" if "环比" not in name else subject


#: An abbreviation in brackets after a name (``居民消费价格(CPI)``).
_LATIN_NOTE = re.compile(r"[(（][A-Za-z]{2,6}[)）]")
#: A rate opening a clause with no figure (``涨幅与全国平均水平持平``, ``增速高于全省``).
_RATE_OPENS = re.compile(r"\s*(?P<rate>涨幅|降幅|增幅|增速)(?=[^\d,，]*$)")


def _ranked_rate(
    text: str, clause_before: str, c_start: int, s_start: int, growing: str, grown_at: int
) -> str | None:
    """``甲同比上涨0.3%,涨幅与全国持平,列全国第13位``: a rank whose clause names nothing,
    after a clause that opens with a rate and has no figure, ranks that rate of the figure
    before (``growing``, ending at ``grown_at``; convention 19), not its amount.

    >>> t = "甲价格同比上涨0.3%,涨幅与全国持平,列全国第13位"
    >>> _ranked_rate(t, "列全国", 20, 0, "甲价格(CPI)", 11), _ranked_rate(t, "列全国", 20, 0, "甲价格", 15)
    ('甲价格涨幅', None)
    """
    if _RANK_LEAD.sub("", clause_before).strip():
        return None
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    if start < grown_at:
        return None
    opened = _RATE_OPENS.match(text, start, c_start - 1)
    if opened is None:
        return None
    name = _RATE_WORDS.sub("", _LATIN_NOTE.sub("", growing)) or growing
    return name + opened["rate"]


#: The rest of a list of bracketed figures (``甲市(36.1亿)、乙市(32.4亿)``), then the
#: words that gather its items (``五地``, ``等4市``, ``各市``), then the indicator they share.
_LIST_AFTER = re.compile(
    r"[)）](?:[、和及与][^()（）、,，。;；]{1,10}[(（][^()（）]{1,16}[)）])*"
    r"(?:等)?(?:[一二三四五六七八九十两\d]+个?(?:地|市|县|区|省|地市)|各\w{1,2})?"
    r"(?P<subject>[\u4e00-\u9fa5]{2,12}?)"
    r"(?=在|均|分别|为|达|完成|实现|同比|比上年|增长|下降|合计|[,，。;；]|$)"
)


def _subject_after_list(text: str, end: int, s_end: int) -> str | None:
    """The indicator named after a list of bracketed figures (``甲市(36.1亿)、…五地财政收入``).

    >>> t = "甲市(36.1亿)、乙市(32.4亿)五地财政收入在1-2月均超过30亿"
    >>> _subject_after_list(t, 8, len(t)), _subject_after_list(t, 18, len(t))
    ('财政收入', '财政收入')
    >>> _subject_after_list("人数(120人)。", 6, 9) is None
    True
    """
    found = _LIST_AFTER.match(text, end, s_end)
    if not found:
        return None
    return clean(found["subject"]) or None


#: A subject that is a verb with no object (``累计接待``), to be said of the topic.
_BARE_VERB = re.compile(r"(?:累计|共|共计)?(?:接待|吸引|发放|销售|运送|收治|培训|帮扶)")
#: The characters a whole match of :data:`_BARE_VERB` can end with (tested before it).
_BARE_VERB_LAST: Final = frozenset("待引放售送治训扶")
#: The opening noun phrase of a part of a sentence (``甲景区连续…``, ``乙研究基地,…``).
_SEGMENT_TOPIC = re.compile(
    r"\s*(?:其中|同时|此外)?[,，]?\s*(?P<topic>[\u4e00-\u9fa5]{2,14}?)"
    r"(?=[,，]|连续|前\d|近\d|累计|共|接待|吸引|发放|销售|运送|收治|培训|帮扶)"
)


def _segment_topic(text: str, s_start: int, position: int) -> str | None:
    """What a part of a sentence (from its start or the last ;) is about, when it opens
    with a noun phrase and no figure: the topic of a subject that is only a verb."""
    start = max(
        s_start, text.rfind(";", s_start, position) + 1, text.rfind("；", s_start, position) + 1
    )
    found = _SEGMENT_TOPIC.match(text, start, position)
    if found is None:
        return None
    return clean(found["topic"]) or None


_LEVEL_PREDICATE = re.compile(
    r"(?:同比|环比|总体|基本|保持)*(?:持平|平稳|稳定|回升|回落|增长|下降)$"
)


def _first_clause(doc: _Doc, s_start: int, c_start: int) -> str | None:
    """The indicator the clause before names, when it has no figure of its own
    (``居民消费价格同比持平,环比上涨0.2%`` → 居民消费价格)."""
    start, _ = _doc_bounds(doc, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    words = doc.text[start : c_start - 1]
    if re.search(r"\d", words):
        return None
    return clean(_LEVEL_PREDICATE.sub("", clean(words))) or None


#: A figure of speech for a result (``交上的答卷为…``, ``交出的成绩单``): the indicator is the
#: one the paragraph named before.
_FIGURATIVE: Final = ("答卷", "成绩单")
#: Items named before, counted (``上述3者合计占…``, ``以上两者``, ``这三者``).
_THESE = re.compile(r"(?:上述|以上|前述|这)(?P<n>[2-9两二三四五六七八九])者")
_THESE_COUNT: Final = {
    **{str(n): n for n in range(2, 10)},
    **{c: i + 2 for i, c in enumerate("二三四五六七八九")},
    "两": 2,
}


def _these_items(paragraph_facts: list[Fact], count: int) -> str:
    """The last ``count`` amounts of the paragraph, named together with the words they share
    (对甲进出口, 对乙进出口 → 对甲、乙进出口); nothing when there are fewer, or the same twice."""
    names: list[str] = []
    for fact in reversed(paragraph_facts):
        if len(names) == count:
            break
        if fact.measure == "level" and fact.subject:
            names.insert(0, fact.subject)
    if count < 2 or len(names) < count or len(set(names)) < count:
        return ""
    head = len(os.path.commonprefix(names))
    tail = len(os.path.commonprefix([n[head:][::-1] for n in names]))
    middles = [n[head : len(n) - tail] for n in names]
    if not all(middles):
        return ""
    return names[0][:head] + "、".join(middles) + names[0][len(names[0]) - tail :]


#: A kind of project a paragraph names (``安排全市重点建设项目444项``).
_PROJECT_KIND = re.compile(r"(?:省|市|县|区)?(?:重点|重大)[\u4e00-\u9fa5]{0,6}?(?=项目)")


def _named_project_kind(paragraph_facts: list[Fact]) -> str:
    """``今年安排重点建设项目444项,…。1-10月项目累计完成投资…``: 项目 alone is the kind of
    project the paragraph named before (重点建设); nothing when it named none."""
    for fact in reversed(paragraph_facts):
        if fact.subject and "项目" in fact.subject:
            found = _PROJECT_KIND.search(fact.subject)
            if found:
                return found.group()
    return ""


#: A clause that says how a rate goes (``乙增速持续加快``), with no figure of its own.
_RATE_GOES = re.compile(
    r"(?:增速|增幅|增长)(?:持续|继续|明显|进一步|有所|稳步|逐步|逐月)?"
    r"(?:加快|放缓|回落|回升|提高|提升|加速|较快|趋缓|收窄|扩大)$"
)


#: A clause that says how a price goes (``甲价格有大幅回落``), before its rate (``环比下降12%``).
_PRICE_GOES = re.compile(
    r"(?<=价格)(?:有所|有|大幅|小幅|明显|略有|稍有|持续|继续)*"
    r"(?:回落|回升|上涨|下降|下跌|上升|攀升|走高|走低)$"
)


def _rate_goes_clause(doc: _Doc, s_start: int, c_start: int) -> str | None:
    """``从甲看,乙贡献突出。上半年乙增速持续加快,同比增长7.4%``: a growth rate whose own
    words are empty is the one the clause before says goes faster or slower (乙's), ahead
    of the paragraph's topic or its last figure. A price goes up or down alike (``甲价格有大幅回落,环比下降12%``: 甲价格's)."""
    start, _ = _doc_bounds(doc, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    words = doc.text[start : c_start - 1]
    if ("增" not in words and "价" not in words) or re.search(r"\d", words):
        return None
    found = _RATE_GOES.search(words) or _PRICE_GOES.search(words)
    return (clean(words[: found.start()]) or None) if found else None


#: A clause that says an item changed, with no figure of its own (``甲类连续16个月同比下降``,
#: ``甲、乙价格同比都有不同程度上涨``): the item, then how it changed.
_ITEM_CHANGED = re.compile(
    r"(?:其中)?(?P<item>[\u4e00-\u9fa5、“”]{2,24}?)"
    r"(?:同比|环比|连续[\d一二三四五六七八九十]+个月|都|均|也|继续|持续|有|不同程度地?|大幅|小幅|"
    r"明显|略有)*(?:上涨|下降|上升|下跌|增长|回落|回升)$"
)


def _changed_clause(doc: _Doc, s_start: int, c_start: int) -> str | None:
    """The item the clause before a bare rate (``本月降幅为4.9%``, ``且涨幅均在10%以上``) says
    rose or fell, when it names an indicator (a head noun, a price, a price's class), else
    None: the rate is that item's, not the paragraph's last figure's.

    >>> t = "面粉价格上涨0.2%。丙类连续12个月同比下降,本月降幅为3.5%。"
    >>> [f.subject for f in extract(t, region="某某省", year=2024)]
    ['面粉价格', '丙类价格']
    >>> t = "甲类价格上涨1.2%。乙、丁类价格同比都有不同程度上涨,且涨幅均在8%以上。"
    >>> [f.subject for f in extract(t, region="某某省", year=2024)]
    ['甲类价格', '乙、丁类价格']
    >>> t = "工业增加值增长6%。工业生产平稳增长,增速为5.1%。"  # (no indicator said changed)
    >>> [f.subject for f in extract(t, region="某某省", year=2024)]
    ['工业增加值', '工业增加值']
    """
    start, _ = _doc_bounds(doc, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    found = _ITEM_CHANGED.match(doc.text, start, c_start - 1)
    if not found:
        return None
    item = clean(found["item"]) or ""
    named = head_of(item) is not None or item.endswith(("价格", "类", "指数"))
    return item if named else None


#: A clause that says how a sector does, with no figure (``新能源产业增长势头迅猛``,
#: ``五大产业中汽车制造业发展较快``): the sector, after the group it is one of (not
#: ``工业生产保持增长``: output of all industry, no sector named).
_SECTOR_DOES = re.compile(
    r"(?:其中)?(?:[^,，;；\d]{0,8}?中)?(?P<sector>[\u4e00-\u9fa5]{2,10}?(?:产业|行业|业))"
    r"(?:增长势头|增长态势|发展势头|发展|增势|增长)[^,，;；\d]{0,8}$"
)


def _sector_clause(doc: _Doc, s_start: int, c_start: int) -> str | None:
    """The sector a clause before the figure's says does well or badly, with no figure
    of its own (``甲产业增长势头迅猛,当月完成产值3亿元``: 甲产业产值), else None.

    >>> from types import SimpleNamespace
    >>> t = "五大产业中乙产业增长势头迅猛,当月完成产值3亿元"
    >>> _sector_clause(SimpleNamespace(text=t), 0, t.index(",") + 1)
    '乙产业'
    """
    words = doc.text[s_start : c_start - 1]
    if "业" not in words:  # (quick test)
        return None
    start = max(words.rfind(","), words.rfind("，"), words.rfind(";"), words.rfind("；")) + 1
    found = _SECTOR_DOES.fullmatch(words, start)
    return found["sector"] if found else None


def _unread_clause(doc: _Doc, s_start: int, c_start: int, read_to: int = -1) -> str | None:
    """``降水量为631.5mm,比多年平均值偏少2.0%`` with a figure the scanner did not read
    (its unit unknown or not written: ``洗煤产量294.8,下降13.3%``) in the clause before,
    after the last figure read (``read_to``): the words before that figure."""
    start, _ = _doc_bounds(doc, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    if read_to > start:
        return None
    figure = _UNREAD_FIGURE.search(doc.text, start, c_start - 1)
    return (clean(doc.text[start : figure.start()]) or None) if figure else None


#: A figure the scanner did not read: a number after 为/达 (not a date), or a bare number
#: that ends the clause.
_UNREAD_FIGURE = re.compile(
    r"(?<=[为达是])\d+(?:\.\d+)?(?![\d.年月日号季%])|(?<=[\u4e00-\u9fa5])\d+(?:\.\d+)?$"
)


_CLOSES = re.compile(r"[)）]")
_OPENS = re.compile(r"[(（]")


def _before_bracket(doc: _Doc, clause_before: str, s_start: int, c_start: int) -> str | None:
    """``性别比(以女性为100,男性对女性的比例)为104.33``: a clause that starts inside a
    bracket opened in an earlier clause names its figure before that bracket."""
    if (")" not in clause_before and "）" not in clause_before) or (
        "(" in clause_before or "（" in clause_before
    ):  # (what _CLOSES and _OPENS find, as literal tests)
        return None
    opened = max(doc.text.rfind("(", s_start, c_start), doc.text.rfind("（", s_start, c_start))
    if opened < 0:
        return None
    start, _ = _doc_bounds(doc, opened, _CLAUSE_END, s_start, opened)
    return clean(doc.text[start:opened]) or None


def _outside_parts(text: str, c_start: int, fact: Fact, sentence_facts: list[Fact]) -> str | None:
    """``机构598所(甲中心187所,乙站411所),比上年增加96所``: a clause right after a bracket
    of parts is of the whole before the bracket, not of its last part (round 18b).

    >>> from citystat.textfacts import extract
    >>> t = "全省卫生院800所(中心卫生院200所,一般卫生院600所),比上年增加3所。"
    >>> [f.subject for f in extract(t, region="福建省", year=2017)][-1]
    '卫生院'
    """
    before = text[max(0, c_start - 3) : c_start].rstrip()
    if not before.endswith((",", "，")) or before[:-1].rstrip()[-1:] not in (")", "）"):
        return None
    closed = c_start - len(text[max(0, c_start - 3) : c_start]) + len(before[:-1].rstrip()) - 1
    opened = max(text.rfind("(", 0, closed), text.rfind("（", 0, closed))
    if opened < 0 or not any(f.char_start > opened for f in sentence_facts):
        return None
    whole = next((f for f in reversed(sentence_facts) if f.char_start < opened), None)
    if whole is None or whole.char_end < opened - 2:
        return None
    if fact.measure == "abs_change" and whole.base_unit != fact.base_unit:
        return None
    return whole.subject


def _twin(text: str, token: Token, fact: Fact, paragraph_facts: list[Fact]) -> Fact | None:
    """The figure a bracketed one restates in another unit (``增加4.5千公顷(6.8万亩)``,
    ``135.4公斤/公顷(9.0公斤/亩)``): the one right before the bracket, in the same base unit."""
    if not paragraph_facts or not _in_brackets(text, token):
        return None
    before = paragraph_facts[-1]
    if before.char_end != token.start - 1 or before.base_unit != fact.base_unit:
        return None
    if before.measure == fact.measure or before.measure not in ("level", "abs_change"):
        return None
    return before


def _in_brackets(text: str, token: Token) -> bool:
    return text[token.start - 1 : token.start] in ("(", "（") and text[
        token.end : token.end + 1
    ] in (")", "）")


def _ordinal_sectors(items: list[str]) -> list[str]:
    """``第一、二、三产业投资`` lists 第一产业投资, 第二产业投资 and 第三产业投资.

    >>> _ordinal_sectors(["第一", "二", "三产业投资"])
    ['第一产业投资', '第二产业投资', '第三产业投资']
    >>> _ordinal_sectors(["第二", "第三产业"]), _ordinal_sectors(["工业", "农业"])
    (['第二产业', '第三产业'], ['工业', '农业'])
    >>> _ordinal_sectors(["第一", "二", "三产业和居民用电量"])[2:]
    ['第三产业用电量', '居民用电量']
    >>> _ordinal_sectors(["第一", "第二", "第三产业和居民用水量增速"])[1:3]
    ['第二产业用水量增速', '第三产业用水量增速']
    """
    last = re.fullmatch(r"\s*第?([一二三])(产业.*)", items[-1]) if len(items) > 1 else None
    # (the first may follow a place: 甲省第一、第二、第三产业…, the place the list's)
    first = re.fullmatch(r"(?P<place>.*?)(?P<ordinal>第[一二三])\s*", items[0]) or re.fullmatch(
        r"(?P<place>\s*)(?P<ordinal>[一二三])\s*", items[0]
    )
    if (
        last is None
        or first is None
        or not all(re.fullmatch(r"\s*第?[一二三]\s*", i) for i in items[1:-1])
    ):
        return items
    place = first["place"]
    ordinals = [first["ordinal"][-1]] + [i.strip().lstrip("第") for i in items[1:-1]]
    ordinals.append(last.group(1))
    tail = last.group(2)
    joined = re.fullmatch(
        r"产业[和及与](?P<other>[^和及与]{1,6}?)(?P<head>(?:用电量|用水量|增加值|投资)"
        r"(?:增速|增幅|增长率|占比|比重)?)",
        tail,
    )
    if joined:  # 第一、二、三产业和居民用电量: each sector's, and the residents' after them
        head = joined["head"]
        named = [f"第{o}产业{head}" for o in ordinals] + [joined["other"] + head]
    else:
        named = [f"第{o}{tail}" for o in ordinals]
    return [place.strip() + item for item in named]


def _split_region(doc: _Doc, item: str) -> tuple[str | None, str]:
    known = doc.split_items.get(item)
    if known is None:
        known = doc.split_items[item] = _split_item(doc, item)
    return known


def _split_item(doc: _Doc, item: str) -> tuple[str | None, str]:
    for start, end, found in find_mentions(item, doc.region_code, doc.regions):
        if abroad(found) and _SOURCE_CUE.search(doc.text):
            return None, item  # 新加坡、台湾分别增长… in a text on investment: sources
        if item[:start].strip(" ,，") in ("",) or start <= 1:
            return found.name, item[end:]
    district = _SHARED_DISTRICT.match(item)
    if district and (name := whole_region(district.group(), doc.region_code, doc.regions)):
        return name, item[district.end() :]  # 盂县、平定县、郊区收入分别…: the city's 郊区
    if 2 <= len(item) <= 4 and (short := whole_region(item, doc.region_code, doc.regions)):
        return short, ""  # 岑巩、麻江…分别: a county of the document's own province, written short
    for start, end, zone in zone_mentions(item, doc.region):
        named = item[:start].strip(" ,，")
        if not clean(named):  # 经开区、高新区、宜阳县…分别: the city's zones (conv. 23)
            return zone.name, item[end:]
        if _ZONE_NAME.fullmatch(named):  # 东湖高新区、经开区分别…: named as the text names it
            return named + item[start:end], item[end:]
        break
    return None, item


#: The name before a zone word in a list item (``东湖高新区``): a few characters, no verb.
_ZONE_NAME = re.compile(r"[\u4e00-\u9fa5]{2,6}(?<![中的和及与在是有为])")


#: ``全县`` before a list's indicator (``全县三次产业增加值分别为…``).
_WHOLE_LEAD = re.compile(r"^(?:全[国省市县区旗州盟])")
#: A district name many cities share (``城区``, ``郊区``, ``矿区``), opening a list item.
_SHARED_DISTRICT = re.compile(r"\s*[\u4e00-\u9fa5]区")


def _row_label(text: str, c_start: int, s_start: int) -> str | None:
    """The label of a table-like row: ``原煤产量:1236.5万吨`` → 原煤产量.

    When the words before a number name nothing and its clause follows a colon, the
    words before the colon (a short label without digits) are the subject.

    >>> _row_label("其中税收收入:同比下降1.4%", 7, 0), _row_label("1-8月:增长", 5, 0)
    ('税收收入', None)
    """
    if c_start <= s_start or text[c_start - 1] not in ":：":
        return None
    label_start, _ = _bounds(text, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    label = clean(text[label_start : c_start - 1])
    if not label or len(label) > 20 or re.search(r"\d", label):
        return None
    return label


#: The first characters of a count's noun a list may restate (subjects.list_restated).
_RESTATED_KINDS_OPEN: Final = ("行业", "产业", "领域", "大类", "类", "项", "种")
#: A bracket opened after a thing's name with the count of it (``甲断面[共68个断面有数据]``).
_COUNT_NOTE_OPENS: Final = ("[共", "(共", "（共", "【共")


#: Those a service was done for, counted after 为 (``为907家企业发放就业补助``): who, and
#: the service (a verb of giving or relief opens it).
_SERVED = re.compile(
    r"(?P<who>[\u4e00-\u9fa5]{0,8}?(?:企业|单位|市场主体|商户|户|家庭|人员|群众|职工|学生|老人))"
    r"(?P<act>(?:减免|发放|减息|贴息|返还|兑付|兑现|拨付|提供|办理|降低|落实)[\u4e00-\u9fa5]{0,10})$"
)


#: Casualties of accidents and fires, counted by what befell them (``死亡17人``, ``受伤3人``,
#: ``亡64人``, ``造成5人死亡``): the statistic is the number of such persons.
_CASUALTY_WORDS: Final = {
    "死亡": "死亡",
    "亡": "死亡",
    "遇难": "死亡",
    "受伤": "受伤",
    "失踪": "失踪",
}
_CASUALTY_AFTER = re.compile(r"(死亡|遇难|受伤|失踪)(?![率人])")


def _casualties(subject: str, after: str) -> str | None:
    """The count a number of persons is when what befell them names it, before the number
    (``死亡17人``; ``火灾死亡`` keeps its qualifier) or right after it when nothing but the
    cause's verb is before (``造成5人死亡``); None otherwise.

    >>> _casualties("死亡", "、受伤"), _casualties("亡", ",占"), _casualties("火灾死亡", "")
    ('死亡人数', '死亡人数', '火灾死亡人数')
    >>> _casualties("造成", "死亡、9人受伤"), _casualties("死亡", "受伤,直接"), _casualties("招聘", "")
    ('死亡人数', '受伤人数', None)
    """
    found = _CASUALTY_AFTER.match(after)
    if found and (subject in ("", "造成", "导致", "致") or subject in _CASUALTY_WORDS):
        # 造成5人死亡、9人受伤: 死亡 before 9人 ends the item before it
        return _CASUALTY_WORDS[found.group(1)] + "人数"
    if subject in _CASUALTY_WORDS:
        return _CASUALTY_WORDS[subject] + "人数"
    if subject.endswith(("死亡", "受伤", "遇难", "失踪")) and len(subject) <= 8:
        return subject[:-2] + _CASUALTY_WORDS[subject[-2:]] + "人数"
    return None


def _visitors_named(topic: str | None, paragraph_facts: list[Fact]) -> bool:
    """Whether the paragraph is of tourism: its topic or a figure before names visitors or
    tourism, so that a bare 接待 there received visitors (游客)."""
    if topic and ("旅游" in topic or "游客" in topic):
        return True
    return any(f.subject and ("游客" in f.subject or "旅游" in f.subject) for f in paragraph_facts)


def _subject(
    fact: Fact,
    token: Token,
    prefix: str,
    after: str,
    given: str | None,
    sentence_facts: list[Fact],
    paragraph_facts: list[Fact],
    topic: str | None = None,
    *,
    info: UnitInfo | None,  # unit_info(token.unit)
    lead: str = "",  # the sentence's words before the figure
) -> str | None:
    if (
        fact.base_unit == "person-time"
        and ("吸" in prefix or "迎来" in prefix or "揽客" in prefix)
        and (drawn := visitors_received(given or clean(prefix), after))
    ):
        return drawn  # N天共吸引N万人次海内外旅游者: 接待海内外游客
    if info is not None and info.kind == "count" and prefix.endswith(_COUNT_NOTE_OPENS):
        # 甲类断面[共N个断面有数据]…: the bracket counts the thing before it
        bracketed_thing = clean(prefix[:-2])
        if bracketed_thing and len(bracketed_thing) <= 20:
            return bracketed_thing
    previous = sentence_facts[-1].subject if sentence_facts else None
    if (
        previous
        and fact.measure == "abs_change"
        and fact.base_unit not in (None, "percent", "pp")
        and sentence_facts[-1].base_unit == "percent"
    ):  # 优良天数341天,优良率为93.2%,同比增加8天: the change of the days, not of the rate
        same = next(
            (f for f in reversed(sentence_facts[:-1]) if f.base_unit == fact.base_unit), None
        )
        previous = same.subject if same and same.measure == "level" else previous
    if previous and fact.measure in ("level", "abs_change", "growth_yoy"):
        previous = _share_of_cut(previous) or previous  # …占收入的比重, 增收…: the item
        if sentence_facts[-1].measure == "count" and (bound := _CLASS_BY_BOUND.fullmatch(previous)):
            # 经费投入超过50亿元的有2个,分别为甲市(x亿元)…: the indicator the class is of
            previous = bound["indicator"]
    subject = given
    if (
        subject is None
        and info is not None
        and info.kind == "count"
        and fact.measure != "abs_change"
    ):
        # 100个以上村庄: at least 100 villages (the bound is the qualifier)
        subject = noun_after(after[2:] if after.startswith(("以上", "以下")) else after)
        if subject and fact.base_unit == "count":  # 8家企业发行…债: 发行…债的企业
            subject = acted_on(doers_defined(subject))  # 对11个水库进行了评价: 评价水库
        served = _SERVED.match(subject) if subject and prefix.endswith("为") else None
        if served:  # 为27万家企业减免失业保险费7.7亿元: the firms served, named by the service
            subject = served["act"] + served["who"]
    elif (
        subject is None
        and fact.base_unit == "person"
        and after[:1] not in _NOT_PERSONS_NOUN
        and (prefix.endswith("有") or not clean(prefix))
    ):  # 有16.1万失业人员实现再就业: 失业人员再就业 (not 带动6000名群众就业: the verb's)
        subject = _persons_after(after)
    if subject is None:
        if token.kind == "rank":
            prefix = _RANK_SCOPE.sub("", _RANK_LEAD.sub("", prefix))
            ranked = [f for f in sentence_facts if f.measure not in ("count", "rank")]
            previous = ranked[-1].subject if ranked else previous
            if (
                previous
                and ranked
                and ranked[-1].measure == "growth_yoy"
                and re.search(_RATE_NAMED.pattern + re.escape(ranked[-1].text_span), lead)
                and not _RATE_WORDS.search(previous)
            ):  # 增速x%,全市排名第n位: the growth rate's rank (convention 19)
                previous = previous.removesuffix("总量") + "增速"
            if previous:  # …完成年初预算的53.5%,…,增幅位居全省第二位: the item's 增幅
                previous = _COMPLETION.sub("", previous.removesuffix("预算完成进度")) or previous
        subject = deed_word_dropped(clean(prefix))  # 甲行业共公告…: 甲行业公告…
        subject = examples_dropped(subject)  # 甲、乙等七大类产品: 七大类产品
        if fact.base_unit == "person" and (casualties := _casualties(subject, after)):
            subject = casualties  # 死亡17人, 造成3人死亡: the number of the dead
        elif (
            fact.base_unit == "person-time"
            and subject.endswith("接待")
            and _visitors_named(topic, paragraph_facts)
        ):
            subject += "游客"  # (旅游接待情况:) 甲区接待12.4万人次: the visitors received
        if fact.measure == "pp_change" and previous and _COMPARED_WITH.match(subject):
            subject = ""  # …占73.1%,比乙中甲所占比重高4.1个百分点: the figure before's gap
        if "、" in subject and ("均" in prefix or "都" in prefix):
            subject = _first_of_all(subject)  # 甲贷款、乙贷款利率均下降…: 甲贷款利率
        if (
            subject
            and len(subject) <= 6
            and prefix.lstrip().startswith(("、", "和", "及"))
            and (shared := _SHARED_VERB.match(previous or ""))
            and not _SHARED_VERB.match(subject)
        ):
            subject = shared.group() + subject  # 实际到位内资380亿元、外资2.1亿美元: 实际到位外资
        if token.kind == "rank":
            subject = _RANK_OPEN.sub("", subject)  # 位居甲榜单第3: the ranking is 甲榜单
        level = _OWN_LEVEL.fullmatch(subject) if ("级" in subject or "直" in subject) else None
        if level and previous:
            # …收入76.7亿元,…,其中市本级(支出)26.5亿元: the level of government's share of
            # the whole's indicator
            total = _share_of_cut(previous) or previous
            total = total[own.end() :] if (own := _OWN_LEVEL.match(total)) else total
            if total and (not level["head"] or total.endswith(level["head"])):
                subject = level["scope"] + total
        if fact.measure == "share":  # (the tests of a share, under one test)
            reference = _REFERENCE_ONLY.fullmatch(subject) if previous else None
            if previous and reference:
                # …完成投资1434.9亿元,为年计划的95.6%: the share of the plan done
                done = previous
                if subject.startswith("完成"):  # 累计完成投资…,完成年度计划的: 项目完成年度计划
                    done = _DONE_TAIL.sub("", previous)  # (nothing left: the project's, below)
                subject = f"{done}完成{reference['ref']}"
            if task := _OF_TASK.fullmatch(subject):
                subject = "完成" + task["task"]  # 为年度任务的115.8% → …完成年度任务
            if (
                subject.endswith(_TASK_WORDS)
                and "完成" not in subject
                and previous
                and sentence_facts[-1].measure == "share"
                and (done_at := previous.find("完成")) > 0
            ):  # 完成省级目标任务的130%,市级目标任务的127%: the same item's
                subject = previous[: done_at + 2] + subject
        heads_rule = True  # (whether no rule of the chain below applied: 总产值's then does)
        if subject[:1] in _CHAIN_FIRSTS or fact.measure in ("target", "share"):
            # (the chain's rules under one test: each needs one of these first characters,
            # or a target or a share; most subjects meet none, and skip them all)
            heads_rule = False
            if (
                subject.startswith(("拉动", "上拉"))
                or (subject.startswith("影响") and re.match(measures.IMPACT_LEAD, subject))
            ) and previous:
                subject = (
                    _contributor(
                        _topic_amount(sentence_facts) or _share_of_cut(previous) or previous,
                        subject,
                    )
                    + subject
                )
                if _PULLED_GROWTH.search(prefix) and not subject.endswith("增长"):
                    subject += "增长"  # 拉动甲收入增长1.9个百分点: 乙拉动甲收入增长
            elif fact.measure == "target" and _GENERIC_TARGET.fullmatch(subject):
                named = [
                    f
                    for f in paragraph_facts
                    if f.measure in ("level", "growth_yoy", "count", "share")
                ]
                subject = (named[-1].subject or "") if named else ""
                if "(" in prefix or "（" in prefix:  # 甲资金占比58.2%(任务数占比55%)
                    subject = part_of_share(subject) or subject  # the share's part
            elif subject in _PLACE_KINDS and fact.measure == "growth_yoy" and paragraph_facts:
                # 居民消费价格同比上涨1.8%。其中,城市上涨1.8%: 城市居民消费价格
                whole = next(
                    (
                        f.subject
                        for f in reversed(paragraph_facts)
                        if f.subject and not f.subject.startswith(_PLACE_KINDS)
                    ),
                    None,
                )
                if whole:
                    subject = subject + _RATE_WORDS.sub("", whole).removeprefix("全国")
            elif subject.startswith("相当于") and previous and fact.measure == "share":
                subject = previous + subject  # 人均收入3.2万元,相当于全省平均水平的105.3%
            elif subject.startswith("恢复") and previous:
                subject = previous + subject  # …吞吐量…,恢复到2019年的87.5%
            elif subject in _SIZE_WORDS and previous:
                kept = (
                    ("level", "growth_yoy", "count")
                    if subject in ("数量", "总数")
                    else ("level", "growth_yoy")
                )
                amounts = [f for f in sentence_facts if f.measure in kept]
                if amounts and amounts[-1].subject:  # …,占全国的11.7%,规模居全国第三: the amount's
                    previous = amounts[-1].subject
                if subject == "总数":  # 新增规上工业企业56家,总数达到820家: 规上工业企业总数
                    previous = _VERB_LEAD.sub("", previous) or previous
                subject = previous + subject  # 研发投入年均增长11%,规模跃居世界第二
                if (
                    fact.measure == "rank"
                    and subject == previous + "总量"
                    and previous[-1] in "值额量入"
                ):
                    subject = previous  # …总值…,总量位居全国第三: the total's rank (conv. 19)
            elif (
                fact.measure == "share"
                and "贡献" in prefix
                and _OWNERLESS_CONTRIBUTION.match(prefix)
            ):
                owner = _topic_amount(sentence_facts, shares_too=True)
                if owner:  # 甲增长7.5%,占…,贡献率达79%: 甲's contribution (甲贡献率)
                    whole = "对" if prefix.lstrip().startswith("对") and subject != "贡献率" else ""
                    subject = _contributor(owner) + whole + subject
            elif (
                fact.measure == "share"
                and subject in ("比例", "所占比例")
                and previous
                and sentence_facts[-1].measure in ("count", "level")
            ):
                subject = previous  # Ⅰ~Ⅲ类水质断面41个,比例为93.2%: the share of those (conv. 12)
            elif subject.startswith(_GENERIC_LEADS):
                lead = next(w for w in _GENERIC_LEADS if subject.startswith(w))
                if (
                    lead in ("增速", "增幅", "降幅")
                    and previous
                    and (rate := _topic_rate(sentence_facts))
                ):
                    previous = (
                        rate  # 甲增长12.7%,占乙的45.9%,增速高于乙…: 甲's rate, not its share's
                    )
                if previous and lead == "占":  # …占调整预算105%,占全部收入的48.5%: the item's
                    previous = _share_of_cut(previous) or previous
                    # (…增速回落1.1个百分点,占全部用电量的比重…: the amount's share, not its rate's)
                    previous = _RATE_WORDS.sub("", previous) or previous
                if previous and subject in ("占比", "比重") and _SHARE_WORD.search(previous[-2:]):
                    subject = previous  # 甲相当于乙的比例…,占比扩大2.2个百分点: that share
                elif previous and previous.endswith(lead):
                    subject = previous + subject[len(lead) :]  # …的比重,比重下降…
                elif (
                    previous
                    and not previous.endswith("率")
                    and (sentence_facts[-1].measure != "count" or fact.measure == "share")
                    # nor after an amount done or invested (总投资860亿元,完成投资…): the
                    # project's, named below
                    and not (
                        lead == "完成"
                        and (
                            (head_of(subject) and head_of(subject) == head_of(previous))
                            or previous.startswith("完成")
                        )
                    )
                ):  # 开工率91.7%;完成投资… (not after a count: 开工41个,完成投资…)
                    if subject.startswith("完成率") and "完成" in previous:
                        previous = _DONE_VERB.sub("", previous) or previous  # 完成投资…,完成率
                    subject = previous + subject
            else:
                heads_rule = True
        if (
            heads_rule
            and subject in HEADS
            and previous
            and head_of(previous) in CARRY_HEADS
            and (
                subject == head_of(previous)  # 原煤产量…;乙县产量…: the same product
                or _strip_head(previous).endswith("业")  # 工业增加值…,总产值: the sector's
            )
        ):
            subject = _strip_head(previous) + subject  # …工业增加值…,总产值… → 工业总产值
        if subject in _CROP_HEADS and previous and (crop := _SOWN.fullmatch(previous)):
            subject = crop["crop"] + subject  # 粮食播种面积…,总产量285亿斤: 粮食总产量
        elif (
            subject
            and subject[-1] in "产量"
            and (bare := _BARE_CROP_HEAD.fullmatch(subject))
            and (crop := _CROP_TOPIC.search(lead))
        ):  # 今年夏粮生产再获丰收,平均单产a公斤,…总产b万吨: 夏粮单产, 夏粮产量
            subject = crop["crop"] + ("单产" if bare["yield"] else "产量")  # (round 28)
        if fact.basis == "gap_vs_reference" or (
            fact.basis == "rate_change_vs_prior_period" and _GAP_WORDS.match(prefix.lstrip(",，"))
        ):  # (高于一季度: a rate's own earlier period, named as a gap is)
            subject = _gap_subject(subject, sentence_facts, "进度" in prefix)
    if subject and len(subject) <= 5:
        # (the rules of a short word under one test: each needs a word of at most five
        # characters, a bare rate, a bare noun, 实有 or a verb alone)
        if subject and subject in _BARE_RATES:
            # 左权县、昔阳县、榆社县增速分别为…: the rate of the indicator named before
            indicator = _context_indicator(sentence_facts, paragraph_facts, topic)
            if indicator:
                subject = indicator if fact.measure == "growth_yoy" else indicator + subject
        if subject in _BARE_NOUNS and sentence_facts and fact.measure in ("abs_change", "level"):
            # 卫生人员160.5万人,与上年比较,…,人员增加7.5万人: the staff named before
            subject = next(
                (
                    f.subject
                    for f in reversed(sentence_facts)
                    if f.subject
                    and f.subject.endswith(subject)
                    and len(f.subject) > len(subject) + 1
                ),
                subject,
            )
        if subject in ("实有", "现有", "共有", "拥有") and previous:
            subject += _AMOUNT_TAIL.sub("", previous)  # …总量超过1亿户,至6月底实有1.03亿户
        if subject and previous and len(subject) <= 5 and _VERB_LEAD.fullmatch(subject):
            done_to = _VERB_LEAD.sub("", previous)  # 累计建成高标准农田…,今年新建15万亩
            same_things = (  # 5G基站累计达到1.2万个,上半年新建2100个: 新建5G基站
                done_to == previous
                and head_of(previous) is None
                and not _PLANNED_OR_DONE.search(previous)
                and sentence_facts[-1].base_unit == fact.base_unit
                and fact.measure in ("count", "level")
            )
            if done_to and (done_to != previous or same_things) and not _VERB_LEAD.match(done_to):
                subject += done_to
    if subject and "区" in subject and ZONE.fullmatch(subject) and (previous or topic):
        # 甲县10.6亿元,…,高新区2.4亿元: a zone in a list of places, with the list's indicator
        subject += ZONE.sub("", previous or topic or "")
    if fact.base_unit == "yuan" and after[:1].isalpha() and fact.measure == "level":
        money = money_for(after, subject or "", previous or "")
        subject = money or subject  # 投资110亿元甲项目、30亿元乙项目: 乙项目投资
    if subject and (fault := indicator_fault(subject)) is not None:
        subject = _repaired(subject, fault, fact.measure, token.unit)  # (None: a name)
        if not subject and fact.basis in (
            "gap_vs_reference",
            "rate_change_vs_prior_period",
        ):  # 分别高于甲、乙: the rate's gap
            subject = _gap_subject("", sentence_facts, "进度" in prefix)
    if not subject:
        subject = previous
        if (
            fact.measure == "growth_yoy"
            and sentence_facts
            and sentence_facts[-1].measure == "count"
            and _PLACES_NAMED.search(sentence_facts[-1].subject or "")
            and (rate := _context_rate(paragraph_facts))
        ):  # 11个设区市中,有4个市…,增速最高的为丙市(17.4%): the growth the places are of
            subject = rate
        if (
            subject
            and fact.measure in ("level", "abs_change")
            and fact.base_unit not in (None, "percent", "pp")
            and sentence_facts[-1].measure == "pp_change"
            and subject.endswith("增速")
        ):  # 甲余额…,比上年末高0.9个百分点;全年增加5.4万亿元: 甲余额's, not its growth's
            subject = subject[:-2]
        if subject and token.unit and sentence_facts and sentence_facts[-1].unit:
            # 发放农村低保1.3万户、4.6万人: the same thing's people, as its households before
            subject = _unit_head_swapped(subject, sentence_facts[-1].unit, token.unit)
        if (
            subject
            and fact.measure in ("growth_yoy", "pp_change")
            and subject.endswith("总量")
            and head_of(subject[:-2])  # (水资源总量, 邮政业务总量 are names)
        ):
            subject = subject[:-2]  # 甲收入…,总量居全省第3位,同比下降…: 甲收入's
        if (
            subject
            and fact.measure == "pp_change"
            and sentence_facts[-1].measure == "growth_yoy"
            and (_RATE_CHANGE.search(prefix) or _RATE_MOVE.search(prefix))
            and not _RATE_WORDS.search(subject)
        ):
            subject += "增速"  # 甲增长5.5%,比上季度加快0.6个百分点: the growth rate's change
        if subject and (zone := ZONE.match(subject)) and names_place(prefix):
            subject = subject[zone.end() :] or subject  # …,高新区2.4亿元,乙县0.9亿元: 乙县's own
        if subject and "累计" in prefix and fact.measure in ("count", "level"):
            subject = _VERB_LEAD.sub("", subject) or subject  # 新增甲企业…,累计达到1.1万家
        if not subject and not sentence_facts and _FROM_STATE.search(prefix):
            # 甲率经过…后有所回升,由2019年的88.4%…: the sentence's topic, not the
            # figure of the sentence before
            subject = _clause_topic(re.split(r"[,，]", lead, maxsplit=1)[0]) or ""
        if not subject and paragraph_facts and paragraph_facts[-1].subject:
            subject = (
                _RATE_WORDS.sub("", paragraph_facts[-1].subject) or paragraph_facts[-1].subject
            )
        if not subject:
            subject = topic
        if not subject:
            return None
    if subject.startswith(("月末余额", "年末余额")) and sentence_facts:
        # 甲贷款累计增加N亿元,同比少增M亿元,月末余额同比增长X%: 甲贷款's balance, named
        # by the increase before it in the sentence
        owner = _BALANCE_OWNER.sub("", _RATE_WORDS.sub("", sentence_facts[-1].subject or ""))
        if len(owner) >= 2:
            subject = owner + subject[2:]
    if fact.measure == "share":  # (the tests of a share, under one test)
        recovered = subject.find("恢复")
        if recovered > 0 and _RECOVERED_TO.fullmatch(subject, recovered):
            # 甲…,恢复到2019年同期的87.5%: how far 甲 recovered (as the gold names it)
            subject = subject[:recovered] + "恢复程度"
        if budget := _SHARE_OF_BUDGET.fullmatch(subject):
            subject = f"{budget['item']}完成{budget['ref']}"  # 甲收入…,占调整预算105%: done of it
        elif relative := _RELATIVE_TO.fullmatch(subject):
            subject = f"{relative['item']}相当于{relative['other']}的比例"  # 甲为乙的54.3%
        if "占" in subject and re.search(r"占(?!比)", subject) and not _SHARE_WORD.search(subject):
            subject = re.sub(r"的?$", "的比重", subject, count=1)  # 占全市的30.3%
    if fact.measure == "growth_yoy" and subject[-1:] in _TRAILING_RATE_ENDS:  # (literal first)
        subject = _TRAILING_RATE.sub("", subject) or subject
    # (a whole match ends with 居民: the other form looks ahead past the end)
    group = _GROUP.fullmatch(subject) if len(subject) <= 4 and subject.endswith("居民") else None
    if group and paragraph_facts:
        # 居民人均可支配收入3.2万元…;城镇居民4.1万元,农村居民1.9万元: the same indicator
        # of a group of the whole (same unit), named after the group in place of the other
        same = next(
            (f for f in reversed(paragraph_facts) if f.subject and f.base_unit == fact.base_unit),
            None,
        )
        other = _GROUP.match(same.subject or "") if same else None
        if same and other and other.group() != subject:
            rest = (same.subject or "")[other.end() :]
            if head_of(rest) or rest.endswith(("价格", "支出", "面积")):
                subject += rest
    bare = (
        _BARE_HEAD.fullmatch(subject)
        if len(subject) <= 9 and subject[-1:] in _BARE_HEAD_LAST  # (the literal test first)
        else None
    )
    if bare and paragraph_facts:
        # 全省固定资产投资增长6.0%,其中甲市投资增速15.3%: the indicator named before
        before = _RATE_WORDS.sub("", paragraph_facts[-1].subject or "")
        if (zone := ZONE.match(before)) and given:  # 经开区收入…,新安县40亿元: not the zone's
            before = before[zone.end() :]
        if (
            before != bare["head"]
            and before.endswith(bare["head"])
            and not before.endswith("进" + bare["head"])  # 进出口…,其中出口: 出口 is its own
            and head_of(before)
            and (not bare["verb"] or names_place(prefix))  # 其中甲市完成投资…: a place's
        ):
            subject = before + (bare["rate"] or "")
    measure = fact.measure  # (the rules below grouped by the measure they are for)
    if measure in ("growth_yoy", "level", "abs_change"):
        if fact.base_unit in ("person", None) and (insured := as_insured(subject)):
            subject = insured  # 全市参加基本养老保险N万人: the insured (round 28)
        if subject[-1:] in _USE_ENDS:
            subject = amount_noun(subject)  # 工业用电19.6亿千瓦时: 工业用电量
        if measure != "abs_change" and head_of(subject) is None:
            subject = _restore_head(subject, fact, paragraph_facts, lead)
        if measure != "growth_yoy":
            if fact.base_unit in ("ton", "mu"):
                subject = _restructure(subject, fact.base_unit)
            subject = _product(subject, fact.base_unit)
    elif measure == "count":
        subject = _product(subject, fact.base_unit)
        if "项目" not in subject and _STARTED_ONLY.match(subject):
            # (a stage alone; 城镇保障性安居工程已基本建成N万套 names what was built: round 28)
            counted = [f for f in sentence_facts if f.measure == "count" and f.subject]
            kind = _VERB_LEAD.sub("", counted[-1].subject or "") if counted else ""
            staged = _STAGE_TAIL.sub("", kind) if _STARTED.search(kind) else None
            if kind and staged is None:
                subject += kind  # 新建5G基站3.2万个,累计建成20.1万个: 建成5G基站
            elif staged and head_of(staged) is None:
                # 棚户区改造新开工a万套;基本建成b万套: 棚户区改造基本建成 (round 28)
                subject = staged + _STAGE_LEAD.sub("", subject)
            else:
                subject += "项目"  # 已开工206项
    elif measure == "target":
        subject = _TASK_TAIL.sub("", subject)  # 农村户厕改造年度任务2000户
        subject = _TARGET_TAIL.sub(r"\g<name>", subject)  # 城镇新增就业目标为3万人
        subject = _BUDGET_OF.sub("", subject)

    if fact.base_unit == "ton":
        if re.search(r"能力|产能|^年产", subject):
            fact.base_unit = "ton/year"
        elif isinstance(fact.value_base, float) and _PER_MU.search(subject):
            # 粮食亩产为271.2公斤, 平均亩产623.5斤, 单产比上年增加0.5公斤: a yield per mu written
            # in a mass unit alone is kg per mu (convention 15), 斤 half a kilogram
            fact.value_base = round(fact.value_base * 1000, 9)
            fact.base_unit = "kg/mu"
    if (
        "限上" in subject
        or "社" in subject
        or "固投" in subject
        or subject[:2] == "经济"
        or "企" in subject
        or "研发" in subject
    ):
        subject = full_name(subject)  # 限上零售额 → 限额以上单位消费品零售额 (quick tests first)
    if "幅" in subject:  # 降幅收窄…个百分点: the growth rate's change
        subject = rise_as_growth(subject, fact.measure == "pp_change")
    return subject


#: The head a count's unit gives the thing or the deed it counts (``发放农村低保1.3万户`` →
#: 农村低保户数, ``技术合同登记9931项`` → 技术合同登记数, ``平均达标95天`` → 平均达标天数).
_UNIT_HEADS: Final = {
    "户": "户数",
    "人": "人数",
    "天": "天数",
    "日": "天数",
    "项": "数",
    "件": "数",
    "套": "套数",
}
#: Heads a deed gets from its unit; the others (户, 人) only name a thing's households or
#: people once a verb before it went (``新登记5.6万户`` counts 市场主体, not 户).
_DEED_UNITS: Final = frozenset({"天", "日", "项", "件"})
#: Deeds whose count is named by the unit's head (not 预期, 提前: 符合预期的指标).
_COUNTED_DEEDS: Final = ("登记", "达标", "成交")
#: Last characters of a name that says what it measures (``流动量``, ``里程``).
_MEASURED_ENDS: Final = frozenset("量额值数率程度价")
#: The heads of a bare amount a document names in full elsewhere (``完成投资`` in a text
#: about 固定资产投资).
_DONE_AMOUNT = re.compile(r"(?:年度|全年)?(?P<head>投资|收入|支出)(?P<rate>增速|增幅|增长率)?")
_STANDARD_NAME = re.compile(r"(?:固定资产|一般公共预算)(?:投资|收入|支出)")


#: Adverbs a clause keeps once its comparison is dropped (``也高于全国``, ``仍低于全省``), and
#: the comparison's adjective left alone (``比全国平均增速(…)快``).
_NAMING_NOTHING: Final = frozenset(
    ("也", "还", "仍", "仍然", "又", "均", "都", "亦", "分别", "快", "慢", "高", "低")
)


def _repaired(subject: str, fault: str, measure: str, unit: str | None) -> str:
    """Words that fail :func:`subjects.indicator_fault` mended (round 14): a count's unit
    gives a deed its head, the faults are dropped, and what is left names the indicator
    ('' when nothing is: the figure then takes the subject before it, as an empty one).

    >>> _repaired("发放农村低保", "verb", "count", "户"), _repaired("甲合同登记", "verbend", "count", "项")
    ('农村低保户数', '甲合同登记数')
    >>> _repaired("高于甲市", "compared", "pp_change", None), _repaired("完成投资", "verb", "level", "亿元")
    ('', '完成投资')
    >>> _repaired("完成年度投资", "verb", "level", "亿元")  # (a project's, named by their rules)
    '完成年度投资'
    """
    base = unit[-1:] if unit else ""
    if fault == "verbend":
        counted = measure == "count" or (measure in ("level", "abs_change") and base in "天日")
        head = _UNIT_HEADS.get(base) if base in _DEED_UNITS and counted else None
        return subject + head if head and subject.endswith(_COUNTED_DEEDS) else subject
    if fault in ("fragment", "empty"):
        return ""
    kept = without_faults(subject)
    if kept and _DONE_AMOUNT.fullmatch(kept):
        return subject  # 完成投资: named from the document (:func:`_named_amount`), else kept
    if kept and fault == "verb" and head_of(kept) is None and kept[-1] not in _MEASURED_ENDS:
        if kept.endswith("业务") and measure in ("count", "level"):
            return kept + "量"  # 完成函件业务6.53万件, 汇兑业务1.15万笔: the volume (round 18)
        if measure not in ("count", "level") or base not in _UNIT_HEADS:
            return subject  # 完成造林4.2万公顷: the rules of outputs name it (造林完成面积)
        if not kept.endswith(("人员", "人口")):
            kept += _UNIT_HEADS[base]  # 发放农村低保13070户: 农村低保户数
    return kept


def _unit_head_swapped(subject: str, unit_before: str, unit: str) -> str:
    """A subject whose head its unit gave (:func:`_repaired`), with the head of the next
    figure's unit (``农村低保户数`` for a figure in 人: 农村低保人数).

    >>> _unit_head_swapped("甲户数", "户", "人"), _unit_head_swapped("甲户数", "户", "户")
    ('甲人数', '甲户数')
    """
    before, own = _UNIT_HEADS.get(unit_before[-1]), _UNIT_HEADS.get(unit[-1])
    if before and own and before != own and subject.endswith(before) and len(before) == 2:
        return subject[: -len(before)] + own
    return subject


def _named_amount(doc: _Doc, subject: str | None, sentence: str) -> str | None:
    """A bare amount done (``完成投资``, ``开发区完成投资``, ``完成投资增速…``) named as the
    document named it in full, in its sentence or before: in a text about 固定资产投资,
    完成投资 is 固定资产投资 (called after the projects' kind is given: 施工项目…完成投资
    stays the projects').

    >>> d = _Doc("", None, None, 2025, "2025", None)
    >>> _named_amount(d, "完成投资", "全市固定资产投资增势强劲,累计完成投资"), _named_amount(d, "开发区完成投资", "")
    ('固定资产投资', '固定资产投资')
    >>> _named_amount(_Doc("", None, None, 2025, "2025", None), "完成投资", "甲项目开工,完成投资")
    '完成投资'
    """
    fault = indicator_fault(subject)
    if not subject or fault not in ("verb", "zone"):
        return subject
    bare = _DONE_AMOUNT.fullmatch(without_faults(subject))
    if bare is None:
        return subject
    named = _STANDARD_NAME.search(sentence)
    if named and named.group().endswith(bare["head"]):
        doc.full_names.add(named.group())
    full = doc.full_names.expand(bare["head"])
    return full + (bare["rate"] or "") if full != bare["head"] else subject


def _in_context(
    text: str,
    token: Token,
    fact: Fact,
    prefix: str,
    starts: tuple[int, int],
    sentence_facts: list[Fact],
    paragraph_facts: list[Fact],
) -> str | None:
    """The subject :func:`_subject` chose, read again with the sentence around it: things
    counted as done, a doer or an owner a clause leaves out, a price tally, a pronoun.
    Each rule sits behind a quick test of its words."""
    subject = fact.subject
    s_start, c_start = starts
    if fact.measure == "count" and "已" in prefix and (done := _DONE_COUNT.search(prefix)):
        noun = clean(done["noun"])  # 甲已完成26件: 已完成甲 (目前实际已开工: none)
        subject = done["verb"].replace("经", "") + noun if noun else subject
    before = sentence_facts[-1].subject if sentence_facts else None
    if subject and before:
        if text[c_start : c_start + 2].lstrip()[:1] in _DOER_VERB_STARTS and _ELIDED_DOER.match(
            text, c_start, token.start
        ):
            subject = _doers(subject, before)
        if subject[-1] == before[-1] and fact.measure in ("level", "count"):
            subject = _parallel_owner(subject, before)
    if text[token.end : token.end + 1] in _TALLY_MARKS or (
        subject and "幅" in subject and _AVERAGE_CHANGE.fullmatch(subject)
    ):
        subject = _tally_subject(text, token, s_start) or subject
    if subject and subject.startswith(("其", "总量", "这", "该", "此")):
        subject = _referent(text, s_start, c_start, subject, sentence_facts, paragraph_facts)
    if text.find("占", c_start, token.start) >= 0 and (
        text.find("(", c_start, token.start) >= 0 or text.find("（", c_start, token.start) >= 0
    ):
        subject = _bracketed_whole(text, token, fact, c_start, sentence_facts) or subject
    if subject and "业务" in subject and fact.measure != "share":
        subject = _headed_kind(text, s_start, subject)
    return subject


#: A paragraph's heading sentence (``快递业务快速增长。``): what it is about, then how it goes.
_HEADING_SENTENCE = re.compile(
    r"\s*(?P<kind>[\u4e00-\u9fa5]{2,8}?)(?:快速|较快|稳步|平稳|持续|大幅|明显)?"
    r"(?:增长|提升|回升|上升|下降|回落|向好|加快|放缓)[。!！]"
)


def _headed_kind(text: str, s_start: int, subject: str) -> str:
    """Business named without the kind its paragraph's heading gives (``快递业务快速增长。
    …其中,同城业务量…`` → 同城快递业务量): the heading's kind before the shared word.

    >>> _headed_kind("甲业务快速增长。其中,同城业务量", 8, "同城业务量")
    '同城甲业务量'
    """
    p_start = text.rfind("\n", 0, s_start) + 1
    heading = _HEADING_SENTENCE.match(text, p_start, s_start)
    if heading is None or heading.end() > s_start:
        return subject
    kind = heading["kind"]
    at = subject.find("业务")
    qualifier, own = subject[:at], kind[: kind.find("业务")] if "业务" in kind else ""
    if (
        not own
        or not 1 <= len(qualifier) <= 6
        or len(own) > 4
        or own in subject
        or any(ch in qualifier for ch in own)
    ):
        return subject
    return qualifier + own + subject[at:]


#: A share of a whole whose figure is given in brackets (``占全国(销售额为418亿元)甲销售额
#: 比重的6.4%``): the scope, the bracket and the whole's name after it.
_BRACKETED_SHARE = re.compile(
    r"占(?P<scope>[^,，。;；(（占\d]{1,8})[(（](?P<inner>[^()（）]*)[)）]"
    r"(?P<name>[^,，。;；()（）\d]{2,16}?)的?(?:比重|比例)的?$"
)
_BRACKET_CLOSE = re.compile(
    r"[)）](?P<name>[^,，。;；()（）\d]{2,16}?)(?:的?(?:比重|比例)|的(?=\d))"
)


def _bracketed_whole(
    text: str, token: Token, fact: Fact, c_start: int, sentence_facts: list[Fact]
) -> str | None:
    """``…甲销售额为15.6亿元,…,占全国(销售额为243.7亿元)甲销售额比重的6.4%``: the share is
    甲销售额占全国甲销售额的比重 (read by :func:`wider_scope` as 占全国的比重), and the figure in
    the brackets is the whole's (甲销售额, of 全国)."""
    clause = text[c_start : token.start]
    share = _BRACKETED_SHARE.search(clause) if fact.measure == "share" else None
    if share:
        at = c_start + share.start()
        parts = [f for f in sentence_facts if f.measure == "level" and f.char_end <= at]
        part = parts[-1].subject if parts else None
        name = clean(share["name"])
        if part and name:  # (the figure in the brackets is no part)
            return f"{part}占{share['scope']}{name}的比重"
        return None
    opened = max(clause.rfind("("), clause.rfind("（"))
    if fact.measure != "level" or opened < 0 or "占" not in clause[:opened]:
        return None
    closing = _BRACKET_CLOSE.search(text, token.end, min(len(text), token.end + 30))
    if closing is None or re.search(r"[,，。;；(（]", text[token.end : closing.start()]):
        return None
    return clean(closing["name"]) or None  # the whole's figure, named after the bracket


#: The last characters of an amount named by its verb (:func:`subjects.amount_noun`).
_USE_ENDS: Final = frozenset("电水气热煤")
#: A pronoun before an indicator (``其增加值``), not 其中/其他/其余 (a part, the rest).
_PRONOUN = re.compile(r"^其(?![中他她它余次后实间])(?=[\u4e00-\u9fa5A-Za-z])")
#: Where the noun phrase a clause is about ends: its predicate.
_PREDICATE = re.compile(
    r"继续|持续|保持|发挥|实现|完成|同比|环比|累计|增长|下降|稳居|位居|居|占|是|为|已|仍|均|"
    r"拉动|带动|贡献|达到|达|有|经过|稳步|逐步|不断|明显"
)
#: Where a move from one state starts (``由2010年的``, ``从``), nothing else before the figure.
_FROM_STATE = re.compile(r"^[,，\s]*[由从](?:[12]\d{3}年(?:末|底)?的?)?\s*$")
#: A comparison with another figure left as a subject (``比乙中甲所占``), not 比重/比例.
_COMPARED_WITH = re.compile(r"^[比较](?!重|例|率|值|价|上年|去年|同期)")
_NOUN_ENDS: Final = frozenset("费额量值数金款入出资率")
#: A share's part and the rest (``应用研究所占比重``).
_SHARE_PART = re.compile(r"^(?P<part>[\u4e00-\u9fa5]{2,12}?)(?P<rest>所占)")


def _named_in_full(subject: str, paragraph_facts: list[Fact]) -> str:
    """A share's part without its head, named in full before in the paragraph, takes that
    name (``应用研究经费85.6亿元…;甲、应用研究…所占比重分别为`` → 应用研究经费所占比重)."""
    part = _SHARE_PART.match(subject)
    if part is None or head_of(part["part"]) or part["part"][-1] in _NOUN_ENDS:
        return subject  # (高等学校经费所占比重: named in full already)
    name = part["part"]
    for earlier in reversed(paragraph_facts):
        full = earlier.subject or ""
        if full.startswith(name) and 1 <= len(full) - len(name) <= 3 and "占" not in full:
            return full + subject[part.end("part") :]
    return subject


#: A clause opening with its verb: the doer is the one of the clause before
#: (``甲企业实现营业收入…;发生营业成本…``).
#: Things counted as done (``65件民生实事已完成26件``): those done.
_DONE_COUNT = re.compile(
    r"(?<![\u4e00-\u9fa5\d])(?P<noun>[\u4e00-\u9fa5]{2,10}?)(?<![底末])(?P<verb>已(?:经)?(?:完成|开工|竣工|建成|投产|办结))$"
)
_DOER_VERB_STARTS: Final = frozenset("发实完缴上支应")
_ELIDED_DOER = re.compile(r"\s*(?:发生|实现|完成|缴纳|上缴|支付|应交|应付)(?=[\u4e00-\u9fa5]{2})")


def _doers(subject: str, before: str | None) -> str:
    """The doer (an enterprise collective) of the clause before, for a clause without one."""
    head = head_of(before or "")
    doer = (before or "")[: -len(head)] if head else ""
    if doer.endswith("企业") and "企业" not in subject and not names_place(subject):
        return doer + subject  # 规模以上工业企业营业收入…;发生营业成本: 规模以上工业企业营业成本
    return subject


def _parallel_owner(subject: str, before: str | None) -> str:
    """The owner a parallel clause leaves out (``甲公路进向车流量…,(累计)出向车流量…`` → 甲公路
    出向车流量): the two differ in one word of a pair (进/出, 存/贷 …) before a shared tail.

    >>> _parallel_owner("出向车流量", "高速公路进向车流量"), _parallel_owner("服务业增加值", "工业增加值")
    ('高速公路出向车流量', '服务业增加值')
    """
    own = subject.removeprefix("累计") or subject
    if not before or len(before) <= len(own) or before.endswith(own):
        return subject
    size = len(own)
    shared = 0
    while shared < size and before[-1 - shared] == own[-1 - shared]:
        shared += 1
    owner = before[: len(before) - size]
    pair = before[len(owner)] + own[0]
    if (
        size - shared != 1  # (the differing word: one character, as long in both)
        or shared < 2
        or len(owner) < 2
        or not any(pair[0] in group and pair[1] in group for group in _PAIR_GROUPS)
    ):
        return subject
    return owner + own


#: Words pointing back to things named before (``这些企业``, ``上述项目``).
_THESE_THINGS = re.compile(r"^(?:这些|该类|此类|这类)(?P<noun>企业|单位|项目|行业|景区|商品)")
#: Words that stand for the figure just given (``这一数据较上年提高…``).
_THIS_FIGURE = re.compile(r"^(?:这一|这个|该|此|这)(?:数据|数字|数值|指标|水平|比例|比重)")
#: 总量 standing for the amount just named, before its share or pull (``总量占…``, ``总量拉动…``).
_AMOUNT_OF = re.compile(r"^总量(?=占|拉动|上拉|带动)")


#: The words of a clause before its part is said to be something (``甲产业是主要支撑``).
_SAID_TO_BE = re.compile(r"(?<=[\u4e00-\u9fa5])(?:是|成为|作为)")
#: A note in brackets (``PM2.5(2.5为下标)``), no part of a name.
_NOTE_IN_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
#: The whole a share is of, in its subject (``占乙的比重``: 乙).
_WHOLE_OF = re.compile(r"占(?P<whole>[^占的]{2,16})的?(?:比重|比例)?$")


def _part_said_before(text: str, s_start: int, c_start: int, subject: str) -> str | None:
    """The part a share names in the clause before it, when the share's own words name
    only its whole and the sentence read no figure before it (``其中甲产业是主要支撑,
    占乙的比重为…`` → 甲产业; ``乙中以丙为首要污染物,占乙的60.7%`` → 以丙为首要污染物):
    the clause's words, without 其中, without the whole as a scope (``乙中``) and without
    what the part is said to be (``是主要支撑``).

    >>> t = "其中甲产业是主要支撑,占乙产业比重为73.7%"
    >>> _part_said_before(t, 0, 11, "占乙产业比重")
    '甲产业'
    >>> t = "超标天数中以PM2.5(注)为首要污染物,占超标天数的60.7%"
    >>> _part_said_before(t, 0, 21, "占超标天数的比重")
    '以PM2.5为首要污染物'
    >>> _part_said_before("上半年,占乙的比重为5%", 0, 4, "占乙的比重") is None
    True
    """
    start, _ = _bounds(text, c_start - 1, _CLAUSE_END, s_start, c_start - 1)
    words = _NOTE_IN_BRACKETS.sub("", text[start : c_start - 1].strip().removeprefix("其中"))
    whole = _WHOLE_OF.match(subject)
    if whole and words.startswith(whole["whole"] + "中"):
        words = words[len(whole["whole"]) + 1 :]
    said = _SAID_TO_BE.search(words)
    words = clean(words[: said.start()] if said else words)
    return words if 2 <= len(words) <= 16 else None


def _clause_topic(clause: str) -> str | None:
    """The noun phrase a clause is about: after its last 的 before the predicate
    (``占比达75%的甲行业继续发挥作用`` → 甲行业), else its words before the predicate."""
    head = clause[clause.rfind("的") + 1 :] if "的" in clause else clause
    predicate = _PREDICATE.search(head, 1)
    named = clean(head[: predicate.start()] if predicate else head)
    return named if len(named) >= 2 and not re.search(r"\d", named) else None


def _referent(
    text: str,
    s_start: int,
    c_start: int,
    subject: str,
    sentence_facts: list[Fact],
    paragraph_facts: list[Fact],
) -> str:
    """Resolve a pronoun or 总量 at a subject's start to what the sentence named before:
    ``甲行业…作用,其增加值增长7.2%`` → 甲行业增加值; ``甲工业增加值增长7.4%,总量占乙的比重…``
    → 甲工业占乙的比重 (the sector's share, as 拉动 names the sector); ``这一数据``
    → the indicator of the figure before."""
    these = _THESE_THINGS.match(subject)
    if these:  # 甲业企业共有…。这些企业实现营业利润…: 甲业企业营业利润
        p_start = text.rfind("\n", 0, s_start) + 1
        for sentence in re.split(r"[。!！?？]", text[p_start:s_start])[-2::-1]:
            found = re.search(rf"[\u4e00-\u9fa5]{{2,10}}?{these['noun']}", sentence)
            collective = clean(found.group()) if found else ""
            if len(collective) > len(these["noun"]):
                return collective + subject[these.end() :]
        return subject
    this = _THIS_FIGURE.match(subject)
    if this:
        named = next((f.subject for f in reversed(paragraph_facts) if f.subject), None)
        rest = clean(subject[this.end() :])  # 这一数据较上年提高: the figure's own change
        return (_RATE_WORDS.sub("", named) or named) + rest if named else subject
    if _AMOUNT_OF.match(subject):
        amounts = [f for f in sentence_facts if f.measure in ("level", "growth_yoy")]
        if amounts and amounts[-1].subject:
            return _contributor(amounts[-1].subject) + subject[2:]
        return subject
    if not _PRONOUN.match(subject) or c_start <= s_start:
        return subject
    clauses = [c for c in re.split(r"[,，;；:：]", text[s_start:c_start]) if c.strip()]
    for clause in reversed(clauses):
        named = _clause_topic(clause)
        if not named or named in _BARE_RATES:
            continue  # (增速居全市第一: a rate is no owner)
        if head_of(named) or names_place(named) or named.startswith(("该", "本", "我")):
            return subject[1:]  # 该县甲增加值…;其投资…: the place's own (its region)
        return named + subject[1:]
    return subject


#: The scope of a sentence's shares (``2023年末全省常住人口中,``): the whole they are of.
#: An age class (``65岁及以上``, ``70-79周岁``).
_AGE = r"\d{1,3}(?:-\d{1,3})?周?岁(?:及以上|以上|以下)?"
_SHARE_SCOPE = re.compile(
    # (an age class before the whole: 65岁及以上户籍老年人口中, 70-79周岁人口中)
    rf"((?:{_AGE})?[\u4e00-\u9fa5]{{2,12}})中[,，]"
)

#: A whole of an age (``60岁及以上老年人口``) and a part that is an age group (``60-64岁组``).
_AGE_WHOLE = re.compile(rf"(?P<age>{_AGE})(?P<rest>[\u4e00-\u9fa5]*人口)")
_AGE_GROUP = re.compile(rf"(?P<age>{_AGE})组?(?:人口)?")

#: A kind of something (``普惠性幼儿园``, ``民办学校``): the qualifier and the thing.
_OF_A_KIND = re.compile(r"(?:.{1,6}?[性型类级营办])(?P<kind>[\u4e00-\u9fa5]{2,6})")


def _share_whole(
    doc: _Doc,
    subject: str,
    sentence_before: str,
    region: str | None,
    before: str | None = None,
) -> str:
    """Name the whole of a share as its own (``占同期福建省外贸总值的比重`` → 占外贸总值的比重)
    and fill it in when the words name none (``国有企业进出口…,占22.3%``): the scope of the
    sentence (``全省常住人口中,…``), else the figure's before a 其中 sentence (``实有市场主体
    1.03亿户。其中,企业…,占31.4%``), else the whole of the share before."""
    found = SHARE_PARTS.fullmatch(subject)  # (the one grammar of shares, with the scorer's)
    if found is None or found["of"] is None or found["word"] not in ("比重", "比例"):
        return subject  # (占比, 份额: named as written)
    whole = found["whole"]
    # (the document's region names a whole of its own when the figure is a part's: 东部地区
    # …占全国农村低保人数的9.6% in a text about the country)
    own = [name for name in (region, doc.region if region in (None, doc.region) else None) if name]
    for name in list(own):
        known = lookup(name)
        own.extend(known.aliases if known else ())
    stripped = None
    while stripped != whole:
        stripped = whole
        whole = whole.removeprefix("同期").removeprefix("同时期")
        for name in own:
            whole = whole.removeprefix(name)
    if not whole:
        scopes = _SHARE_SCOPE.findall(sentence_before)
        part = found["part"] + found["of"][:-1]  # (甲所占比重: 甲所, as written)
        if before and (part in before or before in part):
            before = None  # 甲进出口12亿元,占22.3%: the part's own amount, not its whole
        if before:
            before = _EXISTING.sub("", _SHARE_OF.sub("", before), count=1) or before
        whole = (clean(scopes[-1]) if scopes else "") or before or doc.share_whole or ""
    if not whole:
        return subject
    part = found["part"] + found["of"][:-1]  # (甲所占比重: 甲所, as written)
    if whole in ("总数", "总量") and (kind := _OF_A_KIND.fullmatch(part)):
        whole = kind["kind"]  # 普惠性幼儿园…,占总数的68.1%: of all 幼儿园
    doc.share_whole = whole
    if whole.endswith("人口") and len(part) <= 8 and not re.search(r"[人口员户]$|人员", part):
        # 常住人口中,男性…,占51.06%: 男性人口占常住人口的比重 (就业人员总量 names people)
        part += "人口"
    aged = _AGE_WHOLE.fullmatch(whole) if "岁" in whole else None
    if aged:  # 65岁及以上户籍老年人口中,男性占…, 70-79岁组占…: the part of that age named so
        sex = part.removesuffix("人口")
        if sex in ("男性", "女性"):
            part = aged["age"] + sex + aged["rest"]  # 60岁及以上男性老年人口
        elif group := _AGE_GROUP.fullmatch(part):
            part = group["age"] + aged["rest"]  # 60-64岁老年人口
    if part.endswith("人员") and (staff := _STAFF_OF.search(whole)) and staff.start() >= 2:
        # 甲馆从业人员…。其中具有高级职称的人员…,占12.1%: 甲馆的人员占从业人员的比重
        part, whole = whole[: staff.start()] + part, staff.group()
    return f"{part}占{whole}{found['de'] or '的'}{found['word']}"


#: The words that open a breakdown by region (``分区域看,``): its figures are the places'.
_BY_REGION: Final = (
    "分区域看",
    "从区域看",
    "分区域",
    "分地区看",
    "从地区看",
    "分地区",
    "分市州看",
    "分县区看",
    "分县(市、区)看",
    "分区县看",
    "分城市看",
    "从区域分布看",
)


def _whole_broken_down(text: str, paragraph_facts: list[Fact]) -> str | None:
    """The indicator a breakdown by region breaks down: the last amount or growth rate of the
    paragraph not said of a part (a sentence opened by ``其中``), its rate words dropped.

    A release names the whole first, then its parts (``其中,住宅…``), then the places
    (``分区域看,甲区增长3.0%``): the places' figures are of the whole, as a county's are.

    >>> t = "甲销售面积下降0.9%。其中,乙销售面积增长0.5%。分区域看,丙区增长3.0%"
    >>> facts = [
    ...     Fact.from_dict({"char_start": a, "char_end": a + 4, "subject": s, "measure": "growth_yoy"})
    ...     for a, s in ((7, "甲销售面积"), (22, "乙销售面积"))
    ... ]
    >>> _whole_broken_down(t, facts)
    '甲销售面积'
    """
    for fact in reversed(paragraph_facts):
        if fact.measure not in ("level", "growth_yoy") or not fact.subject:
            continue
        start = max(text.rfind(stop, 0, fact.char_start) for stop in _SENTENCE_END) + 1
        if text.startswith("其中", start):
            continue
        return _RATE_WORDS.sub("", fact.subject) or fact.subject
    return None


#: The staff of a kind of institution (``公共图书馆从业人员``): the kind is the scope.
_STAFF_OF = re.compile(r"(?:从业|工作|在岗|在职|专业技术|卫生技术)人员$")


def _context_indicator(
    sentence_facts: list[Fact], paragraph_facts: list[Fact], topic: str | None
) -> str | None:
    """The indicator a bare 增速 refers to: the last amount or growth rate of the sentence,
    else of the paragraph, else the paragraph's topic (``从地区生产总值看,``)."""
    for fact in [*reversed(sentence_facts), *reversed(paragraph_facts)]:
        if fact.measure in ("level", "growth_yoy") and fact.subject:
            return _RATE_WORDS.sub("", fact.subject) or None
    return topic


#: ``331种产品产量同比增长``: a count of the things of which something grew.
_COUNTED_THAT = re.compile(
    r"(?P<noun>[\u4e00-\u9fa5]{0,8}?(?:产品|行业|企业|县[(（]市、区[)）]|县区|县市区|乡镇|门类|"
    r"城市|省份|地市|市州|园区|商品|品种|污染物|指标|设区市|市|县))"
    r"(?P<measure>[\u4e00-\u9fa5]{0,8}?)"
    r"(?P<pred>(?:同比|均|都|继续|保持|实现)*(?:正增长|负增长|增长|下降|上升|偏慢|偏快|滞后|落后|超前|"
    r"(?:高于|低于|快于|慢于)(?:全[国省市县区])?(?:平均水平|平均增速|平均)?)"
    r"(?:或扭亏为盈|或持平)?)"
    r"(?=[,，。;；:：(（]|$)"
)


#: Nouns that alone name what the sentence named in full before (人员 → 卫生人员).
_BARE_NOUNS: Final = frozenset({"人员", "人数", "床位", "职工", "人口", "户数"})
#: What a share of a task or plan done is measured against.
_TASK_WORDS: Final = ("目标任务", "任务", "计划", "预算", "目标")
#: What held on days in a row (``连续3天…达到最大接待能力``), up to the clause's end.
_STATE = re.compile(
    r"(?P<state>(?:达到|出现|保持|超过|处于|实现)[^,，。;；\d]{1,12})(?=[,，。;；]|$)"
)
_GREW = re.compile(r"长|降|升|偏|滞后|落后|超前|高于|低于|快于|慢于")


#: A place noted in brackets after a range's first end (``介于4.6℃(甲县)—14.9℃``).
_NOTED_END = re.compile(r"^[(（][\u4e00-\u9fa5]{1,8}[)）]")


def _range_dash(prefix: str) -> bool:
    """Whether the words before a figure are only a range's dash, after the note of the
    first end's place (``(甲县)—``).

    >>> _range_dash("—"), _range_dash("(甲县)—"), _range_dash("(甲县)比")
    (True, True, False)
    """
    words = prefix.strip()
    if words[:1] in ("(", "（"):
        words = _NOTED_END.sub("", words).strip()
    return words in _RANGE_DASHES


#: Words of a subject that already name a share of something (``占全省的``, ``比重``).
_NAMES_SHARE = re.compile(_SHARE_WORD.pattern + "|占|率")


#: A count of places named by what they did (``同比实现正增长的地市``).
_PLACES_COUNTED = ("的地市", "的县", "的市", "的区", "的县区", "的县市区", "的城市", "的乡镇")
#: A count of places (``设区市``, ``县(市、区)``, ``…的市``): what a place's growth after it is
#: no part of.
_PLACES_NAMED = re.compile(r"(?:地市|设区市|县区|县市区|[县市区]\([^()]*\)|城市|乡镇|[市县区州])$")
#: A sentence that opens by naming the indicator its places are counted in (``甲中,``).
_SENTENCE_SCOPE = re.compile(r"\s*([\u4e00-\u9fa5]{3,16})中[,，]")


def _place_in_scope(sentence: str, subject: str) -> str:
    """A place's figure after a count of places (``甲中,7个地市实现正增长,其中:乙市增长
    30%``) is the indicator the sentence opens with (甲), not the count's name.

    >>> _place_in_scope("实际利用外资中,7个地市同比实现正增长,其中:", "同比实现正增长的地市")
    '实际利用外资'
    """
    found = _SENTENCE_SCOPE.match(sentence)
    scope = clean(found.group(1)) if found else ""
    return scope if len(scope) >= 2 else subject


#: A count of doers and what they did (``城市开展了甲建设``): the things counted, then the deed.
_DOERS_DID = re.compile(
    r"(?P<noun>[\u4e00-\u9fa5]{1,4}?)(?P<verb>开展|获得|建成|创建|实施|启动|通过|荣获|完成|参与|参加|入选)"
    r"了(?P<deed>[\u4e00-\u9fa5]{2,16})"
)


def _counted_doers(text: str, end: int, subject: str) -> str:
    """A count of things that did something is named by the deed (``100余个城市开展了甲建设``
    → 开展甲建设的城市), when the things are counted right after the figure.

    >>> t = "120余个城市开展了森林城市建设"
    >>> _counted_doers(t, 5, "城市开展了森林城市建设")
    '开展森林城市建设的城市'
    """
    found = _DOERS_DID.fullmatch(subject)
    if found is None or not text.startswith(found["noun"], end, end + 6):
        return subject
    return f"{found['verb']}{found['deed']}的{found['noun']}"


def _counted_that(
    text: str, end: int, subject: str, sentence_facts: list[Fact], subset: str | None = None
) -> str:
    """A count of things of which something grew or fell is named by that (``620种产品中有
    331种产品产量同比增长`` → 产量同比增长的产品; ``41个大类行业中有32个行业…`` → …的大类行业);
    else, with a whole counted before, by its clause's predicate (``subset``, round 21:
    ``36个行业中30个同比下降`` → 同比下降的行业)."""
    found = _COUNTED_THAT.match(text, end)
    if found is None:
        return subset or subject
    if found["measure"].endswith("全部") or re.match("(?:同比)?[均都]", found["pred"]):
        return subject  # 14个县全部实现正增长: all of them, counted as they are (均 as all)
    noun = found["noun"]
    kinds = (f.subject for f in reversed(sentence_facts) if f.measure == "count" and f.subject)
    noun = next((k for k in kinds if k.endswith(noun) and "的" not in k), noun)
    pred = found["pred"].replace("保持", "").replace("继续", "")
    return f"{found['measure'].replace('实现', '')}{pred}的{noun}"  # 利润实现两位数增长


def _subset(
    text: str, s_start: int, c_end: int, token: Token, sentence_facts: list[Fact]
) -> str | None:
    """:func:`subjects.subset_named` for a count: the whole's subject is the sentence's count
    before it whose subject has no predicate of its own. A growth said right after a written
    noun (``19个商品类值中,有8个类值同比增长``) is left to :func:`_counted_that`, which names
    only the kinds it knows.

    >>> t = "在12个乡镇中,9个乡镇提前完成全年任务,3个乡镇进度过半。"
    >>> [f.subject for f in extract(t, region="某某县", year=2022)]
    ['乡镇', '提前完成全年任务的乡镇', '进度过半的乡镇']
    """
    kinds = (f.subject for f in reversed(sentence_facts) if f.measure == "count" and f.subject)
    whole = next((k for k in kinds if "的" not in k), None)
    unit = token.unit or ""
    after = text[token.end : token.end + 40]  # (a clause's length: no copy of the text's rest)
    grew = _GREW.search(text, token.end, c_end)  # (in the figure's clause, bounded by the caller)
    before = text[s_start : token.start]
    return subset_named(before, unit[-1:], after, whole, elided_only=bool(grew))


def _first_of_all(subject: str) -> str:
    """One figure said of a list (``甲、乙…均下降0.5个百分点``) is named after the first
    item, with the words the last item adds to what both name.

    >>> _first_of_all("新发放企业贷款、普惠小微贷款加权平均利率")
    '新发放企业贷款加权平均利率'
    >>> _first_of_all("工业用电量、居民用电量"), _first_of_all("县(市、区)")
    ('工业用电量', '县(市、区)')
    """
    items = _split_list(subject)
    if len(items) < 2 or not all(items):
        return subject
    first, last = items[0], items[-1]
    if head_of(first):
        return first
    for size in range(min(len(first), 4), 1, -1):  # the longest word they share
        at = last.rfind(first[-size:])
        if at >= 0:
            return first + last[at + size :]
    return subject


def _context_rate(paragraph_facts: list[Fact]) -> str | None:
    """The indicator of the last growth or growth gap before the counts of a sentence
    (``甲增速低于全省5.2个百分点,11个市中有5个市高于…``: 甲), in the paragraph so far."""
    for fact in reversed(paragraph_facts):
        if fact.measure == "growth_yoy" and fact.subject:
            return fact.subject
        if fact.measure == "pp_change" and fact.subject and fact.subject.endswith("增速"):
            return fact.subject[:-2] or None
    return None


def _gap_subject(subject: str, sentence_facts: list[Fact], progress: bool = False) -> str:
    """``低于全市平均水平`` names the reference, not the rate: the rate is the one before.

    That rate is the last growth rate (its subject + 增速), share (``完成年度目标的47.1%,
    低于序时进度2.9个百分点``) or change of a growth rate (``增速…回落0.8个百分点,高于…``)
    of the sentence. Against a progress (``progress``: 较均衡进度慢, 超序时进度) a share of
    a budget or plan done is that budget's progress (``甲收入完成年初预算的53.5%,超序时进度
    3.5个百分点``: 甲收入预算完成进度).
    """
    own = _GAP.sub("", subject)
    if own in _NAMING_NOTHING:  # …,也高于全国0.6个百分点: the growth before's gap
        own = ""
    if own and own not in ("增速", "增幅", "增长"):
        return own
    rate = next((f for f in reversed(sentence_facts) if _is_rate(f)), None)
    if rate is None or not rate.subject:
        return own or subject
    if rate.measure == "growth_yoy":
        indicator = _RATE_WORDS.sub("", rate.subject)
        return indicator + "增速" if indicator else rate.subject
    done = _COMPLETION.search(rate.subject) if progress and rate.measure == "share" else None
    if done and done.start() > 0 and done.group().endswith("预算"):
        # (a target's or plan's keeps its share's name: 完成年度目标任务, 完成年度计划)
        return rate.subject[: done.start()] + "预算完成进度"
    return rate.subject


def _is_rate(fact: Fact) -> bool:
    if fact.measure in ("growth_yoy", "share"):
        return True
    if fact.measure == "level" and (fact.subject or "").endswith("率"):
        return True  # 失业率为4.9%,低于控制目标0.6个百分点
    subject = fact.subject or ""
    return fact.measure == "pp_change" and subject.endswith(("增速", "增幅", "降幅"))


#: A contribution rate whose clause names no owner (``贡献率达79%``, ``对乙增长的贡献率为…``).
_OWNERLESS_CONTRIBUTION = re.compile(r"\s*(?:对[^,，。;；]{1,16}?)?的?贡献率")


def _topic_amount(sentence_facts: list[Fact], *, shares_too: bool = False) -> str | None:
    """Who a sentence's contribution (拉动, 贡献率) is of, when the figure right before it is
    a share with no owner of its own or ``shares_too``: the amount or growth the sentence
    opened with (``甲增长6.9%,占乙的81.2%,贡献率达76%,拉动…`` → 甲). None when the figure
    before is no share, or a share that names its part (``甲占乙的比重…,拉动…`` → the
    caller takes 甲 from the share).

    >>> t = "甲工业增加值增长6.9%,占乙的81.2%,贡献率达76%,拉动乙增长5.6个百分点。"
    >>> [f.subject for f in extract(t, region="某某市", year=2022)][2:]
    ['甲工业贡献率', '甲工业拉动乙增长']
    """
    if not sentence_facts:
        return None
    if not shares_too:
        last = sentence_facts[-1]
        if last.measure != "share":
            return None
        owner = _SHARE_OF.sub("", last.subject or "")
        if owner and not owner.endswith("贡献率"):
            return None  # 甲占乙的比重: 甲 (the share names its part)
    amounts = [f for f in sentence_facts if f.measure in ("level", "growth_yoy") and f.subject]
    if amounts:
        return amounts[-1].subject
    parts = [  # 甲占乙的比重31.1%,…,对乙增长的贡献率近四成: 甲's
        _SHARE_OF.sub("", f.subject)
        for f in sentence_facts
        if f.measure == "share" and f.subject and "占" in f.subject
    ]
    parts = [part for part in parts if part and not part.endswith("贡献率")]
    return parts[-1] if parts else None


def _topic_rate(sentence_facts: list[Fact]) -> str | None:
    """The growth a sentence gave before a share, when a later clause opens with 增速:
    ``甲增长12.7%,占乙的45.9%,增速高于乙4.9个百分点`` → 甲 (the rate is 甲's)."""
    if not sentence_facts or sentence_facts[-1].measure != "share":
        return None
    rates = [f for f in sentence_facts if f.measure == "growth_yoy" and f.subject]
    return rates[-1].subject if rates else None


def _contributor(previous: str, pulled: str = "") -> str:
    """Who contributes a 拉动 figure: a sector for its value added or output
    (``规模以上工业增加值增长7.2%,拉动GDP…`` → 规模以上工业), a kind of the whole pulled
    (``pulled``, the 拉动 words) for the measure the whole is named by (``甲煤产量…,拉动原煤
    产量增长…`` → 甲煤), else the item itself (``工业投资增长32.5%,拉动全部投资…`` → 工业投资);
    nobody when the figure before is an effect too (``带动业务量…``).

    >>> _contributor("褐煤产量", "拉动原煤产量增长"), _contributor("新兴业务收入", "拉动电信业务收入")
    ('褐煤', '新兴业务')
    >>> _contributor("民营企业进出口", "拉动外贸进出口增长"), _contributor("工资性收入", "拉动可支配收入")
    ('民营企业进出口', '工资性收入')
    >>> _contributor("原煤产量", "拉动全区原煤产量增长")
    '原煤产量'
    """
    if previous.startswith(("带动", "拉动", "推动", "促进")):
        return ""  # 带动业务量357万件,拉动产值2.49亿元: an effect, not who contributes
    if previous.endswith("贡献率") and (to := previous.find("对")) > 1:
        return previous[:to]  # 第一产业对地区生产总值的贡献率为8.4%,拉动…: 第一产业 pulls
    previous = _RATE_WORDS.sub("", previous) or previous  # 甲增加值增速…,拉动…: 甲
    head = head_of(previous)
    if head in _OUTPUT_HEADS:
        return previous[: -len(head)]
    if head and pulled and _kind_of_pulled(previous, head, pulled):
        return previous[: -len(head)]
    return previous


def _kind_of_pulled(part: str, head: str, pulled: str) -> bool:
    """Whether ``part`` (its measure noun ``head``) is a kind of the whole its 拉动 words name:
    the whole has the same measure noun and the word before it ends both (褐煤产量 of 原煤产量,
    新兴业务收入 of 电信业务收入). The measure is then said once, by the whole (甲拉动乙增长
    names 甲 by its kind, as a sector is named without its 增加值); a part that only shares
    the measure (民营企业进出口 of 外贸进出口, 工资性收入 of 可支配收入) keeps it.
    """
    whole = pulled.removesuffix("增长").removesuffix("增速")
    n = len(head)
    return (
        len(part) > n + 1
        and len(whole) > n + 1
        and whole.endswith(head)
        and head_of(whole) == head
        and part[-n - 1] == whole[-n - 1]
        and not whole.endswith(part)  # 甲市原煤产量…拉动全区原煤产量: the place's, not a kind's
    )


def _strip_head(subject: str) -> str:
    head = head_of(subject)
    return subject[: -len(head)] if head and head in CARRY_HEADS else subject


def _restore_head(subject: str, fact: Fact, paragraph_facts: list[Fact], lead: str = "") -> str:
    if fact.measure == "level" and fact.base_unit != "yuan":
        same = next(
            (
                f
                for f in reversed(paragraph_facts)
                if f.measure == "level" and f.base_unit == fact.base_unit
            ),
            None,
        )  # (the last such figure, found from the end)
        head = head_of(same.subject or "") if same else None
        if head in CARRY_HEADS and subject.endswith("产业"):
            return subject + head  # 第一产业用电量23亿千瓦时,第二产业3821亿千瓦时
        if (
            head in _ITEM_HEADS
            and len(subject) <= 6
            and "产" not in subject
            and subject[-1] not in _MEASURED_ENDS  # 咖啡豆消费量: a measure of its own
        ):
            return subject + _ITEM_HEADS[head]  # 粮食总产量210万吨,其中,夏粮60万吨: 夏粮产量
        if head == "面积" and subject.endswith(("完成销售", "实现销售", "完成成交")):
            # 商品房销售面积…,乙地完成销售350万平方米: the area sold (round 19, pass 2; what
            # comes before the verb is the figure before's name, carried)
            return subject[-2:] + "面积"
        return subject
    if subject.endswith("类") and any((f.subject or "").endswith("价格") for f in paragraph_facts):
        return subject + "价格"  # 食品烟酒类价格下降1.3%,衣着类上涨1.8%
    sector = subject.endswith("业") and not subject.endswith(_NOT_SECTORS)
    for earlier in reversed(paragraph_facts):
        if earlier.measure != "growth_yoy":  # (the measure first: head_of only of growths)
            continue
        head = head_of(earlier.subject or "")
        if head in CARRY_HEADS:
            whole = earlier.subject or ""
            if subject.endswith("企业") and not _SCOPED.search(whole):
                # 社会消费品零售总额…,其中限上企业完成19.4亿元: a kind of enterprise has the
                # whole's indicator (限上企业社会消费品零售总额), a sector only its head
                return subject + whole
            return subject + head if sector else subject
    if sector and not subject.endswith("企业"):  # 企业 counted (户) have no value added
        # (unless the sentence names what its industries' figures measure: 甲业实现利润…,
        # 乙业增长…; 甲指标最高的三个行业是乙业N元、丙业N元)
        named = lead_measure(lead) if lead else None
        if not named:
            return subject + "增加值"
        cut = max(subject.rfind("是"), subject.rfind("为"))
        if cut > 0 and named in subject[:cut]:  # 甲指标最高的三个行业是乙业N元: 乙业甲指标
            subject = subject[cut + 1 :]  # (the lead read into the first item's words)
        return subject + named
    return subject


#: A breakdown by where (``其中,城市上涨1.8%,农村上涨1.5%``) of the figure before.
#: Heads an item of a breakdown in the same unit inherits (a part of a 总产量 is a 产量).
#: (Not 人口: 户籍人口…,其中男性 is 男性户籍人口, a name the head alone does not give.)
_ITEM_HEADS: Final = {"总产量": "产量", "产量": "产量", "用电量": "用电量"}
_PLACE_KINDS: Final = ("城市", "农村", "城镇", "乡村")
#: Words naming the size of the figure before (``规模居全国第三``, ``总数达到820家``).
_SIZE_WORDS: Final = ("规模", "总量", "体量", "增量", "数量", "总数")
#: The first characters of the subjects a rule of :func:`_subject`'s chain of a bare word
#: applies to (besides targets and shares): the chain is tried only for these.
_CHAIN_FIRSTS: Final = frozenset(
    word[0]
    for word in (
        *_GENERIC_LEADS,
        *_PLACE_KINDS,
        *_SIZE_WORDS,
        "拉动",
        "上拉",
        "影响",
        "相当于",
        "恢复",
    )
)
#: A whole already of a kind of enterprise or scope (规模以上工业增加值): its kinds take the head.
_SCOPED = re.compile(r"规模以上|规上|限额以上|限上|企业|工业|产业|行业|业(?=增加值|产值)")
#: Words in 业 that name no sector (城镇新增就业 takes no 增加值).
_NOT_SECTORS: Final = ("就业", "创业", "失业", "毕业", "职业", "学业")


#: What a deal is measured by, not a thing dealt in (``销售面积``, ``成交金额``).
_MEASURE_OBJECTS: Final = ("面积", "价格", "均价", "数", "额", "量")


def _product(subject: str, base_unit: str | None) -> str:
    """An output named by its verb: ``生产原煤`` → 原煤产量, ``风电发电`` → 风电发电量.

    >>> _product("生产煤矿生产原煤", "ton"), _product("新能源发电", "kWh")
    ('原煤产量', '新能源发电量')
    >>> _product("生产煤矿", "ton"), _product("累计成交绿证", "count"), _product("销售收入", "yuan")
    ('生产煤矿', '绿证成交量', '销售收入')
    >>> _product("甲企业工业生产用电量", "kWh"), _product("生产汽车", "count")
    ('甲企业工业生产用电量', '汽车产量')
    >>> _product("进口煤炭产量", "ton"), _product("出口天然气", "m3"), _product("进口额", "yuan")
    ('煤炭进口量', '天然气出口量', '进口额')
    >>> _product("销售面积", "m2"), _product("各类生产安全事故", "count"), _product("交易数", "count")
    ('销售面积', '各类生产安全事故', '交易数')
    """
    if base_unit in ("ton", "m3", "kWh", "count"):  # (count: 生产汽车47.8万辆, 手机…万台)
        found = _PRODUCED.match(subject) if "产" in subject else None  # (its words have 产)
        if found and not _NOT_PRODUCT.search(found["obj"]):
            return found["obj"] + "产量"
    if base_unit == "kWh" and subject.endswith("发电"):
        return subject + "量"
    traded = (
        _TRADED.match(subject)
        if base_unit not in (None, "yuan", "USD", "percent") and subject[:1] in _TRADED_FIRST
        else None
    )
    if traded and not traded["obj"].endswith(_MEASURE_OBJECTS):  # (销售面积: its own name)
        return traded["obj"] + traded["verb"] + "量"  # 累计成交绿证131.7万张 → 绿证成交量
    crossed = _CROSSED.match(subject) if base_unit in ("ton", "m3", "kWh", "count") else None
    if crossed:  # 进口煤炭4730万吨 (given a carried 产量) → 煤炭进口量
        return crossed["obj"] + crossed["verb"] + "量"
    return subject


def _restructure(subject: str, base_unit: str | None) -> str:
    if subject.startswith("年产") and len(subject) > 2 and base_unit == "ton":
        return subject[2:] + "年产量"  # 年产月饼约4.5万吨 → 月饼年产量
    if base_unit == "mu" and not subject.endswith("面积"):
        done = subject.rfind("完成")
        if done > 0 and len(subject) - done > 3:  # 甲完成草原有害生物防治: the area treated
            return subject[done + 2 :].removesuffix("任务") + "面积"
        if subject.startswith(("治理", "修复")) and len(subject) > 3:  # 治理沙化土地: its area
            return subject + "面积"
    found = _RESTRUCTURE.match(subject)
    if not found or subject.endswith(("面积", "量")):
        return subject  # 完成造林面积: named already
    suffix = "面积" if base_unit == "mu" else "量"
    return f"{found['obj']}{found['adv'] or ''}{found['verb']}{suffix}"

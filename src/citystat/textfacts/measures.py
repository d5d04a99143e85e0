"""Deciding a fact's measure, sign, basis and qualifier from the words around it.

``prefix`` is the clause before the number (from the last comma, or the previous number),
``after`` the text right after its span.

Examples
--------
>>> decide("国有控股企业增长", "", "%", "number")
('growth_yoy', 1, 'prev_year')
>>> decide("禽蛋产量0.85万吨,下降", "", "%", "number")
('growth_yoy', -1, 'prev_year')
>>> decide("降幅比一季度收窄", "", "个百分点", "number")
('pp_change', 1, 'rate_change_vs_prior_period')
>>> decide("比上年末减少", "", "万人", "number")
('abs_change', -1, None)
>>> qualifier("挂果面积超过", "万亩,", False), qualifier("稳定在", "左右,", False)
('超过', '约')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .scanning import ends_in, last_characters, last_of, prefiltered
from .units import UnitInfo, unit_info

#: The last characters of an indicator's name a headline's one-character verb follows
#: (``销售面积降7.8%``, ``投资增12%``): read here as a growth, and by ``subjects`` as no
#: part of the subject.
HEADLINE_VERB_AFTER: Final = "积额量值数入出资"
_GROWTH = re.compile(
    r"(?:增长(?!率|点|极|方式|动能|潜力|面)|增加(?!值|到|至)|下降|减少|回落|下滑|下跌|上涨|降低|提高|提升|上升)(?![到至])"
    r"|增速|增幅|降幅|减幅|升幅|涨幅|跌幅|负增长|减产|增产|同比|翻|(?:激|猛|骤|剧)增|偏多|偏少"
    # 较2022年大涨92%, 暴跌近40%: a growth said loudly (round 30)
    r"|(?:大|暴)(?:涨|增|跌)"
    # 比去年同期增23.6%, 较上年减3.2%: a bare 增/减/降 right after the period compared with,
    # or right after the indicator in a headline's short style (销售面积降7.8%, 产量增5%)
    r"|(?<=同期|上年|去年|上月|同月|年初|前年)(?:增|减|降)(?=\s*$)"
    rf"|(?<=[{HEADLINE_VERB_AFTER}])(?:增|减|降|跌)(?=\s*$)"
    # 环比跌2.1%, 同比涨0.5%: a price release's one-character verbs after its comparison
    # (round 23, found on unannotated texts of many genres)
    # (按年跌0.7%, 按季升0.9%: a Hong Kong release's words for year-on-year; session 23)
    r"|(?<=环比|同比|同期|上年|去年|上月|上周|同月|按年|按季|按月)(?:涨|跌|升)(?=\s*$)"
    # 顺差环比收窄10%, 逆差同比扩大5.2%: a balance's change, in percent of it (round 23)
    r"|(?<=环比|同比)(?:收窄|扩大)(?=\s*$)"
    # 比上年少15.1%, 比多年均值多4.7%: a bare 多/少 after the base compared with (a water
    # bulletin's rainfall and resources; round 19, third pass)
    r"|(?<=同期|上年|去年|均值|平均|常年)(?:多|少)(?=\s*$)"
    # 综合指数较上年改善3.8%, 浓度同比改善5%: an index or a concentration that fell
    r"|(?<=同比|同期|上年|去年|上月)改善"
    # 环比微涨0.8%, 微降0.1%: a price release's slight change (round 18, second pass)
    r"|微(?:涨|升|增|降|跌)"
)
_GROWTH_NEG: Final = (
    "大跌",
    "暴跌",
    "下降",
    "减少",
    "减",
    "降",
    "回落",
    "下滑",
    "下跌",
    "降低",
    "降幅",
    "减幅",
    "跌幅",
    "负增长",
    "减产",
    "偏少",
    "少",
    "微降",
    "微跌",
    "跌",
    "收窄",
    "改善",  # (compared with a period before: said of what is better lower, 综合指数, 浓度)
)
#: (优良率 is the share of good days, 毛入园率/入学率 of the age group enrolled; a completion
#: rate 完成率/开工率/签约率/完成进度 the share of its target or plan: convention 1; a rate of
#: coverage 覆盖率/渗透率/参保率/普及率/绿化率/植被盖度 the part of a whole covered: convention 8.)
_SHARE = re.compile(
    r"比重|占比|城镇化率|贡献率|比例|优良率|入园率|入学率|占[^,，。;；]*$|完成[^,，。;；]*的$"
    r"|覆盖率|渗透率|参保率|普及率|绿化率|植被(?:综合)?盖度"
    # 对全部工业增长贡献分别为a%、b%: a contribution in % is the 贡献率
    r"|增长(?:的)?贡献(?:度)?(?:分别)?(?:为|达|是)?\s*(?:-?[\d.]+\s*%\s*[、和及与]\s*)*$"
    # 耕地水利化程度, 劳动机械化程度 (%): the part of the land or the labour so equipped,
    # a degree of coverage (round 20, third pass)
    r"|化程度"
    # 系统管理率/住院分娩率 (mothers managed, births in hospital, of all): parts of a whole
    # as the rates of coverage (round 18)
    r"|系统管理率|住院分娩率"
    # rates of compliance and retention (达标率 of the sections or days monitored, 合格率,
    # 巩固率 of the pupils who entered, 升学率): the part of a whole that meets the condition,
    # convention 33 (优良率, 入学率 and 优良天数比例 are above)
    r"|达标率|合格率|巩固率|升学率"
    # what of a whole is used (蔗渣、糖蜜、滤泥利用率, 综合利用率; round 31), not a rate of
    # interest (利率) nor a capacity's use said as 利用小时
    r"|(?<!产能)利用率"
    # the same of firms, staff and workers (规上工业企业复工率 of the firms, 人员到岗率 of the
    # staff, 农村劳动力转移率 of the rural labour force, 毕业生就业率 of the graduates): the
    # part that resumed, came back or found work (round 20; the gold of dev sets so)
    r"|复工率|复产率|到岗率|返岗率|转移率|就业率"
    # 产品销售率/产销率: the part of the output sold (销售产值 of 工业总产值), convention 14
    r"|产品销售率|产销率"
    # 不良贷款率: the non-performing part of all loans, a part of a whole (round 18)
    r"|不良贷款率|不良率"
    # 社会物流总费用与GDP的比率: a part over its whole
    r"|与[^,，。;；与]{1,12}?的?比率"
)
#: More shares, looked for only where 率, 进度 or 面 is written (speed): a completion rate
#: 完成率/开工率/签约率/完成进度 is the share of its plan (convention 1); 增长面达52.9% the share
#: of industries (or firms) that grew, 亏损面 of those that lost; a rate of a plan's
#: fulfilment 资金到位率/投达产率/履约率 the share of what was agreed (convention 1).
_PLAN_SHARE = re.compile(
    # 动工率 as 开工率, 入资率 as 资金到位率 (an investment-promotion report's, round 20)
    r"(?:完成|开工|动工|签约|到位|达产|履约|入资)率|完成进度|(?:增长|盈利|亏损|下降)面"
)
#: 计划总投资 of a project is its planned size (a level), not a target of the year.
#: (按计划: as planned, 除按计划需跨年度实施的3件实事: what was done or is left, no target.)
#: (比计划增加3亿元, 较计划数增加315人: a change compared with the plan, no target.)
#: (目标考核达标率100%: the assessment of targets, a rate reached, no target; session 23.)
_TARGET = re.compile(
    r"目标(?!考核|责任)|力争|预期目标|(?<![按比较])(?<!按照)计划(?!生育|单列|总投资)"
)
#: Planned projects named after their number (``257个计划新开工项目``): a plan's (convention 13).
_PLANNED_NAMED_AFTER = re.compile(r"计划(?!单列|生育)[\u4e00-\u9fa5]{0,8}?项目")
#: The planned projects a figure counts among (``…计划新开工项目中221个``): what was done of them.
_AMONG_PLANNED = re.compile(r"计划[\u4e00-\u9fa5]{0,8}?项目中")
#: 控制在 makes a target when a bound follows (``控制在4.5%以内``); ``年末…控制在3.94%``
#: states what was reached.
_HELD_WITHIN = re.compile(r"控制在[^,，。;；]{0,12}$")
_BOUND_AFTER = re.compile(r"以内|以下|之内|左右|范围|的?(?:年度|全年)?(?:控制)?目标")
#: A target named as the reference of progress (``完成年度目标任务的52.4%``,
#: ``高于年度目标1.3个百分点``) does not make the figure a target.
_TARGET_REFERENCE = re.compile(
    r"(?:完成|超额完成|超过|超出|超|高于|低于|快于|慢于|优于|好于|差于|领先|落后于?|对照|对标|占|为|达到)"
    r"(?:了)?(?:年度|全年|年初|今年|本年|年|[12]\d{3}年|前三季度|上半年|[一二三四]季度)?"
    r"(?:预期|计划|既定|控制|调控)?(?:投资|开工|建设|收入|支出|生产)?(?:目标|计划)(?:任务)?"
    # 完成省民生工程目标任务的130.26%, 市民生工程目标任务的127%: a named target's share
    r"|(?:完成|超额完成|占|为|达到)(?:了)?[\u4e00-\u9fa5]{1,8}?(?:目标|计划)(?:任务)?(?=的)"
    r"|(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{0,8}?(?:目标|计划)(?:任务)?的(?=\s*[\d.]|\s*$)"
    # 完成上级下达的捕捞减量目标任务;远洋捕捞产量…: a task done, named whole
    # (round 28)
    r"|(?:超额)?完成(?:了)?[^,，;；。:：\d]{1,24}?目标任务(?![是为:：])"
    # 不设年度目标任务,常态化开展的有3项: no target at all (round 16, fourth pass)
    r"|不设(?:年度|全年)?(?:目标|计划)(?:任务)?"
)
#: ``占年初预算10065万元的``, ``完成预算105425万元的``: the amount right after is the
#: year's budget (a target of the year), what the figure after it is measured against.
BUDGET_BEFORE = re.compile(
    r"(?:占|完成|为|达到)?(?:了)?(?:年初|年度|全年|本年|今年)?(?:调整)?预算(?:数)?(?:为|是)?$"
)
#: A budget set or approved, said before its figures in their sentence (``批准年初一般公共
#: 预算收入``, ``年初预算安排``, ``调整后预算为``).
_BUDGET_SET = re.compile(
    r"批准[^。;；,，]{0,12}?(?:年初|调整后的?)?[^。;；,，]{0,8}?预算(?:收入|支出)?"
    r"|(?:年初|调整后的?)(?:一般公共|政府性基金|国有资本经营|社会保险基金)?预算(?:收入|支出|安排)"
)
#: An amount's distance above or below a reference (``高于…标准``, ``比全省平均高``).
_AMOUNT_GAP = re.compile(
    r"(?:高于|低于)[^,，;；。\d]{1,16}?(?:标准|平均水平|平均)$|[比较][^,，;；。\d]{1,12}?平均(?:水平)?[高低]$"
)
_AMOUNT_GAP_LAST: Final = frozenset(("标准", "水平", "平均", "均高", "均低", "平高", "平低"))
#: A compound annual growth rate named (``年复合增长率为``, ``年均复合增长率达``).
_COMPOUND_RATE = re.compile(r"(?:年均?)?复合增长率(?:为|达到|达)?$")
#: A plan named before what will be done (``按照计划,明年将新增…``).
_PLAN_AHEAD = re.compile(r"(?:按照|根据|按)(?:[\u4e00-\u9fa5]{0,6})?计划[,，]?[^。;；]{0,12}?将")
#: A plan's verb (``计划实施``, ``计划新建``), not 计划 as a noun (完成年计划的).
_PLANNED_VERB = re.compile(r"计划(?:实施|新建|新开工|开工|安排|投资|建设|完成|改造|招录|培训|引进)")
#: Words of a figure's own clause that make it no part of a plan stated before it: done
#: (已开工, 实际完成, 累计; 计划项目中N个: those of them done), a change or rate of
#: something, or a project's size (计划总投资).
_DONE_OR_RATE = re.compile(r"已|实际|完成|累计|同比|比上年|增长|下降|率|总投资|中$")


def done_or_rate(words: str) -> bool:
    """Whether a figure's own words say it is done or a change or rate (no plan's part).

    >>> done_or_rate("已开工"), done_or_rate("安排援疆资金")
    (True, False)
    """
    return _DONE_OR_RATE.search(words) is not None


#: A quantity planned for each year or two (``每年新建``, ``每两年评选``).
_EACH_YEAR_PLAN = re.compile(
    r"每(?:一|两|三)?年(?:新建|培育|新增|评选|引进|培训|建设|打造|选拔|认定)"
)


def _last_clause(words: str) -> str:
    """The words after the last comma or semicolon (the clause a list of figures is in)."""
    return words[max(words.rfind(c) for c in ",，;；") + 1 :]


#: A pledge said before figures it governs (``将确保``), the sentence's (as 力争).
_PLEDGE_AHEAD = re.compile(r"(?:将|要|必须|全力|力争)确保")
#: A pledge of a figure to come (``将确保``, ``确保全年``), not one kept (确保了).
_PLEDGE = re.compile(_PLEDGE_AHEAD.pattern + r"|确保(?:全年|年底|年内|明年|到)")
#: ``优于年度目标2微克``, ``高于省定目标300元``: a distance to a target.
_TARGET_GAP = re.compile(
    r"(?P<verb>优于|好于|差于|高于|低于|超过|超出|超额完成|超)(?:国家|省|市|上级)?(?:下达的?)?"
    r"(?:年度|全年|省定|市定|既定)?(?:目标|计划)(?:任务|值)?"
    r"(?:[(（][^()（）]{1,24}[)）])?$"  # 优于年度目标(32.9微克/立方米)2.9微克/立方米
)
#: ``年度目标(32.9微克/立方米)``: the figure in brackets after a target word is the target.
_TARGET_BRACKET = re.compile(
    r"(?:目标|计划)值?[(（]$"
    # 14家(任务数12家), 占比58.2%(任务数占比55%): the task said in brackets after what was done
    r"|[(（]\s*(?:全年|年度)?(?:任务数?|目标(?:值|任务)?|计划数?)(?:占比|比重)?(?:为|是)?\s*$"
)
#: Units of pollutants: better (优于, 好于, 改善) means lower.
_LOWER_IS_BETTER: Final = frozenset({"μg/m3", "mg/m3", "mg/L", "dB"})
#: ``较均衡进度慢2.94%``, ``超序时进度3.1%``: a gap to the expected progress, in points
#: though written with %.
_PROGRESS_GAP = re.compile(
    r"(?:[比较]|超过?|高于|低于|快于|慢于|落后于?)(?:均衡|序时|时间|计划)进度"
    r"(?P<verb>慢|快|落后|超前|高|低)?(?:了)?$"
)
#: ``紧盯…增长6.5%、…增长8%的目标``: figures the rest of their clause calls a target.
#: The task a figure after 完成 is the size of (``完成50户改造任务``, ``完成200亩目标``).
_TASK_NAMED_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,8}?(?:任务|目标)(?![是为])")
_TARGET_AFTER = re.compile(
    r"^[^,，。;；:：!！?？]*?的(?:预期|发展|奋斗|年度|全年|规划)?(?:控制|调控|预期)?目标"
)
#: A clause that only links (``增速最快,达到8.9%``): the sentence before it governs.
COPULA_ONLY = re.compile(r"^\s*(?:为|是|达到了|达到|达|约为|仅为)\s*$")
#: The characters a match of :data:`COPULA_ONLY` ends with before spaces (tested before it).
COPULA_LAST: Final = frozenset("为是了到达")
#: ``是上年的1.3倍``, ``相当于2020年的3.5倍``: a multiple of a base period's value.
_MULTIPLE_OF = re.compile(
    r"(?:是|为|相当于|达到|达)(?:上年同期|上年|去年同期|去年|同期|(?P<year>[12]\d{3})年(?:末|底|同期)?)"
    r"(?:[\u4e00-\u9fa5]{1,8}?)?的?$"
)
#: ``年度任务2000户``, ``任务数为50个``: the figure is the task itself (a target).
_TASK = re.compile(
    r"(?:(?:年度|全年)(?:[\u4e00-\u9fa5]{1,4}?)?(?:目标)?任务|任务数|任务量"
    # 棚户区改造开工任务N万套, 公租房筹集任务: a stage's task (round 28)
    r"|(?:开工|建成|竣工|筹集|发放|改造|完成|下达|建设)任务)(?:为|是)?$"
)
#: A limit a rule or plan sets (``原则上平原地区不低于3000亩``, ``不超过2个``, ``不少于4名``)
#: or a level a plan requires (``到2020年…城镇化率要达到60%``), right before the figure; and
#: what a plan will build (``今年全市将新建86个``): stated targets (guideline: 控制在4%以内).
_LIMITS_AND_PLANS: Final = (
    *("不低于", "不少于", "不高于", "不超过", "不多于", "不大于", "不小于"),
    *("要达到", "要达", "要实现", "要突破", "要超过", "要控制在"),
    *("将新建", "将打造", "将建设", "将建成", "将实施", "将培育", "将改造"),
)
_LIMIT_OR_PLAN = re.compile(f"(?:{'|'.join(_LIMITS_AND_PLANS)})$")
_LIMIT_LAST: Final = last_of(_LIMITS_AND_PLANS)
#: Progress against the year's task (``完成全年目标任务``), before a percentage.
#: (占年度目标任务55.3%: the share of the task done, as 完成…的; session 23)
_TASK_DONE = re.compile(r"(?:完成了?|占)(?:年度|全年|前三季度|上半年)[\u4e00-\u9fa5]{0,4}?任务$")
#: A named rate ending in 度 (``草原综合植被盖度达到72.5%``, 满意度), not 年度/进度/力度.
_NAMED_RATE = re.compile(
    r"(?:率|(?<![年季进力程额温速])度|指数(?:[(（][A-Za-z]{2,5}[)）])?)(?:为|是|达到|达|保持在|保持)?$"
)
#: What was done against a target named before (``目标任务300亿元,已完成280亿元``).
_DONE_SO_FAR = re.compile(r"(?:已经?|实际|目前|截至目前)(?:累计)?(?:完成|实现|达到)了?$")
#: ``主要预期目标是:``, and with a comma (``发展主要预期目标是,国内生产总值增长5%左右;…``):
#: every figure after it in its sentence is a target.
_TARGET_HEADING = re.compile(
    r"(?:预期)?目标(?:是|为)?[:：]|(?:预期)?目标[是为][,，]|目标任务[是为]?[:：]?"
)
#: A plan stated with 拟 (``赤字率拟按3%安排,赤字规模…``, ``拟安排专项债券3.9万亿元``): the
#: figures after it in its sentence are targets, but not the changes compared with a base.
_TARGET_FALL = re.compile(r"(?:降低|下降|减少|压减|削减)(?:了)?(?:约)?$")
#: The items after the first of a list of changes (``分别比上年增加7.5万亩、8.5万亩、``):
#: the verb before the list governs every item, the base said or not (``单月分别增加A和B``,
#: ``分别下降A点和B点``, ``分别多出A万辆、B万辆``; round 21, third pass).
_LISTED_CHANGE = re.compile(
    # (the bases may be listed too: 分别比上年一季度、三季度增加A、B)
    # (分别比2020年增加A和B: a base year, round 29)
    r"(?:分别(?:(?:比|较)(?:[12]\d{3}年|[^,，。;；、\d]|、(?!\d)){1,20}?)?|同比|比上年|较上年)"
    r"(?P<verb>增加|减少|多出|多|少|提高|降低|下降|上升)(?:了)?"
    r"(?:[\d.,]+[^\d,，。;；、和及]{0,6}[、和及])+$"
)
_PLANNED = re.compile(r"拟(?:按|安排|新增|下达|发行|投入)")
_PP_VERB = re.compile(
    r"提高|上升|加快|扩大|高于|快于|增加|回升|收窄|缩小|下降|回落|降低|放缓|低于|慢于|减少|下滑|回调|拉动|上拉|下拉|贡献"
    r"|超过|超出|高出|优于|好于|(?<!超)超(?!额)"
)
#: Words before a pp figure that make it a gap to a reference (序时进度, 年度目标, 全市).
_GAP_VERBS: Final = ("高于", "低于", "快于", "慢于", "超过", "超出", "高出", "超", "优于", "好于")
_PP_NEG: Final = ("下降", "回落", "降低", "放缓", "低于", "慢于", "减少", "下滑", "回调", "下拉")
_ABS = re.compile(
    r"(增加|减少|增长|下降|减产|增产|新增|偏高|偏低|多出|高出|相差|多|少|扩大|缩小|缩短|延长|微增|微降)(?:了)?"
    r"(?:逾|超过|超|近|约|达)?$"
)
_ABS_NEG: Final = ("减少", "下降", "减产", "少", "缩小", "偏低", "降低", "缩短", "微降")
# A change after a comparison stated before it may say 减 alone (与上年比较,减12个).
_COMPARED_NEG: Final = (*_ABS_NEG, "减")
#: ``较上一年提高1.9件``, ``比上年降低0.3万吨``: a change of a count or amount too (after 比/较).
_RAISED: Final = ("提高", "降低", "提升")
_RAISED_LAST: Final = last_of(_RAISED)
#: The characters every match of _ABS ends with, read from it (a test before the search).
_ABS_ENDS: Final = last_characters(_ABS)
_ABS_LAST: Final = last_of(_ABS_ENDS)  # (looked up: cheaper than endswith a tuple)
#: A figure without unit moved by these after 比/较 (``指数比上月回落0.7``): a change.
_INDEX_MOVE = re.compile(r"(上升|回升|提高|上涨|回落|降低|下跌|下滑)(?:了)?(?:约|近)?$")
_INDEX_MOVE_NEG: Final = ("回落", "降低", "下跌", "下滑")
#: Changes named by their verb alone (``增收6.3亿元``, ``超收``, ``净增加2.1万人``): an
#: absolute change, not a level, whatever comes before (``年均净增``: each year's); but
#: ``户均增收``/``人均增收``/``亩均增产`` name an indicator of their own (a level).
_CHANGE_VERB = re.compile(
    r"(?<![户人亩]均)(?P<verb>增收|减收|增支|减支|超收|短收|净增加|净减少|净增|净减|净流入|净流出"
    # 同比多增85亿元, 少增40亿元: a change of an increment; 再增产3.2万吨: of an output
    r"|多增|少增|多减|少减|增产|减产"
    # 收支各调增a亿元: a budget's change; 净增额达b亿元: the amount added (round 28)
    r"|调增|调减|(?<![\u4e00-\u9fa5]{2})(?:净增|增加)额(?:达到|达|为)?"
    # 城市院线净增银幕数2312块: the number of things added net (round 30)
    r"|净增[\u4e00-\u9fa5]{1,6}?数(?:达到|达|为)?"
    # 同比减8天: a bare 增/减 right after 同比/环比 (of an amount; 同比增5% stays a growth)
    r"|(?<=[同环]比)[增减])(?:了)?(?:约|近|超过|逾)?$"
)
#: The characters every match of _CHANGE_VERB ends with (a test before the search).
_CHANGE_ENDS: Final = last_characters(_CHANGE_VERB)
_CHANGE_LAST: Final = last_of(_CHANGE_ENDS)
_CHANGE_NEG: Final = (
    "调减",
    "减收",
    "减支",
    "短收",
    "净减少",
    "净减",
    "净流出",
    "少增",
    "多减",
    "减产",
    "减",
)
#: A comparison said before a change: 比/较, or 按年/按季/按月 as Hong Kong and Macao
#: releases say year-on-year and quarter-on-quarter (按季微增200人; session 23).
_COMPARED_WITH = re.compile(r"比|较|按[年季月]")
#: ``增量预计超过``: the figure is an increment (an absolute change).
#: A clause that is only a change verb (``,增加2.79亿元,``): a change of the figure before.
#: A count or an amount named, then a verb of its change (``死亡人数减少``, ``起数增加了``).
_COUNT_MOVED = re.compile(r"(?:人数|起数|户数|个数|件数|次数|总数|数量|总量|人口)(?:增加|减少)了?$")
_BARE_CHANGE = re.compile(
    r"\s*(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期|较去年同期)?(?:增加|减少)(?:了)?\s*"
)


#: A comparison stated as a clause of its own (``与上年比较,``, ``同上年相比,``): the
#: changes after it in the sentence are against that base.
#: The same comparison opening a paragraph (after a time word at most): it governs the
#: changes of every sentence of the paragraph (``与2021年相比,用水总量增加…。地表水…增加…``).
def opening_comparison(paragraph_start: str) -> str:
    """The comparison clause a paragraph opens with, or ``""``.

    >>> opening_comparison("与2021年相比,用水总量增加"), opening_comparison("用水总量增加")
    ('与2021年相比,', '')
    >>> opening_comparison("相比上年,用水总量增加")
    '相比上年,'

    """
    found = _COMPARED.match(paragraph_start.lstrip())
    return found.group() if found else ""


_COMPARED_BASE = (
    r"(?:上月|上季度|年初|(?:上年|去年|前年|[12]\d{3}年)"
    # 与2020年3月底比较, 同上年一季度相比: a base named to its month or quarter
    r"(?:\d{1,2}月份?|[一二三四1-4]季度|上半年|前三季度)?(?:同期|末|底)?)"
)
#: (also ``相比2022年,``, ``相较上年,``: the base after the word, round 24)
_COMPARED = re.compile(
    rf"(?:(?:与|同|和|跟|较|比){_COMPARED_BASE}(?:相比|比较|对比)|(?:相比|相较)于?{_COMPARED_BASE})[,，]"
)
#: The changes it governs (not 新增: ``新增就业1.2万人`` names an indicator, a level; a
#: bare 增/减 as well: ``医院增1170个``).
_COMPARED_CHANGE = re.compile(
    r"(?<!新)(增加|减少|增长|下降|减产|增产|多|少|(?<![新倍递净])增|(?<![递净削])减)(?:了)?$"
)
_COMPARED_ENDS: Final = last_characters(_COMPARED_CHANGE)  # (the same for this one)
_COMPARED_LAST: Final = last_of(_COMPARED_ENDS)
#: (Not after a noun: 社会融资规模增量 names an indicator of its own, a level.)
_INCREMENT = re.compile(
    r"(?:^|(?<![\u4e00-\u9fa5])|(?<=[年来间]))增量(?:预计)?(?:将)?(?:超过|突破|达到|达|为|是|约)?$"
)
#: A population named as the base of the indicator after it without 每 (``千人口托位数``,
#: ``10万人口火灾死亡率``, ``万人口发明专利拥有量``): per so many persons, as ``每千人口``.
#: The base is a round power of ten (not ``25万人口``, not ``百万人口`` a class of cities), and
#: the indicator follows at once (not ``9万人口的饮水``, ``100万人口以上城市``; 2-set rule,
#: session 12).
POPULATION_BASE = re.compile(
    r"(?<![\d千万百十每])(?:10|十)?[千万]人口"
    r"(?=(?:(?!的|以上|以下|及)[\u4e00-\u9fa5]){1,8}?(?:数|率|量))"
)
_PER = re.compile(
    r"每[千万百十]?(?:人|户|平方)|每[千万百十]名|人均|户均|平均(?!每?[天日月周年]|水平|值|数|线)|"
    + POPULATION_BASE.pattern
)
_QUAL_BEFORE: Final = (
    ("突破", "突破"),
    ("超过", "超过"),
    ("超", "超过"),
    ("逾", "以上"),  # 逾639亿元 = 639亿元余, as the guideline reads 余
    # 建成不少于30个, 不低于90%, 至少20所: a floor, as 以上 (dev17 02-019)
    ("不少于", "以上"),
    ("不低于", "以上"),
    ("至少", "以上"),
    ("过", "超过"),
    ("几近", "近"),
    ("将近", "近"),
    ("接近", "近"),
    ("近", "近"),
    # 约合20533美元, 约合人民币174.37亿元: a conversion, about
    ("约合人民币", "约"),
    ("约合美元", "约"),
    ("约合", "约"),
    ("约为", "约"),
    ("大约", "约"),
    ("约", "约"),
)
_QUAL_WORDS: Final = tuple(word for word, _ in _QUAL_BEFORE)
_QUAL_LAST: Final = last_of(_QUAL_WORDS)
#: Before 约, characters that make it part of a word (签约, 节约, 合约, 履约, 预约, 制约).
_NOT_ABOUT: Final = frozenset("签节合履预制契公邀违解条集特")
_ABOUT_SHARE = re.compile(r"约占[^,，。;；]*$")
#: 约 before the first item of a list of figures (``约0.44和0.09个百分点``): about each.
_ABOUT_LIST = re.compile(
    r"(?<![签节合履预制契公邀违解条集特])约-?[\d.]+[^\d,，。;；:：]{0,6}?(?:[、和及与]-?[\d.]+[^\d,，。;；:：]{0,6}?)*[、和及与]$"
)
_LIST_GLUE_CHARS: Final = frozenset("、和及与")
#: (not ``已超过去年全年的8118.5亿元``: the figure is the year before's, exceeded)
_ABOVE_SHARE = re.compile(
    r"(超过|逾|接近|将近)(?!(?:去年|上年|前年|[12]\d{3}年)(?:全年|同期)?的$)[^,，。;；]{1,10}的$"
)


#: A rate that the words after it call a growth rate (``9.5%的高增速``, ``3%的增幅``).
_RATE_NAMED_AFTER = re.compile(
    r"的(?:较?高|较?低|超高|两位数)?(?P<what>(?:(?!目标)[\u4e00-\u9fa5]){0,8}?)(?:增速|增幅|增长率|涨幅|增长(?![点极率面]))"
    r"(?!目标|预期)"
)
_WHOLE_WORDS = re.compile(r"^(?:整体|总体|全部|同期)")


def rate_named_after(after: str) -> str | None:
    """What a rate is the growth of, when the words after it call it one
    (``4.9%的整体出口增幅`` → 出口); None when they do not.

    >>> rate_named_after("的整体出口增幅;进口"), rate_named_after("的高增速。"), rate_named_after("的目标增幅")
    ('出口', '', None)
    """
    found = _RATE_NAMED_AFTER.match(after) if after.startswith("的") else None  # (its first word)
    return _WHOLE_WORDS.sub("", found["what"]) if found else None


#: ``影响CPI上涨约0.83个百分点``: a category's contribution to a price index.
IMPACT_LEAD = r"影响(?=[A-Z]{2,4}|[\u4e00-\u9fa5]{0,10}(?:指数|价格))"
_IMPACT = re.compile(IMPACT_LEAD)


#: The patterns :func:`_last` reads every match of, prefiltered on their first characters
#: (the same matches and groups: most characters of a phrase start none).
_SHARE_SCAN: Final = prefiltered(_SHARE)
_PLAN_SHARE_SCAN: Final = prefiltered(_PLAN_SHARE)
_GROWTH_SCAN: Final = prefiltered(_GROWTH)
_PP_VERB_SCAN: Final = prefiltered(_PP_VERB)


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - keep the last match
        pass
    return found


class _Unread:
    """The default of :func:`decide`'s ``info``: the unit's facts not read yet."""


_UNREAD: Final = _Unread()
#: A bare 增加/减少 right before an amount (``增加约73千公顷``), and the growth of the same
#: change right after it (``,增长1.5%``): together, the amount is the change's.
_CHANGED_BY = re.compile(r"(?:增加|减少|增长|下降)了?(?:约|近|超过|逾|达)?$")
_GROWTH_AFTER = re.compile(r"\s*[,，]\s*(?:同比)?(?:增长|下降)\s*\d")
#: Loans, deposits and financing: their changes are read with their balances.
_BALANCES = re.compile(r"贷款|存款|融资")
#: What before 增加 makes it name new things, not a change (``新增加5个``, ``净增加``: read
#: by :data:`_CHANGE_VERB`).
_NOT_CHANGED_BEFORE: Final = frozenset("新净")
#: 减少 opening its clause (or after an adverb of when or how much), then what was cut, right
#: before its amount (``10年累计减少氮肥使用670万吨``, ``减少二氧化碳排放3003万吨``); not 减少
#: inside a purpose or a name (``为减少损失投入资金``, ``减少碳排放项目共32个``), nor before a
#: copula (``化肥减少量为``, ``负担总额达``).
_REDUCED_OBJECT = re.compile(
    r"(?:^|[,，;；]|累计|共计|全年|每年|年均|已|可|\d年)减少(?![到至了])"
    r"(?:(?![为达是共])[\u4e00-\u9fa5]){2,8}$"
)


def decide(
    prefix: str,
    after: str,
    unit: str | None,
    kind: str,
    sentence: str = "",
    clause_after: str = "",
    *,
    info: UnitInfo | None | _Unread = _UNREAD,
) -> tuple[str, int, str | None]:
    """(measure, sign, basis) for a number with this unit and these words around it.

    ``sentence`` is the sentence up to the number: a heading such as ``主要预期目标是:``
    makes every figure after it a target.

    ``clause_after`` is the rest of the number's clause: ``…增长8%的目标`` is a target.
    A target named as the reference of progress (``完成年度目标的``, ``高于年度目标``)
    does not make a figure a target.

    ``sign`` is -1 when the words make the value negative (下降, 减少, 回落 …).

    ``info`` is ``unit_info(unit)`` when the caller has read it already (it is read here
    otherwise).

    Examples
    --------
    >>> decide("城镇化率为", "", "%", "number")[0], decide("出生率为", "", "‰", "number")[0]
    ('share', 'level')
    >>> decide("水源地水质达标率保持", "", "%", "number")[0], decide("九年义务教育巩固率达到", "", "%", "number")[0]
    ('share', 'share')
    >>> decide("年均增长", "", "%", "number"), decide("比2020年增长", "", "%", "number")[2]
    (('growth_yoy', 1, 'avg_annual'), 'cumulative_vs_base_year')
    >>> decide("城镇登记失业率控制在", "以内", "%", "number")[0], decide("失业率控制在", "。", "%", "number")[0]
    ('target', 'level')
    >>> decide("完成年度目标任务的", "", "%", "number")[0], decide("紧盯增长", "", "%", "number",
    ...     clause_after="、工业增长8%的目标")[0]
    ('share', 'target')
    >>> decide("比常年偏少", "", "%", "number"), decide("两年平均增长", "", "%", "number")
    (('growth_yoy', -1, 'prev_year'), ('growth_yoy', 1, 'avg_annual'))
    >>> decide("增速比全省低", "", "个百分点", "number")
    ('pp_change', -1, 'gap_vs_reference')
    >>> decide("高于年度目标", "", "个百分点", "number"), decide("超序时进度", "", "个百分点", "number")
    (('pp_change', 1, 'gap_vs_reference'), ('pp_change', 1, 'gap_vs_reference'))
    >>> decide("达到", "", "%", "number", "榆社县增速最快,达到")[0]
    'growth_yoy'
    >>> decide("增长面达", "", "%", "number", "18个行业正增长、增长面达")[0]
    'share'
    >>> decide("三个行业分别同比增长8.9倍、", "", "倍", "number")[0]
    'growth_yoy'
    >>> decide("较上一年提高", "", "件", "number")[:2], decide("比上年降低", "", "万吨", "number")[:2]
    (('abs_change', 1), ('abs_change', -1))
    >>> decide("同比提升", "", "个位次", "number"), decide("同比回落", "", "个位次", "number")
    (('abs_change', 1, None), ('abs_change', -1, None))
    >>> decide("制造业采购经理指数(PMI)为", "", "%", "number")[0]
    'level'
    >>> decide("、", "", "%", "number", "大、中型企业PMI分别为50.2%、")[0]
    'level'
    >>> decide("较1-9月(", "", "%", "number", "1-10月甲产值同比增长0.3%,较1-9月(")
    ('growth_yoy', 1, 'prev_year')
    >>> decide("低于全省(", "", "%", "number", "甲收入下降1.2%,增速低于全省(")
    ('growth_yoy', 1, 'prev_year')
    >>> decide("草原综合植被盖度达到", "", "%", "number")[0], decide("改造年度任务", "", "户", "number")[0]
    ('share', 'target')
    >>> decide("森林覆盖率提高", "", "个百分点", "number")[0], decide("满意度为", "", "%", "number")[0]
    ('pp_change', 'level')
    >>> decide("甲市", "", "%", "number", "各市完成率分别为:甲市")[0]
    'share'
    >>> decide("项目投资完成率", "", "%", "number")[0], decide("新建项目开工率为", "", "%", "number")[0]
    ('share', 'share')
    >>> decide("比上月上升", "", None, "number")[:2], decide("较上月回落", "", None, "number")[:2]
    (('abs_change', 1), ('abs_change', -1))
    >>> decide("单月分别增加630亿元和", "", "亿元", "number")[0], decide("分别下降0.62点和", "", "点", "number")[:2]
    ('abs_change', ('abs_change', -1))
    >>> decide("比乙市分别多出", "", "万辆", "number")[0], decide("分别上升45.2%和", "", "倍", "number")[0]
    ('abs_change', 'growth_yoy')
    >>> decide("增收", "", "亿元", "number"), decide("净减少", "", "万人", "number")[:2]
    (('abs_change', 1, None), ('abs_change', -1))
    >>> decide("医疗卫生与计划生育支出", "", "万元", "number")[0], decide("计划总投资", "", "亿元", "number")[0]
    ('level', 'level')
    >>> decide("、", "", "%", "number", "甲镇、乙镇竣工率较高,分别为100%、")[0]
    'level'
    >>> decide("医疗卫生与计划生育支出", "", "万元", "number")[0]
    'level'
    >>> decide("占年初预算", "", "万元", "number")[0], decide("为年计划的", "", "%", "number")[0]
    ('target', 'share')
    >>> decide("较均衡进度慢", "", "%", "number"), decide("高于年度目标", "", "亿元", "number")
    (('pp_change', -1, 'gap_vs_reference'), ('abs_change', 1, None))
    >>> decide("优于年度目标(35微克/立方米)", "", "微克/立方米", "number")
    ('abs_change', -1, None)
    >>> decide("优于年度目标(", "", "微克/立方米", "number")[0]
    'target'
    >>> decide("贸易顺差达31亿元,扩大", "", "%", "number"), decide("办理时间平均缩短", "", "%", "number")
    (('growth_yoy', 1, 'prev_year'), ('growth_yoy', -1, 'prev_year'))
    >>> decide("千人口托位数达到", "", "个", "number")[0], decide("建成托位", "", "个", "number")[0]
    ('level', 'count')
    >>> decide("较2019年改善", "", "%", "number", "PM2.5浓度较2019年改善")
    ('growth_yoy', -1, 'cumulative_vs_base_year')
    >>> decide("影响CPI上涨约", "", "个百分点", "number"), decide("影响CPI下降约", "", "个百分点", "number")
    (('pp_change', 1, 'contribution'), ('pp_change', -1, 'contribution'))
    >>> decide("相比上年", "的高增速", "%", "number")
    ('growth_yoy', 1, 'prev_year')
    >>> decide("远高于同期全国", "的整体出口增幅;", "%", "number")[0], decide("激增", "", "倍", "number")[0]
    ('growth_yoy', 'growth_yoy')
    >>> decide("对甲、乙分别增长2.3倍、", "", "倍", "number")[0]
    'growth_yoy'
    >>> decide("床位增加", "", "万张", "number", "共有床位15万张,与上年比较,床位增加")
    ('abs_change', 1, None)
    >>> decide("丙县", "", "%", "number", "按增速排序,甲县6%,乙县5.4%,丙县")[0]
    'growth_yoy'
    >>> decide("丙县", "", "%", "number", "按完成进度排序,甲县80%,丙县")[0]
    'share'
    >>> decide("幅度分别为", "", "%", "number", "价格降幅前两名的是甲、乙,幅度分别为")[:2]
    ('growth_yoy', -1)
    >>> decide("已完成", "", "亿元", "number", "年度目标任务300亿元,已完成")[0]
    'level'
    >>> decide("占年度计划的", "", "%", "number")[0], decide("低于", "", "%", "number",
    ...     clause_after="的年度控制目标")[0]
    ('share', 'target')
    """
    if kind == "ratio":
        return "ratio", 1, None
    if kind == "rank":
        return "rank", 1, None
    if unit == "个位次":  # 同比提升1个位次, 回落6个位次: a move in a ranking, up is positive
        return "abs_change", -1 if _RANK_DOWN.search(prefix[-6:]) else 1, None
    info = unit_info(unit) if isinstance(info, _Unread) else info
    # (the literal tests before the searches below are words or ends every match has: most
    # figures have none of them, and a test of a word is cheaper than a search)
    stripped = prefix.rstrip()
    if info is not None and info.kind == "rate":
        gap = _PROGRESS_GAP.search(stripped) if "进度" in stripped else None
        if gap:
            slower = (gap["verb"] or "") in ("慢", "落后", "低") or re.search(
                r"低于|慢于|落后", gap.group()
            )
            return "pp_change", -1 if slower else 1, "gap_vs_reference"
    elif "预算" in stripped and BUDGET_BEFORE.search(stripped):
        return "target", 1, None
    elif (
        "预算" in sentence
        and _BUDGET_SET.search(sentence)
        and not _DONE_SO_FAR.search(prefix)
        and not (ends_in(stripped, _CHANGE_LAST) and _CHANGE_VERB.search(stripped))
    ):
        # 人代会批准年初一般公共预算收入a亿元,其中:本级收入b亿元: the budget set,
        # the year's plan (convention 18; round 28)
        return "target", 1, None
    elif (
        info is not None
        and info.kind != "pp"
        and ("目标" in stripped or "计划" in stripped)
        and (gap := _TARGET_GAP.search(stripped))
    ):
        # 优于年度目标2微克/立方米: a distance to the target (lower, for a pollutant)
        better = gap["verb"] in ("优于", "好于") and info.base in _LOWER_IS_BETTER
        return "abs_change", -1 if gap["verb"] == "低于" or better else 1, None
    if ("(" in prefix or "（" in prefix) and _TARGET_BRACKET.search(prefix):
        return "target", 1, None
    # every reference names 目标 or 计划: without them nothing is cut (skips the scan: speed)
    own = _TARGET_REFERENCE.sub("", prefix) if "目标" in prefix or "计划" in prefix else prefix
    if "项目中" in own:  # 257个计划新开工项目中221个开工: of the planned, those done
        own = _AMONG_PLANNED.sub("", own)
    if (
        (("目标" in own or "力争" in own or "计划" in own) and _TARGET.search(own))
        or after.startswith("以内")
        or (after.startswith("计划") and _PLANNED_NAMED_AFTER.match(after))
        or ("控制在" in own and _HELD_WITHIN.search(own) and _BOUND_AFTER.match(after))
        or (  # no 目 and 标, no 目标 even with words cut out (skips the scan: speed)
            "目" in sentence
            and "标" in sentence
            and _TARGET_HEADING.search(_TARGET_REFERENCE.sub("", sentence))
            and not _DONE_SO_FAR.search(prefix)  # 目标任务300亿元,已完成280亿元
        )
        # 力争 governs every figure after it in its sentence (力争A突破N,B达到M)
        or ("力争" in sentence and not _DONE_SO_FAR.search(prefix))
        # 按照计划,次年将新增技能人才N万人以上,其中…: a plan's figures to come (round 28)
        or ("计划" in sentence and "将" in sentence and _PLAN_AHEAD.search(sentence) is not None)
        # 计划实施援疆项目N个,安排援疆资金a亿元: a plan's verb governs its sentence;
        # 包括每年新建N个基地: a quantity each year of a plan (round 28)
        or (
            "计划" in sentence
            and _PLANNED_VERB.search(sentence) is not None
            and not _DONE_OR_RATE.search(prefix)
            and (info is None or info.kind not in ("rate", "pp", "times"))
        )
        or ("每" in sentence and _EACH_YEAR_PLAN.search(_last_clause(sentence)) is not None)
        or ("确保" in own and _PLEDGE.search(own) is not None)  # 今年将确保…新增就业N万人
        # 将确保A N万人以上,B M万人: a pledge governs its sentence, as 力争 (round 28)
        or (
            "确保" in sentence
            and _PLEDGE_AHEAD.search(sentence) is not None
            and not _DONE_SO_FAR.search(prefix)
        )
        or (
            "拟" in sentence
            and _PLANNED.search(sentence)
            and not (  # 比上年年初预算增加1800亿元: a change, not the plan
                ("比" in prefix or "较" in prefix)
                and ends_in(stripped, _ABS_LAST)
                and _ABS.search(stripped)
            )
        )
        or ("目标" in clause_after and _TARGET_AFTER.match(clause_after))
        # 超额完成50户改造任务: the size of the task done, a target (session 23)
        or (
            stripped.endswith("完成")
            and unit not in ("%", "‰")
            and _TASK_NAMED_AFTER.match(after) is not None
        )
        or (ends_in(stripped, _LIMIT_LAST) and _LIMIT_OR_PLAN.search(stripped) is not None)
        or (
            "任务" in stripped
            and _TASK.search(stripped)
            # 新增就业…,完成全年目标任务26.9%: progress against the task, no target
            and not (unit == "%" and _TASK_DONE.search(stripped))
        )
    ):
        # 单位国内生产总值能耗降低2.5%左右: a target of a fall, negative as a growth would be
        falls = info is not None and info.kind == "rate" and _TARGET_FALL.search(stripped)
        return "target", -1 if falls else 1, None
    if (
        info is not None
        and info.kind not in ("rate", "pp", "times")
        and "增量" in stripped
        and _INCREMENT.search(stripped)
    ):
        return "abs_change", 1, None  # 5年增量预计超过7500亿元
    if (
        info is not None
        and info.kind not in ("rate", "pp", "times")
        and ("增加" in prefix or "减少" in prefix)  # (every match has one)
        and _BARE_CHANGE.fullmatch(prefix)
    ):
        return "abs_change", -1 if "减少" in prefix else 1, None  # …80.18亿元,增加2.79亿元
    if (
        info is not None
        and info.kind not in ("rate", "pp", "times")
        and ("增加" in prefix or "减少" in prefix)  # (the literal test first)
        and _CHANGED_BY.search(prefix)
        and _GROWTH_AFTER.match(after)
    ):  # 面积增加约73千公顷,增长1.5%: the amount of the change its growth follows (round 23)
        return "abs_change", -1 if "减少" in prefix[-6:] else 1, None
    if (
        info is not None
        and ("增加" in prefix or "减少" in prefix or "增长" in prefix or "下降" in prefix)
        and (
            info.kind in ("amount", "person")
            # (a count grown: 下降5次, 增长了3项 are no changes of a quantity)
            or (info.kind == "count" and ("增加" in prefix or "减少" in prefix))
        )
        and (changed := _CHANGED_BY.search(prefix))
        and prefix[changed.start() - 1 : changed.start()] not in _NOT_CHANGED_BEFORE
        and not _BALANCES.search(sentence or prefix)
    ):  # 林地面积增加1.26万亩, 荒草地减少3408亩, 近三年供热面积增长20.1亿平方米: a change, its
        # base left unsaid (a balance's, 各项存款增加…, is named by the finance releases' rule)
        return (
            "abs_change",
            -1 if prefix[changed.start() :].startswith(("减少", "下降")) else 1,
            None,
        )
    change = _CHANGE_VERB.search(stripped) if ends_in(stripped, _CHANGE_LAST) else None
    if change and (info is None or info.kind not in ("rate", "pp", "times")):
        return "abs_change", -1 if change.group("verb") in _CHANGE_NEG else 1, None
    if (
        info is not None
        and info.kind in ("amount", "count")
        and "减少" in stripped
        and _REDUCED_OBJECT.search(stripped)
    ):  # 累计减少氮肥使用670万吨: the amount of what was cut (round 30)
        return "abs_change", -1, None
    if (
        info is not None
        and info.kind not in ("rate", "pp", "times")
        and ends_in(stripped, _COMPARED_LAST)
        and _COMPARED_CHANGE.search(stripped)
        and _COMPARED.search(sentence)
    ):  # 与上年比较,床位增加4.9万张: a change, the comparison stated once before
        found = _COMPARED_CHANGE.search(stripped)
        negative = found and found.group(1) in _COMPARED_NEG
        return "abs_change", -1 if negative else 1, None
    if info is None:
        found = _ABS.search(stripped) if ends_in(stripped, _ABS_LAST) else None
        if found and _COMPARED_WITH.search(prefix):
            return "abs_change", -1 if found.group(1) in _ABS_NEG else 1, None
        moved = _INDEX_MOVE.search(prefix) if "比" in prefix or "较" in prefix else None
        if moved:  # 商务活动指数52.1,比上月上升1.2: a change of an index, in its points
            return "abs_change", -1 if moved.group(1) in _INDEX_MOVE_NEG else 1, None
        if re.search(
            r"比(?:为|是)?$|(?<![对相])比由|倍率$|比(?:缩小|扩大|下降|降低|提高|上升)(?:至|到|为)$",
            stripped,
        ) or _NOTED_RATIO.search(sentence.rstrip()):
            return "ratio", 1, None  # 性别比为105.2, 收入比由上年的2.71缩小到2.63
        return "level", 1, None
    if info.kind == "pp":
        return "pp_change", *_pp(prefix)
    if info.kind == "times":
        basis = multiple_basis(prefix)
        if basis is not None:
            return "growth_yoy", 1, basis
        if _GROWTH_SCAN.search(prefix[-6:]):
            return "growth_yoy", _sign(prefix, _GROWTH_SCAN, _GROWTH_NEG), _growth_basis(prefix)
        if stripped.endswith(("扩大", "扩大了")):  # 贸易顺差31.3亿元,扩大3.2倍: it grew
            return "growth_yoy", 1, _growth_basis(prefix)
        multiples = _TIMES_LIST.search(prefix)
        if multiples:  # 分别增长2.3倍、2.1倍: each is a growth
            return "growth_yoy", _sign(multiples.group(), _GROWTH_SCAN, _GROWTH_NEG), "prev_year"
        return "ratio", 1, None
    if info.kind == "rate":
        if prefix.endswith(("(+", "（+", "(-", "（-")):
            # 2688.62万台(+19.5%): a signed growth in brackets after its amount (round 30)
            return "growth_yoy", -1 if prefix.endswith("-") else 1, "prev_year"
        if prefix.endswith("改善") and "浓度" in sentence:  # 浓度…改善16.7%: it fell
            return "growth_yoy", -1, _growth_basis(prefix)
        if "复合增长率" in stripped and _COMPOUND_RATE.search(stripped):
            return "growth_yoy", 1, "avg_annual"  # 年复合增长率为a% (round 28)
        if ends_in(stripped, _SIZE_CHANGE_LAST) and stripped.endswith(_SIZE_CHANGE_ENDS):
            # 贸易顺差…,扩大120.6%, 办理时间平均缩短30%: the amount grew or shrank by the
            # figure, a growth of it, not a share (2-set rule, session 12)
            sign = -1 if stripped.endswith(_SIZE_SHRINK_ENDS) else 1
            return "growth_yoy", sign, _growth_basis(prefix)
        if (
            prefix[-1:] in "(（"
            and sentence
            and _BRACKET_COMPARED.search(prefix)
            and not _RATE_CUE.search(prefix.replace("季度", ""))  # 较一季度(: a base, no 度
        ):  # 增长0.3%,较1-9月(-0.9%)提高…, 低于全省(-3.04%): the rate of the sentence, signed
            measure, _, basis = _rate(sentence)  # as written (convention 7)
            return measure, 1, basis
        if prefix[-1:] in "(（" and (
            _BRACKETS_NAMED_AFTER.match(clause_after) or _AMOUNT_BRACKETED.search(prefix)
        ):
            return "growth_yoy", 1, "prev_year"  # 甲市(1.5%)、乙市(1.4%)同比涨幅靠前
        # 相比上年95.84%的高增速: a growth rate (every such rate is followed by 的)
        # (均保持15%以上的增长: the bound before 的; session 23)
        rest = after[2:] if after.startswith(("以上的", "左右的")) else after
        if rest.startswith("的") and _RATE_NAMED_AFTER.match(rest):
            return "growth_yoy", 1, "prev_year"
        if sentence and prefix.rstrip()[-1:] in COPULA_LAST and COPULA_ONLY.match(prefix):
            return _rate(sentence)  # 增速最高,为9.3%;介休市最低,为6.2%
        if (
            stripped[:1] in ("较", "比")
            and sentence.endswith(prefix)
            and _BASE_VALUE.match(stripped)
        ):
            # 死亡率为4.54‰,较上年4.92‰下降…: last year's value of the rate before, measured
            # as that rate is (round 18b)
            head = _FIGURE_END.sub("", sentence[: len(sentence) - len(prefix)])
            head = re.split(r"[,，;；。]", head)[-1]  # (the rate's own clause)
            if head:
                return _rate(head)
        ordered = SORTED_BY.search(sentence) if "按" in sentence else None
        if ordered and not _RATE_CUE.search(prefix):
            return _rate(ordered["key"])  # 按增速排序,甲县6%,乙县5.4%…: growth rates
        listed = sentence.rfind("分别")
        if "幅度" in prefix and sentence and not _GROWTH_SCAN.search(prefix):
            # 升幅前五名的是甲、乙…,幅度分别为2.4%、…: the rise or fall named before
            return _rate(sentence[: sentence.rfind("幅度")])
        if listed >= 0 and not _RATE_CUE.search(prefix):
            return _rate(sentence[:listed])  # 各市完成率分别为:甲市118.3%、乙市…
        return _rate(prefix)
    gap = _AMOUNT_GAP.search(stripped) if stripped[-2:] in _AMOUNT_GAP_LAST else None
    if gap and info.kind in ("amount", "count", "currency"):
        # 分别高于各区市养老金标准a元、b元, 比全省平均高c元: a distance in the
        # amount's own unit, a change against the reference (round 28)
        return "abs_change", -1 if "低" in gap.group() else 1, None
    found = _ABS.search(stripped) if ends_in(stripped, _ABS_LAST) else None
    if found and (_COMPARED_WITH.search(prefix) or _COUNT_MOVED.search(stripped)):
        # (…失业人数减少a人, 事故起数增加b起: a count or amount named, then moved by so much)
        sign = -1 if found.group(1) in _ABS_NEG else 1
        return "abs_change", sign, None
    departs = _DEPARTS.search(stripped) if "偏" in stripped else None
    if departs and info.kind in ("amount", "duration"):
        # 日照时数偏少63小时, 气温偏高0.4℃: a climate bulletin's departure from the normal,
        # the base (常年) left unsaid (round 20)
        return "abs_change", -1 if departs.group(1) in "少低" else 1, None
    if stripped[-1:] in _LIST_GLUE_CHARS and ("分别" in stripped or "比" in stripped):
        # (同比增加a万人、b万人: the items after the first too, round 28)
        changes = _LISTED_CHANGE.search(stripped)
        if changes:  # 分别比上年增加7.5万亩、8.5万亩: each item a change, as the first
            return "abs_change", -1 if changes["verb"] in _ABS_NEG else 1, None
    if (
        ends_in(stripped, _RAISED_LAST)
        and stripped.endswith(_RAISED)
        and ("比" in prefix or "较" in prefix)
    ):
        return "abs_change", -1 if stripped.endswith("降低") else 1, None  # 较上一年提高1.9件
    if info.kind == "amount" and ("比" in prefix or "较" in prefix):
        moved = _INDEX_MOVE.search(stripped)
        if moved:  # 环比上升1.4点, 比常年上升0.6℃, 环比上涨0.2元/公斤: a change (round 19)
            return "abs_change", -1 if moved.group(1) in _INDEX_MOVE_NEG else 1, None
    if info.kind == "count" and not _PER.search(prefix):
        return "count", 1, None
    return "level", 1, None  # amounts, persons, and counts per head (每千人口床位数)


#: The lead of a list ordered by a key (``按增速排序,甲县6%,乙县5.4%``), up to the
#: number: what the figures of the list are.
SORTED_BY = re.compile(
    r"按(?P<key>[^,，;；:：。按]{1,12}?)(?:排序|排名|排列|排位|高低|大小)"
    r"(?:[,，:：]|(?:由|从)[高低大小快慢]到[高低大小快慢][,，:：]?)[^;；。:：]*$"
)


def multiple_basis(prefix: str) -> str | None:
    """The growth basis when the words before ``N倍`` make it a multiple of a base value.

    ``是上年的1.3倍`` is 1.3 times last year's value, a growth of (1.3 − 1) × 100 = 30%:
    basis ``prev_year``; ``是2020年的3.5倍`` is growth over a base year. ``None`` otherwise
    (``增长2.3倍`` is a growth of 230% by itself).

    Examples
    --------
    >>> multiple_basis("营业收入46.2亿元,是上年的"), multiple_basis("相当于2020年的")
    ('prev_year', 'cumulative_vs_base_year')
    >>> multiple_basis("装机186.7万千瓦,相当于上年新增规模的")
    'prev_year'
    >>> multiple_basis("产值增长") is None, multiple_basis("分别是2022年同期的2.8倍、")
    (True, 'cumulative_vs_base_year')
    """
    found = _MULTIPLE_OF.search(prefix.rstrip())
    if found is None and prefix.rstrip()[-1:] in _LIST_GLUE_CHARS:
        # 分别是2022年同期的2.8倍、2.35倍: the items after the first, multiples as it is
        found = _MULTIPLE_OF.search(_MULTIPLES_LISTED.sub("", prefix.rstrip()))
    if found is None:
        return None
    return "cumulative_vs_base_year" if found["year"] else "prev_year"


#: The multiples listed before an item (``2.8倍、``), cut to find what they are multiples of.
_MULTIPLES_LISTED = re.compile(r"(?:[\d.]+\s*倍\s*[、和及与]\s*)+$")


#: A rate that moved to a value (``走高至``, ``回落到``), with no share word: a level.
_REACHED = re.compile(r"(?:走高|走低|攀升|升|降|回落|回升|上升|下降|提高|降低)(?:至|到)$")
#: A ratio named before a bracketed note (``性别比(以女性为100)为``).
_NOTED_RATIO = re.compile(r"(?:比|倍率)[(（][^()（）]{1,30}[)）](?:为|是)?$")
#: The items of a list of growth multiples before a number (``分别增长2.3倍、2.1倍和``); the
#: items before may be percentages (``分别上升78.2%和3.1倍``: the multiple a growth too).
_TIMES_LIST = re.compile(
    r"分别(?:同比|比上年|较上年)?(?:"
    + _GROWTH.pattern
    + r")[\d.]+(?:倍|%)(?:\s*[、和及与]\s*[\d.]+(?:倍|%))*\s*[、和及与]\s*$"
)

#: Verbs of a change of size (``贸易顺差…,扩大120.6%``, ``办理时间平均缩短30%``): the
#: figure right after one is the change of the amount named before, a growth (2-set rule,
#: session 12); the narrowing ones are negative.
_SIZE_SHRINK_ENDS: Final = ("缩小", "缩小了", "缩短", "缩短了", "缩减", "缩减了")
_SIZE_CHANGE_ENDS: Final = ("扩大", "扩大了", "延长", "延长了", *_SIZE_SHRINK_ENDS)
_SIZE_CHANGE_LAST: Final = last_of(_SIZE_CHANGE_ENDS)


#: A move down a ranking (``回落6个位次``, ``后移1个位次``).
_RANK_DOWN = re.compile(r"回落|下降|下滑|后移|后退|降低|退")
#: A figure in brackets after what it is compared with (``较1-9月(``, ``低于全省(``).
_BRACKET_COMPARED = re.compile(
    r"(?:[比较]|低于|高于|快于|慢于|超过|优于|好于|不及)[^,，。;；()（）%]{0,10}[(（]$"
)
#: Rates in brackets after the places of a list, named after it as rises or growths
#: (``甲市(1.5%)、乙市(1.4%)同比涨幅靠前``): from the bracket's end to the name.
_BRACKETS_NAMED_AFTER = re.compile(
    r"[)）](?:[、和及与][^,，;；。()（）%]{1,8}[(（]-?[\d.]+%[)）])*"
    r"(?:(?:同比|环比)?(?:涨幅|增幅|增速|降幅|跌幅)(?:居前|靠前|较[大高快小低慢]|最[大高快小低慢]|前)"
    # 甲区(9.4%)和乙县(6.1%)投资增速分别位列…: the places' growth, named after
    r"|[^,，;；。()（）%\d]{2,14}?(?:增速|增幅|涨幅)(?:分别|均)?(?:位列|位居|居|排名|排|列|名列|高于|快于))"
)
#: The end of an amount's name (a flow or a stock), the words a bracketed growth follows.
AMOUNT_NAME = re.compile(
    r"(?:生产总值|增加值|GDP|收入|支出|投资|零售总额|零售额|进出口总额|进出口|出口|进口|产值|利润)$"
)
#: A bracketed percent right after an amount (``地区生产总值(6.2%)、…分别高于预期目标``):
#: the amount's growth, the shorthand of a release's summary (convention 7).
_AMOUNT_BRACKETED = re.compile(AMOUNT_NAME.pattern[:-1] + r"[(（]$")
#: An index written in percent (``PMI``, ``商务活动指数``): a level (convention 6).
_INDEX_NAME = re.compile(r"PMI|CPI|PPI|指数")
#: A base year's value of a rate named before (``…为4.54‰,较上年``, ``比2017年``).
_BASE_VALUE = re.compile(r"(?:较|比)(?:上年|去年|上年同期|去年同期|\d{4}年)(?:同期)?(?:的)?$")
#: The figure (and its comma) ending the clause before such a base.
_FIGURE_END = re.compile(r"-?[\d.]+\s*(?:/\s*10\s*万|/\s*万|‰|%)?\s*[,，]?\s*$")
#: Words that decide a rate's measure by themselves (see :func:`_rate`).
_RATE_CUE = re.compile(_SHARE.pattern + "|" + _GROWTH.pattern + "|率|度")


#: The end of a rate's name that makes it a rate of events in a population (出生率, 死亡率,
#: 病死率, 发病率, 贫困发生率, 自然增长率, 失业率: the guideline's levels), a change (下降率),
#: a price or a return (利率, 汇率, 税率, 费率, 收益率, 利润率, 存款准备金率), or a speed or
#: a proportion of two amounts that are not part and whole (周转率, 效率, 比率): not a share.
_EVENT_RATE = re.compile(
    r"(?:出生|死亡?|发病|患病|感染|发生|发案|犯罪|事故|生育|结婚|离婚|失业"
    # a change named as a rate (能耗下降率, 增长率, 增值率): a growth, not a part
    r"|增长|下降|降低|减少|增加|提高|上涨|下跌|增值|变动|变化|波动|通胀|膨胀"
    r"|利|汇|税|费|息|收益|回报|利润|折旧|贴现|折现|准备金|周转|效|频|概|速|比"
    # 竣工率 names no plan (convention 1 leaves it a level)
    r"|竣工)$"
)
#: What may stand between a part-of-a-whole rate and its figure: nothing, or a copula
#: (``结案率61.2%``, ``不捕率为12.5%``, ``合格率和达标率均为98%``, ``适用率达80.4%``), or
#: where a move starts (``保持率从2017年的62.5%提高到…``). A rate
#: that reached, kept or rose to a value (``改造率达到``, ``通客车率保持``, ``洗选率提高到``)
#: stays a level, as the project's own annotated texts read it.
_RATE_COPULA = re.compile(
    r"\s*(?:均|分别|已|也)?(?:为|是|达|[由从](?:[12]\d{3}\s*年(?:末|底)?的?)?)?\s*"
)


def part_of_whole_rate(prefix: str) -> bool:
    """Whether the rate named last in ``prefix`` (its 率 among the last eight characters)
    is a part of a whole, a ``share``: what meets a condition among all it is counted over
    (结案率 the cases closed of those received, 利用率 the water used of the resource,
    资产负债率 the liabilities of the assets, 筛查率 the newborn screened of all), as
    conventions 8 and 33 read the rates of coverage, compliance and retention. A rate of
    events in a population, a price or a return stays a level (guideline: 出生率, 失业率).

    >>> part_of_whole_rate("诉讼案件结案率为"), part_of_whole_rate("规模以上工业企业资产负债率为")
    (True, True)
    >>> part_of_whole_rate("人口自然增长率为"), part_of_whole_rate("一年期贷款利率为")
    (False, False)
    >>> part_of_whole_rate("营业收入利润率为"), part_of_whole_rate("城镇调查失业率")
    (False, False)
    >>> part_of_whole_rate("单位GDP能耗下降率为"), part_of_whole_rate("病床使用率为")
    (False, True)
    >>> part_of_whole_rate("水土保持率从2017年的"), part_of_whole_rate("人口出生率由")
    (True, False)
    >>> part_of_whole_rate("满意度为"), part_of_whole_rate("户厕改造率达到"), part_of_whole_rate("竣工率为")
    (False, False, False)
    >>> part_of_whole_rate("调解成功率达"), part_of_whole_rate("救护成功率达到")  # (rounds 29, 30)
    (True, True)
    """
    at = prefix.rfind("率", max(0, len(prefix) - 8))
    if at >= 2 and _SUCCESS_RATE.fullmatch(prefix, at - 2):
        return True  # 救护成功率达到88%, 调解成功率近90%: a success rate (convention 41)
    if at <= 0 or not _RATE_COPULA.fullmatch(prefix, at + 1):
        return False
    return not _EVENT_RATE.search(prefix, 0, at)


#: The verb or bound between a named rate and its figure (``达到``, ``近``; round 30).
_RATE_REACHED = r"(?:为|是|达到|达|约|近|超过|接近)?"
#: A success rate and its verb (``成功率达到``, ``成功率近``).
_SUCCESS_RATE = re.compile(f"成功率{_RATE_REACHED}")
#: A growth rate named as such before its figure (``年均增长率达``), not a population's
#: natural growth rate (``人口自然增长率``, ``人口增长率``: a level, as the guideline says).
_GROWTH_RATE_NAMED = re.compile(f"(?<!自然)(?<!人口)增长率{_RATE_REACHED}$")
#: The figures of a list before its next item (``分别为3.95%、``, ``分别降至4.5%和``).
_LISTED_RATES = re.compile(
    r"(?:(?:分别)?(?:为|是|达|降至|升至)?\s*-?[\d.]+\s*(?:%|‰|/\d*万|/千)\s*[、和及与]\s*)+$"
)


#: What follows a change of a rate that has taken its figure already (``提高0.3个百分点``)
#: or closes its clause before a copula (``上升,达``): the figure after is the rate
#: reached, no change. A growth in % keeps the figures after it (``增长5.2%,较一季度(``).
_SPENT_CHANGE = re.compile(
    r"了?\s*(?:-?\d[\d.]*\s*(?:个百分点|百分点|个点|点)\s*(?:[,，;；]\s*)?"
    r"|[,，]\s*(?=达到|达|为))"
)
#: An adverbial of time or manner just before such a change (``连续两年``, ``持续``).
_CHANGE_ADVERB = re.compile(
    r"(?:连续(?:[\d一二两三四五六七八九十]+个?(?:年|月|季度))?|持续|稳步|逐步|进一步|大幅|小幅|均|也|又|再)+$"
)


def _rate(prefix: str) -> tuple[str, int, str | None]:
    """The measure, sign and basis of a rate (%) by the words before it.

    A change that has its own figure, or closes its clause, names no growth of the figure
    after it (round 22). A growth with its own percentage still governs (``增长5.2%,较一季度
    (4.1%)``: the same rate of another period):

    >>> _rate("主营业务利润率提高0.3个百分点达"), _rate("水能利用率连续两年上升,达")
    (('level', 1, None), ('share', 1, None))
    >>> _rate("产值同比增长"), _rate("产值增长5.2%,较一季度(")
    (('growth_yoy', 1, 'prev_year'), ('growth_yoy', 1, 'prev_year'))
    """
    share = _last(_SHARE_SCAN, prefix)
    if "率" in prefix or "进度" in prefix or "面" in prefix:
        plan = _last(_PLAN_SHARE_SCAN, prefix)
        if plan and (share is None or plan.end() > share.end()):
            share = plan
    verb = _last(_GROWTH_SCAN, prefix)
    if share and (verb is None or share.end() >= verb.end()):
        return "share", 1, None
    spent = _SPENT_CHANGE.match(prefix, verb.end()) if verb else None
    if verb and spent:
        # 利润率提高0.3个百分点达8.4%, 利用率连续两年上升,达95.1%, PMI为50.8%,较上月回落1.1
        # 个百分点,…;中、小型企业PMI分别为…: the change has its own figure or closes its
        # clause, the figure after it is the rate reached; read the words without the change
        # (round 22)
        head = _CHANGE_ADVERB.sub("", prefix[: verb.start()])
        return _rate(head + prefix[spent.end() :])
    if verb:  # (its sign from the verb found: _sign would search for it again)
        return "growth_yoy", -1 if verb.group() in _GROWTH_NEG else 1, _growth_basis(prefix)
    if prefix.rstrip()[-1:] in ("、", "和", "及", "与"):
        # 甲、乙加权平均利率分别为3.85%、4.35%: the later items are rates as the first is
        # (round 18)
        prefix = _LISTED_RATES.sub("", prefix.rstrip())
    if "增长率" in prefix[-10:] and _GROWTH_RATE_NAMED.search(prefix.rstrip()):
        # 复合年均增长率达51.9%: a growth rate named as such (自然增长率 stays a level;
        # round 30)
        return "growth_yoy", 1, _growth_basis(prefix)
    if _NAMED_RATE.search(prefix.rstrip()) or "率" in prefix[-8:]:
        # 结案率为96.1%, 资产负债率57.3%: a part of a whole; 出生率, 利率: a level
        return ("share" if part_of_whole_rate(prefix) else "level"), 1, None
    if ("I" in prefix or "指数" in prefix) and _INDEX_NAME.search(prefix[-12:]):
        return "level", 1, None  # 大、中、小型企业PMI分别为49.1%、…: indices are levels
    if _REACHED.search(prefix.rstrip()):
        return "level", 1, None  # 4月份走高至6.1%: the rate reached (of the topic)
    return "share", 1, None


#: ``增速比全省高4.5个百分点``: a gap to the whole's rate.
_WHOLE_GAP = re.compile(
    r"[比较](?:全国|全省|全市|全县|全区)(?:平均)?(?:水平)?(?P<verb>高|低|快|慢)$"
)
#: A rate's difference by an adjective alone (``涨幅低0.3个百分点``, ``增速比上月快``):
#: lower or slower is negative.
_RATE_GAP = re.compile(
    r"(?:涨幅|增幅|降幅|增速|跌幅|比重|占比|率|水平|[比较][^,，。;；]{1,12}?)(?<![加放提降偏走调拉抬压升])(?P<verb>高|低|快|慢)(?:了)?$"
)
#: A gap word, then an earlier period of the rate's own (``高于一季度``, ``低于上年同期``).
_PRIOR_AFTER_GAP = re.compile(
    r"(?:高于|低于|快于|慢于|高出|超过)(?:上年全年|上年同期|去年同期|上年|去年|上月|上季度|"
    r"前?[一二三四]季度|上半年|前三季度|\d{1,2}\s*[-—–至]\s*\d{1,2}月份?|[12]\d{3}年)"
)
#: Words of a share or a rate other than a growth (its change is a share's or a level's).
_SHARE_WORDS = re.compile(r"比重|占比|比例|[^速幅]率")


def share_named(name: str) -> bool:
    """Whether an indicator's name says a part of a whole: a share, a rate of coverage or of
    compliance (conventions 8 and 33), as a table's row names it.

    >>> share_named("广播综合人口覆盖率"), share_named("城镇登记失业率"), share_named("合格率")
    (True, False, True)
    """
    return _SHARE.search(name) is not None


#: Verbs said only of a growth rate (``加快``, ``放缓``).
_RATE_ONLY_VERBS: Final = ("加快", "放缓", "减缓", "提速")
#: What a rate is compared with, when it is an earlier period of its own (a change).
_PRIOR_PERIOD = re.compile(
    r"[比较](?:上年|去年|上月|上季度?|上半年|前?[一二三四]季度|前三季度|同期|年初|[12]\d{3}年)"
)


#: A later item of a list of gaps (``比甲、乙分别低0.2、``): the gap word after 分别.
_LISTED_GAP = re.compile(
    r"分别(?P<verb>[低慢高快])了?[\d.]+(?:个百分点|个基点|个)?(?:、[\d.]+(?:个百分点|个基点|个)?)*[、和及]\s*$"
)


def _pp(prefix: str) -> tuple[int, str]:
    whole = _WHOLE_GAP.search(prefix.rstrip())
    if whole:
        return (-1 if whole["verb"] in ("低", "慢") else 1), "gap_vs_reference"
    listed = _LISTED_GAP.search(prefix) if "分别" in prefix else None
    if listed:  # 涨幅比甲、乙分别低0.2、0.1个百分点: the second is lower too
        return (-1 if listed["verb"] in ("低", "慢") else 1), "gap_vs_reference"
    if prefix.rstrip()[-1:] in ("低", "慢", "高", "快") or prefix.rstrip().endswith(
        ("低了", "慢了", "高了", "快了")
    ):
        gap = _RATE_GAP.search(prefix.rstrip())
        if gap:  # 涨幅低0.3个百分点: lower, negative
            sign = -1 if gap["verb"] in ("低", "慢") else 1
            if _PRIOR_PERIOD.search(gap.group()):
                return sign, "rate_change_vs_prior_period"
            return sign, "gap_vs_reference"
    verb = _last(_PP_VERB_SCAN, prefix)
    word = verb.group() if verb else ""
    narrowing = "降幅" in prefix
    if word in ("收窄", "缩小"):
        sign = 1 if narrowing else -1
    elif word == "扩大":
        sign = -1 if narrowing else 1
    else:
        sign = -1 if word in _PP_NEG else 1
    if (
        word in ("拉动", "上拉", "下拉", "贡献")
        or "拉动" in prefix  # (literal tests: a call of re.search each was a Python call)
        or "上拉" in prefix
        or "下拉" in prefix
        or _IMPACT.search(prefix)
    ):
        basis = "contribution"
    elif word in _GAP_VERBS:
        # 高于一季度累计增幅, 高于上年同期增幅: the rate against its own earlier
        # period is a change of it, not a gap with another place's or a target's
        prior = _PRIOR_AFTER_GAP.search(prefix) and not _SHARE_WORDS.search(prefix)
        basis = "rate_change_vs_prior_period" if prior else "gap_vs_reference"
    elif "增速" in prefix or "增幅" in prefix or "降幅" in prefix or "增长" in prefix:
        basis = "rate_change_vs_prior_period"
    elif word in _RATE_ONLY_VERBS and not _SHARE_WORDS.search(prefix):
        basis = "rate_change_vs_prior_period"  # 比1-4月加快0.3个百分点: only a rate speeds up
    else:
        basis = "share_change_vs_prev_year"
    return sign, basis


def _sign(prefix: str, pattern: re.Pattern[str], negatives: tuple[str, ...]) -> int:
    verb = _last(pattern, prefix)
    return -1 if verb and verb.group() in negatives else 1


#: (or 年平均 opening its clause: ``…相比,减少了9814人,年平均减少0.69%``)
_YEARS_AVERAGE = re.compile(r"(?:两|三|四|五|\d)年平均|^\s*年平均")
_BASE_YEAR = re.compile(r"(?:比|较|与)(?:[\u4e00-\u9fa5]{1,6}的)?[12]\d{3}年")


#: The words that set what a change is compared with: the period just before (环比, 比上月,
#: 较上季度) or the same period a year before (同比, 比上年同期, 较去年).
_COMPARED_TO = re.compile(
    r"(?P<before>环比|[与比较]上个?(?:月|季度?|周|旬))|同比|[与比较](?:上年|去年)同[期月]|[比较](?:上年|去年)"
)


def on_period_before(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the last comparison in ``text[start:end]`` is with the period just before
    (``环比``, ``与上月比``, ``较上季度``) rather than with the same period a year before.

    A month-on-month growth is a rate apart from the year-on-year one: its basis is
    ``prev_period``, and it never stands in for a year-on-year growth.

    >>> on_period_before("5月份价格环比上涨"), on_period_before("环比上涨0.2%,同比上涨")
    (True, False)
    >>> on_period_before("与上月比,价格总水平上涨"), on_period_before("比上年同期增长")
    (True, False)
    """
    said = None
    for said in _COMPARED_TO.finditer(text, start, len(text) if end is None else end):  # noqa: B007
        continue
    return said is not None and said["before"] is not None


def _growth_basis(prefix: str) -> str:
    if "年均" in prefix or ("年平均" in prefix and _YEARS_AVERAGE.search(prefix)):
        return "avg_annual"  # 两年平均增长6.2%
    if "年" in prefix and _BASE_YEAR.search(prefix):
        return "cumulative_vs_base_year"
    return "prev_year"


def qualifier(prefix: str, after: str, approx_inside: bool, clause: str = "") -> str | None:
    """The qualifier (突破, 超过, 以上, 近, 约) from the words around the number.

    ``clause`` is the clause up to the number: 约 before the first figure of a list holds
    for each (``约0.44和0.09个百分点``).

    Examples
    --------
    >>> qualifier("年度网络零售额约", "亿元", False), qualifier("", "个以上", False)
    ('约', None)
    >>> qualifier("", "以上。", False), qualifier("带动农户", ",", True)
    ('以上', '以上')
    >>> qualifier("建成不少于", "个", False), qualifier("覆盖率不低于", "%", False)
    ('以上', '以上')
    >>> qualifier("乡镇不超过", "个", False) is None
    True
    >>> qualifier("约占全县电力装机的", "", False), qualifier("集中签约", "个", False)
    ('约', None)
    >>> qualifier("和", "个百分点", False, "分别拉动上涨约0.44和")  # 约 before a list: each item's
    '约'

    """
    if approx_inside:
        return "以上"
    tail = prefix.rstrip()
    if tail[-1:] in _LIST_GLUE_CHARS and "约" in clause and _ABOUT_LIST.search(clause.rstrip()):
        return "约"
    for word, label in (
        _QUAL_BEFORE if ends_in(tail, _QUAL_LAST) and tail.endswith(_QUAL_WORDS) else ()
    ):
        if tail.endswith(word):
            if word == "约" and tail[-2:-1] in _NOT_ABOUT:
                break  # 签约17个项目, 节约3.2万吨: a word ending in 约, not "about"
            if label == "超过" and tail[: -len(word)].endswith("不"):
                break  # 不超过2个: a ceiling, which the guideline's qualifiers do not name
            return label
    if after.startswith(("以上", "余", "多")):
        return "以上"
    if "约占" in tail and _ABOUT_SHARE.search(tail):
        return "约"  # 约占全县电力装机的九成
    above = _ABOVE_SHARE.search(tail) if tail.endswith("的") else None
    if above:  # 超过全国总量的四分之一
        return dict(_QUAL_BEFORE)[above.group(1)]
    if after.startswith("左右"):
        return "约"
    return None


def denominator(subject: str, measure: str) -> str | None:
    """What a share is a share of (``占地区生产总值的比重`` → 地区生产总值).

    Examples
    --------
    >>> denominator("第三产业增加值占地区生产总值的比重", "share"), denominator("城镇化率", "share")
    ('地区生产总值', '常住人口')
    >>> denominator("市民生工程目标任务", "share"), denominator("就业完成省定目标任务", "share")
    ('市民生工程目标任务', '省定目标任务')
    >>> denominator("重点项目投资完成率", "share"), denominator("新建项目开工率", "share")
    ('年度计划', '计划开工项目')
    >>> denominator("森林覆盖率", "share"), denominator("城乡居民基本医疗保险参保率", "share")
    ('国土面积', '应参保人口')
    >>> denominator("社会物流总费用与GDP的比率", "share"), denominator("银行业不良贷款率", "share")
    ('GDP', '各项贷款')
    >>> denominator("农村劳动力转移率", "share"), denominator("转移率", "share")
    ('农村劳动力', None)
    """
    if measure != "share":
        return None
    rate = _COMPLETION_RATE.search(subject) if "率" in subject or "进度" in subject else None
    fulfilled = _FULFILMENT_RATE.search(subject) if "率" in subject else None
    if fulfilled:  # 资金到位率 of the funds agreed, 投达产率/履约率 of the projects
        projects = subject[: fulfilled.start()] or "签约项目"
        return projects + "签约资金" if fulfilled.group(1) else projects
    if rate:  # 投资完成率, 开工率: of the plan (convention 1)
        if rate.group(1) in ("开工", "签约"):
            return f"计划{rate.group(1)}项目"
        return "年度预算" if "预算" in subject else "年度计划"
    found = re.search(r"(?:占|与)(.+?)的?(?:比重|比例|份额|比率)", subject) or re.search(
        r"完成((?:(?!完成).)+?)的?$", subject
    )
    if found:
        return found.group(1)
    if "城镇化率" in subject:
        return "常住人口"
    if "率" in subject or "度" in subject:  # a rate of coverage: of its whole (convention 8)
        whole = next((w for rate, w in _COVERED_WHOLE if rate in subject), None)
        if whole is not None:
            return whole
        named = _PART_RATE.search(subject) if "率" in subject else None
        if named and named.start() >= 2:  # 农村劳动力转移率: of the rural labour force
            return _WHOLE_LEAD.sub("", subject[: named.start()]) or None
    if _NAMED_TARGET.fullmatch(subject):  # …,市民生工程目标任务的127%: of that target
        return subject
    return None


#: The whole of a rate of coverage (convention 8), where the rate's name tells it.
_COVERED_WHOLE: Final = (
    ("森林覆盖率", "国土面积"),
    ("植被盖度", "草原面积"),
    ("绿化覆盖率", "建成区面积"),
    ("参保率", "应参保人口"),
    ("入园率", "学龄前儿童"),
    ("入学率", "学龄人口"),
    ("产品销售率", "工业总产值"),
    ("产销率", "工业总产值"),
    ("不良贷款率", "各项贷款"),
    ("不良率", "各项贷款"),
)


#: A departure from the normal at a clause's end (``偏少``, ``偏高了``), or before the items
#: of a list (``偏少63小时、``).
_DEPARTS = re.compile(r"偏(多|少|高|低)了?(?:[\d.]+\s*[\u4e00-\u9fa5℃]{1,2}[、和及])*$")


#: A rate of the part of a group that resumed, came back or found work (``企业复工率``,
#: ``人员到岗率``, ``农村劳动力转移率``): a share of the group its subject names before it.
_PART_RATE = re.compile(r"(?:年末|年度|平均)?(?:复工|复产|到岗|返岗|转移|就业)率")
#: Words before the group that name no part of it (``目前``, ``全市``, ``其中``).
_WHOLE_LEAD = re.compile(r"^(?:目前|其中|全[国省市县区]|截至[^,，]*?)")


#: A completion rate (``投资完成率``, ``开工率``, ``预算完成进度``): a share of the plan.
_COMPLETION_RATE = re.compile(r"(完成|开工|签约)(?:率|进度)")


#: A rate of a plan's fulfilment: funds in place of those agreed (``资金到位率``), projects
#: producing or keeping their contract (``投达产率``, ``履约率``) of the projects.
_FULFILMENT_RATE = re.compile(r"(资金)?(?:到位|投达产|达产|履约)率")


#: A target named by itself (``市民生工程目标任务``, ``调整预算``): the whole of a share.
_NAMED_TARGET = re.compile(r"[\u4e00-\u9fa5]{0,10}(?:目标任务|目标|计划|预算)")


# --- Programmes of the year's livelihood projects (民生实事; round 16) -----------------------

#: The name of a programme of the year's livelihood projects: 民生实事, 为民实事, 惠民实事,
#: 十件实事, 为民兴办10件实事, and the lists named 惠民工程, 民心工程, 民生工程 (round 16, second
#: pass); not 我为群众办实事, a campaign, whose figures are what it did.
_PROGRAMME = re.compile(
    r"(?:民生|为民|惠民|利民|便民|暖心)实事|[\d一二三四五六七八九十百]+(?:件|项|个)[\u4e00-\u9fa5]{0,4}?实事"
    r"|为民办实事|(?:惠民|民心|民生)工程"
)
#: The literal words of which every programme's name ends in (the test before the regexes).
_PROGRAMME_WORDS: Final = ("实事", "惠民工程", "民心工程", "民生工程")
#: Where the next line naming a programme may be (one of ``_PROGRAMME_WORDS``).
_PROGRAMME_WORD = re.compile("|".join(_PROGRAMME_WORDS))
#: A report of results in a text's title or opening (its first lines): what was done,
#: not what will be (``…实事办理工作情况``, ``已全部落实``, ``在已过去的第三季度里``, 回眸).
_REPORT_OPENING = re.compile(
    r"工作情况|情况$|进展|成效|回眸|答卷|交账|收官|盘点|总结|截至|截止"
    r"|已(?:经|全部|基本|顺利|如期)?(?:完成|落实|办结|建成|竣工|投用)|均已|已过去|全面完成|圆满完成"
    r"|全部(?:完成|落实|办结)|[一二三四]季度|前三季度|上半年|\d+[-—－~至]\d+月"
    r"|满意度|民调|测评",  # a survey of how the programme was received (session 23)
    re.MULTILINE,
)
#: A date near the year's end in a text's opening (``29.12.2014``, ``2014-12-29``,
#: ``12月28日``): a text of then tells the year's results.
_YEAR_END_DATE = re.compile(r"\b[23]\d\.12\.\d{4}|\d{4}[-/.]12[-/.][23]\d|(?<!\d)12月[23]\d日")
#: Words of a title that announce a plan (``…实施方案``, ``…项目公布``, ``…十件惠民实事确定``).
_PLAN_TITLE = re.compile(r"实施方案|计划|公布|发布|确定|出炉|启动|将|拟|清单|兴办|目标")
#: A report of a programme's progress or completion: it states achievements, not targets
#: (the planned quantities it quotes say 计划/目标/任务, which :func:`decide` reads).
_PROGRESS = re.compile(
    r"进展|进度|完成情况|落实情况|推进情况|实施情况|办理情况|已完成|全部完成|圆满完成|基本完成|完成了"
    r"|截至|截止|上半年|下半年|前三季度|[一二三四]季度|\d+[-—－~至]\d+月|\d+月(?:底|末|份)"
    r"|总结|成效|回顾|通报|答卷|兑现|交账|收官|盘点|满意度|民调|测评"
)
#: A statistical text's title (统计公报, 监测报告, 经济运行): it reports results, and its
#: periods follow a release's rules.
STATISTICAL_TITLE = re.compile(r"公报|统计|监测|年鉴|快报|年报|经济运行")
#: Words that announce a programme still to be carried out (in a paragraph, not a heading).
#: (Not 办好 alone: ``是全力以赴办好12件民生实事的生动缩影`` looks back; 将办好 looks ahead.)
_ANNOUNCED = re.compile(
    r"将|(?<![重主需只])要|确定|明确|兴办|实施方案|计划|主要任务|重点任务|清单|拟|公布|发布|启动"
    r"|出炉|票选|票决"  # (a congress's vote makes the list: round 16, fourth pass)
)
#: Words of a report of work done, which no programme of planned work opens with.
#: (Not 确保完成, 力争完成, 坚决完成, 将完成: a pledge; round 16, third pass.)
_DONE_WORDS = re.compile(r"已|去年|上年|过去|(?<!确保|力争|坚决)(?<!将)完成|累计")
#: A top-level ordinal heading (``三、``, ``第二部分``): where a numbered section ends.
_TOP_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章))")
#: A second-level ordinal heading (``(三)``): a numbered part within a section.
_SUB_HEADING = re.compile(r"\s*[(（][一二三四五六七八九十]+[)）]")
#: An item of a list after an announcement (``一是``, ``1.``, ``(一)``, ``2。``, a bullet
#: ``●``/``■``/``◆``: round 16, third pass).
_LIST_ITEM = re.compile(
    r"\s*(?:[●•◆◇■□▪▲►★☆○◎]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][\d一二三四五六七八九十]+[)）]"
    r"|\d{1,2}[.．。、)）])"
)
#: The programme's own size after its number (``10件实事``, ``30项为民实事``, ``十个方面``).
_PROGRAMME_SIZE = re.compile(r"[\u4e00-\u9fa5“”\"]{0,6}?实事|方面|项目为")
#: The programme named before its size (``民生实事项目10大类``, then ``25项``).
_SIZE_BEFORE = re.compile(
    r"(?:实事|工程)(?:项目)?(?:共|计|共计|共涉及|涉及|包括|共有)?(?:[\d.]+(?:大类|类|个方面))?$"
)
#: Words of the past before a figure of a programme: what was done, not what is planned.
_PAST = re.compile(
    r"上年|去年|上一年|前年|往年|以往|过去|历年|此前|目前|截至|截止|已经?|累计|同比|共计完成|完成了|实现了"
    r"|全部完成|超额完成|圆满完成|顺利完成|如期完成|基本完成"
    r"|(?<!\d)[12]\d{3}年(?!的?基础)(?:以来|底|末)?"
)


#: The header cell of a column of targets in a table of tasks, right after 序号.
_TASK_COLUMN = re.compile(r"(?:目标任务|工作目标|年度目标|任务目标|目标内容|工作任务|重点任务)")
_SERIAL_CELL = re.compile(r"\d{1,3}")


def task_cells(text: str) -> list[tuple[int, int]]:
    r"""Where a table of tasks, flattened one cell per line, states each row's target:
    under a header ``序号 / 目标任务 / 牵头单位 / 完成时间 / 完成情况``, the cell right after
    each row's number (``52 / 建成高标准农田8.3万亩…``). Its figures are targets; the
    progress cells after it report what was done (session 23).

    >>> text = "序号\n目标任务\n牵头单位\n完成情况\n52\n建成农田8.3万亩。\n甲股\n已建成5万亩\n"
    >>> [text[a:b] for a, b in task_cells(text)]
    ['建成农田8.3万亩。']
    """
    if "序号" not in text:
        return []
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((position + len(line) - len(line.lstrip()), line.strip()))
        position += len(line) + 1
    out: list[tuple[int, int]] = []
    in_table = False
    for k, (_, cell) in enumerate(lines[:-1]):
        if cell == "序号" and _TASK_COLUMN.fullmatch(lines[k + 1][1]):
            in_table = True
        elif in_table and _SERIAL_CELL.fullmatch(cell) and k > 0 and lines[k - 1][1] != "序号":
            start, body = lines[k + 1]
            if not _SERIAL_CELL.fullmatch(body):
                out.append((start, start + len(body)))
    return out


def programme_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a programme of the year's livelihood projects still to be
    carried out (民生实事, 为民实事, 惠民实事, 十件实事 …): (start, end) of each part.

    Its planned quantities are targets (convention 13: a plan's figures), though they say
    neither 计划 nor 目标 (``新建幼儿园20所``). A part begins at

    - a heading (a line without a sentence end: the title, ``…2024年为民实事实施方案``) that
      names such a programme, and runs to the end of the text, or to the next heading of its
      level or above when it is numbered itself (``三、…民生实事``, ``(三)…民生实事``), or to
      a heading of progress;
    - a sentence announcing one (``今年将办好十件民生实事:``), and runs to the end of its
      paragraph and the list items right after it (with the short headings of their groups,
      ``交通出行方面``; when the list opens with an item's own heading, ``一、…提升工程``,
      each such heading takes its paragraph along).

    A report of progress or completion (进展, 完成情况, 已完成, 截至, 上半年 …) states
    achievements: its heading or sentence begins no part.

    Examples
    --------
    >>> text = "甲市2030年为民办理8件实事\\n一是新建公园6个。"
    >>> programme_spans(text) == [(0, len(text))]
    True
    >>> programme_spans("甲市2030年民生实事进展情况\\n已新建公园6个。")
    []
    >>> programme_spans("甲县2030年民生实事完成情况通报\\n全县确定的十件民生实事新建公园6个。")
    []
    >>> programme_spans("甲市2030年统计公报\\n十一、民生实事\\n全年新建公园6个。")
    []
    >>> text = "去年完成民生实事8件。\\n今年将办好十件民生实事:\\n一是新建公园6个。\\n其他工作。"
    >>> [text[a:b] for a, b in programme_spans(text)]
    ['今年将办好十件民生实事:\\n一是新建公园6个。']
    >>> programme_spans("一件件暖心的实事,是甲市全力以赴办好12件民生实事的生动缩影。")
    []
    """
    if not any(word in text for word in _PROGRAMME_WORDS):  # (literal tests for most texts)
        return []
    spans: list[tuple[int, int]] = []
    # a statistical bulletin or report (its title: 统计公报, 监测) tells the year's results:
    # its headings (十一、民生实事) begin no programme, only a sentence announcing one does
    title = text.lstrip()[:80].split("\n", 1)[0]
    bulletin = STATISTICAL_TITLE.search(title) is not None
    # a report of results (its title or opening says what was done) is no plan: its headings
    # begin no programme, only a sentence announcing one (明年将…) does; a title announcing
    # the plan (…实施方案, …项目公布) keeps it one though its opening looks back
    # (only a text whose topic is the programme, named in its title or opening: a work
    # report opening with 全面完成… still has its heading 办好十件民生实事 for the next year)
    if not bulletin and _PLAN_TITLE.search(title) is None and programme_named(opening(text)):
        bulletin = report_of_results(text)
    reported = False  # under the heading of a report of progress (民生实事完成情况通报)
    read_to = 0  # where the line before ended
    # (from one line naming 实事 to the next: the lines between are not read one by one)
    found = _PROGRAMME_WORD.search(text)
    while found:
        position = found.start()
        a = text.rfind("\n", 0, position) + 1
        b = text.find("\n", position)
        b = len(text) if b < 0 else b
        line = text[a:b]
        if reported and _TOP_LINE.search(text, read_to, a):
            reported = False  # 二、2031年工作安排: another section
        read_to = next_from = b
        heading = (
            len(line.strip()) <= 60
            and not any(stop in line for stop in "。,，;；")
            and not line.rstrip().endswith((":", "："))  # (it opens a list: read as a sentence)
        )
        progress = _PROGRESS.search(line) is not None
        if heading and _PROGRAMME.search(line):
            reported = progress
        if not _PROGRAMME.search(line) or (heading and progress) or reported:
            pass  # (a report's sentences, 确定的十件民生实事新建…, tell what was done)
        elif heading and not bulletin and not _DONE_WORDS.search(line):
            numbered = _TOP_HEADING.match(line) is not None
            sub = not numbered and _SUB_HEADING.match(line) is not None
            end = len(text)
            for c, d in _lines_after(text, b):
                later = text[c:d]
                if len(later.strip()) > 60 or "。" in later:
                    continue  # (a sentence: no heading)
                if (
                    ((numbered or sub) and _TOP_HEADING.match(later))
                    or (sub and _SUB_HEADING.match(later))  # (四)…: the next part
                    or (
                        _PROGRESS.search(later)
                        and (_PROGRAMME_WORD.search(later) or _TOP_HEADING.match(later))
                    )
                ):
                    end = c
                    break
            spans.append((a, end))
            next_from = read_to = end
        else:  # a sentence of a paragraph announcing the programme: from that sentence on
            for sentence in re.finditer(r"[^。；;!！?？]+[。；;!！?？]?", line):
                words = sentence.group()
                if (
                    _PROGRAMME.search(words)
                    and _ANNOUNCED.search(words)
                    and not _DONE_WORDS.search(words)
                    and not _PROGRESS.search(words)
                ):
                    end = b
                    # the line before is an item's own heading (一、…工程), in a list whose
                    # first line is one (items headed, each with its paragraph: round 16,
                    # fourth pass; not 三、加强政府自身建设 after items 一是…, 二是…)
                    titled = headed = False
                    for c, d in _lines_after(text, b):
                        later = text[c:d]
                        if not _LIST_ITEM.match(later) and (
                            len(later.strip()) > 20 or any(stop in later for stop in "。,，;；")
                        ):
                            if end == b and _pledge(later):
                                end = d  # …项目发布。\n今年,乙区将着力…: the pledge after it
                                continue
                            if titled and headed and not _DONE_WORDS.search(later):
                                titled = False  # 一、…工程\n在17个乡镇…: the item's paragraph
                                end = d
                                continue
                            break  # (neither an item nor the short heading of a group of items)
                        titled = (
                            _LIST_ITEM.match(later) is not None
                            and len(later.strip()) <= 40
                            and not any(stop in later for stop in "。,，;；")
                        )
                        headed = headed or (titled and end == b)
                        end = d
                    spans.append((a + sentence.start(), end))
                    break
        found = _PROGRAMME_WORD.search(text, next_from)
    return spans


def _pledge(paragraph: str) -> bool:
    """Whether ``paragraph`` (right after a sentence announcing a programme) pledges what
    will be done (将, 要 …) and tells nothing done (已, 去年, 完成情况 …).

    >>> _pledge("2030年,乙区将着力办好民生实事,坚决完成代表票决项目。"), _pledge("去年已建成公园6个。")
    (True, False)
    """
    return (
        _ANNOUNCED.search(paragraph) is not None
        and _DONE_WORDS.search(paragraph) is None
        and _PROGRESS.search(paragraph) is None
    )


def opening(text: str) -> str:
    """The title and first paragraph of ``text`` (its first two lines with words, at most
    200 characters): where a text says what it is about.

    >>> opening("标题\\n\\n  第一段。\\n第二段。")
    '标题\\n第一段。'
    """
    lines = [line.strip() for line in text[:400].split("\n") if line.strip()]
    return "\n".join(lines[:2])[:200]


def programme_size(after: str) -> bool:
    """Whether the words ``after`` a count (its unit and on) make it the size of a programme
    of livelihood projects (``19件民生实事``, ``10件实事``, ``十个方面``), not one of its items.

    >>> programme_size("件民生实事累计完成投资"), programme_size("所幼儿园")
    (True, False)
    """
    return _PROGRAMME_SIZE.match(after) is not None


def programme_named(text: str) -> bool:
    """Whether ``text`` names a programme of livelihood projects (民生实事, 民心工程 …).

    >>> programme_named("甲市20项民心工程又有16项完成"), programme_named("甲市工业增长5%")
    (True, False)
    """
    return any(word in text for word in _PROGRAMME_WORDS) and _PROGRAMME.search(text) is not None


def report_of_results(text: str) -> bool:
    """Whether ``text`` is a report of what was done (a programme's progress or
    completion), as its title or opening (the first 200 characters) says: 完成情况,
    工作情况, 已全部落实, 成效, 截至, a quarter or months done (``在已过去的第三季度里``,
    ``1至11月``), or a date near the year's end. Its figures are results, not targets.

    Examples
    --------
    >>> report_of_results("甲市改善民生8件实事办理工作情况\\n2030年,甲市实事均已完成。")
    True
    >>> report_of_results("30.12.2030\\n2030年,甲市为民办理8件实事,新建公园6个。")
    True
    >>> report_of_results("在已过去的第二季度里,甲市民心工程又有5项完成。")
    True
    >>> report_of_results("甲市2030年民生实事项目公布\\n甲市将新建公园6个。")
    False
    """
    opening = text.lstrip()[:200]
    return _REPORT_OPENING.search(opening) is not None or _YEAR_END_DATE.search(opening) is not None


#: A top-level heading line (``三、加强政府自身建设``): where a report's section ends.
_TOP_LINE = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章))[^\n。]{0,56}$",
    re.MULTILINE,
)


def _lines_after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line after the line ending at ``end``."""
    while end < len(text):
        start = end + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end


#: A project's own area (``总建筑面积``, ``用地面积``, a clause opening with 面积), unlike an
#: area the programme renews (``改造面积``, ``新增绿化面积``): a size, not a planned quantity.
_PROJECT_AREA = re.compile(r"建筑面积|用地|占地|总面积|^面积")


def planned(clause: str, sentence: str, after: str, measure: str, year: int | None) -> bool:
    """Whether a figure of a programme of planned work (:func:`programme_spans`) with this
    measure is one of its planned quantities, a target: a count, an amount or a share, not
    about the past (上年, 已, 累计, 截至目前, a year before ``year``) and not the size of the
    programme itself (``10件实事``, ``十个方面``: its count). ``clause`` is the clause before
    the figure, ``sentence`` the sentence up to it, ``after`` the text after it.

    Examples
    --------
    >>> planned("新建幼儿园", "一是新建幼儿园", "所,", "count", 2030)
    True
    >>> planned("为民兴办", "2030年,为民兴办", "件实事:", "count", 2030)
    False
    >>> planned("确定民生实事项目10大类", "确定民生实事项目10大类", "项,", "count", 2030)
    False
    >>> planned("已建成", "截至目前,已建成", "个", "count", 2030), planned("比", "", "", "abs_change", 2030)
    (False, False)
    >>> planned("覆盖率达到", "甲覆盖率达到", "%", "share", 2030), planned("完成率", "", "%", "share", 2030)
    (True, False)
    >>> planned("新建总建筑面积", "甲小学新建总建筑面积", "平方米", "level", 2030)
    False
    """
    if measure not in ("count", "level", "share"):
        return False
    if measure == "share" and ("完成" in clause or "进度" in clause):
        return False  # 完成率: progress against the plan (convention 1)
    if _PROGRAMME_SIZE.match(after) or (
        ("实事" in clause or ("工程" in clause and _PROGRAMME.search(clause)))
        and _SIZE_BEFORE.search(clause)
    ):  # (not a project's 工程: 实施路灯照明工程1500组 is planned)
        return False  # 10件实事, 民生实事项目10大类25项: the programme's size
    if "总投资" in clause or ("面积" in clause and _PROJECT_AREA.search(clause)):
        return False  # a project's planned size (convention 13: level): 总投资, 建筑面积, 用地面积
    for past in _PAST.finditer(sentence):
        word = past.group()
        if word[:1] not in "12":
            return False
        if year is None or int(word[:4]) < year or word.endswith("以来"):
            return False  # 2018年…, 2030年以来: before the programme's year
    return True

"""The demo's 牵头单位 (who answers for each indicator) and a few 原因说明 (示例).

The lead unit is the department that answers for an indicator at a 经济运行调度会, not the
unit that publishes it (``source_unit``). The statistics bureau (or the survey team) leads
only where the figure is its own work and no department drives it. Each entry says why.

County overrides: 定襄县 names its own departments, by dimension first and then by
indicator. The names follow the usual county naming (县发展和改革局 …); they are demo data,
not a record of the county's actual organisation. Other counties answer through their
government (``citystat.regions.leads``).

The causes are invented sentences marked 「（示例）」 and stored with ``is_synthetic``.
"""

from __future__ import annotations

from citystat.regions.actions import LeadUnitEntry

FGW = "市发展和改革委员会"
GXJ = "市工业和信息化局"
SWJ = "市商务局"
NYJ = "市能源局"
NNJ = "市农业农村局"
RSJ = "市人力资源和社会保障局"
STHJ = "市生态环境局"

# Indicator code → (city 牵头单位, why).
LEAD_UNITS: dict[str, tuple[str, str]] = {
    "gdp": (FGW, "综合经济部门统筹经济运行,统计局只负责核算"),
    "gdp_primary": (NNJ, "第一产业即农林牧渔业"),
    "gdp_secondary": (GXJ, "第二产业以工业为主"),
    "gdp_tertiary": (FGW, "服务业发展由发改委统筹"),
    "ind_va": (GXJ, "工业运行调度"),
    "ind_mining": (NYJ, "采矿业以煤炭开采为主,煤矿生产由能源局调度"),
    "ind_manufacturing": (GXJ, "制造业"),
    "ind_utilities": (NYJ, "电力、热力生产供应由能源局调度"),
    "sei_ngit": (GXJ, "战略性新兴产业培育"),
    "sei_green": (GXJ, "战略性新兴产业培育"),
    "sei_hiend": (GXJ, "战略性新兴产业培育"),
    "ind_waste": (GXJ, "制造业细分行业"),
    "ind_nee": (GXJ, "战略性新兴产业培育"),
    "trade": (SWJ, "外贸促进;海关为数据来源"),
    "export": (SWJ, "外贸促进;海关为数据来源"),
    "import": (SWJ, "外贸促进;海关为数据来源"),
    "fdi": (SWJ, "利用外资归口商务部门"),
    "investment_attracted": ("市投资促进中心", "招商引资的专责机构"),
    "rd_intensity": ("市科学技术局", "研发投入引导"),
    "hitech_firms": ("市科学技术局", "高新技术企业认定培育"),
    "tech_contracts": ("市科学技术局", "技术市场管理"),
    "sme_tech": ("市科学技术局", "科技型中小企业评价入库"),
    "population": ("市统计局", "常住人口由人口抽样调查推算,是统计部门本身的工作"),
    "urban_population": ("市统计局", "同常住人口,由抽样调查推算"),
    "urbanisation": (FGW, "新型城镇化工作由发改委牵头"),
    "re_investment": ("市住房和城乡建设局", "房地产市场调控"),
    "fiscal_revenue": ("市财政局", "预算收入组织"),
    "tax_revenue": ("国家税务总局忻州市税务局", "税收征管"),
    "market_entities": ("市市场监督管理局", "市场主体登记"),
    "new_market_entities": ("市市场监督管理局", "市场主体登记"),
    "fai": (FGW, "固定资产投资和重点项目调度"),
    "fai_primary": (FGW, "固定资产投资调度"),
    "fai_secondary": (GXJ, "工业投资和技术改造由工信局调度"),
    "fai_tertiary": (FGW, "固定资产投资调度"),
    "retail": (SWJ, "消费促进"),
    "retail_urban": (SWJ, "消费促进"),
    "retail_rural": (SWJ, "县域商业和农村消费"),
    "tourists": ("市文化和旅游局", "文旅市场"),
    "tourism_revenue": ("市文化和旅游局", "文旅市场"),
    "scenic_visitors": ("市文化和旅游局", "景区管理"),
    "scenic_revenue": ("市文化和旅游局", "景区管理"),
    "grain": (NNJ, "粮食生产"),
    "coal_output": (NYJ, "煤炭生产调度"),
    "power_capacity": (NYJ, "电源建设"),
    "ne_capacity": (NYJ, "新能源项目建设"),
    "safety_deaths": ("市应急管理局", "安全生产监管"),
    "income": (FGW, "居民增收由收入分配主管部门统筹(人社、农业农村分管两块);调查队只是数据来源"),
    "income_urban": (RSJ, "城镇居民收入以工资性收入为主,归口就业和工资部门"),
    "income_rural": (NNJ, "农民增收"),
    "new_jobs": (RSJ, "就业工作"),
    "unemployment": (RSJ, "就业工作;调查队为数据来源"),
    "pm25": (STHJ, "大气污染防治"),
    "good_air_days": (STHJ, "大气污染防治"),
    "water_good_sections": (STHJ, "水污染防治"),
    "water_good_ratio": (STHJ, "水污染防治"),
    "afforestation": ("市林业局", "国土绿化"),
    "yr_solid_waste": (STHJ, "固体废物治理"),
    "green_mines": ("市自然资源局", "绿色矿山建设"),
}

DINGXIANG = "140921"

# (indicator or dimension code, 牵头单位) for 定襄县: dimensions first, then the exceptions.
DINGXIANG_LEADS: tuple[tuple[str, str], ...] = (
    ("industry", "定襄县工业和信息化局"),
    ("opening", "定襄县商务局"),
    ("innovation", "定襄县科学技术局"),
    ("urban", "定襄县发展和改革局"),
    ("reform", "定襄县财政局"),
    ("market", "定襄县发展和改革局"),
    ("security", "定襄县能源局"),
    ("livelihood", "定襄县人力资源和社会保障局"),
    ("ecology", "忻州市生态环境局定襄分局"),
    ("gdp", "定襄县发展和改革局"),
    ("gdp_primary", "定襄县农业农村局"),
    ("gdp_secondary", "定襄县工业和信息化局"),
    ("gdp_tertiary", "定襄县发展和改革局"),
    ("ind_mining", "定襄县能源局"),
    ("ind_utilities", "定襄县能源局"),
    ("investment_attracted", "定襄县投资促进中心"),
    ("population", "定襄县统计局"),
    ("re_investment", "定襄县住房和城乡建设局"),
    ("tax_revenue", "国家税务总局定襄县税务局"),
    ("market_entities", "定襄县市场监督管理局"),
    ("new_market_entities", "定襄县市场监督管理局"),
    ("fai_secondary", "定襄县工业和信息化局"),
    ("retail", "定襄县商务局"),
    ("tourists", "定襄县文化和旅游局"),
    ("tourism_revenue", "定襄县文化和旅游局"),
    ("scenic_visitors", "定襄县文化和旅游局"),
    ("scenic_revenue", "定襄县文化和旅游局"),
    ("grain", "定襄县农业农村局"),
    ("safety_deaths", "定襄县应急管理局"),
    ("income", "定襄县发展和改革局"),
    ("income_rural", "定襄县农业农村局"),
    ("afforestation", "定襄县林业局"),
    ("green_mines", "定襄县自然资源局"),
)


def county_leads() -> list[LeadUnitEntry]:
    return [
        LeadUnitEntry(subject, DINGXIANG, unit, where=f"demo/leads.py 定襄县第{n}项")
        for n, (subject, unit) in enumerate(DINGXIANG_LEADS, start=1)
    ]


# (indicator, region, year, month, stage, unit, text): invented, neutral, marked 示例.
CAUSES: tuple[tuple[str, str, int, int, str, str, str], ...] = (
    (
        "fai",
        "140900",
        2023,
        9,
        "intake",
        FGW,
        "（示例）房地产开发投资下降拖累全市投资，部分新开工项目尚未形成实物工作量。",
    ),
    (
        "fiscal_revenue",
        "140900",
        2023,
        9,
        "intake",
        "市财政局",
        "（示例）煤炭价格同比回落，相关行业税收减少；上年同期一次性收入较多，基数偏高。",
    ),
    (
        "trade",
        "140900",
        2023,
        9,
        "intake",
        SWJ,
        "（示例）主要出口产品订单减少，进口原材料价格下行。",
    ),
    (
        "fai",
        "140900",
        2023,
        11,
        "intake",
        FGW,
        "（示例）新入库项目投资进度偏慢，房地产开发投资降幅收窄但仍为负。",
    ),
    (
        "fiscal_revenue",
        "140900",
        2023,
        11,
        "intake",
        "市财政局",
        "（示例）税收收入降幅较前三季度收窄，非税收入同比减少。",
    ),
    (
        "retail",
        "140900",
        2023,
        11,
        "review",
        "市统计局综合科",
        "（示例）汽车、石油制品类零售额增长放缓，餐饮收入保持较快增长。",
    ),
    (
        "ind_va",
        DINGXIANG,
        2023,
        9,
        "intake",
        "定襄县工业和信息化局",
        "（示例）部分规上企业停产检修，锻造产品订单减少。",
    ),
    (
        "fiscal_revenue",
        DINGXIANG,
        2023,
        9,
        "intake",
        "定襄县财政局",
        "（示例）上年同期一次性税收较多，基数偏高。",
    ),
    (
        "retail",
        DINGXIANG,
        2023,
        11,
        "intake",
        "定襄县商务局",
        "（示例）限额以上商贸企业销售额下滑，新增入库企业较少。",
    ),
    (
        "ind_va",
        DINGXIANG,
        2023,
        11,
        "review",
        "市统计局综合科",
        "（示例）经审核，降幅扩大主要受个别企业检修停产影响。",
    ),
)

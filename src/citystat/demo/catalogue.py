"""The demo indicator catalogue, with the parameters that shape its synthetic series.

Catalogue fields follow ``indicators.Indicator``; the ``gen`` fields (city level for 2022,
growth rates, seasonal profile, which units make up the city) only drive the synthetic data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    ("industry", "产业", "产业能级:工业、战略性新兴产业、产业链"),
    ("opening", "开放", "开放能级:进出口、利用外资、招商引资"),
    ("innovation", "创新", "创新能级:研发投入、高新技术企业、技术市场"),
    ("urban", "城市", "城市能级:人口、城镇化、城市建设"),
    ("reform", "改革", "改革能级:市场主体、财政"),
    ("market", "市场", "市场能级:投资、消费、文旅"),
    ("security", "安全", "安全能级:粮食、能源、安全生产"),
    ("livelihood", "民生", "民生:收入、就业"),
    ("ecology", "生态", "生态:空气、水、造林、固废"),
)


@dataclass(frozen=True)
class Spec:
    code: str
    name: str
    unit: str
    dimension: str
    kind: str = "flow"
    frequency: str = "monthly"
    cumulative: bool = True
    additive: bool = True
    polarity: str = "higher"
    growth_method: str = "computed"
    target_kind: str = "none"
    decimals: int = 2
    parent: str | None = None
    source_unit: str = "市统计局"
    is_key: bool = False
    combined_jan_feb: bool = True
    aliases: tuple[str, ...] = ()
    # Generation parameters (synthetic data only).
    city_2022: float = 0.0
    growth_2022: float = 5.0
    growth_2023: float = 5.0
    profile: str = "even"
    parts: str = "economy"
    spread: float = 3.0
    price_2023: float = 0.0
    target_2023: float | None = None
    region_weights: dict[str, float] = field(default_factory=dict)


# Relative size of each unit in the economy, used to split additive city totals.
ECONOMY_WEIGHTS: dict[str, float] = {
    "140902": 16.0, "140921": 6.0, "140922": 5.5, "140923": 6.2, "140924": 5.6, "140925": 8.5,
    "140926": 2.7, "140927": 2.6, "140928": 2.7, "140929": 2.4, "140930": 13.0, "140931": 15.0,
    "140932": 3.0, "140981": 13.5, "140971": 4.0,
}
COAL_WEIGHTS: dict[str, float] = {
    "140902": 1.0, "140921": 0.5, "140922": 1.5, "140923": 1.0, "140924": 1.0, "140925": 12.0,
    "140926": 1.5, "140927": 2.0, "140928": 1.5, "140929": 1.0, "140930": 16.0, "140931": 22.0,
    "140932": 3.0, "140981": 8.0, "140971": 0.0,
}
MANUFACTURING_WEIGHTS: dict[str, float] = {
    "140902": 10.0, "140921": 14.0, "140922": 3.0, "140923": 6.0, "140924": 6.0, "140925": 2.0,
    "140926": 1.0, "140927": 1.0, "140928": 1.0, "140929": 2.0, "140930": 4.0, "140931": 4.0,
    "140932": 1.0, "140981": 12.0, "140971": 16.0,
}
TOURISM_WEIGHTS: dict[str, float] = {
    "140902": 20.0, "140921": 3.0, "140922": 6.0, "140923": 9.0, "140924": 3.0, "140925": 8.0,
    "140926": 2.0, "140927": 1.5, "140928": 2.0, "140929": 1.5, "140930": 4.0, "140931": 2.0,
    "140932": 5.0, "140981": 5.0, "140972": 28.0,
}
FISCAL_WEIGHTS: dict[str, float] = {**ECONOMY_WEIGHTS, "140972": 0.6, "140999": 18.0}
FAI_WEIGHTS: dict[str, float] = {**ECONOMY_WEIGHTS, "140999": 8.0}

_IND = "industry"
S = Spec
CATALOGUE: tuple[Spec, ...] = (
    # 产业
    S("gdp", "地区生产总值", "亿元", _IND, frequency="quarterly", growth_method="reported", target_kind="growth",
      is_key=True, aliases=("GDP", "生产总值"), city_2022=1500.60, growth_2022=5.4, growth_2023=4.6,
      price_2023=-6.0, target_2023=6.0, spread=2.0),
    S("gdp_primary", "第一产业增加值", "亿元", _IND, frequency="quarterly", growth_method="reported", parent="gdp",
      city_2022=131.2, growth_2022=4.8, growth_2023=4.1, profile="agri", spread=1.0, region_weights={"140971": 0.0}),
    S("gdp_secondary", "第二产业增加值", "亿元", _IND, frequency="quarterly", growth_method="reported", parent="gdp",
      city_2022=765.0, growth_2022=6.1, growth_2023=4.2, price_2023=-12.0, region_weights=COAL_WEIGHTS, spread=2.5),
    S("gdp_tertiary", "第三产业增加值", "亿元", _IND, frequency="quarterly", growth_method="reported", parent="gdp",
      city_2022=604.4, growth_2022=4.4, growth_2023=5.3, spread=1.5),
    S("ind_va", "规模以上工业增加值", "亿元", _IND, growth_method="reported", target_kind="growth", is_key=True,
      aliases=("规上工业增加值", "规模以上工业增加值(可比价)"), city_2022=702.0, growth_2022=7.8, growth_2023=3.9,
      price_2023=-14.0, target_2023=6.5, region_weights=COAL_WEIGHTS, spread=4.0),
    S("ind_mining", "采矿业增加值", "亿元", _IND, growth_method="reported", parent="ind_va", city_2022=561.6,
      growth_2022=8.2, growth_2023=3.0, price_2023=-18.0, region_weights=COAL_WEIGHTS, spread=3.0),
    S("ind_manufacturing", "制造业增加值", "亿元", _IND, growth_method="reported", parent="ind_va", city_2022=91.3,
      growth_2022=5.5, growth_2023=8.6, region_weights=MANUFACTURING_WEIGHTS, spread=5.0),
    S("ind_utilities", "电力、热力、燃气及水生产和供应业增加值", "亿元", _IND, growth_method="reported", parent="ind_va",
      city_2022=49.1, growth_2022=6.0, growth_2023=5.2, spread=3.0, region_weights={"140971": 0.5}),
    S("sei_ngit", "新一代信息技术产业增加值", "亿元", _IND, growth_method="reported", parent="ind_va",
      city_2022=3.1, growth_2022=21.0, growth_2023=37.4, region_weights=MANUFACTURING_WEIGHTS, spread=8.0),
    S("sei_green", "节能环保产业增加值", "亿元", _IND, growth_method="reported", parent="ind_va",
      city_2022=6.2, growth_2022=9.5, growth_2023=16.0, region_weights=MANUFACTURING_WEIGHTS, spread=6.0),
    S("sei_hiend", "高端装备制造业增加值", "亿元", _IND, growth_method="reported", parent="ind_va",
      city_2022=9.8, growth_2022=14.0, growth_2023=29.9, region_weights=MANUFACTURING_WEIGHTS, spread=7.0),
    S("ind_waste", "废弃资源综合利用业增加值", "亿元", _IND, growth_method="reported", parent="ind_va",
      city_2022=2.4, growth_2022=6.0, growth_2023=13.2, region_weights=MANUFACTURING_WEIGHTS, spread=5.0),
    # City 2022 level chosen so that its 1-11月 base share of 规上工业 is 0.25% (seed: 上拉0.3个百分点).
    S("ind_nee", "新能源装备制造业增加值", "亿元", _IND, growth_method="reported", parent="ind_va",
      city_2022=1.755, growth_2022=35.0, growth_2023=120.0, decimals=3, region_weights=MANUFACTURING_WEIGHTS, spread=10.0),
    # 开放
    S("trade", "进出口总额", "亿元", "opening", is_key=True, target_kind="growth", city_2022=42.6, growth_2022=12.0,
      growth_2023=6.5, target_2023=8.0, region_weights=MANUFACTURING_WEIGHTS, spread=12.0, source_unit="忻州海关"),
    S("export", "出口总额", "亿元", "opening", parent="trade", city_2022=30.1, growth_2022=14.0, growth_2023=7.2,
      region_weights=MANUFACTURING_WEIGHTS, spread=12.0, source_unit="忻州海关"),
    S("import", "进口总额", "亿元", "opening", parent="trade", city_2022=12.5, growth_2022=7.0, growth_2023=4.8,
      region_weights=MANUFACTURING_WEIGHTS, spread=12.0, source_unit="忻州海关"),
    S("fdi", "实际使用外资", "万美元", "opening", decimals=0, city_2022=5200, growth_2022=8.0, growth_2023=-4.0,
      profile="lumpy", spread=20.0, source_unit="市商务局"),
    S("investment_attracted", "招商引资到位资金", "亿元", "opening", target_kind="level", city_2022=420.0,
      growth_2022=10.0, growth_2023=9.0, target_2023=460.0, spread=8.0, source_unit="市投资促进中心"),
    # 创新
    S("rd_intensity", "研发经费投入强度", "%", "innovation", kind="rate", frequency="annual", additive=False,
      growth_method="computed", city_2022=0.82, growth_2022=0.0, growth_2023=0.0, source_unit="市科技局"),
    S("hitech_firms", "高新技术企业数", "家", "innovation", kind="count", cumulative=False, decimals=0, is_key=True,
      city_2022=186, growth_2022=12.0, growth_2023=14.0, profile="stock", region_weights=MANUFACTURING_WEIGHTS,
      spread=6.0, source_unit="市科技局"),
    S("tech_contracts", "技术合同成交额", "亿元", "innovation", city_2022=6.3, growth_2022=30.0, growth_2023=24.0,
      profile="lumpy", region_weights=MANUFACTURING_WEIGHTS, spread=15.0, source_unit="市科技局"),
    S("sme_tech", "科技型中小企业数", "家", "innovation", kind="count", cumulative=False, decimals=0,
      city_2022=412, growth_2022=18.0, growth_2023=15.0, profile="stock", region_weights=MANUFACTURING_WEIGHTS,
      spread=8.0, source_unit="市科技局"),
    # 城市
    S("population", "常住人口", "万人", "urban", kind="stock", frequency="annual", cumulative=False, decimals=2,
      aliases=("常住人口(年末)", "年末常住人口"), city_2022=265.56, growth_2022=-0.3, growth_2023=-0.79, parts="population"),
    S("urban_population", "城镇常住人口", "万人", "urban", kind="stock", frequency="annual", cumulative=False,
      decimals=2, city_2022=146.96, parts="population"),
    S("urbanisation", "常住人口城镇化率", "%", "urban", kind="rate", frequency="annual", cumulative=False,
      additive=False, aliases=("城镇化率",), city_2022=55.34, is_key=True, parts="population"),
    S("re_investment", "房地产开发投资", "亿元", "urban", city_2022=98.0, growth_2022=-12.0, growth_2023=-9.5,
      profile="fai", spread=15.0, region_weights={**ECONOMY_WEIGHTS, "140902": 40.0}),
    # 改革
    S("fiscal_revenue", "一般公共预算收入", "亿元", "reform", is_key=True, target_kind="growth", combined_jan_feb=False,
      aliases=("一般公共预算收入(亿元)", "地方一般公共预算收入"), city_2022=183.4, growth_2022=28.0, growth_2023=-3.5,
      target_2023=5.0, region_weights=FISCAL_WEIGHTS, spread=8.0, source_unit="市财政局", profile="fiscal"),
    S("tax_revenue", "税收收入", "亿元", "reform", parent="fiscal_revenue", combined_jan_feb=False, city_2022=139.0,
      growth_2022=31.0, growth_2023=-6.0, region_weights=FISCAL_WEIGHTS, spread=8.0, source_unit="市财政局",
      profile="fiscal"),
    S("market_entities", "市场主体总量", "万户", "reform", kind="stock", cumulative=False, decimals=2,
      city_2022=27.8, growth_2022=7.5, growth_2023=6.8, profile="stock", spread=2.0, source_unit="市市场监管局"),
    S("new_market_entities", "新登记市场主体", "户", "reform", kind="count", decimals=0, city_2022=41200,
      growth_2022=5.0, growth_2023=8.0, spread=8.0, source_unit="市市场监管局"),
    # 市场
    S("fai", "固定资产投资", "亿元", "market", is_key=True, target_kind="growth", aliases=("固定资产投资(不含农户)",),
      city_2022=982.0, growth_2022=8.2, growth_2023=-2.1, target_2023=8.0, profile="fai", region_weights=FAI_WEIGHTS,
      spread=10.0),
    S("fai_primary", "第一产业投资", "亿元", "market", parent="fai", city_2022=61.0, growth_2022=-5.0,
      growth_2023=3.0, profile="fai", region_weights={**FAI_WEIGHTS, "140971": 0.0, "140999": 0.0}, spread=15.0),
    S("fai_secondary", "第二产业投资", "亿元", "market", parent="fai", city_2022=512.0, growth_2022=15.0,
      growth_2023=1.5, profile="fai", region_weights={**COAL_WEIGHTS, "140971": 6.0}, spread=12.0),
    S("fai_tertiary", "第三产业投资", "亿元", "market", parent="fai", city_2022=409.0, growth_2022=2.0,
      growth_2023=-7.0, profile="fai", region_weights=FAI_WEIGHTS, spread=12.0),
    S("retail", "社会消费品零售总额", "亿元", "market", is_key=True, target_kind="growth", aliases=("社零", "社会消费品零售额"),
      city_2022=548.0, growth_2022=2.6, growth_2023=5.9, target_2023=6.5, region_weights={**ECONOMY_WEIGHTS,
      "140902": 30.0, "140971": 1.0}, spread=1.5, source_unit="市统计局"),
    S("retail_urban", "城镇消费品零售额", "亿元", "market", parent="retail", city_2022=430.0, growth_2022=2.4,
      growth_2023=6.1, region_weights={**ECONOMY_WEIGHTS, "140902": 36.0, "140971": 1.0}, spread=1.5),
    S("retail_rural", "乡村消费品零售额", "亿元", "market", parent="retail", city_2022=118.0, growth_2022=3.3,
      growth_2023=5.2, region_weights={**ECONOMY_WEIGHTS, "140971": 0.0}, spread=1.5),
    S("tourists", "接待游客总人次", "万人次", "market", is_key=True, target_kind="growth", city_2022=3150.0,
      growth_2022=-18.0, growth_2023=72.0, target_2023=50.0, profile="tourism", parts="tourism", spread=15.0,
      source_unit="市文旅局"),
    S("tourism_revenue", "旅游总收入", "亿元", "market", city_2022=298.0, growth_2022=-20.0, growth_2023=78.0,
      profile="tourism", parts="tourism", spread=15.0, source_unit="市文旅局"),
    S("scenic_visitors", "重点监测景区接待人数", "万人次", "market", decimals=4, city_2022=1620.0,
      growth_2022=-25.0, growth_2023=85.0, profile="tourism", parts="tourism", spread=15.0, source_unit="市文旅局"),
    S("scenic_revenue", "重点监测景区经营收入", "万元", "market", decimals=3, city_2022=61000.0, growth_2022=-21.0,
      growth_2023=90.0, profile="tourism", parts="tourism", spread=15.0, source_unit="市文旅局"),
    # 安全
    S("grain", "粮食总产量", "万吨", "security", frequency="annual", decimals=2, is_key=True,
      aliases=("粮食产量",), city_2022=201.3, growth_2022=1.2, growth_2023=0.92, region_weights={**ECONOMY_WEIGHTS,
      "140971": 0.0, "140981": 22.0, "140902": 20.0, "140921": 9.0}, spread=2.0, source_unit="市农业农村局"),
    S("coal_output", "原煤产量", "万吨", "security", decimals=1, city_2022=16800.0, growth_2022=9.0, growth_2023=1.2,
      region_weights=COAL_WEIGHTS, spread=4.0, source_unit="市能源局"),
    S("power_capacity", "电力总装机容量", "万千瓦", "security", kind="stock", cumulative=False, decimals=2,
      city_2022=1660.0, growth_2022=9.0, growth_2023=10.5, profile="stock", spread=4.0, source_unit="市能源局"),
    S("ne_capacity", "新能源装机容量", "万千瓦", "security", kind="stock", cumulative=False, decimals=2, is_key=True,
      target_kind="level", aliases=("新能源装机", "新能源发电装机容量"), city_2022=905.0, growth_2022=16.0,
      growth_2023=15.5, profile="stock", target_2023=1000.0, spread=6.0, source_unit="市能源局",
      region_weights={**ECONOMY_WEIGHTS, "140971": 0.5, "140932": 10.0, "140929": 8.0, "140927": 8.0}),
    S("safety_deaths", "生产安全事故死亡人数", "人", "security", kind="count", decimals=0, polarity="lower",
      target_kind="level", city_2022=46, growth_2022=-8.0, growth_2023=-12.0, target_2023=42, profile="even",
      spread=30.0, source_unit="市应急管理局"),
    # 民生
    S("income", "居民人均可支配收入", "元", "livelihood", kind="flow", frequency="quarterly", additive=False,
      decimals=0, is_key=True, target_kind="growth", city_2022=27200, growth_2022=5.9, growth_2023=6.3,
      target_2023=6.5, parts="population", spread=0.8, source_unit="国家统计局忻州调查队"),
    S("income_urban", "城镇居民人均可支配收入", "元", "livelihood", kind="flow", frequency="quarterly",
      additive=False, decimals=0, city_2022=37600, growth_2022=5.3, growth_2023=5.1, parts="population", spread=0.8,
      source_unit="国家统计局忻州调查队"),
    S("income_rural", "农村居民人均可支配收入", "元", "livelihood", kind="flow", frequency="quarterly",
      additive=False, decimals=0, city_2022=13500, growth_2022=6.6, growth_2023=7.5, parts="population", spread=0.8,
      source_unit="国家统计局忻州调查队"),
    S("new_jobs", "城镇新增就业", "人", "livelihood", kind="count", decimals=0, is_key=True, target_kind="level",
      city_2022=30600, growth_2022=2.0, growth_2023=1.5, target_2023=30000, parts="population", spread=4.0,
      source_unit="市人社局", combined_jan_feb=False),
    S("unemployment", "城镇调查失业率", "%", "livelihood", kind="rate", cumulative=False, additive=False,
      polarity="lower", city_2022=5.6, parts="city_only", source_unit="国家统计局忻州调查队"),
    # 生态
    S("pm25", "PM2.5平均浓度", "微克/立方米", "ecology", kind="rate", additive=False, polarity="lower", decimals=0,
      is_key=True, target_kind="level", city_2022=34.0, growth_2022=-5.0, growth_2023=-3.0, target_2023=33.0,
      parts="population", source_unit="市生态环境局", combined_jan_feb=False),
    S("good_air_days", "空气质量优良天数比例", "%", "ecology", kind="rate", additive=False, decimals=1,
      city_2022=80.3, parts="population", source_unit="市生态环境局", combined_jan_feb=False),
    S("water_good_sections", "国考断面优良水质断面数", "个", "ecology", kind="count", cumulative=False, decimals=0,
      city_2022=13, parts="sections", source_unit="市生态环境局"),
    S("water_good_ratio", "国考断面优良水质比例", "%", "ecology", kind="rate", cumulative=False, additive=False,
      decimals=1, is_key=True, city_2022=92.9, parts="sections", source_unit="市生态环境局"),
    S("afforestation", "营造林面积", "万亩", "ecology", decimals=2, target_kind="level", aliases=("国省营造林", "造林面积"),
      city_2022=44.8, growth_2022=3.0, growth_2023=3.9, target_2023=45.0, profile="afforestation",
      region_weights={**ECONOMY_WEIGHTS, "140971": 0.0, "140926": 8.0, "140929": 8.0, "140927": 7.0},
      spread=8.0, source_unit="市林业局", combined_jan_feb=False),
    S("yr_solid_waste", "黄河流域固废清运量", "万吨", "ecology", decimals=2, city_2022=2.9, growth_2022=0.0,
      growth_2023=27.6, profile="even", parts="listed", region_weights={"140930": 5.0, "140931": 5.0, "140932": 3.0},
      spread=10.0, source_unit="市生态环境局", combined_jan_feb=False),
    S("green_mines", "省级绿色矿山数", "个", "ecology", kind="count", frequency="annual", cumulative=False,
      decimals=0, city_2022=6, region_weights=COAL_WEIGHTS, source_unit="市自然资源局"),
)

BY_CODE: dict[str, Spec] = {s.code: s for s in CATALOGUE}

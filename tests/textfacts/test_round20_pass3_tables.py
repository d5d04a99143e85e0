"""Round 20 of #13 (session 10), third pass: a bilingual yearbook table without bars.

A yearbook's table of indicators whose rows carry the English name and unit between the
Chinese label and the values (``林业人口 (人) Forestry Population (person) 95120 96733``)
was not read at all: the English words ran into the label, a comma of the English name
made the line a sentence, and the long English names made lines longer than a row. The
English run is now blanked before the row is read. The table here is our own (other
labels, other numbers) of that shape.
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.table_blocks import maybe_row

_TABLE = (
    "8-3 林业主要指标\n"
    "Main Indicators of Forestry\n"
    "项  目   Item   2022 2023\n"
    "林场户数         (户)   Number of Forest Farm Households          (household)   31250 32418\n"
    "林业人口         (人)   Forestry Population                       (person)   95120 96733\n"
    "林、果、茶、花业从业人员 (人)   Number of Employed Persons in Forestry, Fruit, Tea"
    " and Flower Growing, Including Seasonal Workers and Tenants"
    "                                             40215 41730\n"
    "造林面积      (公顷)   Area of Afforestation                       (hectare)   4521 4610\n"
    "林地机械化程度  (%)   Mechanization Degree of Forest Land          (%)   23.06 24.51\n"
    "林业用电量    (万千瓦·时)   Electricity Consumed in Forestry       (10000 kwh)   20415 20987\n"
    "林业总产值 (万元)   Gross Output Value of Forestry (10000 yuan)   385120 401266\n"
)


def test_a_bilingual_yearbook_table_without_bars() -> None:
    facts = extract(_TABLE, region="伊春市", year=2023)
    assert [(f.text_span, f.subject, f.measure, f.unit, f.value_base, f.period) for f in facts] == [
        ("31250", "林场户数", "count", "户", 31250.0, "2022"),
        ("32418", "林场户数", "count", "户", 32418.0, "2023"),
        ("95120", "林业人口", "level", "人", 95120.0, "2022"),
        ("96733", "林业人口", "level", "人", 96733.0, "2023"),
        ("40215", "林、果、茶、花业从业人员", "level", "人", 40215.0, "2022"),
        ("41730", "林、果、茶、花业从业人员", "level", "人", 41730.0, "2023"),
        ("4521", "造林面积", "level", "公顷", 67815.0, "2022"),
        ("4610", "造林面积", "level", "公顷", 69150.0, "2023"),
        ("23.06", "林地机械化程度", "share", "%", 23.06, "2022"),
        ("24.51", "林地机械化程度", "share", "%", 24.51, "2023"),
        ("20415", "林业用电量", "level", "万千瓦·时", 204150000.0, "2022"),
        ("20987", "林业用电量", "level", "万千瓦·时", 209870000.0, "2023"),
        ("385120", "林业总产值", "level", "万元", 3851200000.0, "2022"),
        ("401266", "林业总产值", "level", "万元", 4012660000.0, "2023"),
    ]


def test_an_english_name_in_prose_or_a_latin_label_is_kept() -> None:
    # a sentence stays a sentence; PM2.5 or GDP opening a label is no English run
    assert not maybe_row("全年造林4521公顷, Forestry grew, by 3 percent, over the year")
    text = "指 标 2022 2023\nPM2.5浓度(微克/立方米) 35 31\n降水量(毫米) 612 587\n"
    facts = extract(text, region="伊春市")
    assert [(f.text_span, f.subject, f.period) for f in facts] == [
        ("35", "PM2.5浓度", "2022"),
        ("31", "PM2.5浓度", "2023"),
        ("612", "降水量", "2022"),
        ("587", "降水量", "2023"),
    ]

"""`citystat load regions|catalogue|targets`: .csv and .xlsx alike, located refusals, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from citystat.cli import cli

FILES = Path(__file__).parent / "files"

pytestmark = pytest.mark.django_db


def _load(kind: str, path: Path, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["load", kind, str(path), *extra])


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _xlsx(tmp_path: Path, name: str, sheet: str, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _counts() -> tuple[int, int, int, int]:
    from citystat.indicators.models import Dimension, Indicator
    from citystat.regions.models import Region
    from citystat.targets.models import Target

    return (
        Region.objects.count(),
        Indicator.objects.count(),
        Dimension.objects.count(),
        Target.objects.count(),
    )


def test_a_region_file_in_xlsx_loads_like_its_csv(tmp_path: Path) -> None:
    from citystat.regions.models import Region, RegionAlias

    # The invented city's file calls it 全市 too, which in this database means the demo city.
    refused = _load("regions", FILES / "regions.csv")
    assert refused.output.splitlines() == [
        "[错误] 文件“regions.csv” 工作表“regions” 第3行 H列:名称或别名“全市”已指区划“140900”,"
        "同一名称不能指两个区划。请换一个别名,或先在管理后台修改原有别名。",
        "Error: 未载入区划:1 个错误,未写入任何数据(regions.csv)。",
    ]
    text = (FILES / "regions.csv").read_text(encoding="utf-8").replace("全市、", "")
    rows = [line.split(",") for line in text.splitlines()]
    path = _xlsx(tmp_path, "区划.xlsx", "区划", [r + [""] * (9 - len(r)) for r in rows])
    result = _load("regions", path)
    assert result.exit_code == 0, result.output
    assert result.output == "已载入区划:7 行(区划.xlsx)。\n"
    county = Region.objects.get(code="990521")
    assert (county.name, county.level, county.kind, county.parent and county.parent.code) == (
        "青柘县",
        "county",
        "county",
        "990500",
    )
    assert str(county.longitude) == "116.710000"
    assert RegionAlias.objects.get(alias="澄川高新区").region.code == "990571"
    again = _load("regions", path)  # the same rows again: updated, not doubled
    assert again.exit_code == 0 and Region.objects.filter(code__startswith="99").count() == 7


def test_a_bad_region_file_is_refused_whole_with_each_cell_named(tmp_path: Path) -> None:
    before = _counts()
    path = _csv(
        tmp_path,
        "regions.csv",
        "区划代码,名称,类型,上级代码,经度,颜色\n"
        "990500,澄川市,地级市,140000,116.4,\n"
        "99052,青柘县,县,990500,,\n",
    )
    result = _load("regions", path)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "[错误] 文件“regions.csv” 工作表“regions” 第1行 F列:表头“颜色”不是本文件的列。"
        "可用的列:区划代码、名称、类型、上级代码、简称、经度、纬度、别名、备注。",
        "[错误] 文件“regions.csv” 工作表“regions” 第3行 A列:区划代码“99052”应为6位数字,如 990521。",
        "Error: 未载入区划:2 个错误,未写入任何数据(regions.csv)。",
    ]
    path = _csv(
        tmp_path,
        "regions.csv",
        "区划代码,名称,类型,上级代码,经度\n"
        "990500,澄川市,地级市,140000,216.4\n"
        "990521,青柘县,乡,990500,\n"
        "990522,鹤汀县,县,,\n"
        "990523,石湾县,县,990599,\n",
    )
    assert _load("regions", path).output.splitlines() == [
        "[错误] 文件“regions.csv” 工作表“regions” 第2行 E列:216.4 超出 -180…180 度,请核对经纬度。",
        "[错误] 文件“regions.csv” 工作表“regions” 第3行 C列:类型“乡”无法识别。可填:省(province)、"
        "地级市(city)、市辖区(district)、县(county)、县级市(county_city)、开发区(dev_zone)、"
        "风景区(scenic_area)、市直/市本级(city_direct)。",
        "[错误] 文件“regions.csv” 工作表“regions” 第4行 D列:“鹤汀县”缺少上级代码。省以下区划必须填写。",
        "[错误] 文件“regions.csv” 工作表“regions” 第5行 D列:上级代码“990599”既不在本文件中,"
        "也不在数据库中。请先列出上级区划。",
        "Error: 未载入区划:4 个错误,未写入任何数据(regions.csv)。",
    ]
    assert _counts() == before


CATALOGUE_HEAD = (
    "指标代码,指标名称,计量单位,维度代码,维度名称,类型,构成于,其中项所属,按年累计,展示位置\n"
)


def test_a_bad_catalogue_is_refused_whole_with_each_cell_named(tmp_path: Path) -> None:
    before = _counts()
    path = _csv(
        tmp_path,
        "catalogue.csv",
        CATALOGUE_HEAD + "out,总产出,亿元,econ2,经济,流量,,,是,县区对比\n"
        "out_a,甲产出,万元,econ2,,流量,out,,也许,\n"
        "out_b,乙产出,亿元,newdim,,存量,,out_c,,\n"
        "out_c,丙产出,亿元,econ2,,流量,,out_b,,\n"
        "1x,丁,亿元,econ2,,流量,out,out,,\n",
    )
    result = _load("catalogue", path)
    assert result.exit_code == 1
    where = "[错误] 文件“catalogue.csv” 工作表“catalogue”"
    assert result.output.splitlines() == [
        f"{where} 第2行 J列:展示位置“县区对比”无法识别。可填:调度会材料:县(市、区)对比表"
        "(briefing_counties)、季度分析:县(市、区)位次(quarterly_counties)、"
        "专业镇页面:所在县指标(town_page)、重点项目:与之对照的投资指标(project_investment)。",
        f"{where} 第3行 I列:“也许”应为“是”或“否”。",
        f"{where} 第6行 A列:指标代码“1x”无效:以字母开头,只含字母、数字和下划线,"
        "不超过40个字符(如 grp_p1)。",
        f"{where} 第3行 G列:构成项的单位“万元”与“out”的单位“亿元”不同,不能相加或比较。",
        f"{where} 第4行 D列:维度“newdim”尚未建立:请在该维度第一次出现的行填写“维度名称”。",
        f"{where} 第6行 H列:一个指标不能既是构成项又是其中项:只填“构成于”或“其中项所属”之一。",
        f"{where} 第4行 H列:“out_b”的上级关系形成循环。",
        f"{where} 第5行 H列:“out_c”的上级关系形成循环。",
        "Error: 未载入指标体系:8 个错误,未写入任何数据(catalogue.csv)。",
    ]
    assert _counts() == before


def test_a_catalogue_loads_wholes_parts_subsets_and_places(tmp_path: Path) -> None:
    from citystat.indicators.models import Indicator, Placement

    path = _csv(
        tmp_path,
        "catalogue.csv",
        CATALOGUE_HEAD + "out_a,甲产出,亿元,econ2,,流量,out,,,\n"  # the part before its whole
        "out,总产出,亿元,econ2,经济二,流量,,,否,quarterly_counties\n"
        "out_x,其中:新产出,亿元,econ2,,流量,,out,,\n",
    )
    dry = _load("catalogue", path, "--dry-run")
    assert dry.output == "预检通过(未写入):指标体系 3 行(catalogue.csv)。\n"
    assert not Indicator.objects.filter(code="out").exists()
    assert _load("catalogue", path).output == "已载入指标体系:3 行(catalogue.csv)。\n"
    out = Indicator.objects.get(code="out")
    assert (out.dimension.name, out.cumulative, out.kind, out.frequency) == (
        "经济二",
        False,
        "flow",
        "monthly",
    )
    assert [i.code for i in out.components.all()] == ["out_a"]
    assert [i.code for i in out.subsets.all()] == ["out_x"]
    assert Placement.codes(Placement.Place.QUARTERLY_COUNTIES) == ("out",)
    # Places the file does not name keep the demo's choice.
    assert Placement.codes(Placement.Place.PROJECT_INVESTMENT) == ("fai",)


def test_a_targets_file_refused_for_an_indicator_without_targets_writes_nothing(
    tmp_path: Path,
) -> None:
    before = _counts()
    path = _csv(
        tmp_path,
        "targets.csv",
        "2024年度目标\n"
        "指标代码,指标名称,单位,目标类型,忻州市(140900),定襄县(140921)\n"
        "gdp,地区生产总值,%,增速目标(%),6.0,6.5\n"
        "gdp_primary,第一产业增加值,亿元,—,1,2\n",
    )
    result = _load("targets", path)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "[错误] 文件“targets.csv” 工作表“targets” 第4行 A列:指标代码“gdp_primary”不是设年度目标的指标。"
        "请使用模板中的指标代码。",
        "Error: 未载入年度目标:1 个错误,未写入任何数据(targets.csv)。",
    ]
    assert _counts() == before


def test_a_file_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    result = _load("regions", path)
    assert result.exit_code == 1
    assert (
        result.output.splitlines()[-1]
        == "Error: 未载入区划:1 个错误,未写入任何数据(regions.xlsx)。"
    )
    assert result.output.startswith("[错误] 文件“regions.xlsx” 文件:")

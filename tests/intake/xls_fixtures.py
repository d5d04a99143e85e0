"""The committed .xls fixtures and how they were made (CI has no LibreOffice).

Each ``fixtures/NAME.xls`` is LibreOffice's "MS Excel 97" conversion of ``fixtures/NAME.xlsx``,
which is committed beside it, so a test can check that both parse to the same thing.
The .xlsx files come from the same builders the other intake tests use (``helpers.xlsx``)
and from ``citystat template``. To remake them (needs ``soffice`` with Calc, and the
system ``python3`` with ``uno`` for the password-protected file):

    .venv/bin/python -m tests.intake.xls_fixtures
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PASSWORD = "1234"

GOOD = [
    ["指标代码", "指标名称", "计量单位", "本期值(2024年1-2月)", "同比增长(%)"],
    ["fai", "固定资产投资", "亿元", 3.20, 3.9],
    ["retail", "社会消费品零售总额", "亿元", 3.80, 5.0],
]


def _long() -> bytes:
    from tests.intake.helpers import xlsx

    return xlsx(GOOD)


def _text_in_number() -> bytes:
    from tests.intake.helpers import xlsx

    return xlsx([*GOOD, ["fiscal_revenue", "一般公共预算收入", "亿元", "约1.7亿", 3.0]])


def _merged_header() -> bytes:
    from tests.intake.helpers import xlsx

    rows = [
        ["县(市、区)", "固定资产投资", None, "社会消费品零售总额", None],
        [None, "1—11月", "±%", "本月止累计", "增幅"],
        ["忻府区", "１２３.４", "5.1", "1,234.5", 6.0],
        ["定襄县", 30.2, "-3.2", "45.6", "—"],
        ["合计", 153.6, None, 1280.1, None],
        [],
        ["注:本表数据为快报数。"],
    ]
    return xlsx(
        rows,
        title="各县(市、区)主要指标完成情况(2023年1-11月)",
        merges=["B2:C2", "D2:E2", "A2:A3"],
    )


def _wan_yuan_notes() -> bytes:
    from tests.intake.helpers import xlsx

    rows = [
        ["序号", "指标名称", "计量单位", "1-2月", "同比增长(%)", "备注"],
        [1, "固定资产投资(不含农户)", "万元", "32,000", 3.9, ""],
        [2, "社零", "亿元", 3.8, 5.0, "含网络零售"],
        [3, "一般公共预算收入", "亿元", "—", None, ""],
        [None, None, None, None, None, None],
        ["填表人:张三", None, None, None, None, None],
    ]
    return xlsx(rows, title="定襄县主要经济指标完成情况(2024年1-2月)")


def _county_problems() -> bytes:
    from tests.intake.helpers import xlsx

    rows = [
        ["地区", "指标名称", "1-2月", "增幅"],
        ["定襄县", "固定资产投资", 3.2, 3.9],
        ["东湖县", "固定资产投资", 1.1, 2.0],
        ["定襄县", "固定资产投资", 3.3, 4.0],
        ["140921", "社会消费品零售总额", 3.8, None],
    ]
    return xlsx(rows, title="各县主要指标(2024年1-2月)")


def _template_filled() -> bytes:
    """`citystat template --unit 140921 --period 2024-02` on the demo, fai filled in."""
    import openpyxl

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "CITYSTAT_HOME": home}
        env.pop("DATABASE_URL", None)
        exe = str(Path(sys.executable).with_name("citystat"))
        out = Path(home) / "t.xlsx"
        for args in (
            ["init"],
            ["demo"],
            ["template", "--unit", "140921", "--period", "2024-02", "--output", str(out)],
        ):
            subprocess.run([exe, *args], env=env, check=True, capture_output=True)
        wb = openpyxl.load_workbook(out)
    for row in wb["数据"].iter_rows(min_row=4):
        if row[0].value == "fai":
            row[4].value, row[5].value = 3.2, 3.9
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


SOURCES: dict[str, Callable[[], bytes]] = {
    "long": _long,
    "text_in_number": _text_in_number,
    "merged_header": _merged_header,
    "wan_yuan_notes": _wan_yuan_notes,
    "county_problems": _county_problems,
    "template_filled": _template_filled,
}

_ENCRYPT = """
import subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue

src, dst, password, profile = sys.argv[1:5]
proc = subprocess.Popen(
    ["soffice", "--headless", "--norestore", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
     "--accept=socket,host=127.0.0.1,port=2099;urp;"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def pv(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2099;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
    doc.storeToURL(uno.systemPathToFileUrl(dst), (pv("FilterName", "MS Excel 97"), pv("Password", password)))
    doc.close(True)
finally:
    proc.terminate()
    proc.wait(timeout=30)
"""


def _convert(src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    return outdir / f"{src.stem}.{fmt.split(':')[0]}"


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # helpers imports the models; any configured Django will do for building files.
        os.environ.setdefault("CITYSTAT_HOME", tmp)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citystat.site.settings")
        import django

        django.setup()
        work, profile = Path(tmp), Path(tmp) / "profile"
        for name, build in SOURCES.items():
            src = FIXTURES / f"{name}.xlsx"
            src.write_bytes(build())
            shutil.move(_convert(src, "xls", work, profile), FIXTURES / f"{name}.xls")
        # The long table saved with an opening password (LibreOffice: RC4, like Excel's).
        subprocess.run(
            [
                "/usr/bin/python3",
                "-c",
                _ENCRYPT,
                str(FIXTURES / "long.xlsx"),
                str(FIXTURES / "encrypted.xls"),
                PASSWORD,
                str(work / "uno-profile"),
            ],
            check=True,
        )
        # A Word 97-2003 document under an .xls name.
        note = work / "说明.txt"
        note.write_text("这是一份 Word 文档,不是报表。\n", encoding="utf-8")
        shutil.move(_convert(note, "doc", work, profile), FIXTURES / "word_document.xls")
    for path in sorted(FIXTURES.iterdir()):
        print(f"{path.stat().st_size:>7}  {path.relative_to(FIXTURES.parent)}")


if __name__ == "__main__":
    main()

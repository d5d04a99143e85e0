"""Round 19: speed of the compiled copy, mechanics only (the same facts).

The constants of the compiled modules are marked ``Final`` in the copy mypyc compiles
(:func:`compiled.mark_constants_final`), the record of a fact is compiled with the rules,
and a whole number is tidied without formatting it.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import random
from pathlib import Path

import pytest

from citystat.textfacts import Fact, compiled, extract
from citystat.textfacts.patterns import Token
from citystat.textfacts.units import _tidy, to_base

PACKAGE = Path(compiled.__file__).parent


def test_a_constant_bound_once_is_marked_final() -> None:
    source = (
        '"""Doc."""\n'
        "from __future__ import annotations\n"
        "\n"
        "import re\n"
        "\n"
        "_WORDS = ('甲', '乙')\n"
        "_SCAN = re.compile(r'丙+')\n"
        "LIMIT = 12\n"
    )
    marked = compiled.mark_constants_final(source)
    assert marked.splitlines() == [
        '"""Doc."""',
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "import re",
        "",
        "_WORDS: Final = ('甲', '乙')",
        "_SCAN: Final = re.compile(r'丙+')",
        "LIMIT: Final = 12",
    ]


def test_a_name_bound_twice_or_not_a_constant_is_left_alone() -> None:
    source = (
        "from typing import Final\n"
        "_TWICE = 1\n"
        "_TWICE = 2\n"
        "_GROWN = [1]\n"
        "_GROWN += [2]\n"
        "_LOOPED = 0\n"
        "for _LOOPED in range(3):\n"
        "    pass\n"
        "_GLOBAL = 0\n"
        "def f() -> None:\n"
        "    global _GLOBAL\n"
        "    _GLOBAL = 1\n"
        "_SHADOWED = 3\n"
        "def g() -> int:\n"
        "    _SHADOWED = 4\n"
        "    return _SHADOWED\n"
        "lower = 5\n"
        "_ANNOTATED: int = 6\n"
        "_A, _B = 7, 8\n"
        "_DONE: Final = 9\n"
        "_ONCE = 10\n"
    )
    marked = compiled.mark_constants_final(source)
    assert marked == source.replace("_ONCE = 10", "_ONCE: Final = 10")


def test_the_marked_copy_of_each_compiled_module_differs_only_by_the_marks() -> None:
    marked_total = 0
    for name in compiled.MODULES:
        source = (PACKAGE / f"{name}.py").read_text(encoding="utf-8")
        marked = compiled.mark_constants_final(source)
        ast.parse(marked)  # still Python
        original = source.splitlines()
        lines = marked.splitlines()
        if len(lines) == len(original) + 1:  # the import added
            lines.remove("from typing import Final")
        assert len(lines) == len(original)
        for before, after in zip(original, lines, strict=True):
            if before != after:
                assert after.replace(": Final = ", " = ", 1) == before
                marked_total += 1
    assert marked_total > 300  # (591 at round 19)


def test_the_record_of_a_fact_is_compiled_with_the_rules() -> None:
    assert "schema" in compiled.MODULES
    assert "extract" in compiled.MODULES


@pytest.mark.parametrize("record", [Fact, Token])
def test_a_written_out_init_takes_the_fields_in_order_with_their_defaults(record: type) -> None:
    if not hasattr(record.__init__, "__code__"):  # (the run of the pure-Python sources)
        pytest.skip("compiled: a native __init__ has no signature to read")
    parameters = list(inspect.signature(record.__init__).parameters.values())[1:]
    fields = dataclasses.fields(record)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert parameter.default == (
            inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        )


def test_a_fact_built_by_position_or_by_name_is_the_same() -> None:
    by_position = Fact(
        "f-001", "3个", 4, 6, "学校", "甲县", "2024", "count", 3.0, "个", 3.0, "count"
    )
    by_name = Fact(
        id="f-001",
        text_span="3个",
        char_start=4,
        char_end=6,
        subject="学校",
        region="甲县",
        period="2024",
        measure="count",
        value=3.0,
        unit="个",
        value_base=3.0,
        base_unit="count",
    )
    assert by_position == by_name
    assert by_position.to_dict() == {
        "id": "f-001",
        "text_span": "3个",
        "char_start": 4,
        "char_end": 6,
        "subject": "学校",
        "region": "甲县",
        "period": "2024",
        "measure": "count",
        "value": 3.0,
        "unit": "个",
        "value_base": 3.0,
        "base_unit": "count",
        "qualifier": None,
        "comparable_price": False,
        "denominator": None,
        "optional": False,
        "note": None,
        "basis": None,
        "region_code": None,
        "indicator": None,
    }
    assert dataclasses.replace(by_name, subject="医院").subject == "医院"
    assert Fact.from_dict(by_name.to_dict()) == by_name
    token = Token(0, 4, "5.2%", 5.2, "%", "number", chinese=True)
    assert (token.approx, token.chinese) == (False, True)


def test_a_whole_number_is_tidied_to_itself() -> None:
    rng = random.Random(19)
    wholes = [0.0, -0.0, 1.0, -7.0, 999999999999.0, -999999999999.0, 1e11, 123456789012.0]
    wholes += [float(rng.randrange(-(10**12) + 1, 10**12)) for _ in range(2000)]
    for number in wholes:
        tidy = _tidy(number)
        assert repr(tidy) == repr(float(f"{number:.12g}")) == repr(number)
    others = [1e12, -1e12, 1234567890123.0, 0.5, 9599.999999999998, 320000000.00000006]
    others += [rng.uniform(-1e6, 1e6) for _ in range(2000)]
    others += [rng.randrange(1, 10**6) * 1e-4 for _ in range(500)]
    for number in others:
        assert repr(_tidy(number)) == repr(float(f"{number:.12g}"))
    for whole in [0, 7, 70, -305, 14 * 10**6, 10**12, 10**13]:  # a product of whole numbers
        assert repr(_tidy(whole)) == repr(float(f"{whole:.12g}"))


def test_values_in_base_units_are_unchanged() -> None:
    assert to_base(0.96, "万个") == (9600.0, "count")
    assert to_base(3.2, "亿元") == (320000000.0, "yuan")
    assert repr(to_base(305, "天")) == repr((305.0, "day"))
    assert repr(to_base(7, "成")) == repr((70.0, "percent"))
    assert to_base(-2.75, "‰") == (-0.275, "percent")
    assert to_base(1.2, "万人次/日") == (12000.0, "person-time/day")


def test_facts_of_a_sentence_are_the_same() -> None:
    facts = extract(
        "全县新建公路38.5公里,完成投资4.2亿元,同比增长6.3%。", region="定襄县", year=2024
    )
    assert [(f.text_span, f.subject, f.measure, f.value_base, f.base_unit) for f in facts] == [
        ("38.5公里", "新建公路", "level", 38.5, "km"),
        ("4.2亿元", "新建公路完成投资", "level", 420000000.0, "yuan"),
        ("6.3%", "新建公路完成投资", "growth_yoy", 6.3, "percent"),
    ]

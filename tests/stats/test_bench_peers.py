"""The benchmark's peers compute the same figures as the engine (on a tiny dataset)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "engine.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("citystat_bench_engine", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


def test_peers_agree_with_the_engine(bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    data = bench.generate(40, 12, 2, seed=7)
    engine = bench.derive(data.observations, data.catalogue, data.regions, data.targets)
    bench._check("pandas", engine, bench.careful_pandas(data))
    small = bench.sample(data, 2)
    small_engine = bench.derive(small.observations, small.catalogue, small.regions, small.targets)
    bench._check("naive", small_engine, bench.naive(small))
    out = capsys.readouterr().out
    assert "check: pandas peer agrees" in out
    assert "check: naive peer agrees" in out

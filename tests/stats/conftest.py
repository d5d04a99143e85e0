"""A small hand-built dataset in the batch contract, shared by batch and CLI tests."""

from __future__ import annotations

import math

import pandas as pd
import pytest

NAN = math.nan


def _obs() -> pd.DataFrame:
    rows = [
        # FAI in county A: the synthetic retail series of methodology §1 (combined 1–2月).
        *[("FAI", "A", 2024, m, v) for m, v in [(2, 49000), (3, 75000), (4, 99000)]],
        *[("FAI", "A", 2025, m, v) for m, v in [(2, 52000), (3, 80500), (4, 106300)]],
        # County B: the FAI-by-industry example of §3 (month 4 only).
        ("FAI", "B", 2024, 4, 200),
        ("FAI", "B", 2025, 4, 220),
        ("FAI1", "B", 2024, 4, 20),
        ("FAI1", "B", 2025, 4, 18),
        ("FAI2", "B", 2024, 4, 80),
        ("FAI2", "B", 2025, 4, 100),
        # County C and the development zone, for ranks and exclusions.
        ("FAI", "C", 2024, 3, 700),
        ("FAI", "C", 2025, 3, 756),
        ("FAI", "C", 2024, 4, 1000),
        ("FAI", "C", 2025, 4, 1074),
        ("FAI", "KF", 2024, 4, 100),
        ("FAI", "KF", 2025, 4, 150),
        # The city total.
        ("FAI", "XZ", 2025, 4, 110000),
        # Unemployment: a rate, lower is better, ranked on the level.
        ("UNEMP", "A", 2025, 4, 5.24),
        ("UNEMP", "B", 2025, 4, 5.16),
        ("UNEMP", "C", 2025, 4, 4.9),
    ]
    frame = pd.DataFrame(rows, columns=["indicator", "region", "year", "month", "value"])
    frame["growth_reported"] = NAN
    iva = pd.DataFrame(
        {
            "indicator": ["IVA", "IVA"],
            "region": ["A", "A"],
            "year": [2024, 2025],
            "month": [3, 3],
            "value": [480.0, 500.0],
            "growth_reported": [NAN, 6.5],
        }
    )
    return pd.concat([frame, iva], ignore_index=True)


@pytest.fixture
def observations() -> pd.DataFrame:
    return _obs()


@pytest.fixture
def catalogue() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator": ["FAI", "FAI1", "FAI2", "IVA", "UNEMP"],
            "cumulative": [True, True, True, True, False],
            "additive": [True, True, True, True, False],
            "higher_is_better": [True, True, True, True, False],
            "growth_method": ["computed", "computed", "computed", "reported", "reported"],
            "decimals": [0, 0, 0, 1, 1],
            "growth_decimals": [1, 1, 1, 1, 1],
            "parent": [None, "FAI", "FAI", None, None],
            "progress_basis": ["months"] * 5,
        }
    )


@pytest.fixture
def regions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region": ["XZ", "A", "B", "C", "KF"],
            "parent": [None, "XZ", "XZ", "XZ", "XZ"],
            "rankable": [False, True, True, True, False],
        }
    )


@pytest.fixture
def targets() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator": ["FAI", "FAI"],
            "region": ["A", "C"],
            "year": [2025, 2025],
            "target_value": [150000.0, NAN],
            "target_growth": [8.0, 8.0],
        }
    )

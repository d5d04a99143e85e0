"""Input contract of the batch derivation: column names, defaults, coercion.

Pure: it checks and normalises DataFrames that the caller has already read.
The Django app and ``citystat compute`` both go through it, so a bad file gives
the same one-line message everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "CATALOGUE_COLUMNS",
    "OBSERVATION_COLUMNS",
    "REGION_COLUMNS",
    "TARGET_COLUMNS",
    "SchemaError",
    "as_bool",
    "as_number",
    "require",
]


class SchemaError(ValueError):
    """An input table does not follow the contract; the message is one line."""


# name → default (``REQUIRED`` when the column must be present)
REQUIRED: Any = object()

OBSERVATION_COLUMNS: Mapping[str, Any] = {
    "indicator": REQUIRED,
    "region": REQUIRED,
    "year": REQUIRED,
    "month": REQUIRED,
    "value": REQUIRED,
    "growth_reported": np.nan,
}
CATALOGUE_COLUMNS: Mapping[str, Any] = {
    "indicator": REQUIRED,
    "cumulative": REQUIRED,
    "additive": REQUIRED,
    "higher_is_better": REQUIRED,
    "growth_method": REQUIRED,
    "decimals": REQUIRED,
    "growth_decimals": 1,
    "parent": None,
    "subset_of": None,
    "progress_basis": "months",
    "rank_on": None,
}
REGION_COLUMNS: Mapping[str, Any] = {"region": REQUIRED, "parent": None, "rankable": True}
TARGET_COLUMNS: Mapping[str, Any] = {
    "indicator": REQUIRED,
    "region": REQUIRED,
    "year": REQUIRED,
    "target_value": np.nan,
    "target_growth": np.nan,
}

_TRUE = {"true", "t", "1", "1.0", "yes", "y", "是"}
_FALSE = {"false", "f", "0", "0.0", "no", "n", "否", ""}


def require(frame: pd.DataFrame, columns: Mapping[str, Any], table: str) -> pd.DataFrame:
    """Check required columns and add missing optional ones with their default.

    Examples
    --------
    >>> require(pd.DataFrame({"region": ["a"]}), REGION_COLUMNS, "regions").columns.tolist()
    ['region', 'parent', 'rankable']
    >>> require(pd.DataFrame({"x": [1]}), REGION_COLUMNS, "regions")
    Traceback (most recent call last):
    ...
    citystat.stats.schema.SchemaError: regions: missing column 'region'
    """
    missing = [
        name for name, default in columns.items() if default is REQUIRED and name not in frame
    ]
    if missing:
        raise SchemaError(f"{table}: missing column {missing[0]!r}")
    extra = {name: default for name, default in columns.items() if name not in frame}
    if not extra:
        return frame
    return frame.assign(**{name: [default] * len(frame) for name, default in extra.items()})


def as_bool(values: pd.Series, table: str, column: str) -> np.ndarray:
    """A boolean column from bools, 0/1 or words (true/false, yes/no, 是/否).

    Examples
    --------
    >>> as_bool(pd.Series(["True", "否", 1]), "catalogue", "additive").tolist()
    [True, False, True]
    """
    if values.dtype == bool:
        return values.to_numpy()
    words = values.astype(str).str.strip().str.lower()
    truth = words.isin(_TRUE).to_numpy()
    falsity = words.isin(_FALSE).to_numpy() | values.isna().to_numpy()
    bad = ~(truth | falsity)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise SchemaError(
            f"{table}: column {column!r} row {row + 1}: not a yes/no value: {values.iloc[row]!r}"
        )
    return truth


def as_number(values: pd.Series, table: str, column: str) -> np.ndarray:
    """A float column; blanks become NaN, anything else non-numeric is an error.

    Examples
    --------
    >>> as_number(pd.Series(["1.5", "", None]), "observations", "value").tolist()
    [1.5, nan, nan]
    >>> as_number(pd.Series(["1.5", "abc"]), "observations", "value")
    Traceback (most recent call last):
    ...
    citystat.stats.schema.SchemaError: observations: column 'value' row 2: not a number: 'abc'
    """
    if pd.api.types.is_numeric_dtype(values.dtype) and values.dtype != bool:
        return values.to_numpy(dtype=np.float64, na_value=np.nan)
    text = values.astype("string").str.strip().str.replace(",", "", regex=False)
    numbers = pd.to_numeric(text.replace("", pd.NA), errors="coerce")
    bad = (
        numbers.isna().to_numpy()
        & text.notna().to_numpy()
        & (text != "").to_numpy(dtype=bool, na_value=False)
    )
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise SchemaError(
            f"{table}: column {column!r} row {row + 1}: not a number: {values.iloc[row]!r}"
        )
    return numbers.to_numpy(dtype=np.float64, na_value=np.nan)


def as_codes(
    values: pd.Series, categories: Sequence[str] | pd.Index, table: str, column: str
) -> np.ndarray:
    """Integer codes of ``values`` in ``categories``; unknown or blank codes are errors.

    Examples
    --------
    >>> as_codes(pd.Series(["b", "a"]), ["a", "b"], "observations", "region").tolist()
    [1, 0]
    """
    codes = pd.Categorical(values, categories=categories).codes
    if (codes < 0).any():
        row = int(np.flatnonzero(codes < 0)[0])
        raise SchemaError(
            f"{table}: column {column!r} row {row + 1}: unknown code {values.iloc[row]!r}"
        )
    return np.asarray(codes)

"""The statistics core stays pure: importing it loads no Django."""

from __future__ import annotations

import subprocess
import sys


def test_importing_citystat_stats_loads_no_django() -> None:
    code = (
        "import sys, citystat.stats, citystat.stats.batch;"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'));"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_scalar_api_does_not_import_pandas() -> None:
    code = "import sys, citystat.stats; print('pandas' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

"""The parsing, harmonising and checking stages import no Django."""

from __future__ import annotations

import subprocess
import sys


def test_pure_stages_do_not_load_django():
    code = (
        "import sys\n"
        "import citystat.importers.checks, citystat.importers.harmonise, citystat.importers.parse\n"
        "import citystat.importers.template, citystat.importers.units, citystat.importers.numbers\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

#!/bin/sh
# Opt-in: a copy of the package with citystat.textfacts compiled by mypyc (issue 13, see
# docs/textfacts.md, "Round 8: speed"). Nothing in src/ changes: the compiled copy goes to
# build/textfacts-mypyc/ (ignored by git), used only when put first on the path:
#
#   sh bench/compile_textfacts.sh            # about 3 minutes of one core
#   PYTHONPATH=build/textfacts-mypyc .venv/bin/python bench/textfacts.py
#
# A stale copy would read text by old rules: the bench prints which extractor it timed, and
# this script rebuilds from the current src/ each time. mypyc comes with mypy (a dev
# dependency); the modules are compiled with the package's own type annotations, checked
# at run time by the compiled code.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-"$root/.venv/bin/python"}
out="$root/build/textfacts-mypyc"
rm -rf "$out"
mkdir -p "$out"
cp -R "$root/src/citystat" "$out/citystat"
find "$out" -name __pycache__ -prune -exec rm -rf {} +
cd "$out"
printf '[mypy]\nignore_missing_imports = True\n' > mypy.ini
modules="extract measures subjects lists periods patterns units numbers scanning tables regions normalise"
files=""
for m in $modules; do files="$files citystat/textfacts/$m.py"; done
# shellcheck disable=SC2086  # (the file list is split on purpose)
"$python" -m mypyc --config-file mypy.ini $files
rm -rf build mypy.ini
echo "compiled: $(ls citystat/textfacts/*.so | wc -l) modules in $out"

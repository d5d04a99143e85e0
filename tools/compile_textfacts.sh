#!/bin/sh
# Compile the text-fact extractor with mypyc (issue 13: 1 MB/s on dense text needs it; pure
# Python reads about 0.85 MB/s). Run by `make install` where a C compiler is present; about
# 1.5 minutes of one core on a quiet machine, 3-5 under load.
#
# The modules named in citystat.textfacts.compiled.MODULES are compiled in a scratch copy of
# the package; only the built libraries land in src/citystat/textfacts/_mypyc/ (ignored by
# git), with the digest of the sources they were built from. The package uses them only
# while that digest matches its sources (citystat/textfacts/compiled.py), so an edited rule
# runs as pure Python until this script runs again; nothing in src/ is replaced.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-"$root/.venv/bin/python"}
package="$root/src/citystat/textfacts"
out="$package/_mypyc"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -R "$root/src/citystat" "$scratch/citystat"
find "$scratch" -name __pycache__ -prune -exec rm -rf {} +
rm -rf "$scratch/citystat/textfacts/_mypyc"
cd "$scratch"
printf '[mypy]\nignore_missing_imports = True\n' > mypy.ini
modules=$(PYTHONPATH="$scratch" CITYSTAT_TEXTFACTS_PURE=1 "$python" -c \
  'from citystat.textfacts.compiled import MODULES; print(" ".join(MODULES))')
files=""
for m in $modules; do files="$files citystat/textfacts/$m.py"; done
# The digest of the sources as written, taken before the constants are marked below.
digest=$(PYTHONPATH="$scratch" CITYSTAT_TEXTFACTS_PURE=1 "$python" -c \
  'import pathlib, citystat.textfacts.compiled as c; print(c.sources_digest(pathlib.Path(c.__file__).parent))')
cp -R citystat/textfacts "$scratch/as_written"
# Module constants marked Final in the copy compiled, so that the compiled rules read them
# from C variables, not from the module's dictionary (round 19; see
# citystat.textfacts.compiled.mark_constants_final). Should mypyc refuse the marked copy,
# the sources as written are compiled instead (as before round 19).
# shellcheck disable=SC2086  # (the file list is split on purpose)
PYTHONPATH="$scratch" CITYSTAT_TEXTFACTS_PURE=1 "$python" -c \
  'import pathlib, sys; from citystat.textfacts.compiled import mark_constants_final as mark
for p in map(pathlib.Path, sys.argv[1:]): p.write_text(mark(p.read_text(encoding="utf-8")), encoding="utf-8")' $files
# shellcheck disable=SC2086
"$python" -m mypyc --config-file mypy.ini $files >"$scratch/mypyc.log" 2>&1 || {
  tail -5 "$scratch/mypyc.log" >&2
  echo "compiling with the constants marked Final failed: compiling the sources as written" >&2
  for m in $modules; do cp "$scratch/as_written/$m.py" citystat/textfacts/; done
  # shellcheck disable=SC2086
  "$python" -m mypyc --config-file mypy.ini $files >"$scratch/mypyc.log" 2>&1 || {
    tail -20 "$scratch/mypyc.log" >&2
    exit 1
  }
}
rm -rf "$out"
mkdir -p "$out"
cp ./*__mypyc.*so "$out/" 2>/dev/null || cp ./*__mypyc*.pyd "$out/"
for m in $modules; do cp citystat/textfacts/"$m".*.so "$out/" 2>/dev/null || cp citystat/textfacts/"$m".*.pyd "$out/"; done
# The digest of the sources compiled (the scratch copy's as written, identical to src/ at
# the copy).
echo "$digest" > "$out/SOURCES"
echo "compiled: $(ls "$out" | grep -c '\.so$\|\.pyd$') libraries in $out"

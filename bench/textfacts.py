"""Throughput of the text-fact extractor on simplified text, in one process (issue 13).

Three inputs, each repeated (whole paragraphs) to the sizes measured:

- *article*: the seed article (``../shared/seed/``, a published government report of
  about 130 characters per fact), read at run time and skipped when absent;
- *dense*: the in-house corpus (``tests/textfacts/corpus``, simplified texts only,
  invented figures; about 18 characters per fact, bulletins and tables), always there:
  the hard case of the goal (≥ 1 MB/s), since the time goes per figure, not per character;
  also once without repetition (*once*), since the extractor caches the clean-up of
  phrases: a repeated text finds its phrases cached, a new one mostly does not (every
  run starts with empty caches);
- *run-on*: the article as one line without any sentence end (。 and line breaks made
  commas), half the largest size: text pasted without breaks must read in linear time.

Throughput is UTF-8 megabytes of input per CPU second of this process (1 MB = 10^6 bytes,
a Chinese character is 3 bytes; CPU time, so that other load on the machine does not
count), best of three runs. Several sizes show whether the time grows linearly with the
length: MB/s should stay about the same from the smallest to the largest.

Run ``python bench/textfacts.py`` (``--quick`` for a small smoke run). The last line
reads ``textfacts: D MB/s dense (O each text once), R MB/s on the article, … (goal 1 MB/s
on each: met|not met), linear: ratio X …; EXTRACTOR; load average L``. CPU time still depends on the
load of a shared machine (two cores shared by several processes run slower), so the load
average at the end is printed with it: compare figures taken at about the same load.

The last line also names the extractor timed: ``compiled (mypyc)`` when the package uses
the copy ``make install`` compiles (``tools/compile_textfacts.sh``; used only while it matches
the sources), else ``pure Python`` (``CITYSTAT_TEXTFACTS_PURE=1`` times that one; see
docs/textfacts.md, *The compiled extractor, used by default*).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from citystat.textfacts import extract
from citystat.textfacts.normalise import is_traditional
from citystat.textfacts.subjects import clean
from citystat.textfacts.units import split_unit, unit_info

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "textfacts" / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "000_3b3bfd8559e18818.txt"
GOAL = 1.0  # MB/s, issue 13


def extractor() -> str:
    """Which extractor is timed: the compiled copy's modules are extension modules."""
    source = getattr(sys.modules["citystat.textfacts.extract"], "__file__", "") or ""
    return "compiled (mypyc)" if source.endswith((".so", ".pyd")) else "pure Python"


def corpus_text() -> str:
    """The simplified in-house texts, one paragraph block each."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    texts = [(CORPUS / f"{name}.txt").read_text(encoding="utf-8") for name in sorted(manifest)]
    return "\n".join(t for t in texts if not is_traditional(t))


def sized(base: str, megabytes: float) -> str:
    """``base`` repeated (whole paragraphs) up to about ``megabytes`` of UTF-8."""
    unit = len(base.encode("utf-8"))
    copies = max(1, round(megabytes * 1e6 / unit))
    return "\n".join([base] * copies)


def measure(text: str) -> tuple[float, float, int]:
    """(MB, CPU seconds, facts) of extracting ``text``, best of three runs."""
    size = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    facts = 0
    for _ in range(3):
        clean.cache_clear()  # each run starts cold: the caches of phrases and units
        split_unit.cache_clear()
        unit_info.cache_clear()
        started = time.process_time()
        facts = len(extract(text, region="定襄县", year=2023))
        best = min(best, time.process_time() - started)
    return size, best, facts


def series(name: str, base: str, sizes: list[float]) -> list[float]:
    """MB/s at each size, printed one line per size."""
    rates = []
    for megabytes in sizes:
        size, seconds, facts = measure(sized(base, megabytes))
        rates.append(size / seconds)
        print(
            f"{name:<8}{size:6.2f} MB  {seconds:6.2f} s  {size / seconds:5.2f} MB/s  "
            f"{facts} facts ({len(sized(base, megabytes)) // max(facts, 1)} characters a fact)"
        )
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    args = parser.parse_args()
    sizes = [0.1, 0.2] if args.quick else [0.25, 0.5, 1.0, 2.0]
    extract("全县地区生产总值增长5%。", region="定襄县", year=2023)  # tables and patterns built
    corpus = corpus_text()
    size, seconds, facts = measure(corpus)  # each text once: no phrase seen in a copy before
    once = size / seconds
    print(
        f"once    {size:6.2f} MB  {seconds:6.2f} s  {once:5.2f} MB/s  {facts} facts (dense, each text once)"
    )
    dense_sizes = sizes[:2]
    dense = series("dense", corpus, dense_sizes)
    if not SEED.exists():
        print(
            f"textfacts: {dense[-1]:.2f} MB/s dense ({once:.2f} each text once; no seed article); "
            f"{extractor()}; load average {os.getloadavg()[0]:.2f}"
        )
        return
    seed = SEED.read_text(encoding="utf-8")
    article = series("article", seed, sizes)
    # One line, no sentence end: the article's 。 and line breaks made commas (a pasted
    # run-on text); was quadratic (every number's sentence the whole text).
    run_on = sized(seed, sizes[-1] / 2).replace("\n", "，").replace("。", "，")
    size, seconds, _ = measure(run_on)
    print(f"run-on  {size:6.2f} MB  {seconds:6.2f} s  {size / seconds:5.2f} MB/s  (no line breaks)")
    met = "met" if min(dense[-1], article[-1], size / seconds) >= GOAL else "not met"
    print(
        f"textfacts: {dense[-1]:.2f} MB/s dense ({once:.2f} each text once), "
        f"{article[-1]:.2f} MB/s on the article, {size / seconds:.2f} MB/s run-on "
        f"(goal {GOAL:g} MB/s on each: {met}), "
        f"linear: ratio {article[-1] / article[0]:.2f} "
        f"(MB/s at {sizes[-1]:g} MB over {sizes[0]:g} MB; 1.00 = linear; "
        f"dense {dense[-1] / dense[0]:.2f} at {dense_sizes[-1]:g} over {dense_sizes[0]:g} MB); "
        f"{extractor()}; load average {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()

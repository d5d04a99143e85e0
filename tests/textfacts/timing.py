"""CPU seconds of a piece of work, for the tests that check reading stays linear.

The suite's process holds everything the earlier tests left alive, so a full garbage
collection that falls inside one timed run costs more than the run itself (CI saw a
linear reading take 12.6 times as long for 4 times the text). The collector is run before
and kept off during each run, and the least of three runs is taken: a run the machine
interrupted says nothing about the code.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def least_cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best

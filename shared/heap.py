"""Keeping the garbage collector's full collections short in a long-running process.

CPython's oldest generation holds every object that has survived two collections; in a service
that is nearly everything imported and built at start-up (SQLAlchemy's and pydantic's schemas,
the routes, aiokafka, …), a few hundred thousand objects, and each full collection walks them
all. In the registry API serving 50-row list pages that walk took 90 to 107 ms, paid by whichever
request was running — the single slow pages the reads benchmark showed. Moved out of the
collector's sight once start-up is done, they are no longer walked: full collections took ~1 ms.
(Measured with `gc.callbacks` around 60 page builds; README "Performance".)

Young collections come far less often too. At CPython's default (one when 700 more container
objects are alive than at the last), a list page — some thousands of dicts, lists and models
alive at once while it is built — set off several mid-request, each walking the page being built
and moving it to an older generation to be walked again; nearly all of it is freed by reference
counting moments later anyway. At 10 000 a request rarely reaches one: ~0.35 ms of CPU less per
page of 50 (5 %), measured by serving the same pages alternately from two registry APIs, one
with each setting, and reading each process's CPU time. What a collection is still for — objects
in reference cycles — is then freed every 10 000 of them instead of 700: a few MiB at most.
"""

from __future__ import annotations

import gc

YOUNG_COLLECTION_THRESHOLD = 10_000
# The interpreter's own, read when this module is first imported (before any freeze changes it).
CPYTHON_YOUNG_THRESHOLD = gc.get_threshold()[0]


def freeze_startup_heap(young_threshold: int = YOUNG_COLLECTION_THRESHOLD) -> None:
    """Collect what start-up left as garbage, then exempt every object alive now from future
    collections. Objects made later are collected as usual; the frozen ones are start-up state
    that lives as long as the process. A process that times requests itself (the benchmarks'
    load generator) passes `CPYTHON_YOUNG_THRESHOLD`: many small young collections rather than
    fewer of 10-15 ms each."""
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(young_threshold, middle, oldest)

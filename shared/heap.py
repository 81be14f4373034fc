"""Keeping the garbage collector's full collections short in a long-running process.

CPython's oldest generation holds every object that has survived two collections; in a service
that is nearly everything imported and built at start-up (SQLAlchemy's and pydantic's schemas,
the routes, aiokafka, …), a few hundred thousand objects, and each full collection walks them
all. In the registry API serving 50-row list pages that walk took 90 to 107 ms, paid by whichever
request was running — the single slow pages the reads benchmark showed. Moved out of the
collector's sight once start-up is done, they are no longer walked: full collections took ~1 ms.
(Measured with `gc.callbacks` around 60 page builds; README "Performance".)
"""

from __future__ import annotations

import gc


def freeze_startup_heap() -> None:
    """Collect what start-up left as garbage, then exempt every object alive now from future
    collections. Objects made later are collected as usual; the frozen ones are start-up state
    that lives as long as the process."""
    gc.collect()
    gc.freeze()

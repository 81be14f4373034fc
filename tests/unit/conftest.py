"""Unit-test settings: a Hypothesis profile for `make mutate`, where a loaded machine and
mutmut's trampolines make example timings meaningless and every run must see the same examples."""

from __future__ import annotations

from hypothesis import settings

# Chosen with `--hypothesis-profile=mutation` (pyproject's [tool.mutmut]); the default stays.
settings.register_profile("mutation", deadline=None, derandomize=True, max_examples=60)

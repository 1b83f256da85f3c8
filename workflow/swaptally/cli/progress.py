"""A progress bar for the commands that walk many texts."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator


def progress(items: Iterable, total: int | None, what: str) -> Iterator:
    """A progress bar on a terminal; silent in logs and CI (tqdm's disable=None)."""
    from tqdm import tqdm

    return iter(
        tqdm(
            items,
            total=total,
            desc=what,
            unit=" " + what.split()[-1],
            disable=None,
            file=sys.stderr,
        )
    )

"""The study commands' extracted gold sets kept between runs (`--cache DIR`).

Leaving one set out trains hundreds of models on the same extracted facts; extracting a
dozen sets again for each variant tried costs more than the training. A set's texts, as a
study command reads them (facts, candidates, labels), depend on the gold file, the half
taken, the extra lexicons and the package's code and vocabulary, so they are kept under a
hash of all of them (a pickle, for this machine's runs only: never shipped, never read
from elsewhere) and built anew when any of them changes.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from swaptally.fingerprint import code_digest
from swaptally.tables import write_atomic

__all__ = ["cached"]

T = TypeVar("T")


@functools.cache
def _package_digest() -> str:
    """The whole package's code and vocabulary, hashed once a run (not once a set)."""
    return code_digest(["."])


def cached(
    cache_dir: str | None,
    what: str,
    spec: str,
    lexicon_files: Sequence[str],
    build: Callable[[], T],
) -> T:
    """`build()`, or what it gave before for the same gold set `spec` (PATH or PATH:tune),
    `what` (the reading: 'sides', 'kind', 'facts'), lexicons and code; no cache without a
    folder."""
    if cache_dir is None:
        return build()
    path, _, half = spec.partition(":")
    digest = hashlib.sha256(_package_digest().encode())
    for part in (what, half, *lexicon_files):
        digest.update(b"\0" + part.encode())
    for file in (path, *lexicon_files):
        digest.update(b"\0" + Path(file).read_bytes())
    name = f"{Path(path).stem}-{half or 'all'}-{what}-{digest.hexdigest()[:20]}.pkl"
    kept = Path(cache_dir) / name
    if kept.is_file():
        with kept.open("rb") as fh:
            return pickle.load(fh)  # written by this function, on this machine
    value = build()
    write_atomic(kept, lambda tmp: tmp.write_bytes(pickle.dumps(value, pickle.HIGHEST_PROTOCOL)))
    return value

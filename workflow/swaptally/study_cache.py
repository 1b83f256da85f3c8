"""The study commands' extracted gold sets kept between runs (`--cache DIR`).

Leaving one set out trains hundreds of models on the same extracted facts; extracting a
dozen sets again for each variant tried costs more than the training. A set's texts, as a
study command reads them (facts, candidates, labels), depend on the gold file, the half
taken, the extra lexicons and the package's code and vocabulary, so they are kept under a
hash of all of them (a pickle, for this machine's runs only: never shipped, never read
from elsewhere) and built anew when any of them changes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = ["cached"]

T = TypeVar("T")
PACKAGE = Path(__file__).parent


def _package_digest() -> bytes:
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".py", ".yaml"}):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.digest()


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
    digest = hashlib.sha256(_package_digest())
    for part in (what, half, *lexicon_files):
        digest.update(b"\0" + part.encode())
    for file in (path, *lexicon_files):
        digest.update(b"\0" + Path(file).read_bytes())
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{Path(path).stem}-{half or 'all'}-{what}-{digest.hexdigest()[:20]}.pkl"
    if kept.is_file():
        with kept.open("rb") as fh:
            return pickle.load(fh)  # written by this function, on this machine
    value = build()
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, kept)
    return value

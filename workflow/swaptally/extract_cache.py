"""A shard's facts kept between extractions, so that a changed shard extracts only the
texts that changed.

A shard of a large corpus holds about 4,000 texts (five seconds of extraction); one
added article re-runs its shard. A text's facts depend on nothing but the text and its
metadata (the document's row), the extractor's code and the lexicons, so the extract
job (`swaptally extract --cache DIR`) keeps each shard's facts with a key per document
(a hash of all three) and on the next run takes the facts of every document whose key
it holds from there, extracting only the others. The shard's table is then sorted as a
full extraction sorts it (`FACT_ORDER`, unique per fact), so it has the same bytes.

One file a shard, `DIR/<output name>`: the facts with their document's key (`_doc`),
and in the file's metadata the keys of every document extracted (those with no facts
too). Texts the extractor failed on are not kept: they are tried again, and fail (or
not) as in a full run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from swaptally import __version__, tables
from swaptally.fingerprint import fingerprint

DOCUMENT_KEY = ["doc_id", "path", "title", "publisher", "published", "url", "lang", "text"]
KEYS = "swaptally:documents"


def code_key(lexicon_files: Sequence[str]) -> str:
    """What extraction depends on besides the text: the code, the package's lexicons and
    the extra lexicon files given (their bytes)."""
    digest = hashlib.sha256(f"{__version__}|{fingerprint('extract')}".encode())
    for path in lexicon_files:
        digest.update(b"\0" + Path(path).read_bytes())
    return digest.hexdigest()


def document_keys(documents: pl.DataFrame, code: str) -> pl.Series:
    """One key per document: a hash of its row and of `code`."""
    names = [n for n in DOCUMENT_KEY if n in documents.columns]
    keys = []
    for row in documents.select(names).iter_rows():
        digest = hashlib.sha256(code.encode())
        for value in row:
            data = b"\x01" if value is None else b"\x02" + str(value).encode()
            digest.update(len(data).to_bytes(8, "little") + data)
        keys.append(digest.hexdigest()[:32])
    return pl.Series("_doc", keys, dtype=pl.String)


class ExtractCache:
    """The kept facts of one shard (`name`: its facts file's name) in `folder`."""

    def __init__(self, folder: str | Path, name: str) -> None:
        self.path = Path(folder) / Path(name).name

    def load(self) -> tuple[pl.DataFrame, set[str]]:
        """(kept facts with `_doc`, the keys of the documents they cover); none when the
        file is missing, unreadable or of other columns (every text is extracted again)."""
        try:
            keys = json.loads(pl.read_parquet_metadata(self.path)[KEYS])
            facts = pl.read_parquet(self.path).cast(tables.FACT_SCHEMA)  # type: ignore[arg-type]
        except (OSError, KeyError, ValueError, pl.exceptions.PolarsError):
            return pl.DataFrame(), set()
        if facts.columns != [*tables.FACT_SCHEMA, "_doc"]:  # kept by an older swaptally
            return pl.DataFrame(), set()
        return facts, set(keys)

    def save(self, facts: pl.DataFrame, keys: Sequence[str]) -> None:
        """facts (with `_doc`) of the documents of these keys."""
        metadata = {KEYS: json.dumps(sorted(keys))}
        tables.write_atomic(
            self.path,
            lambda tmp: facts.write_parquet(tmp, compression="zstd", metadata=metadata),
        )


def reused_facts(
    documents: pl.DataFrame, code: str, cache: ExtractCache
) -> tuple[pl.DataFrame, pl.DataFrame, pl.Series]:
    """(the kept facts of the documents the cache covers, with `_doc`; the documents to
    extract; every document's key)."""
    keys = document_keys(documents, code)
    kept, covered = cache.load()
    # typed: an empty list of Falses is a Null series, no mask (an empty corpus failed here)
    known = (
        keys.is_in(list(covered)) if covered else pl.Series([False] * keys.len(), dtype=pl.Boolean)
    )
    if not kept.height or "_doc" not in kept.columns:
        kept = tables.frame([], tables.FACT_COLUMNS).with_columns(_doc=pl.lit(None, pl.String))
    reused = kept.filter(pl.col("_doc").is_in(keys.filter(known).implode()))
    return reused, documents.filter(~known), keys

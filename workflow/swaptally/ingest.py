"""Raw source texts → documents: one row per text with its metadata.

Reads Markdown/text with YAML front matter, plain text with a sidecar YAML
file, HTML pages (main text through trafilatura) and JSON Lines feeds. A file
that cannot be read becomes a *rejection* with a reason instead of an error,
so one bad text never stops a corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl
import yaml

RAW_SUFFIXES = (".md", ".txt", ".html", ".htm", ".jsonl")
META_KEYS = ("title", "publisher", "published", "url", "lang")
MAX_BYTES = 20 * 1024 * 1024
# libyaml's safe loader when PyYAML has it: the same safe constructor, about 15 times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)


@dataclass(slots=True)
class Document:
    doc_id: str
    path: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    url: str | None
    lang: str | None
    text: str
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Rejection:
    path: str
    reason: str


class RejectedText(ValueError):
    """A source text that cannot become a document; the message is the reason."""


def shard_of(path: str, shards: int) -> int:
    """The shard of a raw file: a stable hash of its path relative to the project."""
    digest = hashlib.blake2b(path.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


def raw_files(root: str | Path) -> list[str]:
    """Every raw text below root, as sorted POSIX paths (sidecar .yaml files excluded)."""
    return sorted(path for path, _ in _walk(root))


def _walk(root: str | Path, with_stat: bool = False) -> Iterator[tuple[str, tuple | None]]:
    """(path, None) of every raw text below root, in one pass of os.scandir.

    Paths are spelled as Path(root).rglob would give them; symlinked folders are
    not followed, symlinked files are. With with_stat, (path, (stat, sidecar's
    stat or None)) instead.
    """
    base = Path(root).as_posix()
    stack = [base]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            continue
        prefix = "" if folder == "." else folder + "/"
        sidecars = {e.name[:-5]: e for e in entries if with_stat and e.name.endswith(".yaml")}
        for entry in entries:
            name = entry.name
            if entry.is_dir(follow_symlinks=False):
                stack.append(prefix + name)
                continue
            dot = name.rfind(".")  # as Path.suffix: not a leading dot, not a trailing one
            suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""
            if suffix not in RAW_SUFFIXES or not entry.is_file():
                continue
            if not with_stat:
                yield prefix + name, None
                continue
            sidecar = sidecars.get(name[:dot])
            side = sidecar.stat() if sidecar is not None and sidecar.is_file() else None
            yield prefix + name, (entry.stat(), side)


def read_path(path: str) -> tuple[list[Document], list[Rejection]]:
    """Read one raw file into documents (a JSONL feed gives several) and rejections."""
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:  # checked before reading: a huge file is never loaded
            raise RejectedText(
                f"file of {size / 2**20:.1f} MB is larger than the {MAX_BYTES // 2**20} MB limit"
            )
        data = Path(path).read_bytes()
        if not data.strip():
            raise RejectedText("empty file")
        if b"\x00" in data[:8192]:
            raise RejectedText("binary file (NUL bytes)")
        suffix = Path(path).suffix.lower()
        if suffix == ".jsonl":
            return _read_feed(path, data)
        text, warnings = _decode(data)
        reader = _read_html if suffix in (".html", ".htm") else _read_text
        return [reader(path, text, warnings)], []
    except RejectedText as err:
        return [], [Rejection(path, str(err))]
    except OSError as err:
        return [], [Rejection(path, f"unreadable: {err.strerror or err}")]


def read_paths(paths: Iterable[str]) -> tuple[list[Document], list[Rejection]]:
    """Read many raw files; duplicates of an earlier text are rejected, not repeated."""
    documents: list[Document] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}
    for path in paths:
        docs, rejects = read_path(path)
        rejected.extend(rejects)
        for doc in docs:
            if doc.doc_id in seen:
                rejected.append(Rejection(doc.path, f"duplicate of {seen[doc.doc_id]}"))
                continue
            seen[doc.doc_id] = doc.path
            documents.append(doc)
    return documents, rejected


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[str]:
    """Expand files and folders given on a command line into raw file paths."""
    for item in paths:
        item = Path(item)
        if item.is_dir():
            yield from raw_files(item)
        else:
            yield item.as_posix()


def document_id(text: str) -> str:
    """A content hash: the same text from two paths is the same document."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def _decode(data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        # cp1252 is what mis-saved news copy usually is; latin-1 never fails.
        for encoding in ("cp1252", "latin-1"):
            try:
                return data.decode(encoding), [f"not UTF-8; read as {encoding}"]
            except UnicodeDecodeError:
                continue
    raise RejectedText("undecodable text")  # pragma: no cover - latin-1 decodes anything


def _read_text(path: str, text: str, warnings: list[str]) -> Document:
    meta, body = split_front_matter(text)
    sidecar = Path(path).with_suffix(".yaml")
    if not meta and sidecar.is_file():
        meta = _load_yaml(sidecar.read_text(encoding="utf-8"), f"sidecar {sidecar.name}")
    return _document(path, meta, body, warnings)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (safe loader) and the body after it."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return _load_yaml(match.group(1), "front matter"), text[match.end() :]


def _load_yaml(source: str, what: str) -> dict:
    try:
        meta = yaml.load(source, Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        raise RejectedText(f"malformed {what}: {str(err).splitlines()[0]}") from err
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise RejectedText(f"malformed {what}: not a mapping")
    return meta


def _read_html(path: str, html: str, warnings: list[str]) -> Document:
    import trafilatura  # slow to import; only HTML needs it

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if extracted is None or not (extracted.text or "").strip():
        raise RejectedText("no main text found in HTML")
    meta = {
        "title": extracted.title,
        "publisher": extracted.sitename,
        "published": extracted.date,
        "url": extracted.url,
        "lang": extracted.language or _html_lang(html),
    }
    return _document(path, meta, extracted.text, warnings)


def _html_lang(html: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", html[:4096], re.I)
    return match.group(1).split("-")[0].lower() if match else None


def _read_feed(path: str, data: bytes) -> tuple[list[Document], list[Rejection]]:
    text, warnings = _decode(data)
    documents, rejected = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise RejectedText("feed line without a text field")
            documents.append(_document(where, item, item["text"], list(warnings)))
        except json.JSONDecodeError as err:
            rejected.append(Rejection(where, f"malformed JSON: {err.msg}"))
        except RejectedText as err:
            rejected.append(Rejection(where, str(err)))
    return documents, rejected


def _document(path: str, meta: dict, body: str, warnings: list[str]) -> Document:
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise RejectedText("no text after metadata")
    published = parse_published(meta.get("published"))
    if meta.get("published") is not None and published is None:
        warnings.append(f"unreadable publication date {meta.get('published')!r}")
    elif published is None:
        warnings.append("no publication date; relative dates stay unresolved")
    elif published > dt.date.today():
        # Relative dates ("on Friday") would resolve into the future and mislead.
        raise RejectedText(f"publication date {published} is in the future")
    return Document(
        doc_id=document_id(body),
        path=path,
        title=_text_or_none(meta.get("title")),
        publisher=_text_or_none(meta.get("publisher")),
        published=published,
        url=_text_or_none(meta.get("url")),
        lang=(_text_or_none(meta.get("lang")) or "en").lower(),
        text=body,
        warnings=warnings,
    )


def parse_published(value: object) -> dt.date | None:
    """A publication date from YAML (date, datetime or ISO string)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


Listing = list[tuple[str, tuple[os.stat_result, os.stat_result | None]]]


def corpus_listing(root: str | Path) -> Listing:
    """Every raw text below root with its stat and its sidecar's (or None), in walk order.

    The Snakefile walks the corpus once and hands this to the shard count and the
    manifests: at 100,000 files a walk costs a no-op run ≈ 0.5 s.
    """
    return list(_walk(root, with_stat=True))  # type: ignore[arg-type]


def shard_manifests(
    root: str | Path, shards: int, outdir: str | Path, listing: Listing | None = None
) -> list[str]:
    """Write outdir/shard-K.tsv for every shard: its raw files with size and mtime.

    One walk of the corpus (none when its listing is given). A manifest is
    rewritten only when its content changes (a text of the shard edited, added,
    removed, or its sidecar changed), so its mtime tells Snakemake which shards
    to read again without Snakemake having to check every raw file itself.
    Returns the manifest paths.
    """
    from swaptally.tables import write_text

    lines: dict[int, list[str]] = {k: [] for k in range(shards)}
    for path, (stat, side) in listing if listing is not None else corpus_listing(root):
        line = f"{path}\t{stat.st_size}\t{stat.st_mtime_ns}"
        if side is not None:
            line += f"\t{side.st_size}\t{side.st_mtime_ns}"
        lines[shard_of(path, shards)].append(line)
    outdir = Path(outdir)
    paths = []
    for shard in range(shards):
        target = outdir / f"shard-{shard}.tsv"
        header = f"# swaptally shard {shard} of {shards}: path, size, mtime_ns[, sidecar's]\n"
        text = header + "".join(line + "\n" for line in sorted(lines[shard]))
        try:
            unchanged = target.read_text(encoding="utf-8") == text
        except OSError:
            unchanged = False
        if not unchanged:
            write_text(text, target)
        paths.append(target.as_posix())
    return paths


def manifest_paths(manifest: str | Path) -> list[str]:
    """The raw file paths a shard manifest lists."""
    with open(manifest, encoding="utf-8") as handle:
        return [line.split("\t", 1)[0] for line in handle if line.strip() and line[0] != "#"]


def shard_map(root: str | Path, shards: int) -> dict[int, list[str]]:
    """Every shard's raw files from one walk of the corpus (empty shards included)."""
    by_shard: dict[int, list[str]] = {k: [] for k in range(shards)}
    for path in raw_files(root):
        by_shard[shard_of(path, shards)].append(path)
    return by_shard


def documents_frame(documents: list[Document]) -> pl.DataFrame:
    """Documents as a table with the documents schema, warnings '; '-joined, sorted by path."""
    from swaptally import tables

    # Column by column straight off the documents: dataclasses.asdict would deep-copy every
    # text and warning list first (a sixth of a shard's ingest).
    names = [name for name, _, _ in tables.DOCUMENT_COLUMNS]
    columns = {name: [getattr(d, name) for d in documents] for name in names}
    columns["warnings"] = ["; ".join(d.warnings) or None for d in documents]
    return pl.DataFrame(columns, schema=tables.schema(tables.DOCUMENT_COLUMNS)).sort("path")


def rejections_frame(rejected: list[Rejection]) -> pl.DataFrame:
    """Rejections as a table with the rejections schema, sorted by path."""
    from swaptally import tables

    return tables.frame([asdict(r) for r in rejected], tables.REJECTED_COLUMNS).sort("path")


SHARD_FILE = re.compile(r"shard-(\d+)(?:\.[A-Za-z]+)+")  # shard-7.parquet, shard-7.errors.csv
SHARD_FOLDERS = (
    "documents",
    "facts",
    "scope",
    "rejected",
    "manifests",
    "logs/ingest",
    "logs/extract",
    "cache/extract",
)


def remove_stale_shards(interim: str | Path, shards: int) -> list[str]:
    """Delete the files of shards numbered `shards` or more, left by a run with more shards.

    The workflow reads only shards 0..shards-1, so such files are never used; they
    are removed after a successful run. Returns the paths removed.
    """
    removed = []
    for folder in SHARD_FOLDERS:
        try:
            entries = list(os.scandir(Path(interim) / folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            match = SHARD_FILE.fullmatch(entry.name)
            if match and int(match.group(1)) >= shards and entry.is_file():
                os.unlink(entry.path)
                removed.append(Path(entry.path).as_posix())
    return sorted(removed)

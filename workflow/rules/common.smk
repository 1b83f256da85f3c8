# Paths and helpers shared by every stage.
import json
import os
import shlex
from functools import cache

from swaptally.fingerprint import fingerprint
from swaptally.ingest import corpus_listing, shard_manifests, shard_map
from swaptally.report import inputs_hash
from swaptally.shards import corpus_shards

RAW = config["raw"]


@cache
def raw_listing():
    """One walk of the raw corpus (paths, sizes, mtimes) for the shard count and manifests."""
    return corpus_listing(RAW)


# `shards: auto` becomes a power of two from the corpus size, here, before any rule reads it.
if config["shards"] == "auto":
    config["shards"] = corpus_shards(RAW, raw_listing())
INTERIM = config["interim"]
PROCESSED = config["processed"]
REPORTS = config["reports_dir"]
SHARDS = range(config["shards"])
REPORT_NAMES = sorted(config["reports"])
LOGS = f"{INTERIM}/logs"
CORRECTIONS = config["corrections"]
STRICT_GATE = f"{INTERIM}/strict-gate.txt"
# what the extract and events steps keep between runs to redo only what changed (not an
# output: Snakemake would empty it before the job); delete it to rebuild everything
EVENTS_CACHE = f"{INTERIM}/cache"


wildcard_constraints:
    shard=r"\d+",
    report=r"[a-z0-9][a-z0-9_-]*",


@cache
def manifests():
    """Every shard's manifest, written where its list of raw files changed."""
    return shard_manifests(RAW, config["shards"], f"{INTERIM}/manifests", raw_listing())


@cache
def shards_of_corpus():
    """One walk of the raw corpus, split into shards by path hash."""
    return shard_map(RAW, config["shards"])


def corrections_file(wildcards):
    """The reviewer's corrections file, when there is one (none: no corrections)."""
    return [CORRECTIONS] if os.path.exists(CORRECTIONS) else []


def corrections_option(wildcards, input):
    return "".join(f" --corrections {shlex.quote(path)}" for path in input.corrections)


def strict_gate(wildcards=None):
    """With strict=true the merge waits for the gate, which fails while a text is rejected."""
    return [STRICT_GATE] if config["strict"] else []


def report_values(name):
    """A report's parameters with the table paths this workflow writes."""
    values = {
        "events": f"{PROCESSED}/events.parquet",
        "facts": f"{PROCESSED}/facts.parquet",
        "rejected": f"{PROCESSED}/rejected.csv",
    }
    values.update(config["reports"][name].get("parameters", {}))
    return json.dumps(values, sort_keys=True)


def report_notebook(wildcards):
    return config["reports"][wildcards.report]["notebook"]


def bundle_name(wildcards):
    """The bundle is named by a short hash of the raw texts, config and notebooks."""
    sources = [p for paths in shards_of_corpus().values() for p in paths]
    sources += ["workflow/config.yaml"] + [
        config["reports"][r]["notebook"] for r in REPORT_NAMES
    ]
    return f"{REPORTS}/swaptally-reports-{inputs_hash(sources)}.zip"

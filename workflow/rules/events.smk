rule events:
    """All facts → facts, events, exchanges and claims tables, rejected.csv and the data package."""
    input:
        facts=expand(f"{INTERIM}/facts/shard-{{shard}}.parquet", shard=SHARDS),
        scope=expand(f"{INTERIM}/scope/shard-{{shard}}.parquet", shard=SHARDS),
        documents=expand(f"{INTERIM}/documents/shard-{{shard}}.parquet", shard=SHARDS),
        rejected=expand(f"{INTERIM}/rejected/shard-{{shard}}.parquet", shard=SHARDS),
        corrections=corrections_file,
        gate=strict_gate,
    output:
        # a folder of one file a shard; a shard's file is linked from the cache when its
        # rows have not changed (swaptally/published_facts.py)
        facts=directory(f"{PROCESSED}/facts.parquet"),
        events=f"{PROCESSED}/events.parquet",
        csv=report(
            f"{PROCESSED}/events.csv",
            caption="../report/events.rst",
            category="Tables",
            labels={"table": "events"},
        ),
        rejected=report(
            f"{PROCESSED}/rejected.csv",
            caption="../report/rejected.rst",
            category="Tables",
            labels={"table": "rejected texts"},
        ),
        documents=f"{PROCESSED}/documents.csv",
        exchanges=f"{PROCESSED}/exchanges.parquet",
        exchanges_csv=f"{PROCESSED}/exchanges.csv",
        claims=f"{PROCESSED}/claims.parquet",
        claims_csv=f"{PROCESSED}/claims.csv",
        package=f"{PROCESSED}/datapackage.json",
        corrections=f"{PROCESSED}/corrections.csv",
    log:
        f"{LOGS}/events.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("events"),  # a changed events package rebuilds the tables
        outdir=lambda wildcards, output: os.path.dirname(output.events),
        strict="--strict" if config["strict"] else "",
        corrections=corrections_option,
        cache=EVENTS_CACHE,
    shell:
        "swaptally events {input.facts:q} --scope {input.scope:q} --documents {input.documents:q}"
        " --rejected {input.rejected:q} {params.strict}{params.corrections}"
        " --outdir {params.outdir:q} --cache {params.cache:q} > {log:q} 2>&1"

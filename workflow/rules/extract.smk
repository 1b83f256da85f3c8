rule extract:
    """Documents of one shard → counted facts and each one's scope (read from its own
    sentence, so the events step never reads sentences); failed texts → errors CSV."""
    input:
        documents=f"{INTERIM}/documents/shard-{{shard}}.parquet",
        lexicons=config["lexicons"],
    output:
        facts=f"{INTERIM}/facts/shard-{{shard}}.parquet",
        scope=f"{INTERIM}/scope/shard-{{shard}}.parquet",
    log:
        log=f"{LOGS}/extract/shard-{{shard}}.log",
        errors=f"{LOGS}/extract/shard-{{shard}}.errors.csv",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("extract"),  # a changed extractor or lexicon re-extracts
        lexicons=" ".join(f"--lexicon {path}" for path in config["lexicons"]),
        strict="--strict" if config["strict"] else "",
        # each document's facts, kept so that a changed shard extracts only its changed
        # texts (swaptally/extract_cache.py); not an output: Snakemake would empty it
        cache=f"{EVENTS_CACHE}/extract",
    shell:
        "swaptally extract {input.documents:q} {params.lexicons} --format parquet"
        " -o {output.facts:q} --scope {output.scope:q} --errors {log.errors:q} {params.strict}"
        " --cache {params.cache:q} > {log.log:q} 2>&1"

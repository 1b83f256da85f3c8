rule extract:
    """Documents of one shard → counted facts; texts the extractor failed on → errors CSV."""
    input:
        documents=f"{INTERIM}/documents/shard-{{shard}}.parquet",
        lexicons=config["lexicons"],
    output:
        f"{INTERIM}/facts/shard-{{shard}}.parquet",
    log:
        log=f"{LOGS}/extract/shard-{{shard}}.log",
        errors=f"{LOGS}/extract/shard-{{shard}}.errors.csv",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("extract"),  # a changed extractor or lexicon re-extracts
        lexicons=" ".join(f"--lexicon {path}" for path in config["lexicons"]),
        strict="--strict" if config["strict"] else "",
    shell:
        "swaptally extract {input.documents:q} {params.lexicons} --format parquet"
        " -o {output:q} --errors {log.errors:q} {params.strict} > {log.log:q} 2>&1"

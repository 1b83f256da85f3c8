rule extract:
    """Documents of one shard → counted facts."""
    input:
        documents=f"{INTERIM}/documents/shard-{{shard}}.parquet",
        lexicons=config["lexicons"],
    output:
        f"{INTERIM}/facts/shard-{{shard}}.parquet",
    log:
        f"{LOGS}/extract/shard-{{shard}}.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        lexicons=" ".join(f"--lexicon {path}" for path in config["lexicons"]),
    shell:
        "swaptally extract {input.documents:q} {params.lexicons} --format parquet"
        " -o {output:q} > {log:q} 2>&1"

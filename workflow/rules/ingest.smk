rule ingest:
    """Raw texts of one shard → documents table and rejections."""
    input:
        shard_inputs,
    output:
        documents=f"{INTERIM}/documents/shard-{{shard}}.parquet",
        rejected=f"{INTERIM}/rejected/shard-{{shard}}.parquet",
    log:
        f"{LOGS}/ingest/shard-{{shard}}.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        raw=RAW,
        shards=config["shards"],
    shell:
        "swaptally ingest {params.raw:q} --shard {wildcards.shard} --shards {params.shards}"
        " -o {output.documents:q} --rejected {output.rejected:q} > {log:q} 2>&1"

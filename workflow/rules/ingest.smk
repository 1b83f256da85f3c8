# Each shard's raw files are listed, with size and mtime, in a manifest written
# while the DAG is built (one walk of the corpus per Snakemake run). A manifest is
# rewritten only when its shard's texts change, so Snakemake checks one file per
# shard instead of every raw text, and ingest re-runs exactly the changed shards.


rule ingest:
    """Raw texts of one shard (listed in its manifest) → documents table and rejections."""
    input:
        manifest=lambda wildcards: manifests()[int(wildcards.shard)],
    output:
        documents=f"{INTERIM}/documents/shard-{{shard}}.parquet",
        rejected=f"{INTERIM}/rejected/shard-{{shard}}.parquet",
    log:
        f"{LOGS}/ingest/shard-{{shard}}.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        shards=config["shards"],
        code=fingerprint("ingest"),  # a changed package re-runs the stage
    shell:
        "swaptally ingest --files-from {input.manifest:q} --shard {wildcards.shard}"
        " --shards {params.shards} -o {output.documents:q} --rejected {output.rejected:q}"
        " > {log:q} 2>&1"


rule rejections:
    """Every rejected raw text of the corpus, duplicates of a text in another shard included."""
    input:
        documents=expand(f"{INTERIM}/documents/shard-{{shard}}.parquet", shard=SHARDS),
        rejected=expand(f"{INTERIM}/rejected/shard-{{shard}}.parquet", shard=SHARDS),
    output:
        f"{INTERIM}/rejected.csv",
    log:
        f"{LOGS}/rejections.log",
    conda:
        "../envs/swaptally.yaml"
    shell:
        "swaptally rejections --documents {input.documents:q} --rejected {input.rejected:q}"
        " -o {output:q} > {log:q} 2>&1"


rule strict_gate:
    """strict=true: stop before any table is written while a raw text is rejected.

    Its file exists only after a strict run found no rejection, so a failed strict
    run fails again, with the same list, until the texts are fixed or removed.
    """
    input:
        f"{INTERIM}/rejected.csv",
    output:
        STRICT_GATE,
    log:
        f"{LOGS}/strict.log",
    conda:
        "../envs/swaptally.yaml"
    shell:
        "swaptally strict {input:q} -o {output:q} > {log:q} 2>&1"

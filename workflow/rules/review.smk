rule review:
    """`snakemake review`: one row per event with its facts and flags, flagged rows first."""
    input:
        facts=f"{PROCESSED}/facts.parquet",
        events=f"{PROCESSED}/events.parquet",
        corrections=f"{PROCESSED}/corrections.csv",
    output:
        f"{REPORTS}/review.csv",
    log:
        f"{LOGS}/review.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("review"),  # a changed sheet or flags file writes it again
    shell:
        "swaptally review {input.facts:q} {input.events:q} --corrections {input.corrections:q}"
        " -o {output:q} > {log:q} 2>&1"

rule review:
    """`snakemake review`: the review sheet and the figures not taken, of the corpus and of
    each report. A target of inputs only, so that any of them missing is made again."""
    input:
        f"{REPORTS}/review.csv",
        f"{REPORTS}/review-not-taken.csv",
        expand(f"{REPORTS}/{{report}}-review.csv", report=REPORT_NAMES),
        expand(f"{REPORTS}/{{report}}-review-not-taken.csv", report=REPORT_NAMES),


rule review_sheet:
    """One row per event with its facts and flags, flagged rows first; beside it the
    figures no fact was made from."""
    input:
        facts=f"{PROCESSED}/facts.parquet",
        events=f"{PROCESSED}/events.parquet",
        corrections=f"{PROCESSED}/corrections.csv",
        # the texts and their facts as extracted, for the figures not taken
        documents=expand(f"{INTERIM}/documents/shard-{{shard}}.parquet", shard=SHARDS),
        taken=expand(f"{INTERIM}/facts/shard-{{shard}}.parquet", shard=SHARDS),
        lexicons=config["lexicons"],
    output:
        sheet=f"{REPORTS}/review.csv",
        not_taken=f"{REPORTS}/review-not-taken.csv",
    log:
        f"{LOGS}/review.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("review"),  # a changed sheet or flags file writes it again
        lexicons=" ".join(f"--lexicon {path}" for path in config["lexicons"]),
    shell:
        "swaptally review {input.facts:q} {input.events:q} --corrections {input.corrections:q}"
        " -o {output.sheet:q} --not-taken {output.not_taken:q} --documents {input.documents:q}"
        " --taken {input.taken:q} {params.lexicons} > {log:q} 2>&1"


rule review_report:
    """One report's review sheet: the events its window and sides look at, with their facts;
    beside it the figures not taken of the texts published in its window."""
    input:
        facts=f"{PROCESSED}/facts.parquet",
        events=f"{PROCESSED}/events.parquet",
        corrections=f"{PROCESSED}/corrections.csv",
        parameters=f"{INTERIM}/reports/{{report}}.yaml",
        documents=expand(f"{INTERIM}/documents/shard-{{shard}}.parquet", shard=SHARDS),
        taken=expand(f"{INTERIM}/facts/shard-{{shard}}.parquet", shard=SHARDS),
        lexicons=config["lexicons"],
    output:
        sheet=f"{REPORTS}/{{report}}-review.csv",
        not_taken=f"{REPORTS}/{{report}}-review-not-taken.csv",
    log:
        f"{LOGS}/reports/{{report}}.review.log",
    wildcard_constraints:
        report="|".join(REPORT_NAMES) or "(?!)",  # slugs: no character to escape
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("review"),
        lexicons=" ".join(f"--lexicon {path}" for path in config["lexicons"]),
    shell:
        "swaptally review {input.facts:q} {input.events:q} --corrections {input.corrections:q}"
        " --report {input.parameters:q} -o {output.sheet:q} --not-taken {output.not_taken:q}"
        " --documents {input.documents:q} --taken {input.taken:q} {params.lexicons} > {log:q} 2>&1"

rule report_parameters:
    """Check a report's parameters before papermill sees them; write them for `papermill -f`."""
    input:
        notebook=report_notebook,
    output:
        f"{INTERIM}/reports/{{report}}.yaml",
    log:
        f"{LOGS}/reports/{{report}}.parameters.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        values=lambda wildcards: report_values(wildcards.report),
    shell:
        "swaptally report params {wildcards.report} --notebook {input.notebook:q}"
        " --values {params.values:q} -o {output:q} > {log:q} 2>&1"


rule execute_notebook:
    """Run a report's notebook with papermill; strip the run's timestamps."""
    input:
        notebook=report_notebook,
        parameters=f"{INTERIM}/reports/{{report}}.yaml",
        events=f"{PROCESSED}/events.parquet",
        facts=f"{PROCESSED}/facts.parquet",
        rejected=f"{PROCESSED}/rejected.csv",
        # read from beside events.parquet (swaptally.analysis.load_tables)
        exchanges=f"{PROCESSED}/exchanges.parquet",
        claims=f"{PROCESSED}/claims.parquet",
        corrections=f"{PROCESSED}/corrections.csv",
    output:
        f"{REPORTS}/{{report}}.ipynb",
    log:
        f"{LOGS}/reports/{{report}}.papermill.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("reports"),  # a changed report package re-renders
    shell:
        "papermill {input.notebook:q} - -k python3 -f {input.parameters:q} --cwd . --no-progress-bar"
        " 2> {log:q} | swaptally report normalize -o {output:q} 2>> {log:q}"


rule render_pdf:
    """Executed notebook → PDF with the code hidden."""
    input:
        f"{REPORTS}/{{report}}.ipynb",
    output:
        report(
            f"{REPORTS}/{{report}}.pdf",
            caption="../report/pdf.rst",
            category="Reports",
            labels={"report": "{report}"},
        ),
    log:
        f"{LOGS}/reports/{{report}}.pdf.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        code=fingerprint("reports"),  # a changed report package re-renders
    shell:
        "swaptally report pdf {input:q} -o {output:q} > {log:q} 2>&1"


rule manifest:
    """Every report with its hashes, parameters and input tables."""
    input:
        parameters=expand(f"{INTERIM}/reports/{{report}}.yaml", report=REPORT_NAMES),
        pdfs=expand(f"{REPORTS}/{{report}}.pdf", report=REPORT_NAMES),
        corrections=corrections_file,
    output:
        f"{REPORTS}/manifest.json",
    log:
        f"{LOGS}/reports/manifest.log",
    conda:
        "../envs/swaptally.yaml"
    params:
        reports=lambda wildcards, output: os.path.dirname(output[0]),
        corrections=corrections_option,
    shell:
        "swaptally report manifest {input.parameters:q} --reports-dir {params.reports:q}"
        "{params.corrections} -o {output:q} > {log:q} 2>&1"


rule bundle:
    """PDFs, events table, data package and manifest in one byte-stable zip."""
    input:
        pdfs=expand(f"{REPORTS}/{{report}}.pdf", report=REPORT_NAMES),
        csv=f"{PROCESSED}/events.csv",
        package=f"{PROCESSED}/datapackage.json",
        manifest=f"{REPORTS}/manifest.json",
    output:
        f"{REPORTS}/swaptally-reports-{{hash}}.zip",
    log:
        f"{LOGS}/reports/bundle-{{hash}}.log",
    conda:
        "../envs/swaptally.yaml"
    shell:
        "swaptally report bundle {input:q} -o {output:q} > {log:q} 2>&1"


rule dist:
    """`snakemake dist`: the distribution bundle for the current inputs."""
    input:
        bundle_name,

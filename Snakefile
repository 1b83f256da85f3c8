"""swaptally: raw news texts → counted facts → events table → PDF reports.

Snakemake only wires files to `swaptally` CLI calls; all logic is in the
package (workflow/swaptally). Plain `snakemake` takes its cores from the local
profile workflow/profiles/default (set below); `--workflow-profile` loads a whole one.
"""

import sys

from snakemake.utils import min_version

from swaptally.accounting import failure_summary, run_summary
from swaptally.config import ConfigError, check_config, default_cores
from swaptally.corrections import CorrectionsError
from swaptally.corrections_load import load_corrections
from swaptally.ingest import remove_stale_shards

min_version("9.0")

# Snakemake looks for a workflow profile only in profiles/default beside this file; ours is
# workflow/profiles/default, so the project's top level stays as laid out. A plain run
# takes that profile's cores here when none are given.
if workflow.resource_settings.cores is None:
    workflow.resource_settings.cores = default_cores(
        "workflow/profiles/default/config.yaml"
    )


configfile: "workflow/config.yaml"


try:
    check_config(config, "workflow/schemas/config.schema.yaml")
    # A malformed corrections file is one clear error before any job runs.
    load_corrections(config["corrections"], "workflow/schemas/corrections.schema.yaml")
except (ConfigError, CorrectionsError) as err:
    sys.exit(f"swaptally: {err}")


report: "workflow/report/workflow.rst"


include: "workflow/rules/common.smk"
include: "workflow/rules/ingest.smk"
include: "workflow/rules/extract.smk"
include: "workflow/rules/events.smk"
include: "workflow/rules/reports.smk"
include: "workflow/rules/review.smk"


rule all:
    default_target: True
    input:
        expand(f"{REPORTS}/{{report}}.pdf", report=REPORT_NAMES),
        f"{REPORTS}/manifest.json",
        strict_gate(),


# One line on the console after every run that ran jobs; on a failure, why.
onsuccess:
    remove_stale_shards(INTERIM, config["shards"])  # left by a run with more shards
    print(run_summary(PROCESSED, REPORTS, REPORT_NAMES), file=sys.stderr)


onerror:
    print(failure_summary(log, f"{INTERIM}/rejected.csv"), file=sys.stderr)

"""swaptally: raw news texts → counted facts → events table → PDF reports.

Snakemake only wires files to `swaptally` CLI calls; all logic is in the
package (workflow/swaptally). Plain `snakemake` loads the workflow profile
profiles/default (cores, scheduler, rerun-incomplete) found beside this file.
"""

import sys

from snakemake.utils import min_version

from swaptally.accounting import failure_summary, run_summary
from swaptally.config import ConfigError, check_config
from swaptally.corrections import CorrectionsError, load_corrections
from swaptally.ingest import remove_stale_shards

min_version("9.0")


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
    print(run_summary(PROCESSED, REPORTS), file=sys.stderr)


onerror:
    print(failure_summary(log, f"{INTERIM}/rejected.csv"), file=sys.stderr)

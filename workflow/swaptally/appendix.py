"""The appendices every report ends with, the same in each notebook: data quality (texts
rejected at ingest, disputed and undated events), the facts a reviewer corrected, and the
sources.

A notebook shows them in three cells, one call each: one cell of three outputs lays the
PDF out the same but writes other bytes (each cell is a block of its own in the HTML the
PDF is made from), and a report's bytes change only when what it says does.
"""

from __future__ import annotations

from IPython.display import HTML

from swaptally import analysis, overview, present
from swaptally.review import APPENDIX_COLUMNS, corrections_appendix

__all__ = ["corrections", "data_quality", "sources"]


def data_quality(data: analysis.Tables, number: present.Numbering) -> HTML | None:
    """Raw texts rejected at ingest, the report's disputed events with what each source
    says, and its undated events; each table numbered after the report's own."""
    own = analysis.in_report(data.events, data.facts)
    return present.section(
        "Appendix: data quality",
        "What a careful reader should know before quoting a figure from this report: raw texts "
        "of the corpus that could not be read at all, events its sources disagree on (with what "
        "each says), and events no source fixes to a day.",
        number.table(
            data.rejected,
            "Raw texts of the corpus rejected at ingest, with the reason.",
            {"path": "file", "reason": "reason"},
            empty="No raw text of the corpus was rejected.",
        ),
        number.table(
            overview.disputes(analysis.disputed(own), data.facts),
            "Disputed events: the figure each source gives, and the one this report takes.",
            overview.DISPUTE_COLUMNS,
            empty="No source of this report disagrees with another on a figure.",
        ),
        number.table(
            overview.described(analysis.undated(own)),
            "Undated events: no source fixes the day; kept, never summed by day.",
            overview.UNDATED_COLUMNS,
            empty="Every event of this report has a date.",
        ),
    )


def corrections(params, data: analysis.Tables, number: present.Numbering) -> HTML | None:
    """The facts of the report's window a reviewer corrected, with the reasons (nothing
    when none was). params: checked report parameters."""
    return number.table(
        corrections_appendix(params.events, data.window),
        "Facts corrected by a reviewer (data/corrections.yaml), with the reasons.",
        APPENDIX_COLUMNS,
    )


def sources(data: analysis.Tables) -> HTML | None:
    """Every text that gave the report a counted fact, oldest first."""
    return present.section(
        "Appendix: sources",
        "Every text that contributed a counted fact to this report, oldest first.",
        present.sources_html(analysis.sources(data.facts)),
    )

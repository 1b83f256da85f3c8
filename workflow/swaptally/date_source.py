"""Where a fact's date (or period) came from: typed provenance the facts table keeps in
its own column (`date_source`), so that no step reads it back out of the rule's name.

A module of its own (not in extract/) so that the tables' schemas can name its values
without loading the extractor."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DateSource"]


class DateSource(StrEnum):
    """Where a fact's date (or period) came from."""

    NONE = "none"
    SENTENCE = "sentence"  # a day stated in the sentence
    PERIOD = "period"  # "over three days"
    SINCE = "since"  # a running total: "since March 2022"
    SPAN = "span"  # a span in words: "last year", "since the war began", "in 2023"
    RUNNING = "running"  # a running total ("so far") whose start the text does not say
    UNDER_WAY = "under_way"  # "270 so far, with more due": an operation's count so far
    PUBLISHED = "published"  # a stock holds on the publication day
    SCENE = "scene"  # the day set by the sentence before
    DAYS_BEFORE = "days_before"  # "It came two days after they were traded": before the scene's
    DOCUMENT = "doc_date"  # the day the text is about, failing any other: a guess
    STAGE = "stage_date"  # the day of the stage the figure is part of
    OVERALL = "overall"  # a sum of stages: their span

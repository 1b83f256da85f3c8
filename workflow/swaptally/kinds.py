"""The kinds of a fact that move people (a handover), as against a stock ('held'): one
tuple the extractor, the events stage, the ledger and the reports all read.

A module of its own (like date_source.py) so that the extractor can name it without
loading polars, which the ledger needs."""

from __future__ import annotations

__all__ = ["MOVEMENTS"]

MOVEMENTS = ("exchange", "release")

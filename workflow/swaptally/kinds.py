"""The kinds of a fact that move people (a handover), as against a stock ('held'): one
tuple the extractor and the ledger both read.

A module of its own (like date_source.py) so that the extractor can name it without
loading polars, which the ledger needs."""

from __future__ import annotations

__all__ = ["MOVEMENTS"]

MOVEMENTS = ("exchange", "release")

"""What dating decides for a figure: a day or a period, and the source that gave it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..fact import DateSource


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see fact.Provenance)
class When:
    date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    source: DateSource

"""ASCII twins of module-level patterns, for plain text.

Python's re tests \\w, \\b, \\d and \\s, and folds case under IGNORECASE, by asking the
Unicode database for every character it looks at; with re.ASCII it reads a table. On
plain text (swaptally.extract.twins.plain_text: ASCII, or non-ASCII characters that are no
word character, digit or space and have no case) a pattern and its twin match alike, so a
stage that knows its text is plain runs the twin (the date scan: 0.4 the time).
"""

from __future__ import annotations

import re

__all__ = ["ascii_twin"]


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with ASCII classes and case folding, for text of plain ASCII (see
    sentence.plain): there \\w, \\b, \\d and \\s mean what they do in Unicode, and
    Python's re tests them from a table instead of asking the Unicode database."""
    return re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)

"""The one error a user's input gets: a message of one line that names the file, the
entry (or line) and what is wrong. The command line prints it without a traceback."""

from __future__ import annotations


class InputError(ValueError):
    """A file or argument the user gave that swaptally cannot use; the message says where
    and what, in one line."""

"""The exception hierarchy. Every message names the input and says what went wrong.

::

    NewsledgerError
     ├── InputError          a document or input could not be read (batches skip it and go on)
     │    └── FetchError     an http(s) URL could not be fetched, or was refused
     ├── StoreError          the SQLite store could not be opened or written
     ├── EvalDataError       gold data for ``newsledger eval`` is missing or malformed
     └── LexiconError        a packaged lexicon is malformed, stale or not installed
"""

from __future__ import annotations


class NewsledgerError(Exception):
    """Base class of every error newsledger raises on purpose."""


class InputError(NewsledgerError):
    """An input (file, line, record, URL) is unreadable; the message names it and the problem."""

    def __init__(self, origin: str, problem: str) -> None:
        """Keep the input's name and the problem apart so batches can report them."""
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


class FetchError(InputError):
    """A URL could not be fetched, or fetching it was refused (private address, too large)."""


class StoreError(NewsledgerError):
    """The store could not be opened, migrated or written."""


class EvalDataError(NewsledgerError):
    """Gold data needed by an evaluation is missing or malformed."""


class LexiconError(NewsledgerError, ValueError):
    """A packaged lexicon is malformed, stale or not installed; the message names it and the fix."""

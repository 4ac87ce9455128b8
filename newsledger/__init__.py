"""newsledger: a source-linked record of who said what, and who did what to whom, when and where.

The library API is :func:`extract`; the command line (``newsledger``) is a thin layer over it.
"""

from __future__ import annotations

#: Set before the submodules are imported: fetch.py names it in its User-Agent.
__version__ = "0.1.0"

from newsledger.errors import FetchError, InputError, NewsledgerError, StoreError
from newsledger.pipeline import extract, extract_document
from newsledger.record import (
    Actor,
    Article,
    Event,
    Mention,
    Place,
    RawDocument,
    Record,
    Removed,
    Statement,
    When,
)

__all__ = [
    "extract", "extract_document", "Actor", "Article", "Event", "Mention", "Place", "RawDocument",
    "Record", "Removed", "Statement", "When", "NewsledgerError", "InputError", "FetchError",
    "StoreError", "__version__",
]

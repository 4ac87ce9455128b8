"""Ingest: every input form a user has -> RawDocument.

Stage contract (OWNER: ingest work, issue 2)::

    iter_documents(inputs, options) -> Iterator[RawDocument | InputError]

An input is a path (.txt, .html/.htm, .jsonl, a feed, .warc/.warc.gz, a directory, recursively),
``-`` for stdin, or an http(s) URL (a page or a feed). Bad documents are *yielded* as
:class:`InputError` so a batch reports them and goes on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsledger.errors import InputError
from newsledger.record import RawDocument


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read: metadata overrides from the command line, and fetching limits."""

    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    allow_private: bool = False


def iter_documents(
    inputs: Sequence[str], options: IngestOptions = IngestOptions()
) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument per document found in the inputs, or an InputError per bad one."""
    raise NotImplementedError("ingest is being built (issue 2)")

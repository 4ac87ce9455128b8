"""PolNeAR train for the cue scripts: read it, parse it (or load a parse cache), hold part out.

Shared by ``derive_cues.py`` and ``train_cues.py`` so both see exactly the same articles.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin, Token

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.attribution import MATCH_F1, content_tokens, role_spans, token_f1
from newsledger.parse import load_pipeline
from newsledger.quotes import Quotation, headline_end, quotations


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the data folder, parse cache and hold-out options every cue script takes."""
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--cache", type=Path, help="a DocBin of the train texts, parsed already")
    parser.add_argument("--hold-out-every", type=int, default=0,
                        help="leave every K-th article out (to tune on them)")
    parser.add_argument("--hold-out-offset", type=int, default=-1,
                        help="which article of each K is left out (default: the K-th)")


def training_articles(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[Doc]]:
    """Return the train rows and their parses, less the held-out articles when asked."""
    path = args.data / "attribution" / "polnear-train.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    nlp = load_pipeline()
    if args.cache and args.cache.exists():
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe([r["text"] for r in rows], batch_size=16))
    if args.hold_out_every:
        k = args.hold_out_every
        left = args.hold_out_offset % k
        rows = [r for i, r in enumerate(rows) if i % k != left]
        docs = [d for i, d in enumerate(docs) if i % k != left]
    return rows, docs


def gold_contents_by_cue_char(row: dict[str, Any], text: str) -> dict[int, list[frozenset[int]]]:
    """Map every character of a gold cue to the content tokens of the attributions it cues."""
    by_char: dict[int, list[frozenset[int]]] = {}
    for a in row["attributions"]:
        if a["content"] and a["cue"]:
            toks = content_tokens(text, role_spans(a["content"]))
            for start, end in role_spans(a["cue"]):
                for c in range(start, end):
                    by_char.setdefault(c, []).append(toks)
    return by_char


@dataclass(frozen=True)
class CueToken:
    """A token of a train article that may be a cue, with what the gold says about it."""

    token: Token
    text: str
    quotes: list[Quotation]
    golds: list[frozenset[int]]  # content tokens of the gold attributions this token cues

    def matches(self, start: int, end: int) -> bool:
        """Tell whether a content span matches a gold content of this cue (the eval's rule)."""
        if not self.golds:
            return False
        toks = content_tokens(self.text, [(start, end)])
        return any(token_f1(toks, g) >= MATCH_F1 for g in self.golds)


def cue_tokens(rows: Sequence[dict[str, Any]], docs: Sequence[Doc]) -> Iterator[CueToken]:
    """Yield every word token after the headline of every article, with its gold contents."""
    for row, doc in zip(rows, docs, strict=True):
        text = doc.text
        cut = headline_end(text)
        quotes = quotations(text)
        by_char = gold_contents_by_cue_char(row, text)
        for token in doc:
            if token.idx < cut or token.is_punct or token.is_space:
                continue
            yield CueToken(token, text, quotes, by_char.get(token.idx, []))

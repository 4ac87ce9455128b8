"""Score newsledger's statements on a PolNeAR *train* hold-out: the figures decisions are taken on.

First refit the lexicon and model without the hold-out (same --every/--offset), then run this;
afterwards regenerate the shipped data files on all of train (the two scripts without options):

    .venv/bin/python scripts/derive_cues.py --hold-out-every 6 [--hold-out-offset 4]
    .venv/bin/python scripts/train_cues.py --hold-out-every 6 [--hold-out-offset 4]
    .venv/bin/python scripts/eval_cues_holdout.py --every 6 [--offset 4] [--cache train.spacy]

Dev is never read here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import DocBin

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.attribution import load_polnear, score_articles
from newsledger.parse import load_pipeline


def main() -> None:
    """Parse (or load) the hold-out articles and print newsledger's scores on them."""
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--cache", type=Path, help="a DocBin of all train texts, parsed already")
    parser.add_argument("--every", type=int, default=6, help="the hold-out is every K-th article")
    parser.add_argument("--offset", type=int, default=-1,
                        help="which article of each K (default: the K-th)")
    args = parser.parse_args()
    articles = load_polnear(args.data / "attribution" / "polnear-train.jsonl")
    nlp = load_pipeline()
    left = args.offset % args.every
    held = [i for i in range(len(articles)) if i % args.every == left]
    if args.cache and args.cache.exists():
        every_doc = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
        docs = [every_doc[i] for i in held]
    else:
        docs = list(nlp.pipe([articles[i].text for i in held], batch_size=16))
    scores = score_articles([articles[i] for i in held], docs, baseline=False)
    figures = scores.ours.metrics()
    print(f"{len(held)} train articles held out (every {args.every}th, offset {left}): "
          + ", ".join(f"{k} {v:.4f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()

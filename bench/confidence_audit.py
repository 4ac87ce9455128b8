"""How well the events' confidence sorts hand-audited record events (session 12).

The hand audits of the record (bench/record_audit.py: audit 1 on news articles, audit 3 on
PolNeAR-train articles) judged each sampled event real and of the type shown ("yes"), real but of
another type ("wrong_type") or not an event ("no"), without any confidence to see. This script
runs the current code on the judged articles, finds each judged event again by its key (article,
span, type), and prints the ranking (ROC AUC) of its confidence for "yes" against the rest, and
the share of "yes" among the events kept at each threshold, with how many judged events the
current code no longer codes.

    .venv/bin/python bench/confidence_audit.py bench/data/record_audit_judgements.jsonl \
        bench/data/record_audit3_judgements.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is not a package
import record_audit  # noqa: E402

from newsledger.coded_event import CodedEvent  # noqa: E402
from newsledger.evaluate import roc_auc  # noqa: E402
from newsledger.pipeline import Analysis  # noqa: E402

POLNEAR_TRAIN = record_audit.REPO.parent / "shared" / "data" / "attribution" / "polnear-train.jsonl"
#: Thresholds whose kept precision is printed (the model's suggested one is among them).
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)


def articles_by_id() -> dict[str, dict[str, Any]]:
    """Return the audited corpora's articles by id: the three news files and PolNeAR train."""
    articles = {a["id"]: a for a in record_audit.load_articles()}
    if POLNEAR_TRAIN.is_file():
        articles.update({a["id"]: a for a in record_audit.read_jsonl(POLNEAR_TRAIN)})
    return articles


def judged_again(judgements: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]],
                 ) -> Iterator[tuple[dict[str, Any], Analysis, CodedEvent | None]]:
    """Yield each judgement with its article's analysis by the current code and the coded event
    the record keeps at the judgement's key (article, span, type), None when it is gone."""
    from newsledger.pipeline import extract_in_full  # imported here: --help needs no spaCy model

    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for j in judgements:
        by_article[j["article"]].append(j)
    for article_id, judged in sorted(by_article.items()):
        article = articles[article_id]
        analysis = extract_in_full(article["text"], published=article.get("published"),
                                   title=article.get("title"))
        kept = {e.id for e in analysis.record.events}
        coded = {(c.event.start, c.event.end, c.event.type): c for c in analysis.coded
                 if c.event.id in kept}
        for j in judged:
            yield j, analysis, coded.get((j["start"], j["end"], j["type"]))


def rescored(judgements: Sequence[dict[str, Any]],
             articles: dict[str, dict[str, Any]]) -> tuple[list[tuple[str, float]], int]:
    """Return (verdict, confidence) of the judged events the current code still codes, and how
    many it no longer codes."""
    pairs: list[tuple[str, float]] = []
    gone = 0
    for j, _, coded in judged_again(judgements, articles):
        if coded is None or coded.event.confidence is None:
            gone += 1
            continue
        pairs.append((j["event"], coded.event.confidence))
    return pairs, gone


def table(pairs: Sequence[tuple[str, float]]) -> list[str]:
    """Return the AUC line and one line per threshold: events kept and their share judged yes."""
    labels = [int(verdict == "yes") for verdict, _ in pairs]
    scores = [p for _, p in pairs]
    any_type = [int(verdict != "no") for verdict, _ in pairs]
    lines = [f"{len(pairs)} events, {sum(labels)} yes: AUC (yes) {roc_auc(labels, scores):.3f}, "
             f"AUC (an event of any type) {roc_auc(any_type, scores):.3f}"]
    for threshold in THRESHOLDS:
        kept = [y for y, p in zip(labels, scores, strict=True) if p >= threshold]
        share = sum(kept) / len(kept) if kept else 0.0
        lines.append(f"  confidence >= {threshold}: kept {len(kept)}, yes {sum(kept)} "
                     f"({share:.3f}), yes dropped {sum(labels) - sum(kept)}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    """Score each judgement file given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judgements", nargs="+", type=Path)
    args = parser.parse_args(argv)
    articles = articles_by_id()
    for path in args.judgements:
        pairs, gone = rescored(record_audit.read_jsonl(path), articles)
        print(f"== {path.name} ({gone} judged events no longer coded)")
        print("\n".join(table(pairs)) if pairs else "no judged event is coded now")


if __name__ == "__main__":
    main()

"""A hand audit of the record's events on random news articles (T98): sample, then score.

Sample mode runs :func:`newsledger.extract` on whole articles of the three news files (with the
article's published date when the file gives one), pools every record event and draws a
deterministic sample spread over many articles. It writes a JSONL file to review by hand; that
file holds each event's sentence, so write it outside the repository (gold texts stay out):

    .venv/bin/python bench/record_audit.py --out /work/notes/t98_sample.jsonl [--n 120]

``--corpus polnear`` (T106) samples the PolNeAR *train* articles instead (US political news,
2015-16), seed 106 unless ``--seed`` is given; articles a fixture names as
``polnear-train-<id>`` are skipped, and the sample's ``article`` is the PolNeAR id:

    .venv/bin/python bench/record_audit.py --corpus polnear --out /work/notes/t106_sample.jsonl

Score mode reads the hand judgements (``bench/data/record_audit_judgements.jsonl``, no sentence
text) and prints per-field precision and the errors grouped by cause:

    .venv/bin/python bench/record_audit.py --score bench/data/record_audit_judgements.jsonl

Each judgement line: ``article``, ``start``, ``end``, ``type``, ``trigger`` (the key), ``event``
(yes / wrong_type / no, with ``right_type``), then ``status``, ``actor``, ``actor_country``,
``recipient``, ``recipient_country``, ``date``, each right / wrong / na, judged only for real
events (yes or wrong_type); a country is na when the side is empty both in truth and in the
record. ``why`` maps every wrong field to "cause group: detail".

Pages mode (T101) audits *every* event of a fixed random sample of sentences of modern web news
pages, run from raw HTML through the whole pipeline (boilerplate removal included). The draw uses
only the cleaned text's sentences, never the events, so the same sentences come back on any code
version and a rerun needs judging only for events with new keys. Run it on a code snapshot
(``git archive``) with ``PYTHONPATH`` set to it; ``--rerun OLD_SAMPLE`` reuses an old sample's
sentence spans outright (so later fixture ids cannot shift the draw) and warns if a span's text
changed:

    .venv/bin/python bench/record_audit.py --pages --out /work/notes/t101_sample_LABEL.jsonl \
        [--sentences 250] [--code-label LABEL] [--data ../shared/data] [--rerun OLD_SAMPLE]
    .venv/bin/python bench/record_audit.py --pending SAMPLE \
        bench/data/record_audit2_judgements.jsonl
    .venv/bin/python bench/record_audit.py --score bench/data/record_audit2_judgements.jsonl \
        --missed bench/data/record_audit2_missed.jsonl

Judgement lines of pages mode are keyed by ``page`` (not ``article``); missed lines hold ``page``,
``start`` (the sentence's) and ``missed``: a list of ``{"trigger", "type"[, "note", "unsure"]}``,
empty when the record missed nothing in the sentence. Judgements also keep what the event showed
(``status_shown``, ``actor_shown``, ``recipient_shown``, ``date_shown``): ``--pending`` lists an
event as "new" (key never judged) or "changed" (key judged, but it now shows other values).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is not a package
import record_audit_pages as pages_mode  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
NEWS_DIR = REPO.parent / "shared" / "data" / "news"
FIXTURES_DIR = REPO / "tests" / "fixtures" / "events"
NEWS_FILES = ("conll2003_reuters.jsonl", "reuters21578.jsonl", "bbc_politics.jsonl")
#: Audit 3's corpus (T106): 840 political news articles that no events rule was written from.
POLNEAR_TRAIN = REPO.parent / "shared" / "data" / "attribution" / "polnear-train.jsonl"
#: Fixtures name a PolNeAR train article as this prefix plus its id.
POLNEAR_PREFIX = "polnear-train-"
#: Only these fields reach the pipeline: the file's gold attributions are never read.
ARTICLE_FIELDS = ("id", "published", "title", "text")
CORPORA = ("news", "polnear")

#: The brief's seed: one seed drives the article order and the event draw, so reruns agree.
SEED = 98
#: Audit 3's seed (T106), so its draw is independent of audit 1's.
POLNEAR_SEED = 106
#: Events to judge: about two hours of careful reading, and enough for a +-0.09 interval at 0.5.
DEFAULT_N = 120
#: At most this many events per article, so that the sample spans 40+ articles, not a few long ones.
PER_ARTICLE = 3

#: Only the ``source`` value of a fixture line is read: the held-out sentences stay unopened.
SOURCE_RE = re.compile(r'"source":\s*"([^"]*)"')

#: Fields judged for every real event (event judged "yes" or "wrong_type"), in table order.
FIELDS = ("status", "actor", "actor_country", "recipient", "recipient_country", "date")
#: z for a 95% Wilson interval: 120 judgements leave wide intervals, so the table prints them.
Z95 = 1.96
#: Judgement values that count; "na" (not judgeable) is left out of the denominator.
RIGHT, WRONG = "right", "wrong"
EVENT_VALUES = ("yes", "wrong_type", "no")


def fixture_sources(fixtures_dir: Path = FIXTURES_DIR) -> set[str]:
    """Return the article ids named as ``source`` in any events fixture (ids only are read)."""
    ids: set[str] = set()
    for path in sorted(fixtures_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                ids.update(SOURCE_RE.findall(line))
    return ids


def fixture_page_ids(fixtures_dir: Path = REPO / "tests" / "fixtures") -> set[str]:
    """Return the boilerplate index ids any tracked fixture names as "bp-<id>" (ids only read)."""
    ids: set[str] = set()
    for path in sorted(fixtures_dir.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                ids.update(s.removeprefix("bp-") for s in SOURCE_RE.findall(line)
                           if s.startswith("bp-"))
    return ids


def load_articles(news_dir: Path = NEWS_DIR) -> list[dict[str, Any]]:
    """Return the articles of the three news files, in file order."""
    articles: list[dict[str, Any]] = []
    for name in NEWS_FILES:
        with (news_dir / name).open(encoding="utf-8") as handle:
            articles.extend(json.loads(line) for line in handle if line.strip())
    return articles


def load_polnear(path: Path = POLNEAR_TRAIN) -> list[dict[str, Any]]:
    """Return the PolNeAR articles of ``path`` (id, published, title, text), in file order."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [{k: row.get(k) for k in ARTICLE_FIELDS} for row in rows]


def polnear_skip(sources: set[str]) -> set[str]:
    """Return the PolNeAR ids that fixture sources name ("polnear-train-<id>" -> "<id>")."""
    return {s.removeprefix(POLNEAR_PREFIX) for s in sources if s.startswith(POLNEAR_PREFIX)}


def article_order(articles: Sequence[dict[str, Any]], skip: set[str],
                  seed: int = SEED) -> list[dict[str, Any]]:
    """Return the articles not in ``skip``, shuffled by ``seed``."""
    kept = [a for a in articles if a["id"] not in skip]
    random.Random(seed).shuffle(kept)
    return kept


def draw(pool: Sequence[dict[str, Any]], n: int, per_article: int = PER_ARTICLE,
         seed: int = SEED) -> list[dict[str, Any]]:
    """Draw up to ``n`` events from ``pool`` at random, at most ``per_article`` per article."""
    order = list(pool)
    random.Random(seed).shuffle(order)
    taken: Counter[str] = Counter()
    out: list[dict[str, Any]] = []
    for row in order:
        if len(out) >= n:
            break
        if taken[row["article"]] < per_article:
            taken[row["article"]] += 1
            out.append(row)
    # Article then text order, so reading the sample follows each article.
    return sorted(out, key=lambda r: (r["article"], r["start"]))


def _side(actors: dict[str, Any], actor_id: str | None) -> dict[str, Any] | None:
    """Return name, country and sector of one event side, or None when the side is empty."""
    if actor_id is None:
        return None
    actor = actors[actor_id]
    return {"name": actor.name, "country": actor.country, "sector": actor.sector}


def event_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Run the pipeline on one article and return one review row per record event."""
    import newsledger  # imported here: score mode and the tests need no spaCy model

    record = newsledger.extract(article["text"], published=article.get("published"),
                                title=article.get("title"))
    actors = {a.id: a for a in record.actors}
    rows = []
    for ev in record.events:
        rows.append({
            "article": article["id"], "event": ev.id, "type": ev.type, "status": ev.status,
            "trigger": ev.trigger, "start": ev.start, "end": ev.end,
            "actor": _side(actors, ev.actor), "recipient": _side(actors, ev.recipient),
            "attributed_to": actors[ev.attributed_to].name if ev.attributed_to else None,
            "date": ev.date.value if ev.date else None,
            "date_text": ev.date.text if ev.date else None,
            "location": ev.location.name if ev.location else None,
            "location_country": ev.location.country if ev.location else None,
            "published": article.get("published"), "sentence": ev.sentence,
        })
    return rows


def candidates(corpus: str, seed: int, sources: set[str] | None = None,
               polnear_path: Path = POLNEAR_TRAIN) -> list[dict[str, Any]]:
    """Return the corpus's articles that no fixture names, shuffled by ``seed``."""
    sources = fixture_sources() if sources is None else sources
    if corpus == "polnear":
        return article_order(load_polnear(polnear_path), polnear_skip(sources), seed)
    return article_order(load_articles(), sources, seed)


def sample(n: int = DEFAULT_N, seed: int = SEED, corpus: str = "news") -> list[dict[str, Any]]:
    """Extract every candidate article and draw the sample of record events."""
    pool: list[dict[str, Any]] = []
    for article in candidates(corpus, seed):
        pool.extend(event_rows(article))
    return draw(pool, n, PER_ARTICLE, seed)


def judgement_key(row: dict[str, Any]) -> tuple[str, int, int, str]:
    """Return the key that ties a judgement to a sampled event: article or page, span, type."""
    return (row.get("article") or row["page"], int(row["start"]), int(row["end"]), row["type"])


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSONL file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def cause_of(reason: str) -> str:
    """Return the cause group of a reason: the words before its colon ('cause: detail')."""
    return reason.split(":", 1)[0].strip().lower()


def score(judgements: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Return per-field (right, judged) counts and the error causes of the judgements."""
    rows = list(judgements)
    table: dict[str, list[int]] = {}
    causes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["event"] not in EVENT_VALUES:
            raise ValueError(f"bad event value {row['event']!r} for {judgement_key(row)}")
    table["event (type right)"] = [sum(r["event"] == "yes" for r in rows), len(rows)]
    table["event (any type)"] = [sum(r["event"] != "no" for r in rows), len(rows)]
    for row in rows:
        if row["event"] != "yes":
            causes["event"][cause_of(row.get("why", {}).get("event", "unstated"))] += 1
    real = [r for r in rows if r["event"] != "no"]
    for name in FIELDS:
        judged = [r for r in real if r.get(name) in (RIGHT, WRONG)]
        table[name] = [sum(r[name] == RIGHT for r in judged), len(judged)]
        for r in judged:
            if r[name] == WRONG:
                causes[name][cause_of(r.get("why", {}).get(name, "unstated"))] += 1
    # A user sees the whole event: right only when every judged field of a real event is right.
    whole = [r for r in real if all(r.get(f) != WRONG for f in FIELDS)]
    table["all fields right"] = [sum(r["event"] == "yes" for r in whole), len(rows)]
    return {"table": table, "causes": {k: dict(v.most_common()) for k, v in causes.items()}}


def restrict(judgements: Sequence[dict[str, Any]], sample: Iterable[dict[str, Any]],
             ) -> tuple[list[dict[str, Any]], int]:
    """Return the judgements of a rerun sample's events, and how many judged real events it lost.

    An event takes the judgement of its key that shows its values (:func:`pages_mode.pending`
    lists those without one); a judged real event (yes or wrong type) whose key no longer
    occurs is a miss of the rerun code.
    """
    rows = list(sample)
    if pages_mode.pending(rows, judgements):
        raise ValueError("the sample has events without a judgement: judge --pending first")
    by_key: dict[tuple[str, int, int, str], list[dict[str, Any]]] = defaultdict(list)
    for j in judgements:
        by_key[judgement_key(j)].append(j)
    kept = []
    for row in rows:
        for ev in row["events"]:
            now = pages_mode.shown(ev)
            key = (row["page"], int(ev["start"]), int(ev["end"]), ev["type"])
            # the judgement made of these very values (two events may share a trigger)
            kept.append(next(j for j in by_key[key] if all(j[k] == now[k] for k in now if k in j)))
    lost = sum(1 for key, js in by_key.items() if any(j["event"] != "no" for j in js)
               and not any((r["page"], int(e["start"]), int(e["end"]), e["type"]) == key
                           for r in rows for e in r["events"]))
    return kept, lost


def wilson(right: int, judged: int, z: float = Z95) -> tuple[float, float]:
    """Return the Wilson score interval of a proportion (0, 0 when nothing was judged)."""
    if judged == 0:
        return (0.0, 0.0)
    p = right / judged
    denom = 1 + z * z / judged
    centre = (p + z * z / (2 * judged)) / denom
    half = z * math.sqrt(p * (1 - p) / judged + z * z / (4 * judged * judged)) / denom
    return (centre - half, centre + half)


def recall(judgements: Iterable[dict[str, Any]], missed: Iterable[dict[str, Any]],
           sure_only: bool = False) -> list[int]:
    """Return [found, found + missed]: found are events judged yes or wrong_type.

    With ``sure_only`` the misses marked ``unsure`` are left out, a bound from above.
    """
    found = sum(r["event"] != "no" for r in judgements)
    lost = sum(1 for r in missed for m in r["missed"] if not (sure_only and m.get("unsure")))
    return [found, found + lost]


def format_score(result: dict[str, Any]) -> str:
    """Return the precision table and the cause counts as text."""
    lines = [f"{'field':<22}{'right':>7}{'judged':>8}{'precision':>11}  95% interval"]
    table = dict(result["table"])
    for name in ("recall", "recall (sure misses)"):
        if name in result:
            table[name] = result[name]
    for name, (right, judged) in table.items():
        prec = f"{right / judged:.3f}" if judged else "-"
        low, high = wilson(right, judged)
        lines.append(f"{name:<22}{right:>7}{judged:>8}{prec:>11}  {low:.2f}-{high:.2f}")
    lines.append("")
    lines.append("errors by cause (field: cause count)")
    for name, counts in result["causes"].items():
        for cause, count in counts.items():
            lines.append(f"  {name}: {cause} {count}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Sample events for review (--out) or score a judgement file (--score)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the sample here (outside the repo)")
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=None,
                        help=f"default {SEED} (news), {POLNEAR_SEED} (polnear)")
    parser.add_argument("--corpus", choices=CORPORA, default="news",
                        help="the articles to sample: the news files or PolNeAR train")
    parser.add_argument("--score", type=Path, help="a judgement JSONL file to score")
    parser.add_argument("--missed", type=Path, help="with --score: a missed-events file (recall)")
    parser.add_argument("--sample", type=Path,
                        help="with --score: score only a rerun sample's events (--pages)")
    parser.add_argument("--pages", action="store_true", help="sample sentences of web pages")
    parser.add_argument("--sentences", type=int, default=pages_mode.DEFAULT_SENTENCES)
    parser.add_argument("--code-label", default=None, help="a name of the code version run")
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--rerun", type=Path, help="with --pages: an old sample's sentences")
    parser.add_argument("--pending", nargs=2, type=Path, metavar=("SAMPLE", "JUDGEMENTS"),
                        help="list the sample's events that have no judgement yet")
    args = parser.parse_args(argv)
    if args.score:
        judged, lost = read_jsonl(args.score), 0
        if args.sample:
            judged, lost = restrict(judged, read_jsonl(args.sample))
        result = score(judged)
        if args.missed:
            # a real event the rerun code no longer codes is one more miss
            missed = read_jsonl(args.missed) + [{"missed": [{"lost": True}] * lost}]
            result["recall"] = recall(judged, missed)
            result["recall (sure misses)"] = recall(judged, missed, True)
        print(format_score(result))
        return
    if args.pending:
        todo = pages_mode.pending(read_jsonl(args.pending[0]), read_jsonl(args.pending[1]))
        for row in todo:
            print(json.dumps(row, ensure_ascii=False))
        print(f"{len(todo)} events without a judgement")
        return
    if args.out is None:
        parser.error("give --out PATH, --score PATH or --pending SAMPLE JUDGEMENTS")
    if args.out.resolve().is_relative_to(REPO):
        parser.error("the sample holds article sentences: write it outside the repository")
    if args.pages:
        data = args.data or pages_mode.default_data_dir()
        if args.rerun:
            rows = pages_mode.rerun(data, read_jsonl(args.rerun), args.code_label)
        else:
            rows = pages_mode.sample_pages(data, fixture_page_ids(), args.sentences,
                                           pages_mode.SEED, args.code_label)
        with args.out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        n_events = sum(len(r["events"]) for r in rows)
        print(f"{len(rows)} sentences, {n_events} events, {len({r['page'] for r in rows})} pages"
              f" -> {args.out}")
        return
    seed = args.seed if args.seed is not None else (
        POLNEAR_SEED if args.corpus == "polnear" else SEED)
    rows = sample(args.n, seed, args.corpus)
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} events from {len({r['article'] for r in rows})} articles -> {args.out}")


if __name__ == "__main__":
    main()

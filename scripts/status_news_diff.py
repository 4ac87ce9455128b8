"""Dump or compare the status of every event on the 120 news articles (T83, M14; issue 4).

Reading every status a change moves on news nobody labelled is the check against status rules
that only fit the exhaustive development sentences. The stages run as the pipeline's
``analyse_in_full`` runs them, except that the article's publication year is passed to
``code_events`` when the checked-out code accepts it (the pipeline does not pass it yet, M14).

    .venv/bin/python scripts/status_news_diff.py dump before.json
    .venv/bin/python scripts/status_news_diff.py diff before.json after.json
"""

from __future__ import annotations

import argparse
import inspect
import json
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR

#: The news sets and how many articles of each are read (as scripts/events_news_diff.py).
NEWS_SETS = ("conll2003_reuters", "reuters21578", "bbc_politics")
ARTICLES_PER_SET = 40
#: Characters of the sentence shown per difference.
SHOWN = 220


def dump(data: Path, out: Path) -> None:
    """Write the status of every coded event of the news articles to JSON, keyed by position."""
    from newsledger import pipeline as p
    from newsledger.events import code_events

    takes_year = "published_year" in inspect.signature(code_events).parameters
    found: dict[str, list[str | None]] = {}
    for name in NEWS_SETS:
        with (data / "news" / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= ARTICLES_PER_SET:
                    break
                item = json.loads(line)
                article = p.clean(p.RawDocument(origin="<string>", content=item["text"],
                                                kind="text"))
                doc = p.parse(article.text)
                actors = p.build_actors(doc)
                published = p.published_date(item.get("published"))
                dates = p.extract_dates(doc, published)
                statements = p.extract_statements(doc, actors, dates, article.title)
                year = {"published_year": published.year if published else None} \
                    if takes_year else {}
                for coded in code_events(doc, actors, statements, dates, **year):
                    e = coded.event
                    key = f"{item['id']}|{e.start}|{e.type}|{e.actor}|{e.recipient}"
                    found[key] = [e.sentence, e.trigger, e.status, e.attributed_to]
    out.write_text(json.dumps(found), encoding="utf-8")


def diff(before: Path, after: Path) -> list[str]:
    """Return one line per event added, removed or with another status."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    lines = []
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        type_ = key.split("|")[2]
        if x is None or y is None:
            row = x or y
            lines.append(f"{'ADDED' if x is None else 'REMOVED'} {type_} {row[1]} {row[2]} | "
                         f"{row[0][:SHOWN]}".replace("\n", " "))
        elif x[2] != y[2]:
            lines.append(f"CHANGED {type_} {x[1]} {x[2]} -> {y[2]} | {x[0][:SHOWN]}"
                         .replace("\n", " "))
    return lines


def main() -> None:
    """Run the dump or diff command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.data, args.out)
    else:
        lines = diff(args.before, args.after)
        print("\n".join(lines))
        print(f"{len(lines)} differences")


if __name__ == "__main__":
    main()

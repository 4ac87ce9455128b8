"""Time the actor registry and place finding against the spaCy parse they run after.

Run: nice .venv/bin/python bench/actors.py [N_ARTICLES]
Articles: news/conll2003_reuters.jsonl and news/bbc_politics.jsonl from the shared data folder.
"""

from __future__ import annotations

import json
import sys
import time

from newsledger.actors import build_actors
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.parse import load_pipeline, parse
from newsledger.places import find_places, geocode


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    texts: list[str] = []
    for name in ("conll2003_reuters.jsonl", "bbc_politics.jsonl"):
        with (DEFAULT_DATA_DIR / "news" / name).open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    texts = texts[:n]
    load_pipeline()
    t0 = time.perf_counter()
    geocode("Warsaw")  # loads the gazetteer once per process
    geocode("Kiev")  # and its alternate names (GeoNames spells it Kyiv)
    warm = time.perf_counter() - t0
    parse_s = actors_s = places_s = 0.0
    mentions = 0
    for text in texts:
        t = time.perf_counter()
        doc = parse(text)
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        index = build_actors(doc)
        actors_s += time.perf_counter() - t
        t = time.perf_counter()
        find_places(doc)
        places_s += time.perf_counter() - t
        mentions += sum(len(a.mentions) for a in index.actors)
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars} chars, {mentions} actor mentions")
    print(f"gazetteer load (once per process): {warm:.2f} s")
    print(f"parse   {parse_s:.2f} s")
    print(f"actors  {actors_s:.2f} s  ({100 * actors_s / parse_s:.1f}% of parse)")
    print(f"places  {places_s:.2f} s  ({100 * places_s / parse_s:.1f}% of parse)")
    # One very long article (the same texts joined): the registry must stay linear in size.
    long_text = "\n".join(texts)
    t = time.perf_counter()
    doc = parse(long_text)
    long_parse = time.perf_counter() - t
    t = time.perf_counter()
    build_actors(doc)
    long_actors = time.perf_counter() - t
    print(f"one {len(long_text)}-char article: parse {long_parse:.2f} s, actors {long_actors:.2f} s"
          f" ({100 * long_actors / long_parse:.1f}% of parse)")


if __name__ == "__main__":
    main()

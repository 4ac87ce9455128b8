"""How much statement extraction adds to the spaCy parse (issue 3 target: under 25%).

Parses N PolNeAR dev articles with the shared pipeline, then times extract_statements on the same
docs (the actor registry is built beforehand and not counted: it is another stage).

    nice .venv/bin/python bench/statements_speed.py [N]
"""

from __future__ import annotations

import json
import sys
import time

from newsledger.actors import build_actors
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.parse import load_pipeline
from newsledger.statements import extract_statements


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 84
    path = DEFAULT_DATA_DIR / "attribution" / "polnear-dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:n]
    nlp = load_pipeline()
    nlp("warm up the pipeline and the lexicons")
    extract_statements(nlp("He said it was fine."), build_actors(nlp("x")), [])
    t0 = time.perf_counter()
    docs = [nlp(text) for text in texts]
    parse_s = time.perf_counter() - t0
    registries = [build_actors(doc) for doc in docs]
    t0 = time.perf_counter()
    pairs = zip(docs, registries, strict=True)
    count = sum(len(extract_statements(doc, reg, [])) for doc, reg in pairs)
    statements_s = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {chars} characters, {count} statements")
    print(f"parse       {parse_s:7.2f} s")
    print(f"statements  {statements_s:7.2f} s  ({100 * statements_s / parse_s:.1f}% of parse)")


if __name__ == "__main__":
    main()

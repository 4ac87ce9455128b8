"""How long event extraction and its status decisions take on parsed news (M17).

Parses N news articles (the texts ``bench/events_speed.py`` reads), builds actors and
statements, then times ``extract_events_and_actors`` (best of three passes, so a loaded
machine's swings matter less than in one timed pass) and reports, from one cProfile pass, the
cumulative time of ``status.status_of`` and of the quotation and statement look-ups it makes.

    nice .venv/bin/python bench/status_speed.py [N]
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

from newsledger.actors import build_actors
from newsledger.events import extract_events_and_actors
from newsledger.parse import load_pipeline
from newsledger.statements import extract_statements

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import texts  # noqa: E402  (sibling script, not a package)

#: Timed passes over the same docs; the fastest is reported.
PASSES = 3
#: Functions whose cumulative time the profile reports.
SHOWN = ("extract_events_and_actors", "status_of", "claims", "quotation")


def main(limit: int) -> None:
    """Time event extraction and print the status functions' share of a profiled pass."""
    nlp = load_pipeline()
    docs = list(nlp.pipe(texts(limit)))
    prepared = []
    for doc in docs:
        actors = build_actors(doc)
        prepared.append((doc, actors, extract_statements(doc, actors, [])))
    extract_events_and_actors(*prepared[0], [])  # one-off loads (gazetteer, lexicons)
    best = float("inf")
    for _ in range(PASSES):
        t0 = time.perf_counter()
        for doc, actors, statements in prepared:
            extract_events_and_actors(doc, actors, statements, [])
        best = min(best, time.perf_counter() - t0)
    print(f"{limit} articles: events {best:.2f} s (best of {PASSES})")
    profile = cProfile.Profile()
    profile.enable()
    for doc, actors, statements in prepared:
        extract_events_and_actors(doc, actors, statements, [])
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (path, _line, name), row in sorted(stats.items()):
        if name in SHOWN and "newsledger" in path:
            print(f"under cProfile: {Path(path).name} {name} cumulative {row[3]:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)

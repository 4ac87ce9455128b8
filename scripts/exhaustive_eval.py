"""Score events on the exhaustively labelled sentences, and list every disagreement (T82).

The scoring is :mod:`newsledger.evaluate.exhaustive` (``newsledger eval events`` prints its rows
``exhaustive-dev`` and ``exhaustive-heldout``); this script scores any given files, by default the
development ones, and with ``--show`` lists every MISS, FALSE positive, STATUS, TYPE and COUNTRY
disagreement, one per line, for reading.

    nice .venv/bin/python scripts/exhaustive_eval.py [--show] [FILE ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsledger.evaluate.exhaustive import EXHAUSTIVE_SETS, FIXTURES, report, tally_files


def main(argv: list[str] | None = None) -> int:
    """Score the given sets (default: the development ones) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true",
                        help="list misses, false positives, status and country disagreements")
    args = parser.parse_args(argv)
    files = args.files or sorted(FIXTURES.glob(EXHAUSTIVE_SETS["exhaustive-dev"]))
    tally = tally_files(files)
    print(", ".join(p.name for p in files))
    print(report(tally))
    if args.show:
        print("\n".join(sorted(tally.shown)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

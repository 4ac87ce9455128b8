"""Boilerplate benchmark: newsledger's cleaning beside trafilatura, readability-lxml, raw and C4.

    .venv/bin/python bench/boilerplate.py [--set scrapinghub_aeb|wcxb-dev] [--limit N]
                                          [--side html|text] [--data DIR] [--json]

HTML side, on the raw pages: newsledger (newsledger.clean.clean_html), trafilatura with its
defaults, readability-lxml. Text side, on the pages rendered by html-text (guess_layout=True):
the raw text, C4-style line rules, newsledger's text cleaner (newsledger.boilerplate.clean_text).
ScrapingHub pages are scored with the benchmark's 4-token shingle P/R/F1, WCXB pages with its
bag-of-words P/R/F1; each set is reported whole, on its tuning half and on its held-out half.
The metrics live in newsledger.evaluate.boilerplate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate import boilerplate as ev


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="sets", action="append", choices=ev.SETS,
                    help="benchmark set (repeatable; default: both)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    ap.add_argument("--side", dest="sides", action="append", choices=("html", "text"),
                    help="HTML extractors, plain-text cleaners, or both (default)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    if not (args.data / "boilerplate").is_dir():
        print(f"no benchmark data under {args.data}/boilerplate", file=sys.stderr)
        return 2
    started = time.time()
    sides = args.sides or ("html", "text")
    report = ev.evaluate(args.data, args.sets or ev.SETS, args.limit, sides)
    print(json.dumps(report.to_dict(), indent=1) if args.json else report.to_text())
    print(f"({time.time() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

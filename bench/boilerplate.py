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

#: trafilatura settings compared by --sweep (each against the library defaults).
SWEEP: dict[str, dict[str, bool]] = {
    "defaults": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "fast (no fallbacks)": {"fast": True},
    "include_tables=False": {"include_tables": False},
    "deduplicate": {"deduplicate": True},
    "include_comments=False": {"include_comments": False},
    "no comments + favor_precision": {"include_comments": False, "favor_precision": True},
    "no comments + favor_recall": {"include_comments": False, "favor_recall": True},
    "no comments + fast": {"include_comments": False, "fast": True},
    "no comments + deduplicate": {"include_comments": False, "deduplicate": True},
    "no comments + precision + fast": {
        "include_comments": False, "favor_precision": True, "fast": True},
}


def sweep(pages: list[ev.Page], set_name: str) -> str:
    """Score trafilatura under each setting of SWEEP on the pages; return a table."""
    import trafilatura

    from newsledger.clean import clean_html

    lines = [f"-- trafilatura settings on {set_name} (n={len(pages)})",
             f"{'setting':<34}{'precision':>10}{'recall':>10}{'f1':>10}"]
    texts = [ev.decode_html(p.html) for p in pages]
    runs = {name: [trafilatura.extract(t, url=p.url, **kw) or ""
                   for t, p in zip(texts, pages, strict=True)]
            for name, kw in SWEEP.items()}
    runs["newsledger (clean_html)"] = [clean_html(p.html, p.id, p.url).text for p in pages]
    for name, outs in runs.items():
        m = ev.score_outputs(pages, outs)
        lines.append(f"{name:<34}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}")
    return "\n".join(lines)


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
    ap.add_argument("--sweep", action="store_true",
                    help="instead: score trafilatura settings (how clean.py's were chosen)")
    args = ap.parse_args(argv)
    if not (args.data / "boilerplate").is_dir():
        print(f"no benchmark data under {args.data}/boilerplate", file=sys.stderr)
        return 2
    started = time.time()
    if args.sweep:
        for set_name in args.sets or ev.SETS[:1]:
            print(sweep(ev.load_pages(args.data, set_name, args.limit), set_name))
        return 0
    sides = args.sides or ("html", "text")
    report = ev.evaluate(args.data, args.sets or ev.SETS, args.limit, sides)
    print(json.dumps(report.to_dict(), indent=1) if args.json else report.to_text())
    print(f"({time.time() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

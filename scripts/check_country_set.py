"""Check a hand-labelled country set file (tests/fixtures/events/country_heldout*.jsonl).

Stdlib + json only, and deliberately no newsledger import: it must be runnable on a fresh set
before the system has ever seen it. For every line it checks that the sentence is a verbatim
substring of its source article, that the trigger sits at trigger_start, that the actor/recipient
codes are three upper-case letters and that the tags come from the known list.

Sources "tbaq-<name>" (set 4, T34) are TimeBank/AQUAINT documents, time/tbaq/*/<name>.tml; their
article text is the TML <TEXT> content with tags removed and entities unescaped, the same rule
as newsledger.evaluate.timeml.read_timeml (re-implemented so the check still imports no newsledger).
Sources "meantime-<name>" (set 5, T42) are MEANTIME English WikiNews documents,
time/meantime-en/<name>.tml, read by the same rule. Sources "bp-<id>" (set 5) are the `body`
field of the boilerplate-benchmark row <id> in boilerplate/index.jsonl (a row without a body is
no article).

Usage: python3 scripts/check_country_set.py FILE [FILE ...] [--data-dir DIR]
Exit status 0 when every file is clean, 1 otherwise (each problem is printed).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

# Default data folder, resolved as newsledger.evaluate.DEFAULT_DATA_DIR does ($NEWSLEDGER_DATA, else
# repo/../shared/data); repeated here rather than imported so this check never loads newsledger.
DEFAULT_DATA_DIR = Path(
    os.environ.get(
        "NEWSLEDGER_DATA", Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    )
)

# Article files a source id can come from, tried in this order.
NEWS_FILES = ("news/conll2003_reuters.jsonl", "news/reuters21578.jsonl", "news/bbc_politics.jsonl")
# polnear articles are cited as "polnear-dev-<id>" (README, T23) or "polnear-train-<id>" (T44);
# the prefix names the file.
PREFIXED_FILES = {
    "polnear-dev-": "attribution/polnear-dev.jsonl",
    "polnear-train-": "attribution/polnear-train.jsonl",
}
# TimeML documents are cited as "<prefix><file name without .tml>": TimeBank/AQUAINT (README, T34)
# one folder down, MEANTIME English WikiNews (README, T42) directly in its folder; rglob finds both.
TIMEML_DIRS = {"tbaq-": "time/tbaq", "meantime-": "time/meantime-en"}
# Boilerplate-benchmark pages are cited as "bp-<index row id>" (README, T42); the article text is
# the row's ground-truth `body`.
BOILERPLATE_PREFIX = "bp-"
BOILERPLATE_INDEX = "boilerplate/index.jsonl"
# The tag pattern of newsledger.evaluate.timeml (_TAG), so the text is the one read_corpus gives.
TML_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")

REQUIRED_KEYS = (
    "source",
    "sentence",
    "trigger",
    "trigger_start",
    "type",
    "actor",
    "recipient",
    "tags",
)
KNOWN_TAGS = frozenset(
    {
        "international",
        "domestic",
        "person",
        "group",
        "metonymy",
        "implicit",
        "none",
        "none-actor",
        "none-recipient",
    }
)
# PLOVER v2 event types (the sixteen of newsledger/data/plover_triggers.tsv).
PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
ISO3 = re.compile(r"[A-Z]{3}")


def tml_text(raw: str) -> str:
    """Return the scored text of one TML file: <TEXT> content, tags dropped, entities unescaped."""
    start, end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if start < 0 or end < 0:
        return ""
    body = raw[start + len("<TEXT>") : end]
    pieces: list[str] = []
    pos = 0
    for tag in TML_TAG.finditer(body):
        pieces.append(html.unescape(body[pos : tag.start()]))
        pos = tag.end()
    pieces.append(html.unescape(body[pos:]))
    return "".join(pieces)


def load_articles(data_dir: Path) -> dict[str, str]:
    """Map every article id (with its set prefix where one applies) to its text."""
    texts: dict[str, str] = {}
    for rel in NEWS_FILES:
        path = data_dir / rel
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
    for prefix, rel in PREFIXED_FILES.items():
        path = data_dir / rel
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[prefix + row["id"]] = row["text"]
    for prefix, rel in TIMEML_DIRS.items():
        folder = data_dir / rel
        if folder.is_dir():
            for path in sorted(folder.rglob("*.tml")):
                texts[prefix + path.stem] = tml_text(path.read_text(encoding="utf-8"))
    index = data_dir / BOILERPLATE_INDEX
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("body"):
                    texts[BOILERPLATE_PREFIX + row["id"]] = row["body"]
    return texts


def side_problems(item: dict) -> list[str]:
    """Return the problems of an item's actor and recipient lists of ISO3 codes."""
    problems: list[str] = []
    for side in ("actor", "recipient"):
        codes = item[side]
        if not isinstance(codes, list):
            problems.append(f"{side} is not a list")
            continue
        bad = [c for c in codes if not (isinstance(c, str) and ISO3.fullmatch(c))]
        if bad:
            problems.append(f"{side} codes not three upper-case letters: {bad}")
        if len(set(codes)) != len(codes):
            problems.append(f"{side} repeats a code")
    return problems


def check_row(row: dict, texts: dict[str, str]) -> list[str]:
    """Return the problems of one labelled line (empty when it is clean)."""
    missing = [k for k in REQUIRED_KEYS if k not in row]
    if missing:
        return [f"missing keys {missing}"]
    problems: list[str] = []
    sentence, trigger, start = row["sentence"], row["trigger"], row["trigger_start"]
    text = texts.get(row["source"])
    if text is None:
        problems.append(f"unknown source {row['source']!r}")
    elif sentence not in text:
        problems.append("sentence is not a verbatim substring of its article")
    if not isinstance(start, int) or sentence[start : start + len(trigger)] != trigger:
        problems.append(f"trigger {trigger!r} is not at trigger_start {start!r}")
    if row["type"] not in PLOVER_TYPES:
        problems.append(f"unknown PLOVER type {row['type']!r}")
    problems.extend(side_problems(row))
    tags = row["tags"]
    if not isinstance(tags, list) or not tags:
        problems.append("tags is not a non-empty list")
    else:
        unknown = sorted(set(tags) - KNOWN_TAGS)
        if unknown:
            problems.append(f"unknown tags {unknown}")
    return problems


def read_rows(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """Return a JSON-lines set's objects with their line numbers, and its unreadable lines."""
    rows: list[tuple[int, dict]] = []
    problems: list[str] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{lineno}: not JSON ({exc})")
            continue
        if isinstance(row, dict):
            rows.append((lineno, row))
        else:
            problems.append(f"{path}:{lineno}: line is not an object")
    return rows, problems


def print_row_problems(path: Path, texts: dict[str, str],
                       check: Callable[[dict, dict[str, str]], list[str]],
                       ) -> tuple[list[tuple[int, dict]], int, int]:
    """Print each unreadable line and each row's problems (``check``) of a JSON-lines set.

    Returns the readable rows with their line numbers, how many lines were unreadable, and how
    many lines have a problem (unreadable ones included).
    """
    rows, unreadable = read_rows(path)
    for problem in unreadable:
        print(problem)
    bad_lines = len(unreadable)
    for lineno, row in rows:
        problems = check(row, texts)
        for problem in problems:
            print(f"{path}:{lineno}: {problem}")
        bad_lines += bool(problems)
    return rows, len(unreadable), bad_lines


def check_file(path: Path, texts: dict[str, str]) -> int:
    """Print the problems of one set file and return how many lines have any."""
    rows, unreadable, bad_lines = print_row_problems(path, texts, check_row)
    print(f"{path}: {len(rows) + unreadable} lines, {bad_lines} with problems")
    return bad_lines


def main(argv: list[str] | None = None) -> int:
    """Check every file given; exit 1 when any line has a problem or no articles are found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir)
    if not texts:
        print(f"no articles found under {args.data_dir}")
        return 1
    bad = sum(check_file(path, texts) for path in args.files)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

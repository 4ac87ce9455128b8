"""Check an exhaustively labelled event set (tests/fixtures/events/exhaustive_dev_*.jsonl, T82).

Stdlib + json only, and deliberately no newsledger import: the set must be checkable before the
system has ever seen it. The article reader is the one of scripts/check_country_set.py (loaded
from this folder), so both checkers agree on every source's text.

Line format: {"source", "sentence", "events": [{"trigger", "trigger_start", "type", "actor",
"recipient", "status"[, "unsure": true]}]}. For every line it checks that the sentence is a
verbatim substring of its source article, that each trigger is one word sitting at its
trigger_start, that types are PLOVER types, codes three upper-case letters, status one of the
five epistemic statuses, and that no event is listed twice. Across the file it checks that a
document's sentences form one block, appear in article order without overlapping, and number at
most MAX_SENTENCES_PER_DOC. With --summary it prints the counts a README section reports.

Usage: python3 scripts/check_exhaustive_set.py FILE [FILE ...] [--data-dir DIR] [--summary]
Exit status 0 when every file is clean, 1 otherwise (each problem is printed).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_country_set import (  # noqa: E402  (sibling script, not a package)
    DEFAULT_DATA_DIR,
    PLOVER_TYPES,
    load_articles,
    print_row_problems,
    side_problems,
)

LINE_KEYS = frozenset({"source", "sentence", "events"})
EVENT_KEYS = frozenset({"trigger", "trigger_start", "type", "actor", "recipient", "status"})
OPTIONAL_EVENT_KEYS = frozenset({"unsure"})
# The epistemic statuses of issue 4 (tests/fixtures/events/README.md, status_set.jsonl rules).
STATUSES = frozenset({"asserted", "claimed", "denied", "planned", "hypothetical"})
# The T82 brief takes the first 8 sentences of each document, so a document never gives more.
MAX_SENTENCES_PER_DOC = 8
# A trigger is the single word naming the event (a hyphenated or apostrophe word counts as one).
WHITESPACE = re.compile(r"\s")


def check_event(event: object, sentence: str) -> list[str]:
    """Return the problems of one labelled event of a sentence."""
    if not isinstance(event, dict):
        return ["event is not an object"]
    keys = set(event)
    problems: list[str] = []
    if EVENT_KEYS - keys:
        return [f"event missing keys {sorted(EVENT_KEYS - keys)}"]
    if keys - EVENT_KEYS - OPTIONAL_EVENT_KEYS:
        problems.append(f"event has unknown keys {sorted(keys - EVENT_KEYS - OPTIONAL_EVENT_KEYS)}")
    trigger, start = event["trigger"], event["trigger_start"]
    if not isinstance(trigger, str) or not trigger or WHITESPACE.search(trigger):
        problems.append(f"trigger {trigger!r} is not one word")
    elif not isinstance(start, int) or sentence[start : start + len(trigger)] != trigger:
        problems.append(f"trigger {trigger!r} is not at trigger_start {start!r}")
    if event["type"] not in PLOVER_TYPES:
        problems.append(f"unknown PLOVER type {event['type']!r}")
    if event["status"] not in STATUSES:
        problems.append(f"unknown status {event['status']!r}")
    if "unsure" in event and event["unsure"] is not True:
        problems.append("unsure is given but not true")
    return problems + side_problems(event)


def check_row(row: dict, texts: dict[str, str]) -> list[str]:
    """Return the problems of one labelled sentence (empty when it is clean)."""
    keys = set(row)
    if LINE_KEYS - keys:
        return [f"missing keys {sorted(LINE_KEYS - keys)}"]
    problems: list[str] = []
    if keys - LINE_KEYS:
        problems.append(f"unknown keys {sorted(keys - LINE_KEYS)}")
    sentence = row["sentence"]
    text = texts.get(row["source"])
    if text is None:
        problems.append(f"unknown source {row['source']!r}")
    elif not isinstance(sentence, str) or not sentence.strip() or sentence not in text:
        problems.append("sentence is not a verbatim substring of its article")
    events = row["events"]
    if not isinstance(events, list):
        return [*problems, "events is not a list"]
    for i, event in enumerate(events):
        problems.extend(f"event {i}: {p}" for p in check_event(event, str(sentence)))
    seen = [(e.get("trigger_start"), e.get("type")) for e in events if isinstance(e, dict)]
    if len(set(seen)) != len(seen):
        problems.append("an event (trigger_start, type) is listed twice")
    return problems


def check_order(rows: list[tuple[int, dict]], texts: dict[str, str]) -> list[str]:
    """Return file-level problems: document blocks, article order and sentences per document."""
    problems: list[str] = []
    finished: set[str] = set()
    current, end, count = None, 0, 0
    for lineno, row in rows:
        source = row.get("source")
        if source != current:
            if source in finished:
                problems.append(f"line {lineno}: {source} appears in two separate blocks")
            if current is not None:
                finished.add(current)
            current, end, count = source, 0, 0
        count += 1
        if count == MAX_SENTENCES_PER_DOC + 1:
            problems.append(
                f"line {lineno}: {source} has more than {MAX_SENTENCES_PER_DOC} sentences"
            )
        text, sentence = texts.get(str(source)), row.get("sentence")
        if not text or not isinstance(sentence, str) or not sentence:
            continue
        found = text.find(sentence, end)
        if found < 0:
            problems.append(
                f"line {lineno}: sentence is not after the previous one of its document"
            )
        else:
            end = found + len(sentence)
    return problems


def summary(rows: list[dict]) -> str:
    """Return the counts a README section reports: documents, sentences, types, statuses."""
    events = [e for row in rows for e in row.get("events", []) if isinstance(e, dict)]
    with_events = sum(bool(row.get("events")) for row in rows)
    types = Counter(e.get("type") for e in events)
    statuses = Counter(e.get("status") for e in events)
    lines = [
        f"documents {len({row.get('source') for row in rows})}, sentences {len(rows)} "
        f"(with events {with_events}, without {len(rows) - with_events}), events {len(events)}, "
        f"unsure {sum(bool(e.get('unsure')) for e in events)}",
        "types: " + ", ".join(f"{t} {n}" for t, n in types.most_common()),
        "status: " + ", ".join(f"{s} {n}" for s, n in statuses.most_common()),
        f"events with no actor country {sum(not e.get('actor') for e in events)}, "
        f"no recipient country {sum(not e.get('recipient') for e in events)}",
    ]
    return "\n".join(lines)


def check_file(path: Path, texts: dict[str, str], show_summary: bool) -> int:
    """Print the problems of one set file and return how many there are."""
    rows, _, bad = print_row_problems(path, texts, check_row)
    for problem in check_order(rows, texts):
        print(f"{path}: {problem}")
        bad += 1
    print(f"{path}: {len(rows)} lines, {bad} problems")
    if show_summary:
        print(summary([row for _, row in rows]))
    return bad


def main(argv: list[str] | None = None) -> int:
    """Check every file given; exit 1 when any has a problem or no articles are found."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--summary", action="store_true", help="print the README counts")
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir)
    if not texts:
        print(f"no articles found under {args.data_dir}")
        return 1
    bad = sum(check_file(path, texts, args.summary) for path in args.files)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Ingest evaluation: charset detection on undeclared legacy bytes, and reading real feeds.

``evaluate(data_dir) -> EvalReport`` scores newsledger side by side with its baselines:

* **legacy charsets**: every gold article body of ``boilerplate/`` (``index.jsonl`` bodies and the
  WCXB dev ``main_content``) that has non-ASCII characters is encoded, with no declaration, in the
  first legacy encoding that can hold it (windows-1252 for most; then Central European,
  Cyrillic, Greek, Turkish, Baltic, Japanese, Korean, Chinese), and each system must give the
  text back exactly: newsledger's decoder, charset-normalizer's best guess alone, and UTF-8 with
  replacement characters (what a naive reader does);
* **feeds**: every file of ``news/feeds/`` read by newsledger and by feedparser on the raw bytes:
  items with text, items in which cleaning then finds article text, and items whose title or
  text shows mojibake (U+FFFD or UTF-8 read as Latin-1).

Run: ``.venv/bin/python -m newsledger.evaluate.ingest [--data DIR]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import feedparser
from charset_normalizer import from_bytes

from newsledger.clean import clean
from newsledger.decoding import decode_bytes
from newsledger.errors import EvalDataError, InputError
from newsledger.evaluate import DEFAULT_DATA_DIR, EvalReport, SystemScores
from newsledger.feeds import feed_documents
from newsledger.record import RawDocument

#: Undeclared legacy encodings tried in order; the first that holds a text is the one it is
#: stored in (windows-1252 first: the legacy encoding of most Western European news).
LEGACY_ENCODINGS = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
                    "shift_jis", "euc-kr", "gbk")

#: Mojibake: the replacement character, or UTF-8 lead bytes read as windows-1252 ("Ã©", "â€™").
MOJIBAKE = re.compile("\ufffd|Ã[\u0080-\u00bf]|â€")


def gold_texts(data_dir: Path) -> list[str]:
    """Return every distinct gold article body of the boilerplate sets."""
    root = data_dir / "boilerplate"
    index = root / "index.jsonl"
    if not index.is_file():
        raise EvalDataError(f"{index}: not found; pass --data with the shared data folder")
    rows = map(json.loads, index.open(encoding="utf-8"))
    texts = [row["body"] for row in rows if row.get("body")]
    for path in sorted((root / "wcxb-dev" / "ground-truth").glob("*.json")):
        body = json.loads(path.read_text("utf-8")).get("ground_truth", {}).get("main_content")
        if body:
            texts.append(body)
    return list(dict.fromkeys(texts))


def legacy_cases(texts: list[str]) -> Iterator[tuple[str, str, bytes]]:
    """Yield (encoding, text, bytes) for each non-ASCII text a legacy encoding can hold."""
    for text in texts:
        if text.isascii():
            continue
        for encoding in LEGACY_ENCODINGS:
            try:
                yield encoding, text, text.encode(encoding)
            except UnicodeEncodeError:
                continue
            break


def _charset_normalizer(data: bytes) -> str:
    """Decode with charset-normalizer's best guess alone (the detector without our rules)."""
    best = from_bytes(data).best()
    return str(best) if best is not None else ""


DECODERS: dict[str, Callable[[bytes], str]] = {
    "newsledger": lambda data: decode_bytes(data).text,
    "charset-normalizer": _charset_normalizer,
    "utf-8 (replace)": lambda data: data.decode("utf-8", "replace"),
}


def charset_rows(texts: list[str]) -> list[SystemScores]:
    """Score every decoder on the legacy-encoded gold texts: exact-text rate, all and by group."""
    cases = list(legacy_cases(texts))
    groups = {
        "legacy charsets, all": cases,
        "legacy charsets, windows-1252": [c for c in cases if c[0] == "cp1252"],
        "legacy charsets, other": [c for c in cases if c[0] != "cp1252"],
    }
    results = {name: [decode(data) == text for _, text, data in cases]
               for name, decode in DECODERS.items()}
    rows = []
    for dataset, members in groups.items():
        keep = [i for i, case in enumerate(cases) if case in members]
        for name, hits in results.items():
            exact = sum(hits[i] for i in keep) / len(keep) if keep else 0.0
            rows.append(SystemScores(name, dataset, {"exact": exact}, n=len(keep)))
    return rows


def _feedparser_items(data: bytes, origin: str) -> list[RawDocument]:
    """Read a feed with feedparser alone: each item with any text, as it gives it (HTML)."""
    items = []
    for number, entry in enumerate(feedparser.parse(data).entries, start=1):
        content = [c.get("value", "") for c in entry.get("content", [])]
        text = max([*content, entry.get("summary", "")], key=len)
        if text.strip():
            items.append(RawDocument(f"{origin}#{number}", text, "html",
                                     title=entry.get("title", "")))
    return items


def _newsledger_items(data: bytes, origin: str) -> list[RawDocument]:
    """Read a feed with newsledger: each item that became a document."""
    return [doc for doc in feed_documents(data, origin) if isinstance(doc, RawDocument)]


def _cleanable(doc: RawDocument) -> bool:
    """Tell whether cleaning finds article text in a feed item."""
    try:
        return bool(clean(doc).text.strip())
    except InputError:
        return False


def feed_rows(data_dir: Path) -> list[SystemScores]:
    """Count items read and items with mojibake, over every shared feed, per reader."""
    paths = sorted((data_dir / "news" / "feeds").glob("*"))
    if not paths:
        raise EvalDataError(f"{data_dir / 'news' / 'feeds'}: no feeds found")
    totals = {"newsledger": [0, 0, 0], "feedparser (raw bytes)": [0, 0, 0]}
    for path in paths:
        data = path.read_bytes()
        for name, items in (("newsledger", _newsledger_items(data, str(path))),
                            ("feedparser (raw bytes)", _feedparser_items(data, str(path)))):
            totals[name][0] += len(items)
            totals[name][1] += sum(_cleanable(doc) for doc in items)
            totals[name][2] += sum(bool(MOJIBAKE.search(f"{doc.title} {doc.content!s}"))
                                   for doc in items)
    return [SystemScores(name, f"feeds ({len(paths)} files)",
                         {"items": float(items), "cleaned_items": float(cleaned),
                          "mojibake_items": float(bad)}, n=len(paths))
            for name, (items, cleaned, bad) in totals.items()]


def evaluate(data_dir: Path = DEFAULT_DATA_DIR) -> EvalReport:
    """Score ingest's decoding and feed reading against baselines on the shared data."""
    texts = gold_texts(data_dir)
    notes = (
        "legacy charsets: gold bodies re-encoded without any declaration; 'exact' = the share "
        "decoded back to the identical text (bodies that are pure ASCII or fit no legacy "
        "encoding are left out)",
        "feeds: cleaned = items in which newsledger's clean() finds article text; mojibake = "
        "U+FFFD or UTF-8 read as windows-1252 in an item's title or text",
    )
    return EvalReport("ingest", tuple(charset_rows(texts) + feed_rows(data_dir)), notes)


def main() -> None:
    """Print the ingest evaluation table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    report = evaluate(args.data)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text())


if __name__ == "__main__":
    main()

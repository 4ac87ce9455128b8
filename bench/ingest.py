"""Ingest throughput: documents and megabytes a second for each input form, on the shared data.

Builds, in a temporary folder, a WARC.gz and a directory of .html files from the boilerplate
pages, a JSONL file from the news sets, and reads the shared feeds; then times
``iter_documents`` over each (ingest only: no cleaning, no parsing).

Run: ``nice .venv/bin/python bench/ingest.py [--data DIR] [--pages N]``
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.ingest import IngestStats, iter_documents


def page_bytes(data_dir: Path, limit: int) -> list[tuple[str, bytes]]:
    """Return (url, html bytes) of the first ``limit`` boilerplate pages."""
    root = data_dir / "boilerplate"
    pages = []
    for line in (root / "index.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        raw = (root / row["html_path"]).read_bytes()
        url = row.get("url") or ""
        if not url.startswith("http"):  # warcio reads HTTP headers of http(s) records only
            url = f"https://example.org/{row['id']}"
        pages.append((url, gzip.decompress(raw) if raw[:2] == b"\x1f\x8b"
                      else raw))
        if len(pages) >= limit:
            break
    return pages


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    """Write the pages as a WARC.gz with a request record before each response."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http))


def timed(label: str, inputs: list[str], size: int) -> None:
    """Time one ingest run and print documents/s and MB/s."""
    stats = IngestStats()
    start = time.perf_counter()
    for _ in iter_documents(inputs, stats=stats):
        pass
    seconds = time.perf_counter() - start
    print(f"{label:<28} {stats.documents:>6} docs {stats.errors:>4} errors "
          f"{stats.documents / seconds:>9.0f} docs/s {size / 1e6 / seconds:>7.1f} MB/s")


def main() -> None:
    """Build the inputs and time each form."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--pages", type=int, default=294, help="boilerplate pages to use")
    args = parser.parse_args()
    pages = page_bytes(args.data, args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for number, (_, body) in enumerate(pages):
            (folder / f"{number:04d}.html").write_bytes(body)
        warc = Path(tmp) / "pages.warc.gz"
        write_warc(warc, pages)
        html_size = sum(len(body) for _, body in pages)
        timed("directory of .html", [str(folder)], html_size)
        timed("WARC.gz (request+response)", [str(warc)], html_size)
    news = sorted((args.data / "news").glob("*.jsonl"))
    timed("JSONL (news/*.jsonl)", [str(p) for p in news], sum(p.stat().st_size for p in news))
    feeds = sorted((args.data / "news" / "feeds").glob("*"))
    timed("feeds (news/feeds)", [str(p) for p in feeds], sum(p.stat().st_size for p in feeds))


if __name__ == "__main__":
    main()

r"""Boilerplate evaluation: newsledger's cleaning against the benchmarks' own metrics.

HTML side: newsledger's HTML cleaning, plain trafilatura (defaults) and readability-lxml.
Plain-text side: the page rendered to text the way a scraper hands it over
(``html_text.extract_text(html, guess_layout=True)``), scored raw, after a C4-style line filter and
after newsledger's text cleaner.

Metrics, re-implemented from the benchmarks' descriptions:
- ScrapingHub article-extraction-benchmark (``evaluate.py``): ``\w+`` tokens, shingles of 4 tokens
  counted as multisets, tp/fp/fn normalised per page, precision and recall averaged over pages
  (pages with no prediction/no gold left out of the respective mean), F1 of the two means;
- WCXB: lower-cased ``\w+`` bag of words, precision, recall and F1 per page, averaged.

Pages are split into a tuning part and a held-out part by a hash of their id (:func:`is_tuning`);
the text classifier was fitted on the tuning part only (plus two other page sets that are not
reported), so both parts are reported.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR, EvalReport, SystemScores

SETS = ("scrapinghub_aeb", "wcxb-dev")
_TOKEN = re.compile(r"\w+")

#: Shingle length of the ScrapingHub benchmark.
SHINGLE_N = 4

#: C4 keeps lines of at least 5 words; scraped news pages have many shorter real lines
#: (quotes, one-line paragraphs), so the task's variant uses 3.
C4_MIN_WORDS = 3
_C4_BANNED = ("javascript", "cookie", "lorem ipsum", "{", "}", "privacy policy", "terms of use")
_C4_TERMINAL = (".", "!", "?", '"', "”", "’", "'")


@dataclass(frozen=True)
class Page:
    """One benchmark page with its gold body."""

    id: str
    set: str
    html: bytes
    gold: str
    url: str | None

    @property
    def tuning(self) -> bool:
        """Whether the page belongs to the tuning part."""
        return is_tuning(self.id)


def is_tuning(page_id: str) -> bool:
    """Put a page in the tuning part (about half the pages) by a stable hash of its id."""
    return hashlib.sha1(page_id.encode("utf-8")).digest()[0] % 2 == 0


def load_pages(
    data_dir: Path = DEFAULT_DATA_DIR, set_name: str = "scrapinghub_aeb", limit: int | None = None
) -> list[Page]:
    """Read the pages of one benchmark set, in a stable order, at most ``limit`` of them."""
    root = data_dir / "boilerplate"
    pages: list[Page] = []
    if set_name == "wcxb-dev":
        for gt_path in sorted((root / "wcxb-dev" / "ground-truth").glob("*.json")):
            gt = json.loads(gt_path.read_text(encoding="utf-8"))
            html_path = root / "wcxb-dev" / "html" / f"{gt_path.stem}.html.gz"
            truth = gt.get("ground_truth") or {}
            pages.append(Page(gt_path.stem, set_name, gzip.decompress(html_path.read_bytes()),
                              truth.get("main_content") or "", gt.get("url")))
            if limit and len(pages) >= limit:
                break
        return pages
    with (root / "index.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["set"] != set_name or row["body"] is None:
                continue
            raw = (root / row["html_path"]).read_bytes()
            html = gzip.decompress(raw) if row["html_path"].endswith(".gz") else raw
            pages.append(Page(row["id"], set_name, html, row["body"], row.get("url")))
            if limit and len(pages) >= limit:
                break
    return pages


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    """Count the 4-token shingles of a text (one shorter shingle for very short texts)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i:i + SHINGLE_N]) for i in range(max(1, len(tokens) - SHINGLE_N + 1))
        if tokens[i:i + SHINGLE_N]
    )


def shingle_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """Return one page's tp, fp, fn over shingles, normalised to sum to 1."""
    true, guess = _shingles(gold), _shingles(pred)
    tp = float(sum((true & guess).values()))
    fp = sum(guess.values()) - tp
    fn = sum(true.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_scores(counts: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    """Average per-page shingle precision and recall the way the benchmark does; F1 of the means."""
    def ratio(hit: float, miss: float, other: float) -> float:
        if miss == other == 0:
            return 1.0
        return 0.0 if hit == miss == 0 else hit / (hit + miss)

    precisions = [ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bow_prf(gold: str, pred: str) -> tuple[float, float, float]:
    """Return WCXB's per-page bag-of-words precision, recall and F1."""
    ref = Counter(_TOKEN.findall((gold or "").lower()))
    got = Counter(_TOKEN.findall((pred or "").lower()))
    n_ref, n_got = sum(ref.values()), sum(got.values())
    if not n_ref:
        return (1.0, 1.0, 1.0) if not n_got else (0.0, 0.0, 0.0)
    if not n_got:
        return (0.0, 0.0, 0.0)
    overlap = sum((ref & got).values())
    p, r = overlap / n_got, overlap / n_ref
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_outputs(pages: Sequence[Page], outputs: Sequence[str]) -> dict[str, float]:
    """Score one system's outputs with the metric of the pages' benchmark."""
    if pages and pages[0].set == "wcxb-dev":
        rows = [bow_prf(p.gold, out) for p, out in zip(pages, outputs, strict=True)]
        return {k: statistics.mean(r[i] for r in rows) for i, k in
                enumerate(("precision", "recall", "f1"))}
    return shingle_scores([shingle_counts(p.gold, o) for p, o in zip(pages, outputs, strict=True)])


def decode_html(html: bytes) -> str:
    """Decode a benchmark page (UTF-8, else the charset detected)."""
    from newsledger.clean import decode

    return decode(html, "html")


def render_text(html: bytes) -> str:
    """Render a page to plain text as a scraper would (html-text, layout guessed)."""
    import html_text  # a dev dependency: only the benchmark renders pages

    return str(html_text.extract_text(decode_html(html), guess_layout=True))


def c4_filter(text: str) -> str:
    """Keep the lines C4's rules keep: final punctuation, enough words, no code or notices."""
    keep = []
    for line in text.splitlines():
        line = line.strip()
        low = line.lower()
        if (line.endswith(_C4_TERMINAL) and len(line.split()) >= C4_MIN_WORDS
                and not any(b in low for b in _C4_BANNED)):
            keep.append(line)
    return "\n".join(keep)


def html_systems() -> dict[str, Callable[[Page], str]]:
    """Return the HTML extractors compared: newsledger, trafilatura defaults, readability-lxml."""
    import trafilatura
    from readability import Document

    from newsledger.clean import clean_html

    def newsledger_html(page: Page) -> str:
        return clean_html(page.html, origin=page.id, url=page.url).text

    def trafilatura_default(page: Page) -> str:
        return trafilatura.extract(decode_html(page.html), url=page.url) or ""

    def readability_lxml(page: Page) -> str:
        import html_text

        summary = Document(decode_html(page.html)).summary(html_partial=True)
        return str(html_text.extract_text(summary))

    return {"newsledger": newsledger_html, "trafilatura": trafilatura_default,
            "readability-lxml": readability_lxml}


def text_systems() -> dict[str, Callable[[str], str]]:
    """Return the plain-text cleaners compared: raw text, C4 line rules, newsledger."""
    from newsledger.boilerplate import clean_text

    return {"raw text": lambda t: t, "C4 lines": c4_filter,
            "newsledger": lambda t: clean_text(t).text}


def _parts(pages: Sequence[Page]) -> Iterable[tuple[str, list[int]]]:
    """Yield the index lists of every page, the tuning part and the held-out part."""
    yield "all", list(range(len(pages)))
    yield "tuning", [i for i, p in enumerate(pages) if p.tuning]
    yield "held-out", [i for i, p in enumerate(pages) if not p.tuning]


def evaluate(
    data_dir: Path = DEFAULT_DATA_DIR, sets: Sequence[str] = SETS, limit: int | None = None,
    sides: Sequence[str] = ("html", "text"),
) -> EvalReport:
    """Score every system on every set, side by side in the same run."""
    rows: list[SystemScores] = []
    for set_name in sets:
        pages = load_pages(data_dir, set_name, limit)
        metric = "bag-of-words" if set_name == "wcxb-dev" else "4-shingle"
        outputs: dict[tuple[str, str], list[str]] = {}
        if "html" in sides:
            for name, fn in html_systems().items():
                outputs[("html", name)] = [fn(p) for p in pages]
        if "text" in sides:
            texts = [render_text(p.html) for p in pages]
            for name, tfn in text_systems().items():
                outputs[("text", name)] = [tfn(t) for t in texts]
        for part, idx in _parts(pages):
            if not idx:
                continue
            sub = [pages[i] for i in idx]
            for (side, name), outs in outputs.items():
                dataset = f"{set_name} {side} {metric} [{part}]"
                rows.append(SystemScores(name, dataset, score_outputs(sub, [outs[i] for i in idx]),
                                         len(idx)))
    notes = ("tuning = pages whose sha1(id) starts with an even byte; the text classifier was "
             "fitted on the tuning pages of both sets (plus the whole readability and newspaper4k "
             "test pages) only",)
    return EvalReport("boilerplate", tuple(rows), notes)

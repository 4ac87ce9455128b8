"""Pages mode of bench/record_audit.py (T101): every record event of random web-page sentences.

The sentence draw reads only the cleaned text's spaCy sentences, never the events, so the same
sentences come back on any code version that cleans and splits pages the same way; a rerun on
later code can also reuse an old sample's sentences outright (``--rerun OLD_SAMPLE``).
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

#: The brief's seed for the page order and the sentence draw.
SEED = 101
#: Sentences to judge: every event in them is judged, about two hours of reading.
DEFAULT_SENTENCES = 250
#: At most this many sentences per page, so that 250 sentences span 40+ pages.
PER_PAGE = 6
#: Shorter sentences are mostly captions, bylines and menu residue, not reported news.
MIN_WORDS = 6
#: The news sets of the boilerplate index (mercury_fixtures mixes in non-news pages).
PAGE_SETS = ("scrapinghub_aeb", "readability_testpages", "trafilatura_eval_en",
             "newspaper4k_fixtures")
INDEX = Path("boilerplate") / "index.jsonl"
#: The first two bytes of a gzip stream.
GZIP_MAGIC = b"\x1f\x8b"
#: A sentence ends in these (optionally before closing quotes/brackets); headlines do not.
END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")
#: Lines of a byline, dateline stamp or photo credit, not reported text.
BYLINE_RE = re.compile(r"^(by|photo|image|credit|updated|published|posted|copyright|©)\b",
                       re.IGNORECASE)


def default_data_dir() -> Path:
    """Return ../shared/data of the working folder (the run's repo), else of this script's repo."""
    here = Path.cwd().parent / "shared" / "data"
    return here if here.is_dir() else Path(__file__).resolve().parents[2] / "shared" / "data"


def load_pages(data_dir: Path, skip: set[str]) -> list[dict[str, Any]]:
    """Return the index rows of the news sets, without the pages in ``skip``, in index order."""
    with (data_dir / INDEX).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if r["set"] in PAGE_SETS and r["id"] not in skip]


def read_html(data_dir: Path, page: dict[str, Any]) -> str:
    """Return a page's raw HTML (some .html.gz files of the index are stored uncompressed)."""
    raw = (data_dir / "boilerplate" / page["html_path"]).read_bytes()
    if raw[:2] == GZIP_MAGIC:
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def is_candidate(text: str, title: str | None) -> bool:
    """Return whether a sentence is reported text: long enough, punctuated, not a byline/title."""
    text = text.strip()
    if len(text.split()) < MIN_WORDS or "\n" in text:
        return False
    if not END_RE.search(text) or BYLINE_RE.match(text):
        return False
    return not (title and text.rstrip(".").strip().lower() == title.strip().lower())


def candidate_spans(text: str, sents: Iterable[tuple[int, int]],
                    title: str | None) -> list[tuple[int, int]]:
    """Return the (start, end) of every candidate sentence, trimmed of surrounding space."""
    out = []
    for start, end in sents:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        start, end = start + lead, start + len(piece.rstrip())
        if end > start and is_candidate(text[start:end], title):
            out.append((start, end))
    return out


def draw_page(rng: random.Random, spans: Sequence[tuple[int, int]],
              room: int, per_page: int = PER_PAGE) -> list[tuple[int, int]]:
    """Draw up to ``per_page`` (and ``room``) of one page's candidate spans, in text order."""
    return sorted(rng.sample(list(spans), min(per_page, len(spans), room)))


def page_order(pages: Sequence[dict[str, Any]], seed: int = SEED) -> list[dict[str, Any]]:
    """Return the pages shuffled by ``seed``."""
    order = list(pages)
    random.Random(seed).shuffle(order)
    return order


def _side(actors: dict[str, Any], actor_id: str | None) -> dict[str, Any] | None:
    """Return name, country and sector of one event side, or None when the side is empty."""
    if actor_id is None:
        return None
    actor = actors[actor_id]
    return {"name": actor.name, "country": actor.country, "sector": actor.sector}


def event_row(ev: Any, actors: dict[str, Any]) -> dict[str, Any]:
    """Return the review fields of one record event (T98's fields)."""
    return {
        "type": ev.type, "status": ev.status, "trigger": ev.trigger, "start": ev.start,
        "end": ev.end, "actor": _side(actors, ev.actor), "recipient": _side(actors, ev.recipient),
        "attributed_to": actors[ev.attributed_to].name if ev.attributed_to else None,
        "date": ev.date.value if ev.date else None,
        "date_text": ev.date.text if ev.date else None,
        "location": ev.location.name if ev.location else None,
        "location_country": ev.location.country if ev.location else None,
    }


def run_page(data_dir: Path, page: dict[str, Any]) -> tuple[str, list[tuple[int, int]], Any]:
    """Run the whole pipeline on one raw page: its clean text, sentence spans and record."""
    from newsledger.pipeline import extract_in_full  # imported late: tests need no model

    analysis = extract_in_full(read_html(data_dir, page), published=page.get("published"),
                               url=page.get("url"), title=page.get("title"))
    text = analysis.record.article.text
    sents = [(s.start_char, s.end_char) for s in analysis.doc.sents]
    return text, sents, analysis.record


def sentence_rows(page: dict[str, Any], text: str, record: Any,
                  spans: Iterable[tuple[int, int]], label: str | None) -> list[dict[str, Any]]:
    """Return one sample row per sentence span, with every event whose trigger starts in it."""
    actors = {a.id: a for a in record.actors}
    rows = []
    for start, end in spans:
        events = [event_row(ev, actors) for ev in record.events if start <= ev.start < end]
        rows.append({"page": page["id"], "set": page["set"], "start": start, "end": end,
                     "sentence": text[start:end], "published": page.get("published"),
                     "code": label, "events": sorted(events, key=lambda e: e["start"])})
    return rows


def sample_pages(data_dir: Path, skip: set[str], n: int = DEFAULT_SENTENCES, seed: int = SEED,
                 label: str | None = None) -> list[dict[str, Any]]:
    """Run pages in seeded order until ``n`` sentences are drawn; return the sentence rows."""
    rng_pages = page_order(load_pages(data_dir, skip), seed)
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for page in rng_pages:
        if len(rows) >= n:
            break
        try:
            text, sents, record = run_page(data_dir, page)
        except Exception as exc:  # one page's failure is reported and skipped, as the brief asks
            print(f"skipped {page['id']}: {type(exc).__name__}: {exc}")
            continue
        spans = candidate_spans(text, sents, page.get("title"))
        rows.extend(sentence_rows(page, text, record, draw_page(rng, spans, n - len(rows)),
                                  label))
    return rows


def rerun(data_dir: Path, old: Sequence[dict[str, Any]],
          label: str | None = None) -> list[dict[str, Any]]:
    """Rerun the pipeline on an old sample's pages and return rows for the same sentences."""
    pages = {r["id"]: r for r in load_pages(data_dir, set())}
    rows: list[dict[str, Any]] = []
    for page_id in dict.fromkeys(r["page"] for r in old):
        page = pages[page_id]
        text, _, record = run_page(data_dir, page)
        spans = [(r["start"], r["end"]) for r in old if r["page"] == page_id]
        for (s, e), prev in zip(spans, (r for r in old if r["page"] == page_id), strict=True):
            if text[s:e] != prev["sentence"]:  # cleaning changed: the span no longer matches
                print(f"changed text: {page_id} {s}-{e}")
        rows.extend(sentence_rows(page, text, record, spans, label))
    return rows


#: What a judgement saw of its event: a rerun event that shows other values needs a new look.
SHOWN = (("status_shown", "status"), ("actor_shown", "actor"), ("recipient_shown", "recipient"),
         ("date_shown", "date"))


def shown(ev: dict[str, Any]) -> dict[str, Any]:
    """Return the judged values an event shows: status, actor and recipient names, date."""
    def name(side: dict[str, Any] | None) -> str | None:
        return None if side is None else side["name"]
    return {"status_shown": ev["status"], "actor_shown": name(ev["actor"]),
            "recipient_shown": name(ev["recipient"]), "date_shown": ev["date"]}


def pending(sample: Iterable[dict[str, Any]],
            judgements: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the sample's events with no judgement of their key showing the same values.

    The key is (page, trigger start, end, type). An event whose key was judged but which now
    shows another status, actor, recipient or date is listed as "changed" (with what changed):
    its old field judgements may no longer hold. Judgements without ``*_shown`` match any.
    """
    by_key: dict[tuple[str, int, int, str], list[dict[str, Any]]] = {}
    for j in judgements:
        key = (j.get("page") or j["article"], int(j["start"]), int(j["end"]), j["type"])
        by_key.setdefault(key, []).append(j)
    out = []
    for row in sample:
        for ev in row["events"]:
            now = shown(ev)
            olds = by_key.get((row["page"], ev["start"], ev["end"], ev["type"]), [])
            diffs: list[list[str]] = [[k for k in now if k in j and j[k] != now[k]] for j in olds]
            if olds and any(not d for d in diffs):
                continue
            fewest = sorted(diffs, key=len)[0] if olds else []
            reason = "changed: " + ", ".join(fewest) if olds else "new"
            out.append({"page": row["page"], "sentence_start": row["start"], "pending": reason,
                        **ev})
    return out

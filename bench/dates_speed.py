"""Time newsledger's date stage (recognition + normalisation + date_for) apart from parsing.

Run: .venv/bin/python bench/dates_speed.py [../shared/data]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from spacy.language import Language

from newsledger.dates import date_for, extract_dates
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.timeml import read_corpus
from newsledger.parse import load_pipeline


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA_DIR
    docs = read_corpus(data / "time" / "tbaq")
    nlp = load_pipeline()
    started = time.perf_counter()
    parsed = [(nlp(d.text), d.dct) for d in docs]
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    found = [(doc, extract_dates(doc, dct)) for doc, dct in parsed]
    dates_s = time.perf_counter() - started
    started = time.perf_counter()
    calls = 0
    for doc, dates in found:
        for sent in doc.sents:
            date_for(doc, sent.start_char, sent.end_char, dates)
            calls += 1
    date_for_s = time.perf_counter() - started
    chars = sum(len(doc.text) for doc, _ in parsed)
    print(f"{len(docs)} documents, {chars} characters")
    print(f"parse (spaCy):     {parse_s:7.2f} s")
    print(f"extract_dates:     {dates_s:7.2f} s  ({chars / dates_s / 1000:.0f} k chars/s)")
    print(f"date_for:          {date_for_s:7.2f} s  ({calls} calls, "
          f"{1e6 * date_for_s / calls:.0f} us/call)")
    long_article(nlp, [d.text for d in docs[:40]], docs[0].dct)


def long_article(nlp: Language, texts: list[str], dct: dt.date) -> None:
    """Time one long article (40 TBAQ texts as paragraphs): costs must stay linear in its length."""
    doc = nlp("\n".join(texts))
    started = time.perf_counter()
    dates = extract_dates(doc, dct)
    dates_s = time.perf_counter() - started
    started = time.perf_counter()
    sents = list(doc.sents)
    for sent in sents:
        date_for(doc, sent.start_char, sent.end_char, dates)
    date_for_s = time.perf_counter() - started
    print(f"long article: {len(doc.text)} characters, {len(dates)} dates, {len(sents)} sentences")
    print(f"extract_dates:     {dates_s:7.2f} s")
    print(f"date_for:          {date_for_s:7.2f} s  ({1e6 * date_for_s / len(sents):.0f} us/call)")


if __name__ == "__main__":
    main()

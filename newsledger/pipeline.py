"""The pipeline: runs the stages in order on one document.

1. ingest (:mod:`newsledger.ingest`) gives a :class:`RawDocument`;
2. clean (:mod:`newsledger.clean`) gives an :class:`Article`;
3. parse (:mod:`newsledger.parse`) gives a spaCy ``Doc``;
4. actors (:mod:`newsledger.actors`) builds the in-document actor registry;
5. dates (:mod:`newsledger.dates`) normalises time expressions against the publication date;
6. statements (:mod:`newsledger.statements`) finds who said what;
7. events (:mod:`newsledger.events`) codes PLOVER events with their epistemic status, and
   :mod:`newsledger.relevance` drops those with no participant from a document about no
   political actor;
and returns one :class:`Record`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from spacy.tokens import Doc

from newsledger.actors import build_actors
from newsledger.arguments import doc_text
from newsledger.clean import clean
from newsledger.dates import extract_dates
from newsledger.events import CodedEvent, code_events
from newsledger.ingest import looks_like_html
from newsledger.parse import parse
from newsledger.participants import complete_actors
from newsledger.record import Article, DocumentKind, RawDocument, Record
from newsledger.relevance import relevant_events
from newsledger.statements import extract_statements


def published_date(published: str | None) -> dt.date | None:
    """Parse an ISO 8601 date or datetime string to a date; None when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


#: Top-level domains of outlets that write numeric dates month-first (05/06 = May 6). Everyone
#: else (.uk, .ie, .au, .in, .de, ...) writes day-first; a URL-less article keeps the US default,
#: which is also what dates falls back to when the first number cannot be a month.
MONTH_FIRST_TLDS = frozenset({"com", "org", "net", "us", "gov", "mil", "edu", "ph", "fm"})


def day_first(url: str | None) -> bool:
    """Tell whether an outlet writes numeric dates day-first, from its URL's top-level domain."""
    if not url:
        return False
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return bool(tld) and tld not in MONTH_FIRST_TLDS


@dataclass(frozen=True)
class Analysis:
    """One article's record with the parse and the events stage's coding behind it.

    The record is what is stored; evaluation rows that read the parse or the coded events (event
    dates, ACLED notes) take them from here instead of parsing the text a second time.
    """

    record: Record
    doc: Doc
    coded: tuple[CodedEvent, ...]


def analyse_in_full(article: Article, record_id: str | None = None) -> Analysis:
    """Run parsing and every extractor over a clean article, keeping the parse and coding."""
    doc = parse(article.text)
    actors = build_actors(doc)
    published = published_date(article.published)
    dates = extract_dates(doc, published, day_first=day_first(article.url))
    statements = extract_statements(doc, actors, dates, article.title)
    # a year before the publication year dates an event noun as past ("the 2003 invasion")
    coded = code_events(doc, actors, statements, dates,
                        published.year if published is not None else None)
    # events may add the participants the registry missed ("Turkish soldiers") as actors
    actors, events = complete_actors(actors, coded, doc_text(doc))
    # a document about no political actor keeps only events with a participant
    kept = relevant_events(events, actors.actors, sum(1 for _ in doc.sents))
    record = Record(
        id=record_id or article.id, article=article, actors=actors.actors,
        statements=tuple(statements), events=kept, dates=tuple(dates),
    )
    return Analysis(record, doc, tuple(coded))


def analyse(article: Article, record_id: str | None = None) -> Record:
    """Run parsing and every extractor over a clean article."""
    return analyse_in_full(article, record_id).record


def extract_document(raw: RawDocument) -> Record:
    """Clean and analyse one raw document."""
    return analyse(clean(raw), raw.id)


def extract_in_full(
    text_or_html: str,
    *,
    published: str | None = None,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Analysis:
    """Extract one article given as plain text or HTML, keeping its parse and coded events."""
    kind: DocumentKind = "html" if looks_like_html(text_or_html) else "text"
    raw = RawDocument(
        origin=url or "<string>", content=text_or_html, kind=kind, published=published,
        url=url, source=source, title=title,
    )
    return analyse_in_full(clean(raw), raw.id)


def extract(
    text_or_html: str,
    *,
    published: str | None = None,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Record:
    """Extract the record of one article given as plain text or HTML."""
    return extract_in_full(
        text_or_html, published=published, url=url, source=source, title=title
    ).record

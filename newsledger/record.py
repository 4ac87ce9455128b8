"""The record: frozen dataclasses that every pipeline stage, test, export and evaluation relies on.

Every character offset (``start``/``end``) indexes :attr:`Article.text`. ``to_dict()`` gives the
JSON shape published in ``docs/record.schema.json``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "organization", "country", "group", "unknown"]
StatementKind = Literal["direct", "indirect", "mixed"]
EpistemicStatus = Literal["asserted", "claimed", "denied", "planned", "hypothetical"]
DocumentKind = Literal["html", "text"]

#: The five epistemic statuses, in the order the docs explain them.
STATUSES: tuple[str, ...] = ("asserted", "claimed", "denied", "planned", "hypothetical")

#: PLOVER v2.0 event types (manual v2.0; see data/plover_types.tsv).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def _asdict(obj: Any) -> dict[str, Any]:
    """Convert a record dataclass to plain JSON-ready dicts and lists."""
    return dataclasses.asdict(obj)


@dataclass(frozen=True)
class RawDocument:
    """One input document before cleaning, with whatever metadata its container gave."""

    origin: str  # where it came from, for error messages: a path, "path:line", a URL, "-"
    content: str | bytes
    kind: DocumentKind
    id: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the document as a plain dict (bytes content is left as bytes)."""
        return _asdict(self)


@dataclass(frozen=True)
class Removed:
    """A piece of boilerplate removed by cleaning, with the reason it was removed."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return the removed piece as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Article:
    """A cleaned article: the text every offset in the record indexes."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    language: str | None = "en"
    author: str | None = None
    removed: tuple[Removed, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the article as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Mention:
    """A character span of the article text that names or refers to an actor."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Actor:
    """One canonical actor of an article and every mention that refers to it."""

    id: str
    name: str
    kind: ActorKind = "unknown"
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, REB, OPP, CVL, IGO, MED, BUS, JUD, LEG, NGO, REF, ...
    role: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the actor as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class When:
    """A time expression normalised against the publication date.

    ``value`` granularity is explicit: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or YYYY-MM-DDTHH:MM;
    None when the expression is relative and no publication date is known.
    """

    text: str
    value: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the time expression as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Place:
    """A geocoded place name (offline gazetteer)."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the place as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Statement:
    """A reported speech or thought act: who said what, to whom, where and when."""

    id: str
    speaker: str | None  # actor id
    speaker_text: str | None  # the mention nearest the cue
    cue: str
    kind: StatementKind
    content: str
    start: int  # span of the content
    end: int
    addressee: str | None = None
    venue: str | None = None
    about: tuple[str, ...] = ()  # actor ids
    date: When | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the statement as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Event:
    """A PLOVER event with its epistemic status and who asserts it."""

    id: str
    type: str  # one of PLOVER_TYPES
    status: EpistemicStatus
    trigger: str
    sentence: str
    start: int  # span of the trigger
    end: int
    mode: str | None = None
    context: tuple[str, ...] = ()
    actor: str | None = None  # actor id
    recipient: str | None = None  # actor id
    location: Place | None = None
    date: When | None = None
    attributed_to: str | None = None  # actor id of the source when status is not "asserted"
    statement: str | None = None  # statement id
    # probability in [0, 1] that the event is real and of the type shown, from
    # newsledger.event_confidence; None for records made before it existed
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the event as a plain dict."""
        return _asdict(self)


@dataclass(frozen=True)
class Record:
    """Everything newsledger extracted from one input document."""

    id: str
    article: Article
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[When, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the record in the JSON shape of docs/record.schema.json."""
        return _asdict(self)


__all__ = [
    "STATUSES", "PLOVER_TYPES", "RawDocument", "Removed", "Article", "Mention", "Actor", "When",
    "Place", "Statement", "Event", "Record", "field",
]

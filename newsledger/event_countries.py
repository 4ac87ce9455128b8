"""The sentence's one country, the fallback of an event participant with no nationality.

Split from :mod:`newsledger.events`. A domestic story names one country; a participant the
actors stage gives no country takes it (CAMEO's domestic actor), unless only its partner's own
words name it (:func:`sole_beside`).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsledger import lexicon as _lexicon
from newsledger.actors import ActorIndex
from newsledger.arguments import Argument, doc_text
from newsledger.coordination import STATELESS_SECTORS  # the UN, Amnesty: no country
from newsledger.knowledge import figure
from newsledger.lexicon_places import ambiguous_home
from newsledger.mention_phrases import in_dateline
from newsledger.participants import PARTNER_TYPES

#: Kinds of participant whose own words (a nationality, a known figure's name) say who it is,
#: not where its event happens (:func:`sole_beside`); a state or a thing names the place.
SOMEBODY_KINDS = frozenset({"person", "group", "organization"})

#: Characters after a name read for its glued ending ("-headquartered" is the longest).
GLUED_SPAN = 16

#: Key prefix of a sentence's country words in ``Doc.user_data`` (:func:`_country_words`).
_WORDS_KEY = "newsledger.country_words"

#: The sector of news outlets and agencies (lexicon): "Reuters", "AFP", "Xinhua".
MEDIA_SECTOR = "MED"

#: Entity labels that never name a country ("May", "Georgia" as a first name aside).
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


def sole_country(sent: Span, outside: Argument | None = None) -> str | None:
    """Return the one country a sentence names, if it names exactly one (a domestic story).

    Entity labels of the small model are unreliable ("Ugandan" tagged PERSON), so every entity
    and every single proper noun or adjective is looked up. Words inside ``outside`` (an
    event's other participant) are not read: its own nationality says who it is, not where
    the event happens ("Putin met reporters" names no country of the reporters).
    """
    lo, hi = (outside.start, outside.end) if outside is not None else (0, 0)
    words = [w for w in _country_words(sent) if not lo <= w[1] < hi]
    text = doc_text(sent.doc)
    found = {c for w, _, end, label in dict.fromkeys(words) if label not in _NOT_PLACES
             and not _ambiguous_base(text, w, end) for c in countries_of(w)}
    if not found:
        # no country word: the well-known persons it names tell its country ("the government
        # banned the party, President Robert Mugabe said")
        found = {t.country for t in (figure(w, person=True) for w, _, _, label in words
                                     if label == "PERSON") if t is not None and t.country}
    return found.pop() if len(found) == 1 else None


def _country_words(sent: Span) -> list[tuple[str, int, int, str]]:
    """Return a sentence's entities and capitalised proper nouns or adjectives, read once.

    Each is (text, start, end, entity label; "" for a word outside any entity). Kept in the
    doc's user data: a span's entities are rebuilt from the whole doc at each read, and a
    sentence is asked once per event side.
    """
    key = f"{_WORDS_KEY}.{sent.start}"
    cached = sent.doc.user_data.get(key)
    if isinstance(cached, list):
        return cached
    words = [(e.text, e.start_char, e.end_char, e.label_) for e in sent.ents
             if not _agency_credit(e)]
    words += [(t.text, t.idx, t.idx + len(t), "") for t in sent if t.pos_ in ("PROPN", "ADJ")
              and t.text[:1].isupper() and t.ent_type_ not in _NOT_PLACES
              and not _agency_credit(sent.doc[t.i:t.i + 1])]
    sent.doc.user_data[key] = words
    return words


def _agency_credit(span: Span) -> bool:
    """Tell whether a name is the agency credited in a dateline ("Cleveland (AFP) -").

    The agency that filed a story is no country of its events (T118: AFP made delegates
    nominating Trump at the Republican convention French); the dateline's place still is one.
    """
    return in_dateline(span[0]) and _lexicon.describe(span.text).sector == MEDIA_SECTOR


def _ambiguous_base(text: str, word: str, end: int) -> bool:
    """Tell whether a word glued to "-based" names a country and another's state ("Georgia").

    The phrase cannot tell Atlanta from Tbilisi (lexicon_places.ambiguous_home), so it names no
    country of the sentence either.
    """
    glued = text[end:end + GLUED_SPAN].split(maxsplit=1)
    return bool(glued) and ambiguous_home(word + glued[0]) is not None


def sole_beside(sent: Span, sole: str | None, partner: Argument | None,
                actors: ActorIndex, event_type: str) -> str | None:
    """Return the sentence's one country unless only the partner's own words name it.

    Only a partner who is somebody (a person, group or body) is set aside: a state or a thing
    named by its country ("Algeria's elections") says where the event happens. Not in verbal
    conflict, cooperation or coercion, whose participants mostly share a polity (the record's
    :data:`newsledger.participants.PARTNER_TYPES`: "French police arrested protesters"); a
    meeting or a fight is as often between countries ("Putin met reporters").
    """
    if sole is None or partner is None or event_type in PARTNER_TYPES:
        return sole
    registry = actors.get(partner.actor) if partner.actor is not None else None
    kind = registry.kind if registry is not None else _lexicon.describe(partner.text).kind
    return sole_country(sent, partner) if kind in SOMEBODY_KINDS else sole


def beyond_own_words(sent: Span, arg: Argument | None, country: str | None) -> str | None:
    """Return the sentence's country for a participant unless only its own words name it.

    The participant's own phrase was read whole and gave no country: its country word names
    someone else ("Pyongyang's ally", "Georgia-based"), so the sentence's one country, found
    in those same words, is no evidence either.
    """
    if arg is None or country is None or arg.country:
        return country
    return country if sole_country(sent, arg) == country else None


def stateless(arg: Argument | None) -> bool:
    """Tell whether a participant is an international or non-governmental body of no country."""
    return arg is not None and arg.country is None and arg.sector in STATELESS_SECTORS


def side_country(arg: Argument | None, fallback: str | None) -> str | None:
    """Return a participant's own country, else the fallback unless it is a stateless body."""
    if arg is not None and arg.country:
        return arg.country
    return None if stateless(arg) else fallback


def countries_of(word: str) -> set[str]:
    """Return the countries a word names, each part of a hyphenated pair counting.

    "Iran-Iraq war" and "U.S.-Japanese trade" name two countries; "U.S.-led" and
    "Russian-speaking" one.
    """
    parts = {_lexicon.country_of(p) for p in word.replace("\u2013", "-").split("-") if p}
    parts.discard(None)
    if len(parts) >= 2:
        return {p for p in parts if p is not None}
    whole = _lexicon.country_of(word)
    return {whole} if whole else set()

"""Phrase checks of :mod:`newsledger.mentions`: what a phrase's own words and syntax say.

Split out of ``mentions.py`` (T43) by responsibility: the finder there walks the parse and builds
candidates; the pure tests here look at one phrase: its text with and without its owner
(:class:`PhraseTexts`), whether it is part of a place, a dateline or in apposition to a title,
and whether a name's wider phrase is an organisation world knowledge knows by that full name
(:func:`known_wider_body`: "the Liberal Democrats" when NER tags only "Democrats").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsledger.knowledge import organisation_named
from newsledger.lexicon import ActorTraits, describe, titles
from newsledger.mention_syntax import DATELINE_DASHES, PART_OF_PLACE_NOUNS, PLACE_NOUNS


@dataclass(frozen=True)
class PhraseTexts:
    """A phrase's own text and, for a title or body, the text extended over its owner."""

    own: str
    owner: str | None  # "officials at the U.S. Trade Representative's Office"

    def traits(self, label: str | None) -> ActorTraits:
        """Describe the phrase; the owner only fills a missing country or sector, not the kind."""
        mine = describe(self.own, label)
        if self.owner is None or (mine.country and mine.sector):
            return mine
        ext = describe(self.owner, label)
        return replace(mine, country=mine.country or ext.country,
                       sector=mine.sector or ext.sector)


def part_of_place(root: Token) -> bool:
    """Tell whether a noun names part of a place ("the side of the river", "bank of a lake").

    A place noun ("side", "state", "border") with an of-phrase is a place ("the state of
    Roraima", "the state of emergency"); "bank" only when its of-object is a common noun,
    as "the central bank of Nigeria" is an actor.
    """
    lemma = root.lemma_.lower()
    if lemma not in PLACE_NOUNS and lemma not in PART_OF_PLACE_NOUNS:
        return False
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and (lemma in PLACE_NOUNS or objs[0].pos_ == "NOUN"):
                return True
    return False


def is_dateline(span: Span, text: str) -> bool:
    """Tell whether a span is a dateline: capitals opening a paragraph before a dash."""
    doc = span.doc
    if not span.text.isupper() or span.end >= len(doc) or doc[span.end].text not in DATELINE_DASHES:
        return False
    k = span.start_char  # look back over spaces only, not the whole text before the span
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def person_apposition(root: Token) -> bool:
    """Tell whether a name is in apposition to a person's title ("the minister, Ana Ruiz")."""
    if root.dep_ != "appos" or root.head is root:
        return False
    title = titles().get(root.head.lemma_.lower()) or titles().get(root.head.lower_)
    return title is not None and title.role is not None


def names_apposition(root: Token) -> bool:
    """Tell whether a proper name stands in apposition to a noun ("the minister, Ana Ruiz")."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "")
               for c in root.children)


def known_wider_body(span: Span, ent: Span) -> tuple[str, ActorTraits] | None:
    """Return the name and traits of a known organisation a phrase names beyond its entity.

    NER often tags only the last word of a party's or body's name ("the Liberal | Democrats",
    NORP "Democrats"), and that word alone is another body ("Democrats": the US party). When
    the whole phrase, less its article, is an organisation's full name in the knowledge table,
    the phrase is that organisation.
    """
    words = span.text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    wider = " ".join(words)
    if len(words) <= len(ent.text.split()) or ent.text not in wider:
        return None
    known = organisation_named(wider)
    return (wider, known) if known is not None else None

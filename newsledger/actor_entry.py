"""Actor entries: the mutable actor the registry builds, and whether a mention fits one.

Helpers of :mod:`newsledger.actors` (split from it to keep each module small): :class:`Entry`
gathers an actor's mentions and traits while the registry links them; the functions tell whether
a description's head or a pronoun can refer to an entry and whether two bodies differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.coref import name_gender
from newsledger.knowledge import organisation, traits_for
from newsledger.lexicon import ActorTraits
from newsledger.lexicon_data import fold, group_nouns
from newsledger.mentions import Candidate
from newsledger.record import ActorKind

#: Words of a government's canonical name that "the government" and the like may point back to.
GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "cabinet", "state", "side",
                              "leadership", "authorities"})

#: The longest group phrase of the lexicon compared across descriptions ("ministry of foreign
#: affairs" is written "foreign ministry" in the lexicon; three words cover its phrases).
BODY_PHRASE_MAX_WORDS = 3


@dataclass
class Entry:
    """An actor while the registry is being built (mutable; frozen into Actor at the end)."""

    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    role: str | None
    gender: str | None
    named: bool
    mentions: list[Candidate] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  # head lemmas of its mentions
    alive: bool = True

    def first_mention(self) -> Candidate:
        """Return the earliest mention in the text (merges append out of text order)."""
        return min(self.mentions, key=lambda c: c.start)

    def absorb(self, cand: Candidate) -> None:
        """Add a mention and fill traits the actor does not have yet."""
        self.mentions.append(cand)
        self.heads.add(cand.head_lemma)
        t = cand.traits
        known = named_traits(cand)
        self.country = self.country or (known.country if known else None) or t.country
        self.sector = self.sector or (known.sector if known else None) or t.sector
        self.role = self.role or t.role
        self.gender = self.gender or t.gender
        if cand.kind == "name" and (not self.named or better_name(cand.name, self.name)):
            self.name, self.named = cand.name, True
        if self.kind == "unknown" and t.kind != "unknown":
            self.kind = t.kind
        if cand.kind == "name" and t.kind in ("person", "organization", "country"):
            self.kind = t.kind
        if self.gender is None and self.kind == "person" and cand.kind == "name":
            self.gender = name_gender(cand.key)  # "Gordon Brown" is "he" before any pronoun


def named_traits(cand: Candidate) -> ActorTraits | None:
    """Return what world knowledge says of an organisation's name, if the mention is one.

    A known organisation's own sector and country beat a common noun or a shorter name inside
    its name: "Patriotic Union of Kurdistan" is a party, not the labour union "Union" would make
    it, and the "Kurdistan Democratic Party" is Iraqi, not the US "Democratic Party". Only for a
    mention that is the organisation's name: a description around a body's name ("Peru's UN
    ambassador") keeps its own words' traits.
    """
    if cand.kind != "name" or cand.traits.kind != "organization":
        return None
    return organisation(cand.name)


def stated_gender(entry: Entry) -> str | None:
    """Return the gender an actor's own words give (a title or given name), not a pronoun's."""
    for c in entry.mentions:
        if c.kind != "pronoun":
            gender = c.traits.gender or name_gender(c.key)
            if gender is not None:
                return gender
    return None


def better_name(new: str, old: str) -> bool:
    """Prefer the longer of two names for the same actor ("Emmanuel Macron" over "Macron")."""
    return len(new.split()) > len(old.split())


def agree(a: str | None, b: str | None) -> bool:
    """Two optional traits agree when either is unknown or both are equal."""
    return a is None or b is None or a == b


def initials(name: str) -> str:
    """Return the acronym of an organisation name ("Kurdistan Workers' Party" -> "KWP")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def body_phrase(text: str, head: str) -> str | None:
    """Return the lexicon's group phrase that ends a text at its head ("foreign ministry")."""
    words = fold(text).replace("-", " ").split()
    if head not in words:
        return None
    i = len(words) - 1 - words[::-1].index(head)
    for size in range(min(i + 1, BODY_PHRASE_MAX_WORDS), 1, -1):
        phrase = " ".join(words[i - size + 1:i + 1])
        if phrase in group_nouns():
            return phrase
    return None


def other_body(cand: Candidate, entry: Entry) -> bool:
    """Tell whether a description names another body than an actor, by their lexicon phrases.

    "the foreign ministry" and "the defence ministry" share the head "ministry" but the group
    lexicon knows them as two bodies; a description only links where its phrase is the actor's
    or either has no phrase more specific than the head.
    """
    mine = body_phrase(cand.name, cand.head_lemma)
    if mine is None:
        return False
    theirs = {body_phrase(m.name, cand.head_lemma) for m in entry.mentions}
    theirs.add(body_phrase(entry.name, cand.head_lemma))
    theirs.discard(None)
    return bool(theirs) and mine not in theirs


def sector_of(entry: Entry) -> str | None:
    """Return an entry's sector, from its phrases or else from world knowledge of its name."""
    if entry.sector is not None:
        return entry.sector
    known = traits_for(entry.name)
    return known.sector if known is not None else None


def head_fits(head: str, entry: Entry) -> bool:
    """Tell whether a description's head noun fits an organisation or group actor."""
    name = entry.name.lower()
    if head in name:
        return True
    if head in GOVERNMENT_WORDS and name.startswith("government of"):
        return entry.kind == "organization"  # "the government" -> a capital's government
    return head in entry.heads


def pronoun_fits(cls: str | None, entry: Entry) -> bool:
    """Tell whether a pronoun class (m, f, pl, n) can refer to an actor."""
    if cls in ("m", "f"):
        return entry.kind == "person" and entry.gender in (None, cls)
    if cls == "pl":
        return entry.kind in ("group", "organization")
    if cls == "n":
        return entry.kind in ("organization", "country")
    return False

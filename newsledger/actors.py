"""Actors: an in-document registry linking every mention to one canonical actor.

Stage contract: ``build_actors(doc) -> ActorIndex``.

1. :mod:`newsledger.mentions` finds candidates: names (PERSON/ORG/NORP entities, countries and
   capitals or seats of power used as agents, not as locations), descriptions ("the president"),
   collective or unnamed sources ("diplomats", "a senior official") and pronouns;
2. names merge by key (a person's later short form "Macron" or "Mr. Macron" by surname, an
   organisation by its canonical name or acronym); appositions join the phrase they describe;
3. definite descriptions link to the most recent compatible actor (same kind; role, country,
   sector and gender agree; "the newspaper" to the media body named before), otherwise they
   start an unnamed actor; a titled surname NER missed ("Mr Straw") joins the person named
   before, a bare group noun the group it shortens ("officials" after "U.S. officials");
4. pronouns link to the most salient compatible mention (:mod:`newsledger.coref`); a given
   name or he/she fix the actor's gender for later pronouns;
5. a lead's unnamed "the foreign minister said" joins the person named as a speaker just after.
Actor ids are A1, A2, ... in first-mention order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsledger.actor_entry import (
    Entry,
    agree,
    head_fits,
    initials,
    other_body,
    pronoun_fits,
    sector_of,
    stated_gender,
)
from newsledger.actor_index import ActorIndex
from newsledger.actor_speakers import QuoteSpeakers
from newsledger.coref import SUBJECT_DEPS, name_gender, reporting_lemmas, resolve_pronoun
from newsledger.knowledge import traits_for
from newsledger.lexicon import ActorTraits, government_name, role_fits
from newsledger.lexicon_data import fold
from newsledger.mention_phrases import class_home, peer_relation, relation_of
from newsledger.mention_syntax import titled_name_key
from newsledger.mentions import (
    FIRST_PERSON,
    GOVERNMENT_HEADS,
    Candidate,
    find_candidates,
    person_key,
    quote_of,
)
from newsledger.record import Actor, Mention

#: How many most recently mentioned actors a description is compared with; keeps linking
#: linear in the number of mentions.
RECENT_ACTORS = 30

#: How many sentences back a role-less person ("the 47-year-old") or a description may link to
#: an actor whose role is unknown; beyond it a new unnamed actor is safer.
LOOSE_LINK_SENTENCES = 4

#: How many sentences after a lead's unnamed "the minister said" its name may come (the wire
#: style gives it in the next sentence or the one after).
CATAPHORA_SENTENCES = 2

#: Nouns news uses for an international body named before, though not in its name ("the
#: 15-member bloc", "the alliance"); a modifier with a sector of its own ("the opposition
#: alliance", "the rebel bloc") makes another actor.
INTERNATIONAL_BODY_NOUNS = frozenset({"bloc", "alliance"})

#: Sectors whose generic nouns ("the newspaper", "the company", "the firm") stand for the
#: outlet or business named before though the noun is not in its name: a story rarely names two
#: of them without saying which one it means. Government nouns are not generic in this way
#: ("the ministry" after two ministries), so they keep the head-noun test.
GENERIC_HEAD_SECTORS = frozenset({"MED", "BUS"})

#: Kinds of named actors that tell two names apart: a person is never a body or a country.
NAMED_KINDS = frozenset({"person", "organization", "country", "group"})


class _Registry:
    """Links candidates to actors in one left-to-right pass."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds Doc.text from every token on each access
        self.entries: list[Entry] = []
        self.by_key: dict[str, Entry] = {}
        self.by_surname: dict[str, list[Entry]] = {}
        self.by_first_name: dict[str, list[Entry]] = {}
        self.by_acronym: dict[str, Entry] = {}
        self.recent: list[Entry] = []  # most recently mentioned last
        self.head_entry: dict[int, Entry] = {}  # token index of a mention's head -> actor
        self.history: list[tuple[Candidate, Entry]] = []
        self.speakers = QuoteSpeakers(doc, self.history)
        self.quotes = self.speakers.quotes

    def run(self, cands: list[Candidate]) -> tuple[Actor, ...]:
        """Link every candidate and freeze the actors in first-mention order."""
        first_person = [c for c in cands if c.kind == "first_person"]
        for cand in cands:
            if cand.kind == "first_person":
                continue  # the speaker often comes after the quote: linked below
            cand = self._relation_key(self._inherit_owner(cand))
            entry = self._link(cand)
            if entry is not None:
                if entry.kind == "person" and cand.kind == "name" and cand.traits.kind not in (
                    "person", "unknown"
                ):
                    cand = replace(cand, kind="maybe_name", key=None, traits=ActorTraits())
                self._attach(cand, entry)
        self._class_homes()
        self._name_cataphora()
        self._link_first_person(first_person)
        alive = [e for e in self.entries if e.alive and e.mentions]
        alive.sort(key=lambda e: e.first_mention().start)
        return tuple(self._freeze(i, e) for i, e in enumerate(alive, start=1))

    def _class_homes(self) -> None:
        """Give "X, which is among the largest banks in the U.S." that country (T66)."""
        for tok in self.doc:
            found = class_home(tok) if tok.dep_ == "pobj" else None
            entry = self.head_entry.get(found[0].i) if found is not None else None
            if found is not None and entry is not None and entry.kind == "organization" \
                    and entry.country is None:
                entry.country = found[1]

    def _name_cataphora(self) -> None:
        """Merge a lead's "the foreign minister said" into the person named just after it.

        Wire stories open with a title and give the name in the next sentences ("..., the
        foreign minister said on Friday. ... Dariusz Rosati told a news conference"). Only a
        role-bearing description never linked to a name merges, into the first person named
        after it as the speaker of a reporting verb (people only mentioned in between do not
        count), within CATAPHORA_SENTENCES, with no role of their own or the same one
        ("General Ramon Villalba, the defence minister, said") and no disagreeing country or
        gender.
        """
        people = sorted((e for e in self.entries if e.alive and e.mentions and e.kind == "person"),
                        key=lambda e: e.first_mention().start)
        for k, entry in enumerate(people):
            first = entry.first_mention()
            if entry.named or entry.role is None or first.kind != "description":
                continue
            later = next((e for e in people[k + 1:] if e.named and self._speaks_first(e)), None)
            if later is None or not agree(entry.country, later.country) or not agree(
                entry.gender, later.gender
            ) or (later.role is not None and not role_fits(entry.role, later.role)):
                continue
            name = later.first_mention()
            if name.sent - first.sent <= CATAPHORA_SENTENCES:
                self._merge(later, entry)

    def _speaks_first(self, entry: Entry) -> bool:
        """Tell whether an actor's first mention is the subject of a reporting verb."""
        tok = self.doc[entry.first_mention().head]
        return tok.dep_ in SUBJECT_DEPS and tok.head.lemma_ in reporting_lemmas()

    def _link_first_person(self, cands: list[Candidate]) -> None:
        """Link I/my/we inside a quotation to the quote's speaker (see QuoteSpeakers)."""
        if not cands:
            return
        self.speakers.index()  # the history is complete: first-person mentions come after it
        for cand in cands:
            quote = quote_of(self.quotes, cand.start)
            if quote is None:
                continue
            entry = self.speakers.speaker(quote)
            wanted = ("person",) if FIRST_PERSON[cand.name.lower()] == "sg" else (
                "organization", "group", "country")
            if entry is not None and entry.kind in wanted:
                self._attach(cand, entry)

    def _freeze(self, number: int, e: Entry) -> Actor:
        """Turn a finished entry into an Actor with mentions sorted by position."""
        text = self.text
        mentions = tuple(
            Mention(c.start, c.end, text[c.start:c.end])
            for c in sorted(e.mentions, key=lambda c: c.start)
        )
        country, sector, role = e.country, e.sector, e.role
        if country is None or sector is None:
            # world knowledge fills only what the phrases left open ("President Bush" -> USA)
            label = "PERSON" if e.kind == "person" else None
            for name in dict.fromkeys((e.name, *(m.text for m in mentions))):
                known = traits_for(name, label)
                if known is not None:
                    country = country or known.country
                    sector = sector or known.sector
                    role = role or known.role
                    break
        return Actor(f"A{number}", e.name, e.kind, country, sector, role, mentions)

    def _attach(self, cand: Candidate, entry: Entry) -> None:
        """Record a linked mention in every index."""
        entry.absorb(cand)
        if cand.key:
            self.by_key.setdefault(cand.key, entry)
            if cand.key.startswith("person:"):
                words = cand.key.removeprefix("person:").split()
                for index, word in ((self.by_surname, words[-1] if words else ""),
                                    (self.by_first_name, words[0] if len(words) > 1 else "")):
                    lst = index.setdefault(word, []) if word else []
                    if word and entry not in lst:
                        lst.append(entry)
            elif cand.key.startswith("org:") and len(cand.name.split()) > 1:
                self.by_acronym.setdefault(initials(cand.name), entry)
        self.head_entry[cand.head] = entry
        if entry in self.recent:
            self.recent.remove(entry)
        self.recent.append(entry)
        if len(self.recent) > RECENT_ACTORS:
            self.recent.pop(0)
        self.history.append((cand, entry))

    def _new(self, cand: Candidate) -> Entry:
        """Start a new actor from a candidate."""
        t = cand.traits
        entry = Entry(cand.name, t.kind, None, None, None, None, named=cand.kind == "name")
        self.entries.append(entry)
        return entry

    def _link(self, cand: Candidate) -> Entry | None:
        """Find (or start) the actor a candidate mentions; None leaves a pronoun unresolved."""
        if cand.kind == "pronoun":
            return self._resolve_pronoun(cand)
        if cand.kind == "relative":
            return self.head_entry.get(self.doc[cand.head].head.head.i)
        if cand.kind == "maybe_name":
            known = self._by_name(cand)
            return known if known is not None and known.kind == "person" else None
        appos = self._apposition_target(cand)
        if cand.kind == "name" and cand.key and not cand.key.startswith(("person:", "seat:")):
            person = self._by_name(replace(cand, key=person_key(cand.name)))
            if person is not None and person.kind == "person" and cand.key not in self.by_key:
                return person  # "Trump" tagged ORG after "Donald Trump"
        if cand.kind == "name":
            known = self._by_name(cand)
            if appos is not None and known is not None and known is not appos:
                return self._merge(known, appos)
            return known or appos or self._new(cand)
        if appos is not None:
            return appos
        if self._possessor(cand) is not None and relation_of(self.doc[cand.head]) is not None:
            # "his rival", "the minister's aide": another person than the possessor, the same
            # one only for the same relation of the same possessor (keyed by _relation_key)
            return (self.by_key.get(cand.key) if cand.key else None) or self._new(cand)
        titled = self._titled_person(cand)
        if titled is not None:
            return titled
        if cand.kind == "description":
            return self._by_description(cand) or self._new(cand)
        if cand.key and cand.key in self.by_key:  # "diplomats" ... "diplomats"
            return self.by_key[cand.key]
        return self._by_collective_tail(cand) or self._new(cand)

    def _titled_person(self, cand: Candidate) -> Entry | None:
        """Return the person a titled surname NER missed names ("Mr Straw" after "Jack Straw")."""
        if cand.kind not in ("description", "collective") or cand.traits.kind != "person":
            return None
        key = titled_name_key(self.text[cand.start:cand.end])
        if key is None:
            return None
        known = self._by_name(replace(cand, key=key))
        return known if known is not None and known.kind == "person" else None

    def _by_collective_tail(self, cand: Candidate) -> Entry | None:
        """Link a bare group noun to the recent group it shortens ("MPs" after "Labour MPs").

        News names a group in full once and then by its head ("U.S. defense officials" ...
        "defense officials"); the most recent unnamed group whose phrase ends with the same
        words, of an agreeing country, is taken for it.
        """
        if cand.kind != "collective" or cand.traits.kind != "group" or cand.key is None:
            return None
        words = fold(cand.name).split()
        if not words:
            return None
        for entry in reversed(self.recent):
            if entry.kind != "group" or entry.named or not agree(
                cand.traits.country, entry.country
            ):
                continue
            for m in entry.mentions:
                theirs = fold(m.name).split()
                if len(theirs) > len(words) and theirs[-len(words):] == words:
                    return entry
        return None

    def _possessor(self, cand: Candidate) -> Token | None:
        """Return the possessor of a description's head ("His" of "His rival"), if any."""
        return next((c for c in self.doc[cand.head].children if c.dep_ == "poss"), None)

    def _relation_key(self, cand: Candidate) -> Candidate:
        """Key a relational noun by its possessor's actor and relation: "his wife" twice is one."""
        poss = self._possessor(cand) if cand.kind in ("description", "collective") else None
        if poss is None or relation_of(self.doc[cand.head]) is None:
            return cand
        owner = self.head_entry.get(poss.i)
        if owner is None:
            return replace(cand, key=None)  # an unresolved "his": a new person each time
        if cand.traits.kind == "person" and owner.kind in ("organization", "country") and (
                peer_relation(self.doc[cand.head])):
            # "Pyongyang's only ally", "the company's rival": one of the owner's kind
            cand = replace(cand, traits=replace(cand.traits, kind=owner.kind, gender=None))
        # keyed by the role when the noun has one: "his lawyer" ... "his attorney" is one person
        relation = cand.traits.role or cand.head_lemma
        return replace(cand, key=f"relation:{self.entries.index(owner)}:{relation}")

    def _inherit_owner(self, cand: Candidate) -> Candidate:
        """Give a description its possessor's country: "his government" after a German leader."""
        if cand.kind not in ("description", "collective") or cand.traits.country:
            return cand
        owner = next((self.head_entry.get(c.i) for c in self.doc[cand.head].children
                      if c.dep_ == "poss"), None)
        if owner is None or owner.country is None:
            return cand
        peer = peer_relation(self.doc[cand.head])
        if peer is not None and (peer.foreign or owner.kind != "person"):
            return cand  # another country's: "Pyongyang's ally", "the president's counterpart"
        traits = replace(cand.traits, country=owner.country)
        if cand.head_lemma in GOVERNMENT_HEADS and traits.sector == "GOV":
            gov = government_name(owner.country)
            return replace(cand, kind="name", name=gov, key="seat:" + gov, traits=traits)
        return replace(cand, traits=traits)

    def _merge(self, keep: Entry, gone: Entry) -> Entry:
        """Fold an actor made from a description into the named actor it turned out to be."""
        for c in gone.mentions:
            keep.absorb(c)
            self.head_entry[c.head] = keep
        gone.mentions.clear()
        gone.alive = False
        for key, e in list(self.by_key.items()):
            if e is gone:
                self.by_key[key] = keep
        if gone in self.recent:
            self.recent.remove(gone)
        return keep

    def _apposition_target(self, cand: Candidate) -> Entry | None:
        """Return the actor of the phrase this candidate is an apposition to, if any."""
        tok = self.doc[cand.head]
        if tok.dep_ == "appos":
            target = self.head_entry.get(tok.head.i)
            if target is not None and cand.kind == "name" and target.named and "country" in (
                cand.traits.kind, target.kind
            ) and all(m.key != cand.key for m in target.mentions):
                return None  # "the EU, Russia, China and India": a list the parser calls appos
            if target is not None and cand.kind == "name" and target.named \
                    and "person" in (cand.traits.kind, target.kind) \
                    and cand.traits.kind in NAMED_KINDS and cand.traits.kind != target.kind:
                # "after the bombing of the Central Station, Smith, a soldier, was": a person
                # named next to a body or place is the next phrase's, never the same actor
                return None
            return target
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and cand.kind == "description":
            # "Ischinger is the political director": a predicate names its subject
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self.head_entry.get(subject.i)
        return None

    def _by_name(self, cand: Candidate) -> Entry | None:
        """Find an actor already named by this candidate's key, surname or acronym."""
        if cand.key is None:
            return None
        gender = cand.traits.gender or name_gender(cand.key)
        known = self.by_key.get(cand.key)
        if known is not None and agree(gender, stated_gender(known)):
            return known
        if cand.key.startswith("person:"):
            words = cand.key.removeprefix("person:").split()
            if not words:
                return None
            for entry in reversed(self.by_surname.get(words[-1], [])):
                if not agree(gender, stated_gender(entry)):
                    continue  # "Mrs. Clinton" is not Bill Clinton
                names = {w for c in entry.mentions if c.key for w in c.key[7:].split()}
                if set(words) <= names or names <= set(words):
                    return entry
            if len(words) == 1:  # "Daoud" after "Daoud Makkawi": a first name, if unambiguous
                firsts = self.by_first_name.get(words[0], [])
                if len(firsts) == 1 and words[0] not in self.by_surname:
                    return firsts[0]
        elif cand.key.startswith("org:") and cand.name.isupper():
            return self.by_acronym.get(cand.name)
        return None

    def _by_description(self, cand: Candidate) -> Entry | None:
        """Link a definite description to the most recent compatible actor (not its possessor)."""
        t = cand.traits
        loose: Entry | None = None
        poss = self._possessor(cand)
        owner = self.head_entry.get(poss.i) if poss is not None else None
        for entry in reversed(self.recent):
            if entry is owner or not (agree(t.country, entry.country)
                                      and agree(t.gender, entry.gender)):
                continue  # "the minister's aide" is not the minister
            last_sent = entry.mentions[-1].sent
            if t.kind == "person":
                if entry.kind != "person":
                    continue
                if t.role is None or role_fits(t.role, entry.role):
                    return entry
                if entry.role is None and loose is None and (
                    cand.sent - last_sent <= LOOSE_LINK_SENTENCES
                ) and not all((m.key or "").startswith("relation:") for m in entry.mentions):
                    # (someone known only as "the governor's daughter" is not "the mayor")
                    loose = entry
            elif t.kind in ("organization", "group") and entry.kind == t.kind:
                if other_body(cand, entry):
                    continue  # "the foreign ministry" is not the defence ministry named before
                # "the ministry" -> "Russian Defence Ministry" even though the sectors differ
                if cand.head_lemma in entry.name.lower():
                    return entry
                if agree(t.sector, entry.sector) and head_fits(cand.head_lemma, entry):
                    return entry
                if cand.head_lemma in INTERNATIONAL_BODY_NOUNS and t.sector is None \
                        and entry.named and sector_of(entry) == "IGO":
                    return entry  # "the bloc" -> the Caribbean Community, "the alliance" -> NATO
                if t.sector in GENERIC_HEAD_SECTORS and entry.named and (
                    sector_of(entry) == t.sector
                ):
                    return entry  # "the newspaper" -> the Daily Telegraph, "the company" -> Honda
        return loose

    def _resolve_pronoun(self, cand: Candidate) -> Entry | None:
        """Link a pronoun through :func:`newsledger.coref.resolve_pronoun`; fix he/she's gender."""
        entry = resolve_pronoun(self.doc, cand, self.history,
                                lambda cls, e: e.alive and pronoun_fits(cls, e), self.quotes)
        cls = cand.pronoun_class
        if entry is not None and cls in ("m", "f") and entry.gender is None:
            entry.gender = cls
        return entry


def build_actors(doc: Doc) -> ActorIndex:
    """Build the actor registry of a parsed article."""
    return ActorIndex(_Registry(doc).run(find_candidates(doc)))


def traits_of(actor: Actor) -> ActorTraits:
    """Return an actor's kind, country, sector and role as ActorTraits (for callers' rules)."""
    return ActorTraits(actor.kind, actor.country, actor.sector, actor.role)


__all__ = ["ActorIndex", "build_actors", "traits_of"]

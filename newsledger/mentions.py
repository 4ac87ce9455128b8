"""Mention candidates: the spans of a parsed article that name or refer to an actor.

One pass over spaCy's noun chunks, then the named entities no chunk covered, then pronouns.
Each candidate carries what its words say about the actor (:class:`~newsledger.lexicon.ActorTraits`)
and a merge key for names; linking candidates to actors is :mod:`newsledger.actors`' job.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsledger.knowledge import figure_named, organisation_named
from newsledger.lexicon import (
    ActorTraits,
    country_display_names,
    country_from_name,
    demonyms,
    describe,
    fold,
    government_name,
    group_nouns,
    institution_of,
    seat_of,
    strip_leading,
    titles,
)
from newsledger.mention_bodies import (
    antecedent_body,
    bare_definite,
    has_body_key,
    is_body,
    known_body,
    outlet_traits,
)
from newsledger.mention_candidate import Candidate, CandidateKind
from newsledger.mention_phrases import (
    PhraseTexts,
    comma_cut,
    company_with_possessive,
    dateline_tokens,
    gerund_end,
    home_after,
    known_wider_body,
    names_apposition,
    owned_texts,
    part_of_place,
    person_apposition,
    reads_with_possessor,
    relation_traits,
    thing_after_article,
)
from newsledger.mention_syntax import (
    ACRONYM_LENGTH,
    ACTOR_LABELS,
    AGE,
    ARGUMENT_DEPS,
    DEFINITE,
    FIRST_PERSON,
    GOVERNMENT_HEADS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    SEAT_PLACE_PREPS,
    clause_role,
    clean_name,
    hyphen_end,
    owner_end,
    person_key,
    phrase_head,
    quote_of,
    quote_spans,
    used_as_place,
)


def norp_key(name: str, country: str | None) -> str:
    """Return the merge key of a group named by a nationality, party or faction word.

    A country's people are one group ("Americans" ... "the Americans"); a party, faction or
    people within a country is its own group of that country ("Republicans" and "Democrats" are
    both USA but never one actor; "Iraqi Kurds" are not "Iran's Kurds").
    """
    word = fold(name)
    if country is not None and demonyms().get(word) == country:
        return "norp:" + country
    return "norp:" + (f"{country}:{word}" if country else word)


def _untagged_acronym(tok: Token) -> bool:
    """Tell whether a capitalised token NER left untagged is a body's acronym ("the NRA").

    All capitals of an acronym's length, and letters only unless world knowledge knows it as a
    body's short name with digits ("the G8"); a country's or seat's short name is no body.
    """
    return (tok.is_upper and len(tok) in ACRONYM_LENGTH
            and (tok.is_alpha or organisation_named(tok.text) is not None)
            and country_from_name(tok.text) is None and seat_of(tok.text) is None)


class CandidateFinder:
    """Collect the mention candidates of one parsed article, in document order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.ent_of: list[Span | None] = [None] * len(doc)
        # an entity run across a comma over two names ends at the comma (comma_cut)
        self.ents = [comma_cut(ent) for ent in doc.ents]
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.used = bytearray(len(doc))
        self.out: list[Candidate] = []
        # doc.text joins every token anew on each access: read it once per article
        self.text = doc.text
        self.quotes = quote_spans(self.text)
        for i in dateline_tokens(doc):
            self.used[i] = 1  # where the story was filed and by which agency: no actor of it

    def find(self) -> list[Candidate]:
        """Return every candidate, sorted by position."""
        for chunk in self.doc.noun_chunks:
            self._chunk(chunk.start, chunk.end, chunk.root)
        for ent in self.ents:
            if ent.label_ in ACTOR_LABELS and not any(self.used[ent.start:ent.end]):
                self._phrase(ent.start, ent.end, ent.root)
        for tok in self.doc:
            if self.used[tok.i]:
                continue
            if tok.lower_ in PRONOUNS and tok.tag_ in ("PRP", "PRP$"):
                self._pronoun(tok)
            elif tok.lower_ in FIRST_PERSON and tok.tag_ in ("PRP", "PRP$") and (
                quote_of(self.quotes, tok.idx) is not None
            ):
                span = self.doc[tok.i:tok.i + 1]
                self.out.append(self._make(span, tok, "first_person", tok.text, None,
                                           ActorTraits()))
                self.used[tok.i] = 1
            elif tok.lower_ == "old" and tok.dep_ in ARGUMENT_DEPS:
                self._age(tok)
            elif tok.lower_ in RELATIVES and tok.tag_ in ("WP", "WDT") and (
                tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass")
            ):
                self._relative(tok)
            elif (tok.is_title and (tok.pos_ == "PROPN" or (
                    tok.pos_ == "NOUN" and tok.i > tok.sent.start))
                  and self._label(tok) not in ACTOR_LABELS
                  and (tok.dep_ in ARGUMENT_DEPS or tok.head.dep_ in ("nsubj", "nsubjpass"))):
                if _untagged_acronym(tok):
                    self._acronym(tok)
                else:
                    self._maybe_name(self.doc[tok.left_edge.i:tok.i + 1], tok)
        self.out.sort(key=lambda c: (c.start, c.end))
        self._point_back()
        return self.out

    def _label(self, tok: Token) -> str:
        """Return the label of the entity a token is in, after comma cuts ("" for none)."""
        ent = self.ent_of[tok.i]
        return ent.label_ if ent is not None else ""

    def _point_back(self) -> None:
        """Make "the commission", "the agency" mentions of the body named before them."""
        by_head = {c.head: k for k, c in enumerate(self.out)}
        bodies: list[Candidate] = []
        added: list[Candidate] = []
        seen = 0
        for tok in self.doc:
            det = bare_definite(tok)
            if det is None:
                continue
            while seen < len(self.out) and self.out[seen].start < det.idx:
                if is_body(self.out[seen]):
                    bodies.append(self.out[seen])
                seen += 1
            at = by_head.get(tok.i)
            own = self.out[at] if at is not None else None
            if own is None and any(self.used[det.i:tok.i + 1]) or own is not None and (
                own.kind != "description" or own.traits.kind != "organization"
            ):
                continue  # "the minister" is a person; a used token belongs to another phrase
            body = antecedent_body(tok.lemma_.lower(), self.sent_of[tok.i], bodies)
            if body is None or not has_body_key(body):
                continue
            cand = self._make(self.doc[det.i:tok.i + 1], tok, "body", body.name, body.key,
                              body.traits, definite=True)
            if at is not None:
                self.out[at] = cand
            else:
                added.append(cand)
                self.used[det.i:tok.i + 1] = b"\x01" * (tok.i + 1 - det.i)
        if added:
            self.out = sorted(self.out + added, key=lambda c: (c.start, c.end))

    def _chunk(self, start: int, end: int, root: Token) -> None:
        """Split a noun chunk into its possessor and its main part, and classify both."""
        main_start = start
        for child in root.children:
            if child.dep_ == "poss" and start <= child.i < root.i:
                p_end = child.right_edge.i + 1
                if self.doc[p_end - 1].tag_ == "POS":
                    self._phrase(child.left_edge.i, p_end - 1, child)
                else:
                    self._phrase(child.left_edge.i, p_end, child)
                main_start = max(main_start, p_end)
        main_start = gerund_end(main_start, root)  # "of training militants": the militants
        end = hyphen_end(root, end)
        if main_start <= root.i:
            self._phrase(main_start, end, root, describe_from=start,
                         describe_to=owner_end(root, end))

    def _phrase(
        self, start: int, end: int, root: Token, describe_from: int | None = None,
        describe_to: int | None = None,
    ) -> None:
        """Classify one phrase by its head word and add a candidate when it names an actor."""
        while start < root.i and self.doc[start].is_punct:
            start += 1
        if any(self.used[start:end]) or end <= start:
            return
        if root.tag_ in ("PRP", "PRP$"):
            if root.lower_ in PRONOUNS:
                self._pronoun(root)
            return
        ent = self.ent_of[root.i]
        if ent is not None and ent.end > end and not any(self.used[end:ent.end]):
            end = ent.end  # noun chunks stop at "of": "the Patriotic Union | of Kurdistan"
        if ent is not None and ent.label_ == "ORG" and ent.start < start \
                and not any(self.used[ent.start:start]):
            # and may start after a body's name begins: "with the Department of | Justice's
            # inquiry" chunks "Justice" alone, a judge's title, where NER reads the department
            # (only for ORG: a GPE NER starts early is often a verb and a place, "Say Mexico")
            start = ent.start
        if end < len(self.doc) and company_with_possessive(self.doc[start:end + 1]):
            end += 1  # "McDonald's raised prices": the "'s" is part of the company's name
        span = self.doc[start:end]
        lo = min(describe_from, start) if describe_from is not None else start
        # a possessor is read with the phrase ("Peru's UN ambassador" is Peru's diplomat, not
        # the UN's); a kin or peer relation's possessor ("the governor's daughter") and an owner
        # after the phrase ("a spokesman for the ministry") only fill its country and sector
        own_from = lo if reads_with_possessor(root) else start
        own = self.doc[own_from:end].text
        hi = describe_to if describe_to and describe_to > end else end
        owner = self.doc[lo:hi].text if lo < own_from or hi > end else None
        text_for_traits = owned_texts(own, owner, root)
        cand: Candidate | None
        if ent is not None and ent.label_ in ACTOR_LABELS:
            cand = self._entity(ent, span, root, text_for_traits)
        else:
            cand = self._description(span, root, text_for_traits)
        if cand is not None:
            self.out.append(cand)
            for i in range(start, end):
                self.used[i] = 1

    def _make(
        self, span: Span, root: Token, kind: CandidateKind, name: str, key: str | None,
        traits: ActorTraits, definite: bool = False,
    ) -> Candidate:
        """Build a candidate over a token span."""
        return Candidate(
            span.start_char, span.end_char, root.i, self.sent_of[root.i], kind, name, key,
            traits, definite, root.lemma_.lower(),
        )

    def _entity(self, ent: Span, span: Span, root: Token, text: PhraseTexts) -> Candidate | None:
        """Classify a phrase headed by a named entity: person, organisation, country, seat..."""
        inside = self.doc[max(ent.start, span.start):min(ent.end, span.end)]
        name = clean_name(inside.text if len(inside) else ent.text)
        if company_with_possessive(span):
            name += span[-1].text  # "Macy's", not a Macy
        wider = known_wider_body(span, ent) if ent.label_ in ("ORG", "NORP") else None
        if wider is not None:  # "the Liberal | Democrats": the phrase names the British party
            return self._make(span, root, "name", wider[0], "org:" + fold(wider[0]), wider[1])
        seat = seat_of(name)
        if seat is not None and ent.label_ != "PERSON":
            if used_as_place(root, seat=not seat.is_capital):
                return None
            traits = ActorTraits("organization", seat.country, seat.sector)
            return self._make(span, root, "name", seat.canonical, "seat:" + seat.canonical, traits)
        label = ent.label_
        if label in ("GPE", "LOC", "FAC"):
            iso3 = country_from_name(name)
            modifier = root.dep_ in ("compound", "nmod", "amod") and phrase_head(
                root).lemma_.lower() not in PLACE_NOUNS
            if used_as_place(root, seat=False) and not (iso3 and modifier):
                return None  # a place: newsledger.places geocodes it
            if iso3 is None:  # "Brandt" mis-tagged GPE: a person if already named
                return self._make(span, root, "maybe_name", name, person_key(name), ActorTraits())
            traits = ActorTraits("country", iso3, None)
            display = country_display_names().get(iso3, name)
            return self._make(span, root, "name", display, "country:" + iso3, traits)
        if label == "ORG" and institution_of(name) is None and person_apposition(root):
            label = "PERSON"  # "its foreign minister, Ana Ruiz": a person's name tagged ORG
        outlet = known_body(name) if label == "PERSON" else None
        if outlet is not None:  # "told Yonhap": spaCy takes an outlet for a person
            return self._make(span, root, "name", name, "org:" + fold(name), outlet)
        if label == "PERSON":
            if thing_after_article(ent):
                return None  # "reached the Moon": no person, whoever bears the surname
            traits = text.traits("PERSON")
            known = figure_named(name)
            if known is not None and known.country and traits.country != known.country:
                # a well-known figure's full name beats the words around it: "Cuban-born Ted
                # Cruz" is a US senator, "New Jersey Gov. Chris Christie" not of Jersey
                traits = replace(traits, country=known.country, sector=traits.sector or
                                 known.sector, role=traits.role or known.role)
            return self._make(span, root, "name", name, person_key(name), traits)
        if label == "ORG":
            inst = institution_of(name)
            traits = text.traits("ORG")
            if inst is not None:
                traits = ActorTraits(
                    inst.kind, inst.country or traits.country, inst.sector or traits.sector,
                    traits.role, traits.gender,
                )
                return self._make(span, root, "name", inst.canonical, "org:" + inst.canonical,
                                  traits)
            if traits.kind == "person":
                if root.lemma_.lower() in titles() or root.lower_ in titles():
                    # "Kremlin spokesman" tagged ORG as a whole
                    return self._make(span, root, "description", name, None, traits)
                # "the official China Daily": a title word before the name is no person's
                traits = describe(name, "ORG")
            home = home_after(name, self.text, span.end_char) if traits.country is None else None
            if home is not None:  # "Cilcorp Inc., Peoria, Ill., said"
                traits = replace(traits, country=home)
            return self._make(span, root, "name", name, "org:" + fold(name), traits)
        # NORP heading its phrase: "the Palestinians", "Americans"; not a modifier ("Syrian border")
        if root.dep_ in ("amod", "compound", "nmod", "npadvmod"):
            return None
        traits = text.traits("NORP")
        return self._make(span, root, "collective", name, norp_key(name, traits.country), traits)

    def _description(self, span: Span, root: Token, text: PhraseTexts) -> Candidate | None:
        """Classify a phrase without a named head: titles, collectives, seats, ages."""
        if root.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
            return None
        if root.dep_ == "pobj" and root.head.lower_ == "as":
            return None  # "re-elected as president": a role, not a mention of someone
        described = relation_traits(root, text.traits(None))  # "his rival": a person
        traits = outlet_traits(root, described)
        outlet = traits is not described
        if traits.kind == "unknown":
            return None
        seat = seat_of(clean_name(span.text))
        if seat is not None:
            if used_as_place(root, seat=not seat.is_capital):
                return None
            return self._make(span, root, "name", seat.canonical, "seat:" + seat.canonical,
                              ActorTraits("organization", seat.country, seat.sector))
        if traits.kind == "country":
            return None  # a lower-case or untagged country word; NER decides names
        if part_of_place(root):
            return None  # "the Guyanese side of the river", "its northern state of Roraima"
        if traits.kind == "organization" and used_as_place(root, seat=True):
            return None  # "outside the embassy", "at the ministry": a place
        if root.lemma_.lower() in GOVERNMENT_HEADS and traits.country and traits.sector == "GOV":
            gov = government_name(traits.country)
            return self._make(span, root, "name", gov, "seat:" + gov, traits)
        first = span[0].lower_
        if first in QUANTIFIERS or first == "not" or (
            span.start > 0 and self.doc[span.start - 1].lower_ == "not"
        ):
            return None  # "every soldier", "any party", "not a single soldier": nobody specific
        # A possessor makes a description definite: "Lyng's aide" is the aide already named.
        # A title that says whose it is and is followed by a name in apposition ("Peru's foreign
        # minister, Ana Ruiz") introduces that person: linked back, it would merge two ministers
        # of different countries. Without a country ("his attorney, Ana Ruiz") it often does
        # name the earlier "lawyer", so it stays definite.
        introduces = traits.country is not None and names_apposition(root)
        definite = (first in DEFINITE or any(c.dep_ == "poss" for c in root.children)) \
            and not introduces
        noun = group_nouns().get(root.lemma_.lower())
        plural = root.tag_ in ("NNS", "NNPS") or (
            noun is not None and noun.kind == "group" and root.tag_ != "NN"
        )
        name = strip_leading(clean_name(span.text))  # "a senior official" -> "senior official"
        if definite:
            kind: CandidateKind = "description"
            key = None
        elif introduces:
            kind, key = "collective", None  # a new person, whom the apposition names
        elif outlet:  # "Damascus radio" is the "Damascus Radio" NER tags ORG elsewhere
            kind, key = "collective", "org:" + fold(name)
        elif plural or first not in ("a", "an", "another", "one"):
            kind, key = "collective", "group:" + fold(name)
        else:
            kind, key = "collective", None  # "a senior official": a new, unnamed source
        return self._make(span, root, kind, name, key, traits, definite)

    def _age(self, tok: Token) -> None:
        """Add "the 58-year-old" as a person description (spaCy makes it an adjective phrase)."""
        span = self.doc[tok.left_edge.i:tok.i + 1]
        if any(self.used[span.start:span.end]) or not AGE.match(span.text.replace(" ", "")):
            return
        traits = ActorTraits("person")
        definite = span[0].lower_ in DEFINITE
        kind: CandidateKind = "description" if definite else "collective"
        self.out.append(self._make(span, tok, kind, span.text, None, traits, definite))
        for i in range(span.start, span.end):
            self.used[i] = 1

    def _relative(self, tok: Token) -> None:
        """Add a relative pronoun; the registry links it to the noun its clause modifies."""
        span = self.doc[tok.i:tok.i + 1]
        self.out.append(self._make(span, tok, "relative", tok.text, None, ActorTraits()))
        self.used[tok.i] = 1

    def _acronym(self, tok: Token) -> None:
        """Add an untagged all-capitals acronym as an organisation ("the NRA said")."""
        span = self.doc[tok.i:tok.i + 1]
        inst = institution_of(tok.text)
        known = organisation_named(tok.text)
        traits = (ActorTraits(inst.kind, inst.country, inst.sector) if inst
                  else known or ActorTraits("organization"))
        name = inst.canonical if inst else tok.text
        self.out.append(self._make(span, tok, "name", name, "org:" + name, traits))
        self.used[tok.i] = 1

    def _maybe_name(self, span: Span, tok: Token) -> None:
        """Add an untagged capitalised name that may repeat a known person's name."""
        while len(span) > 1 and not span[0].is_title:
            span = span[1:]
        if any(self.used[span.start:span.end]) or not span.text[:1].isupper():
            return
        cand = self._make(span, tok, "maybe_name", span.text, person_key(span.text), ActorTraits())
        self.out.append(cand)
        for i in range(span.start, span.end):
            self.used[i] = 1

    def _pronoun(self, tok: Token) -> None:
        """Add a pronoun candidate (resolved later by salience)."""
        if self.used[tok.i]:
            return
        span = self.doc[tok.i:tok.i + 1]
        self.out.append(self._make(span, tok, "pronoun", tok.text, None, ActorTraits()))
        self.used[tok.i] = 1


def find_candidates(doc: Doc) -> list[Candidate]:
    """Return the actor mention candidates of a parsed article in document order."""
    return CandidateFinder(doc).find()


__all__ = ["Candidate", "CandidateFinder", "find_candidates", "used_as_place", "person_key",
           "clause_role", "quote_of", "quote_spans", "PRONOUNS", "PLACE_PREPS", "SEAT_PLACE_PREPS",
           "FIRST_PERSON", "GOVERNMENT_HEADS"]

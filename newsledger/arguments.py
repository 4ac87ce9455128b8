"""Event arguments: who acts (actor) and who is acted on (recipient) for one trigger.

Verbs take their actor from the subject (or the by-agent of a passive: "was attacked by X"),
inheriting it along infinitives, coordinated verbs and participles ("agreed to release",
"killed two and took three hostage", "..., killing one soldier"); their recipient is the object,
the dative or a recipient preposition ("attack on", "talks with", "aid to"). Nouns take theirs
in :mod:`newsledger.noun_roles` ("Israeli shelling", "held talks"). Coordinated participants
give one argument each ("Hungarian and Romanian officials", "the US, Russia and Switzerland").

Each argument carries the actor id from the :class:`ActorIndex`, and the country and sector of
that actor; when the registry has no actor (or the actor has no country) they come from world
knowledge (:mod:`newsledger.knowledge`: "President Bush", "Hamas") and then from
:mod:`newsledger.lexicon` on the argument's words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsledger import lexicon
from newsledger.actors import ActorIndex
from newsledger.coordination import shared_nationality
from newsledger.knowledge import traits_for
from newsledger.possessors import owner_country
from newsledger.record import Actor

#: Prepositions that introduce a recipient, tried in this order.
RECIPIENT_PREPS: tuple[str, ...] = ("against", "on", "at", "upon", "with", "to", "into", "for")

#: Verbs whose object, not subject, carries out an infinitive ("urged Hamas to renounce").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "order", "force", "press", "pressure", "call", "persuade", "tell", "allow",
    "help", "invite", "want", "encourage", "compel",
})

#: Prepositions of the deed someone is acted on for ("punished for invading", "accused of").
REASON_PREPS = frozenset({"for", "of"})

#: Participles whose passive subject is the one acting ("were engaged in fighting", "are
#: involved in attacks"): the adjectival passive names no agent because the subject is one.
STATIVE_PASSIVES = frozenset({"engage", "involve"})

#: Participles that tie a group to a body whose country it shares ("workers affiliated with",
#: "militias loyal to", "fighters linked to").
AFFILIATION_VERBS = frozenset({"affiliate", "loyal", "link", "belong", "attach"})

#: Participles whose by-phrase leads a group, which takes the leader's country ("forces led by
#: a Tajik commander", "a committee headed by a Kenyan judge").
LEADER_VERBS = frozenset({"lead", "head", "command"})

#: Verbs whose object is a text or act that speaks for their subject ("issued a statement
#: demanding", "passed a resolution calling for", "sent a letter urging").
ISSUING_VERBS = frozenset({
    "issue", "release", "publish", "pass", "adopt", "approve", "send", "sign",
})

#: Types whose recipient may be the subject of the verb's content clause ("demanded that X go").
CLAUSE_RECIPIENT_TYPES = frozenset({"REQUEST"})

#: Types whose object is the actor's own forces, not a recipient ("deployed troops to X").
FORCES_TYPES = frozenset({"MOBILIZE"})

#: Nouns of quantity or part whose of-phrase names the participants ("hundreds of refugees").
QUANTITY_NOUNS = frozenset({
    "score", "hundred", "thousand", "dozen", "million", "number", "part", "group", "some",
    "many", "most", "all", "members", "member", "majority", "handful", "couple", "none",
})

#: Key of the cached text in ``Doc.user_data``.
_TEXT_KEY = "newsledger.text"

#: "X-led forces" are led by X: the only compound adjective that gives its noun a country.
LED_SUFFIX = "-led"

#: Pre-modifier relations kept in an argument's span ("Senior Hungarian officials").
_PREMODS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"})

#: Pronouns and other words that are never an argument on their own span.
_SKIP_POS = frozenset({"PUNCT", "DET", "NUM", "ADV"})


@dataclass(frozen=True)
class Argument:
    """One participant of an event: its span, actor id, country and sector."""

    start: int
    end: int
    text: str
    actor: str | None
    country: str | None
    sector: str | None
    plural: bool = False  # headed by a plural common noun ("prisoners", "Ibo elders")


def doc_text(doc: Doc) -> str:
    """Return a doc's text, kept in its user data: ``Doc.text`` rebuilds it on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _span_of(tok: Token) -> tuple[int, int]:
    """Return the character span of a noun phrase head with its pre-modifiers."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in _PREMODS or child.dep_ == "punct" and child.text == "-":
            left = min(left, child.left_edge.i)
    doc = tok.doc
    return doc[left].idx, tok.idx + len(tok.text)


def _describe(text: str, person: bool = False) -> tuple[str | None, str | None]:
    """Return (country, sector) of a phrase from world knowledge, else from the lexicon.

    A known name is more specific than the words around it: "Irish Republican Army" is a
    British group, though "Irish" is a demonym. ``person`` says the phrase names a person.
    """
    known = traits_for(text, "PERSON" if person else None)
    if known is not None and known.country is not None:
        return known.country, known.sector or lexicon.describe(text).sector
    traits = lexicon.describe(text)
    if known is not None and known.sector is not None:
        traits = lexicon.ActorTraits(traits.kind, traits.country, known.sector)
    country = traits.country
    if country is None and LED_SUFFIX in text:
        # "Vietnamese-led forces", "US-led coalition": the leader's country
        leader = text.split(LED_SUFFIX)[0].split()[-1:]
        country = lexicon.country_of(leader[0]) if leader else None
    return country, traits.sector


def make_argument(tok: Token, actors: ActorIndex, start: int | None = None,
                  end: int | None = None) -> Argument:
    """Resolve a noun phrase head (or an explicit span) to an argument."""
    if start is None or end is None:
        start, end = _span_of(tok)
    text = doc_text(tok.doc)[start:end]
    actor_id = actors.actor_for(start, end)
    actor = actors.get(actor_id)
    country = actor.country if actor is not None else None
    sector = actor.sector if actor is not None else None
    if country is None or sector is None:
        person = tok.ent_type_ == "PERSON" or actor is not None and actor.kind == "person"
        lex_country, lex_sector = _describe(text, person)
        if lex_country is None and actor is not None and actor.name != text:
            # the registry's name may be the fuller one ("George W. Bush" for "Bush")
            lex_country, name_sector = _describe(actor.name, person)
            lex_sector = lex_sector or name_sector
        if country is None and lex_country is None:
            # "inspectors of the IAEA", "members of the Association": the of-phrase names them
            of_obj = _of_object(tok)
            if of_obj is not None:
                s2, e2 = _span_of(of_obj)
                actor_id = actor_id or actors.actor_for(s2, e2)
                lex_country, of_sector = _describe(doc_text(tok.doc)[s2:e2])
                lex_sector = lex_sector or of_sector
        country = country or lex_country or owner_country(tok, actors) or \
            _located_country(tok) or _mentioned_country(tok, actor)
        sector = sector or lex_sector
    return Argument(start, end, text, actor_id, country, sector,
                    tok.tag_ == "NNS" and tok.pos_ == "NOUN")


def _part_argument(part: Token, whole: Argument, actors: ActorIndex) -> Argument:
    """Return one national adjective of a coordination ("Hungarian" of "Hungarian and ...")."""
    start, end = part.idx, part.idx + len(part.text)
    country, _sector = _describe(part.text)
    actor_id = actors.actor_for(start, end)
    actor = actors.get(actor_id)
    if actor is not None and not any(m.start == start and m.end == end for m in actor.mentions):
        actor_id = None  # the registry's actor spans the whole coordination, not this part
    return Argument(start, end, part.text, actor_id, country,
                    whole.sector)


def _phrase_country(tok: Token) -> str | None:
    """Return the country the noun phrase headed by a token names, if any."""
    start, end = _span_of(tok)
    return _describe(doc_text(tok.doc)[start:end])[0]


def _located_country(tok: Token) -> str | None:
    """Return the country of a place the phrase is in ("rebels in X") or its apposition names."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "at", "inside", "for"):
            obj = child_with(child, "pobj")
            if obj is not None:
                country = _phrase_country(obj) or _located_country(obj)
                if country is not None:
                    return country
        elif child.dep_ == "appos" and not any(g.dep_ in ("cc", "conj") for g in child.children):
            # "Adel Ibrahim, the Iraqi embassy's press attache": an apposition says who the
            # person is (a list the parser reads as one, "the US, Russia and X", is not)
            country = _phrase_country(child) or _located_country(child)
            if country is not None:
                return country
        elif child.dep_ == "acl" and child.lemma_.lower() in LEADER_VERBS:
            # "a band led by a former Nicaraguan guerrilla": the leader's country
            leader = pobj_of(child, "by")
            if leader is not None and (country := _phrase_country(leader)) is not None:
                return country
        elif child.dep_ == "acl" and child.lemma_.lower() in AFFILIATION_VERBS:
            # "workers affiliated with the Serbian Workers' Union": the body's country
            for prep in (g for g in child.children if g.dep_ == "prep"):
                obj = child_with(prep, "pobj")
                if obj is not None and (country := _phrase_country(obj)) is not None:
                    return country
    return None


def _mentioned_country(tok: Token, actor: Actor | None) -> str | None:
    """Return the country a person's other mention gives by its title or apposition.

    "Martin X, 32, from Wembley, London" or "X, the party's deputy leader" early in the story,
    "Mr X said" later: the registry links the mentions, the later one's words say nothing.
    """
    if actor is None or actor.kind != "person":
        return None
    doc = tok.doc
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i == tok.i:
            continue
        start, end = _span_of(span.root)
        country = _describe(doc_text(doc)[start:end], True)[0] or _located_country(span.root)
        if country is not None:
            return country
    return None


def _of_object(tok: Token) -> Token | None:
    """Return the object of an "of" phrase attached to a noun."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def expand(tok: Token, actors: ActorIndex) -> list[Argument]:
    """Resolve a participant, splitting coordinations into one argument per conjunct."""
    out: list[Argument] = []
    for head in [tok, *tok.conjuncts]:
        if head.pos_ in _SKIP_POS:
            continue
        of_obj = _of_object(head) if head.lemma_.lower() in QUANTITY_NOUNS else None
        if of_obj is not None:
            # "scores of Sierra Leonean and Liberian refugees": the of-phrase names them
            out.extend(expand(of_obj, actors))
            continue
        # "Hungarian and Romanian officials": coordinated national adjectives name two actors
        adjectives = [c for c in head.lefts
                      if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts]
        if adjectives:
            whole = make_argument(head, actors)
            parts = [adjectives[0], *adjectives[0].conjuncts]
            args = [_part_argument(p, whole, actors) for p in parts]
            if sum(a.country is not None for a in args) >= 2:
                out.extend(args)
                continue
        shared = _shared_origin(head, actors)
        if shared:
            out.extend(shared)  # "Representatives from Armenia and Azerbaijan": one per country
            continue
        # "The US, Russia, and Switzerland": a list the parser reads as an apposition
        listed = [c for c in head.rights if c.dep_ == "appos" and any(
            g.dep_ in ("cc", "conj") for g in c.children)]
        out.append(make_argument(head, actors))
        for appos in listed:
            out.extend(make_argument(t, actors) for t in [appos, *appos.conjuncts])
    return shared_nationality(tok, out)


def _shared_origin(head: Token, actors: ActorIndex) -> list[Argument]:
    """Return one argument per country of a from/of-phrase coordination, if it names two or more.

    "Representatives from Armenia and Azerbaijan", "ministers of France and Germany": the noun
    names people of each country, so each country's side is a participant; not when the noun's
    own words name a country ("Iranian envoys from Tehran and Geneva").
    """
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "of")),
                None)
    obj = child_with(prep, "pobj") if prep is not None else None
    if obj is None or not obj.conjuncts:
        return []
    if _phrase_country(head) is not None:
        return []
    whole = make_argument(head, actors)
    parts = []
    for part in [obj, *obj.conjuncts]:
        p_start, p_end = _span_of(part)
        country = _phrase_country(part)
        if country is None:
            return []
        # the first side spans its country's words too: they name an actor, not a target
        parts.append(replace(whole, end=p_end, text=doc_text(head.doc)[whole.start:p_end],
                             country=country) if part is obj else Argument(
            p_start, p_end, doc_text(head.doc)[p_start:p_end],
            actors.actor_for(p_start, p_end), country, whole.sector))
    return parts if len({a.country for a in parts}) >= 2 else []


def child_with(tok: Token, *deps: str) -> Token | None:
    """Return the first child with one of these dependency labels."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def pobj_of(tok: Token, *preps: str) -> Token | None:
    """Return the object of the first of these prepositions attached to a token."""
    for prep in preps:
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                obj = child_with(child, "pobj")
                if obj is not None:
                    return obj
    return None


def verb_subject(verb: Token) -> Token | None:
    """Return the logical subject of a verb, following control, coordination and participles."""
    seen = 0
    cur = verb
    while seen < 6:
        seen += 1
        agent = child_with(cur, "agent")
        if agent is not None and child_with(cur, "nsubjpass", "auxpass") is not None:
            return child_with(agent, "pobj")
        subj = child_with(cur, "nsubj")
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                return cur.head  # "rebels who attacked": the antecedent acts
            return subj
        if child_with(cur, "nsubjpass") is not None:
            if cur.lemma_.lower() in STATIVE_PASSIVES:
                return child_with(cur, "nsubjpass")  # "forces were engaged in fighting"
            return None  # passive without agent: no actor named
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "xcomp":
            obj = child_with(head, "dobj")
            if obj is not None and head.lemma_ in OBJECT_CONTROL:
                return obj
            cur = head
        elif cur.dep_ == "pcomp" and head.dep_ == "prep" and child_with(head.head, "dobj"):
            # "accused Iraq of violating", "blamed X for attacking": the object acts
            return child_with(head.head, "dobj")
        elif cur.dep_ == "pcomp" and head.lower_ in REASON_PREPS and (
                pobj_of(head.head, "on", "against") or child_with(head.head, "nsubjpass")):
            # "sanctions imposed on Iraq for invading Kuwait", "Iraq was punished for
            # invading": who is acted on for a deed did it (the on-phrase before a passive
            # subject, which may be the measure itself)
            return pobj_of(head.head, "on", "against") or child_with(head.head, "nsubjpass")
        elif cur.dep_ in ("conj", "advcl", "pcomp") and cur.tag_ in ("VBG", "VBN", "VBD", "VBZ",
                                                                        "VBP", "VB"):
            cur = head if cur.dep_ != "pcomp" else head.head
        elif cur.dep_ == "relcl" and _purpose_of_object(cur):
            # "called for a strike to protest X", "launched an offensive to retake X": the
            # infinitive is the purpose of whoever acts on the noun, not the noun's own act
            cur = head.head if head.dep_ == "dobj" else head.head.head
        elif cur.dep_ == "relcl":
            return head
        elif cur.dep_ == "acomp":
            cur = head  # "he is prepared to lift", "guilty of violating": the copula's subject
        elif cur.dep_ == "acl" and cur.sent.root.pos_ in ("NOUN", "PROPN") \
                and cur.tag_ in ("VBD", "VBN") and child_with(cur, "agent") is None:
            # a sentence misparsed as a noun with a clause ("Doctors ... donated goods"): with
            # no main verb, the past verb is the sentence's and the root noun its subject
            return cur.sent.root
        elif cur.dep_ == "acl" and cur.tag_ == "VBG" and head.dep_ == "dobj" \
                and head.head.lemma_.lower() in ISSUING_VERBS:
            # "the party issued a declaration demanding ...": the issuer demands
            cur = head.head
        elif cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN"):
            if cur.tag_ == "VBN" and agent is not None:
                return child_with(agent, "pobj")  # "a civilian killed by UK troops"
            return head if cur.tag_ == "VBG" else None
        else:
            return None
    return None


def _purpose_of_object(verb: Token) -> bool:
    """Tell whether a to-infinitive relative clause hangs on a verb's object or its prep-object."""
    noun = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB"
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"


def that_clause(noun: Token) -> Token | None:
    """Return the verb of a noun's "that" content clause ("demands that X go"), if any."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def verb_roles(verb: Token, roles: str, type_: str = "") -> tuple[Token | None, list[Token]]:
    """Return the actor head and the candidate recipient heads (best first) of a verb trigger."""
    actor = verb_subject(verb)
    passive = child_with(verb, "nsubjpass")
    if passive is not None and verb.lemma_.lower() in STATIVE_PASSIVES:
        passive = None  # its subject acts: the recipient comes from "against", "with"
    dobj = child_with(verb, "dobj")
    if passive is None and verb.dep_ == "xcomp" and child_with(verb, "auxpass") is not None:
        # "ships are known to have been attacked", "were reported to have been killed": the
        # raising verb's subject is the passive's
        passive = child_with(verb.head, "nsubjpass", "nsubj")
    if passive is None and dobj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and (actor is None or child_with(verb, "agent") is not None) \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        # a past participle's noun is what was done to ("a Dutch couple kidnapped from their
        # farm", "a civilian killed by UK troops"), as the subject of the passive it reduces;
        # not when the participle is a misparsed main verb with its own subject ("Doctors
        # from two American aid groups donated and delivered goods")
        passive = verb.head
    if dobj is None and passive is None and not any(
            c.dep_ in ("xcomp", "ccomp", "prep", "dative", "advcl") for c in verb.children):
        # "killed or wounded 15,000 guards": coordinated verbs share the last one's object
        # (not "refused to deploy troops and urged its citizens": refused has its own act)
        dobj = next((child_with(c, "dobj") for c in verb.children if c.dep_ == "conj"
                     and c.pos_ == "VERB" and child_with(c, "nsubj", "nsubjpass") is None
                     and child_with(c, "dobj") is not None), None)
    if type_ in FORCES_TYPES:
        # "troops were deployed": the forces moved are the actor, the object is not a target
        if passive is not None and actor is None:
            actor, passive = passive, None
        dobj = None
    dative = child_with(verb, "dative")
    if dative is not None and dative.pos_ not in ("PROPN", "NOUN", "PRON"):
        dative = child_with(dative, "pobj")  # "gave aid to X" parsed with a dative "to"
    if roles == "swap":  # "received weapons from X": X gives, the subject receives
        giver = pobj_of(verb, "from", "by") or (pobj_of(dobj, "from") if dobj is not None else None)
        return giver, [t for t in (actor,) if t is not None]
    candidates: list[Token | None]
    if passive is not None:
        candidates = [passive]
    elif type_ in FORCES_TYPES:
        candidates = [pobj_of(verb, "against", "to", "into", "on", "at", "toward", "towards")]
    elif roles == "sym":
        candidates = [pobj_of(verb, "with"), dobj]
    elif _is_giving(verb):
        candidates = [dative, pobj_of(verb, "to")]
    else:
        candidates = [dobj, dative, pobj_of(verb, *RECIPIENT_PREPS)]
    if type_ in CLAUSE_RECIPIENT_TYPES:
        # "demanded that Hamas renounce ...": the one asked is the subject of the demand
        clause = child_with(verb, "ccomp")
        if clause is None:  # "insisted on its demands that X grant ..."
            obj = pobj_of(verb, "on", "for", "upon")
            clause = that_clause(obj) if obj is not None else None
        subject = child_with(clause, "nsubj", "nsubjpass") if clause is not None else None
        candidates.append(subject if subject is not None and subject.pos_ != "PRON" else None)
    if dobj is not None:
        # "threatened further action against Russia", "rejected calls by Belarus's rulers",
        # "rejected an Indian proposal": the object's target or author
        # ("withdraw their force", "re-open its borders": an object's pronoun owner is
        # mostly the actor itself, never the recipient)
        candidates += [pobj_of(dobj, "against", "on", "with", "to", "at"),
                       *(t for t in author_of(dobj) if t.pos_ != "PRON")]
    return actor, [t for t in candidates if t is not None]


def author_of(noun: Token) -> list[Token]:
    """Return who made a proposal, call or decision noun ("an Indian proposal", "calls by X")."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    out += [c for c in noun.lefts if c.dep_ in ("amod", "compound")
            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    by = pobj_of(noun, "by", "from")
    if by is None:
        # "the demonstration staged by students", "an attack carried out by rebels"
        by = next((pobj_of(c, "by") for c in noun.children if c.dep_ == "acl"
                   and c.tag_ == "VBN" and pobj_of(c, "by") is not None), None)
    return out + ([by] if by is not None else [])


def _is_giving(verb: Token) -> bool:
    """Tell whether a verb transfers something to someone ("give", "send", "hand over")."""
    return verb.lemma_ in ("give", "send", "provide", "supply", "deliver", "hand", "donate",
                           "grant", "offer", "extend", "apologize", "apologise")

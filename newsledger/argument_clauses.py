"""Clause roles: which token of a verb's clause acts (its subject) and which is acted on.

The subject is followed along the clauses that share it: control infinitives ("agreed to
release", "urged Hamas to renounce"), coordinated verbs, participles and gerunds after a
preposition ("accused Iraq of violating", "after accusing"), relative clauses ("rebels who
attacked"). The recipient is the object, the dative or a recipient preposition. Tokens only:
:mod:`newsledger.arguments` turns them into arguments with actor ids and countries.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsledger.cues import ACTOR_ENTS, names_someone, second_act
from newsledger.lexicon_data import data_rows


@lru_cache(maxsize=1)
def _word_table() -> dict[str, frozenset[str]]:
    """Return the open-class word lists of data/argument_words.tsv, by list name."""
    table: dict[str, set[str]] = {}
    for row in data_rows("argument_words.tsv"):
        table.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in table.items()}


def word_list(name: str) -> frozenset[str]:
    """Return one open-class word list of the argument finders (data/argument_words.tsv)."""
    return _word_table()[name]


#: Prepositions that introduce a recipient, tried in this order.
RECIPIENT_PREPS: tuple[str, ...] = ("against", "on", "at", "upon", "with", "to", "into", "for")

#: Verbs whose object, not subject, carries out an infinitive ("urged Hamas to renounce").
OBJECT_CONTROL = word_list("object_control")

#: Prepositions of the deed someone is acted on for ("punished for invading", "accused of").
REASON_PREPS = frozenset({"for", "of"})

#: Participles whose passive subject is the one acting ("were engaged in fighting", "are
#: involved in attacks"): the adjectival passive names no agent because the subject is one.
STATIVE_PASSIVES = word_list("stative_passive")

#: Verbs whose object is a text or act that speaks for their subject ("issued a statement
#: demanding", "passed a resolution calling for", "sent a letter urging", "filed a lawsuit
#: accusing", "launched petitions calling on", "introduced a bill banning").
ISSUING_VERBS = word_list("issuing_verb")

#: Types whose recipient may be the subject of the verb's content clause ("demanded that X go").
CLAUSE_RECIPIENT_TYPES = frozenset({"REQUEST"})

#: Verb types whose recipient may be the subject of the verb's content clause: the one asked
#: ("demanded that X go") or the one accused ("alleged that the party failed to ...").
VERB_CLAUSE_RECIPIENT_TYPES = CLAUSE_RECIPIENT_TYPES | {"ACCUSE"}

#: Types whose object is the actor's own forces, not a recipient ("deployed troops to X").
FORCES_TYPES = frozenset({"MOBILIZE"})

#: Prepositions after which a gerund is done by the verb's object ("accused Iraq of violating",
#: "stopped X from entering", "pressed X into signing", "warned X against attacking"); after
#: any other ("got support after accusing", "won votes by promising") the subject does it.
OBJECT_DEED_PREPS = frozenset({"of", "for", "from", "into", "against"})

#: Relative pronouns that stand for the noun their clause modifies ("which he thanked").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})

#: Prepositions of a medium or place; a gerund hanging on their object names what the clause's
#: subject did there ("posted on Twitter accusing X", "said in a statement demanding").
MEDIUM_PREPS = frozenset({"on", "in", "at", "via", "through"})

#: Prepositions of time, place or means that a passive participle takes as readily as an active
#: verb ("kidnapped in broad daylight", "held by rebels").
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "on", "during", "by", "from", "after", "before"})

#: Adverbs the parser gives a phrasal verb in place of its particle ("fought back", "ran away").
_DIRECTION_ADVERBS = frozenset({"back", "away", "off", "out", "up", "down"})

#: Types whose issue, named by an over-phrase, was made by their recipient ("protests over the
#: government's laws", "anger over Israel's raid"); other types' over-phrase is a topic ("talks
#: over the border") or a place ("flew over the capital").
ISSUE_TYPES = frozenset({"PROTEST", "ACCUSE"})

#: The preposition of a protest's or accusation's issue.
ISSUE_PREP = "over"

#: Most clause links :func:`verb_subject` climbs (infinitive, conjunct, participle, preposition)
#: before it gives up: news chains are shorter ("agreed to try to help release" is three), and
#: the bound stops a climb that a malformed parse would send round in circles.
MAX_CLAUSE_CLIMB = 6

#: Most content clauses :func:`_gerund_partner` climbs from a finite verb to the gerund whose
#: clause it is ("telling them that they would be ..."): a reported clause inside a reported
#: clause is the most news nests there.
MAX_CONTENT_CLIMB = 2

#: Most conjunct or compound links :func:`_adjacent_phrase` climbs to a phrase's first noun: a
#: list of names is rarely longer ("Canada, Ontario, Quebec and ..."); the bound is a guard.
MAX_CONJUNCT_CLIMB = 8

#: Verbs that transfer something to someone, whose recipient is the dative or to-phrase, never
#: the object given ("gave aid to X", "handed over the files", "apologized to X").
GIVING_VERBS = word_list("giving_verb")

#: Entity labels of names that are a medium or place, never the doer of a gerund on them.
_MEDIUM_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})

#: Nouns of a text or address that speaks for whoever issued it ("in a letter calling for",
#: "in a statement accusing"): written from the genres of news attribution, not from a set.
TEXT_NOUNS = word_list("text_noun")


@lru_cache(maxsize=1)
def receiving_verbs() -> dict[tuple[str, str], frozenset[str]]:
    """Return (verb lemma, preposition or "") -> the noun types it receives (empty: any)."""
    table: dict[tuple[str, str], frozenset[str]] = {}
    for row in data_rows("receiving_verbs.tsv"):
        prep = "" if row["prep"] == "-" else row["prep"]
        types = frozenset() if row["types"] == "-" else frozenset(row["types"].split("|"))
        table[row["lemma"], prep] = types
    return table


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


def antecedent(tok: Token) -> Token:
    """Return the noun a relative pronoun stands for ("the girl who was kidnapped"), else it."""
    if tok.lower_ not in RELATIVE_PRONOUNS:
        return tok
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "who was seized and kidnapped": the first verb carries the clause
    if verb.dep_ != "relcl":
        return tok
    adjacent = _adjacent_phrase(tok)
    if adjacent is not None and verb.head.ent_type_ == "" and adjacent.i != verb.head.i \
            and any(t.ent_type_ in ACTOR_ENTS for t in adjacent.subtree if t.i < tok.i):
        # "in conjunction with the governments of Canada and Ontario (which he thanked":
        # the parser hangs the clause on a farther abstract noun; a relative pronoun follows
        # its antecedent, here a phrase that names someone
        return adjacent
    return verb.head


def _adjacent_phrase(pronoun: Token) -> Token | None:
    """Return the head of the noun phrase right before a relative pronoun, if one is there.

    "the governments of Canada and Ontario (which": Ontario is a conjunct of Canada, the object
    of the of-phrase of "governments", which heads the phrase.
    """
    i = pronoun.i - 1
    doc = pronoun.doc
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[i]
    for _ in range(MAX_CONJUNCT_CLIMB):  # conjunct -> first conjunct
        if noun.dep_ in ("conj", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        else:
            break
    if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ == "NOUN":
        # one step from a name to the body it belongs to ("the government of Ghana"), not on
        # to what that body did ("the support of the government of Ghana which")
        noun = noun.head.head
    return noun


def _passive_controller(cur: Token, came_from: Token) -> Token | None:
    """Return the passive subject that controls a complement ("X was tasked with V-ing").

    "Mueller was tasked with investigating", "is set to announce", "was urged by Y to leave":
    who is made or meant to do the deed is the passive's subject, not its agent. Not when the
    complement is itself passive ("ships are known to have been attacked": they were acted on).
    """
    if came_from.dep_ not in ("xcomp", "pcomp") or child_with(came_from, "auxpass"):
        return None
    if cur.lemma_.lower() in STATIVE_PASSIVES:
        return None
    subject = child_with(cur, "nsubjpass")
    return antecedent(subject) if subject is not None else None


def _medium_gerund(verb: Token) -> Token | None:
    """Return the verb whose place or medium a gerund hangs on ("posted on Twitter accusing").

    The parser attaches the gerund to the nearest noun; when that noun is a named place, body
    or medium, or a text, after a preposition of the clause's verb, the gerund is what the
    verb's subject did there, not what the place did ("fired on protesters demanding" keeps
    the protesters, who are people).
    """
    noun = verb.head
    prep = noun.head
    if verb.tag_ != "VBG" or noun.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in MEDIUM_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    # a name after a verb of publishing is where it was published, whatever label the small
    # model gives it ("posted on Twitter accusing", with Twitter tagged PERSON)
    named = noun.pos_ == "PROPN" and (noun.ent_type_ in _MEDIUM_ENTS
                                      or prep.head.lemma_.lower() in ISSUING_VERBS)
    return prep.head if named or noun.lemma_.lower() in TEXT_NOUNS else None


def _shares_passive(verb: Token) -> bool:
    """Tell whether a verb coordinated with a passive one is passive too ("was seized and held").

    The parser tags the second participle as a past tense ("kidnapped"/VBD) as often as not;
    one with a particle or a preposition of direction or partner ("was attacked and fought
    back", "and fled to Syria") is the subject's own act.
    """
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if child_with(verb, "nsubj", "nsubjpass", "dobj", "prt", "dative", "xcomp", "ccomp"):
        return False
    if any(c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE_PREPS
           or c.dep_ == "advmod" and c.lower_ in _DIRECTION_ADVERBS for c in verb.children):
        return False
    return child_with(verb.head, "auxpass") is not None and child_with(verb.head, "nsubjpass") \
        is not None


def verb_subject(verb: Token) -> Token | None:
    """Return the logical subject of a verb, following control, coordination and participles."""
    seen = 0
    cur = verb
    came_from = verb
    while seen < MAX_CLAUSE_CLIMB:
        seen += 1
        if cur.i != verb.i and (controller := _passive_controller(cur, came_from)) is not None:
            return controller
        came_from = cur
        agent = child_with(cur, "agent")
        if agent is not None and child_with(cur, "nsubjpass", "auxpass") is not None:
            return child_with(agent, "pobj")
        subj = child_with(cur, "nsubj")
        if subj is not None:
            if cur.dep_ == "relcl":
                return antecedent(subj)  # "rebels who attacked": the antecedent acts
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
        elif cur.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in OBJECT_DEED_PREPS \
                and (obj := child_with(head.head, "dobj")) is not None \
                and ((head.head.lemma_.lower(), "") not in receiving_verbs()
                     or names_someone(obj)):
            # "accused Iraq of violating", "dismissed the general for attacking": the object
            # acts (not what the subject receives for its deed: "won praise for helping",
            # "faced charges for", where the object names no one)
            return obj
        elif cur.dep_ == "pcomp" and head.lower_ in REASON_PREPS and (
                pobj_of(head.head, "on", "against") or child_with(head.head, "nsubjpass")):
            # "sanctions imposed on Iraq for invading Kuwait", "Iraq was punished for
            # invading": who is acted on for a deed did it (the on-phrase before a passive
            # subject, which may be the measure itself)
            return pobj_of(head.head, "on", "against") or child_with(head.head, "nsubjpass")
        elif (partner := _gerund_partner(cur)) is not None:
            cur = partner
        elif second_act(cur):
            # "X told reporters the drills were a pretext, and called for observers": the
            # parser hangs "called" on the reported clause, but it is the speaker's next act,
            # whose subject is the reporting verb's
            cur = head.head
        elif cur.dep_ in ("conj", "advcl", "pcomp") and cur.tag_ in ("VBG", "VBN", "VBD", "VBZ",
                                                                        "VBP", "VB"):
            cur = head if cur.dep_ != "pcomp" else head.head
            if cur.dep_ == "dobj" and cur.pos_ == "NOUN" and cur.head.pos_ == "VERB":
                cur = cur.head  # "won praise for helping", "drew criticism for telling"
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
        elif cur.dep_ == "acl" and (verb_of_place := _medium_gerund(cur)) is not None:
            cur = verb_of_place
        elif cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN"):
            if cur.tag_ == "VBN" and agent is not None:
                return child_with(agent, "pobj")  # "a civilian killed by UK troops"
            return head if cur.tag_ == "VBG" else None
        else:
            return None
    return None


def _gerund_partner(verb: Token) -> Token | None:
    """Return the gerund a coordinated gerund goes with when the parser hangs it lower.

    "criticised for telling them that they would be better off, and threatening them": the
    parser coordinates "threatening" with the content clause's verb ("be"), whose subject is
    not the one threatening; a gerund coordinates with the gerund whose clause that is.
    """
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ == "VBG":
        return None
    cur = verb.head
    for _ in range(MAX_CONTENT_CLIMB):
        if cur.dep_ != "ccomp" or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.tag_ == "VBG":
            return cur
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
    if passive is None and dobj is None and _shares_passive(verb):
        # "a girl who was seized and kidnapped": the second participle shares the passive
        passive = child_with(verb.head, "nsubjpass")
    # a relative clause's gap is its antecedent ("the girl who was kidnapped", "the
    # governments which he thanked", "Sanders's victory, which Clinton conceded")
    passive = antecedent(passive) if passive is not None else None
    dobj = antecedent(dobj) if dobj is not None else None
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
    if type_ in VERB_CLAUSE_RECIPIENT_TYPES:
        # "demanded that Hamas renounce ...": the one asked is the subject of the demand;
        # "alleged that the DNC failed to ...": the one accused is the subject of the charge
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
    return actor, [t for t in candidates if t is not None] + issue_authors(verb, type_)


def issue_authors(trigger: Token, type_: str) -> list[Token]:
    """Return who made the issue a protest or accusation is "over" ("protested over X's decision").

    The issue itself is a thing; its author is the one protested against or accused. Pronoun
    owners ("over his remarks") are left to the trigger's other phrases.
    """
    issue = pobj_of(trigger, ISSUE_PREP) if type_ in ISSUE_TYPES else None
    return [t for t in author_of(issue) if t.pos_ != "PRON"] if issue is not None else []


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
    return verb.lemma_ in GIVING_VERBS

"""Clause subjects: which token of a verb's clause acts.

The subject is followed along the clauses that share it: control infinitives ("agreed to
release", "urged Hamas to renounce"), coordinated verbs, participles and gerunds after a
preposition ("accused Iraq of violating", "after accusing"), relative clauses ("rebels who
attacked"). Split off unchanged from :mod:`newsledger.argument_clauses`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.clause_words import (
    RECIPIENT_PREPS,
    STATIVE_PASSIVES,
    TIME_ENTITIES,
    child_with,
    pobj_of,
    receiving_verbs,
    word_list,
)
from newsledger.cues import ACTOR_ENTS, names_someone, second_act
from newsledger.mention_phrases import in_dateline

#: Verbs whose object, not subject, carries out an infinitive ("urged Hamas to renounce").
OBJECT_CONTROL = word_list("object_control")

#: Prepositions of the deed someone is acted on for ("punished for invading", "accused of").
REASON_PREPS = frozenset({"for", "of"})

#: Verbs whose object is a text or act that speaks for their subject ("issued a statement
#: demanding", "passed a resolution calling for", "sent a letter urging", "filed a lawsuit
#: accusing", "launched petitions calling on", "introduced a bill banning").
ISSUING_VERBS = word_list("issuing_verb")

#: Prepositions of whom an act is aimed at for a deed ("imposed on Iraq for invading"): that one
#: did the deed.
BLAMED_PREPS = ("on", "against")

#: The preposition of aim that also introduces places and occasions ("lashed out at Turkey for
#: having shot down a bomber", but "honoured at a ceremony for helping"): only someone named
#: after it did the deed.
AIMED_PREP = "at"

#: Prepositions after which a gerund is done by the verb's object ("accused Iraq of violating",
#: "stopped X from entering", "pressed X into signing", "warned X against attacking"); after
#: any other ("got support after accusing", "won votes by promising") the subject does it.
OBJECT_DEED_PREPS = frozenset({"of", "for", "from", "into", "against"})

#: Relative pronouns that stand for the noun their clause modifies ("which he thanked").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})

#: Prepositions of a medium or place; a gerund hanging on their object names what the clause's
#: subject did there ("posted on Twitter accusing X", "said in a statement demanding").
MEDIUM_PREPS = frozenset({"on", "in", "at", "via", "through"})

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

#: Entity labels of names that are a medium or place, never the doer of a gerund on them.
_MEDIUM_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})

#: Nouns of a text or address that speaks for whoever issued it ("in a letter calling for",
#: "in a statement accusing"): written from the genres of news attribution, not from a set.
TEXT_NOUNS = word_list("text_noun")


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
    return predicated_subject(verb.head) or verb.head


#: The copula, whose subject a predicate noun names again ("X is a senator who ...").
_COPULA = "be"


def predicated_subject(noun: Token) -> Token | None:
    """Return whom a predicate noun describes ("Trump is a ... birther who pledged": Trump).

    A common noun after a copula (or a later member of its coordination: "a liar, xenophobe
    and birther who") names its subject again, so a relative clause on it tells what the
    subject did, when the subject is a name (not a pronoun: a cleft's "it", "this is a group
    that"). A name after the copula is itself the one the clause is about ("the winner was
    Smith, who ..."); the tagger calls some common nouns proper ("xenophobe"), so the test is
    the entity label.
    """
    first = noun
    for _ in range(MAX_CONJUNCT_CLIMB):  # "a liar, racist and birther": the list's first
        if first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            first = first.head
        else:
            break
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ or first.dep_ != "attr" \
            or first.head.lemma_.lower() != _COPULA:
        return None
    subject = verb_subject(first.head)
    if subject is None or subject.ent_type_ not in ACTOR_ENTS:
        # only a name: a pronoun is left to the noun (in a quotation "he was a kind man who
        # helped me" is not the speaker, whom a reported clause's subject pronoun is taken
        # for), and so is a word the tagger names nothing ("Cooperman is the billionaire
        # investor who": the noun's own words describe the one the registry holds)
        return None
    return subject


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


def subject_child(tok: Token, *deps: str) -> Token | None:
    """Return a token's first child of the given relations outside a dateline.

    The parser makes a dateline a second subject ("SAN FRANCISCO (AP) — PG&E was set to":
    both nsubjpass); where the story was filed is no subject.
    """
    return next((c for c in tok.children if c.dep_ in deps and not in_dateline(c)), None)


def _passive_controller(cur: Token, came_from: Token) -> Token | None:
    """Return the passive subject that controls a complement ("X was tasked with V-ing").

    "Mueller was tasked with investigating", "is set to announce", "was urged by Y to leave",
    "Regan, expected to resign": who is made or meant to do the deed is the passive's subject
    (a reduced relative's noun), not its agent. Not when the
    complement is itself passive ("ships are known to have been attacked": they were acted on).
    """
    if came_from.dep_ not in ("xcomp", "pcomp") or child_with(came_from, "auxpass"):
        return None
    if cur.lemma_.lower() in STATIVE_PASSIVES:
        return None
    if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.pos_ in ("NOUN", "PROPN") \
            and child_with(cur, "nsubjpass") is None:
        # "Regan, expected to resign", "the ministers, asked by reporters to meet": a passive
        # participle on a noun is a reduced relative ("who is expected to"), whose noun is the
        # passive subject
        return cur.head
    subject = subject_child(cur, "nsubjpass")
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


#: Lemmas of the English auxiliaries besides the modals (tag MD); the tagger also calls some
#: misparsed main verbs AUX ("he met visiting X").
_AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "get"})


def _subject_on_auxiliary(verb: Token) -> Token | None:
    """Return a subject the parser hangs on the verb's auxiliary ("the UK [was] prepared").

    The small model sometimes attaches the subject to "was" rather than to the participle
    it goes with; the auxiliary has no clause of its own, so its subject is the verb's.
    """
    for aux in verb.children:
        # a true auxiliary only: "he met visiting X" misparsed with "met" as aux is no auxiliary
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i and (
                aux.tag_ == "MD" or aux.lemma_.lower() in _AUXILIARY_LEMMAS):
            subj = child_with(aux, "nsubj")
            if subj is not None:
                return subj
    return None


#: Dependencies the parser gives a headline's subject name when it reads the verb as a noun's
#: ("Turkey shells Syrian positions": Turkey compound of "shells").
_HEADLINE_SUBJECT_DEPS = frozenset({"compound", "npadvmod", "nmod"})


def _headline_subject(verb: Token) -> Token | None:
    """Return a name the parser hangs on a subjectless finite verb as a modifier.

    Headlines drop articles, and "Turkey shells ..." is parsed with "Turkey" a compound of the
    verb: a name opening the sentence right before a present or past finite verb that has no
    subject is its subject.
    """
    if verb.tag_ not in ("VBZ", "VBP", "VBD") or child_with(verb, "nsubj", "nsubjpass"):
        return None
    return next((c for c in verb.lefts if c.dep_ in _HEADLINE_SUBJECT_DEPS
                 and c.ent_type_ in ACTOR_ENTS and c.left_edge.i == verb.sent.start
                 and c.i == verb.i - 1), None)


def particle_object(verb: Token) -> Token | None:
    """Return the object of a preposition the parser tagged a particle ("called on X to").

    A particle takes no object: one with a noun below it is the verb's prepositional phrase.
    """
    return next((g for c in verb.children if c.dep_ == "prt" and c.lower_ in RECIPIENT_PREPS
                 for g in c.children if g.dep_ == "pobj"), None)


def glossed(pronoun: Token) -> Token:
    """Return the bracketed phrase a pronoun is glossed with ("He (Ongpin) wants"), else it.

    Quotations name whom a pronoun means in brackets after it: the bracket is the participant.
    """
    if pronoun.pos_ != "PRON":
        return pronoun
    return next((c for c in pronoun.rights if c.dep_ == "appos" and c.i > 0
                 and pronoun.doc[c.left_edge.i - 1].text == "("), pronoun)


#: The clitic that is "is" or "has": the parser reads "he's admitted that" as a passive.
_CLITIC_S = frozenset({"'s", "’s"})

#: Verbs whose passive takes a that-clause about the one told ("he's told that", "she's warned
#: that", "he's assured that"): the verbs of telling someone something, English's only
#: participles with both a passive subject and a content clause.
TELLING_VERBS = frozenset({
    "tell", "inform", "assure", "reassure", "remind", "warn", "convince", "persuade", "advise",
    "notify", "promise", "show", "teach", "ask",
})


def clitic_perfect(verb: Token) -> bool:
    """Tell whether a passive-looking "'s" + participle is a perfect ("he's admitted that ...").

    "'s" is "is" or "has"; a participle with a that-clause after a personal subject is active
    ("he's admitted that he ...", "she's said that"), as no passive of a verb of saying takes
    one; not after "it" ("it's said that": the passive of report), nor a verb of telling
    someone ("he's told that ...").
    """
    aux = child_with(verb, "auxpass")
    subject = child_with(verb, "nsubjpass")
    clause = child_with(verb, "ccomp")
    return aux is not None and aux.text in _CLITIC_S and subject is not None \
        and subject.pos_ in ("PRON", "PROPN") and subject.lower_ != "it" \
        and verb.lemma_.lower() not in TELLING_VERBS and clause is not None \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def verb_subject(verb: Token) -> Token | None:
    """Return the logical subject of a verb, following control, coordination and participles."""
    seen = 0
    cur = verb
    came_from = verb
    while seen < MAX_CLAUSE_CLIMB:
        seen += 1
        if cur.i != verb.i and (controller := _passive_controller(cur, came_from)) is not None:
            return controller
        below, came_from = came_from, cur
        agent = child_with(cur, "agent")
        if agent is not None and child_with(cur, "nsubjpass", "auxpass") is not None:
            return child_with(agent, "pobj")
        # a dateline the parser makes a second subject ("MOSCOW (Reuters) - Russia accused",
        # "Mexico City (AFP) - It featured") is where the story was filed
        subj = subject_child(cur, "nsubj") or _subject_on_auxiliary(cur) or \
            _headline_subject(cur)
        if subj is not None:
            if cur.dep_ == "relcl":
                return antecedent(subj)  # "rebels who attacked": the antecedent acts
            return glossed(subj)
        if (passive := subject_child(cur, "nsubjpass")) is not None:
            if clitic_perfect(cur):
                return glossed(passive)  # "he's admitted that": he has admitted
            if cur.lemma_.lower() in STATIVE_PASSIVES:
                return passive  # "forces were engaged in fighting"
            return None  # passive without agent: no actor named
        if _agentless_passive_complement(cur, below, verb):
            return None  # "she wants to be consulted": she is consulted, by no one named
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "xcomp":
            # "called on Iraq to withdraw": the object of "on", tagged a particle or not, is
            # the one called on (not a day: "called on Monday to postpone")
            obj = child_with(head, "dobj") or particle_object(head) or pobj_of(head, "on", "upon")
            if obj is not None and obj.ent_type_ in TIME_ENTITIES:
                obj = None
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
                _blamed(head.head) or child_with(head.head, "nsubjpass")):
            # "sanctions imposed on Iraq for invading Kuwait", "Iraq was punished for
            # invading": who is acted on for a deed did it (the on-phrase before a passive
            # subject, which may be the measure itself)
            # "lashed out at Turkey for having shot down a bomber": the one aimed at did it
            return _blamed(head.head) or child_with(head.head, "nsubjpass")
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
        elif cur.dep_ == "acomp" or cur.dep_ == "attr" and cur.pos_ == "ADJ":
            # "he is prepared to lift", "guilty of violating", "has been the most aggressive in
            # denouncing" (a superlative parsed as the copula's attribute): the copula's subject
            cur = head
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


def _agentless_passive_complement(cur: Token, below: Token, verb: Token) -> bool:
    """Tell whether a clause is a passive infinitive without agent ("he has to be asked").

    The subject that controls a passive complement is the one acted on (the recipient), not
    the doer, who goes unnamed. Only for the verb's own clause or a conjunct sharing it ("to
    be consulted and informed"); a complement or adverbial below it has its own subject, the
    controller's ("she wants to be allowed to attack": she attacks).
    """
    return cur.dep_ == "xcomp" and child_with(cur, "auxpass") is not None \
        and child_with(cur, "agent") is None and (cur.i == verb.i or below.dep_ == "conj")


def _blamed(verb: Token) -> Token | None:
    """Return whom a verb aims at for a deed: its on/against-object, or someone after "at"."""
    aimed = pobj_of(verb, *BLAMED_PREPS)
    if aimed is None and (at := pobj_of(verb, AIMED_PREP)) is not None and names_someone(at):
        aimed = at
    return aimed


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

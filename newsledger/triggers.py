"""Event triggers: the verbs and nouns that name a PLOVER event, read from a data file.

A trigger is a verb ("shelled", "accused"), a nominalisation ("the arrival of troops", "an
attack on", "talks between") or a noun under a light verb ("held talks", "staged a rally").
Rules live in ``data/plover_triggers.tsv`` (with provenance); a rule may require an object,
particle, preposition or modifier so that "fired missiles at" is an ASSAULT and "fired workers"
is not an event, and "air strike" is an ASSAULT while "general strike" is a PROTEST.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from newsledger.mention_syntax import RELATIVES as _RELATIVES  # who, whom, which, that
from newsledger.record import PLOVER_TYPES

#: The type of a blocking rule: the word names no event in this use ("released a statement").
NOT_AN_EVENT = "-"

#: Object relations a constraint "obj:" looks at (the passive subject is the logical object).
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})

#: Noun triggers that only modify another noun name no event ("aid workers", "attack helicopter").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})

#: Nouns that only carry the event their modifier names ("a mediation effort", "a bombing
#: campaign", "an aid programme"): such a modifier is the trigger, not a description.
CARRIER_NOUNS = frozenset({
    "effort", "campaign", "bid", "drive", "initiative", "mission", "process", "programme",
    "program", "attempt", "spree", "package",
})

#: Verbal-event types whose nominal objects are the content, not a second event: in "rejected
#: calls for aid" or "demanded talks" only the verb's event is coded.
_CONTENT_TYPES = frozenset({
    "AGREE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SANCTION", "CONCEDE",
})

#: Prepositions that introduce a verbal event's content ("called for talks", "accused X of").
_CONTENT_PREPS = frozenset({"for", "of", "to", "on"})

#: Disapproval types whose against-phrase is their content ("railed against the trade deal",
#: "warned against an attack"); a sanction's against-phrase is its target, not its content.
_AGAINST_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})

#: Prepositions that introduce the cause of a harm ("killed in a flood", "injured by debris
#: from the blast", "destroyed during the storm", "died after an accident").
_CAUSE_PREPS = frozenset({"in", "by", "during", "after", "from", "amid", "following", "as"})

#: Prepositions that place an explosion at its source ("an explosion at a chemical factory").
_SOURCE_PREPS = frozenset({"at", "in", "of", "on", "inside"})

#: Entity labels of a human or collective agent: such a modifier makes a cause man-made
#: ("Israeli fire", "a Taliban blast").
_AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: The mode of a declared state of emergency or martial law (rows of plover_triggers.tsv).
EMERGENCY_MODE = "martial-law"

#: Relations the parser gives the predicate of "call/brand/label X Y" (oprd; npadvmod or
#: xcomp when it misparses "branded the plan a disgrace").
_PREDICATE_DEPS = frozenset({"oprd", "npadvmod", "xcomp"})

#: Infinitive/adjective links "subjent:" climbs to the actor ("X was able to buy": buy, able, was).
SUBJECT_CLIMB = 3

#: A title-case headline ("Clinton Urges Britain To Stay"): at least this many words, and at
#: least this share of its alphabetic words capitalised (news prose capitalises ~30 %; a
#: headline 80-100 %, function words aside), so the tagger's NNP for a verb is not trusted.
HEADLINE_MIN_WORDS = 4
HEADLINE_TITLE_SHARE = 0.7

#: A doubled final consonant before -ed/-ing ("slammed", "jabbing"): the base form has one.
_DOUBLED_FINAL = re.compile(r"([bdglmnprt])\1(ed|ing)$")


@dataclass(frozen=True)
class TriggerRule:
    """One line of the trigger lexicon."""

    lemma: str
    pos: str  # VERB or NOUN
    type: str
    mode: str | None
    context: tuple[str, ...]
    when: tuple[tuple[str, frozenset[str]], ...]
    roles: str  # "-", "sym" or "swap"


@dataclass(frozen=True)
class TriggerMatch:
    """A token of a sentence that names an event, with the rule that matched it."""

    token: Token
    rule: TriggerRule


def _opt(value: str) -> str | None:
    """Read "-" as an empty cell."""
    value = value.strip()
    return None if value in ("", "-") else value


def _parse_when(cell: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Parse a constraints cell ("obj:a|b;prep:for") into (kind, words) pairs."""
    out: list[tuple[str, frozenset[str]]] = []
    for part in (cell.split(";") if _opt(cell) else []):
        kind, _, words = part.partition(":")
        out.append((kind.strip(), frozenset(w for w in words.split("|") if w)))
    return tuple(out)


@lru_cache(maxsize=1)
def rules() -> dict[tuple[str, str], tuple[TriggerRule, ...]]:
    """Return the trigger rules keyed by (lemma, pos), in file order."""
    text = resources.files("newsledger.data").joinpath("plover_triggers.tsv").read_text("utf-8")
    table: dict[tuple[str, str], list[TriggerRule]] = {}
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    for row in csv.reader(lines, delimiter="\t"):
        lemma, pos, type_, mode, context, when, roles = row
        if type_ not in PLOVER_TYPES and type_ != NOT_AN_EVENT:
            raise ValueError(f"plover_triggers.tsv: unknown PLOVER type {type_!r} for {lemma!r}")
        ctx = tuple(c for c in (_opt(context) or "").split(";") if c)
        rule = TriggerRule(lemma, pos, type_, _opt(mode), ctx, _parse_when(when), roles)
        table.setdefault((lemma, pos), []).append(rule)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def trigger_nouns() -> frozenset[str]:
    """Return the lemmas the lexicon has noun rows for ("talks", "fire", "swipe")."""
    return frozenset(lemma for lemma, pos in rules() if pos == "NOUN")


@lru_cache(maxsize=1)
def harm_causes() -> dict[str, frozenset[str]]:
    """Return the words of ``data/harm_causes.tsv`` by kind (cause, blast, source, human...)."""
    text = resources.files("newsledger.data").joinpath("harm_causes.tsv").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, kind = line.split("\t")
            kinds.setdefault(kind.strip(), set()).add(lemma.strip())
    return {k: frozenset(v) for k, v in kinds.items()}


def _harm_words(kind: str) -> frozenset[str]:
    """Return the words of one kind of ``data/harm_causes.tsv`` (none for a kind it lacks)."""
    return harm_causes().get(kind, frozenset())


def _with_modifiers(tok: Token) -> list[Token]:
    """Return a noun and its compound/amod modifiers, one level down ("coal mine" -> coal)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    return [tok, *mods, *(g for m in mods for g in m.children if g.dep_ in ("compound", "amod"))]


def _accidental_blast(tok: Token) -> bool:
    """Tell whether an explosion is put down to an accidental source ("a gas explosion")."""
    sources = _harm_words("source")
    words = _with_modifiers(tok)[1:]
    words += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS
              for p in c.children if p.dep_ == "pobj" for g in _with_modifiers(p)]
    return any(w.lemma_.lower() in sources or w.lower_ in sources for w in words)


def natural_cause(noun: Token, depth: int = 0) -> bool:
    """Tell whether a noun names a natural or accidental cause of harm, with no human agent."""
    lemma = noun.lemma_.lower()
    if lemma in _harm_words("blast"):
        return _accidental_blast(noun)
    if lemma not in _harm_words("cause") and noun.lower_ not in _harm_words("cause"):
        return False
    human = _harm_words("human")
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and (
                c.ent_type_ in _AGENT_LABELS or c.lemma_.lower() in human):
            return False  # "Israeli fire", "sniper fire", "an arson fire"
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return False  # "a fire started by rebels"
        if c.dep_ == "prep" and c.lower_ == "of" and depth < 2:
            # "an outbreak of cholera" is natural, "an outbreak of fighting" is not
            return any(natural_cause(g, depth + 1) for g in c.children if g.dep_ == "pobj")
    return True


def _causers(tok: Token) -> list[Token]:
    """Return what a harm verb's subject, by-agent and cause phrases name, in that order."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.tag_ == "VBN" and not any(
            c.dep_ == "dobj" or (c.dep_ == "aux" and c.lemma_ == "have") for c in tok.children):
        subjects = []  # "two killed and dozens injured": a participle's subject is its patient
    if tok.dep_ == "relcl" and any(s.lower_ in _RELATIVES for s in subjects):
        subjects = [tok.head]  # "the storm, which killed ..."
    if not subjects and tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
        subjects = [tok.head]  # "a quake killed 40" misparsed as a reduced relative of "quake"
    if not subjects and tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG":
        # "... struck the coast, killing twenty": the participle's subject is its head's
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subjects + agents


def _acting_subjects(tok: Token) -> list[Token]:
    """Return a verb's subjects, else its controller's ("X was able to buy Y")."""
    cur = tok
    for _ in range(SUBJECT_CLIMB):
        subjects = _causers(cur)
        if subjects or cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
            return subjects
        cur = cur.head
    return []


def _natural_harm(tok: Token, rule: TriggerRule) -> bool:
    """Tell whether a trigger names what a natural or accidental cause did, with no human agent.

    A subject or by-agent decides for every type: PLOVER actors are political, a quake neither
    attacks nor strikes ("a quake struck", "the storm cut links", "killed by a roadside bomb"
    is an attack); with none, an ASSAULT effect verb ("killed", "destroyed") takes its cause
    from a cause phrase ("in a flood", "during the storm"); an explosion is natural when an
    accidental source is named.
    """
    if tok.pos_ != "VERB":
        return tok.lemma_.lower() in _harm_words("blast") and _accidental_blast(tok)
    # "firefighters fought the blaze", "battled the floods": a natural foe is no attack
    foes = [c for c in tok.children if c.dep_ == "dobj"] or [  # else "fought against X"
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "with")
        for g in c.children if g.dep_ == "pobj"]
    if foes and all(natural_cause(f) for f in foes) and not any(
            kind == "obj" for kind, _ in rule.when):  # "opened fire": the row names its object
        return True
    causers = _causers(tok)
    if causers:
        return all(natural_cause(c) for c in causers)
    if rule.type != "ASSAULT" or tok.lemma_.lower() not in _harm_words("effect"):
        return False
    causes = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return any(natural_cause(c) for c in causes) or any(
        _mishap_clause(c) for c in tok.children if c.dep_ == "advcl")


def _mishap_clause(verb: Token) -> bool:
    """Tell whether an adverbial clause tells of an accident ("when the bus overturned")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and all(natural_cause(c) for c in subjects):
        return True  # "when the storm hit the coast"
    objects = any(c.dep_ == "dobj" for c in verb.children)
    named = any(c.ent_type_ in _AGENT_LABELS for c in subjects)
    return verb.lemma_.lower() in _harm_words("mishap") and not (objects or named)


def is_to_infinitive(verb: Token) -> bool:
    """Tell whether a verb is a bare to-infinitive ("to fight"), whatever the parser's label."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitive_complements(tok: Token) -> list[Token]:
    """Return a verb's infinitive complements ("agreed to withdraw", "swore to fight").

    The parser often labels the infinitive after a commitment verb as an adverbial clause of
    purpose ("have sworn to fight" -> advcl); one that follows the verb counts as well.
    """
    return [c for c in tok.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and c.i > tok.i and is_to_infinitive(c))]


def _holds(tok: Token, kind: str, words: frozenset[str]) -> bool:
    """Tell whether one constraint of a rule holds for a token."""
    children = list(tok.children)
    if kind == "obj":
        objects = [c for c in children if c.dep_ in _OBJECT_DEPS]
        # "700 kg of medicine", "a number of diplomats": the of-phrase holds the real object
        objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        # "mediation efforts", "the ceasefire agreement": a noun-noun compound names the object
        objects += [c for o in objects for c in o.children if c.dep_ == "compound"]
        objects += [c for o in objects for c in o.conjuncts]  # "X and Y grenades"
        if tok.dep_ == "relcl" and any(o.lower_ in _RELATIVES for o in objects):
            objects.append(tok.head)  # "students, who were held by police"
        if not objects and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children):
            # "the troops will start being reduced": a passive infinitive's patient is the
            # subject of the verb it completes
            objects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "fired on the town", "give millions in aid": the prepositional object names it
        return any(o.lemma_.lower() in words for o in objects) or any(
            c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in words
            for c in children if c.lower_ in ("on", "into", "in") for g in c.children
        )
    if kind == "prep":
        return any(c.dep_ in ("prep", "agent") and c.lower_ in words for c in children)
    if kind == "objent":  # "attacked Clinton": the direct object names a person (by entity label)
        return any(c.dep_ == "dobj" and c.ent_type_ in words for c in children)
    if kind == "pobjent":  # "went after Senator X": a prepositional object is a named entity
        return any(c.dep_ in ("prep", "agent") and g.dep_ == "pobj" and g.ent_type_ in words
                   for c in children for g in c.children)
    if kind == "oprd":  # "called him a liar", "branded the plan a disgrace": what X is called
        return any(c.dep_ in _PREDICATE_DEPS and c.lemma_.lower() in words for c in children)
    if kind == "calm":  # the sentence names no violence: a verbal "attack", not an armed one
        violence = _harm_words("violence")
        return not any(t.lemma_.lower() in violence or t.lower_ in violence for t in tok.sent)
    if kind == "pobj":  # "took to the streets", "came under fire": a prepositional object
        return any(c.dep_ in ("prep", "agent") and g.dep_ == "pobj" and g.lemma_.lower() in words
                   for c in children for g in c.children)
    if kind == "prt":  # the parser also reads a particle as an adverb ("brushed aside")
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in words for c in children)
    if kind == "mod":
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words
                   for c in children)
    if kind == "head":
        return tok.head.i != tok.i and tok.head.lemma_.lower() in words
    if kind == "subj":
        subjects = [c for c in children if c.dep_ == "nsubj"]
        subjects += [g for c in children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        return any(c.lemma_.lower() in words for c in subjects)
    if kind == "subjent":  # "Siemens bought X": the subject or by-agent is a named entity
        return tok.pos_ == "VERB" and any(s.ent_type_ in words for s in _acting_subjects(tok))
    if kind == "next":  # "a bail out of": a two-word noun the parser splits
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in words
    if kind == "money":  # "a $3 billion deal": a sum of money modifies the noun
        return any(c.ent_type_ == "MONEY" for c in children)
    if kind == "that":  # "charges that X did Y": a that-clause on the noun or verb
        return any(c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in children)
    if kind == "toinf":  # "told them to leave", not a quote the parser hangs as xcomp
        return any(is_to_infinitive(c) for c in infinitive_complements(tok))
    if kind == "xcomp":
        return any(not words or c.lemma_.lower() in words for c in infinitive_complements(tok))
    if kind == "ccomp":  # "charged that ...": a clause complement
        return any(c.dep_ == "ccomp" for c in children)
    if kind == "neg":  # "would not accept": the negation is the event (a refusal)
        return any(c.dep_ == "neg" for c in children)
    if kind == "noobj":
        return not any(c.dep_ == "dobj" for c in children)
    if kind == "intrans":  # an active verb with no object: "the house burned"
        return any(c.dep_ == "nsubj" for c in children) and not any(
            c.dep_ in ("dobj", "nsubjpass", "agent") for c in children)
    raise ValueError(f"plover_triggers.tsv: unknown constraint {kind!r}")


def rule_for(tok: Token) -> TriggerRule | None:
    """Return the first rule whose lemma, part of speech and constraints match a token."""
    if tok.pos_ == "VERB" and not (
        tok.dep_ in ("dobj", "pobj", "nsubj") and any(c.dep_ == "det" for c in tok.children)
    ):
        pos = "VERB"  # not a participle used as a noun ("evacuated the wounded")
    elif tok.pos_ in ("NOUN", "PROPN") and tok.tag_ != "NNP":
        pos = "NOUN"
    elif tok.tag_ == "NNP" and tok.is_title and not tok.ent_type_:
        pos = ""  # a capitalised word: only a headline's verb (below)
    else:
        return None
    rule = holding_rule(tok, pos, (tok.lemma_.lower(), tok.lower_)) if pos else None
    if rule is None and pos != "VERB" and tok.is_title and not tok.ent_type_:
        rule = _headline_rule(tok)  # "Governor Slams Lawmakers": read as a name or a plural
    if rule is None or rule.type == NOT_AN_EVENT or _natural_harm(tok, rule):
        return None  # blocked, or a quake or accident did it: no political actor
    return rule


def holding_rule(tok: Token, pos: str, lemmas: tuple[str, ...]) -> TriggerRule | None:
    """Return the first rule of these lemmas and part of speech whose constraints hold.

    A blocking row ("-") that holds is returned too: it stops the rows after it.
    """
    for lemma in dict.fromkeys(lemmas):
        for rule in rules().get((lemma, pos), ()):
            if all(_holds(tok, kind, words) for kind, words in rule.when):
                return rule
    return None


def _verb_forms(word: str) -> tuple[str, ...]:
    """Return the base forms an inflected verb may have ("urges" -> urge, "called" -> call)."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    for ending, repl in (("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + repl)
    if _DOUBLED_FINAL.search(word):  # "slammed" -> slam
        forms.append(_DOUBLED_FINAL.sub(r"\1", word))
    return tuple(forms)


def _headline_rule(tok: Token) -> TriggerRule | None:
    """Return the verb rule of a capitalised word the tagger took for a name in a headline.

    In a title-case headline the small tagger reads most capitalised verbs as proper nouns
    ("Clinton Wades In: Urges Britain ...", "Governor Slams Lawmakers"); only a word that is
    no named entity is tried, and a noun whose blocking row holds ("Heart Attack") never is.
    """
    forms = [f for f in _verb_forms(tok.lower_) if (f, "VERB") in rules()]
    if not forms or not _title_case(tok.sent):
        return None  # the lexicon test first: the sentence is read only for candidates
    return holding_rule(tok, "VERB", tuple(forms))


def _title_case(sent: Span) -> bool:
    """Tell whether a sentence is a title-case headline (most of its words capitalised)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]  # function words stay lower case
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) >= HEADLINE_TITLE_SHARE * len(words)


def _is_content_of(noun: Token, matches: dict[int, TriggerRule]) -> bool:
    """Tell whether a noun is the object or content of a verbal event already coded."""
    head, dep = noun.head, noun.dep_
    if dep == "pobj" and head.dep_ == "prep":
        prep = head
        head = prep.head
        if head.i in matches and matches[head.i].type in _CONTENT_TYPES:
            return prep.lower_ in _CONTENT_PREPS or (
                prep.lower_ == "against" and matches[head.i].type in _AGAINST_TYPES)
        return False
    if dep in ("dobj", "nsubjpass") and head.i in matches:
        verb_rule = matches[head.i]
        return verb_rule.type in _CONTENT_TYPES or verb_rule.when != ()
    return False


def _harm_of_named_cause(sent: Span, matches: dict[int, TriggerRule]) -> list[int]:
    """Return the agentless harm verbs and emergency measures a natural cause explains.

    "Hundreds of homes were destroyed and two people were killed as the river burst its banks
    after the storm": when every ASSAULT trigger of a sentence is an effect verb with no subject
    or agent, and the sentence names a natural or accidental cause (a storm, a crash), the harm
    is that cause's; a sentence that names an attack too ("shelling", "a bomb") keeps them. A
    state of emergency declared in such a sentence ("after the floods") is a disaster measure,
    not repression (CAMEO 1723), unless the sentence names unrest (a PROTEST trigger).
    """
    doc = sent.doc
    effects = _harm_words("effect")
    found = []
    for i, rule in matches.items():
        if rule.type == "ASSAULT":
            tok = doc[i]
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in effects or _causers(tok):
                return []  # an attack is named: the harm may be its
            found.append(i)
        elif rule.mode == EMERGENCY_MODE:
            found.append(i)
        elif rule.type == "PROTEST":
            return []  # unrest may be what the emergency answers
    if not found:
        return []
    if any(t.pos_ == "NOUN" and t.i not in matches and natural_cause(t) for t in sent):
        return found
    return found if _cause_before(sent) else []


def _cause_before(sent: Span) -> bool:
    """Tell whether the previous sentence names a natural cause and no attack.

    "A fire swept through the market on Sunday. Three traders were killed." The sentence
    before is read only for a sentence whose harm has no agent and no cause of its own.
    """
    if sent.start == 0:
        return False
    prev = sent.doc[sent.start - 1].sent
    effects = _harm_words("effect")
    for tok in prev:
        rule = rule_for(tok)
        if rule is not None and (rule.type == "PROTEST" or rule.type == "ASSAULT" and (
                tok.lemma_.lower() not in effects or _causers(tok))):
            return False  # an attack or unrest is named: the harm may be its
    return any(t.pos_ == "NOUN" and natural_cause(t) for t in prev)


def find_triggers(sent: Span) -> list[TriggerMatch]:
    """Find the event triggers of one sentence, leaving out nouns a verb's event covers."""
    matches: dict[int, TriggerRule] = {}
    for tok in sent:
        rule = rule_for(tok)
        if rule is not None:
            matches[tok.i] = rule
    doc = sent.doc
    for i in _harm_of_named_cause(sent, matches):
        del matches[i]
    kept: list[TriggerMatch] = []
    for i, rule in matches.items():
        tok = doc[i]
        if rule.pos == "NOUN":
            if tok.dep_ in _MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and \
                    tok.head.lemma_.lower() not in CARRIER_NOUNS:
                continue
            if _is_content_of(tok, matches):
                continue
        kept.append(TriggerMatch(tok, rule))
    return kept

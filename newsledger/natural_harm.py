"""Harm with no political actor: what a quake, flood, fire or accident did codes no event.

PLOVER actors are political: "a quake struck", "the storm cut links", "killed in a house fire"
name no ASSAULT, while "killed by a roadside bomb" and "Israeli fire" do. The words of causes,
blasts, accidental sources, human agents and effects are in ``data/harm_causes.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsledger.trigger_constraints import causers
from newsledger.trigger_rules import TriggerRule, harm_words

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


def _with_modifiers(tok: Token) -> list[Token]:
    """Return a noun and its compound/amod modifiers, one level down ("coal mine" -> coal)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    return [tok, *mods, *(g for m in mods for g in m.children if g.dep_ in ("compound", "amod"))]


def _accidental_blast(tok: Token) -> bool:
    """Tell whether an explosion is put down to an accidental source ("a gas explosion")."""
    sources = harm_words("source")
    words = _with_modifiers(tok)[1:]
    words += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS
              for p in c.children if p.dep_ == "pobj" for g in _with_modifiers(p)]
    return any(w.lemma_.lower() in sources or w.lower_ in sources for w in words)


def natural_cause(noun: Token, depth: int = 0) -> bool:
    """Tell whether a noun names a natural or accidental cause of harm, with no human agent."""
    lemma = noun.lemma_.lower()
    if lemma in harm_words("blast"):
        return _accidental_blast(noun)
    if lemma not in harm_words("cause") and noun.lower_ not in harm_words("cause"):
        return False
    human = harm_words("human")
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


def natural_harm(tok: Token, rule: TriggerRule) -> bool:
    """Tell whether a trigger names what a natural or accidental cause did, with no human agent.

    A subject or by-agent decides for every type: PLOVER actors are political, a quake neither
    attacks nor strikes ("a quake struck", "the storm cut links", "killed by a roadside bomb"
    is an attack); with none, an ASSAULT effect verb ("killed", "destroyed") takes its cause
    from a cause phrase ("in a flood", "during the storm"); an explosion is natural when an
    accidental source is named.
    """
    if tok.pos_ != "VERB":
        return tok.lemma_.lower() in harm_words("blast") and _accidental_blast(tok)
    # "firefighters fought the blaze", "battled the floods": a natural foe is no attack
    foes = [c for c in tok.children if c.dep_ == "dobj"] or [  # else "fought against X"
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "with")
        for g in c.children if g.dep_ == "pobj"]
    if foes and all(natural_cause(f) for f in foes) and not any(
            kind == "obj" for kind, _ in rule.when):  # "opened fire": the row names its object
        return True
    named = causers(tok)
    if named:
        return all(natural_cause(c) for c in named)
    if rule.type != "ASSAULT" or tok.lemma_.lower() not in harm_words("effect"):
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
    return verb.lemma_.lower() in harm_words("mishap") and not (objects or named)


def harm_of_named_cause(sent: Span, matches: dict[int, TriggerRule],
                        rule_of: Callable[[Token], TriggerRule | None]) -> list[int]:
    """Return the agentless harm verbs and emergency measures a natural cause explains.

    "Hundreds of homes were destroyed and two people were killed as the river burst its banks
    after the storm": when every ASSAULT trigger of a sentence is an effect verb with no subject
    or agent, and the sentence names a natural or accidental cause (a storm, a crash), the harm
    is that cause's; a sentence that names an attack too ("shelling", "a bomb") keeps them. A
    state of emergency declared in such a sentence ("after the floods") is a disaster measure,
    not repression (CAMEO 1723), unless the sentence names unrest (a PROTEST trigger).
    ``rule_of`` gives a token's trigger rule (for the sentence before).
    """
    doc = sent.doc
    effects = harm_words("effect")
    found = []
    for i, rule in matches.items():
        if rule.type == "ASSAULT":
            tok = doc[i]
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in effects or causers(tok):
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
    return found if _cause_before(sent, rule_of) else []


def _cause_before(sent: Span, rule_of: Callable[[Token], TriggerRule | None]) -> bool:
    """Tell whether the previous sentence names a natural cause and no attack.

    "A fire swept through the market on Sunday. Three traders were killed." The sentence
    before is read only for a sentence whose harm has no agent and no cause of its own.
    """
    if sent.start == 0:
        return False
    prev = sent.doc[sent.start - 1].sent
    effects = harm_words("effect")
    for tok in prev:
        rule = rule_of(tok)
        if rule is not None and (rule.type == "PROTEST" or rule.type == "ASSAULT" and (
                tok.lemma_.lower() not in effects or causers(tok))):
            return False  # an attack or unrest is named: the harm may be its
    return any(t.pos_ == "NOUN" and natural_cause(t) for t in prev)

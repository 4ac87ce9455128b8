"""Merging nested triggers of one act: "killed ... in an attack" is one event, not two.

Split from :mod:`newsledger.events`. :func:`absorber` finds the same-type trigger a nested one
is part of; :func:`lead_trigger` picks which of the merged triggers names the event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.trigger_constraints import participle_row
from newsledger.trigger_rules import TriggerRule
from newsledger.trigger_senses import describing_participle
from newsledger.triggers import TriggerMatch

#: Relations along which a nested trigger of the same type is part of its governor's event.
_MERGE_DEPS = frozenset({"prep", "pobj", "agent", "npadvmod", "advcl"})

#: How many such steps up a nested trigger may lie below its host ("killed ... in an attack on").
ABSORB_STEPS = 3

#: Verbs naming what violence did to its victims: with no agent of their own ("two were killed
#: when gunmen ambushed a patrol"), the act nested in them names the event, as a coder codes it.
RESULT_VERBS = frozenset({"kill", "wound", "injure"})


def _modes_agree(a: TriggerRule, b: TriggerRule) -> bool:
    """Tell whether two nested same-type triggers may name one act (coercions: same mode).

    A ban and an arrest are two coercions; other types' modes are ways of one act ("blocked
    roads to protest").
    """
    return a.type != "COERCE" or a.mode is None or b.mode is None or a.mode == b.mode


def absorber(match: TriggerMatch, by_index: dict[int, TriggerMatch]) -> int | None:
    """Return the index of a same-type trigger this one is a nested part of, if any.

    The host may also be the object of the light verb the trigger hangs on: "began a hunger
    strike to protest X", "staged a strike in protest against X" are one protest, against X.
    ``by_index`` holds a sentence's triggers (:func:`newsledger.triggers.find_triggers`) by index.
    """
    cur = match.token
    noun = _participle_noun(match, by_index)
    if noun is not None:
        return noun
    for _ in range(ABSORB_STEPS):
        if cur.dep_ not in _MERGE_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        other = by_index.get(cur.i)
        if other is not None and other.rule.type == match.rule.type and _modes_agree(
                other.rule, match.rule):
            return cur.i
        if cur.pos_ == "VERB":
            light = next((c.i for c in cur.children if c.dep_ == "dobj" and c.i in by_index
                          and by_index[c.i].rule.type == match.rule.type
                          and _modes_agree(by_index[c.i].rule, match.rule)
                          and c.i != match.token.i), None)
            if light is not None:
                return light
    return None


def _participle_noun(match: TriggerMatch, by_index: dict[int, TriggerMatch]) -> int | None:
    """Return the noun a flagged participle describes when that noun names the same act (M15).

    "Sanctions imposed by the United States", "the curfew imposed by the army": the participle
    describes the act its head noun names, so the two are one event. :func:`lead_trigger`
    lets the participle name it: its clause states the act's roles (the by-agent as actor,
    "imposed on Iraq" as recipient) and its completion, where the noun's place in the sentence
    ("The sanctions ... will be reviewed") would give it the main verb's modality.
    """
    tok = match.token
    if not describing_participle(tok) or tok.head.i == tok.i or not participle_row(match.rule):
        return None
    host = by_index.get(tok.head.i)
    if host is None or host.rule.type != match.rule.type or not _modes_agree(
            host.rule, match.rule):
        return None
    return host.token.i


def merge_triggers(
    matches: list[TriggerMatch],
) -> tuple[list[TriggerMatch], dict[int, list[TriggerMatch]]]:
    """Return a sentence's governing triggers and, by governor index, the triggers each absorbs."""
    by_index = {m.token.i: m for m in matches}
    absorbed: dict[int, list[TriggerMatch]] = {}
    kept: list[TriggerMatch] = []
    for m in matches:
        host = absorber(m, by_index)
        if host is None:
            kept.append(m)
        else:
            absorbed.setdefault(host, []).append(m)
    return kept, absorbed


def victims_noun(tok: Token) -> bool:
    """Tell whether a participle is a noun of victims ("the dead and injured"), not a clause.

    The parser reads "injured" in "the dead and injured" as a verb: it has no subject, object
    or auxiliary of its own, and follows a coordinated adjective used as a noun ("the dead").
    """
    if tok.tag_ != "VBN" or tok.i < 2 or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent")
            for c in tok.children):
        return False
    conj, adjective = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return conj.dep_ == "cc" and adjective.pos_ == "ADJ" and any(
        c.dep_ == "det" for c in adjective.children)


def lead_trigger(
    m: TriggerMatch, parts: list[TriggerMatch],
) -> tuple[TriggerMatch, list[TriggerMatch]]:
    """Return the trigger that names a merged event, and the others it absorbs.

    A victim's fate with no agent ("were killed", "wounded") is the effect of the act told in a
    clause nested in it ("when rebels ambushed a patrol"), which names the event; the effect
    fills its gaps. A noun and the flagged participle describing it are one act, which the
    participle names (:func:`_participle_noun`).
    """
    tok: Token = m.token
    described = next((p for p in parts if _participle_noun(p, {tok.i: m}) == tok.i), None)
    if described is not None:
        # "the embargo imposed on Iraq by the UN": the participle reads the act's roles (its
        # by-agent, its on-object); the noun it describes, absorbed, fills their gaps
        return described, [m, *(p for p in parts if p is not described)]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in RESULT_VERBS or any(
            c.dep_ in ("nsubj", "agent") for c in tok.children):
        return m, parts
    # a clause of its own with its own subject; a noun ("killed in an attack") stays a
    # circumstance of the verb, which names the event as news coders code it
    acts = [p for p in parts if p.token.pos_ == "VERB" and p.token.lemma_.lower() not in
            RESULT_VERBS and any(c.dep_ == "nsubj" for c in p.token.children)]
    if not acts and victims_noun(tok):
        # "the dead and injured in the bombings": the participle names the victims, the act
        # noun nested in it the event; the participle's parse (a verb coordinated with the
        # sentence's) fills no role of it
        nouns = [p for p in parts if p.token.pos_ == "NOUN"]
        if nouns:
            return nouns[0], [p for p in parts if p is not nouns[0]]
    if not acts:
        return m, parts
    return acts[0], [m, *(p for p in parts if p is not acts[0])]

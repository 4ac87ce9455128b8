"""The text span of an event's trigger: the word, its particle, an idiom's noun, a term's modifier.

A labeller may mark any word of a several-word trigger, and a reader of the record wants the whole
expression: "pulled out" (a particle), "took a swipe" and "came under fire" (a criticism idiom's
noun), "court case", "air strike", "hunger strike" (a modifier the row requires).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.trigger_rules import TriggerRule, trigger_nouns

#: How many words after a light verb its idiom's noun may lie ("took oblique swipes at").
IDIOM_SPAN = 4

#: Relations of a modifier that a "mod:" constraint reads (trigger_constraints.holds).
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def hyphen_first(tok: Token) -> Token | None:
    """Return the first half of a hyphenated noun the tokenizer split ("go-ahead", "sit-in").

    The small model splits "sit-in" into "sit", "-", "in", the last word heading the others:
    the compound is one word of the lexicon ("buy-out" is a buyout).
    """
    if tok.i < 2 or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    hyph, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyph.text != "-" or hyph.whitespace_ or first.whitespace_ or not first.is_alpha \
            or first.head.i != tok.i:
        return None
    return first


def trigger_span(tok: Token, rule: TriggerRule) -> tuple[Token, Token]:
    """Return the first and last word of a trigger's span."""
    return hyphen_first(tok) or _term_start(tok, rule), _idiom_end(tok, rule)


def trigger_text(tok: Token, first: Token, last: Token) -> str:
    """Return the text of a trigger span, a lone verb with its particle ("pulled out")."""
    if first is not tok or last is not tok:
        return tok.doc[first.i: last.i + 1].text
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.text} {prt.text}" if prt is not None else tok.text


def _term_start(tok: Token, rule: TriggerRule) -> Token:
    """Return the first word of a noun term whose row requires a modifier ("court case").

    The modifier makes the term ("air strike" is an attack, "hunger strike" a protest), so the
    span starts at it; other nouns and verbs start at the trigger word.
    """
    words = frozenset(w for kind, ws in rule.when if kind == "mod" for w in ws)
    if rule.pos != "NOUN" or not words:
        return tok
    mods = [c for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i
            and c.lemma_.lower() in words]
    return min(mods, key=lambda c: c.i) if mods else tok


def _idiom_end(tok: Token, rule: TriggerRule) -> Token:
    """Return the last word of a criticism idiom's trigger ("took swipes", "came under fire").

    When an ACCUSE row names the act by its object or prepositional object and that noun is
    itself a trigger noun of the lexicon, the noun is part of the trigger: the verb alone
    ("took", "came") says nothing, and a labeller may mark either word.
    """
    words = frozenset(w for kind, ws in rule.when if kind in ("obj", "pobj") for w in ws)
    if not words or rule.type != "ACCUSE":
        return tok  # only idioms of criticism: "imposed sanctions" keeps its verb as trigger
    nouns = trigger_nouns()
    after = tok.doc[tok.i + 1: min(tok.i + 1 + IDIOM_SPAN, tok.sent.end)]
    return next((t for t in after if t.lemma_.lower() in words and t.lemma_.lower() in nouns
                 and t.dep_ in ("dobj", "pobj")), tok)
